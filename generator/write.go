package generator

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
)

// WriteDir writes the site to dir atomically: the files are written to a new
// directory beside dir, and only when every one is on disk does it replace
// dir. A build that fails or is killed leaves the previous dir untouched.
//
// dir belongs to noticegen: it is replaced whole. So that a mistyped --out
// cannot wipe a project, WriteDir refuses to replace a directory that is not
// empty and has neither notice.json nor .noticegen, the marks of an earlier
// build. A site without notice.json (built without the json format) gets a
// .noticegen file instead; static site generators skip dot files.
func WriteDir(site *Site, dir string) error {
	dir = filepath.Clean(dir)
	if err := checkReplaceable(dir); err != nil {
		return err
	}
	parent := filepath.Dir(dir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return fmt.Errorf("create %s: %w", parent, err)
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(dir)+".new-")
	if err != nil {
		return fmt.Errorf("create a directory beside %s: %w", dir, err)
	}
	ok := false
	defer func() {
		if !ok {
			os.RemoveAll(tmp)
		}
	}()
	if err := os.Chmod(tmp, 0o755); err != nil {
		return err
	}
	for _, p := range site.Paths() {
		dst := filepath.Join(tmp, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		if err := writeFileSync(dst, site.Files[p]); err != nil {
			return err
		}
	}
	if _, ok := site.Files["notice.json"]; !ok {
		if err := writeFileSync(filepath.Join(tmp, marker), markerText); err != nil {
			return err
		}
	}
	if err := swap(tmp, dir); err != nil {
		return err
	}
	ok = true
	return nil
}

// marker marks a directory noticegen wrote, when it has no notice.json.
const marker = ".noticegen"

var markerText = []byte("noticegen build wrote this directory, and replaces all of it on the next build.\n")

func writeFileSync(name string, b []byte) error {
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func checkReplaceable(dir string) error {
	info, err := os.Stat(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if !info.IsDir() {
		return fmt.Errorf("%s exists and is not a directory; choose another --out", dir)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	if len(entries) == 0 {
		return nil
	}
	if slices.ContainsFunc(entries, func(e os.DirEntry) bool {
		return (e.Name() == "notice.json" || e.Name() == marker) && e.Type().IsRegular()
	}) {
		return nil
	}
	return fmt.Errorf("%s is not empty and was not written by noticegen (it has no notice.json or %s); choose another --out, or empty it first", dir, marker)
}

// swap puts the new directory in place of dir: dir moves aside, the new one
// takes its name, and the old one is removed. If the second rename fails,
// dir is moved back.
func swap(tmp, dir string) error {
	old := ""
	if _, err := os.Stat(dir); err == nil {
		old = tmp + ".old"
		if err := os.Rename(dir, old); err != nil {
			return fmt.Errorf("replace %s: %w", dir, err)
		}
	}
	if err := os.Rename(tmp, dir); err != nil {
		if old != "" {
			os.Rename(old, dir)
		}
		return fmt.Errorf("replace %s: %w", dir, err)
	}
	if old != "" {
		if err := os.RemoveAll(old); err != nil {
			return fmt.Errorf("remove the previous %s: %w", dir, err)
		}
	}
	return nil
}

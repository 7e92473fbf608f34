package generator

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// WriteDir writes the site to dir atomically: the files are written to a new
// directory beside dir, and only when every one is on disk does it take the
// place of dir. A build that fails, is cancelled through ctx or is killed
// leaves the previous dir untouched (see swap for the platforms where the
// switch is one step).
//
// dir belongs to noticegen, which replaces it whole, so WriteDir deletes
// only what noticegen wrote. Every build records the paths it wrote in
// dir/.noticegen, its manifest, and WriteDir replaces a directory only when
// it is empty or holds nothing but the paths its manifest lists. It refuses
// outright a dir that is the working directory or holds it, and one that is
// or holds any of keep (the declaration the site was built from, say).
//
// When dir is a symbolic link, the link stays and its target is replaced.
// The new directory keeps the mode and group of the one it replaces.
func WriteDir(ctx context.Context, site *Site, dir string, keep ...string) error {
	if err := ctx.Err(); err != nil {
		return context.Cause(ctx)
	}
	target, err := resolveOut(filepath.Clean(dir))
	if err != nil {
		return err
	}
	if err := checkNotProtected(dir, target, keep); err != nil {
		return err
	}
	old, err := checkReplaceable(dir, target)
	if err != nil {
		return err
	}
	parent := filepath.Dir(target)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return parentError(dir, parent, err)
	}
	removeStale(parent, filepath.Base(target))
	tmp, err := os.MkdirTemp(parent, tempPrefix(filepath.Base(target)))
	if err != nil {
		return parentError(dir, parent, err)
	}
	ok := false
	defer func() {
		if !ok {
			removeOutput(tmp)
		}
	}()
	unlock, err := lockDir(tmp)
	if err != nil {
		return fmt.Errorf("lock %s: %w", tmp, err)
	}
	defer unlock()
	// The group and setgid bit go first, so that the files written into tmp
	// take the group; the mode is set whole once they are written, since it
	// may not let noticegen write.
	mode := outputMode(old)
	if err := keepGroup(tmp, old); err != nil {
		return fmt.Errorf("%s: give the new output the group of the old: %w", dir, err)
	}
	if err := os.Chmod(tmp, mode|0o700); err != nil {
		return err
	}
	// The manifest goes first, so that a build killed halfway leaves a
	// directory the next build recognises as its own (see removeStale).
	if err := writeFileSync(filepath.Join(tmp, marker), Manifest(site)); err != nil {
		return err
	}
	if err := writeFiles(ctx, site, tmp); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return context.Cause(ctx)
	}
	if err := os.Chmod(tmp, mode); err != nil {
		return err
	}
	if err := swap(tmp, target); err != nil {
		return fmt.Errorf("replace %s: %w", dir, err)
	}
	ok = true
	if _, err := os.Lstat(tmp); errors.Is(err, fs.ErrNotExist) {
		return nil // there was no previous output
	}
	// tmp now holds the previous output. Someone may have put a file in it
	// since it was checked; such a folder is kept, not deleted.
	if err := checkOwn(dir, tmp); err != nil {
		return fmt.Errorf("%w; the previous output was kept at %s", err, tmp)
	}
	if err := removeOutput(tmp); err != nil {
		return fmt.Errorf("remove the previous %s: %w", dir, err)
	}
	return nil
}

// writeFiles writes the site's files into dir, each synced to disk. The
// folders are made first; the files are then written a few at a time, since
// waiting for the disk to sync each file, one after another, was most of
// the time a small build spent writing.
func writeFiles(ctx context.Context, site *Site, dir string) error {
	paths := site.Paths()
	made := map[string]bool{}
	for _, p := range paths {
		if folder := filepath.Dir(filepath.Join(dir, filepath.FromSlash(p))); !made[folder] {
			if err := os.MkdirAll(folder, 0o755); err != nil {
				return err
			}
			made[folder] = true
		}
	}
	const writers = 8
	errs := make([]error, len(paths))
	slots := make(chan struct{}, writers)
	var wg sync.WaitGroup
	for i, p := range paths {
		if ctx.Err() != nil {
			break
		}
		slots <- struct{}{}
		wg.Go(func() {
			defer func() { <-slots }()
			errs[i] = writeFileSync(filepath.Join(dir, filepath.FromSlash(p)), site.Files[p])
		})
	}
	wg.Wait() // a cancelled write stops here; WriteDir then says so
	for _, err := range errs {
		if err != nil {
			return err // the first, in the order of the paths
		}
	}
	return nil
}

// removeOutput removes an output directory noticegen wrote, first making it
// writable: it has the mode of the output it replaced, which may not be.
// Its manifest goes last, so that a build killed halfway through leaves a
// folder that the next build still knows for its own (see removeStale).
func removeOutput(dir string) error {
	os.Chmod(dir, 0o700)
	entries, err := os.ReadDir(dir)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	for _, e := range entries {
		if e.Name() != marker {
			if err := os.RemoveAll(filepath.Join(dir, e.Name())); err != nil {
				return err
			}
		}
	}
	return os.RemoveAll(dir)
}

// outputMode is the mode of the new output: that of the directory it
// replaces, old, setgid and sticky bits included, or 0755.
func outputMode(old fs.FileInfo) fs.FileMode {
	if old == nil {
		return 0o755
	}
	return old.Mode() & (fs.ModePerm | fs.ModeSetgid | fs.ModeSticky)
}

// marker is the name of the manifest file noticegen writes in every output
// directory; static site generators skip dot files.
const marker = ".noticegen"

// manifestHead opens the manifest; the lines that follow are paths.
const manifestHead = `# noticegen build wrote this directory and replaces all of it on the next build.
# It refuses to when the directory holds anything but this file and the paths below.
`

// Manifest returns the .noticegen file WriteDir puts in the output: a
// comment, then every path of the site, one a line, sorted, so that the same
// site gives the same bytes.
func Manifest(site *Site) []byte {
	var b strings.Builder
	b.WriteString(manifestHead)
	for _, p := range site.Paths() {
		b.WriteString(p)
		b.WriteByte('\n')
	}
	return []byte(b.String())
}

// readManifest returns the paths dir/.noticegen lists, or false when dir has
// no manifest that is a regular file.
func readManifest(dir string) (map[string]bool, bool) {
	info, err := os.Lstat(filepath.Join(dir, marker))
	if err != nil || !info.Mode().IsRegular() {
		return nil, false
	}
	b, err := os.ReadFile(filepath.Join(dir, marker))
	if err != nil {
		return nil, false
	}
	paths := map[string]bool{}
	for _, line := range strings.Split(string(b), "\n") {
		if line != "" && !strings.HasPrefix(line, "#") {
			paths[line] = true
		}
	}
	return paths, true
}

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

// resolveOut returns the directory to replace: dir itself, or the target of
// dir when it is a symbolic link, so that the link stays and a server that
// reads the target sees the new output.
func resolveOut(dir string) (string, error) {
	info, err := os.Lstat(dir)
	if err != nil || info.Mode()&fs.ModeSymlink == 0 {
		return dir, nil
	}
	target, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return "", fmt.Errorf("%s is a symbolic link to a directory that does not exist; create it, or choose another --out", dir)
	}
	return target, nil
}

// checkNotProtected refuses an output directory whose replacement would
// take away the working directory or a file in keep, whatever it holds.
// Paths are compared with links resolved, and as absolute paths.
func checkNotProtected(dir, target string, keep []string) error {
	out, err := realPath(target)
	if err != nil {
		return err
	}
	if wd, err := os.Getwd(); err == nil {
		if wd, err = realPath(wd); err == nil && within(wd, out) {
			return fmt.Errorf("%s is the working directory or holds it, and noticegen replaces its output directory whole; choose another --out", dir)
		}
	}
	for _, k := range keep {
		p, err := realPath(k)
		if err == nil && within(p, out) {
			return fmt.Errorf("%s holds %s, and noticegen replaces its output directory whole; choose another --out", dir, k)
		}
	}
	return nil
}

// realPath is path made absolute, with the links in its longest existing
// part resolved: the output directory often does not exist yet.
func realPath(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	rest := ""
	for {
		if real, err := filepath.EvalSymlinks(abs); err == nil {
			return filepath.Join(real, rest), nil
		}
		parent := filepath.Dir(abs)
		if parent == abs {
			return filepath.Join(abs, rest), nil
		}
		rest = filepath.Join(filepath.Base(abs), rest)
		abs = parent
	}
}

// within reports whether path is dir or lies under it.
func within(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	if err != nil {
		return false
	}
	return rel == "." || rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// checkReplaceable returns the information of target, nil when it does not
// exist, or an error when noticegen may not replace it. dir is the name the
// user gave, for messages.
func checkReplaceable(dir, target string) (fs.FileInfo, error) {
	info, err := os.Stat(target)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("%s exists and is not a directory; choose another --out", dir)
	}
	return info, checkOwn(dir, target)
}

// checkOwn returns nil when root is empty or holds nothing but its manifest
// and the files and folders it lists, and otherwise an error that names the
// first entry, in lexical order, that noticegen did not write.
func checkOwn(dir, root string) error {
	entries, err := os.ReadDir(root)
	if err != nil {
		return err
	}
	if len(entries) == 0 {
		return nil
	}
	own, ok := readManifest(root)
	if !ok {
		return fmt.Errorf("%s is not empty and has no %s manifest, so noticegen cannot tell what in it is its own (an older noticegen did not write one); remove the folder, or choose another --out", dir, marker)
	}
	// A folder is noticegen's when some listed path lies under it.
	folders := map[string]bool{}
	for p := range own {
		for d := p; strings.Contains(d, "/"); {
			d = d[:strings.LastIndex(d, "/")]
			folders[d] = true
		}
	}
	return filepath.WalkDir(root, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p == root {
			return nil
		}
		rel, _ := filepath.Rel(root, p)
		rel = filepath.ToSlash(rel)
		switch {
		case rel == marker && e.Type().IsRegular():
			return nil
		case e.IsDir() && folders[rel]:
			return nil
		case e.Type().IsRegular() && own[rel]:
			return nil
		}
		return fmt.Errorf("%s holds %s, which noticegen did not write (%s does not list it); move it away, or choose another --out", dir, filepath.Join(dir, filepath.FromSlash(rel)), marker)
	})
}

// parentError explains that the folder that holds the output must be
// writable, since the new output is written there before it is swapped in.
func parentError(dir, parent string, err error) error {
	if errors.Is(err, fs.ErrPermission) {
		return fmt.Errorf("%s: the folder that holds it, %s, must be writable: noticegen writes the new output beside the old and then swaps them: %w", dir, parent, err)
	}
	return fmt.Errorf("create a directory beside %s: %w", dir, err)
}

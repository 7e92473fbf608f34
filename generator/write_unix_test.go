//go:build unix

package generator

import (
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestWriteDirKeepsModeAndGroup checks that the new output has the
// permissions, setgid bit and group of the directory it replaces, and that
// its files take that group.
func TestWriteDirKeepsModeAndGroup(t *testing.T) {
	out := filepath.Join(t.TempDir(), "dist")
	if err := os.Mkdir(out, 0o755); err != nil {
		t.Fatal(err)
	}
	gid := otherGroup()
	if gid >= 0 {
		if err := os.Chown(out, -1, gid); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Chmod(out, 0o750|fs.ModeSetgid); err != nil {
		t.Fatal(err)
	}
	site := &Site{Files: map[string][]byte{"notice.json": []byte("{}\n"), "en/summary.md": []byte("x\n")}}
	for range 2 { // over the directory made by hand, then over noticegen's own
		if err := WriteDir(t.Context(), site, out); err != nil {
			t.Fatal(err)
		}
		info, err := os.Stat(out)
		if err != nil {
			t.Fatal(err)
		}
		if want := fs.ModeDir | fs.ModeSetgid | 0o750; info.Mode() != want {
			t.Errorf("the output's mode is %v, want %v", info.Mode(), want)
		}
		if gid < 0 {
			continue
		}
		for _, p := range []string{out, filepath.Join(out, "en", "summary.md")} {
			info, err := os.Stat(p)
			if err != nil {
				t.Fatal(err)
			}
			if got := int(info.Sys().(*syscall.Stat_t).Gid); got != gid {
				t.Errorf("%s has group %d, want %d", p, got, gid)
			}
		}
	}
}

// otherGroup is a group, not the process's own, that it may give a file,
// or -1.
func otherGroup() int {
	if os.Geteuid() == 0 {
		return 4242
	}
	groups, _ := os.Getgroups()
	for _, g := range groups {
		if g != os.Getgid() {
			return g
		}
	}
	return -1
}

// TestWriteDirReadOnlyOutput checks that an output its owner may not write
// to is still replaced, keeps its mode, and leaves nothing beside it when a
// write is cancelled: noticegen writes into the new folder before it takes
// that mode, and makes a folder writable before it removes it.
func TestWriteDirReadOnlyOutput(t *testing.T) {
	root := t.TempDir()
	out := filepath.Join(root, "dist")
	site := &Site{Files: map[string][]byte{"notice.json": []byte("{}\n"), "en/summary.md": []byte("x\n")}}
	if err := WriteDir(t.Context(), site, out); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(out, 0o555); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(out, 0o755) })
	if err := WriteDir(t.Context(), site, out); err != nil {
		t.Fatal(err)
	}
	if info, err := os.Stat(out); err != nil || info.Mode() != fs.ModeDir|0o555 {
		t.Errorf("the output is %v (%v), want dr-xr-xr-x", info.Mode(), err)
	}
	checks := 1 + len(site.Files) + 1
	if err := WriteDir(&cancelAfter{t.Context(), checks - 1}, site, out); err == nil {
		t.Fatal("a cancelled write succeeded")
	}
	if names := dirNames(t, root); len(names) != 1 {
		t.Errorf("a cancelled write left %v", names)
	}
}

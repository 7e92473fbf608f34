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

// TestRemoveOutputKeepsManifestToTheEnd checks that a removal stopped
// halfway (here by a folder that cannot be emptied) leaves the manifest, so
// that the next build still knows the rest for noticegen's.
func TestRemoveOutputKeepsManifestToTheEnd(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("needs a folder the process cannot empty: not as root")
	}
	dir := filepath.Join(t.TempDir(), ".dist.new-1")
	site := &Site{Files: map[string][]byte{"a/x.md": []byte("x\n"), "b/y.md": []byte("y\n"), "z.json": []byte("{}\n")}}
	for p, b := range site.Files {
		os.MkdirAll(filepath.Join(dir, filepath.Dir(p)), 0o755)
		os.WriteFile(filepath.Join(dir, p), b, 0o644)
	}
	os.WriteFile(filepath.Join(dir, marker), Manifest(site), 0o644)
	os.Chmod(filepath.Join(dir, "b"), 0o555)
	t.Cleanup(func() { os.Chmod(filepath.Join(dir, "b"), 0o755) })
	if err := removeOutput(dir); err == nil {
		t.Fatal("removeOutput emptied a folder it may not")
	}
	if _, err := os.Stat(filepath.Join(dir, marker)); err != nil {
		t.Errorf("the manifest went before the files it lists: %v", err)
	}
	if err := checkOwn(dir, dir); err != nil {
		t.Errorf("what is left is no longer noticegen's: %v", err)
	}
}

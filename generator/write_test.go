package generator

import (
	"context"
	"errors"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync/atomic"
	"testing"
	"time"
)

// cancelAfter is a context whose Err turns to context.Canceled after n
// calls. WriteDir asks before it starts, before every file and before the
// swap, so cancelAfter stops it at each of those points in turn, as a
// signal would, without depending on timing.
type cancelAfter struct {
	context.Context
	n int
}

func (c *cancelAfter) Err() error {
	if c.n--; c.n < 0 {
		return context.Canceled
	}
	return nil
}

// TestWriteDirCancelled checks that a write cancelled at any point leaves
// the previous output as it was and nothing beside it.
func TestWriteDirCancelled(t *testing.T) {
	root := t.TempDir()
	out := filepath.Join(root, "dist")
	first := &Site{Files: map[string][]byte{"notice.json": []byte("{}\n"), "en/summary.md": []byte("old\n")}}
	if err := WriteDir(t.Context(), first, out); err != nil {
		t.Fatal(err)
	}
	before := readTree(t, out)
	second := &Site{Files: map[string][]byte{"notice.json": []byte("{\"v\":2}\n"), "en/summary.md": []byte("new\n"), "fr/summary.md": []byte("nouveau\n")}}
	checks := 1 + len(second.Files) + 1
	for n := range checks {
		err := WriteDir(&cancelAfter{context.Background(), n}, second, out)
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("cancelled after %d checks: err = %v, want context.Canceled", n, err)
		}
		if got := readTree(t, out); !maps.EqualFunc(got, before, func(a, b []byte) bool { return string(a) == string(b) }) {
			t.Errorf("cancelled after %d checks, the output became %q", n, got)
		}
		if names := dirNames(t, root); !slices.Equal(names, []string{"dist"}) {
			t.Errorf("cancelled after %d checks, the write left %v", n, names)
		}
	}
	if err := WriteDir(&cancelAfter{context.Background(), checks}, second, out); err != nil {
		t.Errorf("a write that was never cancelled: %v", err)
	}
}

// TestWriteDirNeverMissing replaces an output again and again while another
// goroutine looks at it, and wants it there every time: on Linux the new
// output takes the old one's place in one step (renameat2 RENAME_EXCHANGE),
// where two renames would leave an instant with no output at all.
func TestWriteDirNeverMissing(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("only Linux exchanges two directories in one step; see swap_other.go")
	}
	out := filepath.Join(t.TempDir(), "dist")
	site := &Site{Files: map[string][]byte{"notice.json": []byte("{}\n")}}
	if err := WriteDir(t.Context(), site, out); err != nil {
		t.Fatal(err)
	}
	var done atomic.Bool
	var looks, missing atomic.Int64
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		for !done.Load() {
			looks.Add(1)
			if _, err := os.Lstat(filepath.Join(out, "notice.json")); err != nil {
				missing.Add(1)
			}
		}
	}()
	for range 200 {
		if err := WriteDir(t.Context(), site, out); err != nil {
			t.Fatal(err)
		}
	}
	done.Store(true)
	<-finished
	if n := missing.Load(); n > 0 {
		t.Errorf("the output was missing %d times in %d looks during 200 builds", n, looks.Load())
	}
}

// TestWriteDirParentNotWritable checks that the error says the folder that
// holds the output must be writable.
func TestWriteDirParentNotWritable(t *testing.T) {
	if runtime.GOOS == "windows" || os.Geteuid() == 0 {
		t.Skip("needs a directory the process cannot write to: not as root, not on Windows")
	}
	parent := filepath.Join(t.TempDir(), "site")
	if err := os.Mkdir(parent, 0o555); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(parent, 0o755) })
	out := filepath.Join(parent, "privacy")
	err := WriteDir(t.Context(), &Site{Files: map[string][]byte{"notice.json": []byte("{}\n")}}, out)
	want := out + ": the folder that holds it, " + parent + ", must be writable: noticegen writes the new output beside the old and then swaps them: mkdir " + parent + "/.privacy.new-"
	if err == nil || len(err.Error()) < len(want) || err.Error()[:len(want)] != want {
		t.Errorf("err = %v\nwant it to start %s", err, want)
	}
}

// TestRemoveStale checks which temporary folders beside an output a build
// removes: those of killed builds, never one a running build holds, and an
// empty one only when it is too old to be a build that has just started.
func TestRemoveStale(t *testing.T) {
	root := t.TempDir()
	out := filepath.Join(root, "dist")
	site := &Site{Files: map[string][]byte{"notice.json": []byte("{}\n")}}
	mk := func(name string, files map[string][]byte) string {
		p := filepath.Join(root, name)
		os.Mkdir(p, 0o755)
		for f, b := range files {
			os.WriteFile(filepath.Join(p, f), b, 0o644)
		}
		return p
	}
	own := map[string][]byte{".noticegen": Manifest(site), "notice.json": []byte("{}\n")}
	mk(".dist.new-killed", own)
	running := mk(".dist.new-running", own)
	unlock, err := lockDir(running)
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	mk(".dist.new-young", nil)
	old := mk(".dist.new-old", nil)
	hourAgo := time.Now().Add(-time.Hour)
	os.Chtimes(old, hourAgo, hourAgo)

	if err := WriteDir(t.Context(), site, out); err != nil {
		t.Fatal(err)
	}
	want := []string{".dist.new-running", ".dist.new-young", "dist"}
	if runtime.GOOS == "windows" { // no locks: too young to be abandoned
		want = []string{".dist.new-killed", ".dist.new-old", ".dist.new-running", ".dist.new-young", "dist"}
	}
	if got := dirNames(t, root); !slices.Equal(got, want) {
		t.Errorf("beside the output after a build: %v, want %v", got, want)
	}
}

func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

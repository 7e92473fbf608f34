package generator

import (
	"os"
	"path/filepath"
	"runtime"
	"sync/atomic"
	"testing"
)

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
	if err := WriteDir(site, out); err != nil {
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
		if err := WriteDir(site, out); err != nil {
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
	err := WriteDir(&Site{Files: map[string][]byte{"notice.json": []byte("{}\n")}}, out)
	want := out + ": the folder that holds it, " + parent + ", must be writable: noticegen writes the new output beside the old and then swaps them: mkdir " + parent + "/.privacy.new-"
	if err == nil || len(err.Error()) < len(want) || err.Error()[:len(want)] != want {
		t.Errorf("err = %v\nwant it to start %s", err, want)
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

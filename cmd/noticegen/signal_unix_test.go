//go:build unix

package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"syscall"
	"testing"
	"time"
)

// TestBuildInterrupted sends SIGINT, then SIGTERM, to a build and wants it
// to exit 130 and 143 as a shell reports a process the signal ended, to say
// why on stderr, and to leave the previous output as it was with nothing
// beside it. The declaration is a named pipe, so the build is caught at a
// known point: waiting for its input, with its signal handler installed.
func TestBuildInterrupted(t *testing.T) {
	if dir := os.Getenv("NOTICEGEN_SIGNAL_CHILD"); dir != "" {
		os.Exit(run([]string{"build", filepath.Join(dir, "notice.toml"), "--out", filepath.Join(dir, "site"), "-q"}, os.Stdout, os.Stderr))
	}
	for _, tt := range []struct {
		sig  syscall.Signal
		code int
		want string
	}{
		{syscall.SIGINT, 130, "noticegen: interrupted by SIGINT; nothing was written, %s is as it was\n"},
		{syscall.SIGTERM, 143, "noticegen: interrupted by SIGTERM; nothing was written, %s is as it was\n"},
	} {
		dir := t.TempDir()
		site := filepath.Join(dir, "site")
		first := filepath.Join(dir, "first.toml")
		os.WriteFile(first, []byte(exampleV1), 0o644)
		if code := run([]string{"build", first, "--out", site, "-q"}, os.Stdout, os.Stderr); code != 0 {
			t.Fatalf("the first build exited %d", code)
		}
		before, _ := os.ReadFile(filepath.Join(site, "notice.json"))
		pipe := filepath.Join(dir, "notice.toml")
		if err := syscall.Mkfifo(pipe, 0o600); err != nil {
			t.Fatal(err)
		}

		cmd := exec.Command(os.Args[0], "-test.run=^TestBuildInterrupted$")
		cmd.Env = append(os.Environ(), "NOTICEGEN_SIGNAL_CHILD="+dir)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Opening the pipe waits until the build opens it to read.
		w, err := os.OpenFile(pipe, os.O_WRONLY, 0)
		if err != nil {
			t.Fatal(err)
		}
		cmd.Process.Signal(tt.sig)
		// The runtime hands the signal to noticegen's handler in far less
		// time; only then may the build go on and find itself cancelled.
		time.Sleep(200 * time.Millisecond)
		w.WriteString(exampleV2)
		w.Close()
		cmd.Wait()

		if got := cmd.ProcessState.ExitCode(); got != tt.code {
			t.Errorf("%v: exit status %d (%v), want %d", tt.sig, got, cmd.ProcessState, tt.code)
		}
		if want := fmt.Sprintf(tt.want, site); stderr.String() != want {
			t.Errorf("%v: stderr\n%s\nwant\n%s", tt.sig, stderr.String(), want)
		}
		if after, _ := os.ReadFile(filepath.Join(site, "notice.json")); !bytes.Equal(after, before) {
			t.Errorf("%v: the interrupted build changed the output", tt.sig)
		}
		entries, _ := os.ReadDir(dir)
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		if want := []string{"first.toml", "notice.toml", "site"}; !slices.Equal(names, want) {
			t.Errorf("%v: after the interrupted build the folder holds %v, want %v", tt.sig, names, want)
		}
	}
}

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/noticegen/noticegen/internal/benchdata"
)

// BenchmarkProcess measures noticegen as a user runs it, one process an
// operation, with the peak resident memory of each (maxrss-MB):
//
//   - build-shop: noticegen build examples/shop/notice.toml, all formats;
//   - build-large: the large declaration of the library's benchmarks (200
//     data items, 100 purposes, four locales);
//   - diff-large: noticegen diff --format json of two declarations of 400
//     data items that differ in three places;
//   - git-word-diff-large: what diff is measured against, git diff
//     --no-index --word-diff=porcelain over the eight Markdown documents the
//     two declarations build into (summary and policy in four locales), one
//     git process a pair.
//
// Run the sub-benchmarks together, so that their ratios are taken on the
// same machine in the same state:
//
//	go test ./cmd/noticegen -run '^$' -bench Process -benchtime 10x
func BenchmarkProcess(b *testing.B) {
	dir := b.TempDir()
	ng := filepath.Join(dir, "noticegen")
	if out, err := exec.Command("go", "build", "-o", ng, ".").CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	write := func(name string, src []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, src, 0o644); err != nil {
			b.Fatal(err)
		}
		return p
	}
	large := write("large.toml", benchdata.Large(200))
	oldSrc, newSrc := benchdata.LargePair(400)
	old, new := write("old.toml", oldSrc), write("new.toml", newSrc)
	shop, err := filepath.Abs("../../examples/shop/notice.toml")
	if err != nil {
		b.Fatal(err)
	}
	// run runs one process and returns its peak resident memory in bytes.
	run := func(name string, args ...string) int64 {
		cmd := exec.Command(name, args...)
		cmd.Dir = dir
		out, err := cmd.CombinedOutput()
		// git diff exits 1 when the files differ.
		if exit, ok := err.(*exec.ExitError); err != nil && !(ok && exit.ExitCode() == 1 && name == "git") {
			b.Fatalf("%s %v: %v\n%s", name, args, err, out)
		}
		return cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss * 1024 // kilobytes on Linux
	}
	measure := func(b *testing.B, op func() int64) {
		var peak int64
		for b.Loop() {
			peak = max(peak, op())
		}
		b.ReportMetric(float64(peak)/(1<<20), "maxrss-MB")
	}
	out := filepath.Join(dir, "out")
	b.Run("build-shop", func(b *testing.B) {
		measure(b, func() int64 { return run(ng, "build", shop, "--out", out, "-q") })
	})
	b.Run("build-large", func(b *testing.B) {
		measure(b, func() int64 { return run(ng, "build", large, "--out", out, "-q") })
	})
	b.Run("diff-large", func(b *testing.B) {
		measure(b, func() int64 { return run(ng, "diff", old, new, "--format", "json") })
	})
	if _, err := exec.LookPath("git"); err != nil {
		b.Log("git is not installed: no git-word-diff-large")
		return
	}
	run(ng, "build", old, "--format", "md", "--out", filepath.Join(dir, "old"), "-q")
	run(ng, "build", new, "--format", "md", "--out", filepath.Join(dir, "new"), "-q")
	b.Run("git-word-diff-large", func(b *testing.B) {
		measure(b, func() int64 {
			var peak int64
			for _, l := range []string{"en", "fr", "es", "id"} {
				for _, kind := range []string{"summary", "policy"} {
					f := filepath.Join(l, kind+".md")
					peak = max(peak, run("git", "diff", "--no-index", "--word-diff=porcelain", filepath.Join("old", f), filepath.Join("new", f)))
				}
			}
			return peak
		})
	})
}

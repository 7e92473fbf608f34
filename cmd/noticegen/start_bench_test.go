package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// BenchmarkStart measures what a user waits for before noticegen does any
// work: `noticegen --version` as a whole process, against an empty Go
// program built the same way. It reports start-ms (the difference, the
// cost of noticegen's own start: package initialisers and command setup)
// besides the whole-process ns/op.
//
//	go test ./cmd/noticegen -run '^$' -bench Start -benchtime 50x
func BenchmarkStart(b *testing.B) {
	dir := b.TempDir()
	ng, empty := filepath.Join(dir, "noticegen"), filepath.Join(dir, "empty")
	if out, err := exec.Command("go", "build", "-o", ng, ".").CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	src := filepath.Join(dir, "empty.go")
	if err := os.WriteFile(src, []byte("package main\n\nfunc main() {}\n"), 0o644); err != nil {
		b.Fatal(err)
	}
	if out, err := exec.Command("go", "build", "-o", empty, src).CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	run := func(name string, args ...string) time.Duration {
		start := time.Now()
		if err := exec.Command(name, args...).Run(); err != nil {
			b.Fatalf("%s: %v", name, err)
		}
		return time.Since(start)
	}
	var own, base time.Duration
	for b.Loop() {
		own += run(ng, "--version")
		base += run(empty)
	}
	b.ReportMetric(float64(own-base)/float64(b.N)/1e6, "start-ms")
}

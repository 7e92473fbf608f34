package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExitStatus pins the exit statuses of DESIGN.md: 0 success, 1 for
// --fail-on and output that cannot be written, 2 for unusable input.
func TestExitStatus(t *testing.T) {
	dir := t.TempDir()
	v1, v2 := "../../examples/changes/v1.toml", "../../examples/changes/v2.toml"
	bad := filepath.Join(dir, "bad.toml")
	os.WriteFile(bad, []byte("[notice]\ntitle = 1\n"), 0o644)
	ads := filepath.Join(dir, "ads.toml")
	src, _ := os.ReadFile("../../examples/shop/notice.toml")
	// The shop's analytics purpose made targeted advertising on opt-out:
	// an error for check.
	os.WriteFile(ads, []byte(strings.Replace(string(src), `kind = "analytics"`, `kind = "advertising"`, 1)), 0o644)
	blocker := filepath.Join(dir, "file")
	os.WriteFile(blocker, []byte("x"), 0o644)
	// A project folder: the declaration beside a file noticegen did not write.
	project := filepath.Join(dir, "project")
	os.Mkdir(project, 0o755)
	os.WriteFile(filepath.Join(project, "notice.toml"), src, 0o644)
	os.WriteFile(filepath.Join(project, "keys.txt"), []byte("x"), 0o644)
	tests := []struct {
		args []string
		want int
	}{
		{[]string{"version"}, 0},
		{[]string{"build", v1, "--out", filepath.Join(dir, "out"), "-q"}, 0},
		{[]string{"build", bad, "--out", filepath.Join(dir, "out2")}, 2},
		{[]string{"build", v1, "--out", filepath.Join(blocker, "out")}, 1},
		{[]string{"build", filepath.Join(project, "notice.toml"), "--out", project}, 1},
		{[]string{"build", v1, "--out", project}, 1},
		{[]string{"build", "--nope"}, 2},
		{[]string{"build", v1, "--format", "pdf"}, 2},
		{[]string{"build", v1, "--base-url", "ftp://example.com/"}, 2},
		{[]string{"build", v1, "--fragment", "--format", "md"}, 2},
		{[]string{"diff", v1, v2, "--locale", "en"}, 0},
		{[]string{"diff", v1, v2, "--locale", "en", "--fail-on", "material"}, 1},
		{[]string{"diff", v1, v1, "--fail-on", "any"}, 0},
		{[]string{"diff", v1, bad}, 2},
		{[]string{"diff", v1}, 2},
		{[]string{"check", "../../examples/shop/notice.toml"}, 0},
		{[]string{"check", "../../examples/shop/notice.toml", "--strict"}, 0},
		{[]string{"check", ads}, 1},
		{[]string{"check", ads, "--format", "github"}, 1},
		{[]string{"check", bad}, 2},
		{[]string{"check", "--format", "xml"}, 2},
		{[]string{"build", ads, "--out", filepath.Join(dir, "out3"), "-q"}, 0},
		{[]string{"build", ads, "--out", filepath.Join(dir, "out4"), "--strict"}, 1},
		{[]string{"completion", "tcsh"}, 2},
		{[]string{"docs", "man"}, 2},
	}
	for _, tt := range tests {
		if got := run(tt.args, io.Discard, io.Discard); got != tt.want {
			t.Errorf("noticegen %v: exit status %d, want %d", tt.args, got, tt.want)
		}
	}
}

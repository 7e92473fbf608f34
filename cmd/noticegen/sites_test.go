package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// siteTool finds a program that a publishing recipe's test runs (hugo,
// jekyll, nginx), also at the other paths given. In short mode, or when
// the program is not installed, the test is skipped, unless the variable
// require is set, as CI sets it: then a missing program fails the test.
func siteTool(t *testing.T, name, require, install string, paths ...string) string {
	t.Helper()
	if testing.Short() {
		t.Skip("runs " + name)
	}
	for _, p := range append([]string{name}, paths...) {
		if found, err := exec.LookPath(p); err == nil {
			return found
		}
	}
	if os.Getenv(require) != "" {
		t.Fatalf("%s is not installed (%s), and %s is set", name, install, require)
	}
	t.Skipf("%s is not installed (%s)", name, install)
	return ""
}

func hugoTool(t *testing.T) string {
	return siteTool(t, "hugo", "NOTICEGEN_REQUIRE_HUGO", "apt-get install hugo")
}

func jekyllTool(t *testing.T) string {
	return siteTool(t, "jekyll", "NOTICEGEN_REQUIRE_JEKYLL", "apt-get install jekyll ruby-jekyll-relative-links")
}

// exampleSite copies examples/<name> into a temporary folder and returns
// the copy's absolute path.
func exampleSite(t *testing.T, name string) string {
	t.Helper()
	site, err := filepath.Abs(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.CopyFS(site, os.DirFS(filepath.Join("../../examples", name))); err != nil {
		t.Fatal(err)
	}
	return site
}

// runHugo builds the site into site/public; a warning fails the test.
func runHugo(t *testing.T, hugo, site string) {
	t.Helper()
	cmd := exec.Command(hugo, "--buildFuture", "--source", site, "--destination", filepath.Join(site, "public"))
	cmd.Env = append(os.Environ(), "HUGO_CACHEDIR="+t.TempDir())
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("hugo: %v\n%s", err, out)
	}
	if bytes.Contains(out, []byte("WARN")) || bytes.Contains(out, []byte("ERROR")) {
		t.Errorf("hugo warned:\n%s", out)
	}
}

// runJekyll builds the site into site/_site; a warning fails the test.
func runJekyll(t *testing.T, jekyll, site string) {
	t.Helper()
	out, err := exec.Command(jekyll, "build", "--future", "--source", site, "--destination", filepath.Join(site, "_site")).CombinedOutput()
	if err != nil {
		t.Fatalf("jekyll: %v\n%s", err, out)
	}
	if bytes.Contains(out, []byte("Warning")) || bytes.Contains(out, []byte("Error")) {
		t.Errorf("jekyll warned:\n%s", out)
	}
}

// readPublished returns a file a site generator published under public.
func readPublished(t *testing.T, public, path string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(public, filepath.FromSlash(path)))
	if err != nil {
		t.Fatalf("%s was not published: %v", path, err)
	}
	return string(b)
}

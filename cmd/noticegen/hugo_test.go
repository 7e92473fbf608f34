package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestHugoExample follows examples/hugo/README.md with a real Hugo: it
// builds the shop's notice as Markdown with front matter into a copy of
// the example site, runs hugo, and checks the pages of every language:
// their version, date and reading time (which Hugo 0.111 left empty when
// read from .Params), links between the documents turned into page
// addresses (which stayed .md links), anchors, and hreflang alternates.
// CI runs it with Debian's Hugo 0.111.3, the oldest the README states;
// without hugo it is skipped, or fails with NOTICEGEN_REQUIRE_HUGO=1.
func TestHugoExample(t *testing.T) {
	if testing.Short() {
		t.Skip("runs hugo")
	}
	hugo, err := exec.LookPath("hugo")
	if err != nil {
		if os.Getenv("NOTICEGEN_REQUIRE_HUGO") != "" {
			t.Fatal("hugo is not installed (apt-get install hugo), and NOTICEGEN_REQUIRE_HUGO is set")
		}
		t.Skip("hugo is not installed (apt-get install hugo)")
	}
	version, err := exec.Command(hugo, "version").Output()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%s", bytes.TrimSpace(version))

	site := t.TempDir()
	if err := os.CopyFS(site, os.DirFS("../../examples/hugo")); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"build", "../../examples/shop/notice.toml", "--format", "md", "--front-matter", "yaml", "--out", filepath.Join(site, "privacy"), "-q"}, &stdout, &stderr); code != 0 {
		t.Fatalf("noticegen build: exit %d: %s", code, stderr.String())
	}
	cmd := exec.Command(hugo, "--buildFuture", "--source", site, "--destination", filepath.Join(site, "public"))
	cmd.Env = append(os.Environ(), "HUGO_CACHEDIR="+t.TempDir())
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("hugo: %v\n%s", err, out)
	}
	if bytes.Contains(out, []byte("WARN")) || bytes.Contains(out, []byte("ERROR")) {
		t.Errorf("hugo warned:\n%s", out)
	}
	read := func(path string) string {
		t.Helper()
		b, err := os.ReadFile(filepath.Join(site, "public", filepath.FromSlash(path)))
		if err != nil {
			t.Fatalf("hugo did not publish %s: %v", path, err)
		}
		return string(b)
	}
	meta := regexp.MustCompile(`<p class="meta">(Version|Versión|Versi) 1\.0\.0 · 2026-12-01 · [1-9][0-9]* min</p>`)
	for _, l := range []string{"en", "fr", "es", "id"} {
		dir := "/" + l + "/privacy/"
		if l == "en" {
			dir = "/privacy/"
		}
		for _, kind := range []string{"summary", "policy"} {
			page := read(dir + kind + "/index.html")
			name := l + " " + kind
			if !meta.MatchString(page) {
				t.Errorf("%s: no version, date and reading time from the front matter's params", name)
			}
			if strings.Contains(page, `.md"`) || strings.Contains(page, `.md#`) {
				t.Errorf("%s: a link to a .md file was left as it is", name)
			}
			if !strings.Contains(page, `<link rel="alternate" hreflang="fr" href="https://example.com/fr/privacy/`+kind+`/">`) {
				t.Errorf("%s: no hreflang alternate to the French %s", name, kind)
			}
		}
		if summary := read(dir + "summary/index.html"); !strings.Contains(summary, `href="`+dir+`policy/#purpose-orders"`) {
			t.Errorf("%s summary: no link to %spolicy/#purpose-orders", l, dir)
		}
		if policy := read(dir + "policy/index.html"); !strings.Contains(policy, `id="purpose-orders"`) {
			t.Errorf("%s policy: no anchor purpose-orders", l)
		}
	}
}

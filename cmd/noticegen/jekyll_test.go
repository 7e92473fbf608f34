package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestJekyllExample follows examples/jekyll/README.md with a real Jekyll
// and jekyll-relative-links: it builds the shop's notice as Markdown with
// YAML front matter into a copy of the example site, runs jekyll build,
// and checks the pages of every language: version, date and reading time
// from the front matter, links between the documents turned into page
// addresses, and anchors. Without jekyll it is skipped, or fails with
// NOTICEGEN_REQUIRE_JEKYLL=1.
func TestJekyllExample(t *testing.T) {
	jekyll := jekyllTool(t)
	site := exampleSite(t, "jekyll")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"build", "../../examples/shop/notice.toml", "--format", "md", "--front-matter", "yaml", "--out", filepath.Join(site, "privacy"), "-q"}, &stdout, &stderr); code != 0 {
		t.Fatalf("noticegen build: exit %d: %s", code, stderr.String())
	}
	runJekyll(t, jekyll, site)
	meta := regexp.MustCompile(`<p class="meta">Version 1\.0\.0 · 2026-12-01 · [1-9][0-9]* min</p>`)
	for _, l := range []string{"en", "fr", "es", "id"} {
		for _, kind := range []string{"summary", "policy"} {
			path := filepath.Join(site, "_site", "privacy", l, kind+".html")
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("jekyll did not publish privacy/%s/%s.html: %v", l, kind, err)
			}
			page, name := string(b), l+" "+kind
			if !meta.MatchString(page) {
				t.Errorf("%s: no version, date and reading time from the front matter's params", name)
			}
			if !strings.Contains(page, `<html lang="`+l+`">`) {
				t.Errorf("%s: no lang from the front matter", name)
			}
			if strings.Contains(page, `.md"`) || strings.Contains(page, `.md#`) {
				t.Errorf("%s: a link to a .md file was left as it is", name)
			}
			if kind == "summary" && !strings.Contains(page, `href="/privacy/`+l+`/policy.html#purpose-orders"`) {
				t.Errorf("%s: no link to /privacy/%s/policy.html#purpose-orders", name, l)
			}
			if kind == "policy" && !strings.Contains(page, `id="purpose-orders"`) {
				t.Errorf("%s: no anchor purpose-orders", name)
			}
		}
	}
}

// TestJekyllHistory publishes the history of examples/history with the
// example Jekyll site: the version in force announces the next one, the
// versions page lists every version, an archived version says it is no
// longer in force and is kept out of search engines, every link to a .md
// file became a page that Jekyll published, with the anchor it names, and
// the feeds and versions.json, whose links name Markdown files, are left
// out.
func TestJekyllHistory(t *testing.T) {
	jekyll := jekyllTool(t)
	site := exampleSite(t, "jekyll")
	buildHistoryInto(t, historyProject(t), filepath.Join(site, "privacy"))
	runJekyll(t, jekyll, site)
	public := filepath.Join(site, "_site")
	checkPublishedLinks(t, public, func(href string) string { return href })
	read := func(path string) string { return readPublished(t, public, path) }
	wantAll(t, "Spanish summary in force", read("privacy/es/summary.html"),
		`<a href="/privacy/v/2.1.0/es/summary.html">`, `<a href="/privacy/es/versions.html">`)
	wantAll(t, "Spanish versions page", read("privacy/es/versions.html"), `id="v1.0.0"`, `id="v2.1.0"`,
		`<a href="/privacy/v/1.1.0/es/policy.html">`)
	wantAll(t, "Spanish 1.0.0", read("privacy/v/1.0.0/es/summary.html"),
		`<meta name="robots" content="noindex">`,
		`<a href="/privacy/es/summary.html">`, `<a href="/privacy/es/versions.html#v1.0.0">`,
		`<p class="meta">Version 1.0.0 · 2026-03-01 · 3 min</p>`)
	for _, p := range []string{"privacy/en/changes.atom", "privacy/versions.json"} {
		if _, err := os.Stat(filepath.Join(public, p)); err == nil {
			t.Errorf("jekyll published %s, whose links name Markdown files", p)
		}
	}
}

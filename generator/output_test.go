package generator

import (
	"bytes"
	"encoding/json"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestParseFormat(t *testing.T) {
	for _, f := range []string{"md", "html", "json"} {
		if got, err := ParseFormat(f); err != nil || string(got) != f {
			t.Errorf("ParseFormat(%q) = %q, %v", f, got, err)
		}
	}
	tests := map[string]string{
		"pdf":      `"pdf" is not an output format; want md, html, json, moments, ios, android, play or apple`,
		"htm":      `"htm" is not an output format (did you mean "html"?); want md, html, json, moments, ios, android, play or apple`,
		"markdown": `"markdown" is not an output format; want md, html, json, moments, ios, android, play or apple`,
		"":         `"" is not an output format; want md, html, json, moments, ios, android, play or apple`,
	}
	for in, want := range tests {
		if _, err := ParseFormat(in); err == nil || err.Error() != want {
			t.Errorf("ParseFormat(%q): err = %v, want %s", in, err, want)
		}
	}
}

func TestParseFrontMatter(t *testing.T) {
	if got, err := ParseFrontMatter("toml"); err != nil || got != FrontMatterTOML {
		t.Errorf("ParseFrontMatter(toml) = %q, %v", got, err)
	}
	if _, err := ParseFrontMatter("yml"); err == nil || err.Error() != `"yml" is not a front matter syntax (did you mean "yaml"?); want yaml or toml` {
		t.Errorf("ParseFrontMatter(yml): err = %v", err)
	}
}

func TestParseBaseURL(t *testing.T) {
	valid := map[string]string{
		"https://example.com":               "https://example.com/",
		"https://example.com/":              "https://example.com/",
		"https://example.com/privacy":       "https://example.com/privacy/",
		"http://localhost:8080/a/b/":        "http://localhost:8080/a/b/",
		"https://example.com/legal notices": "https://example.com/legal%20notices/",
	}
	for in, want := range valid {
		if got, err := ParseBaseURL(in); err != nil || got != want {
			t.Errorf("ParseBaseURL(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	const want = "want an absolute http or https URL such as https://example.com/privacy/"
	invalid := map[string]string{
		"example.com/privacy":           `"example.com/privacy" has no scheme; ` + want,
		"/privacy/":                     `"/privacy/" has no scheme; ` + want,
		"ftp://example.com/":            `"ftp://example.com/": the scheme "ftp" is not allowed; ` + want,
		"javascript:alert(1)":           `"javascript:alert(1)": the scheme "javascript" is not allowed; ` + want,
		"https:///privacy":              `"https:///privacy" has no host; ` + want,
		"https:example.com":             `"https:example.com" has no host; ` + want,
		"https://user:pw@example.com/":  `"https://user:pw@example.com/" has a user name; ` + want,
		"https://example.com/?lang=fr":  `"https://example.com/?lang=fr" has a query; ` + want + `, without "?…"`,
		"https://example.com/?":         `"https://example.com/?" has a query; ` + want + `, without "?…"`,
		"https://example.com/#privacy":  `"https://example.com/#privacy" has a fragment; ` + want + `, without "#…"`,
		" https://example.com/":         `" https://example.com/" is not a URL; ` + want,
		"":                              `"" is not a URL; ` + want,
		"https://exa mple.com/":         `"https://exa mple.com/" is not a URL; ` + want,
		"https://example.com:port/priv": `"https://example.com:port/priv" is not a URL; ` + want,
	}
	for in, msg := range invalid {
		if _, err := ParseBaseURL(in); err == nil || err.Error() != msg {
			t.Errorf("ParseBaseURL(%q): err = %v\nwant %s", in, err, msg)
		}
	}
}

func TestOptionsCheck(t *testing.T) {
	d, err := Parse("notice.toml", []byte(minimal))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		opts Options
		want string
	}{
		{Options{Formats: []Format{"pdf"}}, `format: "pdf" is not an output format; want md, html, json, moments, ios, android, play or apple`},
		{Options{FrontMatter: "json"}, `front matter: "json" is not a front matter syntax; want yaml or toml`},
		{Options{Formats: []Format{FormatHTML}, FrontMatter: FrontMatterYAML}, "front matter goes at the top of Markdown files, and the formats (html) include no md; add md or drop the front matter"},
		{Options{Formats: []Format{FormatMarkdown, FormatJSON}, Fragment: true}, "fragments are HTML, and the formats (md, json) include no html; add html or drop the fragments"},
		{Options{BaseURL: "example.com"}, `base URL: "example.com" has no scheme; want an absolute http or https URL such as https://example.com/privacy/`},
		{Options{Formats: []Format{FormatJSON}, BaseURL: "https://example.com/"}, "the base URL makes the links in HTML pages absolute, and the formats (json) include no html; add html or drop the base URL"},
		{Options{Fragment: true, BaseURL: "https://example.com/"}, "the base URL makes the canonical and alternate links in a page's <head> absolute, and fragments have no <head>; drop the base URL or the fragments"},
	}
	for _, tt := range tests {
		if _, err := Build(d, tt.opts); err == nil || err.Error() != tt.want {
			t.Errorf("Build with %+v: err = %v\nwant %s", tt.opts, err, tt.want)
		}
	}
}

func TestBuildFormats(t *testing.T) {
	d, err := Parse("notice.toml", []byte(minimal))
	if err != nil {
		t.Fatal(err)
	}
	all, err := Build(d, Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		formats []Format
		want    []string
	}{
		{[]Format{FormatMarkdown}, []string{"en/glance.md", "en/policy.md", "en/summary.md", "fr/glance.md", "fr/policy.md", "fr/summary.md"}},
		{[]Format{FormatHTML}, []string{"en/glance.html", "en/policy.html", "en/summary.html", "fr/glance.html", "fr/policy.html", "fr/summary.html", "index.html"}},
		{[]Format{FormatJSON}, []string{"notice.json"}},
		{[]Format{FormatJSON, FormatMarkdown}, []string{"en/glance.md", "en/policy.md", "en/summary.md", "fr/glance.md", "fr/policy.md", "fr/summary.md", "notice.json"}},
		{nil, all.Paths()},
	}
	for _, tt := range tests {
		site, err := Build(d, Options{Formats: tt.formats})
		if err != nil {
			t.Fatal(err)
		}
		if got := site.Paths(); !slices.Equal(got, tt.want) {
			t.Errorf("formats %v: paths = %v, want %v", tt.formats, got, tt.want)
		}
		for _, p := range site.Paths() {
			if p != "notice.json" && !bytes.Equal(site.Files[p], all.Files[p]) {
				t.Errorf("formats %v: %s differs from the full build's", tt.formats, p)
			}
		}
	}

	// notice.json describes only the files written; the rest stays.
	site, err := Build(d, Options{Formats: []Format{FormatJSON, FormatMarkdown}})
	if err != nil {
		t.Fatal(err)
	}
	var n struct {
		Documents []struct {
			Summary map[string]any `json:"summary"`
		} `json:"documents"`
	}
	if err := json.Unmarshal(site.Files["notice.json"], &n); err != nil {
		t.Fatal(err)
	}
	s := n.Documents[0].Summary
	if _, ok := s["html"]; ok {
		t.Errorf("notice.json describes summary.html, which was not written: %v", s)
	}
	if md, ok := s["markdown"].(map[string]any); !ok || md["path"] != "en/summary.md" || s["reading_seconds"] == nil {
		t.Errorf("notice.json summary = %v", s)
	}
}

func TestBuildBaseURL(t *testing.T) {
	d, err := Parse("notice.toml", []byte(minimal))
	if err != nil {
		t.Fatal(err)
	}
	site, err := Build(d, Options{BaseURL: "https://example.com/legal/privacy"})
	if err != nil {
		t.Fatal(err)
	}
	head := func(path string) string {
		h, _, _ := strings.Cut(string(site.Files[path]), "</head>")
		var links []string
		for _, l := range strings.Split(h, "\n") {
			if strings.HasPrefix(l, "<link ") {
				links = append(links, l)
			}
		}
		return strings.Join(links, "\n")
	}
	want := `<link rel="icon" href="data:,">
<link rel="canonical" href="https://example.com/legal/privacy/fr/policy.html">
<link rel="alternate" hreflang="en" href="https://example.com/legal/privacy/en/policy.html">
<link rel="alternate" hreflang="fr" href="https://example.com/legal/privacy/fr/policy.html">
<link rel="alternate" hreflang="x-default" href="https://example.com/legal/privacy/en/policy.html">`
	if got := head("fr/policy.html"); got != want {
		t.Errorf("fr/policy.html links:\n%s\nwant\n%s", got, want)
	}
	want = `<link rel="icon" href="data:,">
<link rel="canonical" href="https://example.com/legal/privacy/">
<link rel="alternate" hreflang="en" href="https://example.com/legal/privacy/en/summary.html">
<link rel="alternate" hreflang="fr" href="https://example.com/legal/privacy/fr/summary.html">`
	if got := head("index.html"); got != want {
		t.Errorf("index.html links:\n%s\nwant\n%s", got, want)
	}
	// The links people follow stay relative, so the output works anywhere.
	page := string(site.Files["fr/policy.html"])
	for _, s := range []string{`<a href="../en/policy.html" hreflang="en" lang="en">English</a>`, `<a href="summary.html">`} {
		if !strings.Contains(page, s) {
			t.Errorf("fr/policy.html lacks %s", s)
		}
	}

	plain, err := Build(d, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(plain.Files["fr/policy.html"]), `rel="canonical"`) || !strings.Contains(string(plain.Files["fr/policy.html"]), `<link rel="alternate" hreflang="en" href="../en/policy.html">`) {
		t.Error("without a base URL, a page should have relative alternates and no canonical link")
	}
}

func TestBuildFragment(t *testing.T) {
	d, err := Parse("notice.toml", []byte(minimal))
	if err != nil {
		t.Fatal(err)
	}
	site, err := Build(d, Options{Fragment: true})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"en/glance.html", "en/glance.md", "en/moments.html", "en/moments.json", "en/policy.html", "en/policy.md", "en/summary.html", "en/summary.md", "fr/glance.html", "fr/glance.md", "fr/moments.html", "fr/moments.json", "fr/policy.html", "fr/policy.md", "fr/summary.html", "fr/summary.md", "notice.json"}
	if got := site.Paths(); !slices.Equal(got, want) {
		t.Errorf("paths = %v, want %v (no index.html)", got, want)
	}
	doc := site.Documents[French]["summary"]
	frag := string(site.Files["fr/summary.html"])
	if wantFrag := "<article lang=\"fr\" dir=\"ltr\" class=\"noticegen summary\">\n" + string(doc.Body) + "\n</article>\n"; frag != wantFrag {
		t.Errorf("fr/summary.html =\n%s\nwant\n%s", frag, wantFrag)
	}
	for _, s := range []string{`<h1 id="top">`, `<h2 id="glance">`, `<h2 id="purposes">`, `href="policy.html#purpose-orders"`} {
		if !strings.Contains(frag, s) {
			t.Errorf("the fragment lacks the document's %s", s)
		}
	}
	for _, s := range []string{"<html", "<head", "<nav", "<style", "<body", "<main"} {
		if strings.Contains(frag, s) {
			t.Errorf("the fragment has page chrome: %s", s)
		}
	}
}

// TestWriteDirMarker checks that every build writes its manifest, listing
// the files it wrote and nothing else, the same bytes every time.
func TestWriteDirMarker(t *testing.T) {
	d, err := Parse("notice.toml", []byte(minimal))
	if err != nil {
		t.Fatal(err)
	}
	site, err := Build(d, Options{Formats: []Format{FormatMarkdown}})
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "privacy")
	for range 2 { // the second write replaces the first
		if err := WriteDir(t.Context(), site, out); err != nil {
			t.Fatal(err)
		}
	}
	got := readTree(t, out)
	want := `# noticegen build wrote this directory and replaces all of it on the next build.
# It refuses to when the directory holds anything but this file and the paths below.
en/glance.md
en/policy.md
en/summary.md
fr/glance.md
fr/policy.md
fr/summary.md
`
	if string(got[".noticegen"]) != want || len(got) != 7 {
		t.Errorf("a Markdown-only build wrote %v, with .noticegen:\n%s", slices.Sorted(maps.Keys(got)), got[".noticegen"])
	}
	// A build with notice.json lists it too.
	full, err := Build(d, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := WriteDir(t.Context(), full, out); err != nil {
		t.Fatal(err)
	}
	if got := readTree(t, out)[".noticegen"]; !strings.Contains(string(got), "\nnotice.json\n") {
		t.Errorf("a build with notice.json wrote the manifest\n%s", got)
	}
}

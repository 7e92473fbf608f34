package generator

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/BurntSushi/toml"
	"go.yaml.in/yaml/v3"
)

func TestPageMetaRender(t *testing.T) {
	m := pageMeta{Title: `Kopi: "privacy" notice`, Date: Date{2026, 12, 1}, TranslationKey: "privacy-summary",
		Lang: French, Version: "2.0.0", Minutes: 2, Seconds: 95}
	tests := []struct {
		syntax FrontMatter
		want   string
	}{
		{FrontMatterYAML, `---
title: "Kopi: \"privacy\" notice"
date: 2026-12-01
translationKey: "privacy-summary"
params:
  lang: "fr"
  version: "2.0.0"
  reading_time:
    minutes: 2
    seconds: 95
---

`},
		{FrontMatterTOML, `+++
title = "Kopi: \"privacy\" notice"
date = 2026-12-01
translationKey = "privacy-summary"

[params]
lang = "fr"
version = "2.0.0"

[params.reading_time]
minutes = 2
seconds = 95
+++

`},
	}
	for _, tt := range tests {
		if got := string(m.render(tt.syntax)); got != tt.want {
			t.Errorf("%s front matter:\n got %q\nwant %q", tt.syntax, got, tt.want)
		}
	}
}

func TestQuoting(t *testing.T) {
	tests := []struct{ in, yaml, toml string }{
		{`plain`, `"plain"`, `"plain"`},
		{`say "hi"`, `"say \"hi\""`, `"say \"hi\""`},
		{`C:\path`, `"C:\\path"`, `"C:\\path"`},
		{"one\ntwo\r\tthree", `"one\ntwo\r\tthree"`, `"one\ntwo\r\tthree"`},
		{"bell\a nul\x00 del\x7f", `"bell\u0007 nul\u0000 del\u007F"`, `"bell\u0007 nul\u0000 del\u007F"`},
		{"nel\u0085 ls\u2028 ps\u2029 bom\ufeff", `"nel\u0085 ls\u2028 ps\u2029 bom\uFEFF"`, "\"nel\u0085 ls\u2028 ps\u2029 bom\ufeff\""},
		{"Avis de confidentialité d’Example ✓", `"Avis de confidentialité d’Example ✓"`, `"Avis de confidentialité d’Example ✓"`},
	}
	for _, tt := range tests {
		if got := yamlString(tt.in); got != tt.yaml {
			t.Errorf("yamlString(%q) = %s, want %s", tt.in, got, tt.yaml)
		}
		if got := tomlString(tt.in); got != tt.toml {
			t.Errorf("tomlString(%q) = %s, want %s", tt.in, got, tt.toml)
		}
	}
}

// hostileFrontMatter is text meant to end a front matter value, add a key or
// close the front matter early.
var hostileFrontMatter = []string{
	`Privacy: "the notice"`,
	"title: x\ndate: 1999-01-01",
	"---\nlayout: evil\n---",
	"+++\nlayout = \"evil\"\n+++",
	`\" # not a comment`,
	`'single' & *alias !tag %directive @reserved`,
	"null",
	"true",
	"- list item",
	"{flow: map}",
	"tab\there, nul\x00, line\u2028separator, next\u0085line",
	"",
}

// TestFrontMatterRoundTrip parses the front matter of every hostile value
// back with a YAML parser and a TOML parser, and wants the same value and
// nothing more.
func TestFrontMatterRoundTrip(t *testing.T) {
	for _, h := range hostileFrontMatter {
		m := pageMeta{Title: h, Date: Date{2026, 12, 1}, TranslationKey: "privacy-policy", Lang: English, Version: h, Minutes: 1, Seconds: 7}

		yamlSrc := m.render(FrontMatterYAML)
		body, ok := bytes.CutPrefix(yamlSrc, []byte("---\n"))
		body, _, closed := bytes.Cut(body, []byte("\n---\n"))
		if !ok || !closed {
			t.Fatalf("%q: YAML front matter is not delimited by --- lines:\n%s", h, yamlSrc)
		}
		var y map[string]any
		if err := yaml.Unmarshal(body, &y); err != nil {
			t.Fatalf("%q: YAML: %v\n%s", h, err, yamlSrc)
		}
		checkFrontMatter(t, "YAML", h, y)

		tomlSrc := m.render(FrontMatterTOML)
		body, ok = bytes.CutPrefix(tomlSrc, []byte("+++\n"))
		body, _, closed = bytes.Cut(body, []byte("\n+++\n"))
		if !ok || !closed {
			t.Fatalf("%q: TOML front matter is not delimited by +++ lines:\n%s", h, tomlSrc)
		}
		var tm map[string]any
		if _, err := toml.Decode(string(body), &tm); err != nil {
			t.Fatalf("%q: TOML: %v\n%s", h, err, tomlSrc)
		}
		checkFrontMatter(t, "TOML", h, tm)
	}
}

func checkFrontMatter(t *testing.T, syntax, h string, m map[string]any) {
	t.Helper()
	if len(m) != 4 || m["title"] != h || m["translationKey"] != "privacy-policy" {
		t.Errorf("%s, %q: front matter = %#v", syntax, h, m)
	}
	// Both parsers read an unquoted date as a time.Time (BurntSushi/toml
	// in its toml.LocalDate location).
	if date, ok := m["date"].(time.Time); !ok || date.Format(time.DateOnly) != "2026-12-01" {
		t.Errorf("%s, %q: date = %#v, want 2026-12-01", syntax, h, m["date"])
	}
	params, _ := m["params"].(map[string]any)
	reading, _ := params["reading_time"].(map[string]any)
	if len(params) != 3 || params["lang"] != "en" || params["version"] != h || len(reading) != 2 {
		t.Errorf("%s, %q: params = %#v", syntax, h, params)
	}
	if minutes, seconds := reading["minutes"], reading["seconds"]; !(minutes == 1 && seconds == 7) && !(minutes == int64(1) && seconds == int64(7)) {
		t.Errorf("%s, %q: reading_time = %#v, want minutes 1 and seconds 7", syntax, h, reading)
	}
}

// TestBuildFrontMatter builds a notice whose title and version try to break
// out of the front matter (the version on one line, as the loader requires),
// and checks every Markdown file: front matter that parses back to the
// document's own values, then the text without its title line.
func TestBuildFrontMatter(t *testing.T) {
	src := strings.Replace(minimal, `version = "1"`, `version = "1.0 --- layout: evil # \"x\""`, 1)
	src = strings.Replace(src, `title = { en = "T", fr = "T" }`, `title = { en = 'Kopi: "quoted" \ notice', fr = "Kopi : l’avis" }`, 1)
	d, err := Parse("notice.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	plain, err := Build(d, Options{})
	if err != nil {
		t.Fatal(err)
	}
	site, err := Build(d, Options{FrontMatter: FrontMatterYAML})
	if err != nil {
		t.Fatal(err)
	}
	titles := map[string]string{
		"en/summary.md": `Kopi: "quoted" \ notice: summary`, "en/policy.md": `Kopi: "quoted" \ notice: full policy`,
		"fr/summary.md": "Kopi : l’avis\u00a0: résumé", "fr/policy.md": "Kopi : l’avis\u00a0: version complète", // the catalog puts a no-break space before a colon
	}
	for path, title := range titles {
		md := site.Files[path]
		fm, text, ok := bytes.Cut(bytes.TrimPrefix(md, []byte("---\n")), []byte("\n---\n\n"))
		if !ok {
			t.Fatalf("%s has no front matter:\n%s", path, md)
		}
		var m map[string]any
		if err := yaml.Unmarshal(fm, &m); err != nil {
			t.Fatalf("%s: %v\n%s", path, err, fm)
		}
		l, kind, _ := strings.Cut(strings.TrimSuffix(path, ".md"), "/")
		doc := site.Documents[Locale(l)][kind]
		params := m["params"].(map[string]any)
		reading := params["reading_time"].(map[string]any)
		if m["title"] != title || m["translationKey"] != "privacy-"+kind || params["lang"] != l ||
			params["version"] != `1.0 --- layout: evil # "x"` || reading["minutes"] != doc.Reading.Minutes || reading["seconds"] != doc.Reading.Seconds {
			t.Errorf("%s: front matter = %#v", path, m)
		}
		// The text is the plain build's, without its "# title" line.
		_, want, _ := bytes.Cut(plain.Files[path], []byte("\n\n"))
		if !bytes.Equal(text, want) {
			t.Errorf("%s: the text after the front matter differs from the plain build's without its title:\n%s", path, text)
		}
		if !bytes.Equal(doc.Markdown, md) {
			t.Errorf("%s: Document.Markdown is not the file written", path)
		}
	}
	// HTML does not change.
	if !bytes.Equal(site.Files["fr/policy.html"], plain.Files["fr/policy.html"]) {
		t.Error("front matter changed the HTML")
	}
}

// TestHistoryFrontMatterKeys checks that the archived versions of a
// document do not share its translationKey, which Hugo reads as "these
// pages are translations of each other".
func TestHistoryFrontMatterKeys(t *testing.T) {
	h, err := NewHistory(historyExample(t), historyExampleToday)
	if err != nil {
		t.Fatal(err)
	}
	site, err := BuildHistory(h, Options{FrontMatter: FrontMatterYAML, Formats: []Format{FormatMarkdown}})
	if err != nil {
		t.Fatal(err)
	}
	// The key, and the status a layout reads (as in versions.json); a
	// versions page has no status and no reading time.
	want := map[string][2]string{
		"en/summary.md":         {"privacy-summary", "current"},
		"fr/policy.md":          {"privacy-policy", "current"},
		"v/1.0.0/en/summary.md": {"privacy-summary@1.0.0", "past"},
		"v/1.0.0/fr/summary.md": {"privacy-summary@1.0.0", "past"},
		"v/2.0.0/es/policy.md":  {"privacy-policy@2.0.0", "current"},
		"v/2.1.0/id/summary.md": {"privacy-summary@2.1.0", "upcoming"},
		"es/versions.md":        {"privacy-versions", ""},
	}
	for path, key := range want {
		md, ok := site.Files[path]
		if !ok {
			t.Errorf("no %s", path)
			continue
		}
		fm, _, _ := bytes.Cut(bytes.TrimPrefix(md, []byte("---\n")), []byte("\n---\n\n"))
		var m struct {
			TranslationKey string `yaml:"translationKey"`
			Params         struct {
				Status      string
				ReadingTime *struct{ Seconds int } `yaml:"reading_time"`
			}
		}
		if err := yaml.Unmarshal(fm, &m); err != nil {
			t.Fatalf("%s: %v\n%s", path, err, fm)
		}
		if m.TranslationKey != key[0] || m.Params.Status != key[1] {
			t.Errorf("%s: translationKey, params.status = %q, %q; want %q, %q", path, m.TranslationKey, m.Params.Status, key[0], key[1])
		}
		if versions := strings.HasSuffix(path, "versions.md"); versions != (m.Params.ReadingTime == nil) {
			t.Errorf("%s: params.reading_time = %v", path, m.Params.ReadingTime)
		}
	}
}

package generator

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"html"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/noticegen/noticegen/schema"
)

// historyExample loads examples/history/releases, the releases of the
// history example, oldest first.
func historyExample(t testing.TB) []Release {
	t.Helper()
	paths, err := filepath.Glob("../examples/history/releases/*.toml")
	if err != nil || len(paths) < 3 {
		t.Fatalf("want the releases of examples/history, found %d (%v)", len(paths), err)
	}
	var out []Release
	for _, p := range paths {
		out = append(out, Release{Declaration: loadFile(t, p)})
	}
	return out
}

// historyExampleToday is the day examples/history is built as of: 2.1.0 is
// then still ahead.
var historyExampleToday = Date{2026, 11, 30}

func TestHistoryExample(t *testing.T) {
	h, err := NewHistory(historyExample(t), historyExampleToday)
	if err != nil {
		t.Fatal(err)
	}
	site, err := BuildHistory(h, Options{})
	if err != nil {
		t.Fatal(err)
	}
	compareTree(t, site, "../examples/history/dist")
}

// release makes a small declaration of the given version and effective
// date, published at the given instant ("" for unknown).
func release(t *testing.T, version, effective, published string) Release {
	t.Helper()
	src := fmt.Sprintf(`[notice]
title = "T"
version = %q
effective = %s
locales = ["en"]

[controller]
name = "Example SAS"
email = "privacy@example.com"

[data.email]
category = "contact"

[purpose.orders]
kind = "service"
label = "Orders"
data = ["email"]
basis = "contract"
choice = "none"
retention = "2 years"

[rights]
email = "privacy@example.com"
`, version, effective)
	d, err := Parse("notice.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	r := Release{Declaration: d}
	if published != "" {
		if r.Published, err = time.Parse(time.RFC3339, published); err != nil {
			t.Fatal(err)
		}
	}
	return r
}

func TestNewHistory(t *testing.T) {
	type rel struct{ version, effective, published string }
	tests := []struct {
		name     string
		releases []rel
		today    Date
		// want is each version's "version status from until", in order.
		want     []string
		warnings []string
		err      string
	}{
		{
			name:     "one version in force",
			releases: []rel{{"1", "2026-01-01", ""}},
			today:    Date{2026, 6, 1},
			want:     []string{"1 current 2026-01-01 -"},
		},
		{
			name:     "ordered by effective date, not by release",
			releases: []rel{{"2", "2026-06-01", ""}, {"1", "2026-01-01", ""}, {"3", "2027-01-01", ""}},
			today:    Date{2026, 12, 31},
			want:     []string{"1 past 2026-01-01 2026-06-01", "2 current 2026-06-01 2027-01-01", "3 upcoming 2027-01-01 -"},
		},
		{
			name:     "a version takes effect on its day",
			releases: []rel{{"1", "2026-01-01", ""}, {"2", "2026-06-01", ""}},
			today:    Date{2026, 6, 1},
			want:     []string{"1 past 2026-01-01 2026-06-01", "2 current 2026-06-01 -"},
		},
		{
			name:     "a version replaced on its own day never applied",
			releases: []rel{{"1", "2026-01-01", ""}, {"1.1", "2026-01-01", ""}},
			today:    Date{2026, 6, 1},
			want:     []string{"1 replaced 2026-01-01 2026-01-01", "1.1 current 2026-01-01 -"},
		},
		{
			name:     "released after it took effect, in its own time zone",
			releases: []rel{{"1", "2026-01-01", "2025-12-01T09:00:00Z"}, {"2", "2026-03-01", "2026-03-01T23:30:00-05:00"}, {"3", "2026-04-01", "2026-04-02T00:10:00+02:00"}},
			today:    Date{2026, 6, 1},
			want:     []string{"1 past 2026-01-01 2026-03-01", "2 past 2026-03-01 2026-04-01", "3 current 2026-04-01 -"},
			warnings: []string{"version 3 was released on 2026-04-02, after it took effect on 2026-04-01: people could not read it before it applied; give it a later effective date"},
		},
		{
			name:     "nothing in force yet",
			releases: []rel{{"1", "2027-01-01", ""}},
			today:    Date{2026, 6, 1},
			err:      "no version is in force on 2026-06-01: the first takes effect on 2027-01-01; build with a later day as today, or publish an earlier version first",
		},
		{
			name:     "two releases of one version",
			releases: []rel{{"1", "2026-01-01", ""}, {"1", "2026-02-01", ""}},
			today:    Date{2026, 6, 1},
			err:      `notice.version "1" is given to two releases; give each release its own version`,
		},
		{
			name:     "a version that cannot name a folder",
			releases: []rel{{"../1", "2026-01-01", ""}},
			today:    Date{2026, 6, 1},
			err:      `notice.version "../1" cannot name the folder v/<version>/ that keeps it; use letters, digits, dots, hyphens and plus signs, such as "2.1.0"`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var releases []Release
			for _, r := range tt.releases {
				releases = append(releases, release(t, r.version, r.effective, r.published))
			}
			h, err := NewHistory(releases, tt.today)
			if tt.err != "" {
				if err == nil || err.Error() != tt.err {
					t.Fatalf("error %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, v := range h.Versions {
				until := "-"
				if v.Until != nil {
					until = v.Until.String()
				}
				got = append(got, fmt.Sprintf("%s %s %s %s", v.Version, v.Status, v.From, until))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("versions\n\t%q\nwant\n\t%q", got, tt.want)
			}
			if !slices.Equal(h.Warnings, tt.warnings) {
				t.Errorf("warnings\n\t%q\nwant\n\t%q", h.Warnings, tt.warnings)
			}
		})
	}
}

// exampleHistory builds examples/history as TestHistoryExample does.
func exampleHistory(t *testing.T) (*History, *Site) {
	t.Helper()
	h, err := NewHistory(historyExample(t), historyExampleToday)
	if err != nil {
		t.Fatal(err)
	}
	site, err := BuildHistory(h, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return h, site
}

// TestHistoryEditorial checks which versions of the example are marked
// editorial: 1.1.0 only rewords a purpose.
func TestHistoryEditorial(t *testing.T) {
	h, _ := exampleHistory(t)
	var got []string
	for _, v := range h.Versions {
		got = append(got, fmt.Sprintf("%s %s editorial=%v", v.Version, v.Status, v.Editorial()))
	}
	want := []string{"1.0.0 past editorial=false", "1.1.0 past editorial=true", "2.0.0 current editorial=false", "2.1.0 upcoming editorial=false"}
	if !slices.Equal(got, want) {
		t.Errorf("got\n\t%q\nwant\n\t%q", got, want)
	}
}

// TestVersionsJSON validates the example's versions.json against its
// schema, and answers "which version was in force on D" for every day of
// two years by the rule the schema documents, as a program without
// noticegen would: the answer must be History.InForce's.
func TestVersionsJSON(t *testing.T) {
	if schema.VersionsVersion != VersionsJSONVersion {
		t.Errorf("schema.VersionsVersion is %d, VersionsJSONVersion is %d", schema.VersionsVersion, VersionsJSONVersion)
	}
	sch := compileSchema(t, schema.VersionsID, schema.Versions())
	h, site := exampleHistory(t)
	v, err := jsonschemaValue(site.Files["versions.json"])
	if err != nil {
		t.Fatal(err)
	}
	if err := sch.Validate(v); err != nil {
		t.Fatalf("versions.json:\n%s", strings.Join(leafErrors(err), "\n"))
	}
	var doc struct {
		Current  string
		Versions []struct {
			Version   string
			From      *string `json:"in_force_from"`
			Until     *string `json:"in_force_until"`
			Documents map[string]map[string]string
		}
	}
	if err := json.Unmarshal(site.Files["versions.json"], &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Current != "2.0.0" {
		t.Errorf("current is %q, want 2.0.0", doc.Current)
	}
	for day := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC); day.Year() < 2028; day = day.AddDate(0, 0, 1) {
		d := day.Format(time.DateOnly)
		got := ""
		for _, x := range doc.Versions {
			if x.From != nil && *x.From <= d && (x.Until == nil || d < *x.Until) {
				got = x.Version
			}
		}
		want := ""
		if w := h.InForce(DateOf(day)); w != nil {
			want = w.Version
		}
		if got != want {
			t.Fatalf("on %s versions.json says %q, InForce %q", d, got, want)
		}
	}
	// Every document it lists is in the site.
	for _, x := range doc.Versions {
		for l, docs := range x.Documents {
			for kind, path := range docs {
				if site.Files[path] == nil {
					t.Errorf("version %s %s %s: %s is not built", x.Version, l, kind, path)
				}
			}
		}
	}
}

// TestHistoryFeeds holds each locale's feed to RFC 4287: one id, title and
// updated for the feed, an author, and for each entry an id, a title, an
// updated date and a link; ids are absolute IRIs, unique, and stable as
// versions are added; dates are RFC 3339; text is in the feed's language.
func TestHistoryFeeds(t *testing.T) {
	h, site := exampleHistory(t)
	type link struct {
		Rel  string `xml:"rel,attr"`
		Href string `xml:"href,attr"`
	}
	type entry struct {
		ID      []string `xml:"id"`
		Title   []string `xml:"title"`
		Updated []string `xml:"updated"`
		Links   []link   `xml:"link"`
		Content struct {
			Type string `xml:"type,attr"`
			Text string `xml:",chardata"`
		} `xml:"content"`
	}
	type atom struct {
		XMLName xml.Name
		Lang    string   `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
		ID      []string `xml:"id"`
		Title   []string `xml:"title"`
		Updated []string `xml:"updated"`
		Author  []struct {
			Name string `xml:"name"`
		} `xml:"author"`
		Entries []entry `xml:"entry"`
	}
	ids := map[string]bool{}
	for _, l := range []Locale{"en", "fr", "es", "id"} {
		path := string(l) + "/changes.atom"
		b := site.Files[path]
		if b == nil {
			t.Fatalf("%s not built", path)
		}
		var feed atom
		if err := xml.Unmarshal(b, &feed); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if feed.XMLName.Space != "http://www.w3.org/2005/Atom" || feed.XMLName.Local != "feed" {
			t.Errorf("%s: root element %v, want Atom's feed", path, feed.XMLName)
		}
		if feed.Lang != string(l) {
			t.Errorf("%s: xml:lang %q", path, feed.Lang)
		}
		if len(feed.ID) != 1 || len(feed.Title) != 1 || len(feed.Updated) != 1 || len(feed.Author) != 1 || feed.Author[0].Name == "" {
			t.Errorf("%s: want one id, title, updated and author, got %d, %d, %d, %d", path, len(feed.ID), len(feed.Title), len(feed.Updated), len(feed.Author))
		}
		if len(feed.Entries) != len(h.Versions) {
			t.Errorf("%s: %d entries, want %d", path, len(feed.Entries), len(h.Versions))
		}
		latest := ""
		for i, e := range feed.Entries {
			if len(e.ID) != 1 || len(e.Title) != 1 || len(e.Updated) != 1 || len(e.Links) == 0 {
				t.Errorf("%s entry %d: want one id, title, updated and a link", path, i)
				continue
			}
			if u, err := url.Parse(e.ID[0]); err != nil || !u.IsAbs() || ids[e.ID[0]] {
				t.Errorf("%s entry %d: id %q is not an absolute IRI, or not unique", path, i, e.ID[0])
			}
			ids[e.ID[0]] = true
			if _, err := time.Parse(time.RFC3339, e.Updated[0]); err != nil {
				t.Errorf("%s entry %d: updated %q is not RFC 3339", path, i, e.Updated[0])
			}
			latest = max(latest, e.Updated[0])
			target := path[:strings.LastIndex(path, "/")+1] + e.Links[0].Href
			if site.Files[cleanPath(target)] == nil {
				t.Errorf("%s entry %d: link %q leads to no file", path, i, e.Links[0].Href)
			}
			if e.Content.Type != "html" || !strings.Contains(e.Content.Text, "<p>") {
				t.Errorf("%s entry %d: content %q", path, i, e.Content.Text)
			}
		}
		if len(feed.Updated) == 1 && feed.Updated[0] != latest {
			t.Errorf("%s: updated %s, want the latest entry's, %s", path, feed.Updated[0], latest)
		}
		if latest > "2026-11-30T23:59:59Z" {
			t.Errorf("%s: dated %s, after the day it was built", path, latest)
		}
	}
	if !strings.Contains(string(site.Files["fr/changes.atom"]), "<title type=\"text\">Version 2.1.0, en vigueur à compter du 1er\u00a0janvier 2027</title>") {
		t.Errorf("fr/changes.atom has no French entry title for 2.1.0")
	}
}

// cleanPath resolves "a/../b" in a site path.
func cleanPath(p string) string { return path.Clean(p) }

var (
	hrefs   = regexp.MustCompile(`(?:href)="([^"]*)"`)
	mdLinks = regexp.MustCompile(`\]\(([^)\s]*)\)`)
)

// TestHistoryLinks follows every relative link of every page and
// Markdown file of the example history: each must lead to a file of the
// site, and to an id (an HTML id, or a Markdown heading's {#id}) in it when
// it names one. And the pages link both ways: the version in force
// to the versions page, the versions page to every version, every version
// back to the version in force and to its entry on the versions page.
func TestHistoryLinks(t *testing.T) {
	_, site := exampleHistory(t)
	linked := map[string]map[string]bool{} // page → targets
	for _, p := range site.Paths() {
		links := hrefs
		switch path.Ext(p) {
		case ".html":
		case ".md":
			links = mdLinks
		default:
			continue
		}
		linked[p] = map[string]bool{}
		for _, m := range links.FindAllStringSubmatch(string(site.Files[p]), -1) {
			href := html.UnescapeString(m[1])
			if strings.Contains(href, ":") || strings.HasPrefix(href, "#") {
				continue // mailto:, https:, data:, or within the page
			}
			file, frag, _ := strings.Cut(href, "#")
			target := cleanPath(path.Dir(p) + "/" + file)
			linked[p][target] = true
			b := site.Files[target]
			if b == nil {
				t.Errorf("%s: link %q leads to no file", p, href)
				continue
			}
			if frag != "" && !bytes.Contains(b, []byte(` id="`+frag+`"`)) && !bytes.Contains(b, []byte(`{#`+frag+`}`)) {
				t.Errorf("%s: link %q leads to no id %q in %s", p, href, frag, target)
			}
		}
	}
	for _, pair := range [][2]string{
		{"en/policy.html", "en/versions.html"},
		{"en/policy.html", "v/2.1.0/en/policy.html"},
		{"en/policy.html", "v/2.1.0/en/changes.html"},
		{"en/versions.html", "v/1.0.0/en/policy.html"},
		{"en/versions.html", "v/1.1.0/en/changes.html"},
		{"v/1.0.0/en/policy.html", "en/policy.html"},
		{"v/1.0.0/en/policy.html", "en/versions.html"},
		{"v/1.0.0/en/policy.html", "v/1.0.0/fr/policy.html"},
		{"v/2.0.0/id/changes.html", "v/2.0.0/id/policy.html"},
		{"v/2.0.0/id/changes.html", "v/2.0.0/en/changes.html"},
		{"en/policy.md", "en/versions.md"},
		{"en/summary.md", "v/2.1.0/en/summary.md"},
		{"en/versions.md", "v/1.0.0/en/policy.md"},
		{"v/1.0.0/en/policy.md", "en/policy.md"},
		{"v/1.0.0/en/policy.md", "en/versions.md"},
	} {
		if !linked[pair[0]][pair[1]] {
			t.Errorf("%s does not link to %s", pair[0], pair[1])
		}
	}
}

// TestHistoryMoments checks that an archived version's moments say they
// are not the ones in force and link to those that are: a site that copied
// an old prompt must be able to tell.
func TestHistoryMoments(t *testing.T) {
	_, site := exampleHistory(t)
	old := string(site.Files["v/1.0.0/en/moments.html"])
	for _, want := range []string{
		"<p>This version is no longer in force. It applied from 1 March 2026 to 31 May 2026.</p>",
		`<li><a href="../../../en/moments.html">Read the version in force</a></li>`,
	} {
		if !strings.Contains(old, want) {
			t.Errorf("v/1.0.0/en/moments.html lacks %s", want)
		}
	}
	if cur := string(site.Files["v/2.0.0/fr/moments.html"]); !strings.Contains(cur, `<div class="version-notice">`) {
		t.Error("v/2.0.0/fr/moments.html does not say it is the version in force")
	}
}

// TestHistorySpeaksTheNoticesWords: a history's sentences name the notice
// as the notice in force does: a Spanish policy is a política, and a notice
// under Mexico's law alone an aviso de privacidad.
func TestHistorySpeaksTheNoticesWords(t *testing.T) {
	src, err := os.ReadFile("testdata/laws/mexico.toml")
	if err != nil {
		t.Fatal(err)
	}
	versions := func(law string) []Release {
		var out []Release
		for _, v := range []struct{ version, effective string }{{"1.0.0", "2026-12-01"}, {"2.0.0", "2027-03-01"}} {
			s := strings.Replace(string(src), `version = "1.0.0"`, fmt.Sprintf("version = %q", v.version), 1)
			s = strings.Replace(s, "effective = 2026-12-01", "effective = "+v.effective, 1)
			s = strings.Replace(s, `jurisdictions = ["mx-lfpdppp"]`, "jurisdictions = "+law, 1)
			d, err := Parse("notice.toml", []byte(s))
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, Release{Declaration: d})
		}
		return out
	}
	for _, tc := range []struct{ law, want string }{
		{`["mx-lfpdppp"]`, "> Una nueva versión de este aviso de privacidad, la versión 2.0.0, entrará en vigor el 1 de marzo de 2027."},
		{`["gdpr"]`, "> Una nueva versión de esta política, la versión 2.0.0, entrará en vigor el 1 de marzo de 2027."},
	} {
		h, err := NewHistory(versions(tc.law), Date{2027, 1, 15})
		if err != nil {
			t.Fatal(err)
		}
		site, err := BuildHistory(h, Options{Locales: []Locale{Spanish}, Formats: []Format{FormatMarkdown}})
		if err != nil {
			t.Fatal(err)
		}
		if summary := string(site.Files["es/summary.md"]); !strings.Contains(summary, tc.want) {
			t.Errorf("%s: es/summary.md has no %q:\n%s", tc.law, tc.want, summary[:min(len(summary), 600)])
		}
	}
}

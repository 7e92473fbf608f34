package main

import (
	"bytes"
	"os"
	"os/exec"
	"path"
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
// addresses (which stayed .md links), anchors, hreflang alternates, and
// the glance on each language's home page.
// CI runs it with Debian's Hugo 0.111.3, the oldest the README states;
// without hugo it is skipped, or fails with NOTICEGEN_REQUIRE_HUGO=1.
func TestHugoExample(t *testing.T) {
	hugo := hugoTool(t)
	version, err := exec.Command(hugo, "version").Output()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%s", bytes.TrimSpace(version))

	site := exampleSite(t, "hugo")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"build", "../../examples/shop/notice.toml", "--format", "md", "--front-matter", "yaml", "--out", filepath.Join(site, "privacy"), "-q"}, &stdout, &stderr); code != 0 {
		t.Fatalf("noticegen build: exit %d: %s", code, stderr.String())
	}
	runHugo(t, hugo, site)
	read := func(path string) string { return readPublished(t, filepath.Join(site, "public"), path) }
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
		// The glance, on the home page as a site would show it.
		home := strings.TrimSuffix(dir, "privacy/")
		if page := read(home + "index.html"); !strings.Contains(page, `<aside class="privacy-glance"`) ||
			!strings.Contains(page, `<strong>Atelier Lumen SAS</strong>`) || !strings.Contains(page, `href="`+dir+`summary/#choices"`) {
			t.Errorf("%s home page: no glance linking to %ssummary/#choices", l, dir)
		}
	}
}

// historyProject makes a git repository in which notice.toml went through
// the four releases of examples/history, each committed a month before it
// took effect, so that built as of 2026-11-30, 2.0.0 is in force and 2.1.0
// takes effect on 1 January 2027.
func historyProject(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dir := t.TempDir()
	for _, r := range []struct{ version, date string }{
		{"1.0.0", "2026-02-01T10:00:00Z"}, {"1.1.0", "2026-05-01T10:00:00Z"},
		{"2.0.0", "2026-08-01T10:00:00Z"}, {"2.1.0", "2026-11-15T10:00:00Z"},
	} {
		b, err := os.ReadFile("../../examples/history/releases/" + r.version + ".toml")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "notice.toml"), b, 0o644); err != nil {
			t.Fatal(err)
		}
		for _, args := range [][]string{{"init", "-q"}, {"add", "notice.toml"}, {"commit", "-q", "-m", r.version}} {
			if args[0] == "init" && r.version != "1.0.0" {
				continue
			}
			cmd := exec.Command("git", args...)
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com",
				"GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com", "GIT_CONFIG_GLOBAL=/dev/null",
				"GIT_AUTHOR_DATE="+r.date, "GIT_COMMITTER_DATE="+r.date)
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("git %v: %v\n%s", args, err, out)
			}
		}
	}
	return dir
}

// buildHistoryInto runs noticegen build --history as of 2026-11-30 in the
// repository dir, writing Markdown with YAML front matter into out.
func buildHistoryInto(t *testing.T, dir, out string) {
	t.Helper()
	t.Chdir(dir)
	var stdout, stderr bytes.Buffer
	if code := run([]string{"build", "notice.toml", "--history", "--today", "2026-11-30", "--format", "md", "--front-matter", "yaml", "--out", out, "-q"}, &stdout, &stderr); code != 0 {
		t.Fatalf("noticegen build --history: exit %d: %s", code, stderr.String())
	}
}

// TestHugoHistory follows the history part of examples/hugo/README.md: the
// history of examples/history built as Markdown into the example site and
// published by a real Hugo. The version in force announces the next one
// and links to the versions page; the versions page lists every version,
// linking to its pages; an archived version says it is no longer in
// force, links to the version in force and its own entry, and is kept out
// of search engines; every link to a .md file became a page address that
// Hugo published, and every anchor it names exists.
func TestHugoHistory(t *testing.T) {
	hugo := hugoTool(t)
	site := exampleSite(t, "hugo")
	buildHistoryInto(t, historyProject(t), filepath.Join(site, "privacy"))
	runHugo(t, hugo, site)
	public := filepath.Join(site, "public")
	checkPublishedLinks(t, public, func(href string) string {
		if strings.HasSuffix(href, "/") {
			return href + "index.html"
		}
		return href
	})
	read := func(path string) string { return readPublished(t, public, path) }
	summary := read("fr/privacy/summary/index.html")
	wantAll(t, "French summary in force", summary,
		"<p>Une nouvelle version de cette politique, la version 2.1.0, entre en vigueur le 1er\u00a0janvier 2027.</p>",
		`<a href="/fr/privacy/v/2.1.0/fr/summary/">`,
		`<a href="/fr/privacy/versions/">`)
	versions := read("fr/privacy/versions/index.html")
	wantAll(t, "French versions page", versions, `id="v1.0.0"`, `id="v2.1.0"`,
		`<a href="/fr/privacy/v/1.0.0/fr/summary/">`, `<a href="/fr/privacy/v/2.0.0/fr/policy/">`)
	old := read("fr/privacy/v/1.0.0/fr/policy/index.html")
	wantAll(t, "French 1.0.0", old,
		`<meta name="robots" content="noindex">`,
		"Cette version n&rsquo;est plus en vigueur.",
		`<a href="/fr/privacy/policy/">`,
		`<a href="/fr/privacy/versions/#v1.0.0">`,
		`<link rel="alternate" hreflang="en" href="https://example.com/privacy/v/1.0.0/en/policy/">`)
	if strings.Contains(summary, "noindex") {
		t.Error("the summary in force is kept out of search engines")
	}
	if list := read("privacy/index.html"); strings.Contains(list, "/v/") {
		t.Errorf("the privacy section lists archived versions:\n%s", list)
	}
}

var publishedHref = regexp.MustCompile(`href="([^"#]*)(?:#([^"]*))?"`)

// checkPublishedLinks follows every link within the site of every HTML
// page under public: none may stay a link to a .md file, each must lead to
// a published file (file maps an address to it), and to an id in it when
// it names one.
func checkPublishedLinks(t *testing.T, public string, file func(href string) string) {
	t.Helper()
	pages := 0
	err := filepath.WalkDir(public, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(p) != ".html" {
			return err
		}
		pages++
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(public, p)
		for _, m := range publishedHref.FindAllStringSubmatch(string(b), -1) {
			href, frag := m[1], m[2]
			if strings.Contains(href, ":") {
				continue // https:, mailto:
			}
			if strings.Contains(href, ".md") {
				t.Errorf("%s: a link to a .md file was left as it is: %s", rel, href)
				continue
			}
			switch {
			case href == "": // #id, within the page
				href = "/" + filepath.ToSlash(rel)
			case !strings.HasPrefix(href, "/"):
				href = path.Join("/", path.Dir(filepath.ToSlash(rel)), href)
				if strings.HasSuffix(m[1], "/") {
					href += "/"
				}
			}
			target, err := os.ReadFile(filepath.Join(public, filepath.FromSlash(file(href))))
			if err != nil {
				t.Errorf("%s: link %s leads to no published file", rel, href)
				continue
			}
			if frag != "" && !bytes.Contains(target, []byte(`id="`+frag+`"`)) {
				t.Errorf("%s: link %s#%s leads to no id %q", rel, href, frag, frag)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if pages < 40 {
		t.Errorf("only %d pages published", pages)
	}
}

func wantAll(t *testing.T, name, page string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(page, w) {
			t.Errorf("%s: no %s", name, w)
		}
	}
}

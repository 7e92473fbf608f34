package generator

import (
	"bytes"
	"flag"
	"fmt"
	"html"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/noticegen/noticegen/templates"
)

var update = flag.Bool("update", false, "rewrite golden files and the examples' built output")

func loadFile(t testing.TB, path string) *Declaration {
	t.Helper()
	d, err := Load(os.DirFS(filepath.Dir(path)), filepath.Base(path))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// loadEdited parses the declaration at path as it is (before) and with
// each old text replaced by its new one, given as old, new pairs (after),
// for tests of what a change calls for. Each old text must be there.
func loadEdited(t testing.TB, path string, edits ...string) (before, after *Declaration) {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(edits); i += 2 {
		if !strings.Contains(string(src), edits[i]) {
			t.Fatalf("%s has no %q", path, edits[i])
		}
	}
	if before, err = Parse(path, src); err != nil {
		t.Fatal(err)
	}
	if after, err = Parse(path, []byte(strings.NewReplacer(edits...).Replace(string(src)))); err != nil {
		t.Fatal(err)
	}
	return before, after
}

func examples(t testing.TB) []string {
	t.Helper()
	paths, err := filepath.Glob("../examples/*/notice.toml")
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) < 2 {
		t.Fatalf("want at least two examples in examples/*/notice.toml, found %d", len(paths))
	}
	return paths
}

// readTree returns every file under dir by slash path.
func readTree(t testing.TB, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// TestExamples rebuilds every example and compares the result, byte for
// byte, with the output committed beside it in examples/<name>/dist, so the
// examples cannot rot. Run with -update to rewrite them, and review the diff.
func TestExamples(t *testing.T) {
	for _, p := range examples(t) {
		name := filepath.Base(filepath.Dir(p))
		t.Run(name, func(t *testing.T) {
			d := loadFile(t, p)
			opts := Options{}
			if d.Store != nil {
				// An app's example also keeps its store labels.
				opts.Formats = Formats
			}
			site, err := Build(d, opts)
			if err != nil {
				t.Fatal(err)
			}
			compareTree(t, site, filepath.Join(filepath.Dir(p), "dist"))
		})
	}
}

// compareTree compares a built site, byte for byte, with the output
// committed in dist; with -update it rewrites dist instead.
func compareTree(t *testing.T, site *Site, dist string) {
	t.Helper()
	if *update {
		if err := WriteDir(t.Context(), site, dist); err != nil {
			t.Fatal(err)
		}
		return
	}
	committed := readTree(t, dist)
	if !bytes.Equal(committed[".noticegen"], Manifest(site)) {
		t.Errorf(".noticegen does not list the files built; run go test ./generator -update")
	}
	delete(committed, ".noticegen")
	for _, path := range site.Paths() {
		want, ok := committed[path]
		if !ok {
			t.Errorf("%s: built but not committed; run go test ./generator -update", path)
			continue
		}
		if !bytes.Equal(site.Files[path], want) {
			t.Errorf("%s differs from the committed output; run go test ./generator -update and review the diff", path)
		}
	}
	for path := range committed {
		if _, ok := site.Files[path]; !ok {
			t.Errorf("%s: committed but no longer built", path)
		}
	}
}

// TestExampleSummariesReadInTwoMinutes holds the examples to the layers'
// purposes: the summary reads within the budget its declaration sets
// ([check] max_summary_minutes, two minutes unless it says otherwise), and
// the glance that opens it in 30 seconds, in every locale.
func TestExampleSummariesReadInTwoMinutes(t *testing.T) {
	for _, p := range examples(t) {
		d := loadFile(t, p)
		site, err := Build(d, Options{})
		if err != nil {
			t.Fatal(err)
		}
		budget := 120
		if m := d.Check.MaxSummaryMinutes; m > 0 {
			budget = 60 * m
		}
		for l, docs := range site.Documents {
			if s := docs["summary"].Reading.Seconds; s > budget {
				t.Errorf("%s %s: summary takes %d s to read, want %d s or less", p, l, s, budget)
			}
			if s := docs["glance"].Reading.Seconds; s > 30 {
				t.Errorf("%s %s: glance takes %d s to read, want 30 s or less", p, l, s)
			}
		}
	}
}

// TestBuildDeterministic builds each example twice in this process and once
// in a child process with another time zone and GOMAXPROCS, and wants the
// same bytes every time.
func TestBuildDeterministic(t *testing.T) {
	if os.Getenv("NOTICEGEN_DETERMINISM_CHILD") != "" {
		for _, p := range examples(t) {
			site, err := Build(loadFile(t, p), Options{})
			if err != nil {
				t.Fatal(err)
			}
			out := filepath.Join(os.Getenv("NOTICEGEN_DETERMINISM_OUT"), filepath.Base(filepath.Dir(p)))
			if err := WriteDir(t.Context(), site, out); err != nil {
				t.Fatal(err)
			}
		}
		return
	}
	if testing.Short() {
		t.Skip("starts a child process")
	}
	other := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestBuildDeterministic$")
	cmd.Env = append(os.Environ(), "NOTICEGEN_DETERMINISM_CHILD=1", "NOTICEGEN_DETERMINISM_OUT="+other,
		"TZ=Pacific/Kiritimati", "GOMAXPROCS=1", "LANG=fr_FR.UTF-8")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("child build: %v\n%s", err, out)
	}
	for _, p := range examples(t) {
		name := filepath.Base(filepath.Dir(p))
		a, err := Build(loadFile(t, p), Options{})
		if err != nil {
			t.Fatal(err)
		}
		b, err := Build(loadFile(t, p), Options{})
		if err != nil {
			t.Fatal(err)
		}
		c := readTree(t, filepath.Join(other, name))
		if !bytes.Equal(c[".noticegen"], Manifest(a)) {
			t.Errorf("%s .noticegen: the build under TZ=Pacific/Kiritimati GOMAXPROCS=1 differs", name)
		}
		delete(c, ".noticegen")
		if !slices.Equal(a.Paths(), b.Paths()) || len(c) != len(a.Files) {
			t.Fatalf("%s: the builds have different files", name)
		}
		for _, path := range a.Paths() {
			if !bytes.Equal(a.Files[path], b.Files[path]) {
				t.Errorf("%s %s: two builds in one process differ", name, path)
			}
			if !bytes.Equal(a.Files[path], c[path]) {
				t.Errorf("%s %s: the build under TZ=Pacific/Kiritimati GOMAXPROCS=1 differs", name, path)
			}
		}
	}
}

// TestWriteDirAtomic checks that a build that cannot be completed leaves
// the previous output as it was, and that a directory noticegen did not
// write is never replaced.
func TestWriteDirAtomic(t *testing.T) {
	root := t.TempDir()
	out := filepath.Join(root, "dist")
	first := &Site{Files: map[string][]byte{"notice.json": []byte("{}\n"), "en/summary.md": []byte("old\n")}}
	if err := WriteDir(t.Context(), first, out); err != nil {
		t.Fatal(err)
	}

	// A file cannot be written under a path that is itself a file: the
	// second write fails halfway, after writing "a.md".
	broken := &Site{Files: map[string][]byte{"a.md": []byte("new\n"), "a.md/b.md": []byte("x\n"), "notice.json": []byte("{\"new\":1}\n")}}
	if err := WriteDir(t.Context(), broken, out); err == nil {
		t.Fatal("WriteDir succeeded on a site that cannot be written")
	}
	got := readTree(t, out)
	if len(got) != 3 || string(got["en/summary.md"]) != "old\n" || string(got["notice.json"]) != "{}\n" {
		t.Errorf("a failed write changed the previous output: %q", got)
	}
	entries, _ := os.ReadDir(root)
	if len(entries) != 1 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("a failed write left files beside the output: %v", names)
	}

	// A successful write replaces the output whole.
	second := &Site{Files: map[string][]byte{"notice.json": []byte("{\"v\":2}\n")}}
	if err := WriteDir(t.Context(), second, out); err != nil {
		t.Fatal(err)
	}
	if got := readTree(t, out); len(got) != 2 || string(got["notice.json"]) != "{\"v\":2}\n" {
		t.Errorf("after a second build the output is %q", got)
	}

	// A project directory is not an output directory.
	project := filepath.Join(root, "project")
	os.MkdirAll(project, 0o755)
	os.WriteFile(filepath.Join(project, "notice.toml"), []byte("keep me"), 0o644)
	err := WriteDir(t.Context(), second, project)
	if err == nil || !strings.Contains(err.Error(), "has no .noticegen manifest") {
		t.Fatalf("WriteDir over a project directory: err = %v", err)
	}
	if b, _ := os.ReadFile(filepath.Join(project, "notice.toml")); string(b) != "keep me" {
		t.Error("WriteDir touched a directory it refused")
	}
}

func TestBuildLocaleSubset(t *testing.T) {
	d := loadFile(t, "../examples/shop/notice.toml")
	site, err := Build(d, Options{Locales: []Locale{"fr"}})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"fr/glance.html", "fr/glance.md", "fr/moments.html", "fr/moments.json", "fr/policy.html", "fr/policy.md", "fr/summary.html", "fr/summary.md", "index.html", "notice.json"}
	if got := site.Paths(); !slices.Equal(got, want) {
		t.Errorf("paths = %v, want %v", got, want)
	}
	if _, err := Build(d, Options{Locales: []Locale{"de"}}); err == nil || err.Error() != `locale "de" is not one of the notice's locales (en, fr, es, id)` {
		t.Errorf("unknown locale: err = %v", err)
	}
}

// TestSignals checks that what the policy says of GPC and Do Not Track
// follows the declaration, including when a signal is declared false.
func TestSignals(t *testing.T) {
	tests := []struct {
		signals  string
		yes, no  []string
		notFound []string
	}{
		{"gpc = true\ndnt = false", []string{"We honour the Global Privacy Control"}, []string{"We do not respond to Do Not Track"}, []string{"We honour Do Not Track"}},
		{"gpc = false\ndnt = true", []string{"We honour Do Not Track"}, []string{"We do not respond to the Global Privacy Control"}, []string{"We honour the Global Privacy Control"}},
	}
	for _, tt := range tests {
		src := strings.Replace(minimal, "[rights]", "[signals]\n"+tt.signals+"\n\n[rights]", 1)
		d, err := Parse("notice.toml", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		site, err := Build(d, Options{Locales: []Locale{English}})
		if err != nil {
			t.Fatal(err)
		}
		policy := string(site.Files["en/policy.md"])
		for _, s := range append(tt.yes, tt.no...) {
			if !strings.Contains(policy, s) {
				t.Errorf("%q: the policy does not say %q", tt.signals, s)
			}
		}
		for _, s := range tt.notFound {
			if strings.Contains(policy, s) {
				t.Errorf("%q: the policy says %q", tt.signals, s)
			}
		}
	}
}

// TestPagesAllowTheirStylesheet checks that each page's
// Content-Security-Policy allows its own style element by hash, and that
// the stylesheet neither starts nor ends with white space, which the Nu HTML
// Checker hashes differently from browsers.
func TestPagesAllowTheirStylesheet(t *testing.T) {
	pages := map[string][]byte{}
	for _, p := range examples(t) {
		site, err := Build(loadFile(t, p), Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, path := range site.Paths() {
			if strings.HasSuffix(path, ".html") {
				pages[p+":"+path] = site.Files[path]
			}
		}
	}
	report, err := NewDiffReport("v1.toml", loadFile(t, "../examples/changes/v1.toml"), "v2.toml", loadFile(t, "../examples/changes/v2.toml"), nil)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := report.WriteHTML(&b); err != nil {
		t.Fatal(err)
	}
	pages["diff.html"] = b.Bytes()

	csp := regexp.MustCompile(`style-src '([^']*)'`)
	style := regexp.MustCompile(`(?s)<style>(.*?)</style>`)
	for name, page := range pages {
		if strings.HasSuffix(name, "/glance.html") {
			continue // always a fragment, with no style of its own
		}
		src := csp.FindSubmatch(page)
		css := style.FindAllSubmatch(page, -1)
		if src == nil || len(css) != 1 {
			t.Errorf("%s: want one style-src and one style element, found %d and %d", name, len(csp.FindAll(page, -1)), len(css))
			continue
		}
		text := string(css[0][1])
		if got, want := html.UnescapeString(string(src[1])), styleHash(text); got != want {
			t.Errorf("%s: style-src allows %s, want %s, the hash of its style element", name, got, want)
		}
		if strings.TrimSpace(text) != text {
			t.Errorf("%s: the style element starts or ends with white space", name)
		}
	}
}

// TestSlotsSettleAsRenderingDoes builds every example, and the review and
// law fixtures, twice: settling reading times with slots, as builds do,
// and by rendering each pass again. Every file must be the same, byte for
// byte, in every format. A user's template that hides a slot (here, one
// that puts the policy's reading time in a table header, which the page
// repeats in data-label attributes) is settled the slow way, and states
// the time the policy takes.
func TestSlotsSettleAsRenderingDoes(t *testing.T) {
	paths := examples(t)
	for _, glob := range []string{"testdata/review/*.toml", "testdata/laws/*.toml"} {
		more, err := filepath.Glob(glob)
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, more...)
	}
	build := func(d *Declaration, opts Options, slowly bool) *Site {
		t.Helper()
		settleSlowly = slowly
		defer func() { settleSlowly = false }()
		site, err := Build(d, opts)
		if err != nil {
			t.Fatal(err)
		}
		return site
	}
	for _, p := range paths {
		d := loadFile(t, p)
		opts := Options{Formats: []Format{FormatMarkdown, FormatHTML, FormatJSON}}
		before := slowSettles.Load()
		fast := build(d, opts, false)
		if n := slowSettles.Load() - before; n != 0 {
			t.Errorf("%s: %d documents settled by rendering again, not with slots", p, n)
		}
		slow := build(d, opts, true)
		if !slices.Equal(fast.Paths(), slow.Paths()) {
			t.Fatalf("%s: files %v, rendering again %v", p, fast.Paths(), slow.Paths())
		}
		for _, f := range fast.Paths() {
			if !bytes.Equal(fast.Files[f], slow.Files[f]) {
				t.Errorf("%s: %s differs from what rendering each pass again makes", p, f)
			}
		}
	}

	// diff builds the text alone, and settles it with slots too.
	before := slowSettles.Load()
	if _, err := NewDiffReport("v1.toml", loadFile(t, "../examples/changes/v1.toml"), "v2.toml", loadFile(t, "../examples/changes/v2.toml"), nil); err != nil {
		t.Fatal(err)
	}
	if n := slowSettles.Load() - before; n != 0 {
		t.Errorf("diff: %d documents settled by rendering again, not with slots", n)
	}

	policy, err := fs.ReadFile(templates.FS(), templates.Policy)
	if err != nil {
		t.Fatal(err)
	}
	header := []byte("\n| {{.Reading.Policy}} |\n| --- |\n| x |\n")
	overlay := fstest.MapFS{templates.Policy: {Data: append(policy, header...)}}
	d := loadFile(t, "../examples/shop/notice.toml")
	before = slowSettles.Load()
	site := build(d, Options{Templates: overlay, Locales: []Locale{English}, Formats: []Format{FormatMarkdown, FormatHTML}}, false)
	if slowSettles.Load() == before {
		t.Error("a slot the page repeats in attributes was filled, not settled by rendering again")
	}
	want := fmt.Sprintf("about %d minutes", site.Documents[English]["policy"].Reading.Minutes)
	if md := string(site.Files["en/policy.md"]); !strings.Contains(md, "| "+want+" |") {
		t.Errorf("a template's table header states no %q:\n%s", want, md[len(md)-200:])
	}
	if page := string(site.Files["en/policy.html"]); !strings.Contains(page, `data-label="`+want+`"`) {
		t.Errorf("the page's table states no %q", want)
	}

	// A heading that states the time is filled like the text under it.
	heading := []byte("\n## Read in {{.Reading.Policy}} {#read}\n\nText.\n")
	overlay = fstest.MapFS{templates.Policy: {Data: append(policy, heading...)}}
	before = slowSettles.Load()
	site = build(d, Options{Templates: overlay, Locales: []Locale{English}, Formats: []Format{FormatMarkdown, FormatHTML}}, false)
	if slowSettles.Load() != before {
		t.Error("a heading that states the time was settled by rendering again, not with slots")
	}
	doc := site.Documents[English]["policy"]
	want = fmt.Sprintf("Read in about %d minutes", doc.Reading.Minutes)
	if s := doc.Sections[len(doc.Sections)-1]; s.Anchor != "read" || s.Heading != want {
		t.Errorf("last section = %q %q, want read %q", s.Anchor, s.Heading, want)
	}
}

func TestFillSlots(t *testing.T) {
	fill := map[string]string{"\x01a\x01": "one", "\x01b\x01": ""}
	for in, want := range map[string]string{
		"":                        "",
		"plain":                   "plain",
		"\x01a\x01":               "one",
		"x \x01a\x01, \x01b\x01.": "x one, .",
		"\x01c\x01 \x01a\x01":     "\x01c\x01 one",
		"half \x01a":              "half \x01a",
	} {
		if got := fillSlots(in, fill); got != want {
			t.Errorf("fillSlots(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTidyMarkdown(t *testing.T) {
	for in, want := range map[string]string{
		"":                                   "\n",
		"# T\n":                              "# T\n",
		"\n\n# T  \n\n\n\ntext\t\n  \n- a\n": "# T\n\ntext\n\n- a\n",
		"a\n \n\t\nb":                        "a\n\nb\n",
		"\u00a0a\u00a0\n\n":                  "a\n",
		"  indented\n":                       "indented\n",
		"a\r\n\r\nb":                         "a\r\n\r\nb\n",
	} {
		if got := string(tidyMarkdown([]byte(in))); got != want {
			t.Errorf("tidyMarkdown(%q) = %q, want %q", in, got, want)
		}
	}
}

package generator

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// addFuzzSeeds seeds a fuzz target with the examples, the minimal
// declaration, hostile text in a label and a description, and the
// reproducers of the characters the loader refuses, so that mutation
// starts next to every case that once broke an output.
func addFuzzSeeds(f *testing.F) {
	paths, _ := filepath.Glob("../examples/*/*.toml")
	laws, _ := filepath.Glob("testdata/laws/*.toml") // each law's own sentences and rules
	for _, p := range append(paths, laws...) {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(minimal))
	label := `label = { en = "Orders", fr = "Commandes" }`
	for _, h := range hostile {
		q := tomlString(h)
		f.Add([]byte(strings.Replace(minimal, label, "label = { en = "+q+", fr = "+q+" }\ndescription = { en = "+q+", fr = "+q+" }", 1)))
	}
	for _, r := range [][2]string{
		{`name = "Example SAS"`, `name = "Acme\n\n# Injected"`},
		{label, `label = { en = "Orders\r# Injected", fr = "Commandes" }`},
		{label, `label = { en = "We keep it for \u202eskeew 2\u202c only.", fr = "Commandes" }`},
		{label, `label = { en = "Orders\u001b[2J", fr = "Commandes\u200b" }`},
		{label, "label = { en = \"Orders\\n\\n## Injected\\n- item\", fr = \"Commandes\\n1. un\" }"},
	} {
		f.Add([]byte(strings.Replace(minimal, r[0], r[1], 1)))
	}
}

// fuzzParse parses fuzz input, skipping what the loader refuses: FuzzLoad
// already holds the loader to its promises.
func fuzzParse(t *testing.T, src []byte) *Declaration {
	d, err := Parse("fuzz.toml", src)
	if err != nil {
		t.Skip()
	}
	return d
}

// FuzzBuild builds every declaration the loader accepts with each kind of
// option (formats, front matter, fragment, previous version, base URL) and
// holds the output to its promises: the same bytes on a second build,
// valid JSON, no markup and no control character from the text, and the
// same block structure (headings, paragraphs, lists, tables) as the same
// declaration with every text replaced by "x": text cannot add structure.
func FuzzBuild(f *testing.F) {
	addFuzzSeeds(f)
	previous, err := Parse("previous.toml", []byte(minimal))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		d := fuzzParse(t, src)
		for i, opts := range []Options{
			{},
			{Fragment: true, FrontMatter: FrontMatterTOML, Formats: []Format{FormatMarkdown, FormatHTML}},
			{FrontMatter: FrontMatterYAML, BaseURL: "https://example.com/privacy/", Previous: previous},
		} {
			site, err := Build(d, opts)
			if err != nil {
				t.Fatalf("options %d: a declaration the loader accepts fails to build: %v", i, err)
			}
			again, err := Build(d, opts)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(site.Files, again.Files) {
				t.Fatalf("options %d: a second build gave different files", i)
			}
			for _, p := range site.Paths() {
				b := site.Files[p]
				label := fmt.Sprintf("options %d", i)
				if strings.HasSuffix(p, ".json") && !json.Valid(b) {
					t.Errorf("%s: %s is not valid JSON", label, p)
				}
				if strings.HasSuffix(p, ".md") || strings.HasSuffix(p, ".html") {
					checkNoMarkup(t, label, p, string(b))
				}
				if r, at := firstControl(string(b)); at >= 0 {
					t.Errorf("%s: %s holds %U at byte %d", label, p, r, at)
				}
			}
			if opts.Previous != nil {
				continue // what changed since differs with the text, and so its list
			}
			bare, err := Build(withTextsX(t, src), opts)
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range site.Paths() {
				var got, want []string
				switch {
				case strings.HasSuffix(p, ".md"):
					got, want = markdownBlocks(site.Files[p]), markdownBlocks(bare.Files[p])
				case strings.HasSuffix(p, ".html"):
					got, want = htmlBlocks(site.Files[p]), htmlBlocks(bare.Files[p])
				default:
					continue
				}
				if !slices.Equal(got, want) {
					t.Errorf("options %d: %s: the text changed the structure:\n got %v\nwant %v", i, p, got, want)
				}
			}
		}
	})
}

// FuzzDiff diffs every declaration the loader accepts against itself and
// against a fixed notice, in every format: a self-diff is empty, each
// report is the same bytes on a second run, JSON is valid, the Markdown
// change table has one row a change, and neither text nor Markdown holds a
// control character from the declaration.
func FuzzDiff(f *testing.F) {
	addFuzzSeeds(f)
	fixed, err := Parse("fixed.toml", []byte(minimal))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		d := fuzzParse(t, src)
		self, err := NewDiffReport("a", d, "b", d, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !self.Changes.Empty() {
			t.Errorf("a declaration differs from itself: %v", self.Changes.List)
		}
		for _, r := range self.Redlines {
			if r.Changed() {
				t.Errorf("the %s %s redline of a declaration against itself shows changes", r.Locale, r.Kind)
			}
		}
		for _, pair := range [][2]*Declaration{{fixed, d}, {d, fixed}} {
			var runs [2]map[string][]byte
			for i := range runs {
				r, err := NewDiffReport("old", pair[0], "new", pair[1], nil)
				if err != nil {
					t.Fatal(err)
				}
				runs[i] = diffFormats(t, r)
				if i == 0 {
					rows := 0
					for _, line := range strings.Split(string(runs[i]["md"]), "\n") {
						if strings.HasPrefix(line, "| ") {
							rows++
						}
					}
					// The table of changes and the table of stale
					// translations, each with its header and rule.
					if want := len(r.Changes.List) + 2*min(1, len(r.Changes.List)) + len(r.Stale) + 2*min(1, len(r.Stale)); rows != want {
						t.Errorf("the Markdown report has %d table lines for %d changes and %d stale translations:\n%s", rows, len(r.Changes.List), len(r.Stale), runs[i]["md"])
					}
				}
			}
			if !reflect.DeepEqual(runs[0], runs[1]) {
				t.Fatal("a second diff gave a different report")
			}
			if !json.Valid(runs[0]["json"]) {
				t.Errorf("the JSON report is not valid JSON")
			}
			checkNoMarkup(t, "diff", "diff.html", string(runs[0]["html"]))
			for _, format := range []string{"text", "md", "html", "json"} {
				if r, at := firstControl(string(runs[0][format])); at >= 0 {
					t.Errorf("the %s report holds %U at byte %d", format, r, at)
				}
			}
		}
	})
}

// diffFormats writes a report in every format, text without colour.
func diffFormats(t *testing.T, r *DiffReport) map[string][]byte {
	var txt, md, html, js bytes.Buffer
	for _, err := range []error{r.WriteText(&txt, false), r.WriteMarkdown(&md, MarkdownOptions{}), r.WriteHTML(&html), r.WriteJSON(&js)} {
		if err != nil {
			t.Fatal(err)
		}
	}
	return map[string][]byte{"text": txt.Bytes(), "md": md.Bytes(), "html": html.Bytes(), "json": js.Bytes()}
}

// firstControl returns the first character of s that no output may hold
// (a control character other than a line break or tab, or a bidirectional
// control) and its byte offset, or -1.
func firstControl(s string) (rune, int) {
	for i, r := range s {
		if refusedRune(r, false) != "" {
			return r, i
		}
	}
	return 0, -1
}

// withTextsX parses the declaration again and makes every locale text and
// every name, address, phone and version "x": what the notice would look
// like if its text could carry no structure.
func withTextsX(t *testing.T, src []byte) *Declaration {
	t.Helper()
	d, err := Parse("fuzz.toml", src)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[any]bool{}
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer:
			if v.IsNil() || seen[v.Interface()] {
				return
			}
			seen[v.Interface()] = true
			walk(v.Elem())
		case reflect.Slice:
			for i := range v.Len() {
				walk(v.Index(i))
			}
		case reflect.Map:
			if v.Type() == reflect.TypeFor[Text]() {
				for _, k := range v.MapKeys() {
					v.SetMapIndex(k, reflect.ValueOf("x"))
				}
			}
		case reflect.Struct:
			for i := range v.NumField() {
				field, ft := v.Field(i), v.Type().Field(i)
				if !ft.IsExported() {
					continue
				}
				if ft.Type.Kind() == reflect.String && slices.Contains([]string{"Name", "Address", "Phone", "Version"}, ft.Name) && field.String() != "" {
					field.SetString("x")
					continue
				}
				walk(field)
			}
		}
	}
	walk(reflect.ValueOf(d))
	return d
}

// markdownBlocks lists the block structure of a Markdown file, front
// matter aside: each block node's kind, with a heading's level.
func markdownBlocks(md []byte) []string {
	if rest, ok := bytes.CutPrefix(md, []byte("---\n")); ok {
		_, md, _ = bytes.Cut(rest, []byte("\n---\n"))
	} else if rest, ok := bytes.CutPrefix(md, []byte("+++\n")); ok {
		_, md, _ = bytes.Cut(rest, []byte("\n+++\n"))
	}
	doc := markdown.Parser().Parse(text.NewReader(md))
	var out []string
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering && n.Type() == ast.TypeBlock {
			k := n.Kind().String()
			if h, ok := n.(*ast.Heading); ok {
				k += fmt.Sprint(h.Level)
			}
			out = append(out, k)
		}
		return ast.WalkContinue, nil
	})
	return out
}

// blockTag matches the opening and closing tags that give a page its
// structure; inline tags (em, code, a) that text may legitimately use are
// left out.
var blockTag = regexp.MustCompile(`</?(h[1-6]|p|ul|ol|li|dl|dt|dd|table|thead|tbody|tr|td|th|section|article|nav|main|header|footer|aside|div|blockquote|pre|hr|details|summary|form|script|style|iframe|img|object|embed)\b`)

func htmlBlocks(html []byte) []string {
	var out []string
	for _, m := range blockTag.FindAll(html, -1) {
		out = append(out, string(m))
	}
	return out
}

// FuzzMomentText: sentences rendered together come out exactly as each
// rendered alone, whatever they hold, and without HTML as the plain text
// of rendering with it.
func FuzzMomentText(f *testing.F) {
	f.Add("If you agree, we use your **email**.", "Kept: 13 months.", "See [the policy](https://example.com).")
	f.Add("[x]: https://example.com\ntext", "[x]", "- a")
	f.Add("a\n\nb", "", "```")
	f.Add("a\n===", "    code", "<div>")
	f.Fuzz(func(t *testing.T, a, b, c string) {
		sentences := []string{a, b, c}
		plain, html, err := momentText(sentences, true)
		if err != nil {
			t.Skip()
		}
		ePlain, eHTML, err := momentTextEach(sentences, true)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(plain, ePlain) || !slices.Equal(html, eHTML) {
			t.Errorf("%q: together %q %q, alone %q %q", sentences, plain, html, ePlain, eHTML)
		}
		tPlain, tHTML, err := momentText(sentences, false)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(tPlain, ePlain) || tHTML != nil {
			t.Errorf("%q: without HTML %q %q, with it %q", sentences, tPlain, tHTML, ePlain)
		}
	})
}

// FuzzTidyMarkdown: tidyMarkdown, one pass over bytes, does what its
// definition says: every line trimmed of trailing spaces and tabs, runs of
// blank lines collapsed into one and dropped at the start, the whole
// trimmed and ended with one line break.
func FuzzTidyMarkdown(f *testing.F) {
	for _, s := range []string{"", "# T\n\n\n\ntext  \n", "\u00a0a\n \n\t\nb\r\n", "  x\n\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var out []string
		blank := true
		for _, l := range strings.Split(s, "\n") {
			l = strings.TrimRight(l, " \t")
			if l == "" {
				if blank {
					continue
				}
				blank = true
			} else {
				blank = false
			}
			out = append(out, l)
		}
		want := strings.TrimSpace(strings.Join(out, "\n")) + "\n"
		if got := string(tidyMarkdown([]byte(s))); got != want {
			t.Errorf("tidyMarkdown(%q) = %q, want %q", s, got, want)
		}
	})
}

// FuzzWordDiff: the segments of a redline rebuild both texts exactly, and
// no change starts or ends inside a word of the text around it.
func FuzzWordDiff(f *testing.F) {
	f.Add("Kept: 13 months.", "Kept: 2 years.")
	f.Add("the colour red", "the color red")
	f.Add("We keep your email for 30 days.", "We keep your email address for 90 days.")
	f.Add("Les données « sensibles » : l’adresse.", "Les données sensibles : l’adresse postale.")
	f.Add("abc abd abe", "xbc xbd")
	f.Fuzz(func(t *testing.T, a, b string) {
		if !utf8.ValidString(a) || !utf8.ValidString(b) {
			t.Skip()
		}
		segs := WordDiff(a, b)
		var ra, rb strings.Builder
		for i, s := range segs {
			if s.Op != Insert {
				ra.WriteString(s.Text)
			}
			if s.Op != Delete {
				rb.WriteString(s.Text)
			}
			if i > 0 && (s.Op == Equal) != (segs[i-1].Op == Equal) && endsInWord(segs[i-1].Text) && startsInWord(s.Text) {
				t.Errorf("%q -> %q: a change's edge inside a word: %q", a, b, segs)
			}
		}
		if ra.String() != a || rb.String() != b {
			t.Errorf("%q -> %q: the segments rebuild %q and %q", a, b, ra.String(), rb.String())
		}
	})
}

package generator

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestChangesExample renders the diff of examples/changes/v1.toml against
// v2.toml in every format and compares it with the committed output, so a
// reviewer sees any change to the diff's output as a diff of these files.
// Run go test ./generator -update to rewrite them.
func TestChangesExample(t *testing.T) {
	dir := "../examples/changes"
	old := loadFile(t, filepath.Join(dir, "v1.toml"))
	new := loadFile(t, filepath.Join(dir, "v2.toml"))
	report, err := NewDiffReport("v1.toml", old, "v2.toml", new, nil)
	if err != nil {
		t.Fatal(err)
	}
	levels := map[Level]bool{}
	for _, c := range report.Changes.List {
		levels[c.Level] = true
	}
	for _, l := range []Level{Editorial, Notable, Material, MaterialConsent} {
		if !levels[l] {
			t.Errorf("the example pair has no %s change", l)
		}
	}
	for name, write := range map[string]func(*bytes.Buffer) error{
		"diff.txt":  func(b *bytes.Buffer) error { return report.WriteText(b, false) },
		"diff.md":   func(b *bytes.Buffer) error { return report.WriteMarkdown(b, MarkdownOptions{}) },
		"diff.html": func(b *bytes.Buffer) error { return report.WriteHTML(b) },
		"diff.json": func(b *bytes.Buffer) error { return report.WriteJSON(b) },
	} {
		var b bytes.Buffer
		if err := write(&b); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, name)
		if *update {
			if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v; run go test ./generator -update", err)
		}
		if !bytes.Equal(b.Bytes(), want) {
			t.Errorf("%s differs from the committed output; run go test ./generator -update and review the diff", name)
		}
	}
}

func TestIdenticalDeclarations(t *testing.T) {
	d := loadFile(t, "../examples/app/notice.toml")
	report, err := NewDiffReport("a.toml", d, "b.toml", d, nil)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := report.WriteText(&b, false); err != nil {
		t.Fatal(err)
	}
	if got := b.String(); got != "No changes: the declarations are the same.\n" {
		t.Errorf("identical declarations: %q", got)
	}
}

// TestSameTextBuiltOnce: two declarations of the same text, one with
// Windows line endings, are built once and each document compared with
// itself; the redlines are those of building both sides (every section of
// every document, none changed).
func TestSameTextBuiltOnce(t *testing.T) {
	src, err := os.ReadFile("../examples/shop/notice.toml")
	if err != nil {
		t.Fatal(err)
	}
	old, err := Parse("origin/main:notice.toml", src)
	if err != nil {
		t.Fatal(err)
	}
	new, err := Parse("notice.toml", bytes.ReplaceAll(src, []byte("\n"), []byte("\r\n")))
	if err != nil {
		t.Fatal(err)
	}
	if old.digest == ([32]byte{}) || old.digest != new.digest {
		t.Fatal("the same text, with other line endings, has no digest or another one")
	}
	once, err := NewDiffReport(old.File, old, new.File, new, nil)
	if err != nil {
		t.Fatal(err)
	}
	apart := *new
	apart.digest = [32]byte{} // as if made in code: both sides are built
	twice, err := NewDiffReport(old.File, old, new.File, &apart, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(once.Redlines) != 3*len(new.Notice.Locales) {
		t.Fatalf("%d redlines, want %d (summary, policy and moments of each locale)", len(once.Redlines), 3*len(new.Notice.Locales))
	}
	if !reflect.DeepEqual(once.Redlines, twice.Redlines) {
		t.Error("the redlines of the same text built once differ from those of both sides built")
	}
	for _, d := range once.Redlines {
		if d.Changed() || len(d.Sections) == 0 {
			t.Errorf("%s %s: changed %v, %d sections", d.Locale, d.Kind, d.Changed(), len(d.Sections))
		}
	}
}

// TestBuildPrevious checks the "What changed in this version" section that
// a build given the previous version opens with, in the summary and the
// policy of every locale, most important change first.
func TestBuildPrevious(t *testing.T) {
	old := loadFile(t, "../examples/changes/v1.toml")
	new := loadFile(t, "../examples/changes/v2.toml")
	site, err := Build(new, Options{Previous: old})
	if err != nil {
		t.Fatal(err)
	}
	want := "## What changed in this version {#what-changed}\n\n" +
		"Compared with version 1.0.0 of 1 December 2026:\n\n" +
		"- We now use your data for a new purpose: Recommendations.\n" +
		"- Data for Fraud prevention is now kept for this long: 12 months.\n" +
		"- Our contact details have changed.\n"
	for _, doc := range []string{"en/summary.md", "en/policy.md"} {
		if !bytes.Contains(site.Files[doc], []byte(want)) {
			t.Errorf("%s does not open with the changes:\n%s", doc, site.Files[doc])
		}
	}
	for _, l := range new.Notice.Locales {
		for _, kind := range []string{"summary", "policy"} {
			if !bytes.Contains(site.Files[string(l)+"/"+kind+".html"], []byte(`id="what-changed"`)) {
				t.Errorf("%s %s has no what-changed section", l, kind)
			}
		}
	}
	// Without a previous version there is no such section.
	plain, err := Build(new, Options{Locales: []Locale{English}})
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(plain.Files["en/summary.md"], []byte("what-changed")) {
		t.Error("a build without --previous has a what-changed section")
	}
}

// TestDiffComparesMoments: a diff redlines the moments too, a section a
// consent prompt or field hint, and ranks a moment by the changes to its
// purpose or data item.
func TestDiffComparesMoments(t *testing.T) {
	r, err := NewDiffReport("v1.toml", loadFile(t, "../examples/changes/v1.toml"), "v2.toml", loadFile(t, "../examples/changes/v2.toml"), []Locale{English})
	if err != nil {
		t.Fatal(err)
	}
	var moments *DocumentRedline
	for i := range r.Redlines {
		if r.Redlines[i].Kind == "moments" {
			moments = &r.Redlines[i]
		}
	}
	if moments == nil {
		t.Fatalf("no moments in the redline: %v", r.Redlines)
	}
	var changed []string
	for _, s := range moments.Sections {
		if s.Changed {
			changed = append(changed, s.Anchor)
		}
	}
	if want := []string{"choice-recommendations", "field-email", "field-name", "field-address", "field-purchases"}; !slices.Equal(changed, want) {
		t.Errorf("changed moments = %v, want %v", changed, want)
	}
	prompt := moments.Sections[slices.IndexFunc(moments.Sections, func(s SectionRedline) bool { return s.Anchor == "choice-recommendations" })]
	if len(prompt.Segments) != 1 || prompt.Segments[0].Op != Insert || !strings.Contains(prompt.Segments[0].Text, "If you agree, we use this data: purchases and pages visited.") {
		t.Errorf("the new prompt is not shown inserted: %+v", prompt.Segments)
	}
	if got, want := r.sectionLevel("moments", "choice-recommendations"), r.sectionLevel("policy", "purpose-recommendations"); got != want {
		t.Errorf("the prompt's level = %v, want its purpose's %v", got, want)
	}
}

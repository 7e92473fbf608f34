package generator

import (
	"bytes"
	"os"
	"path/filepath"
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
		"diff.md":   func(b *bytes.Buffer) error { return report.WriteMarkdown(b) },
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

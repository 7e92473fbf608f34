package generator

import (
	"strings"
	"testing"
)

// TestParseRefusesCharacters checks that no field can carry a character
// that changes the structure or the reading of an output: line breaks in
// one-line fields, carriage returns, control characters and bidirectional
// controls are refused where they are written. The TOML escapes below are
// written as the declaration would hold them.
func TestParseRefusesCharacters(t *testing.T) {
	tests := []struct {
		name    string
		replace [2]string // in minimal: old, new
		want    string
	}{
		{"line break in a name", [2]string{`name = "Example SAS"`, `name = "Acme\n\n# Injected"`},
			`notice.toml:8:8: controller.name: character 5 is a line break (U+000A); this field is one line: write it on one line, separating parts with a comma or a space`},
		{"line break in the version", [2]string{`version = "1"`, `version = "1\n- x"`},
			`notice.toml:3:11: notice.version: character 2 is a line break (U+000A); this field is one line: write it on one line, separating parts with a comma or a space`},
		{"multi-line string in an address", [2]string{`name = "Example SAS"`, "name = \"Example SAS\"\naddress = \"\"\"1 rue X\n# Paris\"\"\""},
			`notice.toml:9:11: controller.address: character 8 is a line break (U+000A); this field is one line: write it on one line, separating parts with a comma or a space`},
		{"tab in a phone", [2]string{`name = "Example SAS"`, `name = "Example SAS"` + "\n" + `phone = "+33\t1"`},
			`notice.toml:9:9: controller.phone: character 4 is a tab (U+0009); this field is one line: write it on one line, separating parts with a comma or a space`},
		{"line separator in a name", [2]string{`name = "Example SAS"`, `name = "Acme\u2028# Injected"`},
			`notice.toml:8:8: controller.name: character 5 is a line separator (U+2028); this field is one line: write it on one line, separating parts with a comma or a space`},
		{"next line in a label", [2]string{`label = { en = "Orders", fr = "Commandes" }`, `label = { en = "Orders\u0085# x", fr = "Commandes" }`},
			`notice.toml:16:16: purpose.orders.label.en: character 7 is the control character U+0085; remove it`},
		{"paragraph separator in text", [2]string{`label = { en = "Orders", fr = "Commandes" }`, `label = { en = "Orders\u2029x", fr = "Commandes" }`},
			`notice.toml:16:16: purpose.orders.label.en: character 7 is a paragraph separator (U+2029); use a line break (\n) instead`},
		{"carriage return in a label", [2]string{`label = { en = "Orders", fr = "Commandes" }`, `label = { en = "Orders\r# Injected", fr = "Commandes" }`},
			`notice.toml:16:16: purpose.orders.label.en: character 7 is a carriage return (U+000D), which ends a line in Markdown; end lines with a line break (\n) alone, or remove it`},
		{"right-to-left override", [2]string{`label = { en = "Orders", fr = "Commandes" }`, `label = { en = "We keep it for \u202eskeew 2\u202c only.", fr = "Commandes" }`},
			`notice.toml:16:16: purpose.orders.label.en: character 16 is the bidirectional control U+202E, which makes text display in a different order than it reads; remove it`},
		{"isolate in a one-locale string", [2]string{`title = { en = "T", fr = "T" }`, `title = { en = "T\u2067x\u2069", fr = "T" }`},
			`notice.toml:2:16: notice.title.en: character 2 is the bidirectional control U+2067, which makes text display in a different order than it reads; remove it`},
		{"terminal escape", [2]string{`label = { en = "Orders", fr = "Commandes" }`, `label = { en = "Orders\u001b[2J", fr = "Commandes" }`},
			`notice.toml:16:16: purpose.orders.label.en: character 7 is the control character U+001B; remove it`},
		{"NUL in a name", [2]string{`name = "Example SAS"`, `name = "Example\u0000SAS"`},
			`notice.toml:8:8: controller.name: character 8 is the control character U+0000; remove it`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantOneProblem(t, tt.replace, tt.want) })
	}
}

// TestParseKeepsMultiLineText checks that locale text may still hold line
// breaks and tabs, which InlineMarkdown flows into one line.
func TestParseKeepsMultiLineText(t *testing.T) {
	src := strings.Replace(minimal, `label = { en = "Orders", fr = "Commandes" }`, "label = { en = \"Orders\\n\\tand returns\", fr = \"Commandes\" }", 1)
	d, err := Parse("notice.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if got := d.PurposeByID("orders").Label[English]; got != "Orders\n\tand returns" {
		t.Errorf("label = %q", got)
	}
}

func TestShowInvisible(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"a\u200bb", "a⟨U+200B⟩b"},
		{"pay\u00adment\ufeff", "pay⟨U+00AD⟩ment⟨U+FEFF⟩"},
		{"x\u2060y\u200dz", "x⟨U+2060⟩y⟨U+200D⟩z"},
	}
	for _, tt := range tests {
		if got := ShowInvisible(tt.in); got != tt.want {
			t.Errorf("ShowInvisible(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

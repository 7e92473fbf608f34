package generator

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// staleBase declares a label and a description in four locales.
const staleBase = `[notice]
title = { en = "Privacy notice", fr = "Avis de confidentialité", es = "Aviso de privacidad", id = "Pemberitahuan privasi" }
version = "1"
effective = 2026-12-01
locales = ["en", "fr", "es", "id"]

[controller]
name = "Example SAS"
email = "privacy@example.com"

[data.email]
category = "contact"
label = { en = "Email", fr = "E-mail", es = "Correo electrónico", id = "Email" }

[purpose.orders]
kind = "service"
label = { en = "Orders", fr = "Commandes", es = "Pedidos", id = "Pesanan" }
description = { en = "We deliver what you buy.", fr = "Nous livrons vos achats.", es = "Entregamos lo que compra.", id = "Kami mengirim barang yang Anda beli." }
data = ["email"]
basis = "contract"
choice = "none"
retention = "2 years"

[rights]
email = "privacy@example.com"
`

func TestStaleTranslations(t *testing.T) {
	tests := []struct {
		name  string
		edits []string
		want  string
	}{
		{"the source changes, no translation does",
			[]string{`en = "Orders"`, `en = "Orders and returns"`},
			`purpose.orders.label fr: "Orders" → "Orders and returns"; purpose.orders.label es: "Orders" → "Orders and returns"; purpose.orders.label id: "Orders" → "Orders and returns"`},
		{"a translation changed with the source is not stale",
			[]string{`en = "Orders"`, `en = "Orders and returns"`, `fr = "Commandes"`, `fr = "Commandes et retours"`, `id = "Pesanan"`, `id = "Pesanan dan pengembalian"`},
			`purpose.orders.label es: "Orders" → "Orders and returns"`},
		{"a punctuation-only change of the source is editorial",
			[]string{`en = "We deliver what you buy."`, `en = "We deliver what you buy!"`},
			""},
		{"a spacing-only change of the source is editorial",
			[]string{`en = "We deliver what you buy."`, `en = "We  deliver what you buy. "`},
			""},
		{"a translation that changes alone is not stale",
			[]string{`fr = "Commandes"`, `fr = "Vos commandes"`},
			""},
		{"a new text has nothing to fall behind",
			[]string{"retention = \"2 years\"\n", "retention = \"2 years\"\nbenefit = { en = \"Faster checkout\", fr = \"Faster checkout\", es = \"Pago más rápido\", id = \"Pembayaran lebih cepat\" }\n"},
			""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := staleBase
			for i := 0; i+1 < len(tt.edits); i += 2 {
				next := strings.Replace(src, tt.edits[i], tt.edits[i+1], 1)
				if next == src {
					t.Fatalf("edit %q does not apply", tt.edits[i])
				}
				src = next
			}
			old, new := mustParseDecl(t, staleBase), mustParseDecl(t, src)
			var got []string
			for _, st := range StaleTranslations(old, new) {
				got = append(got, fmt.Sprintf("%s %s: %q → %q", st.Key, st.Locale, st.OldSource, st.NewSource))
			}
			if g := strings.Join(got, "; "); g != tt.want {
				t.Errorf("stale:\n got %s\nwant %s", g, tt.want)
			}
		})
	}
}

// TestDiffReportsStaleTranslations: every format lists them, and the
// headline counts them by locale.
func TestDiffReportsStaleTranslations(t *testing.T) {
	old := mustParseDecl(t, staleBase)
	new := mustParseDecl(t, strings.NewReplacer(`en = "Orders"`, `en = "Orders and returns"`, `id = "Pesanan"`, `id = "Pesanan dan pengembalian"`,
		`en = "Email"`, `en = "Email address"`, `es = "Correo electrónico"`, `es = "Dirección de correo electrónico"`).Replace(staleBase))
	r, err := NewDiffReport("old.toml", old, "new.toml", new, []Locale{English})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{
		// id's label of email was the English word, so it is stale too.
		"text": {"Editorial: 2 changes from old.toml to new.toml. fr, es, id: 4 stale translations.\n",
			"\n" + staleIntro + "\n  fr  data.email.label: en Email → Email address\n  id  data.email.label: en Email → Email address\n  fr  purpose.orders.label: en Orders → Orders and returns\n  es  purpose.orders.label: en Orders → Orders and returns\n"},
		"markdown": {"### Privacy notice: Editorial: 2 changes from old.toml to new.toml. fr, es, id: 4 stale translations.\n",
			"| fr | `data.email.label` | Email | Email address |\n| id | `data.email.label` | Email | Email address |\n| fr | `purpose.orders.label` | Orders | Orders and returns |\n"},
		"html": {"<h2>Stale translations</h2>", `<td data-label="Locale">es</td><td data-label="Key"><code>purpose.orders.label</code></td>`},
		"json": {`"stale_translations": [
    {
      "key": "data.email.label",
      "locale": "fr",
      "source_locale": "en",
      "old_source": "Email",
      "new_source": "Email address"
    },`},
	}
	for format, write := range map[string]func(*bytes.Buffer) error{
		"text":     func(b *bytes.Buffer) error { return r.WriteText(b, false) },
		"markdown": func(b *bytes.Buffer) error { return r.WriteMarkdown(b, MarkdownOptions{}) },
		"html":     func(b *bytes.Buffer) error { return r.WriteHTML(b) },
		"json":     func(b *bytes.Buffer) error { return r.WriteJSON(b) },
	} {
		var b bytes.Buffer
		if err := write(&b); err != nil {
			t.Fatal(err)
		}
		for _, w := range want[format] {
			if !strings.Contains(b.String(), w) {
				t.Errorf("%s has no %q:\n%s", format, w, b.String())
			}
		}
	}
}

func mustParseDecl(t *testing.T, src string) *Declaration {
	t.Helper()
	d, err := Parse("notice.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

package generator

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
)

func TestInlineMarkdown(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text", "plain text"},
		{"*emphasis* and **strong**", "*emphasis* and **strong**"},
		{"see [our form](https://example.com/form)", "see [our form](https://example.com/form)"},
		{"[mail](mailto:privacy@example.com)", "[mail](mailto:privacy@example.com)"},
		{"<https://example.com>", "[https://example.com](https://example.com)"},
		{"<script>alert(1)</script>", `\<script\>alert(1)\</script\>`},
		{`<img src=x onerror="alert(1)">`, `\<img src=x onerror="alert(1)"\>`},
		{"[click](javascript:alert(1))", "click"},
		{"[click](JaVaScRiPt:alert(1))", "click"},
		{"[click](data:text/html;base64,PHNjcmlwdD4=)", "click"},
		{"[x](vbscript:msgbox)", "x"},
		{"![tracker](https://evil.example/p.gif)", "tracker"},
		{"# Heading\n\n- item", "Heading item"},
		{"1. first", "first"},
		{"1\\. first", `1\. first`},
		{"a | b", `a \| b`},
		{"`code | pipe`", "`code \\| pipe`"},
		{"AT&T &amp; co", `AT\&T \& co`},
		{`a \*literal\* star`, `a \*literal\* star`},
		{"line one\nline two", "line one line two"},
		{"{#id} braces", `\{#id\} braces`},
		{"[a](https://x.example/a b)", `\[a\](https://x.example/a b)`}, // not a link in CommonMark
		{"[a](<https://x.example/a b>)", "[a](<https://x.example/a b>)"},
		{"[rel](/privacy#rights)", "[rel](/privacy#rights)"},
	}
	for _, tt := range tests {
		if got := InlineMarkdown(tt.in); got != tt.want {
			t.Errorf("InlineMarkdown(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func TestPlainText(t *testing.T) {
	if got := PlainText("Turn off *Nearby offers* in [settings](https://x.example)."); got != "Turn off Nearby offers in settings." {
		t.Errorf("PlainText = %q", got)
	}
}

// hostile is text meant to break out of every context a declaration string
// can land in: element content, attributes, URLs, Markdown tables and links.
var hostile = []string{
	`<script>alert("x")</script>`,
	`"><img src=x onerror=alert(1)>`,
	`' onmouseover='alert(1)`,
	`[click](javascript:alert(1))`,
	`[click](  jaVaScript:alert(1))`,
	`<a href="javascript:alert(1)">x</a>`,
	`<iframe srcdoc="<script>alert(1)</script>"></iframe>`,
	`![x](javascript:alert(1))`,
	"| cell | break |\n|---|---|\n| <script>alert(1)</script> |",
	`<svg/onload=alert(1)>`,
	"</style><script>alert(1)</script>",
	`{{.Controller}} {#evil}`,
}

// TestHostileTextNeverBecomesMarkup puts hostile strings in every text field
// of a declaration, builds it, and checks that no page contains a script,
// an event handler, a javascript: URL or any element the text tried to add.
func TestHostileTextNeverBecomesMarkup(t *testing.T) {
	for i, h := range hostile {
		text := func() string { return tomlString(h) }
		// One-line fields refuse line breaks (TestParseRefusesCharacters),
		// so they get the same text on one line.
		line := func() string { return tomlString(strings.ReplaceAll(h, "\n", " ")) }
		src := `[notice]
title = ` + text() + `
version = ` + line() + `
effective = 2026-12-01
locales = ["en"]
jurisdictions = ["gdpr", "ccpa", "uu-pdp"]
change_notice = { channels = ["email"], days = 30 }

[controller]
name = ` + line() + `
email = "privacy@example.com"
address = ` + line() + `
phone = ` + line() + `
website = "https://example.com"

[dpo]
name = ` + line() + `
email = "dpo@example.com"
address = ` + line() + `

[representative]
name = ` + line() + `
address = ` + line() + `

[authority]
name = ` + line() + `
url = "https://authority.example"

[data.email]
category = "contact"
label = ` + text() + `
source = "third-party"
source_name = ` + text() + `
required = true
if_missing = ` + text() + `

[data.location]
category = "precise-location"

[purpose.orders]
kind = "marketing"
label = ` + text() + `
description = ` + text() + `
benefit = ` + text() + `
data = ["email", "location"]
basis = "legitimate-interests"
interest = ` + text() + `
choice = "opt-out"
withdraw = ` + text() + `
retention = { period = "2 years", after = "last-activity", reason = ` + text() + ` }
automated = ` + text() + `

[purpose.other]
kind = "other"
label = ` + text() + `
data = ["email"]
basis = "consent"
choice = "opt-in"
retention = { criteria = ` + text() + ` }

[recipient.x]
name = ` + line() + `
role = "controller"
purposes = ["orders"]
country = "US"
safeguard = "scc"
sold = true
shared = true

[rights]
email = "privacy@example.com"
url = "https://example.com/requests"

[security]
measures = ["encryption-at-rest"]
details = ` + text() + `
breach_notice_hours = 24

[audience]
min_age = 13

[signals]
gpc = true
dnt = false
`
		d, err := Parse("hostile.toml", []byte(src))
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		site, err := Build(d, Options{})
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		for _, p := range site.Paths() {
			if strings.HasSuffix(p, ".json") {
				continue
			}
			checkNoMarkup(t, fmt.Sprintf("case %d (%q)", i, hostile[i]), p, string(site.Files[p]))
		}
	}
}

var (
	// In HTML: a tag the text tried to add, an event handler attribute, or
	// a script URL in an attribute. Escaped text (&lt;script&gt;) is fine.
	htmlTag       = regexp.MustCompile(`(?i)<\s*(script|iframe|svg|img|object|embed)\b`)
	eventHandler  = regexp.MustCompile(`(?i)<[a-z][^>]*\son[a-z]+\s*=`)
	javascriptURL = regexp.MustCompile(`(?i)(href|src|srcdoc)\s*=\s*["']?\s*(javascript|data|vbscript):`)
	// In Markdown: an unescaped tag or link to a script URL.
	mdTag    = regexp.MustCompile(`(?i)(^|[^\\])<\s*/?\s*(script|iframe|svg|img|a|style)\b`)
	mdJSLink = regexp.MustCompile(`(?i)(^|[^\\])\]\(\s*<?\s*(javascript|data|vbscript):`)
)

// checkNoMarkup reports, under the label, any markup in a built file that
// declaration text could have added.
func checkNoMarkup(t *testing.T, label, path, s string) {
	t.Helper()
	res := []*regexp.Regexp{htmlTag, eventHandler, javascriptURL}
	// The templates' own empty icon, which keeps browsers from requesting
	// /favicon.ico, is the one data: URL a page may hold.
	s = strings.Replace(s, `<link rel="icon" href="data:,">`, "", 1)
	if strings.HasSuffix(path, ".md") {
		res = []*regexp.Regexp{mdTag, mdJSLink}
	}
	for _, re := range res {
		if m := re.FindString(s); m != "" {
			t.Errorf("%s: %s contains %q", label, path, m)
		}
	}
	// A page has one style element, and a fragment (build --fragment) none.
	styles := 0
	if strings.Contains(s, "<html") {
		styles = 1
	}
	if strings.HasSuffix(path, ".html") && (strings.Count(s, "<style>") != styles || strings.Count(s, "</style>") != styles) {
		t.Errorf("%s: %s: the text opened or closed a style element", label, path)
	}
}

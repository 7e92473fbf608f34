package generator

import (
	"errors"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// minimal is the smallest valid declaration; tests change one thing in it.
const minimal = `[notice]
title = { en = "T", fr = "T" }
version = "1"
effective = 2026-12-01
locales = ["en", "fr"]

[controller]
name = "Example SAS"
email = "privacy@example.com"

[data.email]
category = "contact"

[purpose.orders]
kind = "service"
label = { en = "Orders", fr = "Commandes" }
data = ["email"]
basis = "contract"
choice = "none"
retention = "2 years"

[rights]
email = "privacy@example.com"
`

func TestParseValid(t *testing.T) {
	d, err := Parse("notice.toml", []byte(minimal))
	if err != nil {
		t.Fatal(err)
	}
	if d.Notice.Effective != (Date{2026, 12, 1}) || d.Notice.SourceLocale() != English {
		t.Errorf("notice = %+v", d.Notice)
	}
	p := d.PurposeByID("orders")
	if p == nil || len(p.Data) != 1 || p.Data[0] != d.DataByID("email") {
		t.Fatalf("purpose orders does not resolve its data: %+v", p)
	}
	if days, ok := p.Retention.Days(); !ok || days != 730 {
		t.Errorf("retention = %d days, %v; want 730", days, ok)
	}
	if got := d.Position("purpose", "orders", "basis"); got != (Pos{18, 1}) {
		t.Errorf("Position(purpose.orders.basis) = %v, want 18:1", got)
	}
}

// TestParseErrors checks each kind of problem: its message, its key and
// where it points, exactly as printed.
func TestParseErrors(t *testing.T) {
	tests := []struct {
		name    string
		replace [2]string // in minimal: old, new
		want    string
	}{
		{"unknown key", [2]string{`basis = "contract"`, "basis = \"contract\"\nbasys = 1"},
			`notice.toml:19:1: purpose.orders.basys: unknown key (did you mean "basis"?)`},
		{"unknown enum", [2]string{`basis = "contract"`, `basis = "contrat"`},
			`notice.toml:18:9: purpose.orders.basis: "contrat" is not allowed (did you mean "contract"?); want one of consent, contract, legal-obligation, vital-interests, public-task or legitimate-interests`},
		{"wrong type", [2]string{`version = "1"`, `version = 1`},
			`notice.toml:3:11: notice.version: want a string, not a number; write version = "1.0.0"`},
		{"missing key", [2]string{"choice = \"none\"\n", ""},
			`notice.toml:14:1: purpose.orders.choice: missing; write choice = one of none, opt-in or opt-out`},
		{"missing locale", [2]string{`label = { en = "Orders", fr = "Commandes" }`, `label = { en = "Orders" }`},
			`notice.toml:16:9: purpose.orders.label: missing the "fr" translation; add fr = "…"`},
		{"locale not in notice", [2]string{`label = { en = "Orders", fr = "Commandes" }`, `label = { en = "Orders", fr = "Commandes", es = "Pedidos" }`},
			`notice.toml:16:44: purpose.orders.label.es: "es" is not one of this notice's locales (en, fr); remove it or add it to notice.locales`},
		{"unknown locale", [2]string{`label = { en = "Orders", fr = "Commandes" }`, `label = { en = "Orders", fr = "Commandes", de = "x" }`},
			`notice.toml:16:44: purpose.orders.label.de: "de" is not a built-in locale; use en, fr, es or id`},
		{"plain string with two locales", [2]string{`label = { en = "Orders", fr = "Commandes" }`, `label = "Orders"`},
			`notice.toml:16:9: purpose.orders.label: a plain string is allowed only when the notice has one locale; write label = { en = "…", fr = "…" }`},
		{"unknown reference", [2]string{`data = ["email"]`, `data = ["email", "adress"]`},
			`notice.toml:17:18: purpose.orders.data: unknown data id "adress"; define a [data.adress] table or use one of email`},
		{"bad retention", [2]string{`retention = "2 years"`, `retention = "2 yrs"`},
			`notice.toml:20:13: purpose.orders.retention: "2 yrs" is not a period; write a number and a unit such as "30 days", "6 months" or "2 years"`},
		{"retention until with period", [2]string{`retention = "2 years"`, `retention = { until = "account-closed", period = "1 year" }`},
			`notice.toml:20:15: purpose.orders.retention.until: until cannot be combined with period or after; write { until = "…" } or { period = "…", after = "…" }`},
		{"quoted date", [2]string{`effective = 2026-12-01`, `effective = "2026-12-01"`},
			`notice.toml:4:13: notice.effective: want a TOML date, not a string; remove the quotes: effective = 2026-12-01`},
		{"bad email", [2]string{`email = "privacy@example.com"` + "\n\n[data", `email = "privacy at example"` + "\n\n[data"},
			`notice.toml:9:9: controller.email: "privacy at example" is not an email address; write email = "privacy@example.com"`},
		{"missing table", [2]string{"[rights]\nemail = \"privacy@example.com\"\n", ""},
			`notice.toml:1:1: rights: missing; add a [rights] table with email or url, where people send requests`},
		{"bad id", [2]string{`[data.email]`, "[data.\"e mail\"]\ncategory = \"contact\"\n\n[data.email]"},
			`notice.toml:11:7: data."e mail": "e mail" cannot be an id; ids become link anchors, so use letters, digits, "-" and "_" only`},
		{"syntax", [2]string{`version = "1"`, `version = "1`},
			`notice.toml:3:13: TOML syntax: strings cannot contain newlines`},
		{"not UTF-8", [2]string{`name = "Example SAS"`, "name = \"Ex\xffample\""},
			`notice.toml:8:11: the file is not valid UTF-8; save it as UTF-8`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantOneProblem(t, tt.replace, tt.want) })
	}
}

// wantOneProblem parses the minimal declaration with one replacement made
// and wants exactly one problem, reported as want.
func wantOneProblem(t *testing.T, replace [2]string, want string) {
	t.Helper()
	src := strings.Replace(minimal, replace[0], replace[1], 1)
	if src == minimal {
		t.Fatalf("the test's replacement %q does not apply", replace[0])
	}
	_, err := Parse("notice.toml", []byte(src))
	var list ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("err = %v, want an ErrorList", err)
	}
	if got := list[0].Error(); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if len(list) != 1 {
		t.Errorf("want one problem, got %d:\n%v", len(list), list)
	}
}

// TestParseReportsEverything wants every problem of a file in one run,
// sorted by position.
func TestParseReportsEverything(t *testing.T) {
	src := strings.NewReplacer(
		`version = "1"`, `version = 1`,
		`category = "contact"`, `category = "contakt"`,
		`basis = "contract"`, `basis = "contrat"`,
	).Replace(minimal)
	_, err := Parse("notice.toml", []byte(src))
	want := `notice.toml:3:11: notice.version: want a string, not a number; write version = "1.0.0"
notice.toml:12:12: data.email.category: "contakt" is not allowed (did you mean "contact"?); want one of identity, contact, account, government-id, financial, purchases, precise-location, approximate-location, device, usage, content, communications, health, biometric, genetic, demographics, beliefs, ethnicity, sex-life, union-membership, criminal, employment, education, inferences or other
notice.toml:18:9: purpose.orders.basis: "contrat" is not allowed (did you mean "contract"?); want one of consent, contract, legal-obligation, vital-interests, public-task or legitimate-interests`
	if err == nil || err.Error() != want {
		t.Errorf("got:\n%v\nwant:\n%s", err, want)
	}
}

func TestSyntaxErrorExcerpt(t *testing.T) {
	_, err := Parse("notice.toml", []byte("[notice]\ntitle = \"T\" x\n"))
	var list ErrorList
	if !errors.As(err, &list) {
		t.Fatal(err)
	}
	want := "    2 | title = \"T\" x\n                    ^"
	if list[0].Excerpt != want {
		t.Errorf("excerpt:\n%s\nwant:\n%s", list[0].Excerpt, want)
	}
}

// FuzzLoad feeds the loader arbitrary bytes, seeded with the examples: it
// must never panic, and every failure must be located problems.
func FuzzLoad(f *testing.F) {
	addFuzzSeeds(f)
	f.Add([]byte("[purpose.x]\nlabel = { en = \"a\" }\n[[data]]\nx = 1\n"))
	f.Add([]byte("a = [}\nb = {]\n")) // the position scanner reads what the decoder refuses
	f.Fuzz(func(t *testing.T, src []byte) {
		d, err := Parse("fuzz.toml", src)
		if err != nil {
			var list ErrorList
			if !errors.As(err, &list) || len(list) == 0 {
				t.Fatalf("error is not an ErrorList: %v", err)
			}
			for _, e := range list {
				if e.File != "fuzz.toml" || e.Line < 0 || e.Col < 0 || e.Msg == "" {
					t.Fatalf("badly located error: %#v", e)
				}
			}
			return
		}
		if _, err := Build(d, Options{}); err != nil {
			t.Fatalf("a valid declaration fails to build: %v", err)
		}
	})
}

func TestClosest(t *testing.T) {
	candidates := []string{"email", "url", "response_days", "kind", "purpose", "basis"}
	for _, tt := range []struct{ typed, want string }{
		{"emial", "email"},    // two letters swapped
		{"kidn", "kind"},      // two letters swapped
		{"purpse", "purpose"}, // a letter left out
		{"basys", "basis"},    // a letter wrong
		{"EMAIL", ""},         // the same but for case: not a typo to point at
		{"response_dyas", "response_days"},
		{"uri", "url"},
		{"phone", ""}, // nothing close
		{"eamil", "email"},
		{"mailе", ""}, // too far: two edits on five letters
	} {
		if got := Closest(tt.typed, candidates); got != tt.want {
			t.Errorf("Closest(%q) = %q, want %q", tt.typed, got, tt.want)
		}
	}
}

// TestMisspeltKeysInEveryTable swaps two letters of every key that starts
// a line of the shop example, in every table it has, and wants the loader
// to name the key meant.
func TestMisspeltKeysInEveryTable(t *testing.T) {
	src, err := os.ReadFile("../examples/shop/notice.toml")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(src), "\n")
	key := regexp.MustCompile(`^([a-z_]+) = `)
	tables := map[string]bool{}
	table := ""
	for i, line := range lines {
		if strings.HasPrefix(line, "[") {
			table = strings.Trim(line, "[]")
			continue
		}
		m := key.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		k := m[1]
		typo := k[:1] + k[2:3] + k[1:2] + k[3:] // "email" → "eamil"
		if typo == k {
			continue
		}
		changed := slices.Clone(lines)
		changed[i] = typo + line[len(k):]
		_, err := Parse("notice.toml", []byte(strings.Join(changed, "\n")))
		want := fmt.Sprintf("notice.toml:%d:1: %s.%s: unknown key (did you mean %q?)", i+1, table, typo, k)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s.%s written %s: got\n\t%v\nwant a line\n\t%s", table, k, typo, err, want)
		}
		tables[strings.SplitN(table, ".", 2)[0]] = true
	}
	if len(tables) < 10 {
		t.Errorf("tried keys in %d tables only: %v", len(tables), tables)
	}
}

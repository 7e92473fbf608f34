package law

import (
	"bytes"
	"flag"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the Laws table of README.md")

// TestREADMELaws holds README.md's table of laws to the law files: it is
// generated from them, and a change to a law shows in the README's diff.
func TestREADMELaws(t *testing.T) {
	const path = "../../README.md"
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var table bytes.Buffer
	if err := Markdown(&table); err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`(?s)(<!-- laws:start[^\n]*-->\n).*?(<!-- laws:end -->)`)
	if !re.Match(src) {
		t.Fatal("README.md has no <!-- laws:start --> … <!-- laws:end --> block")
	}
	want := re.ReplaceAll(src, []byte("${1}"+strings.ReplaceAll(table.String(), "$", "$$")+"${2}"))
	if *update {
		if err := os.WriteFile(path, want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(src, want) {
		t.Error("README.md's table of laws is not what the law files say; run go test ./generator/law -update and review the diff")
	}
}

// TestApply covers how a notice's laws are chosen: in its order, with the
// controller's national layer, and an unknown id refused with the list.
func TestApply(t *testing.T) {
	laws, err := Apply([]string{"uu-pdp", "gdpr"}, "ES")
	if err != nil {
		t.Fatal(err)
	}
	if got := []string{laws[0].ID, laws[1].ID}; !slices.Equal(got, []string{"uu-pdp", "gdpr"}) {
		t.Errorf("order = %v, want the notice's", got)
	}
	if laws[0].Layer != nil {
		t.Errorf("uu-pdp has no layer for ES, got %+v", laws[0].Layer)
	}
	if laws[1].Layer == nil || laws[1].Layer.Country != "ES" {
		t.Fatalf("gdpr for a Spanish controller has Spain's layer, got %+v", laws[1].Layer)
	}
	if got := laws[1].Children().Age; got != 14 {
		t.Errorf("age of consent in Spain = %d, want 14 (LOPDGDD art. 7)", got)
	}
	_, err = Apply([]string{"gdpr", "lgpd"}, "")
	if err == nil || err.Error() != `unknown law "lgpd" (noticegen knows ccpa, gdpr, in-dpdp, iowa, mx-lfpdppp, quebec, uk-gdpr, us-states, utah, uu-pdp)` {
		t.Errorf("unknown law: %v", err)
	}
}

// TestAges holds the Member States' ages of digital consent to the table of
// reference/jurisdictions.md §A3.
func TestAges(t *testing.T) {
	want := map[string]int{
		"BE": 13, "EE": 13, "FI": 13, "LV": 13, "MT": 13, "PT": 13, "SE": 13, "NO": 13,
		"AT": 14, "BG": 14, "CY": 14, "IT": 14, "LT": 14, "ES": 14,
		"CZ": 15, "FR": 15, "GR": 15, "DK": 15, "SI": 15,
		"DE": 16, "HR": 16, "HU": 16, "IE": 16, "LU": 16, "NL": 16, "PL": 16, "RO": 16, "SK": 16,
	}
	for country, age := range want {
		a := Applied{Law: GDPR, Layer: GDPR.Layer(country)}
		if got := a.Children().Age; got != age {
			t.Errorf("%s: age %d, want %d", country, got, age)
		}
	}
	if got := (Applied{Law: GDPR, Layer: GDPR.Layer("US")}).Children(); got.Age != 16 || got.Key != "law.gdpr.children_member_states" {
		t.Errorf("a controller outside the EEA gets the Regulation's sentence of 16 or the Member State's age, got %d %s", got.Age, got.Key)
	}
	if c := (Applied{Law: GDPR, Layer: GDPR.Layer("FR")}).Children(); !c.Joint {
		t.Error("France: below 15, consent is joint (Loi Informatique et Libertés art. 45)")
	}
	for _, c := range EEA {
		if GDPR.Layer(c) == nil && c != "IS" && c != "LI" {
			t.Errorf("%s: no age of digital consent", c)
		}
	}
}

// TestSensitiveByLaw is review finding A1: "sensitive" means what each law
// says. Card data is not special under the GDPR and is specific personal
// data under the UU PDP; precise location is sensitive personal information
// under the CCPA only; religion is general data under the UU PDP.
func TestSensitiveByLaw(t *testing.T) {
	for _, tt := range []struct {
		law      *Law
		category string
		want     bool
	}{
		{GDPR, "financial", false}, {UUPDP, "financial", true}, {CCPA, "financial", false},
		{GDPR, "precise-location", false}, {CCPA, "precise-location", true}, {UUPDP, "precise-location", false},
		{GDPR, "government-id", false}, {CCPA, "government-id", true}, {UUPDP, "government-id", false},
		{GDPR, "beliefs", true}, {CCPA, "beliefs", true}, {UUPDP, "beliefs", false},
		{GDPR, "health", true}, {UKGDPR, "health", true}, {CCPA, "health", true}, {UUPDP, "health", true},
		{GDPR, "criminal", true}, {UUPDP, "criminal", true}, {CCPA, "criminal", false},
	} {
		if _, got := tt.law.SensitiveRule(tt.category, false); got != tt.want {
			t.Errorf("%s, %s: sensitive = %v, want %v", tt.law.ID, tt.category, got, tt.want)
		}
	}
	if r, _ := GDPR.SensitiveRule("criminal", false); r.NeedsCondition {
		t.Error("GDPR Art. 10 data needs no Art. 9(2) condition")
	}
	if _, ok := GDPR.SensitiveRule("usage", true); !ok {
		t.Error("sensitive = true makes an item sensitive under every law with such a class")
	}
}

// TestLawsAreComplete checks what every law must say for the frame to
// render it without a gap: a name, a change rule, cited rights, and
// safeguards for its transfer rules.
func TestLawsAreComplete(t *testing.T) {
	for _, l := range All() {
		if l.ID == "" || l.Short == "" || l.Name == "" || l.Citation == "" || l.Applies == "" {
			t.Errorf("%s: id, short, name, citation and applies are required", l.ID)
		}
		if l.Changes.Rule == "" {
			t.Errorf("%s: no rule on changing the notice", l.ID)
		}
		for _, r := range l.Rights {
			if r.Key == "" || r.Article == "" {
				t.Errorf("%s: right %s has no sentence or article", l.ID, r.ID)
			}
		}
		if tr := l.Transfers; tr != nil && (len(tr.Inside) == 0 || len(tr.Safeguards) == 0 || tr.OutsideKey == "" || tr.Territory == "") {
			t.Errorf("%s: transfers need a territory and safeguards", l.ID)
		}
		for _, e := range l.Elements {
			if e.Article == "" {
				t.Errorf("%s: element %q cites no article", l.ID, e.What)
			}
		}
	}
}

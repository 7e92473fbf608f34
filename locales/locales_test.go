package locales

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

var all = []string{"en", "fr", "es", "id"}

// TestCatalogsComplete checks that every catalog has exactly the messages of
// the English one, with the same placeholders and the plural forms its
// language needs, so no page can miss a sentence or drop a value.
func TestCatalogsComplete(t *testing.T) {
	en, err := Load("en")
	if err != nil {
		t.Fatal(err)
	}
	for _, loc := range all[1:] {
		t.Run(loc, func(t *testing.T) {
			c, err := Load(loc)
			if err != nil {
				t.Fatal(err)
			}
			for _, k := range en.Keys() {
				if _, ok := frameOverride(k); ok && !c.Has(k) {
					continue // a law's own words for a frame sentence: per locale
				}
				if !c.Has(k) {
					t.Errorf("missing message %q", k)
					continue
				}
				want := placeholdersOf(en, k)
				if got := placeholdersOf(c, k); !slices.Equal(got, want) {
					t.Errorf("%s: placeholders %v, want %v (English: %q)", k, got, want, en.Raw(k, "other"))
				}
				enPlural := len(en.Forms(k)) > 1
				forms := c.Forms(k)
				switch {
				case enPlural && !slices.Contains(forms, "other"):
					t.Errorf("%s: plural message without an other form", k)
				case enPlural && loc != "id" && !slices.Contains(forms, "one"):
					t.Errorf("%s: plural message without a one form", k)
				case !enPlural && len(forms) > 1:
					t.Errorf("%s: plural forms %v on a plain message", k, forms)
				}
			}
			for _, k := range c.Keys() {
				if _, ok := frameOverride(k); !ok && !en.Has(k) {
					t.Errorf("message %q is not in the English catalog", k)
				}
			}
		})
	}
}

// TestFrameOverrides holds a law's own words for a frame sentence
// ("law.uu-pdp.frame.policy.controller") to the sentence it replaces: it
// exists, and takes the same placeholders, in every catalog that has it.
func TestFrameOverrides(t *testing.T) {
	for _, loc := range all {
		c, err := Load(loc)
		if err != nil {
			t.Fatal(err)
		}
		for _, k := range c.Keys() {
			base, ok := frameOverride(k)
			if !ok {
				continue
			}
			if !c.Has(base) {
				t.Errorf("%s %s: replaces %q, which is no message", loc, k, base)
				continue
			}
			if got, want := placeholdersOf(c, k), placeholdersOf(c, base); !slices.Equal(got, want) {
				t.Errorf("%s %s: placeholders %v, want those of %s: %v", loc, k, got, base, want)
			}
		}
	}
}

// frameOverride returns the frame message a law's key replaces:
// "law.uu-pdp.frame.policy.controller" replaces "policy.controller", and
// "law.gdpr.es.frame.summary.who_heading", for Spain's layer,
// "summary.who_heading".
func frameOverride(key string) (string, bool) {
	rest, ok := strings.CutPrefix(key, "law.")
	if !ok {
		return "", false
	}
	_, base, ok := strings.Cut(rest, ".frame.")
	return base, ok
}

func placeholdersOf(c *Catalog, key string) []string {
	var names []string
	for _, f := range c.Forms(key) {
		for _, p := range Placeholders(c.Raw(key, f)) {
			if !slices.Contains(names, p) {
				names = append(names, p)
			}
		}
	}
	slices.Sort(names)
	return names
}

// TestStatutoryLinkTitles checks that the CCPA link titles stay in English
// in every catalog: they are statutory titles (Cal. Civ. Code §1798.135).
func TestStatutoryLinkTitles(t *testing.T) {
	for _, loc := range all {
		c, err := Load(loc)
		if err != nil {
			t.Fatal(err)
		}
		for key, title := range map[string]string{
			"law.ccpa.section.link_sell":       "Do Not Sell or Share My Personal Information",
			"law.ccpa.section.sensitive_limit": "Limit the Use of My Sensitive Personal Information",
			"summary.sold":                     "Do Not Sell or Share My Personal Information",
		} {
			if !strings.Contains(c.Raw(key, "other"), title) {
				t.Errorf("%s %s: the statutory title %q must appear verbatim", loc, key, title)
			}
		}
	}
}

func TestPluralForm(t *testing.T) {
	tests := []struct {
		locale string
		n      int
		want   string
	}{
		{"en", 0, "other"}, {"en", 1, "one"}, {"en", 2, "other"},
		{"fr", 0, "one"}, {"fr", 1, "one"}, {"fr", 2, "other"}, {"fr", 1_000_000, "many"},
		{"es", 0, "other"}, {"es", 1, "one"}, {"es", 2, "other"}, {"es", 2_000_000, "many"},
		{"id", 0, "other"}, {"id", 1, "other"}, {"id", 5, "other"},
	}
	for _, tt := range tests {
		if got := PluralForm(tt.locale, tt.n); got != tt.want {
			t.Errorf("PluralForm(%q, %d) = %q, want %q", tt.locale, tt.n, got, tt.want)
		}
	}
}

func TestFormat(t *testing.T) {
	c, err := Load("en")
	if err != nil {
		t.Fatal(err)
	}
	got, err := c.Format("reading.minutes", "count", 1)
	if err != nil || got != "about 1 minute" {
		t.Errorf("Format(reading.minutes, 1) = %q, %v", got, err)
	}
	got, err = c.Format("reading.minutes", "count", 9)
	if err != nil || got != "about 9 minutes" {
		t.Errorf("Format(reading.minutes, 9) = %q, %v", got, err)
	}
	if _, err := c.Format("doc.version", "version", "1"); err == nil || !strings.Contains(err.Error(), "{date}") {
		t.Errorf("a missing placeholder must be an error, got %v", err)
	}
	got, err = c.Format("policy.data_recipients", "recipients", "Betaalbrug B.V. and Mailstream Inc.")
	if err != nil || got != "Disclosed to: Betaalbrug B.V. and Mailstream Inc." {
		t.Errorf("a value that ends a sentence must not double its period: %q, %v", got, err)
	}
	got, err = c.Format("policy.data_recipients", "recipients", "[Mailstream Inc.](#recipient-mailer)")
	if err != nil || got != "Disclosed to: [Mailstream Inc.](#recipient-mailer)" {
		t.Errorf("a link whose text ends a sentence must not double its period: %q, %v", got, err)
	}
	if _, err := c.Format("no.such.message"); err == nil {
		t.Error("an unknown message must be an error")
	}
	if got := c.And([]string{"a", "b", "c"}); got != "a, b and c" {
		t.Errorf("And = %q", got)
	}
	if got := c.Date(2026, 12, 1); got != "1 December 2026" {
		t.Errorf("Date = %q", got)
	}
}

// TestPlaceholdersAsTheExpression checks that the placeholders found when
// a catalog loads, and the period rule of fill, are those of the regular
// expressions they replace, on the texts where a scanner could go wrong.
func TestPlaceholdersAsTheExpression(t *testing.T) {
	holes := regexp.MustCompile(`\{([a-z_]+)\}`)
	linkEnd := regexp.MustCompile(`\.\]\([^()]*\)$`)
	for _, text := range []string{
		"", "{", "}", "{}", "{a}", "{{a}}", "{a}{b}", "{A}", "{a b}", "x {a_b} y {c", "{a}}", "{{", "é{a}é", "{a.b}",
		"[Mailstream Inc.](#recipient-mailer)", "[Inc.](a(b)", "[Inc.]()", "Inc.](x)", "[Inc](x)", "[Inc.](x) y", ".](", "(.](x)",
		"[S.L.](https://a.example/x)", "a.", "a)", ")", "[a.](x)\n", "[a.](x\ny)",
	} {
		if got, want := placeholders(text), holes.FindAllStringIndex(text, -1); len(got) != len(want) {
			t.Errorf("placeholders(%q) = %v, want %v", text, got, want)
		} else {
			for i := range got {
				if got[i][0] != want[i][0] || got[i][1] != want[i][1] {
					t.Errorf("placeholders(%q) = %v, want %v", text, got, want)
				}
			}
		}
		if got, want := endsWithPeriod(text), strings.HasSuffix(text, ".") || linkEnd.MatchString(text); got != want {
			t.Errorf("endsWithPeriod(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestFrenchSpaces holds the French catalog to its typography: a
// no-break space before a colon, a semicolon, a question or exclamation
// mark and a closing guillemet, and after an opening one, so that a line
// never breaks before the mark.
func TestFrenchSpaces(t *testing.T) {
	c, err := Load("fr")
	if err != nil {
		t.Fatal(err)
	}
	bad := regexp.MustCompile(`\S [:;!?»]|« `)
	for _, k := range c.Keys() {
		for _, f := range c.Forms(k) {
			if m := bad.FindString(c.Raw(k, f)); m != "" {
				t.Errorf("%s: %q has an ordinary space where French sets a no-break one", k, m)
			}
		}
	}
}

// TestBreachHoursApartFromTheLaw: a notice's breach_notice_hours is the
// controller's own commitment, so no sentence that opens "Under {laws}"
// states it, where it would read as the law's deadline (a native reader
// found the DPDP, Quebec and Mexico sentences doing so). The UU PDP's
// sentence says in the same breath what the law allows, 72 hours at most.
func TestBreachHoursApartFromTheLaw(t *testing.T) {
	for _, l := range all {
		c, err := Load(l)
		if err != nil {
			t.Fatal(err)
		}
		checked := 0
		for _, key := range c.Keys() {
			if !strings.HasPrefix(key, "law.") || !strings.HasSuffix(key, "breach_hours") || strings.HasPrefix(key, "law.uu-pdp.") {
				continue
			}
			text := c.Raw(key, "other")
			if !strings.Contains(text, "{laws}") {
				continue
			}
			checked++
			for sentence := range strings.SplitSeq(text, ". ") {
				if strings.Contains(sentence, "{laws}") && strings.Contains(sentence, "{hours}") {
					t.Errorf("%s %s: the sentence under {laws} states {hours}: %q", l, key, sentence)
				}
			}
		}
		if checked < 8 {
			t.Errorf("%s: %d breach sentences under {laws} checked, want the GDPR's, the UK's, the DPDP's, Quebec's and Mexico's, policy and summary", l, checked)
		}
	}
}

package generator

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/noticegen/noticegen/schema"
)

// momentsDecl has a purpose of each choice, a consent one with a benefit,
// one without a withdraw text, and data from the person and from the device.
const momentsDecl = `[notice]
title = { en = "Example notice", fr = "Avis d'Example" }
version = "1.0.0"
effective = 2026-01-01
locales = ["en", "fr"]
jurisdictions = ["gdpr"]

[controller]
name = "Example SAS"
email = "privacy@example.com"
country = "FR"

[data.email]
category = "contact"
label = { en = "Email", fr = "E-mail" }
required = true
if_missing = { en = "We can't send your order.", fr = "Nous ne pouvons pas envoyer votre commande." }

[data.nickname]
category = "identity"
label = { en = "Nickname", fr = "Pseudonyme" }

[data.location]
category = "precise-location"
label = { en = "Precise location", fr = "Position précise" }
source = "device"

[purpose.orders]
kind = "service"
label = { en = "Orders", fr = "Commandes" }
data = ["email"]
basis = "contract"
choice = "none"
retention = "2 years"

[purpose.offers]
kind = "marketing"
label = { en = "Offers near you", fr = "Offres près de chez vous" }
data = ["location", "email"]
basis = "consent"
choice = "opt-in"
benefit = { en = "Discounts at the *nearest* café.", fr = "Des réductions au café le plus proche." }
withdraw = { en = "Turn off [offers](https://example.com/settings).", fr = "Désactivez les offres." }
retention = { period = "30 days", after = "consent-withdrawn" }

[purpose.stats]
kind = "analytics"
label = { en = "Statistics", fr = "Statistiques" }
data = ["nickname"]
basis = "legitimate-interests"
interest = { en = "Improving the site.", fr = "Améliorer le site." }
choice = "opt-out"
retention = "13 months"

[rights]
email = "privacy@example.com"
`

// TestMomentsOf: a choice moment for each opt-in and opt-out purpose (not
// for choice = none), a field moment for each item the person gives (not
// for device data), each sentence as the catalog and the declaration make
// it.
func TestMomentsOf(t *testing.T) {
	d := mustParseDecl(t, momentsDecl)
	tests := []struct {
		locale Locale
		want   string
	}{
		{"en", `choice-offers offers opt-in "Offers near you" words=35
  what: If you agree, we use this data: precise location and email.
  benefit: You get: Discounts at the nearest café.
  retention: Kept: 30 days after you withdraw your consent.
  change: To withdraw consent at any time: Turn off offers.
  link: More in our privacy notice -> policy.html#purpose-offers
  actions: allow=Allow deny=Don't allow
choice-stats stats opt-out "Statistics" words=19
  what: Unless you object, we use this data: nickname.
  retention: Kept: 13 months.
  change: To object at any time: write to privacy@example.com.
  link: More in our privacy notice -> policy.html#purpose-stats
  actions: allow=Allow deny=Don't allow
field-email email required "Email" words=15
  why: Why we ask: Orders, Offers near you.
  need: Required.
  if_missing: Without it: We can't send your order.
  link: More in our privacy notice -> policy.html#data-email
field-nickname nickname optional "Nickname" words=5
  why: Why we ask: Statistics.
  need: Optional.
  link: More in our privacy notice -> policy.html#data-nickname
`},
		{"fr", `choice-offers offers opt-in "Offres près de chez vous" words=37
  what: Données utilisées si vous acceptez : position précise et e-mail.
  benefit: Votre avantage : des réductions au café le plus proche.
  retention: Conservation : 30 jours après le retrait de votre consentement.
  change: Pour retirer votre consentement à tout moment : désactivez les offres.
  link: En savoir plus dans notre politique de confidentialité -> policy.html#purpose-offers
  actions: allow=Autoriser deny=Refuser
choice-stats stats opt-out "Statistiques" words=23
  what: Données utilisées sauf opposition de votre part : pseudonyme.
  retention: Conservation : 13 mois.
  change: Pour vous opposer à cette utilisation à tout moment : écrivez-nous à privacy@example.com.
  link: En savoir plus dans notre politique de confidentialité -> policy.html#purpose-stats
  actions: allow=Autoriser deny=Refuser
field-email email required "E-mail" words=22
  why: Pourquoi nous demandons cette information : Commandes, Offres près de chez vous.
  need: Obligatoire.
  if_missing: Sans cette information : nous ne pouvons pas envoyer votre commande.
  link: En savoir plus dans notre politique de confidentialité -> policy.html#data-email
field-nickname nickname optional "Pseudonyme" words=7
  why: Pourquoi nous demandons cette information : Statistiques.
  need: Facultatif.
  link: En savoir plus dans notre politique de confidentialité -> policy.html#data-nickname
`},
	}
	for _, tt := range tests {
		t.Run(string(tt.locale), func(t *testing.T) {
			m, err := MomentsOf(d, tt.locale)
			if err != nil {
				t.Fatal(err)
			}
			var b strings.Builder
			for _, c := range m.Choices {
				fmt.Fprintf(&b, "%s %s %s %q words=%d\n  what: %s\n", c.ID, c.Purpose, c.Choice, c.Title, c.Words, c.What)
				if c.Benefit != "" {
					fmt.Fprintf(&b, "  benefit: %s\n", c.Benefit)
				}
				fmt.Fprintf(&b, "  retention: %s\n  change: %s\n  link: %s -> %s\n  actions:", c.Retention, c.Change, c.Link.Text, c.Link.Href)
				for _, a := range c.Actions {
					fmt.Fprintf(&b, " %s=%s", a.ID, a.Label)
				}
				b.WriteString("\n")
			}
			for _, f := range m.Fields {
				need := "optional"
				if f.Required {
					need = "required"
				}
				fmt.Fprintf(&b, "%s %s %s %q words=%d\n  why: %s\n  need: %s\n", f.ID, f.Data, need, f.Label, f.Words, f.Why, f.Need)
				if f.IfMissing != "" {
					fmt.Fprintf(&b, "  if_missing: %s\n", f.IfMissing)
				}
				fmt.Fprintf(&b, "  link: %s -> %s\n", f.Link.Text, f.Link.Href)
			}
			got := strings.ReplaceAll(b.String(), "\u00a0", " ")
			if got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

// TestMomentsHTML: moments.html has no script, escapes the declaration's
// text, keeps its links and emphasis, and gives the two actions of a choice
// the same markup, neither selected nor focused first.
func TestMomentsHTML(t *testing.T) {
	src := strings.Replace(momentsDecl, `label = { en = "Statistics"`, `label = { en = "Stats <script>alert(1)</script>"`, 1)
	d := mustParseDecl(t, src)
	site, err := Build(d, Options{Formats: []Format{FormatMoments}})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := site.Paths(), []string{"en/moments.html", "en/moments.json", "fr/moments.html", "fr/moments.json"}; !slices.Equal(got, want) {
		t.Fatalf("the moments format writes %q, want %q", got, want)
	}
	page := string(site.Files["en/moments.html"])
	for _, bad := range []string{"<script", "checked", "selected", "autofocus", "disabled"} {
		if strings.Contains(page, bad) {
			t.Errorf("moments.html contains %q", bad)
		}
	}
	for _, want := range []string{
		`<h3 id="choice-stats-title">Stats &lt;script&gt;alert(1)&lt;/script&gt;</h3>`,
		`<p>You get: Discounts at the <em>nearest</em> café.</p>`,
		`<p>To withdraw consent at any time: Turn off <a href="https://example.com/settings" class="print-href">offers</a>.</p>`,
		`<p id="field-email-hint">Why we ask: Orders, Offers near you. Required. Without it: We can't send your order.</p>`,
		`<p><a href="policy.html#purpose-offers">More in our privacy notice</a></p>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("moments.html lacks\n%s\nin\n%s", want, page)
		}
	}
	// The buttons of a choice differ only in their value and their label.
	buttons := regexp.MustCompile(`<button[^>]*>[^<]*</button>`).FindAllString(page, -1)
	if len(buttons) != 4 {
		t.Fatalf("found %d buttons, want 2 for each of the 2 choices:\n%s", len(buttons), page)
	}
	for i := 0; i < len(buttons); i += 2 {
		norm := func(s string) string {
			s = regexp.MustCompile(`value="[a-z]+"`).ReplaceAllString(s, `value=""`)
			return regexp.MustCompile(`>[^<]*<`).ReplaceAllString(s, "><")
		}
		if norm(buttons[i]) != norm(buttons[i+1]) {
			t.Errorf("the two actions differ beyond value and label:\n%s\n%s", buttons[i], buttons[i+1])
		}
	}
	if !strings.Contains(page, `<button type="button" class="action" name="offers" value="allow">Allow</button>`) ||
		!strings.Contains(page, `<button type="button" class="action" name="offers" value="deny">Don&#39;t allow</button>`) {
		t.Errorf("moments.html lacks the offers buttons:\n%s", strings.Join(buttons, "\n"))
	}
}

// TestMomentsDefault: a build with no formats writes the moments of every
// locale beside the documents.
func TestMomentsDefault(t *testing.T) {
	site, err := Build(mustParseDecl(t, momentsDecl), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"en/moments.json", "en/moments.html", "fr/moments.json", "fr/moments.html"} {
		if site.Files[p] == nil {
			t.Errorf("the default build does not write %s", p)
		}
	}
}

// TestMomentsCoverExamples: in every example and every locale, each
// opt-in or opt-out purpose has its choice and each item the person gives
// has its field, and the built moments.json is the one committed.
func TestMomentsCoverExamples(t *testing.T) {
	for _, p := range examples(t) {
		d := loadFile(t, p)
		for _, l := range d.Notice.Locales {
			m, err := MomentsOf(d, l)
			if err != nil {
				t.Fatal(err)
			}
			var choices, fields []string
			for _, x := range d.Purposes {
				if x.Choice == OptIn || x.Choice == OptOut {
					choices = append(choices, x.ID)
				}
			}
			for _, x := range d.Data {
				if x.Source == "you" {
					fields = append(fields, x.ID)
				}
			}
			var gotChoices, gotFields []string
			for _, c := range m.Choices {
				gotChoices = append(gotChoices, c.Purpose)
				if c.Words > MomentWordLimit {
					t.Errorf("%s %s: %s has %d words, over %d", p, l, c.ID, c.Words, MomentWordLimit)
				}
			}
			for _, f := range m.Fields {
				gotFields = append(gotFields, f.Data)
			}
			if !slices.Equal(gotChoices, choices) || !slices.Equal(gotFields, fields) {
				t.Errorf("%s %s: moments for choices %q and fields %q, want %q and %q", p, l, gotChoices, gotFields, choices, fields)
			}
			committed, err := os.ReadFile(filepath.Join(filepath.Dir(p), "dist", string(l), "moments.json"))
			if err != nil {
				t.Errorf("%s: %v", p, err)
				continue
			}
			built, err := m.JSON()
			if err != nil {
				t.Fatal(err)
			}
			if string(committed) != string(built) {
				t.Errorf("%s %s: the committed moments.json is not what the build writes; run go test ./generator -update", p, l)
			}
		}
	}
}

// TestMomentsJSONMatchesSchema validates the moments.json of every example
// and locale, and of the declaration above, against the schema, which
// refuses fields it does not describe; and keeps the versions in step.
func TestMomentsJSONMatchesSchema(t *testing.T) {
	if schema.MomentsVersion != MomentsJSONVersion {
		t.Errorf("schema.MomentsVersion is %d, MomentsJSONVersion is %d", schema.MomentsVersion, MomentsJSONVersion)
	}
	var doc struct {
		ID string `json:"$id"`
	}
	if err := json.Unmarshal(schema.Moments(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.ID != schema.MomentsID || !strings.HasSuffix(doc.ID, fmt.Sprintf(".v%d.schema.json", MomentsJSONVersion)) {
		t.Errorf("$id is %q, want %q", doc.ID, schema.MomentsID)
	}
	sch := compileSchema(t, schema.MomentsID, schema.Moments())
	validate := func(name string, b []byte) {
		t.Helper()
		v, err := jsonschemaValue(b)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := sch.Validate(v); err != nil {
			t.Errorf("%s:\n%s", name, strings.Join(leafErrors(err), "\n"))
		}
	}
	decls := map[string]*Declaration{"the test declaration": mustParseDecl(t, momentsDecl)}
	for _, p := range examples(t) {
		decls[p] = loadFile(t, p)
	}
	for name, d := range decls {
		for _, l := range d.Notice.Locales {
			m, err := MomentsOf(d, l)
			if err != nil {
				t.Fatal(err)
			}
			b, err := m.JSON()
			if err != nil {
				t.Fatal(err)
			}
			validate(fmt.Sprintf("%s in %s", name, l), b)
		}
	}
	// A moment with a third action, or one preselected, is not moments.json.
	bad := `{"schema_version":1,"locale":"en","notice":{"title":"T","version":"1"},"fields":[],"choices":[{"id":"choice-a","purpose":"a","choice":"opt-in","title":"A","what":"W","retention":"R","change":"C","link":{"text":"L","href":"policy.html#purpose-a"},"actions":[{"id":"allow","label":"Allow"},{"id":"allow","label":"Yes"}],"words":3,"preselected":"allow"}]}`
	v, err := jsonschemaValue([]byte(bad))
	if err != nil {
		t.Fatal(err)
	}
	err = sch.Validate(v)
	if err == nil {
		t.Fatal("the schema accepts a preselected choice with two allow actions")
	}
	if got := strings.Join(leafErrors(err), "\n"); !strings.Contains(got, "preselected") || !strings.Contains(got, "/choices/0/actions/1/id") {
		t.Errorf("the schema's complaints do not name the extra field and the second action:\n%s", got)
	}
}

// TestMomentsInTheLawsWords: a notice under Mexico's LFPDPPP alone points
// to its «aviso de privacidad» and speaks of revoking consent, as the law
// does, where a notice under the GDPR points to a «política de privacidad».
func TestMomentsInTheLawsWords(t *testing.T) {
	d := loadFile(t, "testdata/laws/mexico.toml")
	m, err := MomentsOf(d, "es")
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Choices) == 0 {
		t.Fatal("the Mexican notice has no choice")
	}
	c := m.Choices[0]
	if c.Link.Text != "Más información en nuestro aviso de privacidad" || !strings.HasPrefix(c.Change, "Para revocar su consentimiento en cualquier momento: ") {
		t.Errorf("under the LFPDPPP: link %q, change %q", c.Link.Text, c.Change)
	}
	shop := loadFile(t, "../examples/shop/notice.toml")
	m, err = MomentsOf(shop, "es")
	if err != nil {
		t.Fatal(err)
	}
	if got := m.Choices[0].Link.Text; got != "Más información en nuestra política de privacidad" {
		t.Errorf("under the GDPR: link %q", got)
	}
}

// TestMomentTextAsEachAlone: sentences parsed together come out as each
// parsed alone, including one that Markdown would not read as a paragraph
// (here a list item), which sends them through one at a time.
func TestMomentTextAsEachAlone(t *testing.T) {
	for _, sentences := range [][]string{
		{"If you agree, we use your **email**.", "See [the policy](https://example.com/p) for more.", "Kept: 13 months."},
		{"One.", "- a list, not a paragraph", "Three `code`."},
		{"Ends with a hard break\\", "AT\\&T &amp; co."},
	} {
		plain, html, err := momentText(sentences, true)
		if err != nil {
			t.Fatal(err)
		}
		for i, s := range sentences {
			doc, err := convert([]byte(s))
			if err != nil {
				t.Fatal(err)
			}
			wantHTML := strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(string(doc.HTML)), "<p>"), "</p>")
			if plain[i] != strings.TrimSpace(doc.Plain) || string(html[i]) != wantHTML {
				t.Errorf("%q: got %q, %q; alone %q, %q", s, plain[i], html[i], strings.TrimSpace(doc.Plain), wantHTML)
			}
		}
	}
}

package generator

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/noticegen/noticegen/locales"
)

// These tests hold the frame to the findings of the native legal writers'
// review (shared/reviews/frame-review-1.md). Each names its finding; each
// failed on the frame before laws were data.

// reviewDocs builds a declaration of testdata/review, or of examples/, in
// one locale and returns its summary and policy Markdown.
func reviewDocs(t *testing.T, path string, loc Locale, edits ...string) (summary, policy string) {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := string(src)
	for i := 0; i+1 < len(edits); i += 2 {
		if !strings.Contains(s, edits[i]) {
			t.Fatalf("%s has no %q", path, edits[i])
		}
		s = strings.Replace(s, edits[i], edits[i+1], 1)
	}
	d, err := Parse(path, []byte(s))
	if err != nil {
		t.Fatal(err)
	}
	site, err := Build(d, Options{Locales: []Locale{loc}, Formats: []Format{FormatMarkdown}})
	if err != nil {
		t.Fatal(err)
	}
	return string(site.Files[string(loc)+"/summary.md"]), string(site.Files[string(loc)+"/policy.md"])
}

// section returns a policy section, from its heading's anchor to the next
// heading of the same level or higher.
func section(t *testing.T, doc, anchor string) string {
	t.Helper()
	i := strings.Index(doc, "{#"+anchor+"}")
	if i < 0 {
		t.Fatalf("no section #%s", anchor)
	}
	start := strings.LastIndex(doc[:i], "\n") + 1
	level := strings.Index(doc[start:], " ")
	rest := doc[i:]
	next := regexp.MustCompile(`\n#{1,` + string(rune('0'+level)) + `} `).FindStringIndex(rest)
	if next == nil {
		return doc[start:]
	}
	return doc[start : i+next[0]]
}

func wantIn(t *testing.T, what, doc string, subs ...string) {
	t.Helper()
	for _, s := range subs {
		if !strings.Contains(doc, s) {
			t.Errorf("%s: want %q in:\n%s", what, s, doc)
		}
	}
}

func wantNot(t *testing.T, what, doc string, subs ...string) {
	t.Helper()
	for _, s := range subs {
		if strings.Contains(doc, s) {
			t.Errorf("%s: %q must not appear in:\n%s", what, s, doc)
		}
	}
}

const (
	lending = "testdata/review/lending.toml"
	ride    = "testdata/review/ride.toml"
	shop    = "../examples/shop/notice.toml"
)

// A1: "sensitive" is each law's word, said only of the data that law
// treats so.
func TestReviewA1SensitiveByLaw(t *testing.T) {
	_, policy := reviewDocs(t, lending, "en")
	card := section(t, policy, "data-card")
	wantNot(t, "card data under the GDPR and the CCPA", card, "sensitive", "special category")
	wantIn(t, "health data", section(t, policy, "data-dyslexia"),
		"Under the GDPR, this is a special category of personal data (Art. 9)",
		"Under the CCPA, this is sensitive personal information.")

	_, policy = reviewDocs(t, ride, "en")
	wantNot(t, "precise location under the UU PDP", section(t, policy, "data-location"), "specific", "sensitive")
	wantNot(t, "identity card number under the UU PDP", section(t, policy, "data-ktp"), "specific", "sensitive")
	wantIn(t, "wallet under the UU PDP", section(t, policy, "data-wallet"), "Under the UU PDP, this is specific personal data (Art. 4(2))")
	_, idPolicy := reviewDocs(t, ride, "id")
	wantNot(t, "Indonesian policy", idPolicy, "kategori khusus")
}

// A2: a transfer with no safeguard, or on consent, is never described as
// protected; one recipient is "this recipient".
func TestReviewA2Transfers(t *testing.T) {
	summary, policy := reviewDocs(t, ride, "en")
	transfers := section(t, policy, "transfers")
	wantNot(t, "transfers", transfers, "protected", "copy of these safeguards")
	wantIn(t, "transfers", transfers,
		"These recipients are outside the jurisdiction of the Republic of Indonesia. Each transfer rests on the ground shown:",
		"**Mapco Pte. Ltd.** (Singapore): no safeguard has been declared for this transfer.",
		"**Asuransi Jalan Pte. Ltd.** (Singapore): your consent to the transfer (UU PDP Art. 56(4)).")
	wantNot(t, "summary", summary, "safeguards protect")
	wantIn(t, "summary", summary, "the full policy says what each of these transfers rests on")

	// One recipient is "this recipient".
	_, policy = reviewDocs(t, ride, "en", "country = \"SG\"\nsafeguard = \"consent\"", "country = \"ID\"")
	wantIn(t, "one transfer", section(t, policy, "transfers"), "This recipient is outside the jurisdiction of the Republic of Indonesia. The transfer rests on the ground shown:")
}

// A3: no GDPR Art. 21 objection where the GDPR does not apply, and no
// objection on grounds beside a plain opt-out.
func TestReviewA3Objection(t *testing.T) {
	_, policy := reviewDocs(t, ride, "en")
	wantNot(t, "UU PDP policy", policy, "particular situation")
	_, policy = reviewDocs(t, shop, "en")
	analytics := section(t, policy, "purpose-analytics")
	wantNot(t, "opt-out analytics", analytics, "particular situation")
	wantIn(t, "opt-out analytics", analytics, "This is on unless you object. You can object at any time.")
	wantIn(t, "fraud prevention on legitimate interests", section(t, policy, "purpose-fraud"),
		"Under the GDPR, you can object to this processing at any time, on grounds relating to your particular situation (Art. 21(1)).")
}

// A4: one breach deadline under the UU PDP, for every failure; "high
// risk" under the GDPR in the summary and the policy alike.
func TestReviewA4Breach(t *testing.T) {
	summary, policy := reviewDocs(t, ride, "en")
	breach := section(t, policy, "breach")
	wantNot(t, "UU PDP breach", breach, "at risk", "high risk", "3 × 24")
	if n := strings.Count(breach, "72 hours"); n != 1 {
		t.Errorf("UU PDP breach: %d deadlines, want one:\n%s", n, breach)
	}
	wantIn(t, "UU PDP breach", breach, "if the protection of your personal data fails, we notify you in writing within 72 hours (Art. 46(1)). Once the personal data protection agency has been established, we will also notify it of the failure within the same period.")
	wantIn(t, "UU PDP summary", summary, "If the protection of your personal data fails, we notify you in writing within 72 hours.")
	summary, policy = reviewDocs(t, shop, "en")
	wantIn(t, "GDPR breach", section(t, policy, "breach"), "likely to result in a high risk to your rights and freedoms")
	// The GDPR is the only law of the shop's that speaks of breaches: the
	// summary need not name it.
	wantIn(t, "GDPR summary", summary, "We tell you without undue delay of a data breach likely to put you at high risk. We undertake to do so no later than 72 hours after becoming aware of it.")
	summary, _ = reviewDocs(t, ride, "en", `jurisdictions = ["uu-pdp"]`, `jurisdictions = ["uu-pdp", "gdpr"]`)
	wantIn(t, "two laws that differ", summary,
		"Under the UU PDP, if the protection of your personal data fails, we notify you in writing within 72 hours.",
		"Under the GDPR, we tell you without undue delay of a data breach likely to put you at high risk. We undertake to do so no later than 72 hours after becoming aware of it.")
}

// A5: the summary tells of automated decisions, in the AEPD's first-layer
// order for a Spanish controller.
func TestReviewA5AutomatedInSummary(t *testing.T) {
	summary, _ := reviewDocs(t, lending, "en")
	wantIn(t, "summary", summary, "## Automated decisions {#automated}", "**Payment checks**: We automatically block a payment that shows signs of fraud.",
		"You can ask for a person to review such a decision, give your point of view and contest it.")

	order := []string{"{#controller}", "{#purposes}", "{#automated}", "{#recipients}", "{#rights}", "{#choices}", "{#more}"}
	last := -1
	for _, a := range order {
		i := strings.Index(summary, a)
		if i < last {
			t.Errorf("AEPD order: %s comes before the section it should follow", a)
		}
		last = i
	}
	wantIn(t, "AEPD legitimación column", summary, "| Why | What we use | Legal basis | How long we keep it |")

	// Under the UU PDP, people may object to such a decision (Pasal 10):
	// no promise of a human review that the law does not make.
	uuSummary, uuPolicy := reviewDocs(t, ride, "en", "retention = \"1 year\"", "retention = \"1 year\"\nautomated = { id = \"Kami menonaktifkan akun secara otomatis.\", en = \"We suspend an account automatically.\" }")
	wantIn(t, "UU PDP summary", uuSummary, "Under the UU PDP, you can object to such a decision (Art. 10).")
	wantNot(t, "UU PDP", uuSummary+uuPolicy, "human intervention", "review such a decision")
}

// A6: "share" is the CCPA's term of art.
func TestReviewA6NotSold(t *testing.T) {
	summary, _ := reviewDocs(t, shop, "en")
	wantIn(t, "summary", summary, "We do not sell your personal information, and we do not share it for cross-context behavioural advertising.")
}

// A7: the age of consent that applies: Spain's 14, France's 15 (jointly),
// the UK's 13, the Regulation's 16 or the Member State's elsewhere.
func TestReviewA7Ages(t *testing.T) {
	_, policy := reviewDocs(t, lending, "en")
	wantIn(t, "Spain", section(t, policy, "children"), "Under the GDPR and the LOPDGDD, where we rely on consent to offer you an online service and you are under 14,")
	// The CCPA's own age (its sale of under-16s' data) is another matter.
	wantNot(t, "Spain", strings.Replace(policy, section(t, policy, "ccpa"), "", 1), "under 16")
	_, policy = reviewDocs(t, shop, "en", "min_age = 16", "min_age = 13")
	wantIn(t, "France", section(t, policy, "children"), "Under the GDPR and the Loi Informatique et Libertés, where we rely on consent to offer you an online service and you are under 15, your consent must be given jointly with the holder or holders of parental authority")
	_, policy = reviewDocs(t, lending, "en", `jurisdictions = ["gdpr", "ccpa"]`, `jurisdictions = ["uk-gdpr"]`, `country = "ES"`, `country = "GB"`, "min_age = 13", "min_age = 12")
	wantIn(t, "UK", section(t, policy, "children"), "you are under 13,")
	_, policy = reviewDocs(t, lending, "en", `country = "ES"`, `country = "US"`)
	wantIn(t, "outside the EEA", section(t, policy, "children"), "Under the GDPR, the age of digital consent is 16, unless your country sets a lower age, which cannot be under 13.")
	_, policy = reviewDocs(t, lending, "en", `country = "ES"`, `country = "IT"`)
	wantIn(t, "Italy", section(t, policy, "children"), "Under the GDPR and national law, where we rely on consent to offer you an online service and you are under 14,")
}

// A8: people may complain in their own Member State too.
func TestReviewA8Complaint(t *testing.T) {
	summary, _ := reviewDocs(t, shop, "en")
	wantIn(t, "summary", summary, "You can also complain to a data protection authority, in particular in the EU or EEA country where you live or work. The one that supervises us is [Commission nationale de l'informatique et des libertés (CNIL)](https://www.cnil.fr).")
	summary, _ = reviewDocs(t, lending, "en")
	wantIn(t, "Spain's default authority", summary, "The one that supervises us is [the Spanish Data Protection Agency (Agencia Española de Protección de Datos, AEPD)](https://www.aepd.es)")
}

// A9: the CCPA's retention column, business-purpose disclosures, one
// position on sensitive personal information, 15 business days, the
// statute's spelling, and the statement on consumers under 16 from a
// business that sells nothing (Regs §7011(e)(3)(I)).
func TestReviewA9CCPA(t *testing.T) {
	_, policy := reviewDocs(t, lending, "en")
	ccpa := section(t, policy, "ccpa")
	wantIn(t, "CCPA", ccpa,
		"| Category | What it includes | Source | Kept for | Sold or shared |",
		"We disclosed them to our service providers: Cloudbooks Inc.",
		"We also disclose personal information to public authorities (Agencia Tributaria) when the law requires us to.",
		"within 15 business days", "authorized agent",
		"We use and disclose it only for the purposes that the CCPA regulations allow without a right to limit",
		"We do not sell or share personal information, including that of consumers we know to be under 16 years of age, and have not done so in the past 12 months.")
	wantNot(t, "CCPA", ccpa, "Cloudbooks Inc. and Agencia Tributaria", "authorised agent", "Limit the Use of My Sensitive")
	wantNot(t, "CCPA rights", section(t, policy, "rights-ccpa"), "Right to limit")
	_, policy = reviewDocs(t, lending, "en", `kind = "service"
label = { es = "Lectura accesible"`, `kind = "personalization"
label = { es = "Lectura accesible"`)
	wantIn(t, "sensitive data beyond the service", section(t, policy, "ccpa"), "**Limit the Use of My Sensitive Personal Information**")
	wantIn(t, "sensitive data beyond the service", section(t, policy, "rights-ccpa"), "Right to limit")
}

// A10: a name that ends with a period keeps a single one.
func TestReviewA10DoublePeriod(t *testing.T) {
	for _, loc := range []Locale{"en", "es"} {
		_, policy := reviewDocs(t, lending, loc)
		wantNot(t, string(loc), policy, "S.L.**.")
		wantIn(t, string(loc), section(t, policy, "controller"), "**Biblioteca Abierta S.L.**")
	}
}

// A11: the UU PDP's withdrawal deadline and portability condition, and an
// agency that is not yet established.
func TestReviewA11UUPDPRights(t *testing.T) {
	_, policy := reviewDocs(t, ride, "en", "basis = \"contract\"\nchoice = \"none\"", `basis = "consent"
choice = "opt-in"
withdraw = { id = "Hapus akun.", en = "Delete your account." }`)
	rights := section(t, policy, "rights-uu-pdp")
	wantIn(t, "UU PDP rights", rights,
		"We stop processing it within 72 hours of your withdrawal.",
		"where the systems can communicate with each other securely",
		"once it has been established")
	wantNot(t, "UU PDP rights", rights, "established under the UU PDP")
}

// A12: text inserted after a colon goes on in small letters where the
// language writes so, and labels are common nouns mid-sentence.
func TestReviewA12Case(t *testing.T) {
	_, policy := reviewDocs(t, shop, "fr")
	wantIn(t, "French", section(t, policy, "data-email"), "\u00a0: nous ne pouvons ni confirmer")
	wantNot(t, "French", policy, " : Nous ne pouvons")
	_, policy = reviewDocs(t, lending, "es")
	wantIn(t, "Spanish", section(t, policy, "data-email"), ": no podemos crear su cuenta.")
	_, policy = reviewDocs(t, ride, "id")
	wantIn(t, "Indonesian", section(t, policy, "data-ktp"), ": kami tidak dapat memverifikasi")
	// The pronoun Anda keeps its capital (EYD V); a word that merely
	// begins with its letters does not.
	_, policy = reviewDocs(t, ride, "id", "Kami tidak dapat memverifikasi akun pengemudi.", "Anda tidak dapat mendaftar sebagai pengemudi.")
	wantIn(t, "Indonesian: Anda", section(t, policy, "data-ktp"), ": Anda tidak dapat mendaftar")
	_, policy = reviewDocs(t, ride, "id", "Kami tidak dapat memverifikasi akun pengemudi.", "Andaikan tidak ada, kami tidak dapat memverifikasi akun pengemudi.")
	wantIn(t, "Indonesian: not Anda", section(t, policy, "data-ktp"), ": andaikan tidak ada")
	// The catalog's own text lowered in a sentence (a category, a source)
	// keeps the locale's capitals too.
	id, err := locales.Load("id")
	if err != nil {
		t.Fatal(err)
	}
	b := &builder{l: "id", cat: id}
	if got := b.lowerMessage("Anda sendiri"); got != "Anda sendiri" {
		t.Errorf("lowerMessage(Anda sendiri) = %q", got)
	}
	if got := b.lowerMessage("Data kontak"); got != "data kontak" {
		t.Errorf("lowerMessage(Data kontak) = %q", got)
	}
	_, policy = reviewDocs(t, shop, "en")
	wantIn(t, "labels in a sentence", section(t, policy, "purpose-orders"), "email, name, address, card details and purchases")
}

// A13: special categories cite their Art. 9(2) condition.
func TestReviewA13Condition(t *testing.T) {
	_, policy := reviewDocs(t, lending, "en")
	wantIn(t, "accessible reading", section(t, policy, "purpose-accessibility"),
		"Under the GDPR, the special categories of data that this purpose uses are processed on this condition: your explicit consent (Art. 9(2)(a)).")
}

// E: English wording.
func TestReviewEEnglish(t *testing.T) {
	summary, _ := reviewDocs(t, lending, "en")
	wantIn(t, "summary.who (a Spanish controller's summary names the controller in its own section)", summary, "Email us at [privacidad@biblioteca.example]")
	_, policy := reviewDocs(t, shop, "en")
	wantIn(t, "policy.children", section(t, policy, "children"), "from anyone under 16.")
}

// B: French wording.
func TestReviewBFrench(t *testing.T) {
	summary, policy := reviewDocs(t, shop, "fr")
	wantIn(t, "policy.title", policy, "version complète {#top}")
	wantIn(t, "summary.choice_out", summary, "**Mesure d'audience**\u00a0: par défaut, sauf opposition de votre part.")
	wantIn(t, "complaint, with or without an article before the name", policy, "Nous relevons de l'autorité de contrôle suivante")
	wantIn(t, "Loi Informatique et Libertés art. 85", section(t, policy, "rights-gdpr"), "art. 85 de la loi Informatique et Libertés")
	_, app := reviewDocs(t, "../examples/app/notice.toml", "fr")
	wantIn(t, "UU PDP deadlines", app, "72 heures")
	wantNot(t, "UU PDP deadlines", app, "3 × 24")
	catalog, err := os.ReadFile("../locales/fr.toml")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(catalog), "’") {
		t.Error("locales/fr.toml: one apostrophe, ', throughout")
	}
}

// C: Spanish wording, and the AEPD's first layer for a Spanish controller.
func TestReviewCSpanish(t *testing.T) {
	summary, policy := reviewDocs(t, lending, "es")
	wantIn(t, "AEPD column", summary, "| Legitimación |", "| Ejecución de un contrato |", "| Consentimiento explícito del interesado |")
	wantIn(t, "AEPD headings", summary, "## Responsable {#controller}", "## Finalidad {#purposes}", "## Destinatarios {#recipients}", "## Derechos {#rights}", "## Información adicional {#more}")
	wantNot(t, "Spain's usage", summary+policy, "Aviso de privacidad", "intercambio")
	wantIn(t, "CCPA term", section(t, policy, "rights-ccpa"), "venta o compartición")
	summary, _ = reviewDocs(t, shop, "es")
	wantIn(t, "summary.choice_out", summary, "este tratamiento está activado salvo que usted se oponga")
	wantNot(t, "a French controller's summary keeps the general headings", summary, "## Responsable {#controller}")
}

// D: Indonesian wording; a notice outside the UU PDP does not use its
// defined terms.
func TestReviewDIndonesian(t *testing.T) {
	summary, policy := reviewDocs(t, shop, "id")
	wantNot(t, "GDPR notice in Indonesian", summary+policy, "Data Pribadi", "Pejabat atau petugas", "kegagalan Pelindungan", "lembaga")
	wantIn(t, "GDPR DPO", section(t, policy, "controller"), "Petugas Pelindungan Data (DPO)")
	wantIn(t, "glance.who", section(t, summary, "glance"), "**Atelier Lumen SAS** bertanggung jawab atas data Anda.")
	wantIn(t, "summary.rights_contact", section(t, summary, "rights"), "Kirim surel ke [privacy@atelier-lumen.example]")
	wantIn(t, "serial comma (EYD)", section(t, policy, "purpose-orders"), ", dan ")
	_, app := reviewDocs(t, "../examples/app/notice.toml", "id")
	wantIn(t, "UU PDP notice", section(t, app, "rights-uu-pdp"), "3 × 24 jam")
}

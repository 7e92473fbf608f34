package check

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/noticegen/noticegen/generator"
)

// base is a declaration that passes every rule: GDPR, CCPA and UU PDP at
// once, in two locales. Each case below changes it just enough to trigger
// one rule.
const base = `[notice]
title = { en = "Example privacy notice", fr = "Politique de confidentialité d'Example" }
version = "1.0.0"
effective = 2026-01-01
locales = ["en", "fr"]
jurisdictions = ["gdpr", "ccpa", "uu-pdp"]
change_notice = { channels = ["email"], days = 30 }

[controller]
name = "Example SAS"
email = "privacy@example.com"
country = "FR"
phone = "+33 1 23 45 67 89"

[dpo]
name = "Ana Silva"
email = "dpo@example.com"

[authority]
name = "CNIL"
url = "https://www.cnil.fr"

[data.email]
category = "contact"
label = { en = "Email", fr = "E-mail" }
required = true
if_missing = { en = "We cannot send your order.", fr = "Nous ne pouvons pas envoyer votre commande." }

[data.score]
category = "inferences"
label = { en = "Risk score", fr = "Score de risque" }
source = "third-party"
source_name = { en = "our fraud bureau", fr = "notre bureau antifraude" }

[data.health]
category = "health"
label = { en = "Allergies", fr = "Allergies alimentaires" }

[purpose.orders]
kind = "service"
label = { en = "Orders", fr = "Commandes" }
data = ["email", "health"]
basis = "consent"
choice = "opt-in"
withdraw = { en = "Untick the box in your account.", fr = "Décochez la case dans votre compte." }
benefit = { en = "Meals that suit you.", fr = "Des repas qui vous conviennent." }
retention = "2 years"
special_condition = "explicit-consent"

[purpose.fraud]
kind = "security"
label = { en = "Fraud prevention", fr = "Lutte contre la fraude" }
data = ["email", "score"]
basis = "legitimate-interests"
interest = { en = "Stopping card fraud.", fr = "Empêcher la fraude à la carte." }
choice = "none"
retention = "6 months"

[purpose.ads]
kind = "advertising"
label = { en = "Ads", fr = "Publicité" }
data = ["email"]
basis = "consent"
choice = "opt-in"
withdraw = { en = "Turn off ads in settings.", fr = "Désactivez la publicité dans les réglages." }
benefit = { en = "Discounts.", fr = "Des réductions." }
retention = "1 year"

[recipient.adnet]
name = "Adnet Inc."
role = "controller"
purposes = ["ads"]
country = "US"
safeguard = "scc"
shared = true

[rights]
email = "privacy@example.com"
url = "https://example.com/privacy"
response_days = 3

[security]
measures = ["encryption-in-transit"]
breach_notice_hours = 72

[audience]
min_age = 18

[check]
max_summary_minutes = 3

[signals]
gpc = true
dnt = false
`

// run checks a declaration and returns its findings of one rule as
// "line:col severity key: message" (with locale and document when set).
func run(t *testing.T, src, rule string) []string {
	t.Helper()
	return runWith(t, src, rule, Options{})
}

// runWith is run with what the rules may compare with.
func runWith(t *testing.T, src, rule string, opts Options) []string {
	t.Helper()
	d, err := generator.Parse("notice.toml", []byte(src))
	if err != nil {
		t.Fatalf("the declaration does not load: %v", err)
	}
	site, err := generator.Build(d, generator.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range RunWith(d, site, opts).Findings {
		if f.Rule != rule {
			continue
		}
		s := fmt.Sprintf("%d:%d %s %s: %s", f.Line, f.Col, f.Severity, f.Key, f.Message)
		if f.Locale != "" {
			s = fmt.Sprintf("%d:%d %s %s %s/%s: %s", f.Line, f.Col, f.Severity, f.Key, f.Locale, f.Document, f.Message)
		}
		out = append(out, s)
	}
	return out
}

// position returns "line:col" of a key, so expectations name the key they
// point at: "[purpose.ads]>choice" is the first line starting with choice
// after the line starting with [purpose.ads], and "@fr" after a prefix
// moves the column to where "fr" starts on that line.
func position(t *testing.T, src, at string) string {
	t.Helper()
	after, prefix, ok := strings.Cut(at, ">")
	if !ok {
		after, prefix = "", at
	}
	prefix, col, hasCol := strings.Cut(prefix, "@")
	started := after == ""
	for i, l := range strings.Split(src, "\n") {
		if !started {
			started = strings.HasPrefix(l, after)
			continue
		}
		if strings.HasPrefix(l, prefix) {
			c := 1
			if hasCol {
				c = strings.Index(l, col) + 1
			}
			return fmt.Sprintf("%d:%d", i+1, c)
		}
	}
	t.Fatalf("no line starts with %q", at)
	return ""
}

type edit struct{ old, new string }

func apply(t *testing.T, src string, edits []edit) string {
	t.Helper()
	for _, e := range edits {
		if !strings.Contains(src, e.old) {
			t.Fatalf("base has no %q", e.old)
		}
		src = strings.Replace(src, e.old, e.new, 1)
	}
	return src
}

func TestRules(t *testing.T) {
	tests := []struct {
		rule  string
		edits []edit
		at    string // the line the finding points at starts with this
		want  string // severity, key and message, after the position
	}{
		{"authority", []edit{{"[authority]\nname = \"CNIL\"\nurl = \"https://www.cnil.fr\"\n", ""}, {"country = \"FR\"", "country = \"CH\""}},
			"jurisdictions", "warning notice.jurisdictions: the notice lists gdpr but names no supervisory authority to complain to"},
		{"transfer-safeguard", []edit{{"safeguard = \"scc\"\n", ""}},
			"country = \"US\"", "error recipient.adnet.country: recipient \"adnet\" receives data in US, outside Indonesia, with no safeguard (UU PDP)"},
		{"representative", []edit{{"country = \"FR\"", "country = \"CH\""}},
			"country = \"CH\"", "warning controller.country: the controller is in CH, outside the European Economic Area, and the notice names no representative there (GDPR)"},
		{"opt-out", []edit{{"url = \"https://example.com/privacy\"\n", ""}, {"gpc = true", "gpc = false"}},
			"shared = true", "error recipient.adnet.shared: recipient \"adnet\" is shared data, but people have no way to opt out: no rights.url for the \"Do Not Sell or Share My Personal Information\" link and no Global Privacy Control"},
		{"opt-out", []edit{{`jurisdictions = ["gdpr", "ccpa", "uu-pdp"]`, `jurisdictions = ["us-states"]`}, {"url = \"https://example.com/privacy\"\n", ""}, {"gpc = true", "gpc = false"}},
			"shared = true", "error recipient.adnet.shared: recipient \"adnet\" is shared data, but people have no way to opt out: no rights.url for a page where people opt out and no Global Privacy Control"},
		{"opt-out-signal", []edit{{`jurisdictions = ["gdpr", "ccpa", "uu-pdp"]`, `jurisdictions = ["us-states"]`}, {"gpc = true\n", ""}},
			"jurisdictions", "warning notice.jurisdictions: the notice lists us-states but does not say whether it honours universal opt-out signals such as Global Privacy Control"},
		{"opt-out-signal", []edit{{`jurisdictions = ["gdpr", "ccpa", "uu-pdp"]`, `jurisdictions = ["us-states"]`}, {"gpc = true", "gpc = false"}},
			"gpc = false", "warning signals.gpc: the notice says Global Privacy Control is not honoured, but Colorado requires controllers to honour universal opt-out signals, and Oregon does from 1 January 2026"},
		{"sensitive-choice", []edit{{`jurisdictions = ["gdpr", "ccpa", "uu-pdp"]`, `jurisdictions = ["us-states"]`}, {"category = \"health\"\n", "category = \"health\"\nsensitive = true\n"}, {"choice = \"opt-in\"", "choice = \"opt-out\""}},
			"[purpose.orders]>choice", `error purpose.orders.choice: purpose "orders" (Orders) processes "health", sensitive data under the US states, which the notice says is processed only with consent, but its choice is "opt-out"`},
		{"sensitive-choice", []edit{{`jurisdictions = ["gdpr", "ccpa", "uu-pdp"]`, `jurisdictions = ["us-states"]`}, {"category = \"health\"\n", "category = \"health\"\nsensitive = true\n"}, {"basis = \"consent\"", "basis = \"contract\""}},
			"[purpose.orders]>basis", `error purpose.orders.basis: purpose "orders" (Orders) processes "health", sensitive data under the US states, which the notice says is processed only with consent, but its basis is contract`},
		{"sensitive-choice", []edit{{`jurisdictions = ["gdpr", "ccpa", "uu-pdp"]`, `jurisdictions = ["utah"]`}, {"category = \"health\"\n", "category = \"health\"\nsensitive = true\n"}, {"choice = \"opt-in\"", "choice = \"none\""}},
			"[purpose.orders]>choice", `error purpose.orders.choice: purpose "orders" (Orders) processes "health", sensitive data under the UCPA, which the notice says people can opt out of, but it gives no choice (choice = "none")`},
		{"sensitive-choice", []edit{{`jurisdictions = ["gdpr", "ccpa", "uu-pdp"]`, `jurisdictions = ["iowa"]`}, {"category = \"health\"\n", "category = \"health\"\nsensitive = true\n"}, {"choice = \"opt-in\"", "choice = \"none\""}},
			"[purpose.orders]>choice", `error purpose.orders.choice: purpose "orders" (Orders) processes "health", sensitive data under the ICDPA, which the notice says people can opt out of, but it gives no choice (choice = "none")`},
		{"processor-sale", []edit{{"role = \"controller\"\npurposes = [\"ads\"]", "role = \"processor\"\npurposes = [\"ads\"]"}},
			"shared = true", "error recipient.adnet.shared: recipient \"adnet\" is a processor, which uses data only on your instructions, yet the declaration shares data with it for cross-context advertising"},
		{"processor-sale", []edit{{"role = \"controller\"\npurposes = [\"ads\"]", "role = \"processor\"\npurposes = [\"ads\"]"}, {"shared = true", "sold = true"}},
			"sold = true", "error recipient.adnet.sold: recipient \"adnet\" is a processor, which uses data only on your instructions, yet the declaration sells it data"},
		{"signals", []edit{{"dnt = false\n", ""}},
			"jurisdictions", "warning notice.jurisdictions: the notice lists ccpa but does not say how it responds to Do Not Track"},
		{"request-methods", []edit{{"url = \"https://example.com/privacy\"\n", ""}, {"phone = \"+33 1 23 45 67 89\"\n", ""}},
			"[rights]@rights", "warning rights: people have 1 way to submit a privacy request; the CCPA asks for two or more"},
		{"breach-notice", []edit{{"breach_notice_hours = 72", "breach_notice_hours = 96"}},
			"breach_notice_hours", "error security.breach_notice_hours: breach notice in 96 hours is later than the 72 hours the UU PDP allows"},
		{"response-time", []edit{{"response_days = 3", "response_days = 10"}},
			"response_days", "error rights.response_days: an answer in 10 days is later than the UU PDP allows: 3 × 24 hours for rectification, access and restriction"},
		{"response-time", []edit{{`jurisdictions = ["gdpr", "ccpa", "uu-pdp"]`, `jurisdictions = ["gdpr", "ccpa"]`}, {"response_days = 3", "response_days = 29"}},
			"response_days", "warning rights.response_days: an answer in 29 days can come after the GDPR's one month: a month from 31 January ends on 28 February"},
		{"contact-person", []edit{{`jurisdictions = ["gdpr", "ccpa", "uu-pdp"]`, `jurisdictions = ["gdpr", "ccpa", "uu-pdp", "quebec"]`}, {"[dpo]\nname = \"Ana Silva\"\nemail = \"dpo@example.com\"\n", ""}},
			"jurisdictions", "error notice.jurisdictions: the notice lists quebec, which wants a person or office people can ask about the processing, and there is no [dpo]"},
		{"required-data", []edit{{"if_missing = { en = \"We cannot send your order.\", fr = \"Nous ne pouvons pas envoyer votre commande.\" }\n", ""}},
			"required = true", "warning data.email.required: data \"email\" is required, but the notice does not say what happens if it is not provided"},
		{"data-source", []edit{{"source_name = { en = \"our fraud bureau\", fr = \"notre bureau antifraude\" }\n", ""}},
			"source = \"third-party\"", "warning data.score.source: data \"score\" comes from a third party, but the notice does not say which"},
		{"data-without-purpose", []edit{{"data = [\"email\", \"score\"]", "data = [\"email\"]"}},
			"[data.score]@score", "error data.score: data \"score\" is collected for no purpose"},
		{"purpose-without-data", []edit{{"data = [\"email\"]\nbasis = \"consent\"", "data = []\nbasis = \"consent\""}},
			"data = []", "warning purpose.ads.data: purpose \"ads\" (Ads) uses no data"},
		{"advertising-opt-in", []edit{{"choice = \"opt-in\"\nwithdraw = { en = \"Turn off", "choice = \"opt-out\"\nwithdraw = { en = \"Turn off"}},
			"choice = \"opt-out\"", "error purpose.ads.choice: purpose \"ads\" (Ads) is advertising but is not opt-in (choice = \"opt-out\")"},
		{"advertising-opt-in", []edit{{`jurisdictions = ["gdpr", "ccpa", "uu-pdp"]`, `jurisdictions = ["us-states", "utah"]`}, {"choice = \"opt-in\"\nwithdraw = { en = \"Turn off", "choice = \"opt-out\"\nwithdraw = { en = \"Turn off"}},
			"choice = \"opt-out\"", "warning purpose.ads.choice: purpose \"ads\" (Ads) is advertising but is not opt-in (choice = \"opt-out\"); the US states and UCPA allow it until people opt out, but opt-in is what they expect"},
		{"advertising-opt-in", []edit{{`jurisdictions = ["gdpr", "ccpa", "uu-pdp"]`, `jurisdictions = ["ccpa"]`}, {"min_age = 18", "min_age = 16"}, {"choice = \"opt-in\"\nwithdraw = { en = \"Turn off", "choice = \"opt-out\"\nwithdraw = { en = \"Turn off"}},
			"choice = \"opt-out\"", "warning purpose.ads.choice: purpose \"ads\" (Ads) is advertising but is not opt-in (choice = \"opt-out\"); the CCPA allows it until people opt out, but opt-in is what they expect"},
		{"advertising-opt-in", []edit{{`jurisdictions = ["gdpr", "ccpa", "uu-pdp"]`, `jurisdictions = ["ccpa"]`}, {"min_age = 18", "min_age = 15"}, {"choice = \"opt-in\"\nwithdraw = { en = \"Turn off", "choice = \"opt-out\"\nwithdraw = { en = \"Turn off"}},
			"choice = \"opt-out\"", "error purpose.ads.choice: purpose \"ads\" (Ads) is advertising but is not opt-in (choice = \"opt-out\")"},
		{"advertising-opt-in", []edit{{`jurisdictions = ["gdpr", "ccpa", "uu-pdp"]`, `jurisdictions = ["us-states"]`}, {"[audience]\nmin_age = 18\n", ""}, {"choice = \"opt-in\"\nwithdraw = { en = \"Turn off", "choice = \"opt-out\"\nwithdraw = { en = \"Turn off"}},
			"choice = \"opt-out\"", "error purpose.ads.choice: purpose \"ads\" (Ads) is advertising but is not opt-in (choice = \"opt-out\")"},
		{"consent-without-choice", []edit{{"choice = \"opt-in\"\nwithdraw = { en = \"Untick the box in your account.\", fr = \"Décochez la case dans votre compte.\" }\n", "choice = \"none\"\n"}},
			"choice = \"none\"", "error purpose.orders.choice: purpose \"orders\" (Orders) is based on consent but gives no choice (choice = \"none\")"},
		{"withdraw-missing", []edit{{"withdraw = { en = \"Turn off ads in settings.\", fr = \"Désactivez la publicité dans les réglages.\" }\n", ""}},
			"[purpose.ads]>choice", "error purpose.ads.choice: purpose \"ads\" (Ads) is opt-in, but the notice does not say how to withdraw consent"},
		{"interest-missing", []edit{{"interest = { en = \"Stopping card fraud.\", fr = \"Empêcher la fraude à la carte.\" }\n", ""}},
			"basis = \"legitimate-interests\"", "error purpose.fraud.basis: purpose \"fraud\" (Fraud prevention) is based on legitimate interests but does not say which interest"},
		{"special-condition", []edit{{"special_condition = \"explicit-consent\"\n", ""}},
			"[purpose.orders]@orders", "error purpose.orders: purpose \"orders\" (Orders) processes special categories of data under the GDPR and names no condition that allows it"},
		{"automated-basis", []edit{{"retention = \"6 months\"", "retention = \"6 months\"\nautomated = { en = \"We block a payment that scores high.\", fr = \"Nous bloquons un paiement au score élevé.\" }"}},
			"basis = \"legitimate-interests\"", "error purpose.fraud.basis: purpose \"fraud\" (Fraud prevention) decides by automated means on legitimate-interests, which the GDPR does not allow for such decisions (only contract, legal-obligation, consent)"},
		{"benefit-missing", []edit{{"benefit = { en = \"Discounts.\", fr = \"Des réductions.\" }\n", ""}},
			"[purpose.ads]@ads", "warning purpose.ads: purpose \"ads\" (Ads) does not say what people get in return"},
		{"retention-criteria", []edit{{"retention = \"6 months\"", "retention = { criteria = { en = \"As long as the risk lasts.\", fr = \"Tant que le risque existe.\" } }"}},
			"retention = { criteria", "warning purpose.fraud.retention: purpose \"fraud\" (Fraud prevention) gives its retention only as criteria, so people cannot tell how long their data is kept"},
		{"security-measures", []edit{{"measures = [\"encryption-in-transit\"]\n", ""}},
			"[security]@security", "warning security: the notice says nothing about how data is protected"},
		{"children-consent", []edit{{"min_age = 18", "min_age = 13"}},
			"min_age", "warning audience.min_age: the service is for people aged 13 and over, and purposes ads and orders rely on consent, which a child under 15 cannot give alone under the GDPR"},
		{"untranslated", []edit{{"label = { en = \"Fraud prevention\", fr = \"Lutte contre la fraude\" }", "label = { en = \"Fraud prevention\", fr = \"Fraud prevention\" }"}},
			"label = { en = \"Fraud prevention\"@fr =", "warning purpose.fraud.label.fr fr/: the French text is the same as the English one: \"Fraud prevention\""},
		// The French title's apostrophe made typographic: the French pages
		// already show the frame's (l'information); a closing quotation
		// mark (‘x’) is no apostrophe and counts for nothing.
		{"apostrophes", []edit{{"confidentialité d'Example", "confidentialité d’Example"}, {"fr = \"E-mail\"", "fr = \"Adresse ‘e-mail’ d’envoi\""}},
			"title@fr =", "warning notice.title.fr fr/: \"d’Example\" writes the apostrophe as ’ (U+2019), as one more French text does, where the same pages write ' (U+0027), as in \"d'avis\""},
		{"invisible-characters", []edit{{"label = { en = \"Fraud prevention\"", "label = { en = \"Fraud\u200b prevention\""}},
			"label = { en = \"Fraud@en =", "warning purpose.fraud.label.en en/: character 6 is U+200B, an invisible character: \"Fraud⟨U+200B⟩ prevention\""},
		{"invisible-characters", []edit{{"name = \"Example SAS\"", "name = \"Example\u00adSAS\""}},
			"name = \"Example", "warning controller.name: character 8 is U+00AD, an invisible character: \"Example⟨U+00AD⟩SAS\""},
		{"sentence-length", []edit{{"interest = { en = \"Stopping card fraud.\"", "interest = { en = \"Stopping card fraud, which costs every honest customer money, because banks pass the losses on to shops and shops pass them on to you in higher prices, lower margins and slower refunds, month after month.\""}},
			"locales", "warning notice.locales en/policy: a sentence of the English policy has 38 words (limit 35): \"Our legitimate interest: Stopping card fraud, which costs…\""},
		{"glance-reading-time", []edit{{`label = { en = "Orders", fr = "Commandes" }`, `label = { en = "Orders placed on the website, in the app, by phone or in our shops, with their delivery, their returns, their refunds, their invoices and the after-sales service that follows them for as long as the warranty runs", fr = "Commandes" }`}},
			"locales", "warning notice.locales en/glance: the English glance takes 35 s to read, over its budget of 30 s"},
		{"moment-words", []edit{{`withdraw = { en = "Untick the box in your account."`, `withdraw = { en = "Sign in, open your account, choose Privacy, then Meals, untick the box that says we may use your allergies to suggest meals, and press Save; we stop within a day, and we confirm it by email to the address you gave us."`}},
			"[purpose.orders]@orders", "warning purpose.orders en/moments: the English moment of purpose \"orders\" (Orders) has 67 words, over the budget of 40"},
		{"moment-words", []edit{{`withdraw = { en = "Untick the box in your account."`, `withdraw = { en = "Untick the box in your account, under Privacy, then Meals, and press Save; we confirm it by email."`}},
			"[purpose.orders]@orders", "info purpose.orders en/moments: the English moment of purpose \"orders\" (Orders) has 43 words, over the budget of 40"},
		{"summary-reading-time", []edit{{"max_summary_minutes = 3", "max_summary_minutes = 1"}},
			"max_summary_minutes", "warning check.max_summary_minutes en/summary: the English summary takes 1 min 49 s to read, over the budget of 1 min"},
		// The store labels: a data item's store table may not make a label
		// say less than the policy.
		{"store-tracking", []edit{{"category = \"contact\"\n", "category = \"contact\"\nstore = { play = \"PSL_EMAIL\", apple = \"EMAIL_ADDRESS\", tracking = false }\n"}},
			"store = @tracking", "error data.email.store.tracking: data \"email\" (Email) says tracking = false, yet purpose \"ads\" (advertising) gives it to \"adnet\" (Adnet Inc.); Apple data type EMAIL_ADDRESS (NSPrivacyCollectedDataTypeEmailAddress) would not say DATA_USED_TO_TRACK_YOU"},
		{"store-linked", []edit{{"category = \"contact\"\n", "category = \"contact\"\nstore = { apple = \"EMAIL_ADDRESS\", linked = false }\n"}},
			"store = @linked", "error data.email.store.linked: data \"email\" (Email) is contact data, which identifies the person, yet it says linked = false; Apple data type EMAIL_ADDRESS (NSPrivacyCollectedDataTypeEmailAddress) would say DATA_NOT_LINKED_TO_YOU"},
		{"store-ephemeral", []edit{{"category = \"contact\"\n", "category = \"contact\"\nstore = { play = \"PSL_EMAIL\", ephemeral = true }\n"}},
			"store = @ephemeral", "error data.email.store.ephemeral: data \"email\" (Email) says ephemeral = true, yet purpose \"orders\" (service), \"fraud\" (security), \"ads\" (advertising) keeps it beyond the request; Play row PSL_DATA_USAGE_RESPONSES:PSL_EMAIL:PSL_DATA_USAGE_EPHEMERAL would hide it from the store listing"},
		{"store-collected", []edit{{"category = \"contact\"\n", "category = \"contact\"\nstore = { play = \"PSL_EMAIL\", apple = \"EMAIL_ADDRESS\", collected = false }\n"}},
			"store = @collected", "error data.email.store.collected: data \"email\" (Email) says collected = false, yet \"adnet\" (Adnet Inc.) receive it, so it leaves the device; the labels would leave out Play row PSL_DATA_TYPES_PERSONAL,PSL_EMAIL (Personal info / Email address) and Apple data type EMAIL_ADDRESS (NSPrivacyCollectedDataTypeEmailAddress)"},
		{"store-data-type", []edit{{"[check]", "[store]\naccount_creation = [\"oauth\"]\n\n[check]"}},
			"[data.email]>category", "error data.email.category: data \"email\" (Email) is contact data, which covers several of Apple's data types, and its store table names none"},
		{"store-accounts", []edit{{"kind = \"security\"", "kind = \"account\""}, {"[check]", "[store]\naccount_creation = [\"none\"]\n\n[check]"}},
			"account_creation", "error store.account_creation: Play's form would say the app has no accounts, yet purpose \"fraud\" is of kind account"},
		{"store-accounts", []edit{{"kind = \"security\"", "kind = \"account\""}, {"[check]", "[store]\ndeletion_url = \"https://example.com/delete\"\n\n[check]"}},
			"[store]@store", "warning store: purpose \"fraud\" is of kind account, and [store] does not say how people create their account, so Play's account-creation question stays unanswered"},
		{"store-accounts", []edit{{"kind = \"security\"", "kind = \"account\""}, {"url = \"https://example.com/privacy\"\n", ""}, {"[check]", "[store]\naccount_creation = [\"oauth\"]\n\n[check]"}},
			"[store]@store", "warning store: purpose \"fraud\" is of kind account, and neither [store] nor rights.url gives the link where people ask for their account and its data to be deleted, which Play asks of apps with accounts"},
		{"store-tracking", []edit{{"[check]", "[store]\naccount_creation = [\"oauth\"]\n\n[check]"}},
			"[store]@store", "error store: the app tracks (NSPrivacyTracking is true), and [store] lists no tracking_domains"},
		{"store-data-type", []edit{{"category = \"contact\"\n", "category = \"contact\"\nstore = { play = \"PSL_NAME\", apple = \"EMAIL_ADDRESS\" }\n"}},
			"store = @play", "error data.email.store.play: data \"email\" (Email) is contact data, and Play row PSL_DATA_TYPES_PERSONAL,PSL_NAME (Personal info / Name) would label it as something else"},
	}
	seen := map[string]bool{}
	for _, tt := range tests {
		seen[tt.rule] = true
		t.Run(tt.rule, func(t *testing.T) {
			if RuleByID(tt.rule) == nil {
				t.Fatalf("no rule %q", tt.rule)
			}
			if got := run(t, base, tt.rule); len(got) != 0 {
				t.Errorf("the base declaration triggers %s:\n%s", tt.rule, strings.Join(got, "\n"))
			}
			src := apply(t, base, tt.edits)
			want := position(t, src, tt.at) + " " + tt.want
			got := run(t, src, tt.rule)
			if len(got) == 0 || got[0] != want {
				t.Errorf("got\n  %s\nwant first\n  %s", strings.Join(got, "\n  "), want)
			}
		})
	}
	for _, tt := range comparedRuleTests {
		seen[tt.rule] = true
	}
	for _, r := range Rules() {
		if !seen[r.ID()] && r.ID() != "readability" {
			t.Errorf("rule %s has no test case", r.ID())
		}
	}
}

// comparedRuleTests are the cases of the rules that compare with the
// previous version: base is the previous version, and each case edits it
// into the new one, checked on today.
var comparedRuleTests = []struct {
	rule  string
	edits []edit
	today generator.Date
	at    string
	want  string
}{
	{"new-version", []edit{{`retention = "6 months"`, `retention = "12 months"`}}, generator.Date{},
		"version", `error notice.version: a material change keeps version "1.0.0" of the previous notice`},
	{"new-version", []edit{{`version = "1.0.0"`, `version = "1.1.0"`}, {`retention = "6 months"`, `retention = "12 months"`}}, generator.Date{Year: 2026, Month: 3, Day: 10},
		"effective", "error notice.effective: a material change keeps the previous notice's effective date, 2026-01-01"},
	{"new-version", []edit{{"name = \"Ana Silva\"", "name = \"Ana Souza\""}}, generator.Date{},
		"version", `warning notice.version: a notable change keeps version "1.0.0" of the previous notice`},
	{"notice-period", []edit{{`version = "1.0.0"`, `version = "1.1.0"`}, {"effective = 2026-01-01", "effective = 2026-03-20"}, {`retention = "6 months"`, `retention = "12 months"`}}, generator.Date{Year: 2026, Month: 3, Day: 10},
		"effective", "warning notice.effective: a material change takes effect on 2026-03-20, 10 days after today (2026-03-10); change_notice.days asks for 30"},
	{"notice-period", []edit{{`version = "1.0.0"`, `version = "1.1.0"`}, {"effective = 2026-01-01", "effective = 2026-03-01"}, {`retention = "6 months"`, `retention = "12 months"`}}, generator.Date{Year: 2026, Month: 3, Day: 10},
		"effective", "warning notice.effective: a material change takes effect on 2026-03-01, which is already past (today is 2026-03-10)"},
	{"stale-translation", []edit{{`label = { en = "Fraud prevention"`, `label = { en = "Fraud and abuse prevention"`}}, generator.Date{},
		"label = { en = \"Fraud and abuse prevention\"@fr =", `warning purpose.fraud.label.fr fr/: the French text did not change when the English one did, from "Fraud prevention" to "Fraud and abuse prevention": it still translates the previous version`},
}

// TestRulesAgainstPrevious: the rules that compare with the previous
// version find nothing without one, nothing when the new version does it
// right, and the problem when it does not.
func TestRulesAgainstPrevious(t *testing.T) {
	prev, err := generator.Parse("old.toml", []byte(base))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range comparedRuleTests {
		t.Run(tt.rule, func(t *testing.T) {
			src := apply(t, base, tt.edits)
			opts := Options{Previous: prev, Today: tt.today}
			if got := runWith(t, src, tt.rule, Options{Today: tt.today}); len(got) != 0 {
				t.Errorf("without a previous version, %s finds:\n%s", tt.rule, strings.Join(got, "\n"))
			}
			if got := runWith(t, base, tt.rule, opts); len(got) != 0 {
				t.Errorf("with no change, %s finds:\n%s", tt.rule, strings.Join(got, "\n"))
			}
			want := position(t, src, tt.at) + " " + tt.want
			got := runWith(t, src, tt.rule, opts)
			if len(got) == 0 || got[0] != want {
				t.Errorf("got\n  %s\nwant first\n  %s", strings.Join(got, "\n  "), want)
			}
		})
	}
	// Done right: a new version, a new date far enough ahead, and the
	// translation changed with its source.
	good := apply(t, base, []edit{{`version = "1.0.0"`, `version = "1.1.0"`}, {"effective = 2026-01-01", "effective = 2026-04-15"},
		{`retention = "6 months"`, `retention = "12 months"`},
		{`label = { en = "Fraud prevention", fr = "Lutte contre la fraude" }`, `label = { en = "Fraud and abuse prevention", fr = "Lutte contre la fraude et les abus" }`}})
	for _, rule := range []string{"new-version", "notice-period", "stale-translation"} {
		if got := runWith(t, good, rule, Options{Previous: prev, Today: generator.Date{Year: 2026, Month: 3, Day: 10}}); len(got) != 0 {
			t.Errorf("a version done right triggers %s:\n%s", rule, strings.Join(got, "\n"))
		}
	}
}

// Readability thresholds, on documents with known scores.
func TestReadabilityThresholds(t *testing.T) {
	d, err := generator.Parse("notice.toml", []byte(base))
	if err != nil {
		t.Fatal(err)
	}
	doc := func(words int, scores ...generator.Score) *generator.Document {
		return &generator.Document{Readability: generator.Readability{Words: words, WordsPerSentence: 12.5, Scores: scores}}
	}
	fre := func(v float64) generator.Score {
		return generator.Score{Formula: generator.FleschReadingEase, Value: v}
	}
	km := func(v float64) generator.Score { return generator.Score{Formula: generator.KandelMoles, Value: v} }
	site := &generator.Site{Documents: map[generator.Locale]map[string]*generator.Document{
		"en": {"summary": doc(200, fre(55), generator.Score{Formula: generator.FleschKincaidGrade, Value: 9.2}), "policy": doc(2000, fre(39.9))},
		"fr": {"summary": doc(200, km(60)), "policy": doc(2000, km(49.9))},
	}}
	var got []string
	for _, f := range (readability{}).Check(&Notice{Decl: d, Site: site}) {
		got = append(got, fmt.Sprintf("%s %s/%s: %s", f.Severity, f.Locale, f.Document, f.Message))
	}
	want := []string{
		"info en/summary: the English summary scores 55.0 on Flesch reading ease; 60–70 is plain English (limit 60)",
		"info en/summary: the English summary scores 9.2 on Flesch–Kincaid grade; 8 is the average adult reading level (limit 8)",
		"error en/policy: the English policy scores 39.9 on Flesch reading ease; 60–70 is plain English (limit 40)",
		"warning fr/policy: the French policy scores 49.9 on Kandel & Moles; 60–70 is standard French (limit 50)",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestDisable(t *testing.T) {
	// A controller in Switzerland has no default authority, so the
	// authority rule would report; "gdpr-authority" is its id from before
	// it read the laws, and still disables it.
	edits := []edit{{"[authority]\nname = \"CNIL\"\nurl = \"https://www.cnil.fr\"\n", ""}, {"country = \"FR\"", "country = \"CH\""}}
	if got := run(t, apply(t, base, edits), "authority"); len(got) != 1 {
		t.Fatalf("without [authority] the rule reports once, got %v", got)
	}
	src := apply(t, base, append(edits, edit{"[check]\n", "[check]\ndisable = [\"gdpr-authority\", \"authorty\"]\n"}))
	if got := run(t, src, "authority"); len(got) != 0 {
		t.Errorf("a disabled rule still reports: %v", got)
	}
	want := position(t, src, "disable") + " error check.disable: check.disable names \"authorty\", which is not a rule; did you mean \"authority\"?"
	if got := run(t, src, "check-config"); len(got) != 1 || got[0] != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// Every declaration in examples/ and the init starter check clean: no
// errors and no warnings, in every locale.
func TestExamplesCheckClean(t *testing.T) {
	files := map[string]string{
		"examples/shop/notice.toml": "../../examples/shop/notice.toml",
		"examples/app/notice.toml":  "../../examples/app/notice.toml",
		"examples/changes/v1.toml":  "../../examples/changes/v1.toml",
		"examples/changes/v2.toml":  "../../examples/changes/v2.toml",
		"init starter":              "../starter.toml",
	}
	for name, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		d, err := generator.Parse(name, src)
		if err != nil {
			t.Fatal(err)
		}
		site, err := generator.Build(d, generator.Options{})
		if err != nil {
			t.Fatal(err)
		}
		res := Run(d, site)
		for _, f := range res.Findings {
			if f.Severity >= Warning {
				t.Errorf("%s:%d:%d: %s %s: %s%s", f.File, f.Line, f.Col, f.Severity, f.Rule, where(f), f.Message)
			}
		}
	}
}

// The README documents every rule.
func TestREADMEListsEveryRule(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range Rules() {
		if !strings.Contains(string(readme), "| `"+r.ID()+"` |") {
			t.Errorf("README.md has no row for rule %s", r.ID())
		}
	}
}

// TestTransferSafeguardPerLaw: each law accepts its own transfer tools.
// The EU clauses alone are not a UK transfer tool; the UK Addendum is,
// and under the GDPR it rests on the EU clauses.
func TestTransferSafeguardPerLaw(t *testing.T) {
	uk := apply(t, base, []edit{{`jurisdictions = ["gdpr", "ccpa", "uu-pdp"]`, `jurisdictions = ["gdpr", "uk-gdpr"]`}})
	want := position(t, uk, "safeguard") + ` error recipient.adnet.safeguard: recipient "adnet" receives data in US, outside the United Kingdom, on "scc", which the UK GDPR does not accept`
	if got := run(t, uk, "transfer-safeguard"); len(got) != 1 || got[0] != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
	addendum := apply(t, uk, []edit{{`safeguard = "scc"`, `safeguard = "uk-addendum"`}})
	if got := run(t, addendum, "transfer-safeguard"); len(got) != 0 {
		t.Errorf("the UK Addendum serves both laws, got %q", got)
	}
	idta := apply(t, uk, []edit{{`safeguard = "scc"`, `safeguard = "idta"`}})
	want = position(t, idta, "safeguard") + ` error recipient.adnet.safeguard: recipient "adnet" receives data in US, outside the European Economic Area, on "idta", which the GDPR does not accept`
	if got := run(t, idta, "transfer-safeguard"); len(got) != 1 || got[0] != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// TestCompletenessFollowsTheLaws: an element a law requires is checked
// only when the notice names that law. Under the UU PDP alone, required
// data without a consequence and an unnamed third-party source are not
// completeness findings.
func TestCompletenessFollowsTheLaws(t *testing.T) {
	src := apply(t, base, []edit{
		{`jurisdictions = ["gdpr", "ccpa", "uu-pdp"]`, `jurisdictions = ["uu-pdp"]`},
		{"if_missing = { en = \"We cannot send your order.\", fr = \"Nous ne pouvons pas envoyer votre commande.\" }\n", ""},
		{"source_name = { en = \"our fraud bureau\", fr = \"notre bureau antifraude\" }\n", ""},
	})
	for _, rule := range []string{"required-data", "data-source", "authority", "representative", "opt-out", "signals", "request-methods", "special-condition"} {
		if got := run(t, src, rule); len(got) != 0 {
			t.Errorf("%s under the UU PDP alone: %v", rule, got)
		}
	}
}

// TestSensitiveChoiceHolds: the choices that make the sensitive-data
// sentence true give no finding: consent under the US state laws, a way
// to opt out (or in) under Utah's.
func TestSensitiveChoiceHolds(t *testing.T) {
	sensitive := edit{"category = \"health\"\n", "category = \"health\"\nsensitive = true\n"}
	for name, edits := range map[string][]edit{
		"us-states, opt-in on consent": {{`jurisdictions = ["gdpr", "ccpa", "uu-pdp"]`, `jurisdictions = ["us-states"]`}, sensitive},
		"utah, opt-in":                 {{`jurisdictions = ["gdpr", "ccpa", "uu-pdp"]`, `jurisdictions = ["utah"]`}, sensitive},
		"utah, opt-out":                {{`jurisdictions = ["gdpr", "ccpa", "uu-pdp"]`, `jurisdictions = ["utah"]`}, sensitive, {"choice = \"opt-in\"", "choice = \"opt-out\""}},
		"iowa, opt-out":                {{`jurisdictions = ["gdpr", "ccpa", "uu-pdp"]`, `jurisdictions = ["iowa"]`}, sensitive, {"choice = \"opt-in\"", "choice = \"opt-out\""}},
		"gdpr, a condition instead":    {sensitive},
	} {
		if got := run(t, apply(t, base, edits), "sensitive-choice"); len(got) != 0 {
			t.Errorf("%s: %v", name, got)
		}
	}
}

// TestApostropheWord: an apostrophe stands between two letters; a
// quotation mark stands elsewhere and is no apostrophe.
func TestApostropheWord(t *testing.T) {
	tests := []struct{ s, want string }{
		{"Mesure d’audience", "d’audience"},
		{"l’‘avis’ aujourd’hui", "aujourd’hui"},
		{"Adresse ‘e-mail’ d’envoi.", "d’envoi"},
		{"Adresse ‘e-mail’.", ""},
		{"’tis", ""},
		{"app’s", "app’s"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := apostropheWord(tt.s, '’'); got != tt.want {
			t.Errorf("apostropheWord(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
	if got := apostropheWord("l'information et l’avis", '\''); got != "l'information" {
		t.Errorf("apostropheWord with ' = %q, want l'information", got)
	}
}

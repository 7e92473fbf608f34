package generator

import (
	"fmt"
	"strings"
	"testing"
)

// diffBase is the old side of every change test; each test edits a copy.
const diffBase = `[notice]
title = "Example privacy notice"
version = "1.0.0"
effective = 2026-01-01
locales = ["en"]
jurisdictions = ["gdpr"]
change_notice = { channels = ["email", "banner"], days = 30 }

[controller]
name = "Example SAS"
email = "privacy@example.com"
country = "FR"

[dpo]
email = "dpo@example.com"

[data.email]
category = "contact"
label = "Email address"

[data.visits]
category = "usage"
source = "device"

[purpose.orders]
kind = "service"
label = "Orders"
data = ["email"]
basis = "contract"
choice = "none"
retention = "2 years"

[purpose.news]
kind = "marketing"
label = "Newsletter"
data = ["email"]
basis = "consent"
choice = "opt-in"
withdraw = "Click unsubscribe."
retention = "1 year"

[purpose.stats]
kind = "analytics"
label = "Statistics"
data = ["visits"]
basis = "legitimate-interests"
interest = "Improving the site."
choice = "opt-out"
withdraw = "Turn statistics off."
retention = "13 months"

[recipient.mailer]
name = "Mailer SAS"
role = "processor"
purposes = ["news"]
country = "FR"

[recipient.host]
name = "Host Inc."
role = "processor"
purposes = ["orders"]
country = "US"
safeguard = "adequacy"

[rights]
email = "privacy@example.com"
url = "https://example.com/requests"
response_days = 30

[security]
measures = ["encryption-in-transit", "access-control"]
breach_notice_hours = 72

[audience]
min_age = 16

[signals]
gpc = true
`

func change(t *testing.T, edits ...string) *Changes {
	t.Helper()
	src := diffBase
	for i := 0; i+1 < len(edits); i += 2 {
		next := strings.Replace(src, edits[i], edits[i+1], 1)
		if next == src {
			t.Fatalf("edit %q does not apply", edits[i])
		}
		src = next
	}
	old, err := Parse("old.toml", []byte(diffBase))
	if err != nil {
		t.Fatal(err)
	}
	new, err := Parse("new.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return Diff(old, new)
}

func summarize(c *Changes) string {
	var parts []string
	for _, ch := range c.List {
		parts = append(parts, fmt.Sprintf("%s %s %s %s", ch.RuleList(), ch.Level, ch.Kind, ch.Key))
	}
	return strings.Join(parts, "; ")
}

// TestChangeRules has one declaration pair for each rule of
// reference/legal.md §7.3, and both directions where they differ.
func TestChangeRules(t *testing.T) {
	newPurpose := "[recipient.mailer]"
	tests := []struct {
		name  string
		edits []string
		want  string
	}{
		{"MC-01 new purpose", []string{newPurpose, "[purpose.support]\nkind = \"support\"\nlabel = \"Support\"\ndata = [\"email\"]\nbasis = \"contract\"\nchoice = \"none\"\nretention = \"1 year\"\n\n" + newPurpose},
			"MC-01 material added purpose.support"},
		{"MC-01 new consent purpose", []string{newPurpose, "[purpose.ads]\nkind = \"advertising\"\nlabel = \"Ads\"\ndata = [\"visits\"]\nbasis = \"consent\"\nchoice = \"opt-in\"\nretention = \"1 year\"\n\n" + newPurpose},
			"MC-01 material+consent added purpose.ads"},
		{"MC-01 purpose uses more data", []string{`data = ["email"]` + "\nbasis = \"contract\"", `data = ["email", "visits"]` + "\nbasis = \"contract\""},
			"MC-01 material added purpose.orders.data; MC-03 material added recipient.host.data"},
		{"MC-01 consent purpose uses more data", []string{`data = ["email"]` + "\nbasis = \"consent\"", `data = ["email", "visits"]` + "\nbasis = \"consent\""},
			"MC-01 material+consent added purpose.news.data; MC-03 material added recipient.mailer.data"},
		{"MC-02 new data", []string{"[purpose.orders]", "[data.phone]\ncategory = \"contact\"\n\n[purpose.orders]"},
			"MC-02 material added data.phone"},
		{"MC-02 new sensitive data", []string{"[purpose.orders]", "[data.health]\ncategory = \"health\"\n\n[purpose.orders]"},
			"MC-02 material+consent added data.health"},
		{"MC-03 new recipient", []string{"[rights]", "[recipient.crm]\nname = \"CRM Ltd\"\nrole = \"processor\"\npurposes = [\"orders\"]\ncountry = \"FR\"\n\n[rights]"},
			"MC-03 material added recipient.crm"},
		{"MC-03 and MC-05 new recipient abroad", []string{"[rights]", "[recipient.crm]\nname = \"CRM Inc.\"\nrole = \"processor\"\npurposes = [\"orders\"]\ncountry = \"US\"\nsafeguard = \"scc\"\n\n[rights]"},
			"MC-03, MC-05 material added recipient.crm"},
		{"MC-04, MC-03 and MC-05 new recipient abroad that buys data", []string{"[rights]", "[recipient.broker]\nname = \"Broker Inc.\"\nrole = \"controller\"\npurposes = [\"orders\"]\ncountry = \"US\"\nsafeguard = \"scc\"\nsold = true\n\n[rights]"},
			"MC-04, MC-03, MC-05 material+consent added recipient.broker"},
		{"MC-02 and MC-11 new data from a third party", []string{"[data.visits]", "[data.score]\ncategory = \"financial\"\nsource = \"third-party\"\nsource_name = \"Credit Bureau\"\n\n[data.visits]"},
			"MC-02, MC-11 material added data.score"},
		{"MC-03 processor becomes controller", []string{"name = \"Mailer SAS\"\nrole = \"processor\"", "name = \"Mailer SAS\"\nrole = \"controller\""},
			"MC-03 material changed recipient.mailer.role"},
		{"MC-04 data newly sold", []string{"country = \"FR\"\n\n[recipient.host]", "country = \"FR\"\nsold = true\n\n[recipient.host]"},
			"MC-04 material+consent changed recipient.mailer.sold"},
		{"MC-05 new transfer", []string{"country = \"FR\"\n\n[recipient.host]", "country = \"US\"\nsafeguard = \"scc\"\n\n[recipient.host]"},
			"MC-05 material changed recipient.mailer.country; MC-16 notable added recipient.mailer.safeguard"},
		{"MC-05 weaker safeguard", []string{`safeguard = "adequacy"`, `safeguard = "scc"`},
			"MC-05 material changed recipient.host.safeguard"},

		{"MC-16 purpose uses less data", []string{"data = [\"visits\"]\nbasis", "data = []\nbasis"},
			"MC-16 notable removed purpose.stats.data"},
		{"MC-06 basis", []string{`basis = "contract"`, `basis = "legitimate-interests"`},
			"MC-06 material changed purpose.orders.basis"},
		{"MC-07 longer retention", []string{`retention = "2 years"`, `retention = "3 years"`},
			"MC-07 material changed purpose.orders.retention"},
		{"MC-07 a form that cannot be proved shorter", []string{`retention = "2 years"`, `retention = { until = "account-closed" }`},
			"MC-07 material changed purpose.orders.retention"},
		{"MC-16 shorter retention", []string{`retention = "2 years"`, `retention = "700 days"`},
			"MC-16 notable changed purpose.orders.retention"},
		{"MC-08 automated decision", []string{`retention = "2 years"`, "retention = \"2 years\"\nautomated = \"A score decides.\""},
			"MC-08 material added purpose.orders.automated"},
		{"MC-09 opt-in becomes opt-out", []string{`choice = "opt-in"`, `choice = "opt-out"`},
			"MC-09 material+consent changed purpose.news.choice"},
		{"MC-16 opt-out becomes opt-in", []string{`choice = "opt-out"`, `choice = "opt-in"`},
			"MC-16 notable changed purpose.stats.choice"},
		{"MC-10 request channel removed", []string{"url = \"https://example.com/requests\"\n", ""},
			"MC-10 material removed rights.url"},
		{"MC-10 slower answers", []string{"response_days = 30", "response_days = 45"},
			"MC-10 material changed rights.response_days"},
		{"MC-10 GPC no longer honoured", []string{"gpc = true", "gpc = false"},
			"MC-10 material changed signals.gpc"},
		{"MC-10 later notice of changes", []string{"days = 30", "days = 7"},
			"MC-10 material changed notice.change_notice.days"},
		{"MC-11 new indirect source", []string{"category = \"contact\"\nlabel", "category = \"contact\"\nsource = \"third-party\"\nlabel"},
			"MC-11 material changed data.email.source"},
		{"MC-12 new controller", []string{`name = "Example SAS"`, `name = "Example Holdings SA"`},
			"MC-12 material changed controller.name"},
		{"MC-13 younger audience", []string{"min_age = 16", "min_age = 13"},
			"MC-13 material+consent changed audience.min_age"},
		{"MC-14 security measure dropped", []string{`measures = ["encryption-in-transit", "access-control"]`, `measures = ["access-control"]`},
			"MC-14 material removed security.measures"},
		{"MC-14 slower breach notice", []string{"breach_notice_hours = 72", "breach_notice_hours = 96"},
			"MC-14 material changed security.breach_notice_hours"},
		{"MC-15 DPO contact", []string{`email = "dpo@example.com"`, `email = "dpo@example.org"`},
			"MC-15 notable changed dpo.email"},
		{"MC-16 purpose removed", []string{"[purpose.stats]", "[purpose.stats-gone]"},
			// Renaming an id is a removal and an addition.
			"MC-01 material added purpose.stats-gone; MC-16 notable removed purpose.stats"},
		{"MC-16 recipient removed", []string{"[recipient.host]\nname = \"Host Inc.\"\nrole = \"processor\"\npurposes = [\"orders\"]\ncountry = \"US\"\nsafeguard = \"adequacy\"\n", ""},
			"MC-16 notable removed recipient.host"},
		{"MC-17 wording", []string{`label = "Orders"`, `label = "Your orders"`},
			"MC-17 editorial changed purpose.orders.label"},
		{"MC-18 new version only", []string{`version = "1.0.0"`, `version = "1.1.0"`, "effective = 2026-01-01", "effective = 2027-01-01"},
			"MC-18 notable changed notice.effective; MC-18 notable changed notice.version"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := change(t, tt.edits...)
			if got := summarize(c); got != tt.want {
				t.Errorf("changes:\n got %s\nwant %s", got, tt.want)
			}
		})
	}
}

// TestChangeOrder: the list reads most important first, then by key,
// whatever the order of the declaration's tables.
func TestChangeOrder(t *testing.T) {
	c := change(t, `title = "Example privacy notice"`, `title = "Our privacy notice"`,
		`label = "Email address"`, `label = "Your email address"`,
		`email = "dpo@example.com"`, `email = "dpo@example.org"`,
		"gpc = true", "gpc = false", "min_age = 16", "min_age = 13")
	want := "MC-13 material+consent changed audience.min_age; MC-10 material changed signals.gpc; MC-15 notable changed dpo.email; MC-17 editorial changed data.email.label; MC-17 editorial changed notice.title"
	if got := summarize(c); got != want {
		t.Errorf("changes:\n got %s\nwant %s", got, want)
	}
}

// TestConsentOnlyWhereItIsTheBasis: a new purpose is asked consent for
// again only when it rests on consent. One on legitimate interests with an
// opt-out, even advertising, is material: people are told and reminded how
// to object.
func TestConsentOnlyWhereItIsTheBasis(t *testing.T) {
	ads := func(basis, choice string) string {
		return "[purpose.ads]\nkind = \"advertising\"\nlabel = \"Ads\"\ndata = [\"visits\"]\nbasis = \"" + basis + "\"\ninterest = \"Funding the site.\"\nchoice = \"" + choice + "\"\nwithdraw = \"Turn ads off.\"\nretention = \"1 year\"\n\n[recipient.mailer]"
	}
	for _, tt := range []struct {
		basis, choice string
		level         Level
		askAgain      bool
	}{
		{"consent", "opt-in", MaterialConsent, true},
		{"legitimate-interests", "opt-out", Material, false},
	} {
		c := change(t, "[recipient.mailer]", ads(tt.basis, tt.choice))
		if c.Level != tt.level {
			t.Errorf("a new advertising purpose on %s: level %s, want %s", tt.basis, c.Level, tt.level)
		}
		action := c.Action()
		if got := strings.Contains(action, "Ask for consent again"); got != tt.askAgain {
			t.Errorf("a new advertising purpose on %s: asks for consent again: %v, want %v:\n%s", tt.basis, got, tt.askAgain, action)
		}
		if !strings.Contains(action, "remind them how to object") {
			t.Errorf("a new advertising purpose on %s: the action does not remind people how to object:\n%s", tt.basis, action)
		}
	}
}

func TestDiffOverallLevel(t *testing.T) {
	c := change(t, `label = "Orders"`, `label = "Your orders"`, "gpc = true", "gpc = false", "min_age = 16", "min_age = 13")
	if c.Level != MaterialConsent {
		t.Errorf("level = %s, want material+consent", c.Level)
	}
	want := "Tell users by email and with a banner at least 30 days before the new effective date (2026-01-01), in every locale, and remind them how to object, withdraw consent or opt out. Ask for consent again before applying the change, and never apply it to data already collected without that consent. GDPR: A new purpose must be told before the processing for it starts; other changes well before they take effect, by a means devoted to them."
	if got := c.Action(); got != want {
		t.Errorf("action:\n got %s\nwant %s", got, want)
	}
}

// TestDiffIgnoresLayout: reordering tables and keys, and changing comments
// and spacing, is no change at all.
func TestDiffIgnoresLayout(t *testing.T) {
	parts := strings.Split(diffBase, "\n\n")
	for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
		parts[i], parts[j] = parts[j], parts[i]
	}
	reordered := "# reordered, with comments\n" + strings.ReplaceAll(strings.Join(parts, "\n\n# a comment\n\n"), " = ", "   =   ")
	old, err := Parse("old.toml", []byte(diffBase))
	if err != nil {
		t.Fatal(err)
	}
	new, err := Parse("new.toml", []byte(reordered))
	if err != nil {
		t.Fatal(err)
	}
	if c := Diff(old, new); !c.Empty() {
		t.Errorf("a reordered declaration has changes: %s", summarize(c))
	}
}

// TestSafeguardStrength: every safeguard a law accepts has a strength, and
// the UK's contractual tools weigh as the EU's clauses, so moving from one
// to the other is not a weaker safeguard.
func TestSafeguardStrength(t *testing.T) {
	for _, sg := range Safeguards {
		if _, ok := safeguardStrength[sg]; !ok {
			t.Errorf("safeguard %q has no strength", sg)
		}
	}
	for _, sg := range []Safeguard{"idta", "uk-addendum"} {
		if safeguardStrength[sg] != safeguardStrength["scc"] {
			t.Errorf("%s weighs %d, the EU clauses %d", sg, safeguardStrength[sg], safeguardStrength["scc"])
		}
	}
}

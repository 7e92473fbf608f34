package generator

import (
	"slices"

	"github.com/noticegen/noticegen/generator/law"
)

// Locale is a BCP 47 language code of a built-in locale.
type Locale string

// The built-in locales.
const (
	English    Locale = "en"
	French     Locale = "fr"
	Spanish    Locale = "es"
	Indonesian Locale = "id"
)

// Locales lists the built-in locales in their canonical order.
var Locales = []Locale{English, French, Spanish, Indonesian}

// Jurisdiction is the id of a law the notice is written for: one of the
// laws of package law, which holds everything that differs by law.
type Jurisdiction string

// Jurisdictions lists the ids of the laws noticegen knows, sorted.
func Jurisdictions() []Jurisdiction {
	var js []Jurisdiction
	for _, id := range law.IDs() {
		js = append(js, Jurisdiction(id))
	}
	return js
}

// Channel is a way of telling people about changes.
type Channel string

// Channels lists the ways of telling people about changes.
var Channels = []Channel{"email", "banner", "in-app", "post"}

// Category is a data category. Each has a localized name; whether it is
// sensitive, and what a law calls it, is for each law to say (package law).
type Category string

// Categories lists the data categories of notice-format.md.
var Categories = []Category{
	"identity",
	"contact",
	"account",
	"government-id",
	"financial",
	"purchases",
	"precise-location",
	"approximate-location",
	"device",
	"usage",
	"content",
	"communications",
	"health",
	"biometric",
	"genetic",
	"demographics",
	"beliefs",
	"ethnicity",
	"sex-life",
	"union-membership",
	"criminal",
	"employment",
	"education",
	"inferences",
	"other",
}

// PurposeKind is what kind of purpose a purpose is.
type PurposeKind string

// PurposeKinds lists the purpose kinds.
var PurposeKinds = []PurposeKind{
	"service", "account", "support", "security", "legal", "analytics", "research",
	"personalization", "marketing", "advertising", "sale", "other",
}

// Basis is a legal basis for processing (GDPR Art. 6(1), UU PDP Pasal 20(2)).
type Basis string

// The legal bases.
const (
	Consent             Basis = "consent"
	Contract            Basis = "contract"
	LegalObligation     Basis = "legal-obligation"
	VitalInterests      Basis = "vital-interests"
	PublicTask          Basis = "public-task"
	LegitimateInterests Basis = "legitimate-interests"
)

// Bases lists the legal bases in the order of GDPR Art. 6(1).
var Bases = []Basis{Consent, Contract, LegalObligation, VitalInterests, PublicTask, LegitimateInterests}

// SpecialConditions lists the conditions a purpose may declare for
// processing special categories of data: every condition a law knows.
func SpecialConditions() []string {
	var ids []string
	for _, l := range law.All() {
		if l.Sensitive == nil {
			continue
		}
		for _, c := range l.Sensitive.Conditions {
			if !slices.Contains(ids, c.ID) {
				ids = append(ids, c.ID)
			}
		}
	}
	return ids
}

// Choice is what say a person has over a purpose.
type Choice string

// The choices.
const (
	NoChoice Choice = "none"
	OptIn    Choice = "opt-in"  // off until the person agrees
	OptOut   Choice = "opt-out" // on until the person objects
)

// Choices lists the choices.
var Choices = []Choice{NoChoice, OptIn, OptOut}

// Source is where data comes from.
type Source string

// Sources lists where data can come from; "you" is the default.
var Sources = []Source{"you", "device", "third-party", "public"}

// Role is a recipient's role.
type Role string

// Roles lists recipient roles.
var Roles = []Role{"processor", "controller", "authority"}

// Safeguard is what protects a transfer abroad.
type Safeguard string

// Safeguards lists transfer safeguards. Which ones a law accepts, and what
// it calls them, is the law's to say: idta and uk-addendum are the UK's
// transfer tools, and the UK Addendum rests on the EU clauses; assessment
// is Quebec's privacy impact assessment with a written agreement.
var Safeguards = []Safeguard{"adequacy", "scc", "bcr", "idta", "uk-addendum", "assessment", "consent", "derogation"}

// Measure is a security measure.
type Measure string

// Measures lists the security measures.
var Measures = []Measure{
	"encryption-in-transit", "encryption-at-rest", "access-control", "pseudonymisation",
	"backups", "staff-training", "audits", "two-factor",
}

// Event is what a retention period runs from, or until.
type Event string

// Events lists retention events.
var Events = []Event{"account-closed", "contract-ended", "consent-withdrawn", "last-activity"}

func names[T ~string](values []T) []string {
	s := make([]string, len(values))
	for i, v := range values {
		s[i] = string(v)
	}
	return s
}

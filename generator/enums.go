package generator

import "slices"

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

// Jurisdiction is a law the notice is written for.
type Jurisdiction string

// The jurisdictions noticegen knows.
const (
	GDPR  Jurisdiction = "gdpr"   // EU General Data Protection Regulation 2016/679
	CCPA  Jurisdiction = "ccpa"   // California Consumer Privacy Act as amended by the CPRA
	UUPDP Jurisdiction = "uu-pdp" // Indonesia, Undang-Undang No. 27 Tahun 2022 (Pelindungan Data Pribadi)
)

// Jurisdictions lists the known jurisdictions.
var Jurisdictions = []Jurisdiction{GDPR, CCPA, UUPDP}

// Channel is a way of telling people about changes.
type Channel string

// Channels lists the ways of telling people about changes.
var Channels = []Channel{"email", "banner", "in-app", "post"}

// Category is a data category. Each has a localized name, a CCPA category
// and a sensitivity.
type Category string

// CategoryInfo describes a data category.
type CategoryInfo struct {
	Name      Category
	Sensitive bool   // GDPR Art. 9, CCPA sensitive PI or UU PDP data pribadi spesifik
	CCPA      string // letter of the category in Cal. Civ. Code §1798.140(v)(1)
}

// Categories lists the data categories of notice-format.md, with the
// crosswalk of reference/legal.md §5.6.
var Categories = []CategoryInfo{
	{"identity", false, "A"},
	{"contact", false, "A"},
	{"account", false, "A"},
	{"government-id", true, "A"},
	{"financial", true, "B"},
	{"purchases", false, "D"},
	{"precise-location", true, "G"},
	{"approximate-location", false, "G"},
	{"device", false, "A"},
	{"usage", false, "F"},
	{"content", false, "H"},
	{"communications", false, "F"},
	{"health", true, "B"},
	{"biometric", true, "E"},
	{"genetic", true, "E"},
	{"demographics", false, "C"},
	{"beliefs", true, "C"},
	{"ethnicity", true, "C"},
	{"sex-life", true, "C"},
	{"union-membership", true, "L"},
	{"criminal", true, "C"},
	{"employment", false, "I"},
	{"education", false, "J"},
	{"inferences", false, "K"},
	{"other", false, "A"},
}

func (c Category) info() CategoryInfo {
	for _, i := range Categories {
		if i.Name == c {
			return i
		}
	}
	return CategoryInfo{Name: c}
}

// Sensitive reports whether data of the category is sensitive in itself.
func (c Category) Sensitive() bool { return c.info().Sensitive }

// CCPA returns the letter of the CCPA category (§1798.140(v)(1)) the data
// category falls under.
func (c Category) CCPA() string { return c.info().CCPA }

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

// Safeguards lists transfer safeguards.
var Safeguards = []Safeguard{"adequacy", "scc", "bcr", "consent", "derogation"}

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

// eea lists the countries of the European Economic Area: the EU 27 plus
// Iceland, Liechtenstein and Norway. Transfers outside it need a GDPR
// Chapter V safeguard.
var eea = []string{
	"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT",
	"LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "IS", "LI", "NO",
}

// InEEA reports whether the ISO country code is in the European Economic Area.
func InEEA(country string) bool { return slices.Contains(eea, country) }

func names[T ~string](values []T) []string {
	s := make([]string, len(values))
	for i, v := range values {
		s[i] = string(v)
	}
	return s
}

package law

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Law is one privacy law as data: everything a notice says differently
// because of it. A field left nil means the law has no such rule (the CCPA
// has no general right to object, the UU PDP no list of transfer
// safeguards by name), and the frame then says nothing on its behalf.
//
// Sentences are not here: every field that a notice prints names a catalog
// key (locales/*.toml), so that translators never read Go. English text
// in this package (Name, What, Deadline) is for `noticegen laws`, which
// shows legal teams what noticegen encodes.
type Law struct {
	ID       string `json:"id,omitempty"`       // the id a declaration lists in notice.jurisdictions
	Short    string `json:"short,omitempty"`    // English abbreviation: "GDPR"
	Name     string `json:"name,omitempty"`     // English name, as `noticegen laws` shows it
	Citation string `json:"citation,omitempty"` // the law's official citation
	Applies  string `json:"applies,omitempty"`  // when the law applies, in one English sentence
	Ref             // where the notice duty is written

	// Elements are what a notice under this law must contain; `check` reads
	// them through their Require ids.
	Elements []Element `json:"elements,omitempty"`

	// Bases cites, by legal basis (notice-format.md's enum), the provision
	// that allows processing on it. Nil: the law has no list of lawful
	// bases, and purposes cite none under it.
	Bases map[string]Ref `json:"bases,omitempty"`

	Rights []Right `json:"rights,omitempty"`
	// SummaryRights are the sentences the summary adds to the rights every
	// law gives (see, correct, delete, copy), each with its condition.
	SummaryRights []Right `json:"summary_rights,omitempty"`
	// Object is the general right to object to processing on some bases;
	// nil when the law has none (a person may then only withdraw consent,
	// or use the rights listed).
	Object    *Objection `json:"object,omitempty"`
	Sensitive *Sensitive `json:"sensitive,omitempty"`
	Children  *Children  `json:"children,omitempty"`
	Transfers *Transfers `json:"transfers,omitempty"`
	Breach    *Breach    `json:"breach,omitempty"`
	Complaint *Complaint `json:"complaint,omitempty"`
	Requests  Requests   `json:"requests,omitempty"`
	Changes   Changes    `json:"changes,omitempty"`
	// Automated is what people can do about a decision based solely on
	// automated processing, under this law; nil when the law gives nothing
	// of its own.
	Automated *Automated `json:"automated,omitempty"`
	// AutomatedBases, when set, are the only legal bases on which a decision
	// based solely on automated processing, with legal or similarly
	// significant effects, may be taken (GDPR Art. 22(2)).
	AutomatedBases []string `json:"automated_bases,omitempty"`
	AutomatedRef   Ref      `json:"automated_ref,omitempty"`
	// OptOut is the law's opt-out of sale and sharing, with its own
	// taxonomy of personal information; nil when the law has none.
	OptOut *OptOut `json:"opt_out,omitempty"`
	// DPOKey, when set, is the catalog prefix of the sentences that name the
	// data protection officer in the law's own terms (dpo_named,
	// dpo_unnamed). Otherwise the frame's general sentences are used.
	DPOKey string `json:"-"`
	// AdsOnOptOut, when set, cites where the law lets targeted advertising
	// and the sale of data go on until the person opts out (the CCPA, the
	// US state laws). AdsOptInUnder is the age below which it wants more
	// even so: consent, or no such processing at all. `check` reads both:
	// advertising that is not opt-in is a warning, not an error, in a
	// notice under such laws alone for an audience of that age or older.
	AdsOnOptOut   Ref `json:"ads_on_opt_out,omitempty"`
	AdsOptInUnder int `json:"ads_opt_in_under,omitempty"`
	// Frame, when set, is the id of the law whose words for the frame's
	// general sentences this law speaks ("law.<Frame>.frame.<key>"): Utah's
	// are those of the other US state laws. A notice under laws that all
	// speak the same words speaks them.
	Frame string `json:"frame,omitempty"`
	// Layers are national rules that complete the law, by country.
	Layers []Layer `json:"layers,omitempty"`
	// Statements are sentences the law makes a notice print, word for word,
	// where their condition holds (Texas's "NOTICE: We may sell your
	// sensitive personal data."). They open the summary and the policy,
	// since the law wants them where the notice is, and as it is shown.
	Statements []Statement `json:"statements,omitempty"`
}

// Statement is a sentence a law requires, with its condition.
type Statement struct {
	What string `json:"what,omitempty"` // in English, for `noticegen laws`
	Key  string `json:"-"`              // catalog key of the sentence
	// When is WhenSensitiveSold or WhenBiometricSold; "" always.
	When string `json:"when,omitempty"`
	// Lang, when set, is the language the law gives the sentence in: every
	// catalog prints it word for word from that language's catalog, and may
	// add a translation after it.
	Lang string `json:"lang,omitempty"`
	Ref
}

// Ref cites where a rule is written: an article (in the law's own
// numbering, as an English reader writes it) and the ids of
// reference/legal.md, so a legal team can trace every sentence.
type Ref struct {
	Article string   `json:"article,omitempty"`
	IDs     []string `json:"ids,omitempty"`
}

// Cite returns "Art. 15 [GDPR-13-2-b]", or the article alone.
func (r Ref) Cite() string {
	if len(r.IDs) == 0 {
		return r.Article
	}
	return r.Article + " [" + strings.Join(r.IDs, ", ") + "]"
}

// Element is one thing a notice must contain.
type Element struct {
	What string `json:"what,omitempty"` // in English
	// Require names the check that holds a declaration to the element, for
	// elements a declaration can miss (see package check); "" for elements
	// the frame always renders.
	Require string `json:"require,omitempty"`
	Ref
}

// The requirements that package check knows, by Element.Require.
const (
	RequireAuthority      = "authority"       // the supervisory authority is named
	RequireRepresentative = "representative"  // a controller outside the territory names a representative
	RequireSafeguard      = "safeguard"       // each transfer out of the territory has a safeguard the law accepts
	RequireRequiredData   = "required-data"   // whether each item must be provided, and what follows if not
	RequireSource         = "source"          // where indirectly collected data comes from
	RequireRequestMethods = "request-methods" // two or more ways to submit requests
	RequireOptOutLink     = "opt-out-link"    // a way to opt out of sale and sharing
	RequireSignals        = "signals"         // how browser privacy signals are answered
	RequireBreachDeadline = "breach-deadline" // a breach commitment within the law's deadline
	RequireCondition      = "condition"       // a condition for each purpose that processes sensitive data
	RequireContactPerson  = "contact-person"  // a named person people can ask about the processing
	RequireOptOutSignal   = "opt-out-signal"  // whether universal opt-out signals (Global Privacy Control) are honoured
)

// Right is one right a person has under the law.
type Right struct {
	ID   string `json:"id,omitempty"`   // stable id: access, erasure, object, …
	Name string `json:"name,omitempty"` // in English
	Key  string `json:"-"`              // catalog key of the sentence that states it
	// When limits the right to notices where it can arise: "" always,
	// WhenConsent when a purpose rests on consent, WhenAutomated when a
	// purpose decides by automated means, WhenSensitive when the law treats
	// some data as sensitive, WhenSold when data is sold or shared.
	When string `json:"when,omitempty"`
	// Conditions, in English: grounds required, bases it covers.
	Conditions string `json:"conditions,omitempty"`
	Deadline   string `json:"deadline,omitempty"` // in English; "" when the law sets none of its own
	Ref
}

// Conditions a right, or a sentence, can depend on.
const (
	WhenConsent   = "consent"
	WhenAutomated = "automated"
	WhenSensitive = "sensitive"
	WhenSold      = "sold"
	// WhenSensitiveSold: data the law treats as sensitive is sold;
	// WhenBiometricSold: biometric data is sold (recipient.<id>.sold, not
	// sharing: Texas's sentences speak of sale).
	WhenSensitiveSold = "sensitive-sold"
	WhenBiometricSold = "biometric-sold"
)

// Automated is the safeguard a law gives against decisions based solely on
// automated processing.
type Automated struct {
	What string `json:"what,omitempty"` // in English
	// Key and SummaryKey state it after the decisions the notice lists.
	Key        string `json:"-"`
	SummaryKey string `json:"-"`
	Ref
}

// Objection is a general right to object.
type Objection struct {
	// Bases are the legal bases it covers, on grounds relating to the
	// person's particular situation.
	Bases []string `json:"bases,omitempty"`
	// Key is the sentence printed in each purpose on one of those bases
	// that people cannot already turn off.
	Key string `json:"-"`
	// MarketingKey is the sentence for direct marketing, which people may
	// object to without grounds; "" when the law has no such rule.
	MarketingKey string `json:"-"`
	Ref
	MarketingRef Ref `json:"marketing_ref,omitempty"`
}

// Sensitive is what the law treats as sensitive data, and what the notice
// says of it.
type Sensitive struct {
	Term string `json:"term,omitempty"` // the law's own term, in English
	// Categories are the data categories (notice-format.md) the law treats
	// as sensitive in themselves, each with the sentence a data item of
	// the category gets. `sensitive = true` on an item adds it under
	// Default.
	Categories map[string]SensitiveRule `json:"categories,omitempty"`
	Default    SensitiveRule            `json:"default,omitempty"`
	// Conditions are the conditions a purpose needs to process such data
	// (GDPR Art. 9(2)), by the id a declaration writes in
	// purpose.<id>.special_condition; nil when the law requires none.
	Conditions []Condition `json:"conditions,omitempty"`
	// ConditionKey is the sentence that states a purpose's condition.
	ConditionKey string `json:"-"`
	// Choice, when set, is the least choice a purpose that processes such
	// data must give for the notice's sentence on it to hold: "opt-in"
	// (only with consent, as the US state laws require) or "opt-out"
	// (Utah: clear notice and an opportunity to opt out). `check` reads it.
	Choice string `json:"choice,omitempty"`
	Ref
}

// SensitiveRule is the sentence for one kind of sensitive data.
type SensitiveRule struct {
	Key string `json:"-"`
	// NeedsCondition: a purpose that processes such data needs one of the
	// law's Conditions (GDPR Art. 9 data does, Art. 10 data does not).
	NeedsCondition bool `json:"needs_condition,omitempty"`
	Ref
}

// Condition is one condition for processing sensitive data.
type Condition struct {
	ID   string `json:"id,omitempty"`   // as a declaration writes it
	Name string `json:"name,omitempty"` // in English
	Key  string `json:"-"`              // catalog key of its name in a sentence
	Ref
}

// Children is what the law says of children's consent.
type Children struct {
	Age int `json:"age,omitempty"` // below it, a child's own consent is not enough
	// Joint: below Age, the child and a parent consent together (France);
	// otherwise Parent gives or authorises consent.
	Joint bool `json:"joint,omitempty"`
	// Parent is who consents for a child, in the law's words, in English.
	Parent string `json:"parent,omitempty"`
	// OnlyConsent: the rule applies to processing on consent only (GDPR
	// Art. 8 covers information society services offered on consent).
	OnlyConsent bool `json:"only_consent,omitempty"`
	// Key is the sentence that states the rule; it receives {count}, the age.
	Key string `json:"-"`
	Ref
}

// Transfers is when the law restricts sending data abroad.
type Transfers struct {
	// Territory names, in English, where data moves freely: "the European
	// Economic Area".
	Territory string `json:"territory,omitempty"`
	// Inside lists the countries (ISO 3166 alpha-2) data may go to
	// without a safeguard under this law.
	Inside []string `json:"inside,omitempty"`
	// Adequate lists the countries the law itself deems adequate: a
	// transfer there rests on the "adequacy" safeguard without the
	// declaration saying so (the UK's adequacy regulations cover the EEA).
	Adequate []string `json:"adequate,omitempty"`
	// OutsideKey names the territory in a sentence: "outside the European
	// Economic Area".
	OutsideKey string `json:"-"`
	// Safeguards are what the law accepts, by the value a declaration
	// writes in recipient.<id>.safeguard.
	Safeguards map[string]Safeguard `json:"safeguards,omitempty"`
	// CopyKey, when set, is the sentence that offers a copy of the
	// safeguards (GDPR Art. 13(1)(f)); it is printed only when a
	// transfer rests on a safeguard that has a text to copy.
	CopyKey string `json:"-"`
	Ref
}

// Safeguard is one basis for a transfer abroad.
type Safeguard struct {
	Key string `json:"-"` // catalog key of its description
	// Protective: the safeguard itself protects the data (an adequacy
	// decision, contractual clauses). Consent and derogations allow a
	// transfer without protecting it, and the frame never calls such a
	// transfer protected.
	Protective bool `json:"protective,omitempty"`
	// Copy: there is a document people may ask a copy of.
	Copy bool `json:"copy,omitempty"`
	Ref
}

// When says how fast the law wants people told, in English.
func (b *Breach) When() string {
	switch {
	case b.Hours > 0:
		return fmt.Sprintf("within %d hours", b.Hours)
	case b.Deadline != "":
		return b.Deadline
	}
	return "without undue delay"
}

// Covers reports whether a transfer to the country needs no safeguard
// under the law.
func (t *Transfers) Covers(country string) bool { return slices.Contains(t.Inside, country) }

// SafeguardFor returns what a transfer to the country rests on: the
// declared safeguard when the law accepts it, else the law's own adequacy
// where it deems the country adequate. ok is false when neither holds.
func (t *Transfers) SafeguardFor(country, declared string) (id string, s Safeguard, ok bool) {
	if s, ok := t.Safeguards[declared]; ok {
		return declared, s, true
	}
	if declared == "" && slices.Contains(t.Adequate, country) {
		s, ok := t.Safeguards["adequacy"]
		return "adequacy", s, ok
	}
	return "", Safeguard{}, false
}

// Breach is when and how fast the law requires people to be told of a
// breach.
type Breach struct {
	// Threshold, in English: "likely high risk", "any failure".
	Threshold string `json:"threshold,omitempty"`
	// Hours is the law's deadline to tell people; 0 when it says "without
	// undue delay".
	// Deadline says, in English, how fast when Hours is 0: "without undue
	// delay" unless the law says otherwise ("without delay").
	Deadline string `json:"deadline,omitempty"`
	Hours    int    `json:"hours,omitempty"`
	// Key is the policy's sentence; it receives {hours} when the
	// declaration commits to a deadline, else the law's own.
	Key      string `json:"-"`
	KeyHours string `json:"key_hours,omitempty"`
	// SummaryKey and SummaryKeyHours are the summary's sentences.
	SummaryKey      string `json:"-"`
	SummaryKeyHours string `json:"summary_key_hours,omitempty"`
	Ref
}

// Complaint is where people complain.
type Complaint struct {
	// Authority is the authority's name in English; "" when the
	// declaration's [authority] names it (the GDPR's lead authority).
	Authority string `json:"authority,omitempty"`
	// AuthorityKey is the catalog key of the authority's name, when the
	// law names it.
	AuthorityKey string `json:"-"`
	URL          string `json:"url,omitempty"`
	// Elsewhere: people may complain to another authority too (GDPR
	// Art. 77: where they live or work, or where it happened).
	Elsewhere bool `json:"elsewhere,omitempty"`
	// Key and NamedKey are the policy's sentences (NamedKey receives
	// {authority}); SummaryKey and SummaryNamedKey are the summary's.
	Key             string `json:"-"`
	NamedKey        string `json:"-"`
	SummaryKey      string `json:"-"`
	SummaryNamedKey string `json:"-"`
	Ref
}

// Requests is how fast the law requires an answer to a request.
type Requests struct {
	Days      int `json:"days,omitempty"`      // 0 when the law sets no general deadline
	Extension int `json:"extension,omitempty"` // days the deadline may be extended by
	// Month is true when the deadline is a calendar month, which Days
	// counts as 30: a month from 31 January ends on 28 February, so an
	// answer promised in more than 28 days can come after it.
	Month    bool   `json:"month,omitempty"`
	Deadline string `json:"deadline,omitempty"`
	// Key is the policy sentence that states the deadline when the
	// declaration does not commit to a shorter one.
	Key string `json:"-"`
	Ref
}

// Changes is what the law says about changing the notice.
type Changes struct {
	Rule string `json:"rule,omitempty"` // in English, for `noticegen laws` and diff's action
	// Before: people must be told before the change takes effect.
	Before bool `json:"before,omitempty"`
	Ref
}

// OptOut is a law's opt-out of sale and sharing (the CCPA's).
type OptOut struct {
	// Categories maps each data category (notice-format.md) to the law's
	// own category of personal information, a catalog key suffix.
	Categories map[string]string `json:"categories,omitempty"`
	Ref
}

// Layer is a country's own rules that complete a law (a Member State's
// under the GDPR): set only what differs.
type Layer struct {
	Country  string `json:"country,omitempty"` // ISO 3166 alpha-2
	Name     string `json:"name,omitempty"`    // in English; "" for a layer that only sets an age
	Citation string `json:"citation,omitempty"`
	// Key is the catalog prefix of the layer's sentences (its name, its
	// "under" form, its rights heading); "" for a layer that only sets an age.
	Key string `json:"-"`
	// UnderKey names the layer's law in a sentence when it has no Key of
	// its own ("national law").
	UnderKey string    `json:"-"`
	Children *Children `json:"children,omitempty"`
	// Complaint names the country's authority when the declaration names none.
	Complaint *Complaint `json:"complaint,omitempty"`
	Rights    []Right    `json:"rights,omitempty"`
	Elements  []Element  `json:"elements,omitempty"`
	// Summary, when set, is the order of the summary's sections, for a
	// country whose authority prescribes a first layer.
	Summary []string `json:"summary,omitempty"`
	// SummaryBasis: the summary's table states each purpose's legal basis.
	SummaryBasis bool `json:"summary_basis,omitempty"`
	// Notes are the country's other rules, in English, for `noticegen
	// laws` (for example that consent alone does not allow some
	// processing of sensitive data).
	Notes []string `json:"notes,omitempty"`
	Ref
}

var laws []*Law

// register adds a law; each law's file calls it from init.
func register(l *Law) {
	if ByID(l.ID) != nil {
		panic("law: " + l.ID + " registered twice")
	}
	laws = append(laws, l)
}

// All returns every law noticegen encodes, by id.
func All() []*Law {
	out := slices.Clone(laws)
	slices.SortFunc(out, func(a, b *Law) int { return cmp.Compare(a.ID, b.ID) })
	return out
}

// IDs returns the id of every law, sorted.
func IDs() []string {
	var ids []string
	for _, l := range All() {
		ids = append(ids, l.ID)
	}
	return ids
}

// ByID returns the law with the id, or nil.
func ByID(id string) *Law {
	for _, l := range laws {
		if l.ID == id {
			return l
		}
	}
	return nil
}

// Layer returns the law's rules for the country, or nil when it has none.
func (l *Law) Layer(country string) *Layer {
	for i := range l.Layers {
		if l.Layers[i].Country == country {
			return &l.Layers[i]
		}
	}
	return nil
}

// Applied is a law as it applies to one notice: the law, completed by the
// rules of the controller's country where the law has them.
type Applied struct {
	*Law
	Layer *Layer `json:"-"` // nil when the law has no rules for the country
}

// Apply returns the laws the notice lists, in its order, each with the
// layer of the controller's country. An unknown id is an error.
func Apply(ids []string, country string) ([]Applied, error) {
	var out []Applied
	for _, id := range ids {
		l := ByID(id)
		if l == nil {
			return nil, fmt.Errorf("unknown law %q (noticegen knows %s)", id, strings.Join(IDs(), ", "))
		}
		out = append(out, Applied{Law: l, Layer: l.Layer(country)})
	}
	return out, nil
}

// Children returns the children's rule, the layer's where it has one.
func (a Applied) Children() *Children {
	if a.Layer != nil && a.Layer.Children != nil {
		return a.Layer.Children
	}
	return a.Law.Children
}

// Complaint returns where people complain: the law's, with the layer's
// authority where the law leaves it to the country.
func (a Applied) Complaint() *Complaint {
	c := a.Law.Complaint
	if c == nil || a.Layer == nil || a.Layer.Complaint == nil {
		return c
	}
	merged := *c
	merged.Authority, merged.AuthorityKey, merged.URL = a.Layer.Complaint.Authority, a.Layer.Complaint.AuthorityKey, a.Layer.Complaint.URL
	return &merged
}

// Rights returns the law's rights, then the layer's.
func (a Applied) Rights() []Right {
	if a.Layer == nil {
		return a.Law.Rights
	}
	return append(slices.Clip(a.Law.Rights), a.Layer.Rights...)
}

// Elements returns the law's required elements, then the layer's.
func (a Applied) Elements() []Element {
	if a.Layer == nil {
		return a.Law.Elements
	}
	return append(slices.Clip(a.Law.Elements), a.Layer.Elements...)
}

// Requires reports whether an element of the law, or of its layer, holds
// declarations to the requirement.
func (a Applied) Requires(req string) (Element, bool) {
	for _, e := range a.Elements() {
		if e.Require == req {
			return e, true
		}
	}
	return Element{}, false
}

// SensitiveRule returns the sentence for a data item of the category
// under the law, and whether the law treats it as sensitive at all.
// declared is the item's `sensitive = true`.
func (l *Law) SensitiveRule(category string, declared bool) (SensitiveRule, bool) {
	if l.Sensitive == nil {
		return SensitiveRule{}, false
	}
	if r, ok := l.Sensitive.Categories[category]; ok {
		return r, true
	}
	if declared {
		return l.Sensitive.Default, true
	}
	return SensitiveRule{}, false
}

// Condition returns the law's condition with the id, or nil.
func (s *Sensitive) Condition(id string) *Condition {
	for i := range s.Conditions {
		if s.Conditions[i].ID == id {
			return &s.Conditions[i]
		}
	}
	return nil
}

package law

// GDPR is the EU General Data Protection Regulation. Its articles and the
// ids in brackets are those of reference/legal.md §1; the Member States'
// own rules are in gdpr_layers.go.
var GDPR = &Law{
	ID:       "gdpr",
	Short:    "GDPR",
	Name:     "EU General Data Protection Regulation (GDPR)",
	Citation: "Regulation (EU) 2016/679",
	Applies:  "An organisation established in the EU or EEA, or one that offers goods or services to people in the EU or monitors their behaviour there (Art. 3).",
	Ref:      Ref{"Art. 12-14", []string{"GDPR-12-1-a", "GDPR-13-T"}},
	Elements: []Element{
		{What: "Identity and contact details of the controller", Ref: Ref{"Art. 13(1)(a)", []string{"GDPR-13-1-a"}}},
		{What: "Identity and contact details of the representative in the Union, for a controller outside it", Require: RequireRepresentative, Ref: Ref{"Art. 13(1)(a), 27", []string{"GDPR-13-1-a"}}},
		{What: "Contact details of the data protection officer, where there is one", Ref: Ref{"Art. 13(1)(b)", []string{"GDPR-13-1-b"}}},
		{What: "Each purpose and its legal basis", Ref: Ref{"Art. 13(1)(c)", []string{"GDPR-13-1-c"}}},
		{What: "The legitimate interests pursued, for purposes that rest on them", Ref: Ref{"Art. 13(1)(d)", []string{"GDPR-13-1-d"}}},
		{What: "The condition of Art. 9(2) for each purpose that processes special categories of data", Require: RequireCondition, Ref: Ref{"Art. 9(2)", []string{"GDPR-9"}}},
		{What: "The recipients or categories of recipients", Ref: Ref{"Art. 13(1)(e)", []string{"GDPR-13-1-e"}}},
		{What: "Transfers outside the EEA, with their adequacy decision or safeguard and how to get a copy of it", Require: RequireSafeguard, Ref: Ref{"Art. 13(1)(f)", []string{"GDPR-13-1-f"}}},
		{What: "How long data is kept, or the criteria that decide it", Ref: Ref{"Art. 13(2)(a)", []string{"GDPR-13-2-a"}}},
		{What: "The rights of access, rectification, erasure, restriction, objection and portability", Ref: Ref{"Art. 13(2)(b)", []string{"GDPR-13-2-b"}}},
		{What: "The right to withdraw consent, where a purpose rests on consent", Ref: Ref{"Art. 13(2)(c)", []string{"GDPR-13-2-c"}}},
		{What: "The right to lodge a complaint with a supervisory authority", Require: RequireAuthority, Ref: Ref{"Art. 13(2)(d)", []string{"GDPR-13-2-d"}}},
		{What: "Whether providing data is required, and what follows if it is not provided", Require: RequireRequiredData, Ref: Ref{"Art. 13(2)(e)", []string{"GDPR-13-2-e"}}},
		{What: "Automated decisions, including profiling, with their logic and effects", Ref: Ref{"Art. 13(2)(f)", []string{"GDPR-13-2-f"}}},
		{What: "Where data not obtained from the person comes from", Require: RequireSource, Ref: Ref{"Art. 14(2)(f)", []string{"GDPR-14-2-f"}}},
	},
	Bases: map[string]Ref{
		"consent":              {"Art. 6(1)(a)", []string{"A6-1-a"}},
		"contract":             {"Art. 6(1)(b)", []string{"A6-1-b"}},
		"legal-obligation":     {"Art. 6(1)(c)", []string{"A6-1-c"}},
		"vital-interests":      {"Art. 6(1)(d)", []string{"A6-1-d"}},
		"public-task":          {"Art. 6(1)(e)", []string{"A6-1-e"}},
		"legitimate-interests": {"Art. 6(1)(f)", []string{"A6-1-f"}},
	},
	SummaryRights: []Right{{ID: "restrict-object", Key: "law.gdpr.summary_rights", Ref: Ref{"Art. 18, 21", nil}}},
	Automated: &Automated{
		What: "human intervention, expressing one's point of view and contesting the decision",
		Key:  "law.gdpr.automated", SummaryKey: "law.gdpr.summary_automated",
		Ref: Ref{"Art. 22(3)", []string{"GDPR-13-2-f"}},
	},
	Rights: gdprRights("law.gdpr.right.automated", Ref{"Art. 22", []string{"GDPR-13-2-f"}}),
	// Art. 22(2): necessary for a contract, authorised by law, or based on
	// explicit consent.
	AutomatedBases: []string{"contract", "legal-obligation", "consent"},
	AutomatedRef:   Ref{"Art. 22(1)-(2)", []string{"GDPR-13-2-f"}},
	Object: &Objection{
		Bases:        []string{"legitimate-interests", "public-task"},
		Key:          "law.gdpr.object",
		MarketingKey: "law.gdpr.object_marketing",
		Ref:          Ref{"Art. 21(1)", []string{"GDPR-21-4"}},
		MarketingRef: Ref{"Art. 21(2)-(3)", []string{"GDPR-21-4"}},
	},
	Sensitive: &Sensitive{
		Term: "special categories of personal data (Art. 9); personal data relating to criminal convictions and offences (Art. 10)",
		Categories: map[string]SensitiveRule{
			"health":           gdprSpecial,
			"biometric":        gdprSpecial,
			"genetic":          gdprSpecial,
			"beliefs":          gdprSpecial,
			"ethnicity":        gdprSpecial,
			"sex-life":         gdprSpecial,
			"union-membership": gdprSpecial,
			"criminal":         {Key: "law.gdpr.criminal", Ref: Ref{"Art. 10", nil}},
		},
		Default:      gdprSpecial,
		Conditions:   gdprConditions("law.gdpr.condition.", "Art. 9(2)"),
		ConditionKey: "law.gdpr.condition_line",
		Ref:          Ref{"Art. 9(1)-(2)", []string{"GDPR-9"}},
	},
	Children: &Children{Age: 16, OnlyConsent: true, Parent: "the holder of parental responsibility", Key: "law.gdpr.children_member_states", Ref: Ref{"Art. 8(1)", []string{"GDPR-8-1"}}},
	Transfers: &Transfers{
		Territory:  "the European Economic Area",
		Inside:     EEA,
		OutsideKey: "law.gdpr.outside",
		Safeguards: map[string]Safeguard{
			"adequacy":    {Key: "law.gdpr.safeguard.adequacy", Protective: true, Ref: Ref{"Art. 45", nil}},
			"scc":         {Key: "law.gdpr.safeguard.scc", Protective: true, Copy: true, Ref: Ref{"Art. 46(2)(c)", nil}},
			"uk-addendum": {Key: "law.gdpr.safeguard.scc", Protective: true, Copy: true, Ref: Ref{"Art. 46(2)(c)", nil}}, // an addendum to the EU clauses, which the transfer rests on
			"bcr":         {Key: "law.gdpr.safeguard.bcr", Protective: true, Copy: true, Ref: Ref{"Art. 47", nil}},
			"consent":     {Key: "law.gdpr.safeguard.consent", Ref: Ref{"Art. 49(1)(a)", nil}},
			"derogation":  {Key: "law.gdpr.safeguard.derogation", Ref: Ref{"Art. 49(1)", nil}},
		},
		CopyKey: "law.gdpr.transfers_copy",
		Ref:     Ref{"Art. 13(1)(f), 44-49", []string{"GDPR-13-1-f"}},
	},
	Breach: &Breach{
		Threshold:  "a breach likely to result in a high risk to people's rights and freedoms",
		Key:        "law.gdpr.breach",
		KeyHours:   "law.gdpr.breach_hours",
		SummaryKey: "law.gdpr.summary_breach", SummaryKeyHours: "law.gdpr.summary_breach_hours",
		Ref: Ref{"Art. 33(1), 34(1)", []string{"GDPR-33-1", "GDPR-34-1"}},
	},
	Complaint: &Complaint{
		Elsewhere: true,
		Key:       "law.gdpr.complaint", NamedKey: "law.gdpr.complaint_named",
		SummaryKey: "law.gdpr.summary_complaint", SummaryNamedKey: "law.gdpr.summary_complaint_named",
		Ref: Ref{"Art. 77, 13(2)(d)", []string{"GDPR-13-2-d"}},
	},
	Requests: Requests{
		Days: 30, Extension: 60, Month: true, Deadline: "one month, extendable by two further months for complex or numerous requests",
		Key: "law.gdpr.requests", Ref: Ref{"Art. 12(3)", []string{"GDPR-12-3"}},
	},
	Changes: Changes{
		Rule:   "A new purpose must be told before the processing for it starts; other changes well before they take effect, by a means devoted to them.",
		Before: true,
		Ref:    Ref{"Art. 13(3), 14(4); WP260 rev.01", []string{"GDPR-13-3", "WP260-C1", "WP260-C2"}},
	},
	Layers: gdprLayers,
}

func init() { register(GDPR) }

var gdprSpecial = SensitiveRule{Key: "law.gdpr.special", NeedsCondition: true, Ref: Ref{"Art. 9(1)", []string{"GDPR-9"}}}

// gdprRights are the rights of GDPR Chapter III, which the UK GDPR keeps
// under the same numbers but for automated decisions.
func gdprRights(automatedKey string, automated Ref) []Right {
	return []Right{
		{ID: "access", Name: "Access", Key: "law.gdpr.right.access", Deadline: "one month", Ref: Ref{"Art. 15", []string{"GDPR-13-2-b"}}},
		{ID: "rectification", Name: "Rectification", Key: "law.gdpr.right.rectification", Deadline: "one month", Ref: Ref{"Art. 16", []string{"GDPR-13-2-b"}}},
		{ID: "erasure", Name: "Erasure", Key: "law.gdpr.right.erasure", Deadline: "one month", Conditions: "on the grounds of Art. 17(1)", Ref: Ref{"Art. 17", []string{"GDPR-13-2-b"}}},
		{ID: "restriction", Name: "Restriction of processing", Key: "law.gdpr.right.restriction", Deadline: "one month", Conditions: "in the cases of Art. 18(1)", Ref: Ref{"Art. 18", []string{"GDPR-13-2-b"}}},
		{ID: "portability", Name: "Data portability", Key: "law.gdpr.right.portability", Deadline: "one month", Conditions: "data the person provided, processed by automated means on consent or a contract", Ref: Ref{"Art. 20", []string{"GDPR-13-2-b"}}},
		{ID: "object", Name: "Objection", Key: "law.gdpr.right.object", Deadline: "one month", Conditions: "on grounds relating to the person's particular situation, for processing on Art. 6(1)(e) or (f); without grounds for direct marketing", Ref: Ref{"Art. 21", []string{"GDPR-13-2-b", "GDPR-21-4"}}},
		{ID: "withdraw", Name: "Withdrawal of consent", Key: "law.gdpr.right.withdraw", When: WhenConsent, Conditions: "at any time, as easily as consent was given", Ref: Ref{"Art. 7(3)", []string{"GDPR-13-2-c", "GDPR-7-3"}}},
		{ID: "automated", Name: "Decisions based solely on automated processing", Key: automatedKey, When: WhenAutomated, Conditions: "decisions with legal or similarly significant effects", Ref: automated},
	}
}

// gdprConditions are the conditions of Art. 9(2) (UK GDPR Art. 9(2) has
// the same list, completed by Schedule 1 of the Data Protection Act 2018).
func gdprConditions(prefix, article string) []Condition {
	c := func(id, name, point string) Condition {
		return Condition{ID: id, Name: name, Key: prefix + id, Ref: Ref{article + point, []string{"GDPR-9"}}}
	}
	return []Condition{
		c("explicit-consent", "The person's explicit consent", "(a)"),
		c("employment", "Obligations and rights in employment and social security law", "(b)"),
		c("vital-interests", "Vital interests of a person unable to consent", "(c)"),
		c("not-for-profit", "Activities of a not-for-profit body with members", "(d)"),
		c("made-public", "Data the person has manifestly made public", "(e)"),
		c("legal-claims", "Legal claims, or courts acting in their judicial capacity", "(f)"),
		c("public-interest", "Substantial public interest, on the basis of law", "(g)"),
		c("health-care", "Preventive or occupational medicine, medical diagnosis, health or social care", "(h)"),
		c("public-health", "Public interest in public health", "(i)"),
		c("research", "Archiving in the public interest, scientific or historical research, or statistics", "(j)"),
	}
}

// EEA lists the countries of the European Economic Area: the EU 27, then
// Iceland, Liechtenstein and Norway. Data moves freely among them under the
// GDPR.
var EEA = []string{
	"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT",
	"LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "IS", "LI", "NO",
}

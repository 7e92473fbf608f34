package law

// UKGDPR is the UK GDPR with the Data Protection Act 2018, as amended by
// the Data (Use and Access) Act 2025 (reference/jurisdictions.md §B). It
// keeps the GDPR's articles and rights, so it shares their sentences; it
// differs in its age (13), its authority (the Information Commissioner,
// with no choice of another), its transfer tools and its complaints duty.
var UKGDPR = &Law{
	ID:       "uk-gdpr",
	Short:    "UK GDPR",
	Name:     "UK General Data Protection Regulation (UK GDPR) and Data Protection Act 2018",
	Citation: "Retained Regulation (EU) 2016/679 and the Data Protection Act 2018 c. 12, as amended by the Data (Use and Access) Act 2025",
	Applies:  "An organisation established in the United Kingdom, or one that offers goods or services to people in the UK or monitors their behaviour there (UK GDPR Art. 3).",
	Ref:      Ref{"UK GDPR Art. 12-14", nil},
	Elements: []Element{
		{What: "Identity and contact details of the controller", Ref: Ref{"Art. 13(1)(a)", nil}},
		{What: "A representative in the UK, for a controller outside it", Require: RequireRepresentative, Ref: Ref{"Art. 13(1)(a), 27", nil}},
		{What: "Contact details of the data protection officer, where there is one", Ref: Ref{"Art. 13(1)(b)", nil}},
		{What: "Each purpose and its lawful basis", Ref: Ref{"Art. 13(1)(c)", nil}},
		{What: "The legitimate interests pursued, for purposes that rest on them", Ref: Ref{"Art. 13(1)(d)", nil}},
		{What: "The condition for each purpose that processes special category data", Require: RequireCondition, Ref: Ref{"Art. 9(2); DPA 2018 Sch. 1", nil}},
		{What: "The recipients or categories of recipients", Ref: Ref{"Art. 13(1)(e)", nil}},
		{What: "Transfers outside the UK, with the adequacy regulations or transfer tool they rest on", Require: RequireSafeguard, Ref: Ref{"Art. 13(1)(f), 44-49", nil}},
		{What: "How long data is kept, or the criteria that decide it", Ref: Ref{"Art. 13(2)(a)", nil}},
		{What: "The rights of access, rectification, erasure, restriction, objection and portability", Ref: Ref{"Art. 13(2)(b)", nil}},
		{What: "The right to withdraw consent, where a purpose rests on consent", Ref: Ref{"Art. 13(2)(c)", nil}},
		{What: "How to complain to the controller, and to the Information Commissioner", Ref: Ref{"Art. 13(2)(d); DPA 2018 s. 164A", nil}},
		{What: "Whether providing data is required, and what follows if it is not provided", Require: RequireRequiredData, Ref: Ref{"Art. 13(2)(e)", nil}},
		{What: "Significant decisions based solely on automated processing, and the safeguards around them", Ref: Ref{"Art. 13(2)(f), 22A-22D", nil}},
		{What: "Where data not obtained from the person comes from", Require: RequireSource, Ref: Ref{"Art. 14(2)(f)", nil}},
	},
	Bases: map[string]Ref{
		"consent":              {"Art. 6(1)(a)", nil},
		"contract":             {"Art. 6(1)(b)", nil},
		"legal-obligation":     {"Art. 6(1)(c)", nil},
		"vital-interests":      {"Art. 6(1)(d)", nil},
		"public-task":          {"Art. 6(1)(e)", nil},
		"legitimate-interests": {"Art. 6(1)(f)", nil},
	},
	// The Data (Use and Access) Act 2025 replaced Art. 22 by Arts. 22A-22D:
	// safeguards for significant decisions based solely on automated
	// processing (information, representations, human intervention,
	// contest).
	SummaryRights: []Right{{ID: "restrict-object", Key: "law.gdpr.summary_rights", Ref: Ref{"Art. 18, 21", nil}}},
	Automated: &Automated{
		What: "being told of the decision, making representations, human intervention and contesting the decision",
		Key:  "law.uk-gdpr.automated", SummaryKey: "law.gdpr.summary_automated",
		Ref: Ref{"Art. 22C", nil},
	},
	Rights: gdprRights("law.uk-gdpr.right.automated", Ref{"Art. 22A-22D", nil}),
	Object: &Objection{
		Bases:        []string{"legitimate-interests", "public-task"},
		Key:          "law.gdpr.object",
		MarketingKey: "law.gdpr.object_marketing",
		Ref:          Ref{"Art. 21(1)", nil},
		MarketingRef: Ref{"Art. 21(2)-(3)", nil},
	},
	Sensitive: &Sensitive{
		Term: "special category data (Art. 9); criminal offence data (Art. 10)",
		Categories: map[string]SensitiveRule{
			"health":           ukSpecial,
			"biometric":        ukSpecial,
			"genetic":          ukSpecial,
			"beliefs":          ukSpecial,
			"ethnicity":        ukSpecial,
			"sex-life":         ukSpecial,
			"union-membership": ukSpecial,
			"criminal":         {Key: "law.gdpr.criminal", Ref: Ref{"Art. 10; DPA 2018 s. 10", nil}},
		},
		Default:      ukSpecial,
		Conditions:   gdprConditions("law.gdpr.condition.", "UK GDPR Art. 9(2)"),
		ConditionKey: "law.gdpr.condition_line",
		Ref:          Ref{"Art. 9; DPA 2018 s. 10 and Sch. 1", nil},
	},
	Children: &Children{Age: 13, OnlyConsent: true, Parent: "the holder of parental responsibility", Key: "law.uk-gdpr.children", Ref: Ref{"UK GDPR Art. 8(1)", nil}},
	Transfers: &Transfers{
		Territory: "the United Kingdom",
		Inside:    []string{"GB"},
		// The EEA States are covered by the UK's adequacy regulations
		// (DPA 2018 Sch. 21 para. 5, since 1 January 2021).
		Adequate:   EEA,
		OutsideKey: "law.uk-gdpr.outside",
		// The EU standard contractual clauses alone are not a UK transfer
		// tool: they need the UK Addendum (ICO, since 21 March 2022).
		Safeguards: map[string]Safeguard{
			"adequacy":    {Key: "law.uk-gdpr.safeguard.adequacy", Protective: true, Ref: Ref{"Art. 45A", nil}},
			"idta":        {Key: "law.uk-gdpr.safeguard.idta", Protective: true, Copy: true, Ref: Ref{"Art. 46(2)(d); DPA 2018 s. 119A", nil}},
			"uk-addendum": {Key: "law.uk-gdpr.safeguard.uk-addendum", Protective: true, Copy: true, Ref: Ref{"Art. 46(2)(d); DPA 2018 s. 119A", nil}},
			"bcr":         {Key: "law.uk-gdpr.safeguard.bcr", Protective: true, Copy: true, Ref: Ref{"Art. 47", nil}},
			"consent":     {Key: "law.uk-gdpr.safeguard.consent", Ref: Ref{"Art. 49(1)(a)", nil}},
			"derogation":  {Key: "law.uk-gdpr.safeguard.derogation", Ref: Ref{"Art. 49(1)", nil}},
		},
		CopyKey: "law.gdpr.transfers_copy",
		Ref:     Ref{"Art. 13(1)(f), 44-49", nil},
	},
	Breach: &Breach{
		Threshold:  "a breach likely to result in a high risk to people's rights and freedoms",
		Key:        "law.uk-gdpr.breach",
		KeyHours:   "law.uk-gdpr.breach_hours",
		SummaryKey: "law.gdpr.summary_breach", SummaryKeyHours: "law.gdpr.summary_breach_hours",
		Ref: Ref{"Art. 33(1), 34(1)", nil},
	},
	// There is no one-stop shop and no choice of authority in the UK. From
	// 19 June 2026 controllers must also take complaints themselves and
	// acknowledge them within 30 days (DPA 2018 s. 164A, inserted by the
	// Data (Use and Access) Act 2025 s. 103).
	Complaint: &Complaint{
		Authority: "Information Commissioner's Office (ICO)", AuthorityKey: "law.uk-gdpr.authority",
		URL: "https://ico.org.uk",
		Key: "law.uk-gdpr.complaint", NamedKey: "law.uk-gdpr.complaint",
		SummaryKey: "law.uk-gdpr.summary_complaint", SummaryNamedKey: "law.uk-gdpr.summary_complaint",
		Ref: Ref{"Art. 77; DPA 2018 s. 164A", nil},
	},
	Requests: Requests{
		Days: 30, Extension: 60, Month: true, Deadline: "one month, extendable by two further months for complex or numerous requests; the clock stops while the controller waits for proof of identity or a clarification",
		Key: "law.gdpr.requests", Ref: Ref{"Art. 12(3)-(3A)", nil},
	},
	Changes: Changes{
		Rule:   "A new purpose must be told before the processing for it starts.",
		Before: true,
		Ref:    Ref{"Art. 13(3), 14(4)", nil},
	},
}

func init() { register(UKGDPR) }

var ukSpecial = SensitiveRule{Key: "law.gdpr.special", NeedsCondition: true, Ref: Ref{"Art. 9(1)", nil}}

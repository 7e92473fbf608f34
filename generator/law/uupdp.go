package law

// UUPDP is Indonesia's Law No. 27 of 2022 on Personal Data Protection
// (Undang-Undang Pelindungan Data Pribadi), reference/legal.md §3. It has no
// general right to object (only to automated decisions, Pasal 10), tells
// people of every failure of protection within 3 × 24 hours, and ranks
// transfer grounds: equal protection, then adequate and binding
// protection, then consent (Pasal 56).
var UUPDP = &Law{
	ID:       "uu-pdp",
	Short:    "UU PDP",
	Name:     "Indonesia: Law No. 27 of 2022 on Personal Data Protection (UU PDP)",
	Citation: "Undang-Undang Republik Indonesia Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi",
	Applies:  "Anyone who processes personal data in Indonesia, or outside it where the processing has legal effect in Indonesia or on Indonesian citizens abroad (Pasal 2).",
	Ref:      Ref{"Pasal 21", []string{"IDPDP-21-1-a"}},
	Elements: []Element{
		{What: "The controller's identity and accountability", Ref: Ref{"Pasal 5", []string{"IDPDP-5"}}},
		{What: "The lawfulness (legal basis) of the processing", Ref: Ref{"Pasal 21(1)(a)", []string{"IDPDP-21-1-a"}}},
		{What: "The purpose of the processing", Ref: Ref{"Pasal 21(1)(b)", []string{"IDPDP-21-1-b"}}},
		{What: "The types and relevance of the personal data processed", Ref: Ref{"Pasal 21(1)(c)", []string{"IDPDP-21-1-c"}}},
		{What: "The retention period of documents that contain personal data", Ref: Ref{"Pasal 21(1)(d)", []string{"IDPDP-21-1-d"}}},
		{What: "Details of the information collected", Ref: Ref{"Pasal 21(1)(e)", []string{"IDPDP-21-1-e"}}},
		{What: "How long the processing lasts", Ref: Ref{"Pasal 21(1)(f)", []string{"IDPDP-21-1-f"}}},
		{What: "The rights of the data subject", Ref: Ref{"Pasal 21(1)(g)", []string{"IDPDP-21-1-g"}}},
		{What: "Transfers outside Indonesia, with the ground each rests on", Require: RequireSafeguard, Ref: Ref{"Pasal 56", []string{"IDPDP-56"}}},
		{What: "Written notice of a failure of protection to the person and the agency within 3 × 24 hours", Require: RequireBreachDeadline, Ref: Ref{"Pasal 46(1)", []string{"IDPDP-46-1"}}},
	},
	Bases: map[string]Ref{
		"consent":              {"Pasal 20(2)(a)", nil},
		"contract":             {"Pasal 20(2)(b)", nil},
		"legal-obligation":     {"Pasal 20(2)(c)", nil},
		"vital-interests":      {"Pasal 20(2)(d)", nil},
		"public-task":          {"Pasal 20(2)(e)", nil},
		"legitimate-interests": {"Pasal 20(2)(f)", nil},
	},
	SummaryRights: []Right{{ID: "suspend-compensation", Key: "law.uu-pdp.summary_rights", Ref: Ref{"Pasal 8, 11, 12", nil}}},
	Automated: &Automated{
		What: "objecting to the decision",
		Key:  "law.uu-pdp.automated", SummaryKey: "law.uu-pdp.automated",
		Ref: Ref{"Pasal 10", []string{"IDPDP-R10"}},
	},
	Rights: []Right{
		{ID: "information", Name: "Information", Key: "law.uu-pdp.right.information", Ref: Ref{"Pasal 5", []string{"IDPDP-R5"}}},
		{ID: "rectification", Name: "Rectification", Key: "law.uu-pdp.right.rectification", Deadline: "3 × 24 hours", Ref: Ref{"Pasal 6, 30", []string{"IDPDP-R6"}}},
		{ID: "access", Name: "Access and a copy", Key: "law.uu-pdp.right.access", Deadline: "3 × 24 hours", Ref: Ref{"Pasal 7, 32", []string{"IDPDP-R7"}}},
		{ID: "erasure", Name: "Ending processing, erasure and destruction", Key: "law.uu-pdp.right.erasure", Ref: Ref{"Pasal 8", []string{"IDPDP-R8"}}},
		{ID: "withdraw", Name: "Withdrawal of consent", Key: "law.uu-pdp.right.withdraw", When: WhenConsent, Deadline: "processing stops within 3 × 24 hours", Ref: Ref{"Pasal 9, 40", []string{"IDPDP-R9"}}},
		{ID: "automated", Name: "Objection to decisions based solely on automated processing", Key: "law.uu-pdp.right.automated", Conditions: "decisions, profiling included, with legal or significant effects", Ref: Ref{"Pasal 10", []string{"IDPDP-R10"}}},
		{ID: "restriction", Name: "Suspension and restriction", Key: "law.uu-pdp.right.restriction", Deadline: "3 × 24 hours", Ref: Ref{"Pasal 11, 41", []string{"IDPDP-R11"}}},
		{ID: "compensation", Name: "Suing for and receiving compensation", Key: "law.uu-pdp.right.compensation", Ref: Ref{"Pasal 12", []string{"IDPDP-R12"}}},
		{ID: "portability", Name: "Portability", Key: "law.uu-pdp.right.portability", Conditions: "where the systems can communicate with each other securely (Pasal 13(2))", Ref: Ref{"Pasal 13", []string{"IDPDP-R13"}}},
	},
	// Specific personal data, Pasal 4(2): health, biometric, genetic,
	// criminal records, children's data and personal financial data.
	// Religion is general data under Pasal 4(3); location and identity
	// numbers are not listed. Children's data is marked with
	// `sensitive = true`, since no category says a person is a child.
	Sensitive: &Sensitive{
		Term: "Data Pribadi yang bersifat spesifik (Pasal 4(2))",
		Categories: map[string]SensitiveRule{
			"health":    uuPDPSpecific,
			"biometric": uuPDPSpecific,
			"genetic":   uuPDPSpecific,
			"criminal":  uuPDPSpecific,
			"financial": uuPDPSpecific,
		},
		Default: uuPDPSpecific,
		Ref:     Ref{"Pasal 4(2)", nil},
	},
	// Pasal 25: children's data is processed with the consent of a parent
	// or guardian. The UU PDP does not define a child; Law No. 35 of 2014 on
	// child protection does (under 18, Pasal 1(1)).
	Children: &Children{Age: 18, Parent: "a parent or guardian", Key: "law.uu-pdp.children", Ref: Ref{"Pasal 25; UU 35/2014 Pasal 1(1)", []string{"IDPDP-25"}}},
	Transfers: &Transfers{
		Territory:  "Indonesia",
		Inside:     []string{"ID"},
		OutsideKey: "law.uu-pdp.outside",
		Safeguards: map[string]Safeguard{
			"adequacy": {Key: "law.uu-pdp.safeguard.adequacy", Protective: true, Ref: Ref{"Pasal 56(2)", []string{"IDPDP-56"}}},
			"scc":      {Key: "law.uu-pdp.safeguard.scc", Protective: true, Ref: Ref{"Pasal 56(3)", []string{"IDPDP-56"}}},
			"bcr":      {Key: "law.uu-pdp.safeguard.bcr", Protective: true, Ref: Ref{"Pasal 56(3)", []string{"IDPDP-56"}}},
			"consent":  {Key: "law.uu-pdp.safeguard.consent", Ref: Ref{"Pasal 56(4)", []string{"IDPDP-56"}}},
		},
		Ref: Ref{"Pasal 56", []string{"IDPDP-56"}},
	},
	Breach: &Breach{
		Threshold:  "any failure of personal data protection",
		Hours:      72,
		Key:        "law.uu-pdp.breach",
		KeyHours:   "law.uu-pdp.breach_hours",
		SummaryKey: "law.uu-pdp.summary_breach", SummaryKeyHours: "law.uu-pdp.summary_breach_hours",
		Ref: Ref{"Pasal 46", []string{"IDPDP-46-1", "IDPDP-46-2"}},
	},
	// The agency of Pasal 58 is to be established by the President; until
	// it is, the notice names it as the law does, never as existing.
	Complaint: &Complaint{
		Authority: "the personal data protection agency of Pasal 58, once established, or the authority the declaration names",
		Key:       "law.uu-pdp.complaint", NamedKey: "law.uu-pdp.complaint_named",
		SummaryKey: "law.uu-pdp.summary_complaint", SummaryNamedKey: "law.uu-pdp.summary_complaint_named",
		Ref: Ref{"Pasal 58-60", []string{"IDPDP-COMPLAINT"}},
	},
	Requests: Requests{
		Days: 3, Deadline: "3 × 24 hours for rectification, access and restriction",
		Ref: Ref{"Pasal 30, 32, 41", []string{"IDPDP-R6", "IDPDP-R7", "IDPDP-R11"}},
	},
	Changes: Changes{
		Rule:   "People must be told of a change in the information before the change takes effect.",
		Before: true,
		Ref:    Ref{"Pasal 21(2)", []string{"IDPDP-21-2"}},
	},
	DPOKey: "law.uu-pdp",
}

func init() { register(UUPDP) }

var uuPDPSpecific = SensitiveRule{Key: "law.uu-pdp.specific", Ref: Ref{"Pasal 4(2)", nil}}

package law

// INDPDP is India's Digital Personal Data Protection Act, 2023, with the
// Digital Personal Data Protection Rules, 2025 (reference/jurisdictions.md
// §F). It has no sensitive class, no legal bases beside consent and the
// "legitimate uses" of s. 7, no general right to object and no transfer
// safeguards (the Central Government may restrict countries instead,
// s. 16); it tells people of every breach, and makes them raise a
// grievance with the Data Fiduciary before they go to the Board.
//
// Articles marked [P] in the reference (seen in a secondary source only)
// are kept as it gives them: the Rules' numbering (3, 7, 10, 14) is from
// the final Rules of 13 November 2025.
var INDPDP = &Law{
	ID:       "in-dpdp",
	Short:    "DPDP Act",
	Name:     "India: Digital Personal Data Protection Act, 2023 (DPDP Act), with the DPDP Rules, 2025",
	Citation: "Act No. 22 of 2023; Digital Personal Data Protection Rules, 2025 (G.S.R. 846(E), 13 November 2025)",
	Applies:  "Digital personal data processed in India, or outside India in connection with offering goods or services to Data Principals in India (s. 3). Most duties, the notice of Rule 3 and breach notice of Rule 7 included, apply from 13 May 2027.",
	Ref:      Ref{"s. 5; Rule 3", nil},
	Elements: []Element{
		{What: "A notice that can be understood on its own, in clear and plain language (Rule 3(a))", Ref: Ref{"Rule 3(a)", nil}},
		{What: "An itemised description of the personal data processed", Ref: Ref{"s. 5(1)(i); Rule 3(b)(i)", nil}},
		{What: "The specified purpose, with the goods, services or uses it enables", Ref: Ref{"s. 5(1)(i); Rule 3(b)(ii)", nil}},
		{What: "How to withdraw consent, as easily as it was given, how to exercise rights, and how to complain to the Data Protection Board of India", Ref: Ref{"s. 5(1)(ii)-(iii), 6(4); Rule 3(c)", nil}},
		{What: "The notice in English or in a language of the Eighth Schedule to the Constitution, at the Data Principal's option", Ref: Ref{"s. 5(3)", nil}},
		{What: "The business contact of the Data Protection Officer, or of a person who can answer questions on the processing", Require: RequireContactPerson, Ref: Ref{"s. 8(9); Rule 9", nil}},
	},
	Rights: []Right{
		{ID: "access", Name: "Access to a summary of the data and its processing, and to the identities of the fiduciaries and processors it was shared with", Key: "law.in-dpdp.right.access", Ref: Ref{"s. 11", nil}},
		{ID: "correction", Name: "Correction, completion, updating and erasure", Key: "law.in-dpdp.right.correction", Ref: Ref{"s. 12", nil}},
		{ID: "withdraw", Name: "Withdrawal of consent", Key: "law.in-dpdp.right.withdraw", When: WhenConsent, Conditions: "with the same ease as consent was given", Ref: Ref{"s. 6(4)", nil}},
		{ID: "grievance", Name: "Grievance redressal", Key: "law.in-dpdp.right.grievance", Deadline: "90 days", Conditions: "to be exhausted before a complaint to the Board", Ref: Ref{"s. 13; Rule 14(3)", nil}},
		{ID: "nomination", Name: "Nomination of a person to exercise the rights after death or incapacity", Key: "law.in-dpdp.right.nomination", Ref: Ref{"s. 14", nil}},
	},
	SummaryRights: []Right{{ID: "grievance-nomination", Key: "law.in-dpdp.summary_rights", Ref: Ref{"s. 13, 14", nil}}},
	// Every child is under 18, and needs a parent's verifiable consent
	// before any processing, not only processing on consent (s. 9(1),
	// Rule 10).
	Children: &Children{Age: 18, Parent: "a parent or lawful guardian, by verifiable consent", Key: "law.in-dpdp.children", Ref: Ref{"s. 9; Rule 10", nil}},
	Breach: &Breach{
		Threshold:  "every personal data breach",
		Deadline:   "without delay",
		Key:        "law.in-dpdp.breach",
		KeyHours:   "law.in-dpdp.breach_hours",
		SummaryKey: "law.in-dpdp.summary_breach", SummaryKeyHours: "law.in-dpdp.summary_breach_hours",
		Ref: Ref{"s. 8(6); Rule 7", nil},
	},
	Complaint: &Complaint{
		Authority: "Data Protection Board of India", AuthorityKey: "law.in-dpdp.authority",
		Key: "law.in-dpdp.complaint", NamedKey: "law.in-dpdp.complaint",
		SummaryKey: "law.in-dpdp.summary_complaint", SummaryNamedKey: "law.in-dpdp.summary_complaint",
		Ref: Ref{"s. 13(3), 27", nil},
	},
	Requests: Requests{
		Days: 90, Deadline: "grievances within 90 days; the Act sets no other deadline",
		Key: "law.in-dpdp.requests", Ref: Ref{"Rule 14(3)", nil},
	},
	Changes: Changes{
		Rule: "A new purpose needs a new notice and consent; people who consented before the Act get a notice as soon as reasonably practicable.",
		Ref:  Ref{"s. 5(2), 6", nil},
	},
	DPOKey: "law.in-dpdp",
}

func init() { register(INDPDP) }

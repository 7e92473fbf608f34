package law

// CCPA is the California Consumer Privacy Act as amended by the California
// Privacy Rights Act, with its regulations (11 CCR §7000 ff.) and CalOPPA's
// duties for the same policy (reference/legal.md §2). It has no legal
// bases, no general right to object and no transfer rules; it has a
// taxonomy of its own, sale and sharing, and an opt-out of them.
var CCPA = &Law{
	ID:       "ccpa",
	Short:    "CCPA",
	Name:     "California Consumer Privacy Act (CCPA), as amended by the CPRA",
	Citation: "Cal. Civ. Code §1798.100-1798.199.100; Cal. Code Regs. tit. 11, §7000 ff.",
	Applies:  "A for-profit business that does business in California and meets one of the thresholds of §1798.140(d): annual revenue over the adjusted threshold, personal information of 100,000 or more consumers or households bought, sold or shared, or half its revenue from selling or sharing it.",
	Ref:      Ref{"§1798.100(a), §1798.130(a)(5); Regs §7011", []string{"CCPA-NAC", "CCPA-PP"}},
	Elements: []Element{
		{What: "The categories of personal information collected in the past 12 months, in the statute's names, sensitive personal information included", Ref: Ref{"§1798.100(a)(1), §1798.130(a)(5)(B)", []string{"CCPA-NAC-1", "CCPA-PP-1-A"}}},
		{What: "The categories of sources", Ref: Ref{"§1798.130(a)(5)(B)", []string{"CCPA-PP-1-B"}}},
		{What: "The purpose of collecting each category", Ref: Ref{"§1798.100(a)(1)", []string{"CCPA-NAC-2", "CCPA-PP-1-C"}}},
		{What: "How long each category is kept, or the criteria that decide it", Ref: Ref{"§1798.100(a)(3)", []string{"CCPA-NAC-4"}}},
		{What: "Whether each category is sold or shared, and to which third parties", Ref: Ref{"§1798.100(a)(1), §1798.130(a)(5)(C)", []string{"CCPA-NAC-3", "CCPA-PP-1-D", "CCPA-PP-1-E"}}},
		{What: "The categories disclosed for a business purpose, and to whom", Ref: Ref{"§1798.130(a)(5)(C)", []string{"CCPA-PP-1-H"}}},
		{What: "Whether personal information of consumers under 16 is sold or shared", Ref: Ref{"Regs §7011(e)(1)(I)", []string{"CCPA-PP-1-G"}}},
		{What: "The rights to know, delete, correct, opt out of sale or sharing, limit the use of sensitive personal information, and not to be discriminated against", Ref: Ref{"§1798.130(a)(5)(A)", []string{"CCPA-PP-2"}}},
		{What: "Two or more ways to submit requests", Require: RequireRequestMethods, Ref: Ref{"§1798.130(a)(1)", []string{"CCPA-PP-8"}}},
		{What: "A \"Do Not Sell or Share My Personal Information\" link, or honouring opt-out preference signals, where data is sold or shared", Require: RequireOptOutLink, Ref: Ref{"§1798.135(a)-(b)", []string{"CCPA-LINK-1", "CCPA-LINK-4"}}},
		{What: "How opt-out preference signals and Do Not Track are answered", Require: RequireSignals, Ref: Ref{"Regs §7011(e)(3)(F); Cal. Bus. & Prof. Code §22575(b)(5)", []string{"CCPA-PP-3-F", "CALOPPA-5"}}},
		{What: "How requests are verified, and how an authorized agent makes them", Ref: Ref{"Regs §7011(e)(3)(E), (H)", []string{"CCPA-PP-3-E", "CCPA-PP-3-H"}}},
		{What: "The date the policy was last updated, at least every 12 months", Ref: Ref{"Regs §7011(e)(4); §1798.130(a)(5)", []string{"CCPA-PP-4", "CCPA-PP-6"}}},
	},
	SummaryRights: []Right{
		{ID: "opt-out", Key: "law.ccpa.summary_rights_opt_out", When: WhenSold, Ref: Ref{"§1798.120", nil}},
		{ID: "limit", Key: "law.ccpa.summary_rights_limit", When: WhenSensitive, Ref: Ref{"§1798.121", nil}},
	},
	Rights: []Right{
		{ID: "know", Name: "Right to know", Key: "law.ccpa.right.know", Deadline: "45 days, extendable once by 45", Ref: Ref{"§1798.100, §1798.110, §1798.115", []string{"CCPA-PP-2"}}},
		{ID: "delete", Name: "Right to delete", Key: "law.ccpa.right.delete", Deadline: "45 days, extendable once by 45", Conditions: "personal information collected from the consumer, save the exceptions of §1798.105(d)", Ref: Ref{"§1798.105", []string{"CCPA-PP-2"}}},
		{ID: "correct", Name: "Right to correct", Key: "law.ccpa.right.correct", Deadline: "45 days, extendable once by 45", Ref: Ref{"§1798.106", []string{"CCPA-PP-2"}}},
		{ID: "opt-out", Name: "Right to opt out of sale or sharing", Key: "law.ccpa.right.opt_out", Deadline: "15 business days", Ref: Ref{"§1798.120; Regs §7026(f)", []string{"CCPA-PP-2"}}},
		{ID: "limit", Name: "Right to limit the use and disclosure of sensitive personal information", Key: "law.ccpa.right.limit", When: WhenSensitive, Deadline: "15 business days", Conditions: "where it is used for purposes other than those of Regs §7027(m)", Ref: Ref{"§1798.121; Regs §7027(g)", []string{"CCPA-PP-2", "CCPA-PP-1-K"}}},
		{ID: "non-discrimination", Name: "Right to non-discrimination", Key: "law.ccpa.right.non_discrimination", Ref: Ref{"§1798.125", []string{"CCPA-PP-2"}}},
	},
	// Sensitive personal information, §1798.140(ae). Card and account
	// numbers are sensitive only with the code or credentials that give
	// access to the account, and the contents of messages only when the
	// business is not their recipient: a declaration says so with
	// `sensitive = true`, since the category alone does not.
	Sensitive: &Sensitive{
		Term: "sensitive personal information (§1798.140(ae))",
		Categories: map[string]SensitiveRule{
			"government-id":    ccpaSensitive,
			"precise-location": ccpaSensitive,
			"ethnicity":        ccpaSensitive,
			"beliefs":          ccpaSensitive,
			"union-membership": ccpaSensitive,
			"genetic":          ccpaSensitive,
			"biometric":        ccpaSensitive,
			"health":           ccpaSensitive,
			"sex-life":         ccpaSensitive,
		},
		Default: ccpaSensitive,
		Ref:     Ref{"§1798.140(ae), §1798.121", []string{"CCPA-PP-1-K"}},
	},
	Requests: Requests{
		Days: 45, Extension: 45, Deadline: "confirm within 10 business days, answer within 45 calendar days (once extendable by 45); opt-out and limit requests within 15 business days",
		Ref: Ref{"§1798.130(a)(2); Regs §7021, §7026(f), §7027(g)", []string{"CCPA-PP-8"}},
	},
	// §1798.120(a): the right to opt out of sale and sharing; (c): a
	// consumer under 16 must opt in (a parent, under 13).
	AdsOnOptOut:   Ref{"§1798.120(a), (c)", nil},
	AdsOptInUnder: 16,
	Changes: Changes{
		Rule: "The policy is updated at least once every 12 months; data may not be collected or used for new, incompatible purposes without new notice at collection.",
		Ref:  Ref{"§1798.100(a), §1798.130(a)(5)", []string{"CCPA-NAC-9", "CCPA-PP-6"}},
	},
	OptOut: &OptOut{
		// The categories of §1798.140(v)(1), by letter (reference/legal.md
		// §2.5), for each data category of notice-format.md.
		Categories: map[string]string{
			"identity": "A", "contact": "A", "account": "A", "government-id": "A", "device": "A", "other": "A",
			"financial": "B", "health": "B",
			"demographics": "C", "beliefs": "C", "ethnicity": "C", "sex-life": "C", "criminal": "C",
			"purchases": "D",
			"biometric": "E", "genetic": "E",
			"usage": "F", "communications": "F",
			"precise-location": "G", "approximate-location": "G",
			"content":          "H",
			"employment":       "I",
			"education":        "J",
			"inferences":       "K",
			"union-membership": "L",
		},
		Ref: Ref{"§1798.120, §1798.135, §1798.140(v)(1)", []string{"CCPA-LINK-1"}},
	},
}

func init() { register(CCPA) }

var ccpaSensitive = SensitiveRule{Key: "law.ccpa.sensitive", Ref: Ref{"§1798.140(ae)", nil}}

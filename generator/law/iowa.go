package law

// Iowa is the Iowa Consumer Data Protection Act (Iowa Code ch. 715D, in
// force 1 January 2025), which departs from the model of the other US
// state laws (USStates) where a notice would say something false under it:
// 90 days to answer a request, no right to correct, no opt-out of
// profiling, and sensitive data processed after clear notice and an
// opportunity to opt out, not on consent. It has an appeal, decided within
// 60 days.
//
// Sources: §715D.3(1)(a)-(c) (confirm and access, delete the data the
// consumer provided, a portable copy), §715D.3(3) (the appeal: within
// sixty days, in writing with the reasons; if denied, an online mechanism
// to complain to the Attorney General) and §715D.4(1), (2) (security
// practices; sensitive data on "clear notice and an opportunity to opt
// out", a known child's as COPPA requires), read in a reproduction of
// Senate File 262 as enacted; §715D.3(1)(d) (the opt-out of sale),
// §715D.3(2) (90 days, extended once by 45 where reasonably necessary, the
// consumer told within the first 90; free up to twice a year) and
// §715D.4's notice and disclosure of sale and targeted advertising in
// secondary sources [P]. Sections are cited without their sub-divisions
// where those were not read.
//
// Like the other state laws, it has no legal bases, no general right to
// object, no breach notice (Iowa Code ch. 715C, a separate statute) and no
// transfer rules, and it speaks their words (Frame).
var Iowa = &Law{
	ID:       "iowa",
	Short:    "ICDPA",
	Name:     "Iowa Consumer Data Protection Act (ICDPA)",
	Citation: "Iowa Code ch. 715D (Senate File 262, 2023)",
	Applies:  "A person that does business in Iowa or targets its residents and, in a calendar year, controls or processes the personal data of 100,000 or more Iowa consumers, or of 25,000 or more while deriving over half its gross revenue from selling personal data (Iowa Code §715D.2).",
	Ref:      Ref{"Iowa Code §715D.4", nil},
	Frame:    "us-states",
	Elements: []Element{
		{What: "The categories of personal data processed", Ref: Ref{"Iowa Code §715D.4", nil}},
		{What: "The purposes of processing", Ref: Ref{"Iowa Code §715D.4", nil}},
		{What: "How consumers exercise their rights, and how they appeal a decision on a request", Ref: Ref{"Iowa Code §715D.4", nil}},
		{What: "The categories of personal data shared with third parties, and the categories of those third parties", Ref: Ref{"Iowa Code §715D.4", nil}},
		{What: "Where data is sold or used for targeted advertising, that it is, and how to opt out", Require: RequireOptOutLink, Ref: Ref{"Iowa Code §715D.4", nil}},
	},
	Rights: []Right{
		{ID: "access", Name: "Right to confirm whether personal data is processed, and to access it", Key: "law.iowa.right.access", Deadline: "90 days, extendable once by 45", Ref: Ref{"Iowa Code §715D.3(1)(a)", nil}},
		{ID: "delete", Name: "Right to delete the personal data the consumer provided", Key: "law.iowa.right.delete", Deadline: "90 days, extendable once by 45", Ref: Ref{"Iowa Code §715D.3(1)(b)", nil}},
		{ID: "portability", Name: "Right to a portable copy of the data the consumer provided", Key: "law.iowa.right.portability", Deadline: "90 days, extendable once by 45", Ref: Ref{"Iowa Code §715D.3(1)(c)", nil}},
		{ID: "opt-out", Name: "Right to opt out of the sale of personal data (not of profiling)", Key: "law.iowa.right.opt_out", Ref: Ref{"Iowa Code §715D.3(1)(d)", nil}},
		{ID: "appeal", Name: "Right to appeal a refusal to act on a request, decided in writing with reasons; if denied, an online mechanism to complain to the Attorney General", Key: "law.iowa.right.appeal", Deadline: "60 days", Ref: Ref{"Iowa Code §715D.3(3)", nil}},
	},
	SummaryRights: []Right{{ID: "opt-out-appeal", Key: "law.iowa.summary_rights", Ref: Ref{"Iowa Code §715D.3(1)(d), (3)", nil}}},
	Sensitive: &Sensitive{
		Term:    "sensitive data, processed after clear notice and an opportunity to opt out (mark items with sensitive = true)",
		Default: SensitiveRule{Key: "law.iowa.sensitive", Ref: Ref{"Iowa Code §715D.4(2)", nil}},
		Choice:  "opt-out",
		Ref:     Ref{"Iowa Code §715D.4(2)", nil},
	},
	Complaint: &Complaint{
		Authority: "the Iowa Attorney General", AuthorityKey: "law.iowa.authority",
		Key: "law.iowa.complaint", NamedKey: "law.iowa.complaint",
		SummaryKey: "law.iowa.summary_complaint", SummaryNamedKey: "law.iowa.summary_complaint",
		Ref: Ref{"Iowa Code §715D.3(3)", nil},
	},
	// §715D.3(1)(d): an opt-out of sale; §715D.4: targeted advertising
	// disclosed, with the way to opt out [P]. A known child's data as COPPA
	// requires (§715D.4(2)).
	AdsOnOptOut:   Ref{"Iowa Code §715D.3(1)(d), 715D.4", nil},
	AdsOptInUnder: 13,
	Changes: Changes{
		Rule: "No rule of its own on notifying changes: the notice must stay accurate, and says how to opt out of sale and targeted advertising where they happen.",
		Ref:  Ref{"Iowa Code §715D.4", nil},
	},
	Requests: Requests{
		Days: 90, Extension: 45, Deadline: "90 days, extendable once by 45 where reasonably necessary, telling the consumer and why within the first 90; free of charge up to twice a year",
		Key: "law.iowa.requests", Ref: Ref{"Iowa Code §715D.3(2)", nil},
	},
}

func init() { register(Iowa) }

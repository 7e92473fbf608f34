package law

// USStates is the common model of the US state comprehensive consumer
// privacy laws that share Virginia's design: Virginia, Colorado,
// Connecticut, Texas and Oregon (reference/jurisdictions.md §E1-E3). They
// agree on what a notice says, on the rights (an appeal of a refusal among
// them), on 45 days plus one extension of 45, on consent for sensitive
// data, and on the Attorney General; they have no legal bases, no general
// right to object, no breach notice (separate statutes) and no transfer
// rules. One id says it once for all five.
//
// States whose law departs from the model are not in it: Utah (no appeal,
// no profiling opt-out, sensitive data on opt-out) and Iowa (90 days) would
// make its sentences false, and are left out rather than named.
//
// Sections are cited without their sub-divisions where the reference has
// not seen them. What it marks [unverified] is not stated as a duty:
//   - The appeal's own deadline: Oregon's statute gives 45 days (ORS
//     646A.576(6)(d), "approve or deny the appeal within 45 days after the
//     date on which the controller received the appeal"); Virginia's,
//     Colorado's, Connecticut's and Texas's (60, 45 + 60, 60 and 60 days in
//     commentary) have not been read in their statutes. The notice says
//     that an appeal is decided, in writing with reasons, not within how
//     long; `noticegen laws us-states` gives Oregon's.
//   - The list of sensitive categories (the Virginia list is unverified and
//     the states' lists differ): no category is sensitive by itself here;
//     a declaration marks sensitive items with `sensitive = true`, and the
//     notice then says they are processed only with consent, which every
//     state of the model requires.
//   - Universal opt-out signals: Colorado ([V]) and Oregon ([V], from 2026)
//     require them to be honoured, Connecticut and Texas too ([P]),
//     Virginia does not. The notice states whether Global Privacy Control
//     is honoured as the declaration says, and `check` warns when it says
//     nothing, or says no, rather than treat a refusal as unlawful for a
//     controller that may be subject to Virginia's law alone.
//   - Children and teens (COPPA below 13; teen rules that vary): no age.
//
// Texas's NOTICE sentences (§541.102(b), (c)) are statutory text: they are
// printed word for word, in English in every locale, where the notice sells
// sensitive or biometric data. They are true statements wherever the
// reader lives, so a notice for several states may carry them.
var USStates = &Law{
	ID:       "us-states",
	Short:    "US states",
	Name:     "US state comprehensive consumer privacy laws: Virginia, Colorado, Connecticut, Texas and Oregon",
	Citation: "Va. Code §59.1-575 ff. (VCDPA); C.R.S. 6-1-1301 ff. and 4 CCR 904-3 (CPA); Conn. Gen. Stat. §42-515 ff. (CTDPA); Tex. Bus. & Com. Code ch. 541 (TDPSA); ORS 646A.570-646A.589 (OCPA)",
	Applies:  "A controller that does business in one of these states, or targets its residents, and meets that state's thresholds (numbers of consumers, revenue from selling data; Texas: not a small business, which may still not sell sensitive data without consent).",
	Ref:      Ref{"Va. §59.1-578; C.R.S. 6-1-1308(1); Tex. §541.102", nil},
	Elements: []Element{
		{What: "The categories of personal data processed, sensitive data included", Ref: Ref{"C.R.S. 6-1-1308(1)(a); Tex. §541.102(a)", nil}},
		{What: "The purposes of processing", Ref: Ref{"C.R.S. 6-1-1308(1)(a); Tex. §541.102(a)", nil}},
		{What: "How consumers exercise their rights and appeal a decision on a request", Ref: Ref{"C.R.S. 6-1-1308(1)(a); Tex. §541.102(a)", nil}},
		{What: "The categories of personal data shared with third parties, and the categories of those third parties", Ref: Ref{"C.R.S. 6-1-1308(1)(a); Tex. §541.102(a)", nil}},
		{What: "The controller's contact information (Colorado)", Ref: Ref{"C.R.S. 6-1-1308(1)(a)", nil}},
		{What: "A clear and conspicuous disclosure of sale or targeted advertising, and how to opt out", Require: RequireOptOutLink, Ref: Ref{"C.R.S. 6-1-1308(1)(b)", nil}},
		{What: "Processing described purpose by purpose, with whether each purpose's data is sold or used for targeted advertising or profiling (Colorado)", Ref: Ref{"4 CCR 904-3 Rule 6.03(A)(1)", nil}},
		{What: "The date the notice was last updated (Colorado)", Ref: Ref{"4 CCR 904-3 Rule 6.03(A)(8)", nil}},
		{What: "How universal opt-out signals are processed (Colorado, required since 1 July 2024; Oregon from 1 January 2026)", Require: RequireOptOutSignal, Ref: Ref{"4 CCR 904-3 Rule 5, Rule 6.03(A)(4)(e)", nil}},
	},
	Rights: []Right{
		{ID: "access", Name: "Right to confirm whether personal data is processed, and to access it", Key: "law.us-states.right.access", Deadline: "45 days, extendable once by 45", Ref: Ref{"Va. §59.1-577(A)(1)", nil}},
		{ID: "correct", Name: "Right to correct inaccuracies", Key: "law.us-states.right.correct", Deadline: "45 days, extendable once by 45", Ref: Ref{"Va. §59.1-577(A)(2)", nil}},
		{ID: "delete", Name: "Right to delete personal data provided by or obtained about the consumer", Key: "law.us-states.right.delete", Deadline: "45 days, extendable once by 45", Ref: Ref{"Va. §59.1-577(A)(3)", nil}},
		{ID: "portability", Name: "Right to a portable copy of the data the consumer provided", Key: "law.us-states.right.portability", Deadline: "45 days, extendable once by 45", Ref: Ref{"Va. §59.1-577(A)(4)", nil}},
		{ID: "opt-out", Name: "Right to opt out of targeted advertising, sale, and profiling in furtherance of decisions that produce legal or similarly significant effects", Key: "law.us-states.right.opt_out", Ref: Ref{"Va. §59.1-577(A)(5)", nil}},
		{ID: "appeal", Name: "Right to appeal a refusal to act on a request; if the appeal is denied, a way to contact the Attorney General", Key: "law.us-states.right.appeal", Deadline: "45 days in Oregon (ORS 646A.576(6)(d)); Virginia, Colorado, Connecticut and Texas set their own, not given here", Ref: Ref{"Va. §59.1-577; C.R.S. 6-1-1306", nil}},
	},
	SummaryRights: []Right{{ID: "opt-out-appeal", Key: "law.us-states.summary_rights", Ref: Ref{"Va. §59.1-577", nil}}},
	Sensitive: &Sensitive{
		Term:    "sensitive data, on the consumer's consent (as each state defines it; mark items with sensitive = true)",
		Default: SensitiveRule{Key: "law.us-states.sensitive", Ref: Ref{"Va. §59.1-578; C.R.S. 6-1-1308; Tex. §541.101", nil}},
		Choice:  "opt-in",
		Ref:     Ref{"Va. §59.1-578; C.R.S. 6-1-1308; Tex. §541.101", nil},
	},
	Complaint: &Complaint{
		Authority: "the Attorney General of the consumer's state", AuthorityKey: "law.us-states.authority",
		Key: "law.us-states.complaint", NamedKey: "law.us-states.complaint",
		SummaryKey: "law.us-states.summary_complaint", SummaryNamedKey: "law.us-states.summary_complaint",
		Ref: Ref{"Va. §59.1-577", nil},
	},
	Requests: Requests{
		Days: 45, Extension: 45, Deadline: "45 days, extendable once by 45 where reasonably necessary, with notice within the first 45; free of charge up to twice a year",
		Key: "law.us-states.requests", Ref: Ref{"Va. §59.1-577(B)", nil},
	},
	// Va. §59.1-577(A)(5); C.R.S. 6-1-1306(1)(a): opt-outs of targeted
	// advertising and sale. Minors: Oregon wants consent from 13 to 15
	// (ORS 646A.570 ff.), Connecticut none of either under 18 from 1 July
	// 2026 [P], Colorado consent for known minors (SB 24-041) [unverified]:
	// under 18, opt-in stays the rule.
	AdsOnOptOut:   Ref{"Va. §59.1-577(A)(5); C.R.S. 6-1-1306(1)(a)", nil},
	AdsOptInUnder: 18,
	Changes: Changes{
		Rule: "Colorado: notify material changes in the way the controller regularly interacts with consumers; material are changes to the categories of data processed, the purposes, the controller's identity, the act of sharing with third parties, the categories of third parties, or the ways to exercise rights; a new secondary use needs consent before it applies to data collected earlier.",
		Ref:  Ref{"4 CCR 904-3 Rule 6.04", nil},
	},
	Statements: []Statement{
		{What: "NOTICE: We may sell your sensitive personal data. (where sensitive data is sold)", Key: "law.us-states.notice_sensitive", When: WhenSensitiveSold, Lang: "en", Ref: Ref{"Tex. §541.102(b)", nil}},
		{What: "NOTICE: We may sell your biometric personal data. (where biometric data is sold)", Key: "law.us-states.notice_biometric", When: WhenBiometricSold, Lang: "en", Ref: Ref{"Tex. §541.102(c)", nil}},
	},
}

func init() { register(USStates) }

package law

// Utah is the Utah Consumer Privacy Act (Utah Code Ann. §13-61-101 ff.),
// which departs from the model of the other US state laws (USStates)
// where a notice would say something false under it: there is no appeal
// of a refusal, no opt-out of profiling, and sensitive data is processed
// after clear notice and an opportunity to opt out, not on consent.
//
// Sources: §13-61-201 (rights, correction among them since 1 July 2026),
// §13-61-202(2) (a known child's parent exercises the rights), §13-61-203
// (45 days, extended once by 45 with the length and the reasons given
// within the first 45; the reasons for not acting within 45 days; free
// once in twelve months), §13-61-302(1) (the notice) and §13-61-402 (the
// Attorney General enforces, on referral from the Division of Consumer
// Protection), read in statute reproductions; §13-61-302(3) (sensitive
// data: "clear notice and an opportunity to opt out"; a known child's
// data as COPPA requires) in secondary sources that quote it [P]; the
// Division's receiving complaints in S.B. 227 (2022), as the legislature
// summarises it.
//
// Like the other state laws, it has no legal bases, no general right to
// object, no breach notice (Utah Code §13-44, a separate statute) and no
// transfer rules. It speaks the US state laws' words (Frame).
var Utah = &Law{
	ID:       "utah",
	Short:    "UCPA",
	Name:     "Utah Consumer Privacy Act (UCPA)",
	Citation: "Utah Code Ann. §13-61-101 ff.",
	Applies:  "A controller or processor that does business in Utah or targets its residents, has annual revenue of $25 million or more, and controls or processes the personal data of 100,000 or more Utah consumers a year, or of 25,000 or more while deriving over half its gross revenue from selling personal data (Utah Code §13-61-102).",
	Ref:      Ref{"Utah Code §13-61-302(1)", nil},
	Frame:    "us-states",
	Elements: []Element{
		{What: "The categories of personal data processed", Ref: Ref{"Utah Code §13-61-302(1)(a)(i)", nil}},
		{What: "The purposes for which each category is processed", Ref: Ref{"Utah Code §13-61-302(1)(a)(ii)", nil}},
		{What: "How consumers exercise their rights", Ref: Ref{"Utah Code §13-61-302(1)(a)(iii)", nil}},
		{What: "The categories of personal data shared with third parties, and the categories of those third parties", Ref: Ref{"Utah Code §13-61-302(1)(a)(iv)-(v)", nil}},
		{What: "Where data is sold or used for targeted advertising, a clear and conspicuous way to opt out", Require: RequireOptOutLink, Ref: Ref{"Utah Code §13-61-302(1)(b)", nil}},
	},
	Rights: []Right{
		{ID: "access", Name: "Right to confirm whether personal data is processed, and to access it", Key: "law.utah.right.access", Deadline: "45 days, extendable once by 45", Ref: Ref{"Utah Code §13-61-201(1)", nil}},
		{ID: "correct", Name: "Right to have inaccuracies corrected (since 1 July 2026)", Key: "law.utah.right.correct", Deadline: "45 days, extendable once by 45", Ref: Ref{"Utah Code §13-61-201(4)", nil}},
		{ID: "delete", Name: "Right to delete the personal data the consumer provided", Key: "law.utah.right.delete", Deadline: "45 days, extendable once by 45", Ref: Ref{"Utah Code §13-61-201(2)", nil}},
		{ID: "portability", Name: "Right to a portable copy of the data the consumer provided", Key: "law.utah.right.portability", Deadline: "45 days, extendable once by 45", Ref: Ref{"Utah Code §13-61-201(3)", nil}},
		{ID: "opt-out", Name: "Right to opt out of targeted advertising and of the sale of personal data (not of profiling)", Key: "law.utah.right.opt_out", Ref: Ref{"Utah Code §13-61-201(5)", nil}},
		{ID: "refusal", Name: "When the controller does not act on a request, its reasons (there is no appeal)", Key: "law.utah.right.refusal", Deadline: "45 days", Ref: Ref{"Utah Code §13-61-203(3)", nil}},
	},
	SummaryRights: []Right{{ID: "opt-out", Key: "law.utah.summary_rights", Ref: Ref{"Utah Code §13-61-201(5)", nil}}},
	Sensitive: &Sensitive{
		Term:    "sensitive data, processed after clear notice and an opportunity to opt out (mark items with sensitive = true)",
		Default: SensitiveRule{Key: "law.utah.sensitive", Ref: Ref{"Utah Code §13-61-302(3)", nil}},
		Choice:  "opt-out",
		Ref:     Ref{"Utah Code §13-61-302(3)", nil},
	},
	Complaint: &Complaint{
		Authority: "the Utah Division of Consumer Protection", AuthorityKey: "law.utah.authority",
		Key: "law.utah.complaint", NamedKey: "law.utah.complaint",
		SummaryKey: "law.utah.summary_complaint", SummaryNamedKey: "law.utah.summary_complaint",
		Ref: Ref{"Utah Code §13-61-401, 13-61-402", nil},
	},
	// Utah Code §13-61-201(5): opt-outs of targeted advertising and sale;
	// a known child's data as COPPA requires (§13-61-302(3)).
	AdsOnOptOut:   Ref{"Utah Code §13-61-201(5)", nil},
	AdsOptInUnder: 13,
	Changes: Changes{
		Rule: "No rule of its own on notifying changes: the notice must stay accurate, and a controller that starts selling data or targeted advertising discloses how to opt out.",
		Ref:  Ref{"Utah Code §13-61-302(1)", nil},
	},
	Requests: Requests{
		Days: 45, Extension: 45, Deadline: "45 days, extendable once by 45 where reasonably necessary, telling the consumer the length and the reasons within the first 45; free of charge but for a second request in twelve months",
		Key: "law.utah.requests", Ref: Ref{"Utah Code §13-61-203(2), (4)", nil},
	},
}

func init() { register(Utah) }

package law

// Quebec is Quebec's Act respecting the protection of personal information
// in the private sector (CQLR c. P-39.1), as amended by Law 25 (S.Q. 2021,
// c. 25), reference/jurisdictions.md §C. Its words differ from the GDPR's:
// renseignements personnels, the person in charge of their protection,
// confidentiality incidents, communication outside Quebec after an
// assessment. It has no general right to object, no list of legal bases
// (consent, with the exceptions of the Act) and an open standard of
// sensitive information.
var Quebec = &Law{
	ID:       "quebec",
	Short:    "Quebec Act P-39.1",
	Name:     "Quebec: Act respecting the protection of personal information in the private sector (CQLR c. P-39.1), as amended by Law 25",
	Citation: "CQLR c. P-39.1; S.Q. 2021, c. 25",
	Applies:  "Any person carrying on an enterprise (Civil Code of Québec art. 1525) who collects, holds, uses or communicates personal information about others in Quebec (s. 1).",
	Ref:      Ref{"s. 3.1-3.2, 8, 8.2", nil},
	Elements: []Element{
		{What: "The purposes for which the information is collected, and the means by which it is collected", Ref: Ref{"s. 8(1)-(2)", nil}},
		{What: "The rights of access and rectification, and the right to withdraw consent", Ref: Ref{"s. 8(3)-(4)", nil}},
		{What: "The third persons or categories of third persons to whom the information is communicated, and whether it may be communicated outside Quebec", Ref: Ref{"s. 8", nil}},
		{What: "The title and contact information of the person in charge of the protection of personal information", Require: RequireContactPerson, Ref: Ref{"s. 3.1", nil}},
		{What: "A confidentiality policy in clear and simple terms, published on the website, and every amendment to it", Ref: Ref{"s. 8.2", nil}},
		{What: "A decision based exclusively on automated processing, at the latest when it is communicated, and the right to submit observations", Ref: Ref{"s. 12.1", nil}},
		{What: "Communication outside Quebec after a privacy impact assessment finding adequate protection, under a written agreement", Require: RequireSafeguard, Ref: Ref{"s. 17", nil}},
	},
	Rights: []Right{
		{ID: "access", Name: "Access and a copy", Key: "law.quebec.right.access", Deadline: "30 days, in writing", Ref: Ref{"s. 27, 32", nil}},
		{ID: "portability", Name: "Portability", Key: "law.quebec.right.portability", Deadline: "30 days, in writing", Conditions: "computerized information collected from the person, not created or inferred from it, in a structured, commonly used technological format", Ref: Ref{"s. 27 para. 3", nil}},
		{ID: "rectification", Name: "Rectification", Key: "law.quebec.right.rectification", Deadline: "30 days, in writing", Ref: Ref{"s. 28, 32", nil}},
		{ID: "de-indexation", Name: "Cessation of dissemination and de-indexation", Key: "law.quebec.right.de_indexation", Conditions: "dissemination that contravenes the law or a court order, or causes serious injury to reputation or privacy that clearly outweighs the public interest", Ref: Ref{"s. 28.1", nil}},
		{ID: "withdraw", Name: "Withdrawal of consent", Key: "law.quebec.right.withdraw", When: WhenConsent, Ref: Ref{"s. 8(4)", nil}},
		{ID: "automated", Name: "Observations on a decision based exclusively on automated processing", Key: "law.quebec.right.automated", When: WhenAutomated, Ref: Ref{"s. 12.1", nil}},
	},
	Automated: &Automated{
		What: "learning the information and the main factors behind the decision, having the information corrected, and submitting observations to a member of staff who can review it",
		Key:  "law.quebec.automated", SummaryKey: "law.quebec.automated",
		Ref: Ref{"s. 12.1", nil},
	},
	SummaryRights: []Right{{ID: "de-indexation", Key: "law.quebec.summary_rights", Ref: Ref{"s. 27, 28.1", nil}}},
	// Sensitive information is an open standard (s. 12): information whose
	// medical, biometric or otherwise intimate nature, or the context of its
	// use, raises a high reasonable expectation of privacy. The categories
	// whose nature the Act names are listed; `sensitive = true` marks the rest.
	Sensitive: &Sensitive{
		Term: "sensitive personal information (s. 12): an open standard, by nature (medical, biometric, otherwise intimate) or context",
		Categories: map[string]SensitiveRule{
			"health":    quebecSensitive,
			"biometric": quebecSensitive,
			"genetic":   quebecSensitive,
			"sex-life":  quebecSensitive,
		},
		Default: quebecSensitive,
		Ref:     Ref{"s. 12", nil},
	},
	// Under 14, information is collected from a minor only with the consent
	// of the person having parental authority or the tutor, unless collecting
	// it is clearly for the minor's benefit (s. 4.1).
	Children: &Children{Age: 14, Parent: "the person having parental authority or the tutor", Key: "law.quebec.children", Ref: Ref{"s. 4.1", nil}},
	// Communication outside Quebec, other provinces included, needs a
	// privacy impact assessment that finds the protection adequate, and a
	// written agreement (s. 17). A declaration names countries, not
	// provinces, so only recipients outside Canada are known to be outside
	// Quebec; one in another province needs the same assessment, which the
	// notice cannot see.
	Transfers: &Transfers{
		Territory:  "Canada",
		Inside:     []string{"CA"},
		OutsideKey: "law.quebec.outside",
		Safeguards: map[string]Safeguard{
			"assessment": {Key: "law.quebec.safeguard.assessment", Protective: true, Ref: Ref{"s. 17", nil}},
		},
		Ref: Ref{"s. 17", nil},
	},
	Breach: &Breach{
		Threshold:  "a confidentiality incident that presents a risk of serious injury",
		Deadline:   "promptly",
		Key:        "law.quebec.breach",
		KeyHours:   "law.quebec.breach_hours",
		SummaryKey: "law.quebec.summary_breach", SummaryKeyHours: "law.quebec.summary_breach_hours",
		Ref: Ref{"s. 3.5, 3.7; Regulation respecting confidentiality incidents s. 5", nil},
	},
	Complaint: &Complaint{
		Authority: "Commission d'accès à l'information du Québec (CAI)", AuthorityKey: "law.quebec.authority",
		URL: "https://www.cai.gouv.qc.ca",
		Key: "law.quebec.complaint", NamedKey: "law.quebec.complaint",
		SummaryKey: "law.quebec.summary_complaint", SummaryNamedKey: "law.quebec.summary_complaint",
		Ref: Ref{"s. 42, 81", nil},
	},
	Requests: Requests{
		Days: 30, Deadline: "in writing within 30 days of receiving the request",
		Key: "law.quebec.requests", Ref: Ref{"s. 32", nil},
	},
	Changes: Changes{
		Rule: "An amendment to the confidentiality policy is published and disseminated as the policy is; a new purpose needs new consent, given expressly for sensitive information.",
		Ref:  Ref{"s. 8.2, 12", nil},
	},
	DPOKey: "law.quebec",
}

func init() { register(Quebec) }

var quebecSensitive = SensitiveRule{Key: "law.quebec.sensitive", Ref: Ref{"s. 12", nil}}

package law

// Mexico is Mexico's Federal Law on the Protection of Personal Data Held by
// Private Parties of 20 March 2025 (reference/jurisdictions.md §D). Its
// article numbers are the 2025 law's, which the reference marks [P]: seen
// in a secondary source or checked article by article against the
// Chamber of Deputies' text. It asks for a full notice (aviso de privacidad
// integral, Art. 15) and, where data is collected by electronic means, a
// simplified one that points to it (Art. 16): noticegen's summary is that
// simplified notice. It has the ARCO rights, an authority that took over
// from INAI, sensitive data on express written consent, and no age of
// consent of its own.
var Mexico = &Law{
	ID:       "mx-lfpdppp",
	Short:    "LFPDPPP",
	Name:     "Mexico: Federal Law on the Protection of Personal Data Held by Private Parties (LFPDPPP), 2025",
	Citation: "Ley Federal de Protección de Datos Personales en Posesión de los Particulares, DOF 20 March 2025, as reformed DOF 14 November 2025",
	Applies:  "Every private person or entity that processes personal data (Art. 1), with no size exemption; credit reporting companies and strictly personal, non-commercial use are excepted.",
	Ref:      Ref{"Art. 14-16", nil},
	Elements: []Element{
		{What: "The identity and address of the controller (responsable)", Ref: Ref{"Art. 15(I)", nil}},
		{What: "The personal data processed, identifying the sensitive ones", Ref: Ref{"Art. 15(II)", nil}},
		{What: "The purposes, distinguishing those that need the person's consent", Ref: Ref{"Art. 15(III)", nil}},
		{What: "The means to limit the use or disclosure of the data", Ref: Ref{"Art. 15(IV)", nil}},
		{What: "The means to exercise the ARCO rights and to revoke consent", Ref: Ref{"Art. 15(V)", nil}},
		{What: "The procedure and means by which changes to the notice are communicated", Ref: Ref{"Art. 15(VI)", nil}},
		{What: "Where data is collected by electronic or other technological means, a simplified notice that points to the full one", Ref: Ref{"Art. 16(II)", nil}},
		{What: "The person or department of personal data that handles requests", Require: RequireContactPerson, Ref: Ref{"Art. 29", nil}},
	},
	Rights: []Right{
		{ID: "access", Name: "Access (acceso)", Key: "law.mx-lfpdppp.right.access", Deadline: "a decision within 20 days, applied within 15 more; each extendable once", Ref: Ref{"Art. 2, 31", nil}},
		{ID: "rectification", Name: "Rectification (rectificación)", Key: "law.mx-lfpdppp.right.rectification", Deadline: "a decision within 20 days, applied within 15 more; each extendable once", Ref: Ref{"Art. 2, 31", nil}},
		{ID: "cancellation", Name: "Cancellation (cancelación): blocking, then deletion", Key: "law.mx-lfpdppp.right.cancellation", Deadline: "a decision within 20 days, applied within 15 more; each extendable once", Ref: Ref{"Art. 24, 31", nil}},
		{ID: "opposition", Name: "Opposition (oposición)", Key: "law.mx-lfpdppp.right.opposition", Deadline: "a decision within 20 days, applied within 15 more; each extendable once", Ref: Ref{"Art. 2, 31", nil}},
		{ID: "revoke", Name: "Revocation of consent", Key: "law.mx-lfpdppp.right.revoke", When: WhenConsent, Ref: Ref{"Art. 15(V)", nil}},
		{ID: "limit", Name: "Limiting the use or disclosure of the data", Key: "law.mx-lfpdppp.right.limit", Ref: Ref{"Art. 15(IV)", nil}},
	},
	SummaryRights: []Right{{ID: "arco", Key: "law.mx-lfpdppp.summary_rights", Ref: Ref{"Art. 15(V)", nil}}},
	// Datos personales sensibles, Art. 2(VI): an open list naming racial or
	// ethnic origin, present or future health, genetic information,
	// religious, philosophical and moral beliefs, political opinions and
	// sexual preference. They need express, written consent (Art. 8).
	Sensitive: &Sensitive{
		Term: "datos personales sensibles (Art. 2(VI)): an open list",
		Categories: map[string]SensitiveRule{
			"ethnicity": mexicoSensitive,
			"health":    mexicoSensitive,
			"genetic":   mexicoSensitive,
			"beliefs":   mexicoSensitive,
			"sex-life":  mexicoSensitive,
		},
		Default: mexicoSensitive,
		Ref:     Ref{"Art. 2(VI), 8", nil},
	},
	// A transfer to a third party, in Mexico or abroad, needs consent save
	// the law's exceptions; a remission to a processor (persona encargada)
	// does not (Art. 35). These turn on the recipient's role, not on a
	// border, so the law has no territory of its own here.
	Breach: &Breach{
		Threshold:  "a security breach that significantly affects people's property or moral rights",
		Deadline:   "immediately",
		Key:        "law.mx-lfpdppp.breach",
		KeyHours:   "law.mx-lfpdppp.breach_hours",
		SummaryKey: "law.mx-lfpdppp.summary_breach", SummaryKeyHours: "law.mx-lfpdppp.summary_breach_hours",
		Ref: Ref{"Art. 19", nil},
	},
	Complaint: &Complaint{
		Authority: "Secretaría Anticorrupción y Buen Gobierno", AuthorityKey: "law.mx-lfpdppp.authority",
		Key: "law.mx-lfpdppp.complaint", NamedKey: "law.mx-lfpdppp.complaint",
		SummaryKey: "law.mx-lfpdppp.summary_complaint", SummaryNamedKey: "law.mx-lfpdppp.summary_complaint",
		Ref: Ref{"Art. 2(XV)", nil},
	},
	Requests: Requests{
		Days: 20, Extension: 20, Deadline: "a decision within 20 days of the request, applied within 15 days of the decision; each period extendable once for as long",
		Key: "law.mx-lfpdppp.requests", Ref: Ref{"Art. 31", nil},
	},
	Changes: Changes{
		Rule: "The notice says how its changes are communicated; a new purpose incompatible with the first needs new consent.",
		Ref:  Ref{"Art. 11, 15(VI)", nil},
	},
	DPOKey: "law.mx-lfpdppp",
}

func init() { register(Mexico) }

var mexicoSensitive = SensitiveRule{Key: "law.mx-lfpdppp.sensitive", Ref: Ref{"Art. 2(VI), 8", nil}}

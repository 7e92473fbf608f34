package law

// gdprLayers are the Member States' own rules under the GDPR, chosen by
// controller.country. Spain and France are complete layers; every other
// State sets its age of digital consent (Art. 8(1)), from the table of
// reference/jurisdictions.md §A3 (Commission SWD(2020), corrected for
// Denmark's change to 15 on 1 January 2024). A State missing from the list
// has kept the Regulation's 16; Iceland and Liechtenstein are left out until
// their ages are confirmed, and their controllers get the Regulation's
// general sentence.
var gdprLayers = []Layer{
	spain,
	france,
	age("AT", 14), age("BE", 13), age("BG", 14), age("CY", 14), age("CZ", 15),
	age("DE", 16), age("DK", 15), age("EE", 13), age("FI", 13), age("GR", 15),
	age("HR", 16), age("HU", 16), age("IE", 16), age("IT", 14), age("LT", 14),
	age("LU", 16), age("LV", 13), age("MT", 13), age("NL", 16), age("NO", 13),
	age("PL", 16), age("PT", 13), age("RO", 16), age("SE", 13), age("SI", 15),
	age("SK", 16),
}

// age is a layer that only sets the age of digital consent.
func age(country string, years int) Layer {
	return Layer{Country: country, UnderKey: "law.gdpr.national.under", Children: &Children{
		Age: years, OnlyConsent: true, Parent: "the holder of parental responsibility", Key: "law.gdpr.children",
		Ref: Ref{"Art. 8(1), and the national law of " + country, []string{"GDPR-8-1"}},
	}}
}

// spain is Ley Orgánica 3/2018 (LOPDGDD), reference/jurisdictions.md §A2.
var spain = Layer{
	Country:  "ES",
	Name:     "Spain: Organic Law 3/2018 on the Protection of Personal Data and the Guarantee of Digital Rights (LOPDGDD)",
	Citation: "Ley Orgánica 3/2018, de 5 de diciembre",
	Key:      "law.gdpr.es",
	Children: &Children{Age: 14, OnlyConsent: true, Parent: "the holder of parental authority or guardianship", Key: "law.gdpr.children", Ref: Ref{"LOPDGDD art. 7", nil}},
	Complaint: &Complaint{
		Authority: "Agencia Española de Protección de Datos (AEPD)", AuthorityKey: "law.gdpr.es.authority",
		URL: "https://www.aepd.es",
	},
	Elements: []Element{
		{What: "A first layer with the controller, the purposes (profiling included), the legal basis, the recipients and transfers, and the rights, in the order of the AEPD, linking to the rest", Ref: Ref{"LOPDGDD art. 11; AEPD guide on the duty to inform", []string{"WP260-AEPD"}}},
		{What: "Automated decisions and profiling in the first layer", Ref: Ref{"LOPDGDD art. 11.2", nil}},
	},
	Summary:      []string{"controller", "purposes", "automated", "recipients", "rights", "choices", "benefits", "security", "more"},
	SummaryBasis: true,
	Notes: []string{
		"Consent alone does not lift the ban on processing whose main purpose is to identify ideology, trade union membership, religion, sexual orientation, beliefs or racial or ethnic origin (LOPDGDD art. 9.1).",
	},
	Ref: Ref{"LOPDGDD art. 11", nil},
}

// france is the Loi Informatique et Libertés (Law No. 78-17),
// reference/jurisdictions.md §A1.
var france = Layer{
	Country:  "FR",
	Name:     "France: Law No. 78-17 of 6 January 1978 on information technology, data files and civil liberties (Loi Informatique et Libertés)",
	Citation: "Loi n° 78-17 du 6 janvier 1978",
	Key:      "law.gdpr.fr",
	// Below 15, consent is given jointly by the minor and the holder of
	// parental authority: a parent alone is not enough (CNIL,
	// recommendation 4; art. 45).
	Children: &Children{Age: 15, Joint: true, OnlyConsent: true, Parent: "the holder or holders of parental authority", Key: "law.gdpr.fr.children", Ref: Ref{"Loi Informatique et Libertés art. 45", nil}},
	Complaint: &Complaint{
		Authority: "Commission nationale de l'informatique et des libertés (CNIL)", AuthorityKey: "law.gdpr.fr.authority",
		URL: "https://www.cnil.fr",
	},
	Rights: []Right{
		{ID: "post-mortem", Name: "Directives on the fate of one's data after death", Key: "law.gdpr.fr.right.post_mortem", Conditions: "general directives with a trusted third party certified by the CNIL, specific ones with the controller; changeable at any time", Ref: Ref{"Loi Informatique et Libertés art. 85", nil}},
	},
	Elements: []Element{
		{What: "What happens to the person's data after their death, and the right to set directives about it", Ref: Ref{"Loi Informatique et Libertés art. 85", nil}},
	},
	Ref: Ref{"Loi Informatique et Libertés art. 85", nil},
}

package generator

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFrameWordsOfTheLaw: a notice under one law alone may use that law's
// own defined terms in the frame's general sentences. The UU PDP's
// Indonesian notice speaks of the Pengendali Data Pribadi; a notice under
// the GDPR too keeps the general words, which hold for both.
func TestFrameWordsOfTheLaw(t *testing.T) {
	const app = "../examples/app/notice.toml"
	_, policy := reviewDocs(t, app, "id")
	wantIn(t, "UU PDP first", section(t, policy, "controller"), "Pengendali Data Pribadi Anda, yaitu pihak yang menentukan tujuan dan melakukan kendali pemrosesan Data Pribadi")
	wantIn(t, "UU PDP first", policy, "## Data Pribadi yang kami kumpulkan {#data}")

	for _, laws := range []string{`["gdpr", "uu-pdp"]`, `["uu-pdp", "gdpr"]`} {
		_, policy = reviewDocs(t, app, "id", `jurisdictions = ["uu-pdp"]`, "jurisdictions = "+laws)
		wantNot(t, laws, section(t, policy, "controller"), "Pengendali Data Pribadi Anda")
		wantIn(t, laws, policy, "## Data pribadi yang kami kumpulkan {#data}")
	}

	_, policy = reviewDocs(t, app, "en")
	wantIn(t, "no words of its own in English", section(t, policy, "controller"), "The controller of your personal data")
}

// TestIndia builds a notice under India's DPDP Act alone: its words (Data
// Fiduciary, a summary rather than a copy), its rights, a grievance before
// the Board, every breach told, children under 18, no legal-basis line
// (the Act has no list of bases a declaration's basis maps to) and
// transfers listed without safeguards (the Act has none to name).
func TestIndia(t *testing.T) {
	const india = "testdata/laws/india.toml"
	summary, policy := reviewDocs(t, india, "en")
	wantIn(t, "controller", section(t, policy, "controller"),
		"The Data Fiduciary for your personal data, which determines why and how it is processed, is **Sabzi Now Private Limited**.",
		"Our contact for questions about the processing of your personal data is Asha Rao:")
	wantIn(t, "summary", summary,
		"You can obtain a summary of your data, and have it corrected, completed, updated or erased.",
		"If we do not settle a grievance you raise with us, you can complain to the Data Protection Board of India.",
		"We tell you of every personal data breach without delay. We undertake to do so within 72 hours at most.")
	wantNot(t, "summary", summary, "get a copy", "Under the DPDP Act")
	wantIn(t, "rights", section(t, policy, "rights-in-dpdp"),
		"**Access** (s. 11): obtain a summary of your personal data",
		"**Nomination** (s. 14)",
		"Under the DPDP Act, you first raise a grievance with us, as described above. If we do not settle it, you can complain to the Data Protection Board of India (s. 13(3)).")
	wantNot(t, "policy", policy, "particular situation", "(GDPR", "safeguard")
	wantNot(t, "no legal-basis line: the Act has no list of bases", policy, "Legal basis", "on what legal basis")
	wantIn(t, "transfers", section(t, policy, "transfers"), "This recipient is in another country:\n\n- **Textline Pte. Ltd.** (Singapore).")
	wantIn(t, "children", section(t, policy, "children"), "Under the DPDP Act, we process the personal data of anyone under 18 only with the verifiable consent of a parent or lawful guardian.")
	// The 72 hours are the declaration's commitment, not the Act's: they
	// are said apart from "Under the DPDP Act".
	wantIn(t, "breach", section(t, policy, "breach"), "Under the DPDP Act, we tell you of every personal data breach without delay, through your account or the contact details you gave us. We undertake to do so no later than 72 hours after becoming aware of it.")
}

// TestSummaryRightsNameTheirLaws: where two laws each add rights to the
// summary, each sentence names its law; where one does, it need not.
func TestSummaryRightsNameTheirLaws(t *testing.T) {
	const india = "testdata/laws/india.toml"
	summary, _ := reviewDocs(t, india, "en", `jurisdictions = ["in-dpdp"]`, `jurisdictions = ["gdpr", "in-dpdp"]`)
	wantIn(t, "two laws", summary,
		"Under the GDPR, you can also restrict its use, or object to it.",
		"Under the DPDP Act, you can also raise a grievance with us")
	summary, _ = reviewDocs(t, india, "en")
	wantIn(t, "one law", summary, "You can also raise a grievance with us")
}

// TestQuebec builds a notice under Quebec's Act alone: personal
// information and the person in charge of its protection, no legal basis,
// a communication outside Quebec on a privacy impact assessment, the CAI,
// de-indexation, and confidentiality incidents told promptly.
func TestQuebec(t *testing.T) {
	const quebec = "testdata/laws/quebec.toml"
	summary, policy := reviewDocs(t, quebec, "en")
	wantIn(t, "words", policy,
		"The enterprise responsible for your personal information, which decides why and how it is used, is **Librairie du Plateau inc.**",
		"The person in charge of the protection of personal information is Chantal Tremblay.",
		"## The personal information we collect {#data}")
	wantNot(t, "no legal basis, no GDPR", policy, "Legal basis", "particular situation", "(GDPR")
	wantIn(t, "transfers", section(t, policy, "transfers"),
		"This recipient is outside Canada. The transfer rests on the ground shown:",
		"**Mailstream Inc.** (United States): a privacy impact assessment that found the information would receive adequate protection, and a written agreement with the recipient (Quebec's Act, s. 17).")
	wantIn(t, "rights", section(t, policy, "rights-quebec"),
		"**Cessation of dissemination and de-indexation** (s. 28.1)",
		"Under Quebec's Act, you can also file a complaint with the [Commission d'accès à l'information du Québec (CAI)](https://www.cai.gouv.qc.ca).")
	wantIn(t, "summary", summary,
		"You can also have information about you no longer disseminated, or de-indexed, where the law allows.",
		"If a confidentiality incident presents a risk of serious injury to you, we tell you promptly.")
}

// TestMexico builds a notice under Mexico's LFPDPPP alone: the summary is
// the simplified notice and the policy the full one, the ARCO rights with
// their deadlines, sensitive data on express written consent, the
// authority that took over from INAI, and no legal-basis line.
func TestMexico(t *testing.T) {
	const mexico = "testdata/laws/mexico.toml"
	summary, policy := reviewDocs(t, mexico, "en")
	wantIn(t, "titles", summary, "# Farmacia Roma privacy notice: simplified version {#top}", "[The full notice](policy.md)")
	wantIn(t, "titles", policy, "# Farmacia Roma privacy notice: full version {#top}")
	wantIn(t, "summary", summary, "These are your ARCO rights: access, rectification, cancellation and opposition")
	wantIn(t, "sensitive", section(t, policy, "data-prescriptions"), "Under Mexico's LFPDPPP, this is sensitive personal data: we process it only with your express written consent (Art. 8).")
	wantIn(t, "rights", section(t, policy, "rights-mx-lfpdppp"),
		"**Cancellation** (cancelación)",
		"Under Mexico's LFPDPPP, if we do not answer your request, or you disagree with our answer, you can turn to the Secretaría Anticorrupción y Buen Gobierno")
	wantIn(t, "deadlines", policy, "we tell you our decision within 20 days of receiving your request and, if we grant it, apply it within 15 days")
	wantNot(t, "no legal basis, no GDPR", policy, "Legal basis", "(GDPR", "particular situation")
	wantIn(t, "the person or department of personal data", section(t, policy, "controller"), "Requests about your personal data are handled by Departamento de Datos Personales, our person or department of personal data (Art. 29):")
}

// TestUSStates builds a notice under the US state comprehensive privacy
// laws (the Virginia, Colorado, Connecticut, Texas and Oregon model): the
// rights with their appeal, 45 days and one 45-day extension, the opt-outs
// of targeted advertising, sale and profiling, sensitive data on consent,
// the Attorney General, and Texas's NOTICE sentences, verbatim in every
// locale, only where sensitive (or biometric) data is sold. Named with the
// CCPA, each law keeps its own rights and the sentences they share are said
// once.
func TestUSStates(t *testing.T) {
	const us = "testdata/laws/usstates.toml"
	const sensitiveNotice, biometricNotice = "NOTICE: We may sell your sensitive personal data.", "NOTICE: We may sell your biometric personal data."
	summary, policy := reviewDocs(t, us, "en")
	wantIn(t, "rights", section(t, policy, "rights-us-states"),
		"**Opt out** of the processing of your personal data for targeted advertising, of its sale, and of profiling in furtherance of decisions that produce legal or similarly significant effects concerning you.",
		"**Appeal**: if we decline to act on your request, you can appeal our decision in the same way as a request; we tell you the result in writing, with our reasons.",
		"Under the US state privacy laws, if we deny your appeal, you can contact the Attorney General of your state.")
	wantIn(t, "deadlines", policy, "Under the US state privacy laws, we answer your request within 45 days. Where reasonably necessary, we may extend this once by 45 more days, telling you so, and why, within the first 45 days.")
	wantIn(t, "sensitive", section(t, policy, "data-heart_rate"), "Under the US state privacy laws, this is sensitive data: we process it only with your consent.")
	wantIn(t, "summary", summary, "You can also opt out of targeted advertising, sale of your data and profiling for significant decisions, and appeal a refusal.")
	wantNot(t, "nothing sold: no NOTICE", summary+policy, sensitiveNotice, biometricNotice)
	wantIn(t, "universal opt-out signal (Colorado Rule 6.03(A)(4)(e)), in the states' terms (Rule 5)", policy, "We honor the Global Privacy Control (GPC) signal. When your browser sends it, we treat it as a request to opt out of targeted advertising and of the sale of your personal data.")
	wantNot(t, "the CCPA's terms", policy, "sale and sharing of your personal information")
	wantNot(t, "no legal basis, no GDPR", policy, "Legal basis", "(GDPR", "particular situation")

	summary, policy = reviewDocs(t, us, "en", "sold = false", "sold = true")
	wantIn(t, "sensitive data sold (§541.102(b))", summary, sensitiveNotice)
	wantIn(t, "sensitive data sold (§541.102(b))", policy, sensitiveNotice)
	wantNot(t, "no biometric data sold", summary+policy, biometricNotice)
	summary, policy = reviewDocs(t, us, "en", "sold = false", "sold = true", `data = ["heart_rate"]`, `data = ["heart_rate", "face"]`)
	wantIn(t, "biometric data sold (§541.102(c))", summary+policy, sensitiveNotice, biometricNotice)
	esSummary, esPolicy := reviewDocs(t, us, "es", "sold = false", "sold = true")
	wantIn(t, "verbatim in English, in Spanish too", esSummary+esPolicy, sensitiveNotice)
	// Colorado wants each sale shown where the recipient is (4 CCR 904-3
	// Rule 6.03(A)(1)(c)-(d)), in the states' terms.
	wantIn(t, "the recipient bought the data", section(t, esPolicy, "recipient-exchange"), "- Vendemos estos datos a este destinatario. Conforme a las leyes estatales de privacidad de EE. UU., se trata de una «venta».")
	_, policy = reviewDocs(t, us, "en", "sold = false", "sold = true", `jurisdictions = ["us-states"]`, `jurisdictions = ["ccpa", "us-states"]`)
	wantIn(t, "a sale under both laws", section(t, policy, "recipient-exchange"), "- We sell this data to this recipient. This is a sale as defined by the CCPA and the US state privacy laws.")

	_, policy = reviewDocs(t, us, "es")
	wantIn(t, "es", section(t, policy, "rights-us-states"), "**Apelación**")
	wantIn(t, "es", policy, "Procurador General")

	// With the CCPA: each law its rights, each authority its own, and the
	// sensitive-data sentences, which differ, both said.
	_, policy = reviewDocs(t, us, "en", `jurisdictions = ["us-states"]`, `jurisdictions = ["ccpa", "us-states"]`)
	wantIn(t, "both", policy, "Under the CCPA (California residents)", "Under the US state privacy laws (Virginia, Colorado, Connecticut, Texas and Oregon)")
	if n := strings.Count(policy, "we answer your request within 45 days"); n != 1 {
		t.Errorf("the 45-day deadline is said %d times, want once", n)
	}
}

// TestUSStatesFrenchIndonesianTerms: under the US state laws alone, the
// French and Indonesian frames speak those laws' terms as the English does
// (TestUSStatesEnglishTerms): de-identified data, reasonable
// administrative, technical and physical data security practices, a
// security breach notified without unreasonable delay, personal data (not
// the GDPR's "données à caractère personnel"), the business that decides
// and the third party in plain words (not the GDPR's responsable du
// traitement or the UU PDP's Pengendali), and none of the GDPR's words
// for them. (The fixture's own texts stay Spanish: only the
// frame's sentences are read.)
func TestUSStatesFrenchIndonesianTerms(t *testing.T) {
	src, err := os.ReadFile("testdata/laws/usstates.toml")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		loc       Locale
		want, not []string
	}{
		{"fr", []string{
			"À l'expiration de cette durée, nous les supprimons ou les dépersonnalisons.",
			"Nous protégeons vos données personnelles au moyen des pratiques de sécurité des données suivantes\u00a0:",
			"Si une atteinte à la sécurité compromet vos données personnelles, nous vous en informons sans retard injustifié.",
			"**Lone Star Fitness, Inc.** décide pour quelles finalités et de quelle manière vos données personnelles sont traitées.",
			"tiers, qui décide lui-même de l'usage qu'il fait des données",
		}, []string{"anonymis", "techniques et organisationnelles", "conséquences probables", "caractère personnel", "responsable du traitement", "de façon similaire"}},
		{"id", []string{
			"kami menghapus data tersebut atau melakukan deidentifikasi terhadapnya.",
			"Kami melindungi data pribadi Anda dengan praktik keamanan data berikut:",
			"tanpa penundaan yang tidak wajar",
			"**Lone Star Fitness, Inc.** menentukan tujuan dan cara pemrosesan data pribadi Anda.",
			"pihak ketiga, yang menentukan sendiri cara menggunakan data tersebut",
		}, []string{"anonim", "teknis dan organisasional", "kemungkinan akibatnya", "Pengendali", "berdampak signifikan yang serupa"}},
	} {
		decl := strings.NewReplacer(`locales = ["en", "es"]`, `locales = ["en", "`+string(tc.loc)+`"]`, ", es = ", ", "+string(tc.loc)+" = ").Replace(string(src))
		path := filepath.Join(t.TempDir(), "us.toml")
		if err := os.WriteFile(path, []byte(decl), 0o644); err != nil {
			t.Fatal(err)
		}
		summary, policy := reviewDocs(t, path, tc.loc)
		wantIn(t, string(tc.loc), summary+policy, tc.want...)
		wantNot(t, string(tc.loc)+": GDPR terms", summary+policy, tc.not...)
	}
}

// TestUtah builds a notice under the Utah Consumer Privacy Act: its rights
// without an appeal or an opt-out of profiling (Utah Code §13-61-201), the
// reasons for a request not acted on (§13-61-203(3)), sensitive data on
// notice and opt-out (§13-61-302(3)), the Division of Consumer Protection,
// and the other US state laws' words for the frame, alone or beside them.
func TestUtah(t *testing.T) {
	const utah = "testdata/laws/utah.toml"
	summary, policy := reviewDocs(t, utah, "en")
	wantIn(t, "rights", section(t, policy, "rights-utah"),
		"- **Deletion**: have us delete the personal data you gave us.",
		"- **Opt out** of the processing of your personal data for targeted advertising, and of its sale.",
		"- **If we decline a request**, we tell you why within 45 days of receiving it.",
		"Under the Utah Consumer Privacy Act, you can submit a complaint to the Utah Division of Consumer Protection.")
	wantNot(t, "no appeal, no profiling opt-out", policy, "Appeal", "appeal", "profiling in furtherance", "Attorney General")
	wantIn(t, "deadlines", policy, "Under the Utah Consumer Privacy Act, we answer your request within 45 days. Where reasonably necessary, because of the request's complexity or the number of requests we receive, we may extend this once by 45 more days, telling you how long, and why, within the first 45 days.")
	wantIn(t, "sensitive", section(t, policy, "data-location"), "Under the Utah Consumer Privacy Act, this is sensitive data: we tell you clearly before we process it, and you can opt out of that processing.")
	wantIn(t, "sale", section(t, policy, "recipient-broker"), "- We sell this data to this recipient. This is a sale as defined by the Utah Consumer Privacy Act.")
	wantIn(t, "summary", section(t, summary, "rights"), "You can also opt out of targeted advertising and of the sale of your data.", "You can submit a complaint to the Utah Division of Consumer Protection.")
	wantIn(t, "glance", section(t, summary, "glance"), "**Sold to others**: yes.")
	wantIn(t, "the US state laws' words", policy, "we delete the data or de-identify it", "we notify you without unreasonable delay")
	wantNot(t, "GDPR terms", summary+policy, "Legal basis", "make it anonymous", "undue delay", "likely consequences")

	summary, policy = reviewDocs(t, utah, "es")
	wantIn(t, "es", section(t, policy, "rights-utah"),
		"- **Exclusión voluntaria** (opt-out): excluirse del tratamiento de sus datos personales con fines de publicidad dirigida y de su venta.",
		"- **Si decidimos no atender una solicitud**, le indicamos los motivos en un plazo de 45 días desde que la recibimos.",
		"Conforme a la Ley de Privacidad del Consumidor de Utah, puede presentar una queja ante la División de Protección al Consumidor de Utah (Utah Division of Consumer Protection).")
	wantIn(t, "es sale", section(t, policy, "recipient-broker"), "Conforme a la Ley de Privacidad del Consumidor de Utah, se trata de una «venta».")
	wantNot(t, "es: no appeal", policy, "Apelación", "apelar")
	// An opt-out purpose in the states' word for opting out, not Spain's
	// "oponerse".
	wantIn(t, "es opt-out purpose", section(t, policy, "purpose-tracking"), "Este tratamiento está activado salvo que usted se excluya de él. Puede excluirse en cualquier momento.")
	wantIn(t, "es opt-out choice", section(t, summary, "choices"), "**Seguimiento del reparto en tiempo real**: este tratamiento está activado salvo que usted se excluya de él. Para excluirse:")
	wantIn(t, "es glance", section(t, summary, "glance"), "**Activado salvo que se excluya**: seguimiento del reparto en tiempo real.")
	wantNot(t, "es: Spain's word", summary+policy, "oponga", "oponerse")
	site, err := Build(loadFile(t, utah), Options{Locales: []Locale{"es"}, Formats: []Format{FormatMoments}})
	if err != nil {
		t.Fatal(err)
	}
	wantIn(t, "es moments", string(site.Files["es/moments.json"]), `"what": "Datos usados salvo que se excluya: ubicación precisa."`, `"change": "Para excluirse en cualquier momento: desactive`)

	// Beside the other state laws: each its own rights, the sale said once
	// for both, and still the states' words for the frame.
	_, policy = reviewDocs(t, utah, "en", `jurisdictions = ["utah"]`, `jurisdictions = ["us-states", "utah"]`, "[security]", "[signals]\ngpc = true\n\n[security]",
		"basis = \"contract\"\nchoice = \"opt-out\"", "basis = \"consent\"\nchoice = \"opt-in\"")
	wantIn(t, "both", policy, "### Under the US state privacy laws (Virginia, Colorado, Connecticut, Texas and Oregon) {#rights-us-states}", "### Under the Utah Consumer Privacy Act {#rights-utah}",
		"This is a sale as defined by the US state privacy laws and the Utah Consumer Privacy Act.",
		"we delete the data or de-identify it")

	// diff says what a material change calls for under it: no rule of
	// its own.
	old, d := loadEdited(t, utah, `data = ["purchases"]`, `data = ["purchases", "location"]`)
	want := " UCPA: No rule of its own on notifying changes: the notice must stay accurate, and a controller that starts selling data or targeted advertising discloses how to opt out."
	if action := Diff(old, d).Action(); !strings.HasSuffix(action, want) {
		t.Errorf("action:\n got %s\nwant it to end with%s", action, want)
	}
}

// TestIowa builds a notice under the Iowa Consumer Data Protection Act:
// its four rights and an appeal decided within 60 days (Iowa Code
// §715D.3(1), (3)), no correction and no opt-out of profiling, 90 days to
// answer (§715D.3(2)), sensitive data on notice and opt-out (§715D.4(2)),
// the Attorney General after a denied appeal, and the US state laws' words.
func TestIowa(t *testing.T) {
	const iowa = "testdata/laws/iowa.toml"
	summary, policy := reviewDocs(t, iowa, "en")
	wantIn(t, "rights", section(t, policy, "rights-iowa"),
		"- **Deletion**: have us delete the personal data you gave us.",
		"- **Opt out** of the sale of your personal data.",
		"- **Appeal**: if we decline to act on your request, you can appeal our decision in the same way as a request. We tell you in writing what we did, with our reasons, within 60 days of receiving your appeal.",
		"Under the Iowa Consumer Data Protection Act, if we deny your appeal, we give you a way to submit a complaint to the Iowa Attorney General: online where available, or by another method.")
	wantNot(t, "no correction, no profiling opt-out", section(t, policy, "rights-iowa"), "Correction", "profiling")
	wantIn(t, "deadlines", policy, "Under the Iowa Consumer Data Protection Act, we answer your request within 90 days. Where reasonably necessary, we may extend this once by 45 more days, telling you so, and why, within the first 90 days.")
	wantIn(t, "sensitive", section(t, policy, "data-location"), "Under the Iowa Consumer Data Protection Act, this is sensitive data: we tell you clearly before we process it, and you can opt out of that processing.")
	wantIn(t, "sale", section(t, policy, "recipient-analyst"), "- We sell this data to this recipient. This is a sale as defined by the Iowa Consumer Data Protection Act.")
	wantIn(t, "summary", section(t, summary, "rights"), "You can see or delete your data, and get a copy. You can also opt out of the sale of your data, and appeal a refusal.", "If we deny your appeal, you can submit a complaint to the Iowa Attorney General.")
	wantIn(t, "glance: no right to correct", section(t, summary, "glance"), "**To see or delete your data**, contact us:")
	wantNot(t, "no right to correct", summary, "correct")
	wantIn(t, "the US state laws' words", policy, "we delete the data or de-identify it", "we notify you without unreasonable delay")
	wantNot(t, "GDPR terms", summary+policy, "Legal basis", "make it anonymous", "undue delay")

	summary, policy = reviewDocs(t, iowa, "es")
	wantIn(t, "es", section(t, policy, "rights-iowa"),
		"- **Exclusión voluntaria** (opt-out): excluirse de la venta de sus datos personales.",
		"Conforme a la Ley de Protección de Datos del Consumidor de Iowa, si rechazamos su apelación, le proporcionamos un medio en línea, si lo hay, u otro medio para presentar una queja ante el Procurador General de Iowa (Iowa Attorney General).")
	wantIn(t, "es opt-out purpose", section(t, policy, "purpose-maps"), "Este tratamiento está activado salvo que usted se excluya de él.")
	wantIn(t, "es: no right to correct", summary, "**Para ver o eliminar sus datos**", "Puede acceder a sus datos personales o eliminarlos, y obtener una copia.")
	wantNot(t, "es: Spain's words", summary+policy, "oponga", "oponerse", "responsable del tratamiento")

	old, d := loadEdited(t, iowa, `data = ["yields"]`, `data = ["yields", "location"]`)
	want := " ICDPA: No rule of its own on notifying changes: the notice must stay accurate, and says how to opt out of sale and targeted advertising where they happen."
	if action := Diff(old, d).Action(); !strings.HasSuffix(action, want) {
		t.Errorf("action:\n got %s\nwant it to end with%s", action, want)
	}
}

// TestUSStatesChangeAction: a material change to a notice under the US
// state laws calls for Colorado's notice of material changes, with its
// list (4 CCR 904-3 Rule 6.04).
func TestUSStatesChangeAction(t *testing.T) {
	old, d := loadEdited(t, "testdata/laws/usstates.toml", `data = ["heart_rate"]`, `data = ["heart_rate", "face"]`)
	action := Diff(old, d).Action()
	want := " US states: Colorado: notify material changes in the way the controller regularly interacts with consumers; material are changes to the categories of data processed, the purposes, the controller's identity, the act of sharing with third parties, the categories of third parties, or the ways to exercise rights; a new secondary use needs consent before it applies to data collected earlier."
	if !strings.HasSuffix(action, want) {
		t.Errorf("action:\n got %s\nwant it to end with%s", action, want)
	}
}

// TestSaleAndSignalsUnderEachLaw: "sold or shared" and the GPC signal's
// opt-out of sale and sharing are the CCPA's terms (Cal. Civ. Code
// 1798.140(ad), (ah)); the US state laws define sale and give an opt-out
// of it, but not of sharing. A notice under laws that define neither (the
// UU PDP here) asks only whether data is sold and describes the signal
// without claiming a law's opt-out; where nothing is sold or shared for
// advertising (the shop), it says so without a condition, since a
// conditional would suggest the data is sold when the signal is absent.
func TestSaleAndSignalsUnderEachLaw(t *testing.T) {
	const ride, shop, quebec, mexico = "testdata/review/ride.toml", "../examples/shop/notice.toml", "testdata/laws/quebec.toml", "testdata/laws/mexico.toml"
	// The ride app's insurer receives data for advertising; both
	// declarations say the controller honours GPC.
	rideEdits := []string{`safeguard = "consent"`, "safeguard = \"consent\"\nshared = true", "[audience]", "[signals]\ngpc = true\n\n[audience]"}
	var shopEdits []string // the shop honours GPC already
	for _, tc := range []struct {
		file, law, loc string
		edits          []string
		glance, gpc    string
		notGlance, no  string
	}{
		{ride, `["uu-pdp"]`, "en", rideEdits, "**Sold to others**: no.", "We honour the Global Privacy Control (GPC) signal, by which your browser asks that your personal data not be sold to or shared with other companies. When your browser sends it, we do not sell your personal data or share it with others for advertising.", "Sold or shared", "opt out of"},
		{ride, `["uu-pdp"]`, "en", rideEdits[2:], "**Sold to others**: no.", "We do not sell your personal data or share it with others for advertising, whether or not your browser sends it.", "Sold or shared", "When your browser sends it"},
		{ride, `["uu-pdp"]`, "id", rideEdits, "**Dijual kepada pihak lain**: tidak.", "kami tidak menjual data pribadi Anda dan tidak membagikannya kepada pihak lain untuk keperluan iklan", "Dijual atau dibagikan", "menolak penjualan"},
		{ride, `["us-states"]`, "en", rideEdits, "**Sold to others**: no.", "we treat it as a request to opt out of targeted advertising and of the sale of your personal data", "Sold or shared", "sale and sharing"},
		{ride, `["gdpr", "ccpa"]`, "en", rideEdits, "**Sold or shared**: yes.", "we treat it as a request to opt out of the sale and sharing of your personal information", "Sold to others", "we do not sell your personal data"},
		{shop, `["gdpr"]`, "fr", shopEdits, "**Vente à des tiers**\u00a0: non.", "Que votre navigateur l'envoie ou non, nous ne vendons pas ces données et ne les communiquons pas à des tiers à des fins publicitaires.", "Vente ou partage", "demande d'opposition"},
		{quebec, `["quebec"]`, "fr", []string{"[security]", "[signals]\ngpc = true\n\n[security]"}, "**Vente à des tiers**\u00a0: non.", "par lequel votre navigateur demande que vos renseignements personnels ne soient ni vendus ni communiqués à d'autres entreprises. Que votre navigateur l'envoie ou non, nous ne vendons pas vos renseignements personnels", "Vente ou partage", "données à caractère personnel"},
		{mexico, `["mx-lfpdppp"]`, "es", []string{"[security]", "[signals]\ngpc = true\n\n[security]"}, "**Venta a terceros**: no.", "No vendemos sus datos personales ni los transferimos a terceros con fines publicitarios, tanto si su navegador envía la señal como si no.", "compartición", "comunicamos"},
		{shop, `["gdpr"]`, "es", shopEdits, "**Venta a terceros**: no.", "No vendemos sus datos personales ni los comunicamos a terceros con fines publicitarios, tanto si su navegador envía la señal como si no.", "compartición", "solicitud para que no vendamos"},
		{shop, `["gdpr", "ccpa"]`, "es", shopEdits, "**Venta o compartición**: no.", "la tratamos como una solicitud para que no vendamos ni compartamos su información personal", "Venta a terceros", "no se vendan ni se compartan"},
	} {
		from := `jurisdictions = ["uu-pdp"]`
		switch tc.file {
		case shop:
			from = `jurisdictions = ["gdpr", "ccpa"]`
		case quebec:
			from = `jurisdictions = ["quebec"]`
		case mexico:
			from = `jurisdictions = ["mx-lfpdppp"]`
		}
		summary, policy := reviewDocs(t, tc.file, Locale(tc.loc), append([]string{from, "jurisdictions = " + tc.law}, tc.edits...)...)
		name := tc.file + " " + tc.law + " " + tc.loc
		wantIn(t, name+" glance", section(t, summary, "glance"), tc.glance)
		wantNot(t, name+" glance", section(t, summary, "glance"), tc.notGlance)
		wantIn(t, name+" signal", section(t, policy, "signals"), tc.gpc)
		wantNot(t, name+" signal", section(t, policy, "signals"), tc.no)
	}
}

// TestSignalWithAnAdvertisingPartner: a notice under the GDPR does not
// declare `shared` (the CCPA's term), yet a third party that serves an
// advertising purpose receives data for advertising: the GPC sentence must
// not say that nothing is shared for advertising.
func TestSignalWithAnAdvertisingPartner(t *testing.T) {
	const ride = "testdata/review/ride.toml"
	ads := "[purpose.ads]\nkind = \"advertising\"\nlabel = { id = \"Iklan\", en = \"Ads\" }\ndata = [\"location\"]\nbasis = \"consent\"\nchoice = \"opt-in\"\n" +
		"withdraw = { id = \"Matikan iklan di pengaturan.\", en = \"Turn ads off in settings.\" }\nbenefit = { id = \"Diskon.\", en = \"Discounts.\" }\nretention = \"1 year\"\n\n[recipient.maps]"
	_, policy := reviewDocs(t, ride, "en", `jurisdictions = ["uu-pdp"]`, `jurisdictions = ["gdpr"]`, "[recipient.maps]", ads,
		"role = \"controller\"\npurposes = [\"rides\"]", "role = \"controller\"\npurposes = [\"rides\", \"ads\"]", "[audience]", "[signals]\ngpc = true\n\n[audience]")
	wantIn(t, "signal", section(t, policy, "signals"), "When your browser sends it, we do not sell your personal data or share it with others for advertising.")
	wantNot(t, "signal", section(t, policy, "signals"), "whether or not your browser sends it")
}

// TestBreachUnderNoBreachLaw: where no law of the notice has breach rules
// (the CCPA leaves them to Cal. Civ. Code 1798.82), the breach sentence is
// the controller's commitment in no GDPR terms: no "undue delay", no
// "likely consequences", no risk threshold.
func TestBreachUnderNoBreachLaw(t *testing.T) {
	const us = "testdata/laws/usstates.toml"
	_, policy := reviewDocs(t, us, "en", `jurisdictions = ["us-states"]`, `jurisdictions = ["ccpa"]`)
	wantIn(t, "en", section(t, policy, "breach"), "If a data breach compromises your personal data, we tell you without unreasonable delay. We tell you what happened, which personal data was affected and what we are doing about it.")
	wantNot(t, "en", section(t, policy, "breach"), "undue delay", "likely consequences", "at risk")
	_, policy = reviewDocs(t, us, "es", `jurisdictions = ["us-states"]`, `jurisdictions = ["ccpa"]`)
	wantIn(t, "es", section(t, policy, "breach"), "Si una violación de la seguridad compromete sus datos personales, se lo comunicamos sin demora injustificada.")
	wantNot(t, "es", section(t, policy, "breach"), "dilación indebida", "consecuencias probables", "brecha")
}

// TestUSStatesEnglishTerms: under the US state laws alone, the English
// frame speaks their terms, not the GDPR's: de-identified data, decisions
// with legal or similarly significant effects, reasonable administrative,
// technical and physical data security practices, and a security breach
// notified without unreasonable delay (the states' breach statutes), with
// no "likely consequences" (GDPR Art. 34). Named with the GDPR, the
// general sentences hold for both and stay.
func TestUSStatesEnglishTerms(t *testing.T) {
	const us = "testdata/laws/usstates.toml"
	summary, policy := reviewDocs(t, us, "en")
	wantIn(t, "policy", policy,
		"When that period ends, we delete the data or de-identify it.",
		"We do not make decisions that produce legal or similarly significant effects concerning you based solely on the automated processing of your personal data, including profiling.",
		"### If there is a security breach {#breach}",
		"If a security breach compromises your personal data, we notify you without unreasonable delay. We tell you what happened, which personal data was affected and what we are doing to protect it.")
	wantIn(t, "summary", section(t, summary, "security"), "If a security breach compromises your personal data, we notify you without unreasonable delay.")
	wantNot(t, "GDPR terms", summary+policy, "organisational measures", "likely consequences", "make it anonymous", "similarly significantly affect", "undue delay")

	_, policy = reviewDocs(t, us, "en", `jurisdictions = ["us-states"]`, `jurisdictions = ["gdpr", "us-states"]`)
	wantIn(t, "with the GDPR", policy, "we delete the data or make it anonymous")
}

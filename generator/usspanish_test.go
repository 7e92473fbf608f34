package generator

import "testing"

// TestUSStatesSpanish reads a notice under the US state comprehensive
// privacy laws alone, in Spanish, as a US-Spanish legal writer would: the
// frame's general sentences are in the states' words (the business that
// decides, correct and delete, share with third parties, de-identified
// data, decisions that produce legal or similarly significant effects,
// administrative, technical and physical security practices) and US
// usage (recopilar, proporcionar), not in the words of the Spanish text of
// the GDPR, which these laws do not speak.
func TestUSStatesSpanish(t *testing.T) {
	const us = "testdata/laws/usstates.toml"
	summary, policy := reviewDocs(t, us, "es")

	wantIn(t, "glance", section(t, summary, "glance"),
		"- **Lone Star Fitness, Inc.** decide para qué y cómo se usan sus datos.",
		"- **Para ver, corregir o eliminar sus datos**, póngase en contacto con nosotros:")
	wantIn(t, "summary", summary,
		"## Qué datos recopilamos y para qué {#purposes}",
		"Puede acceder a sus datos personales, corregirlos o eliminarlos, y obtener una copia.",
		"Escriba a [privacy@lonestarfitness.example](mailto:privacy@lonestarfitness.example) o visite [lonestarfitness.example/privacy-choices](https://lonestarfitness.example/privacy-choices).",
		"Si una brecha de seguridad compromete sus datos personales, se lo notificamos sin demora injustificada.")

	wantIn(t, "intro", policy,
		"Esta política explica cómo Lone Star Fitness, Inc. recopila y usa sus datos personales. Indica qué datos recopilamos y para qué, durante cuánto tiempo, con quién los compartimos y qué derechos tiene usted.")
	wantIn(t, "controller", section(t, policy, "controller"),
		"## Quiénes somos {#controller}",
		"**Lone Star Fitness, Inc.** decide para qué y cómo se tratan sus datos personales.")
	wantIn(t, "data", section(t, policy, "data"),
		"## Datos personales que recopilamos {#data}",
		"Recopilamos los siguientes datos personales.",
		"- Origen: usted nos los proporciona.",
		"- Debe proporcionarnos estos datos: los necesitamos para prestarle el servicio. Si no nos los proporciona: no podemos crear su cuenta.",
		"- Proporcionarlos es opcional.",
		"- Categoría: datos de salud.",
		"- Los compartimos con: [Pulse Data Exchange LLC](#recipient-exchange).")
	wantIn(t, "recipients", section(t, policy, "recipients"),
		"Solo compartimos datos personales con los destinatarios que se indican a continuación, y con cada uno, solo los datos que necesita.",
		"- Función: tercero, que decide por su cuenta cómo usa los datos, conforme a su propia política de privacidad.")
	wantIn(t, "retention", section(t, policy, "retention"),
		"Cuando termina ese plazo, los eliminamos o los desidentificamos.")
	wantIn(t, "automated", section(t, policy, "automated"),
		"No tomamos decisiones que produzcan efectos jurídicos o de importancia similar sobre usted basadas únicamente en el tratamiento automatizado de sus datos personales, incluida la elaboración de perfiles.")
	wantIn(t, "security", section(t, policy, "security"),
		"Protegemos sus datos personales con estas prácticas de seguridad:",
		"### Brechas de seguridad {#breach}",
		"Si una brecha de seguridad compromete sus datos personales, se lo notificamos sin demora injustificada. Le explicamos qué ocurrió, qué datos personales se vieron afectados y qué medidas estamos tomando para protegerlos.")

	// Spain's words for the GDPR's terms, and the GDPR's own rules.
	wantNot(t, "Spain's GDPR wording", summary+policy,
		"responsable del tratamiento", "es el responsable",
		"rectific", "suprim", "anonimiz",
		"significativamente de modo similar",
		"Violaciones de la seguridad", "dilación indebida", "consecuencias probables",
		"medidas técnicas y organizativas",
		"recoge", "facilit", "Los comunicamos a", "Solo comunicamos datos",
		"datos relativos a la salud", "o entre en [")

	// Sold sensitive data: Texas's NOTICE, and still no Spain wording.
	summary, policy = reviewDocs(t, us, "es", "sold = false", "sold = true")
	wantIn(t, "sold", section(t, summary, "glance"), "**Venta a terceros**: sí.")
	wantNot(t, "Spain's GDPR wording, data sold", summary+policy, "responsable del tratamiento", "rectific", "suprim", "Los comunicamos a")

	// What changed, in the same words: Colorado Rule 6.04 lists the
	// categories of data, the act of sharing with third parties and the
	// controller's identity among the material changes.
	old, d := loadEdited(t, us,
		`data = ["heart_rate"]`, `data = ["heart_rate", "face"]`,
		`name = "Lone Star Fitness, Inc."`, `name = "Lone Star Health, Inc."`,
		"[purpose.ads]", "[data.steps]\ncategory = \"usage\"\nlabel = { en = \"Steps\", es = \"Pasos\" }\n\n[recipient.coach]\nname = \"CoachCo LLC\"\nrole = \"controller\"\npurposes = [\"workouts\"]\ndata = [\"email\"]\ncountry = \"US\"\n\n[purpose.ads]",
	)
	site, err := Build(d, Options{Locales: []Locale{"es"}, Formats: []Format{FormatMarkdown}, Previous: old})
	if err != nil {
		t.Fatal(err)
	}
	changes := section(t, string(site.Files["es/policy.md"]), "what-changed")
	wantIn(t, "changes", changes,
		"Ahora recopilamos: Pasos.",
		"Ahora compartimos datos con CoachCo LLC.",
		"Han cambiado los datos que compartimos con Pulse Data Exchange LLC o el lugar al que se envían.",
		"Ahora es Lone Star Health, Inc. quien decide para qué y cómo se usan sus datos.")
	wantNot(t, "changes in Spain's words", changes, "recogemos", "comunicamos datos", "es ahora responsable")
}

package generator

import (
	"math"
	"strings"
	"testing"
)

// Hand-counted syllables: the usual pronunciation for English (as the CMU
// Pronouncing Dictionary gives it) and Indonesian; for French, written
// syllables without the final mute e; for Spanish, the orthographic
// syllables of the RAE rules.
var syllableLists = map[Locale]map[int][]string{
	"en": {
		1: {"the", "we", "you", "your", "used", "shared", "stored", "rights", "year", "through", "choice", "rates", "types", "make", "whole", "free", "field", "search", "piece", "sold", "send", "mail", "clear", "each", "great", "based", "goes", "hours", "please"},
		2: {"data", "consent", "purpose", "service", "people", "table", "tables", "apple", "needed", "process", "processed", "required", "agree", "agreed", "cookies", "layer", "beyond", "paying", "going", "being", "useful", "statement", "safely", "changes", "uses", "value", "issue", "provide", "about", "contact", "request", "account", "payment", "language", "equal", "social", "notice", "receive", "minutes", "address", "business", "review", "legal", "object", "access", "delete", "client"},
		3: {"privacy", "personal", "controller", "processing", "retention", "purposes", "collected", "services", "devices", "articles", "period", "media", "actual", "usual", "requirement", "management", "financial", "potential", "premium", "video", "easier", "deleted", "agency", "company", "sensitive", "several"},
		4: {"information", "authority", "categories", "legitimate", "biometric", "violation", "material", "criteria", "society", "experience", "recipient", "automated", "necessary", "analytics", "Indonesia", "consequences"},
		5: {"supervisory", "individual", "individuals"},
		6: {"identification"},
	},
	"fr": {
		1: {"le", "de", "une", "que", "qui", "droit", "vos", "mois", "ans", "traitent", "peuvent", "font", "être", "êtes", "type", "fin", "lieu", "bien", "temps", "tiers", "compte"},
		2: {"données", "personne", "personnes", "client", "souvent", "moment", "agent", "quelques", "reçoivent", "adresse", "service", "commande", "accès", "créer", "réel", "contrat", "fournir"},
		3: {"personnelle", "traitement", "utilisent", "collectons", "politique", "idéal", "conservons", "garantie", "responsable", "prestataires", "légitimes", "récemment"},
		4: {"information", "catégories", "identifiant", "sécurité", "finalités", "consentement", "destinataire", "obligation"},
		5: {"automatisé", "réglementation"},
		6: {"confidentialité"},
	},
	"es": {
		1: {"de", "y", "que", "hoy", "muy", "ley", "sus", "bien", "fue", "dio", "cien"},
		2: {"datos", "país", "leer", "quiere", "guerra", "cuenta", "nuevo", "puede", "causa", "sólo", "oír", "día", "días", "guía", "cualquier"},
		3: {"derechos", "usuario", "pingüino", "ofertas", "boletín", "guardamos", "periodo"},
		4: {"tratamiento", "seguridad", "información", "legítimo", "aéreo"},
		5: {"categoría", "consentimiento", "destinatarios", "proveedores", "electrónico", "continuaremos"},
		6: {"responsabilidad"},
	},
	"id": {
		1: {"dan", "di", "ke", "yang", "hak"},
		2: {"data", "kami", "anda", "dua", "daun", "main", "pantai", "pulau", "untuk", "saja", "sampai", "sepoi"},
		3: {"pribadi", "aduan", "lembaga", "bersama"},
		4: {"pengendali", "kepentingan", "pemrosesan", "informasi", "perlindungan", "menerima", "keamanan"},
		5: {"pelindungannya", "persetujuan"},
	},
}

func TestSyllables(t *testing.T) {
	for l, byCount := range syllableLists {
		for want, words := range byCount {
			for _, w := range words {
				if got, ok := Syllables(w, l); !ok || got != want {
					t.Errorf("Syllables(%q, %s) = %d, want %d", w, l, got, want)
				}
			}
		}
	}
	if got, _ := Syllables("e-mail", "en"); got != 2 {
		t.Errorf("Syllables(e-mail) = %d, want 2: e + mail", got)
	}
	if got, _ := Syllables("l'adresse", "fr"); got != 2 {
		t.Errorf("Syllables(l'adresse) = %d, want 2: the elided article is part of the next syllable", got)
	}
	if got, _ := Syllables("2026", "en"); got != 1 {
		t.Errorf("Syllables(2026) = %d, want 1: a figure counts as one syllable", got)
	}
	if _, ok := Syllables("data", "de"); ok {
		t.Error("Syllables must report a locale it has no counter for")
	}
}

// The formulas, against worked examples of their sources.
func TestFormulas(t *testing.T) {
	tests := []struct {
		f    Formula
		c    counts
		want float64
	}{
		// bit1024.com's Flesch calculator: ASL 15 and ASW 1.5 give 64.71;
		// ASL 20 and ASW 1.2 give 85.02.
		{FleschReadingEase, counts{words: 150, sentences: 10, syllables: 225}, 64.71},
		{FleschReadingEase, counts{words: 100, sentences: 5, syllables: 120}, 85.02},
		// Wikipedia's Flesch–Kincaid example: "The Australian platypus is
		// seemingly a hybrid of a mammal and reptilian creature." 13 words,
		// 1 sentence, 26 syllables: grade 13.1.
		{FleschKincaidGrade, counts{words: 13, sentences: 1, syllables: 26}, 13.08},
		// Kandel & Moles: 207 − 1.015 × 20 − 0.736 × 150 (syllables per 100
		// words), as cordial.fr writes it.
		{KandelMoles, counts{words: 100, sentences: 5, syllables: 150}, 76.3},
		// Fernández Huerta as corrected by Law (2011) and legible.es:
		// 206.84 − 0.60 × 150 − 1.02 × 20.
		{FernandezHuerta, counts{words: 100, sentences: 5, syllables: 150}, 96.44},
		// Szigriszt-Pazos (legible.es): 206.835 − 62.3 × 1.5 − 20.
		{SzigrisztPazos, counts{words: 100, sentences: 5, syllables: 150}, 93.385},
		// LIX (lix.se): 100 words in 5 sentences, 30 long words: 20 + 30.
		{LIX, counts{words: 100, sentences: 5, long: 30}, 50},
		// RIX (Anderson 1983): 30 long words in 5 sentences.
		{RIX, counts{words: 100, sentences: 5, long: 30}, 6},
	}
	for _, tt := range tests {
		if got := tt.f.compute(tt.c); math.Abs(got-tt.want) > 0.005 {
			t.Errorf("%s(%+v) = %.3f, want %.3f", tt.f, tt.c, got, tt.want)
		}
	}
	if got := FleschReadingEase.compute(counts{}); got != 0 {
		t.Errorf("an empty text must score 0, got %v", got)
	}
}

func TestMeasureReadability(t *testing.T) {
	text := "We keep your orders for 13 months.\nYou can object at any time: write to privacy@example.com. We answer within 30 days."
	r := MeasureReadability(text, "en")
	// Words: 7 + 9 + 5 = 21. Syllables: we keep your or-ders for 13 months
	// (8); you can ob-ject at an-y time write to privacy@example.com (11,
	// the address counts as one); we an-swer with-in 30 days (7).
	// Long words (more than six letters): none but the address, which is
	// read as one symbol.
	if r.Words != 21 || r.Sentences != 3 || r.Syllables != 26 || r.LongWords != 0 || r.LongestSentence != 9 {
		t.Fatalf("counts = %+v", r)
	}
	if r.WordsPerSentence != 7 {
		t.Errorf("WordsPerSentence = %v, want 7", r.WordsPerSentence)
	}
	// FRE = 206.835 − 1.015 × 21/3 − 84.6 × 26/21 = 95.0
	if got, _ := r.Score(FleschReadingEase); got != 95 {
		t.Errorf("FRE = %v, want 95", got)
	}
	var formulas []string
	for _, s := range r.Scores {
		formulas = append(formulas, string(s.Formula))
	}
	if got := strings.Join(formulas, " "); got != "flesch-reading-ease flesch-kincaid-grade lix rix" {
		t.Errorf("formulas for en = %s", got)
	}
	if r := MeasureReadability("", "fr"); r.Words != 0 || len(r.Scores) != 3 {
		t.Errorf("empty text: %+v", r)
	}
}

package check

import (
	"fmt"

	"github.com/noticegen/noticegen/generator"
)

// readability: every rendered document scores at least the plain-language
// floor of its language's readability formula: an error below the "fail" line
// (very difficult: 40 on the Flesch scales), a warning below the "warn"
// line (50; 55 on INFLESZ, its "normal" floor), and a note when a summary
// misses the plain-language target (60; 65 on INFLESZ; Flesch–Kincaid
// grade 8). Indonesian has no validated formula, so its LIX is advisory.
type readability struct{}

func init() { register(readability{}) }

func (readability) ID() string         { return "readability" }
func (readability) Category() Category { return Language }
func (readability) Severity() Severity { return Warning }
func (readability) Source() string {
	return "GDPR Art. 12(1) (GDPR-12-1-b); CCPA Regs §7003(a) (CCPA-NAC-10); Flesch 1948, Kincaid et al. 1975, Kandel & Moles 1958, Szigriszt-Pazos 1993 with INFLESZ (Barrio-Cantalejo et al. 2008), Fernández Huerta 1959, Björnsson 1968"
}

// threshold is where a formula's score turns from plain to hard.
type threshold struct {
	formula  generator.Formula
	lower    bool    // lower scores are easier (grades, LIX)
	target   float64 // the summary's plain-language target
	warn     float64 // 0: none
	fail     float64 // 0: none
	advisory bool    // report only as notes
	meaning  string
}

var thresholds = map[generator.Locale][]threshold{
	"en": {
		{formula: generator.FleschReadingEase, target: 60, warn: 50, fail: 40, meaning: "Flesch reading ease; 60–70 is plain English"},
		{formula: generator.FleschKincaidGrade, lower: true, target: 8, meaning: "Flesch–Kincaid grade; 8 is the average adult reading level"},
	},
	"fr": {
		{formula: generator.KandelMoles, target: 60, warn: 50, fail: 40, meaning: "Kandel & Moles; 60–70 is standard French"},
	},
	"es": {
		{formula: generator.SzigrisztPazos, target: 65, warn: 55, fail: 40, meaning: "Szigriszt-Pazos on the INFLESZ scale; 55–65 is normal, 65–80 fairly easy"},
		{formula: generator.FernandezHuerta, target: 60, meaning: "Fernández Huerta; 60–70 is normal for adults"},
	},
	"id": {
		{formula: generator.LIX, lower: true, target: 40, warn: 50, advisory: true, meaning: "LIX; advisory, as no Indonesian formula is validated; 40–50 is newspaper text"},
	},
}

func (readability) Check(n *Notice) []Finding {
	var out []Finding
	for _, doc := range n.documents() {
		if doc.Readability.Words == 0 {
			continue
		}
		for _, th := range thresholds[doc.locale] {
			score, ok := doc.Readability.Score(th.formula)
			if !ok {
				continue
			}
			var sev Severity
			var limit float64
			switch {
			case th.worse(score, th.fail):
				sev, limit = Error, th.fail
			case th.worse(score, th.warn):
				sev, limit = Warning, th.warn
			case doc.kind == "summary" && th.worse(score, th.target):
				sev, limit = Info, th.target
			default:
				continue
			}
			if th.advisory {
				sev = Info
			}
			f := doc.on()
			f.Severity = sev
			f.Message = fmt.Sprintf("the %s %s scores %.1f on %s (limit %g)", localeName(doc.locale), doc.kind, score, th.meaning, limit)
			f.Fix = fmt.Sprintf("shorten sentences (now %.1f words on average) and prefer short, common words in the texts of the declaration; a score is an indicator, so test the text with its readers", doc.Readability.WordsPerSentence)
			out = append(out, f)
		}
	}
	return out
}

// worse reports whether a score is on the hard side of a limit; a zero
// limit is none.
func (th threshold) worse(score, limit float64) bool {
	switch {
	case limit == 0:
		return false
	case th.lower:
		return score > limit
	}
	return score < limit
}

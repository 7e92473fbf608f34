package check

import (
	"fmt"

	"github.com/noticegen/noticegen/generator"
)

// sentences: short sentences are the surest way to a plain text. A summary
// averages 15 words a sentence at most and has none over 25; a policy
// averages 20 at most and has none over 35 (the US Census plain-writing
// rule: 15 words on the web, 20 in documents).
type sentences struct{}

func init() { register(sentences{}) }

func (sentences) ID() string         { return "sentence-length" }
func (sentences) Category() Category { return Language }
func (sentences) Severity() Severity { return Warning }
func (sentences) Source() string {
	return "GDPR Art. 12(1) (GDPR-12-1-b); US Census Bureau plain-writing guidance (15 words a sentence on the web, 20 in documents)"
}

var sentenceLimits = map[string]struct{ average, longest int }{
	"summary": {15, 25},
	"policy":  {20, 35},
}

func (sentences) Check(n *Notice) []Finding {
	var out []Finding
	for _, doc := range n.documents() {
		limit := sentenceLimits[doc.kind]
		if avg := doc.Readability.WordsPerSentence; avg > float64(limit.average) {
			f := doc.on()
			f.Message = fmt.Sprintf("the %s %s averages %.1f words a sentence (limit %d)", localeName(doc.locale), doc.kind, avg, limit.average)
			f.Fix = "split long sentences in the texts of the declaration"
			out = append(out, f)
		}
		if doc.Readability.LongestSentence <= limit.longest {
			continue // no sentence to report; skip splitting the text again
		}
		for _, s := range generator.Sentences(doc.Prose) {
			// Words are counted as readability counts them.
			words := generator.ReadingTime(s, 0).Words
			if words <= limit.longest {
				continue
			}
			f := doc.on()
			f.Message = fmt.Sprintf("a sentence of the %s %s has %d words (limit %d): %q", localeName(doc.locale), doc.kind, words, limit.longest, excerpt(s))
			f.Fix = "split it in two; if it comes from the declaration, shorten that text, otherwise the template or catalog message that writes it"
			out = append(out, f)
		}
	}
	return out
}

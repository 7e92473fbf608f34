package generator

import (
	"math"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Formula names a readability formula.
type Formula string

// The formulas noticegen computes. Each locale has its own (see
// [ReadabilityFormulas]); LIX and RIX need no syllables and are computed
// for every locale, so scores can be compared across languages.
const (
	// FleschReadingEase (Flesch 1948): 206.835 − 1.015·ASL − 84.6·ASW.
	// 60–70 is plain English; higher is easier.
	FleschReadingEase Formula = "flesch-reading-ease"
	// FleschKincaidGrade (Kincaid et al. 1975): 0.39·ASL + 11.8·ASW − 15.59,
	// a US school grade; lower is easier.
	FleschKincaidGrade Formula = "flesch-kincaid-grade"
	// KandelMoles (1958), Flesch adapted to French: 207 − 1.015·ASL − 73.6·ASW.
	KandelMoles Formula = "kandel-moles"
	// SzigrisztPazos (1993), the "perspicuidad" of Spanish, read on the
	// INFLESZ scale (Barrio-Cantalejo et al. 2008): 206.835 − 62.3·ASW − ASL.
	SzigrisztPazos Formula = "szigriszt-pazos"
	// FernandezHuerta (1959), with Law's (2011) correction that F is words
	// per sentence: 206.84 − 60·ASW − 1.02·ASL.
	FernandezHuerta Formula = "fernandez-huerta"
	// LIX (Björnsson 1968): ASL + 100 × long words / words, where a long
	// word has more than six letters. 40–50 is newspaper text.
	LIX Formula = "lix"
	// RIX (Anderson 1983): long words / sentences.
	RIX Formula = "rix"
)

// ReadabilityFormulas returns the formulas computed for a locale, the
// locale's primary formula first.
func ReadabilityFormulas(l Locale) []Formula {
	switch l {
	case "en":
		return []Formula{FleschReadingEase, FleschKincaidGrade, LIX, RIX}
	case "fr":
		return []Formula{KandelMoles, LIX, RIX}
	case "es":
		return []Formula{SzigrisztPazos, FernandezHuerta, LIX, RIX}
	default:
		// Indonesian has no validated closed-form formula; LIX needs no
		// syllables (reference/reading-readability.md §4.4).
		return []Formula{LIX, RIX}
	}
}

// Readability is how hard a document's running text is to read. As Flesch
// prescribes, it measures running text only: paragraphs and list items, not
// headings or table cells.
type Readability struct {
	Words     int `json:"words"`
	Sentences int `json:"sentences"`
	Syllables int `json:"syllables"`  // 0 for locales scored without syllables
	LongWords int `json:"long_words"` // words of more than six letters
	// WordsPerSentence is the average sentence length (ASL), to one decimal.
	WordsPerSentence float64 `json:"words_per_sentence"`
	// LongestSentence is the length in words of the longest sentence.
	LongestSentence int     `json:"longest_sentence"`
	Scores          []Score `json:"scores"`
}

// Score is the value of one formula, to one decimal.
type Score struct {
	Formula Formula `json:"formula"`
	Value   float64 `json:"value"`
}

// Score returns the value of a formula, and whether it was computed.
func (r Readability) Score(f Formula) (float64, bool) {
	for _, s := range r.Scores {
		if s.Formula == f {
			return s.Value, true
		}
	}
	return 0, false
}

// counts are what the formulas are computed from.
type counts struct {
	words, sentences, syllables, long float64
}

func (f Formula) compute(c counts) float64 {
	if c.words == 0 || c.sentences == 0 {
		return 0
	}
	asl := c.words / c.sentences
	asw := c.syllables / c.words
	switch f {
	case FleschReadingEase:
		return 206.835 - 1.015*asl - 84.6*asw
	case FleschKincaidGrade:
		return 0.39*asl + 11.8*asw - 15.59
	case KandelMoles:
		return 207 - 1.015*asl - 73.6*asw
	case SzigrisztPazos:
		return 206.835 - 62.3*asw - asl
	case FernandezHuerta:
		return 206.84 - 60*asw - 1.02*asl
	case LIX:
		return asl + 100*c.long/c.words
	case RIX:
		return c.long / c.sentences
	}
	return 0
}

// syllableCounters count the syllables of one lower-case word.
var syllableCounters = map[Locale]func(string) int{
	"en": syllablesEN,
	"fr": syllablesFR,
	"es": syllablesES,
	"id": syllablesID,
}

// Syllables returns the number of syllables of a word in a locale, and
// false for a locale without a counter. A number counts as one syllable,
// as Flesch counted figures.
func Syllables(word string, l Locale) (int, bool) {
	count, ok := syllableCounters[l]
	if !ok {
		return 0, false
	}
	n := 0
	for _, part := range wordParts(strings.ToLower(norm.NFC.String(word))) {
		if isNumber(part) {
			n++
		} else {
			n += count(part)
		}
	}
	return n, true
}

// wordParts splits a word at hyphens and other marks, keeping apostrophes
// inside words (l'adresse, don't): "e-mail" is e + mail.
func wordParts(w string) []string {
	return strings.FieldsFunc(w, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’')
	})
}

// isAddress reports whether a token is an email or web address, such as
// privacy@example.com or example.com/privacy.
func isAddress(token string) bool {
	token = strings.TrimRight(token, ".,;:!?)»”")
	if strings.Contains(token, "@") || strings.Contains(token, "://") {
		return true
	}
	i := strings.IndexByte(token, '.')
	return i > 0 && i < len(token)-1 && !unicode.IsSpace(rune(token[i+1])) && strings.IndexFunc(token[i+1:], unicode.IsLetter) == 0
}

func isNumber(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return s != ""
}

// MeasureReadability scores running text, one paragraph or list item a
// line, with the formulas of its locale.
func MeasureReadability(text string, l Locale) Readability {
	return measureReadability(text, l, map[string]wordCount{})
}

// measureReadability is MeasureReadability with the words already looked
// at in text of the same locale: a locale's glance, summary and policy
// share most of their words.
func measureReadability(text string, l Locale, seen map[string]wordCount) Readability {
	var r Readability
	formulas := ReadabilityFormulas(l)
	// Syllables are counted only for a formula that uses them: Indonesian
	// is scored with LIX and RIX alone, and reports none.
	countSyllables := slices.ContainsFunc(formulas, func(f Formula) bool { return f != LIX && f != RIX })
	// A notice says the same words again and again ("data", "purpose"):
	// each word is looked at once, and remembered in seen.
	for _, sentence := range Sentences(norm.NFC.String(text)) {
		words := 0
		for token := range strings.FieldsSeq(sentence) {
			w, ok := seen[token]
			if !ok {
				w = measureWord(token, l, countSyllables)
				seen[token] = w
			}
			if w.skip {
				continue
			}
			words++
			if w.long {
				r.LongWords++
			}
			r.Syllables += w.syllables
		}
		if words == 0 {
			continue
		}
		r.Words += words
		r.Sentences++
		r.LongestSentence = max(r.LongestSentence, words)
	}
	c := counts{float64(r.Words), float64(r.Sentences), float64(r.Syllables), float64(r.LongWords)}
	if r.Sentences > 0 {
		r.WordsPerSentence = round1(c.words / c.sentences)
	}
	for _, f := range formulas {
		r.Scores = append(r.Scores, Score{f, round1(f.compute(c))})
	}
	return r
}

// wordCount is what a token of running text counts for.
type wordCount struct {
	skip      bool // it holds no letter or digit: a dash, a French colon
	long      bool // more than six letters, and not an address
	syllables int  // when they are counted
}

// measureWord counts a token: an email or web address is read as one
// symbol, as Flesch counted symbols, one syllable.
func measureWord(token string, l Locale, countSyllables bool) (w wordCount) {
	letters, digits := 0, false
	for _, ch := range token {
		switch {
		case unicode.IsLetter(ch):
			letters++
		case unicode.IsDigit(ch):
			digits = true
		}
	}
	if letters == 0 && !digits {
		w.skip = true
		return w
	}
	address := isAddress(token)
	w.long = letters > 6 && !address
	switch {
	case !countSyllables:
	case address:
		w.syllables = 1
	default:
		w.syllables, _ = Syllables(token, l)
	}
	return w
}

func round1(x float64) float64 { return math.Round(x*10) / 10 }

package generator

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Reading is the length of a document and the time it takes to read.
//
// The time is estimated from letters, not words: across alphabetic
// languages the number of characters read a minute varies least (IReST,
// Trauzettel-Klosinski & Dietz 2012: 6.1% against 11.9% for words), and
// long legal words then cost the time they take. Each locale's rate, with
// its source, is in its catalog (locales/*.toml).
type Reading struct {
	Words   int // tokens that contain a letter or a digit
	Letters int // letters and digits, after NFC normalisation
	// Seconds is 60 × Letters / LettersPerMinute, rounded up, so the estimate
	// never understates the burden; Minutes is Seconds in whole minutes,
	// rounded up.
	Seconds          int
	Minutes          int
	LettersPerMinute float64
}

// ReadingTime measures plain text read at lettersPerMinute.
func ReadingTime(text string, lettersPerMinute float64) Reading {
	r := Reading{LettersPerMinute: lettersPerMinute}
	text = norm.NFC.String(text)
	// A word is a run of non-space characters with a letter or digit in
	// it: "e-mail" and "l'adresse" are one word each, and a lone ":" (French
	// spacing) or "–" is none.
	counted := false
	for _, c := range text {
		switch {
		case unicode.IsLetter(c) || unicode.IsDigit(c):
			r.Letters++
			if !counted {
				r.Words++
				counted = true
			}
		case unicode.IsSpace(c):
			counted = false
		}
	}
	t := lettersRead(r.Letters, lettersPerMinute)
	r.Seconds, r.Minutes = t.Seconds, t.Minutes
	return r
}

// lettersRead is the time it takes to read letters at lettersPerMinute.
func lettersRead(letters int, lettersPerMinute float64) Reading {
	r := Reading{Letters: letters, LettersPerMinute: lettersPerMinute}
	if lettersPerMinute > 0 {
		r.Seconds = int(math.Ceil(60 * float64(letters) / lettersPerMinute))
	}
	r.Minutes = (r.Seconds + 59) / 60
	return r
}

// Sentences splits plain text into sentences at ., ! and ? followed by a
// space or the end, and at line breaks (headings, list items and table
// cells are sentences of their own). A period followed by a digit or a
// lower-case letter ends an abbreviation, not a sentence: "Art. 20",
// "p. ex. le".
func Sentences(text string) []string {
	var out []string
	// The marks are ASCII, so the line is scanned as bytes: a multi-byte
	// letter never contains one. Converting each line to []rune cost a
	// twentieth of a large build.
	for line := range strings.SplitSeq(text, "\n") {
		start := 0
		for i := 0; i < len(line); i++ {
			c := line[i]
			if c != '.' && c != '!' && c != '?' {
				continue
			}
			if next, _ := utf8.DecodeRuneInString(line[i+1:]); i+1 < len(line) && !unicode.IsSpace(next) {
				continue
			}
			if c == '.' && continuesAfter(line[i+1:]) {
				continue
			}
			if s := strings.TrimSpace(line[start : i+1]); s != "" {
				out = append(out, s)
			}
			start = i + 1
		}
		if s := strings.TrimSpace(line[start:]); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// continuesAfter reports whether the text after a period goes on with the
// same sentence: its first word starts with a digit or a lower-case letter.
func continuesAfter(rest string) bool {
	for _, r := range rest {
		if unicode.IsSpace(r) {
			continue
		}
		return unicode.IsDigit(r) || unicode.IsLower(r)
	}
	return false
}

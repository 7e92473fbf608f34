package generator

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Declaration text is published as Markdown, HTML, JSON and terminal output,
// so the loader refuses the characters that would let a field change how any
// of them is read: a line break in a one-line field (it would start a heading
// or a list in the Markdown), a carriage return anywhere (CommonMark ends a
// line there), control characters (terminal escapes, and the Nu checker's
// "Forbidden code point") and bidirectional controls, which make a sentence
// display in a different order than it reads (Trojan Source, CVE-2021-42574).
// Every built-in locale is written left to right, so no notice needs them.

// refusedRune says why r may not appear in a declaration's text, or returns
// "" when it may. oneLine is set for fields that are a single line, such as
// names, addresses and the version; locale text may hold line breaks and tabs.
func refusedRune(r rune, oneLine bool) string {
	switch {
	case r == '\n' || r == '\t':
		if oneLine {
			return fmt.Sprintf("a %s (%s); this field is one line: write it on one line, separating parts with a comma or a space", runeName(r), codePoint(r))
		}
		return ""
	case r == '\r':
		return "a carriage return (U+000D), which ends a line in Markdown; end lines with a line break (\\n) alone, or remove it"
	case r == 0x2028 || r == 0x2029:
		if oneLine {
			return fmt.Sprintf("a %s (%s); this field is one line: write it on one line, separating parts with a comma or a space", runeName(r), codePoint(r))
		}
		return fmt.Sprintf("a %s (%s); use a line break (\\n) instead", runeName(r), codePoint(r))
	case isBidiControl(r):
		return fmt.Sprintf("the bidirectional control %s, which makes text display in a different order than it reads; remove it", codePoint(r))
	case r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f:
		return fmt.Sprintf("the control character %s; remove it", codePoint(r))
	}
	return ""
}

// isBidiControl reports whether r is one of the explicit bidirectional
// formatting characters of Unicode UAX #9: embeddings, overrides and
// isolates, and the implicit marks (LRM, RLM, ALM).
func isBidiControl(r rune) bool {
	return r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 || r == 0x200e || r == 0x200f || r == 0x061c
}

// IsInvisible reports whether r is a character that shows nothing on the
// page yet makes two texts differ: zero-width space, joiners and
// non-joiners, the soft hyphen, the word joiner and other invisible
// operators, the Mongolian vowel separator and a byte order mark inside text.
// noticegen check warns about them and noticegen diff shows them by name.
func IsInvisible(r rune) bool {
	switch r {
	case 0x00ad, 0x180e, 0x200b, 0x200c, 0x200d, 0xfeff:
		return true
	}
	return r >= 0x2060 && r <= 0x2064
}

// ShowInvisible writes each invisible character of s as its code point in
// angle brackets, such as ⟨U+200B⟩, so that a change that adds or removes
// one does not look like two identical strings.
func ShowInvisible(s string) string {
	if strings.IndexFunc(s, IsInvisible) < 0 {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if IsInvisible(r) {
			b.WriteString("⟨" + codePoint(r) + "⟩")
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// firstRefused returns the 1-based character index of the first refused
// rune of s and why it is refused, or 0 and "".
func firstRefused(s string, oneLine bool) (int, string) {
	i := 0
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		s = s[n:]
		i++
		if why := refusedRune(r, oneLine); why != "" {
			return i, why
		}
	}
	return 0, ""
}

func runeName(r rune) string {
	switch r {
	case '\n':
		return "line break"
	case '\t':
		return "tab"
	case 0x2028:
		return "line separator"
	case 0x2029:
		return "paragraph separator"
	}
	return "character"
}

func codePoint(r rune) string { return fmt.Sprintf("U+%04X", r) }

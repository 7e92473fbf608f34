package generator

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// Op is what a redline segment does.
type Op string

// The segment operations.
const (
	Equal  Op = "equal"
	Delete Op = "delete"
	Insert Op = "insert"
)

// Segment is a run of text a redline keeps, deletes or inserts.
type Segment struct {
	Op   Op     `json:"op"`
	Text string `json:"text"`
}

// SectionRedline is the word-level difference of one section of a document.
type SectionRedline struct {
	Anchor   string    `json:"anchor"`  // the section's id, such as "purpose-orders"
	Heading  string    `json:"heading"` // its heading in the new version (the old one if removed)
	Changed  bool      `json:"changed"`
	Segments []Segment `json:"segments,omitempty"` // only when changed
}

// DocumentRedline is the redline of one document in one locale.
type DocumentRedline struct {
	Locale   Locale           `json:"locale"`
	Kind     string           `json:"kind"` // "summary" or "policy"
	Sections []SectionRedline `json:"sections"`
}

// Excerpt returns the lines of a changed section that carry a change, with
// one unchanged line of context around each, as lists of segments; nil
// stands for a gap of unchanged lines. It keeps long sections short.
func (s SectionRedline) Excerpt() [][]Segment {
	var lines [][]Segment
	var cur []Segment
	changed := []bool{}
	lineChanged := false
	for _, seg := range s.Segments {
		parts := strings.Split(seg.Text, "\n")
		for i, p := range parts {
			if i > 0 {
				lines = append(lines, cur)
				changed = append(changed, lineChanged)
				cur, lineChanged = nil, false
			}
			if p != "" {
				cur = append(cur, Segment{Op: seg.Op, Text: p})
				if seg.Op != Equal {
					lineChanged = true
				}
			}
		}
	}
	lines = append(lines, cur)
	changed = append(changed, lineChanged)
	keep := make([]bool, len(lines))
	for i, c := range changed {
		if c {
			for j := max(0, i-1); j <= min(len(lines)-1, i+1); j++ {
				keep[j] = true
			}
		}
	}
	var out [][]Segment
	gap := false
	for i, l := range lines {
		if !keep[i] {
			gap = true
			continue
		}
		if gap && len(out) > 0 {
			out = append(out, nil)
		}
		gap = false
		out = append(out, l)
	}
	if gap {
		out = append(out, nil)
	}
	return out
}

// Changed reports whether any section of the document changed.
func (d DocumentRedline) Changed() bool {
	for _, s := range d.Sections {
		if s.Changed {
			return true
		}
	}
	return false
}

// Redline compares the published text of two builds, word by word, section
// by section, for each locale both have. It compares what readers see (the
// plain text of each section), so Markdown syntax never shows as a change.
func Redline(old, new *Site) []DocumentRedline {
	var out []DocumentRedline
	for _, l := range Locales {
		od, nd := old.Documents[l], new.Documents[l]
		if od == nil || nd == nil {
			continue
		}
		for _, kind := range []string{"summary", "policy"} {
			out = append(out, DocumentRedline{Locale: l, Kind: kind, Sections: redlineSections(od[kind].Sections, nd[kind].Sections)})
		}
	}
	return out
}

// redlineSections matches sections by anchor, in the new order. A section
// only in the old version is shown as deleted where it stood: before the
// next old section that the new version still has.
func redlineSections(olds, news []Section) []SectionRedline {
	oldByAnchor := map[string]Section{}
	for _, s := range olds {
		oldByAnchor[s.Anchor] = s
	}
	inNew := map[string]bool{}
	for _, s := range news {
		inNew[s.Anchor] = true
	}
	removedBefore := map[string][]Section{}
	var removed []Section
	for _, s := range olds {
		if inNew[s.Anchor] {
			removedBefore[s.Anchor], removed = removed, nil
		} else {
			removed = append(removed, s)
		}
	}
	var out []SectionRedline
	deleted := func(ss []Section) {
		for _, s := range ss {
			out = append(out, SectionRedline{Anchor: s.Anchor, Heading: s.Heading, Changed: true,
				Segments: []Segment{{Op: Delete, Text: s.Heading + "\n" + s.Plain}}})
		}
	}
	for _, n := range news {
		deleted(removedBefore[n.Anchor])
		o, ok := oldByAnchor[n.Anchor]
		switch {
		case !ok:
			out = append(out, SectionRedline{Anchor: n.Anchor, Heading: n.Heading, Changed: true,
				Segments: []Segment{{Op: Insert, Text: n.Heading + "\n" + n.Plain}}})
		case o == n:
			out = append(out, SectionRedline{Anchor: n.Anchor, Heading: n.Heading})
		default:
			out = append(out, SectionRedline{Anchor: n.Anchor, Heading: n.Heading, Changed: true,
				Segments: WordDiff(o.Heading+"\n"+o.Plain, n.Heading+"\n"+n.Plain)})
		}
	}
	deleted(removed)
	return out
}

// WordDiff compares two texts word by word. Each word, run of spaces and
// punctuation mark becomes one rune, go-diff compares the runes, and
// semantic cleanup merges the result into readable runs. DiffTimeout is 0,
// so the result never depends on how busy the machine is.
func WordDiff(a, b string) []Segment {
	tokens := map[string]rune{}
	var vocab []string
	encode := func(s string) []rune {
		var rs []rune
		for _, tok := range tokenize(s) {
			r, ok := tokens[tok]
			if !ok {
				r = runeFor(len(vocab))
				tokens[tok] = r
				vocab = append(vocab, tok)
			}
			rs = append(rs, r)
		}
		return rs
	}
	ra, rb := encode(a), encode(b)
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0
	diffs := dmp.DiffMainRunes(ra, rb, false)
	// Decode before cleaning up, so the cleanup sees real words and spaces.
	for i := range diffs {
		var sb strings.Builder
		for _, r := range diffs[i].Text {
			sb.WriteString(vocab[indexOf(r)])
		}
		diffs[i].Text = sb.String()
	}
	diffs = dmp.DiffCleanupSemantic(diffs)
	var out []Segment
	for _, d := range diffs {
		op := Equal
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			op = Delete
		case diffmatchpatch.DiffInsert:
			op = Insert
		}
		if n := len(out); n > 0 && out[n-1].Op == op {
			out[n-1].Text += d.Text
			continue
		}
		out = append(out, Segment{Op: op, Text: d.Text})
	}
	return out
}

// runeFor maps a token index to a rune, skipping the surrogate range that
// is not valid in a Go string (as go-diff's own line mode does).
func runeFor(i int) rune {
	r := rune(i + 1)
	if r >= 0xD800 {
		r += 0x800
	}
	return r
}

func indexOf(r rune) int {
	if r >= 0xE000 {
		r -= 0x800
	}
	return int(r) - 1
}

// tokenize splits text into words (letters, digits and the marks inside
// them, such as the apostrophe of "l'adresse"), runs of spaces, and single
// other characters.
func tokenize(s string) []string {
	var out []string
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		switch {
		case isWordRune(r):
			i := n
			for i < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[i:])
				if isWordRune(r2) || (r2 == '\'' || r2 == '’' || r2 == '-') && i+n2 < len(s) && startsWord(s[i+n2:]) {
					i += n2
					continue
				}
				break
			}
			out = append(out, s[:i])
			s = s[i:]
		case unicode.IsSpace(r):
			i := n
			for i < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[i:])
				if !unicode.IsSpace(r2) {
					break
				}
				i += n2
			}
			out = append(out, s[:i])
			s = s[i:]
		default:
			out = append(out, s[:n])
			s = s[n:]
		}
	}
	return out
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func startsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isWordRune(r)
}

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
	// Granularity is empty when the section is compared word by word, and
	// BySentence or Whole when it changed too much for that (see wordBudget).
	Granularity string `json:"granularity,omitempty"`
}

// Note says, for a section compared more coarsely than word by word, how it
// was compared and why; it is empty otherwise.
func (s SectionRedline) Note() string {
	switch s.Granularity {
	case BySentence:
		return "Compared sentence by sentence: too much of this section changed for a word-by-word redline."
	case Whole:
		return "Shown whole, old text deleted and new inserted: too much of this section changed for a finer redline."
	}
	return ""
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
// A section that changed too much for a word-by-word comparison within the
// report's budget is compared more coarsely, and says so (see wordBudget).
// Invisible characters, such as a zero-width space, are written as their
// code point (⟨U+200B⟩), so that no change reads as two identical texts.
func Redline(old, new *Site) []DocumentRedline {
	work := reportWork
	var out []DocumentRedline
	for _, l := range Locales {
		od, nd := old.Documents[l], new.Documents[l]
		if od == nil || nd == nil {
			continue
		}
		out = append(out, redlineLocale(od, nd, l, &work)...)
	}
	return out
}

// redlineLocale compares the documents of one locale, spending from work:
// the summary, the policy and, when both builds made them, the moments.
func redlineLocale(od, nd map[string]*Document, l Locale, work *int) []DocumentRedline {
	var out []DocumentRedline
	for _, kind := range []string{"summary", "policy", "moments"} {
		if od[kind] == nil || nd[kind] == nil {
			continue
		}
		out = append(out, DocumentRedline{Locale: l, Kind: kind, Sections: redlineSections(od[kind].Sections, nd[kind].Sections, work)})
	}
	return out
}

// redlineSections matches sections by anchor, in the new order. A section
// only in the old version is shown as deleted where it stood: before the
// next old section that the new version still has. Word-level comparisons
// spend from work.
func redlineSections(olds, news []Section, work *int) []SectionRedline {
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
			segs, granularity := boundedDiff(o.Heading+"\n"+o.Plain, n.Heading+"\n"+n.Plain, work)
			out = append(out, SectionRedline{Anchor: n.Anchor, Heading: n.Heading, Changed: true,
				Segments: segs, Granularity: granularity})
		}
	}
	deleted(removed)
	for i := range out {
		out[i].Heading = ShowInvisible(out[i].Heading)
		for j := range out[i].Segments {
			out[i].Segments[j].Text = ShowInvisible(out[i].Segments[j].Text)
		}
	}
	return out
}

// The redline's work is bounded by size, not by the clock, so that the
// same two declarations give the same report on any machine. go-diff's
// Myers algorithm costs up to the square of the tokens that differ (about
// 4 ns a unit where it was measured), so a section is compared word by
// word when the tokens between its common start and end, both sides
// together, number at most wordBudget; else sentence by sentence within
// the same budget; else it is shown whole, deleted and inserted. A report
// spends at most reportWork units over all its sections, so a diff of two
// declarations up to MaxSize finishes in a few seconds. The limits and
// their reason are in the README's "Safety" section.
const (
	wordBudget = 6000
	reportWork = 10 * wordBudget * wordBudget
)

// The granularities of a section's redline coarser than words.
const (
	BySentence = "sentence" // compared sentence by sentence
	Whole      = "section"  // shown whole: the old text deleted, the new inserted
)

// WordDiff compares two texts word by word. Each word, run of spaces and
// punctuation mark becomes one rune, go-diff compares the runes, and
// semantic cleanup merges the result into readable runs. DiffTimeout is 0,
// so the result never depends on how busy the machine is; a text too
// different to compare word by word within the budget is compared sentence
// by sentence, or shown whole (see wordBudget).
func WordDiff(a, b string) []Segment {
	work := wordBudget * wordBudget
	segs, _ := boundedDiff(a, b, &work)
	return segs
}

// boundedDiff compares a and b at the finest granularity the work left
// allows, spends its cost from work, and returns the segments and the
// granularity: "" for words, BySentence or Whole.
func boundedDiff(a, b string, work *int) ([]Segment, string) {
	ta, tb := tokenize(a), tokenize(b)
	pre, suf := commonEnds(ta, tb)
	n := len(ta) + len(tb) - 2*(pre+suf)
	if n <= wordBudget && n*n <= *work {
		*work -= n * n
		return runeDiff(ta, tb, true), ""
	}
	sa, sb := sentences(a), sentences(b)
	spre, ssuf := commonEnds(sa, sb)
	if n := len(sa) + len(sb) - 2*(spre+ssuf); n <= wordBudget && n*n <= *work {
		*work -= n * n
		return runeDiff(sa, sb, false), BySentence
	}
	// Whole, but what both share at the start and end, word by word, stays.
	segs := []Segment{
		{Op: Equal, Text: strings.Join(ta[:pre], "")},
		{Op: Delete, Text: strings.Join(ta[pre:len(ta)-suf], "")},
		{Op: Insert, Text: strings.Join(tb[pre:len(tb)-suf], "")},
		{Op: Equal, Text: strings.Join(ta[len(ta)-suf:], "")},
	}
	return merge(segs), Whole
}

// commonEnds returns how many tokens a and b share at their start, and then
// at their end, without overlapping.
func commonEnds(a, b []string) (pre, suf int) {
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	return pre, suf
}

// runeDiff compares two token lists. Each distinct token becomes one rune
// for go-diff, which sets the common start and end aside at no cost before
// its search. Semantic cleanup, which merges word-level noise into readable
// runs, is skipped for sentences: they are readable runs already.
func runeDiff(ta, tb []string, cleanup bool) []Segment {
	tokens := map[string]rune{}
	var vocab []string
	encode := func(toks []string) []rune {
		rs := make([]rune, 0, len(toks))
		for _, tok := range toks {
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
	ra, rb := encode(ta), encode(tb)
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
	if cleanup {
		diffs = dmp.DiffCleanupSemantic(diffs)
	}
	var segs []Segment
	for _, d := range diffs {
		op := Equal
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			op = Delete
		case diffmatchpatch.DiffInsert:
			op = Insert
		}
		segs = append(segs, Segment{Op: op, Text: d.Text})
	}
	if cleanup {
		return wholeWords(merge(segs))
	}
	return merge(segs)
}

// wholeWords gives each change whole words. The cleanup compares letters
// at the edges of a change and leaves what the old and new words share in
// the text around it: "13 months" to "2 years" came out as
// "[-13 month-]{+2 year+}s". A change that starts or ends inside a word
// (a letter or digit on both sides of its edge) takes in the rest of that
// word, in the old text and in the new. Taking in a word can bring two
// changes together, so it goes on until no edge is inside a word; each
// round empties an equality's edge, so it ends.
func wholeWords(segs []Segment) []Segment {
	for {
		out, changed := wholeWordsOnce(segs)
		if !changed {
			return out
		}
		segs = out
	}
}

// wholeWordsOnce is a round of wholeWords: each change, as the round finds
// it, takes in the words its edges cut. It writes a new list and leaves
// segs as it was.
func wholeWordsOnce(segs []Segment) ([]Segment, bool) {
	changed := false
	out := make([]Segment, 0, len(segs))
	after := "" // the equality after the last change, less what it took
	for i := 0; i < len(segs); {
		if segs[i].Op == Equal {
			text := segs[i].Text
			if i > 0 && segs[i-1].Op != Equal {
				text = after
			}
			out = append(out, Segment{Equal, text})
			i++
			continue
		}
		j := i
		var del, ins strings.Builder
		for ; j < len(segs) && segs[j].Op != Equal; j++ {
			if segs[j].Op == Delete {
				del.WriteString(segs[j].Text)
			} else {
				ins.WriteString(segs[j].Text)
			}
		}
		d, n := del.String(), ins.String()
		if k := len(out) - 1; k >= 0 && out[k].Op == Equal && endsInWord(out[k].Text) && (startsInWord(d) || startsInWord(n)) {
			before := out[k].Text
			cut := len(before)
			for cut > 0 {
				r, size := utf8.DecodeLastRuneInString(before[:cut])
				if !isWordRune(r) {
					break
				}
				cut -= size
			}
			d, n, out[k].Text = before[cut:]+d, before[cut:]+n, before[:cut]
			changed = true
		}
		next := ""
		if j < len(segs) {
			next = segs[j].Text
		}
		if startsInWord(next) && (endsInWord(d) || endsInWord(n)) {
			cut := 0
			for cut < len(next) {
				r, size := utf8.DecodeRuneInString(next[cut:])
				if !isWordRune(r) {
					break
				}
				cut += size
			}
			d, n, next = d+next[:cut], n+next[:cut], next[cut:]
			changed = true
		}
		after = next
		out = append(out, Segment{Delete, d}, Segment{Insert, n})
		i = j
	}
	return merge(out), changed
}

func startsInWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return s != "" && isWordRune(r)
}

func endsInWord(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return s != "" && isWordRune(r)
}

// merge drops empty segments and joins neighbours with the same operation.
func merge(segs []Segment) []Segment {
	var out []Segment
	for _, s := range segs {
		if s.Text == "" {
			continue
		}
		if n := len(out); n > 0 && out[n-1].Op == s.Op {
			out[n-1].Text += s.Text
			continue
		}
		out = append(out, s)
	}
	return out
}

// sentences splits text into lines and sentences, each with the spaces
// that follow it, for a redline coarser than words.
func sentences(s string) []string {
	var out []string
	start := 0
	for i, r := range s {
		end := i + utf8.RuneLen(r)
		switch {
		case r == '\n':
		case r == '.' || r == '!' || r == '?' || r == '…':
			if end < len(s) && s[end] != ' ' && s[end] != '\n' {
				continue
			}
		default:
			continue
		}
		for end < len(s) && s[end] == ' ' {
			end++
		}
		if end > start {
			out = append(out, s[start:end])
			start = end
		}
	}
	if start < len(s) {
		out = append(out, s[start:])
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

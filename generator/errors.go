package generator

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Error is one problem in a declaration, located in its source.
//
// Its text has the form compilers and editors understand:
//
//	notice.toml:14:13: purpose.orders.retention: "10 yrs" is not a retention period; write a number and a unit such as "30 days"
type Error struct {
	File string // the declaration's name as given to [Parse] or [Load]
	Line int    // 1-based; 0 when the problem has no place in the file
	Col  int    // 1-based, counted in characters
	Key  string // dotted key the problem concerns, such as "purpose.orders.basis"; empty for syntax errors
	Msg  string // what is wrong and, after a semicolon, what to write instead

	// Excerpt is the source line with a caret under the column, for syntax
	// errors, where the key alone does not show what went wrong.
	Excerpt string
}

// Error returns "FILE:LINE:COL: KEY: MSG".
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d:%d", e.Line, e.Col)
	}
	b.WriteString(": ")
	if e.Key != "" {
		b.WriteString(e.Key)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// ErrorList is every problem found in one declaration, sorted by position.
// [Load] and [Parse] return it so that people can fix everything in one pass.
type ErrorList []*Error

// Error joins the problems, one a line.
func (l ErrorList) Error() string {
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Unwrap lets errors.As find each *Error.
func (l ErrorList) Unwrap() []error {
	errs := make([]error, len(l))
	for i, e := range l {
		errs[i] = e
	}
	return errs
}

func (l ErrorList) sort() {
	slices.SortStableFunc(l, func(a, b *Error) int {
		return cmp.Or(
			cmp.Compare(a.File, b.File),
			cmp.Compare(a.Line, b.Line),
			cmp.Compare(a.Col, b.Col),
			cmp.Compare(a.Key, b.Key),
			cmp.Compare(a.Msg, b.Msg),
		)
	})
}

// suggest returns ` (did you mean "x"?)` when one of the candidates is close
// to s, and "" otherwise.
func suggest(s string, candidates []string) string {
	if best := Closest(s, candidates); best != "" {
		return fmt.Sprintf(" (did you mean %q?)", best)
	}
	return ""
}

// Closest returns the candidate nearest to s when it is a likely typo of it
// (within a third of its length in edits, case aside), and "" otherwise.
func Closest(s string, candidates []string) string {
	best, bestDist := "", 0
	for _, c := range candidates {
		d := editDistance(strings.ToLower(s), strings.ToLower(c))
		if d == 0 {
			continue
		}
		limit := max(1, len(c)/3)
		if d <= limit && (best == "" || d < bestDist) {
			best, bestDist = c, d
		}
	}
	return best
}

// editDistance is the optimal string alignment distance between a and b,
// in runes: Levenshtein's insertions, deletions and substitutions, and a
// swap of two neighbouring letters as one edit, since "emial" for "email"
// is the commonest slip of a typist and Levenshtein counts it as two.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	// Three rows: the one before the previous is needed for swaps.
	before := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], before[j-2]+1)
			}
		}
		before, prev, cur = prev, cur, before
	}
	return prev[len(rb)]
}

// list formats values for messages: "a, b or c".
func list(values []string, conj string) string {
	switch len(values) {
	case 0:
		return ""
	case 1:
		return values[0]
	}
	return strings.Join(values[:len(values)-1], ", ") + " " + conj + " " + values[len(values)-1]
}

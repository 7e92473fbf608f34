package generator

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Pos is a place in a declaration's source: 1-based line and column, the
// column counted in characters.
type Pos struct {
	Line, Col int
}

// positions records where every key of a TOML document stands.
//
// BurntSushi/toml keeps key positions private (issue BurntSushi/toml#462), so
// this scanner walks the source a second time, after the parser has accepted
// it, and notes where each key path is defined and where its value starts.
// It relies on the document being valid TOML and only tracks what locating
// needs: table headers, dotted keys, inline tables and array elements.
type positions struct {
	key map[string]Pos    // where the last segment of the key is written
	val map[string]Pos    // where the value (or the table header) starts
	str map[string]string // the value of one-line strings, to find array elements by value
}

// literal returns the string value at the key path, if it is a one-line string.
func (p *positions) literal(path []string) string { return p.str[pathKey(path)] }

// pathKey joins key segments with a separator that cannot appear unescaped
// in a key, so that quoted keys containing dots stay distinct.
func pathKey(path []string) string { return strings.Join(path, "\x1f") }

// Key returns where the key path is written, or the nearest ancestor that
// is, so that a missing key points at the table it belongs in.
func (p *positions) Key(path []string) Pos {
	for n := len(path); n > 0; n-- {
		if pos, ok := p.key[pathKey(path[:n])]; ok {
			return pos
		}
	}
	return Pos{1, 1}
}

// Value returns where the value of the key path starts, falling back as Key does.
func (p *positions) Value(path []string) Pos {
	for n := len(path); n > 0; n-- {
		if pos, ok := p.val[pathKey(path[:n])]; ok {
			return pos
		}
	}
	return Pos{1, 1}
}

// elem names the i-th element of an array in a key path.
func elem(i int) string { return "#" + strconv.Itoa(i) }

func scanPositions(src string) *positions {
	s := &scanner{src: src, line: 1, col: 1, p: &positions{key: map[string]Pos{}, val: map[string]Pos{}, str: map[string]string{}}}
	s.document()
	return s.p
}

type scanner struct {
	src       string
	i         int // byte offset
	line, col int
	p         *positions
	arrays    map[string]int // count of [[array]] headers seen, by path
}

func (s *scanner) pos() Pos { return Pos{s.line, s.col} }

func (s *scanner) peek() byte {
	if s.i < len(s.src) {
		return s.src[s.i]
	}
	return 0
}

func (s *scanner) next() {
	if s.i >= len(s.src) {
		return
	}
	r, n := utf8.DecodeRuneInString(s.src[s.i:])
	s.i += n
	if r == '\n' {
		s.line++
		s.col = 1
	} else {
		s.col++
	}
}

func (s *scanner) has(prefix string) bool { return strings.HasPrefix(s.src[s.i:], prefix) }

// skip passes spaces and tabs, and also newlines and comments when
// multiline is true (inside arrays).
func (s *scanner) skip(multiline bool) {
	for s.i < len(s.src) {
		switch c := s.peek(); {
		case c == ' ' || c == '\t' || c == '\r':
			s.next()
		case c == '\n' && multiline:
			s.next()
		case c == '#':
			for s.i < len(s.src) && s.peek() != '\n' {
				s.next()
			}
		default:
			return
		}
	}
}

// record notes where a key path is written. Paths deeper than MaxNesting
// are never looked up (Parse refuses them), and are not recorded, so that
// the scanner's work stays linear in the source however deep it nests.
func (s *scanner) record(path []string, key, val Pos) {
	if len(path) > MaxNesting {
		return
	}
	k := pathKey(path)
	if _, ok := s.p.key[k]; !ok {
		s.p.key[k] = key
		s.p.val[k] = val
	}
}

func (s *scanner) document() {
	var table []string
	s.arrays = map[string]int{}
	for s.i < len(s.src) {
		s.skip(true)
		if s.i >= len(s.src) {
			return
		}
		start := s.pos()
		if s.peek() == '[' {
			array := s.has("[[")
			s.next()
			if array {
				s.next()
			}
			s.skip(false)
			// A header's keys point at their segment; its value, where a
			// missing key is reported, is the header itself.
			path, at := s.keyPath()
			for n := 1; n <= len(path); n++ {
				s.record(path[:n], at[n-1], start)
			}
			if array {
				k := pathKey(path)
				idx := s.arrays[k]
				s.arrays[k]++
				path = append(path, elem(idx))
				s.record(path, start, start)
			}
			table = path
			s.toEOL()
			continue
		}
		s.keyValue(table)
		s.toEOL()
	}
}

func (s *scanner) toEOL() {
	for s.i < len(s.src) && s.peek() != '\n' {
		if s.peek() == '#' {
			s.skip(false)
			continue
		}
		s.next()
	}
}

// keyPath reads a dotted key and returns its segments and the position of
// each segment.
func (s *scanner) keyPath() ([]string, []Pos) {
	var path []string
	var at []Pos
	for {
		s.skip(false)
		at = append(at, s.pos())
		path = append(path, s.keySegment())
		s.skip(false)
		if s.peek() != '.' {
			return path, at
		}
		s.next()
	}
}

func (s *scanner) keySegment() string {
	switch s.peek() {
	case '"':
		return s.basicString()
	case '\'':
		s.next()
		start := s.i
		for s.i < len(s.src) && s.peek() != '\'' {
			s.next()
		}
		seg := s.src[start:s.i]
		s.next()
		return seg
	}
	start := s.i
	for s.i < len(s.src) {
		c := s.peek()
		if c == '_' || c == '-' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			s.next()
			continue
		}
		break
	}
	return s.src[start:s.i]
}

// basicString reads a one-line "..." string and returns its value.
func (s *scanner) basicString() string {
	start := s.i
	s.next()
	for s.i < len(s.src) && s.peek() != '"' && s.peek() != '\n' {
		if s.peek() == '\\' {
			s.next()
		}
		s.next()
	}
	s.next()
	if v, err := strconv.Unquote(s.src[start:s.i]); err == nil {
		return v
	}
	return s.src[start+1 : max(start+1, s.i-1)]
}

func (s *scanner) keyValue(table []string) {
	segs, at := s.keyPath()
	path := append(append([]string(nil), table...), segs...)
	for n := range segs {
		full := path[:len(table)+n+1]
		if n < len(segs)-1 {
			s.record(full, at[n], at[n])
		}
	}
	s.skip(false)
	if s.peek() == '=' {
		s.next()
	}
	s.skip(false)
	s.record(path, at[len(at)-1], s.pos())
	s.value(path)
}

func (s *scanner) value(path []string) {
	switch {
	case s.has(`"""`):
		s.multiline(`"""`, true)
	case s.has(`'''`):
		s.multiline(`'''`, false)
	case s.peek() == '"':
		s.literal(path, s.basicString())
	case s.peek() == '\'':
		s.next()
		start := s.i
		for s.i < len(s.src) && s.peek() != '\'' && s.peek() != '\n' {
			s.next()
		}
		s.literal(path, s.src[start:s.i])
		s.next()
	case s.peek() == '[':
		s.next()
		for idx := 0; ; idx++ {
			s.skip(true)
			if s.peek() == ']' || s.i >= len(s.src) {
				s.next()
				return
			}
			start := s.i
			el := child(path, elem(idx))
			s.record(el, s.pos(), s.pos())
			s.value(el)
			s.skip(true)
			if s.peek() == ',' {
				s.next()
			}
			s.advancedFrom(start)
		}
	case s.peek() == '{':
		s.next()
		for {
			s.skip(false)
			if s.peek() == '}' || s.peek() == '\n' || s.i >= len(s.src) {
				s.next()
				return
			}
			start := s.i
			s.keyValue(path)
			s.skip(false)
			if s.peek() == ',' {
				s.next()
			}
			s.advancedFrom(start)
		}
	default:
		for s.i < len(s.src) {
			switch s.peek() {
			case ',', ']', '}', '\n', '#':
				return
			}
			s.next()
		}
	}
}

// advancedFrom makes sure a pass of a loop read something from start on:
// TOML the decoder accepted always does, but Parse scans beside the
// decoding, so the scanner also sees text the decoder refuses (a = [}),
// where a pass may read nothing and would then loop forever.
func (s *scanner) advancedFrom(start int) {
	if s.i == start {
		s.next()
	}
}

// literal notes the value of a one-line string, as record notes positions.
func (s *scanner) literal(path []string, v string) {
	if len(path) <= MaxNesting {
		s.p.str[pathKey(path)] = v
	}
}

// child returns the path of an element of path. Past MaxNesting it returns
// path itself: nothing that deep is recorded, and copying ever longer paths
// made scanning deeply nested arrays quadratic in time and memory.
func child(path []string, seg string) []string {
	if len(path) > MaxNesting {
		return path
	}
	return append(append(make([]string, 0, len(path)+1), path...), seg)
}

func (s *scanner) multiline(delim string, escapes bool) {
	for range len(delim) {
		s.next()
	}
	for s.i < len(s.src) {
		if escapes && s.peek() == '\\' {
			s.next()
			s.next()
			continue
		}
		if s.has(delim) {
			for range len(delim) {
				s.next()
			}
			// Up to two more quotes may belong to the string's content.
			for s.peek() == delim[0] {
				s.next()
			}
			return
		}
		s.next()
	}
}

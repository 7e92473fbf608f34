package generator

import (
	"fmt"
	"strings"
)

// MaxSize is the largest declaration, in bytes, that [Parse] and [Load]
// accept: 1 MiB. The longest real declaration we know of is under 40 KB, so
// the limit leaves room for every notice while bounding what one file can
// cost to load, build and diff (see the README's "Safety" section).
const MaxSize = 1 << 20

// MaxNesting is how deep keys, tables and arrays may sit inside one another
// in a declaration. The deepest key the format has is four levels down
// (purpose.<id>.retention.period); eight leaves room for any way of writing
// it. The limit is checked before the TOML parser runs, because the cost of
// decoding and locating keys grows with the square of the depth.
const MaxNesting = 8

// tooLarge returns the problem with a declaration of size bytes, or nil.
func tooLarge(name string, size int) *Error {
	if size <= MaxSize {
		return nil
	}
	return &Error{File: name, Msg: fmt.Sprintf("the declaration is larger than the limit of %d bytes (1 MiB); a notice needs far less: look for text pasted by mistake", MaxSize)}
}

// nestingError returns a problem at the first place where keys, tables and
// arrays nest deeper than MaxNesting, or nil. It reads TOML only as far as
// nesting needs: strings and comments are skipped, brackets and braces open
// and close levels, and each dot in a key (a table header's or a key's
// before its "=") adds one. It runs on text the parser has not yet
// accepted, so it never assumes the text is valid.
func nestingError(name, text string) *Error {
	type level struct {
		dots    int  // dots in the key being read at this level
		inValue bool // past the "=", or in an array: dots belong to values
		array   bool
	}
	stack := []level{{}}
	header := 0 // levels of the current [table] or [[array]] header
	depth := func() int {
		d := header + len(stack) - 1 + 1 // the key itself is one level
		for _, l := range stack {
			d += l.dots
		}
		return d
	}
	for i := 0; i < len(text); i++ {
		top := &stack[len(stack)-1]
		switch c := text[i]; c {
		case '#':
			for i < len(text) && text[i] != '\n' {
				i++
			}
			i-- // the newline is handled below
		case '"', '\'':
			i = skipString(text, i) - 1
		case '\n':
			if len(stack) == 1 {
				*top = level{}
			}
		case ',':
			if !top.array {
				*top = level{}
			}
		case '=':
			top.inValue = true
		case '.':
			if !top.inValue {
				top.dots++
			}
		case '[', '{':
			if c == '[' && len(stack) == 1 && !top.inValue {
				// A table header: its levels hold until the next header.
				end, levels := readHeader(text, i)
				if levels > MaxNesting {
					return deepAt(name, text, i)
				}
				header, i = levels, end-1
				continue
			}
			stack = append(stack, level{inValue: c == '[', array: c == '['})
		case ']', '}':
			if len(stack) > 1 {
				stack = stack[:len(stack)-1]
			}
		}
		if depth() > MaxNesting {
			return deepAt(name, text, i)
		}
	}
	return nil
}

func deepAt(name, text string, offset int) *Error {
	line, col := lineCol([]byte(text), offset)
	return &Error{File: name, Line: line, Col: col, Msg: fmt.Sprintf("keys, tables and arrays nest more than %d levels deep here; a declaration needs four at most (purpose.<id>.retention.period), so remove the extra levels", MaxNesting)}
}

// readHeader reads the table header starting at text[i] ("[a.b]" or
// "[[a.b]]") and returns the offset just past it and how many levels it
// opens: one a key segment, one more for an array of tables.
func readHeader(text string, i int) (end, levels int) {
	levels = 1
	if strings.HasPrefix(text[i:], "[[") {
		levels++
		i++
	}
	for i++; i < len(text) && text[i] != ']' && text[i] != '\n'; i++ {
		switch text[i] {
		case '"', '\'':
			i = skipString(text, i) - 1
		case '.':
			levels++
		}
	}
	for i < len(text) && text[i] == ']' {
		i++
	}
	return i, levels
}

// skipString returns the offset just past the TOML string that starts at
// text[i]: basic or literal, one-line or multi-line. An unterminated
// one-line string ends at the end of its line.
func skipString(text string, i int) int {
	q := text[i]
	escapes := q == '"'
	if delim := strings.Repeat(string(q), 3); strings.HasPrefix(text[i:], delim) {
		for j := i + 3; j < len(text); j++ {
			if escapes && text[j] == '\\' {
				j++
				continue
			}
			if strings.HasPrefix(text[j:], delim) {
				j += 3
				for j < len(text) && text[j] == q { // up to two quotes of content
					j++
				}
				return j
			}
		}
		return len(text)
	}
	for j := i + 1; j < len(text); j++ {
		switch {
		case escapes && text[j] == '\\':
			j++
		case text[j] == q:
			return j + 1
		case text[j] == '\n':
			return j
		}
	}
	return len(text)
}

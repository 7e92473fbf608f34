package generator

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
)

// Load reads the declaration at name in fsys and validates it. On failure it
// returns an [ErrorList] with every problem in the file, or an error from fsys.
// It reads at most one byte more than [MaxSize], so that a huge file is
// refused without being read whole.
func Load(fsys fs.FS, name string) (*Declaration, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, fmt.Errorf("read declaration: %w", err)
	}
	defer f.Close()
	src, err := io.ReadAll(io.LimitReader(f, MaxSize+1))
	if err != nil {
		return nil, fmt.Errorf("read declaration: %w", err)
	}
	return Parse(name, src)
}

// Parse validates a declaration given as TOML source; name is used in
// messages. On failure it returns an [ErrorList] with every problem found,
// sorted by position. A TOML syntax error stops parsing, so it comes alone,
// with an excerpt that shows the line and a caret.
//
// A declaration larger than [MaxSize] or nested deeper than [MaxNesting] is
// refused before it is parsed, so no input costs more than the limits allow.
func Parse(name string, src []byte) (*Declaration, error) {
	if e := tooLarge(name, len(src)); e != nil {
		return nil, ErrorList{e}
	}
	if i := invalidUTF8(src); i >= 0 {
		line, col := lineCol(src, i)
		return nil, ErrorList{{File: name, Line: line, Col: col, Msg: "the file is not valid UTF-8; save it as UTF-8"}}
	}
	text := strings.ReplaceAll(string(src), "\r\n", "\n")
	if e := nestingError(name, text); e != nil {
		return nil, ErrorList{e}
	}
	// Where each key is written is found beside the decoding, on another
	// processor: a sixth of the time Parse takes. (The scanner reads any
	// text to its end, valid TOML or not.)
	scanned := make(chan *positions, 1)
	go func() { scanned <- scanPositions(text) }()
	var raw map[string]any
	err := decodeTOML(text, &raw)
	pos := <-scanned
	if err != nil {
		return nil, ErrorList{syntaxError(name, text, err)}
	}
	d := &decoder{file: name, pos: pos}
	decl := d.declaration(raw)
	if len(d.errs) > 0 {
		d.errs.sort()
		return nil, d.errs
	}
	decl.File = name
	decl.positions = d.pos
	decl.digest = sha256.Sum256([]byte(text))
	decl.purposesOf = map[*Data][]*Purpose{}
	for _, p := range decl.Purposes {
		for _, x := range p.Data {
			if ps := decl.purposesOf[x]; len(ps) == 0 || ps[len(ps)-1] != p {
				decl.purposesOf[x] = append(ps, p)
			}
		}
	}
	return decl, nil
}

// decodeTOML parses TOML, turning a panic inside the parser into an error so
// that no input can crash the caller.
func decodeTOML(text string, v any) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("the TOML parser failed on this input: %v", r)
		}
	}()
	_, err = toml.Decode(text, v)
	return err
}

func syntaxError(name, text string, err error) *Error {
	e := &Error{File: name, Msg: err.Error()}
	var pe toml.ParseError
	if errors.As(err, &pe) {
		start := min(max(pe.Position.Start, 0), len(text))
		// The parser points at the blank before a bad token; show the token.
		for start < len(text) && (text[start] == ' ' || text[start] == '\t') {
			start++
		}
		e.Line, e.Col = lineCol([]byte(text), start)
		e.Msg = "TOML syntax: " + strings.TrimSuffix(pe.Message, ".")
		if pe.Usage != "" {
			e.Msg += "; " + strings.TrimSpace(strings.Split(strings.TrimSpace(pe.Usage), "\n")[0])
		}
		e.Excerpt = excerpt(text, e.Line, e.Col)
	}
	return e
}

// excerpt shows the source line with a caret under the column. A character
// the loader would refuse (a control or bidirectional character, the very
// thing a syntax error often points at) is shown as U+FFFD, one character
// for one, so that the terminal neither obeys it nor loses the column.
func excerpt(text string, line, col int) string {
	lines := strings.Split(text, "\n")
	if line < 1 || line > len(lines) {
		return ""
	}
	src := strings.Map(func(r rune) rune {
		switch {
		case r == '\t':
			return ' '
		case refusedRune(r, true) != "":
			return '\uFFFD'
		}
		return r
	}, lines[line-1])
	prefix := fmt.Sprintf("%5d | ", line)
	return prefix + src + "\n" + strings.Repeat(" ", len(prefix)+max(col-1, 0)) + "^"
}

func invalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

// lineCol converts a byte offset into a 1-based line and character column.
func lineCol(b []byte, offset int) (int, int) {
	line, col := 1, 1
	for i := 0; i < offset && i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == '\n' {
			line++
			col = 1
		} else {
			col++
		}
		i += n
	}
	return line, col
}

package generator

import (
	"bytes"
	"slices"
	"strings"
	"sync"

	"github.com/yuin/goldmark/ast"
)

// textCache is what the two sides of a diff share in one locale: the text
// of each part of a document, by the part's Markdown, and the plain text of
// each moment, by its sentences. A change to a declaration changes a few of
// its sentences, so nearly every part of the new side's documents was
// converted for the old side, and is not converted again.
type textCache struct {
	mu    sync.Mutex
	parts map[string]textPart
	// foreign is the foreign sentences the parts were read with: a side
	// with others reads its parts itself (a foreign sentence is marked
	// without changing the text, but the cache does not rely on it).
	foreign    []foreignText
	foreignSet bool
	moments    map[string][]string
	inlines    [2]map[string]string // by inlineKind
}

func newTextCache() *textCache {
	return &textCache{parts: map[string]textPart{}, moments: map[string][]string{}, inlines: [2]map[string]string{{}, {}}}
}

// cacheGet returns m[key], one of c's maps, under c's lock.
func cacheGet[V any](c *textCache, m map[string]V, key string) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := m[key]
	return v, ok
}

// cachePut sets m[key], one of c's maps, under c's lock.
func cachePut[V any](c *textCache, m map[string]V, key string, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	m[key] = v
}

// inline returns k.of(s), computed once.
func (c *textCache) inline(k inlineKind, s string) string {
	if out, ok := cacheGet(c, c.inlines[k], s); ok {
		return out
	}
	out := k.of(s)
	cachePut(c, c.inlines[k], s, out)
	return out
}

// textPart is a part of a document as convertText reads it: its plain text
// before trimming, and its sections.
type textPart struct {
	raw      string
	sections []Section
}

// convertTextParts is convertText, a part at a time through c: the plain
// text and sections of a document are those of its parts laid end to end
// (see splitParts), so a part converted once serves every document that
// holds it. A part that does not open with the heading it was cut at sends
// the document through convertText whole.
func convertTextParts(md []byte, c *textCache, foreign ...foreignText) (document, error) {
	parts, ok := splitParts(md)
	if !ok {
		return convertText(md, foreign...)
	}
	c.mu.Lock()
	if !c.foreignSet {
		c.foreign, c.foreignSet = foreign, true
	}
	shared := slices.Equal(c.foreign, foreign)
	c.mu.Unlock()
	var raw strings.Builder
	raw.Grow(len(md))
	var secs []Section
	for i, p := range parts {
		var tp textPart
		ok := false
		if shared {
			tp, ok = cacheGet(c, c.parts, string(p))
		}
		if !ok {
			doc := parse(p, foreign)
			if i > 0 && !opensSection(doc) {
				return convertText(md, foreign...)
			}
			tp = textPart{raw: plainRaw(doc, p), sections: sections(doc, p)}
			if shared {
				cachePut(c, c.parts, string(p), tp)
			}
		}
		raw.WriteString(tp.raw)
		secs = append(secs, tp.sections...)
	}
	return document{Plain: strings.TrimSpace(raw.String()), Sections: secs}, nil
}

// splitParts cuts Markdown before each line that opens a heading of level 1
// to 3 with an {#id}: where sections begins a section, and where no block
// of the text before can run on, since such a heading ends any paragraph,
// list, quote or table. It refuses (false) Markdown whose cuts could fall
// inside a block or change what a part means: a fenced code block or an
// HTML block (a line whose text opens with ``` ~~~ or <), or a link reference
// definition, which defines links for the whole document. Such a block may
// be indented, so a line refuses when it opens so after spaces or tabs.
func splitParts(md []byte) ([][]byte, bool) {
	if bytes.Contains(md, []byte("]:")) {
		return nil, false
	}
	var parts [][]byte
	start := 0
	for i := 0; i < len(md); {
		end := bytes.IndexByte(md[i:], '\n')
		if end < 0 {
			end = len(md)
		} else {
			end += i + 1
		}
		line := md[i:end]
		if open := bytes.TrimLeft(line, " \t"); bytes.HasPrefix(open, []byte("```")) || bytes.HasPrefix(open, []byte("~~~")) || bytes.HasPrefix(open, []byte("<")) {
			return nil, false
		}
		if i > start && headingLine(line) {
			parts = append(parts, md[start:i])
			start = i
		}
		i = end
	}
	return append(parts, md[start:]), true
}

// headingLine reports whether line may open a heading of level 1 to 3 with
// an {#id} attribute; opensSection checks that it did.
func headingLine(line []byte) bool {
	n := 0
	for n < len(line) && line[n] == '#' {
		n++
	}
	return n >= 1 && n <= 3 && n < len(line) && line[n] == ' ' && bytes.Contains(line, []byte("{#"))
}

// opensSection reports whether a parsed part opens with a heading that
// sections cuts at.
func opensSection(doc ast.Node) bool {
	h, ok := doc.FirstChild().(*ast.Heading)
	if !ok || h.Level > 3 {
		return false
	}
	_, ok = h.AttributeString("id")
	return ok
}

// momentPlain is momentText without HTML, through c.
func (c *textCache) momentPlain(sentences []string) ([]string, error) {
	key := strings.Join(sentences, "\x00") // no text holds NUL: the loader refuses it
	if plain, ok := cacheGet(c, c.moments, key); ok {
		return plain, nil
	}
	plain, _, err := momentText(sentences, false)
	if err != nil {
		return nil, err
	}
	cachePut(c, c.moments, key, plain)
	return plain, nil
}

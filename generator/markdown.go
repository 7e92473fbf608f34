package generator

import (
	"bytes"
	"strings"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// markdown converts the documents noticegen writes. It never enables
// html.WithUnsafe: raw HTML is omitted and dangerous link destinations are
// emptied, on top of the sanitizing that InlineMarkdown does first. Headings
// take their ids from {#id} attributes made from declaration keys, never
// from translated titles. Goldmark parsers and renderers are stateless, so
// one instance serves every locale at once.
var markdown = goldmark.New(
	goldmark.WithExtensions(extension.Table),
	goldmark.WithParserOptions(
		parser.WithHeadingAttribute(),
		parser.WithASTTransformers(util.Prioritized(tableLabels{}, 500), util.Prioritized(printAddresses{}, 600), util.Prioritized(foreignSpans{}, 700)),
	),
	goldmark.WithRendererOptions(renderer.WithNodeRenderers(util.Prioritized(foreignRenderer{}, 500))),
)

// tableLabels gives every body cell a data-label with its column's header,
// so that the stylesheet can stack a table's rows on a narrow screen and
// still say what each value is.
type tableLabels struct{}

func (tableLabels) Transform(doc *ast.Document, reader text.Reader, _ parser.Context) {
	src := reader.Source()
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		t, ok := n.(*east.Table)
		if !entering || !ok {
			return ast.WalkContinue, nil
		}
		var headers []string
		for row := t.FirstChild(); row != nil; row = row.NextSibling() {
			if _, isHeader := row.(*east.TableHeader); isHeader {
				for c := row.FirstChild(); c != nil; c = c.NextSibling() {
					headers = append(headers, plainOf(c, src))
				}
				continue
			}
			i := 0
			for c := row.FirstChild(); c != nil; c = c.NextSibling() {
				if i < len(headers) && headers[i] != "" {
					c.SetAttributeString("data-label", []byte(headers[i]))
				}
				i++
			}
		}
		return ast.WalkSkipChildren, nil
	})
}

// printAddresses gives the class print-href to each link whose text does
// not show where it goes, such as "cookie settings" for
// https://example.com/cookies, so that the print stylesheet can write the
// address after it. A link that reads as its own address, such as
// privacy@example.com for mailto:privacy@example.com, example.com for
// https://example.com/ or +33 1 23 45 67 89 for tel:+33123456789, already
// shows it on paper and is left alone, as are links within the notice.
type printAddresses struct{}

func (printAddresses) Transform(doc *ast.Document, reader text.Reader, _ parser.Context) {
	src := reader.Source()
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		l, ok := n.(*ast.Link)
		if !entering || !ok {
			return ast.WalkContinue, nil
		}
		if !readsAsAddress(plainOf(l, src), string(l.Destination)) {
			l.SetAttributeString("class", []byte("print-href"))
		}
		return ast.WalkSkipChildren, nil
	})
}

// phoneSpacing drops what a telephone number is written with beside its
// digits.
var phoneSpacing = strings.NewReplacer(" ", "", ".", "", "-", "", "(", "", ")", "")

// readsAsAddress reports whether a link's text is its destination as people
// write it: without the scheme, without the slash that ends a bare domain,
// and for a telephone number, with any spacing. A link within the notice
// (not http, https, mailto or tel) counts as read: paper cannot follow it.
func readsAsAddress(text, dest string) bool {
	for _, scheme := range []string{"https://", "http://", "mailto:", "tel:"} {
		if len(dest) <= len(scheme) || !strings.EqualFold(dest[:len(scheme)], scheme) {
			continue
		}
		addr := strings.TrimSuffix(dest[len(scheme):], "/")
		if scheme == "tel:" {
			text, addr = phoneSpacing.Replace(text), phoneSpacing.Replace(addr)
		}
		return strings.EqualFold(text, addr)
	}
	return true
}

// document is one rendered document: its HTML body and what a reader sees,
// whole and cut into sections.
type document struct {
	HTML     []byte
	Plain    string
	Prose    string // running text: paragraphs and list items, not headings or tables
	Sections []Section
}

// Section is the part of a document from one anchored heading to the next,
// as a reader sees it.
type Section struct {
	Anchor  string // the heading's id, made from declaration keys: "purpose-orders"
	Heading string
	Plain   string // the text under the heading, one block a line
}

// convert parses Markdown that noticegen wrote and renders it. A sentence
// of foreign that opens a paragraph is marked with its language.
func convert(md []byte, foreign ...foreignText) (document, error) {
	return convertDoc(md, true, foreign)
}

// convertText is convert without the HTML: what diff compares.
func convertText(md []byte, foreign ...foreignText) (document, error) {
	return convertDoc(md, false, foreign)
}

func convertDoc(md []byte, withHTML bool, foreign []foreignText) (document, error) {
	doc := parse(md, foreign)
	var html bytes.Buffer
	if withHTML {
		html.Grow(len(md) + len(md)/2) // tags and escapes: about a third of a page's HTML
		if err := markdown.Renderer().Render(bufWriter{&html}, md, doc); err != nil {
			return document{}, err
		}
	}
	out := document{HTML: html.Bytes(), Plain: plainOf(doc, md), Sections: sections(doc, md)}
	if withHTML { // a page's text is measured for readability; diff's is not
		out.Prose = proseOf(doc, md)
	}
	return out, nil
}

// parse parses Markdown that noticegen wrote, marking the sentences of
// foreign that open a paragraph.
func parse(md []byte, foreign []foreignText) ast.Node {
	var opts []parser.ParseOption
	if len(foreign) > 0 {
		pc := parser.NewContext()
		pc.Set(foreignKey, foreign)
		opts = append(opts, parser.WithContext(pc))
	}
	return markdown.Parser().Parse(text.NewReader(md), opts...)
}

// bufWriter lets goldmark render straight into a buffer: given any other
// writer, it wraps it in a bufio.Writer of its own, 4 KB a call, which for
// the thousands of short texts of a large notice's moments was a third of
// what a diff allocated.
type bufWriter struct{ *bytes.Buffer }

func (bufWriter) Buffered() int { return 0 }
func (bufWriter) Flush() error  { return nil }

// renderBuffers hold goldmark's output of short texts until it is cut up.
var renderBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// proseOf returns a document's running text, one paragraph or list item a
// line: what readability formulas measure. Headings and table cells are
// labels, not sentences, and would make any text look easy.
func proseOf(doc ast.Node, src []byte) string {
	var lines []string
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.Kind() {
		case east.KindTable, ast.KindHeading:
			return ast.WalkSkipChildren, nil
		case ast.KindParagraph, ast.KindTextBlock:
			if p := plainOf(n, src); p != "" {
				lines = append(lines, p)
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return strings.Join(lines, "\n")
}

// sections cuts a document at its headings that carry an id (levels 1 to
// 3, which is every heading the templates write).
func sections(doc ast.Node, src []byte) []Section {
	var out []Section
	var body []string
	flush := func() {
		if len(out) > 0 {
			out[len(out)-1].Plain = strings.Join(body, "\n")
		}
		body = nil
	}
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		if h, ok := n.(*ast.Heading); ok && h.Level <= 3 {
			if id, ok := h.AttributeString("id"); ok {
				flush()
				out = append(out, Section{Anchor: string(id.([]byte)), Heading: plainOf(h, src)})
				continue
			}
		}
		if len(out) == 0 {
			out = append(out, Section{}) // text before the first heading
		}
		if n.Kind() == east.KindTable {
			body = append(body, tableRows(n, src)...)
		} else if p := plainOf(n, src); p != "" {
			body = append(body, p)
		}
	}
	flush()
	return out
}

// tableRows returns a table as a reader sees it, one row a line with its
// cells between bars ("| Mailchimp | United States |"), so that a redline
// shows which row changed and which of its cells.
func tableRows(table ast.Node, src []byte) []string {
	var rows []string
	for row := table.FirstChild(); row != nil; row = row.NextSibling() {
		var cells []string
		for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
			cells = append(cells, strings.ReplaceAll(plainOf(cell, src), "\n", " "))
		}
		rows = append(rows, "| "+strings.Join(cells, " | ")+" |")
	}
	return rows
}

// plainOf returns the text of a Markdown tree as a reader sees it: one line
// a block (paragraph, heading, list item, table cell), inline markup gone.
func plainOf(n ast.Node, src []byte) string {
	return strings.TrimSpace(plainRaw(n, src))
}

// plainRaw is plainOf untrimmed: a block's text ends with a line break, so
// the plain text of a document is that of its top-level blocks laid end to
// end.
func plainRaw(n ast.Node, src []byte) string {
	var b strings.Builder
	var walk func(n ast.Node)
	walk = func(n ast.Node) {
		switch n := n.(type) {
		case *ast.Text:
			// A text node keeps its source, escapes and entities included
			// (goldmark resolves them as it renders), so "AT\&T" and
			// "AT&amp;T" are read as the "AT&T" a reader sees.
			v := n.Value(src)
			if !n.IsRaw() && bytes.ContainsAny(v, `\&`) {
				v = util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(v)))
			}
			b.Write(v)
			if n.SoftLineBreak() || n.HardLineBreak() {
				b.WriteByte(' ')
			}
			return
		case *ast.String:
			b.Write(n.Value)
			return
		case *ast.RawHTML, *ast.HTMLBlock:
			return
		}
		block := n.Type() == ast.TypeBlock || n.Kind() == east.KindTableCell
		if block && b.Len() > 0 && !strings.HasSuffix(b.String(), "\n") {
			b.WriteByte('\n')
		}
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			walk(c)
		}
		if block && b.Len() > 0 && !strings.HasSuffix(b.String(), "\n") {
			b.WriteByte('\n')
		}
	}
	walk(n)
	return b.String()
}

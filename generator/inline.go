package generator

import (
	"net/url"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// inlineParser reads declaration text as CommonMark, with no extensions, so
// that it can be rewritten with only the constructs a notice allows.
var inlineParser = goldmark.New().Parser()

// InlineMarkdown returns declaration text as safe inline Markdown: emphasis,
// code spans and links to http, https, mailto and tel addresses are kept;
// everything else becomes literal text. Raw HTML is shown as the characters
// it is made of, images become their description, block structure (headings,
// lists, quotes) flows into one line, and characters that Markdown or a GFM
// table would read as syntax are escaped.
//
// The result is safe to place anywhere in a Markdown template, including a
// table cell or the start of a line, and stays safe when another pipeline
// (Hugo, Jekyll) renders the Markdown with raw HTML enabled.
func InlineMarkdown(s string) string {
	src := []byte(s)
	doc := inlineParser.Parse(text.NewReader(src))
	w := &inlineWriter{src: src}
	w.node(doc)
	return strings.TrimSpace(w.b.String())
}

// PlainText returns declaration text without its Markdown, as a reader sees it.
func PlainText(s string) string {
	src := []byte(s)
	doc := inlineParser.Parse(text.NewReader(src))
	w := &inlineWriter{src: src, plain: true}
	w.node(doc)
	return strings.TrimSpace(w.b.String())
}

type inlineWriter struct {
	src   []byte
	b     strings.Builder
	plain bool
}

// space separates blocks and line breaks with one space.
func (w *inlineWriter) space() {
	s := w.b.String()
	if s != "" && !strings.HasSuffix(s, " ") {
		w.b.WriteByte(' ')
	}
}

func (w *inlineWriter) text(s string) {
	if w.plain {
		w.b.WriteString(s)
		return
	}
	w.b.WriteString(escapeMarkdown(s, w.b.Len() == 0))
}

func (w *inlineWriter) children(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		w.node(c)
	}
}

func (w *inlineWriter) lines(n ast.Node) {
	l := n.Lines()
	for i := 0; i < l.Len(); i++ {
		seg := l.At(i)
		w.space()
		w.text(strings.TrimSpace(string(seg.Value(w.src))))
	}
}

func (w *inlineWriter) node(n ast.Node) {
	switch n := n.(type) {
	case *ast.Text:
		// The source keeps its backslash escapes and entities; the text is
		// what they stand for.
		v := util.UnescapePunctuations(n.Value(w.src))
		v = util.ResolveNumericReferences(util.ResolveEntityNames(v))
		w.text(string(v))
		if n.SoftLineBreak() || n.HardLineBreak() {
			w.space()
		}
	case *ast.String:
		w.text(string(n.Value))
	case *ast.Emphasis:
		mark := strings.Repeat("*", n.Level)
		if !w.plain {
			w.b.WriteString(mark)
		}
		w.children(n)
		if !w.plain {
			w.b.WriteString(mark)
		}
	case *ast.CodeSpan:
		var code strings.Builder
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			if t, ok := c.(*ast.Text); ok {
				code.Write(t.Value(w.src))
			}
		}
		w.code(code.String())
	case *ast.Link:
		w.link(string(n.Destination), n)
	case *ast.AutoLink:
		u := string(n.URL(w.src))
		if n.AutoLinkType == ast.AutoLinkEmail {
			u = "mailto:" + u
		}
		w.autolink(string(n.Label(w.src)), u)
	case *ast.Image:
		w.children(n) // the description, as text
	case *ast.RawHTML:
		segs := n.Segments
		for i := 0; i < segs.Len(); i++ {
			seg := segs.At(i)
			w.text(string(seg.Value(w.src)))
		}
	case *ast.HTMLBlock, *ast.CodeBlock, *ast.FencedCodeBlock:
		w.lines(n)
		if h, ok := n.(*ast.HTMLBlock); ok && h.HasClosure() {
			w.space()
			w.text(strings.TrimSpace(string(h.ClosureLine.Value(w.src))))
		}
	case *ast.ThematicBreak:
	default:
		if n.Type() == ast.TypeBlock && n.PreviousSibling() != nil {
			w.space()
		}
		w.children(n)
	}
}

func (w *inlineWriter) code(s string) {
	s = strings.Join(strings.Fields(s), " ")
	if w.plain {
		w.b.WriteString(s)
		return
	}
	// A fence one backtick longer than any run inside (CommonMark §6.1).
	longest, run := 0, 0
	for _, r := range s {
		if r == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", longest+1)
	pad := ""
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		pad = " "
	}
	// A | ends a GFM table cell even inside code, so it is escaped there too.
	w.b.WriteString(fence + pad + strings.ReplaceAll(s, "|", `\|`) + pad + fence)
}

func (w *inlineWriter) link(dest string, label ast.Node) {
	if w.plain || !safeURL(dest) {
		w.children(label)
		return
	}
	w.b.WriteString("[")
	w.children(label)
	w.b.WriteString("](" + escapeDestination(dest) + ")")
}

func (w *inlineWriter) autolink(label, dest string) {
	if w.plain || !safeURL(dest) {
		w.text(label)
		return
	}
	w.b.WriteString("[" + escapeMarkdown(label, false) + "](" + escapeDestination(dest) + ")")
}

// safeURL reports whether a link destination may be published: a web,
// mail or telephone address, or a relative link within the site.
func safeURL(dest string) bool {
	u, err := url.Parse(strings.TrimSpace(dest))
	if err != nil {
		return false
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		return u.Host != ""
	case "mailto", "tel":
		return u.Opaque != ""
	case "":
		// No scheme: a path or fragment, unless it sneaks one in past a
		// naive parser (such as "javascript&colon;…" or a control character).
		return !strings.ContainsAny(dest, ":\\&") && !strings.HasPrefix(dest, "//")
	}
	return false
}

var destinationEscaper = strings.NewReplacer(`\`, `%5C`, "<", "%3C", ">", "%3E", "\n", "", "|", "%7C")

// escapeDestination writes a link destination for Markdown. Backslashes,
// angle brackets and | (a GFM cell boundary) are percent-encoded; a
// destination with spaces or parentheses goes in angle brackets, where they
// are allowed (CommonMark §6.3).
func escapeDestination(dest string) string {
	d := destinationEscaper.Replace(strings.TrimSpace(dest))
	if strings.ContainsAny(d, " ()") {
		return "<" + d + ">"
	}
	return d
}

// escapeMarkdown backslash-escapes the characters that would start inline
// Markdown, raw HTML, an entity or a table cell boundary, and, at the start
// of a line, a block.
func escapeMarkdown(s string, atStart bool) string {
	var b strings.Builder
	for i, r := range s {
		switch r {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '{', '}', '&':
			b.WriteByte('\\')
		case '#', '+', '-', '=':
			if atStart && i == 0 {
				b.WriteByte('\\')
			}
		case '.', ')':
			// "1." and "1)" open an ordered list at the start of a line.
			if atStart && i > 0 && isDigits(s[:i]) {
				b.WriteByte('\\')
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

package generator

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// foreignText is a sentence a document prints in another language than
// its own: the statutory sentences a law makes every notice print word for
// word (Texas's "NOTICE: We may sell your sensitive personal data."). Its
// page marks it with the language it is in, so that a screen reader reads
// it with the right voice (WCAG 2.2 SC 3.1.2, language of parts).
type foreignText struct {
	Text string // as the document's Markdown has it, at the start of a paragraph
	Lang string
}

// foreignSpan is the inline node that holds a foreign sentence.
type foreignSpan struct {
	ast.BaseInline
	Lang string
}

var kindForeign = ast.NewNodeKind("Foreign")

func (n *foreignSpan) Kind() ast.NodeKind { return kindForeign }

func (n *foreignSpan) Dump(src []byte, level int) {
	ast.DumpHelper(n, src, level, map[string]string{"Lang": n.Lang}, nil)
}

// foreignKey carries a conversion's foreign sentences to foreignSpans.
var foreignKey = parser.NewContextKey()

// foreignSpans wraps each foreign sentence that opens a paragraph in a
// foreignSpan. The sentence must match the paragraph's first text nodes
// exactly; a text node that runs past it is split where it ends.
type foreignSpans struct{}

func (foreignSpans) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	foreign, _ := pc.Get(foreignKey).([]foreignText)
	if len(foreign) == 0 {
		return
	}
	src := reader.Source()
	var paragraphs []*ast.Paragraph
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if p, ok := n.(*ast.Paragraph); ok && entering {
			paragraphs = append(paragraphs, p)
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	for _, p := range paragraphs {
		for _, f := range foreign {
			if wrapForeign(p, src, f) {
				break
			}
		}
	}
}

// wrapForeign wraps f in a foreignSpan if paragraph p opens with it.
func wrapForeign(p *ast.Paragraph, src []byte, f foreignText) bool {
	want := []byte(f.Text)
	var nodes []*ast.Text
	var got []byte
	for c := p.FirstChild(); c != nil && len(got) < len(want); c = c.NextSibling() {
		t, ok := c.(*ast.Text)
		if !ok || t.IsRaw() {
			return false
		}
		got = append(got, t.Value(src)...)
		nodes = append(nodes, t)
	}
	if !bytes.HasPrefix(got, want) {
		return false
	}
	if extra := len(got) - len(want); extra > 0 {
		last := nodes[len(nodes)-1]
		seg := last.Segment
		rest := ast.NewTextSegment(text.NewSegment(seg.Stop-extra, seg.Stop))
		rest.SetSoftLineBreak(last.SoftLineBreak())
		rest.SetHardLineBreak(last.HardLineBreak())
		last.Segment = seg.WithStop(seg.Stop - extra)
		last.SetSoftLineBreak(false)
		last.SetHardLineBreak(false)
		p.InsertAfter(p, last, rest)
	}
	span := &foreignSpan{Lang: f.Lang}
	p.InsertBefore(p, nodes[0], span)
	for _, t := range nodes {
		p.RemoveChild(p, t)
		span.AppendChild(span, t)
	}
	return true
}

// foreignRenderer writes a foreignSpan as <span lang="…">.
type foreignRenderer struct{}

func (foreignRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(kindForeign, func(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			_, _ = w.WriteString(`<span lang="`)
			_, _ = w.Write(util.EscapeHTML([]byte(n.(*foreignSpan).Lang)))
			_, _ = w.WriteString(`">`)
		} else {
			_, _ = w.WriteString("</span>")
		}
		return ast.WalkContinue, nil
	})
}

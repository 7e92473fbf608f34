package generator

import (
	"bytes"
	"encoding/json"
	"fmt"
	htmltemplate "html/template"
	"slices"
	"strings"

	"github.com/noticegen/noticegen/locales"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// MomentsJSONVersion is the version of the moments.json schema
// (schema/moments.json.v1.schema.json). It changes only when a field is
// removed or changes meaning; new fields keep it.
const MomentsJSONVersion = 1

// MomentWordBudget is how many words the text of one moment should have:
// what fits a small dialog beside a switch or a form field, read at a
// glance. Only the sentences count; the title, the link and the buttons are
// the dialog's frame. MomentWordLimit is where a moment no longer fits: a
// fifth over the budget, which leaves room for languages that take more
// words than English to say the same.
const (
	MomentWordBudget = 40
	MomentWordLimit  = 48
)

// Moments are the just-in-time notices of one locale: what a site or an
// app shows at the moment it asks. Each is made of the same sentences as
// the policy, from the same declaration, so it cannot say what the policy
// does not.
type Moments struct {
	Schema  int             `json:"schema_version"`
	Locale  Locale          `json:"locale"`
	Notice  momentNotice    `json:"notice"`
	Choices []*ChoiceMoment `json:"choices"`
	Fields  []*FieldMoment  `json:"fields"`
}

type momentNotice struct {
	Title   string `json:"title"`
	Version string `json:"version"`
}

// ChoiceMoment is the prompt for a purpose people can agree to (opt-in) or
// object to (opt-out), shown when the choice is asked. Its two actions
// carry the same weight and neither is selected: refusing is one action,
// as accepting is (EDPB Guidelines 03/2022 on deceptive design patterns;
// CCPA Regulations §7004(a)(2), symmetry in choice).
type ChoiceMoment struct {
	ID      string `json:"id"` // "choice-<purpose id>", the fragment's id
	Purpose string `json:"purpose"`
	Choice  Choice `json:"choice"`
	Title   string `json:"title"`
	// What says what is used and why; Benefit what the person gets ("" when
	// the declaration says nothing); Retention how long it is kept; Change
	// how to change one's mind later.
	What      string         `json:"what"`
	Benefit   string         `json:"benefit,omitempty"`
	Retention string         `json:"retention"`
	Change    string         `json:"change"`
	Link      MomentLink     `json:"link"`
	Actions   []MomentAction `json:"actions"`
	Words     int            `json:"words"`

	html momentHTML
}

// FieldMoment is the hint beside a form field that asks the person for a
// data item: why it is asked, whether it is required, and what happens
// without it.
type FieldMoment struct {
	ID        string     `json:"id"` // "field-<data id>", the fragment's id
	Data      string     `json:"data"`
	Label     string     `json:"label"`
	Why       string     `json:"why"`
	Required  bool       `json:"required"`
	Need      string     `json:"need"`
	IfMissing string     `json:"if_missing,omitempty"`
	Link      MomentLink `json:"link"`
	Words     int        `json:"words"`

	html momentHTML
}

// MomentLink points at the part of the policy that says more.
type MomentLink struct {
	Text string `json:"text"`
	Href string `json:"href"` // relative to the locale's folder
}

// MomentAction is one of a choice's two buttons: allow or deny.
type MomentAction struct {
	ID    string `json:"id"`
	Label string `json:"label"`
}

// momentHTML is a moment's sentences as HTML, links and emphasis kept.
type momentHTML struct {
	Title     string
	Sentences []htmltemplate.HTML
}

// MomentsOf makes the moments of the declaration in one locale: one for
// every purpose with a choice, one for every data item the person gives.
func MomentsOf(d *Declaration, l Locale) (*Moments, error) {
	cat, err := locales.Load(string(l))
	if err != nil {
		return nil, err
	}
	b := &builder{d: d, l: l, cat: cat}
	v, err := b.build()
	if err != nil {
		return nil, err
	}
	return momentsOf(b, v, true)
}

// momentsOf makes the moments of the locale of a view that b built: a
// build reuses the view its documents were rendered from. Without HTML,
// the moments hold their plain text alone, which is what diff compares.
func momentsOf(b *builder, v *view, withHTML bool) (*Moments, error) {
	d, l := b.d, b.l
	m := &Moments{
		Schema: MomentsJSONVersion, Locale: l,
		Notice:  momentNotice{Title: v.TitlePlain, Version: d.Notice.Version},
		Choices: []*ChoiceMoment{}, Fields: []*FieldMoment{},
	}
	more := b.msg("moments.more")
	for i, p := range d.Purposes {
		if p.Choice != OptIn && p.Choice != OptOut {
			continue
		}
		pv := v.Purposes[i]
		c := &ChoiceMoment{
			ID: "choice-" + p.ID, Purpose: p.ID, Choice: p.Choice, Title: PlainText(pv.LabelPlain),
			Link:    MomentLink{Text: more, Href: "policy.html#purpose-" + p.ID},
			Actions: []MomentAction{{ID: "allow", Label: b.msg("moments.allow")}, {ID: "deny", Label: b.msg("moments.deny")}},
		}
		what := "moments.what_in"
		if p.Choice == OptOut {
			what = "moments.what_out"
		}
		how := pv.Withdraw
		if how == "" {
			how = b.msg("summary.choice_how_fallback", "email", v.Rights.Contact)
		}
		change := "moments.change_in"
		switch {
		case p.Choice == OptOut:
			change = "moments.change_out"
		case p.Basis == Consent:
			change = "moments.change_consent"
		}
		sentences := []string{b.msg(what, "data", pv.DataList)}
		if pv.Benefit != "" {
			sentences = append(sentences, b.msg("moments.benefit", "benefit", pv.Benefit))
		}
		sentences = append(sentences, b.msg("moments.retention", "retention", pv.Retention), b.msg(change, "how", how))
		plain, html, err := b.momentText(sentences, withHTML)
		if err != nil {
			return nil, err
		}
		c.What, c.Retention, c.Change = plain[0], plain[len(plain)-2], plain[len(plain)-1]
		if pv.Benefit != "" {
			c.Benefit = plain[1]
		}
		c.Words = countWords(plain)
		c.html = momentHTML{Title: c.Title, Sentences: html}
		m.Choices = append(m.Choices, c)
	}
	for i, x := range d.Data {
		if x.Source != "you" {
			continue
		}
		dv := v.Data[i]
		f := &FieldMoment{
			ID: "field-" + x.ID, Data: x.ID, Label: PlainText(dv.LabelPlain), Required: x.Required,
			Link: MomentLink{Text: more, Href: "policy.html#data-" + x.ID},
		}
		// Purpose labels are listed as labels, capitals kept, so that
		// "Orders and payment, Account and points" reads as two.
		var why []string
		for _, p := range d.PurposesOf(x) {
			why = append(why, b.plain(p.Label))
		}
		sentences := []string{b.msg("policy.data_unused")}
		if len(why) > 0 {
			sentences[0] = b.msg("moments.field_why", "purposes", b.cat.List(why))
		}
		if x.Required {
			sentences = append(sentences, b.msg("moments.field_required"))
		} else {
			sentences = append(sentences, b.msg("moments.field_optional"))
		}
		if !x.IfMissing.IsZero() {
			sentences = append(sentences, b.msg("moments.field_if_missing", "consequence", b.inserted(x.IfMissing)))
		}
		plain, html, err := b.momentText(sentences, withHTML)
		if err != nil {
			return nil, err
		}
		f.Why, f.Need = plain[0], plain[1]
		if !x.IfMissing.IsZero() {
			f.IfMissing = plain[2]
		}
		f.Words = countWords(plain)
		f.html = momentHTML{Title: f.Label, Sentences: html}
		m.Fields = append(m.Fields, f)
	}
	return m, b.err
}

// sections returns the moments as a diff compares them: a section a
// moment, anchored by its id, headed by its title, its sentences one a
// line.
func (m *Moments) sections() []Section {
	var out []Section
	lines := func(ss ...string) string {
		return strings.Join(slices.DeleteFunc(ss, func(s string) bool { return s == "" }), "\n")
	}
	for _, c := range m.Choices {
		out = append(out, Section{Anchor: c.ID, Heading: c.Title, Plain: lines(c.What, c.Benefit, c.Retention, c.Change)})
	}
	for _, f := range m.Fields {
		out = append(out, Section{Anchor: f.ID, Heading: f.Label, Plain: lines(f.Why, f.Need, f.IfMissing)})
	}
	return out
}

// momentText renders a moment's Markdown sentences as plain text, for
// moments.json, and, withHTML, as HTML, for moments.html.
//
// The sentences are parsed as one document, a paragraph each, and cut
// apart: the same text as parsing each sentence alone, at a fraction of the
// cost. A sentence that could change how the others parse (a blank line,
// which would end its paragraph, or a link reference definition, which
// would define links for them all) sends them through one by one, as do
// sentences that do not come out a paragraph each.
func momentText(sentences []string, withHTML bool) (plain []string, html []htmltemplate.HTML, err error) {
	if slices.ContainsFunc(sentences, mayJoinBadly) {
		return momentTextEach(sentences, withHTML)
	}
	src := []byte(strings.Join(sentences, "\n\n"))
	doc := markdown.Parser().Parse(text.NewReader(src))
	var paragraphs []ast.Node
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		paragraphs = append(paragraphs, n)
	}
	if len(paragraphs) != len(sentences) || slices.ContainsFunc(paragraphs, func(n ast.Node) bool { return n.Kind() != ast.KindParagraph }) {
		return momentTextEach(sentences, withHTML)
	}
	for _, p := range paragraphs {
		plain = append(plain, strings.TrimSpace(plainOf(p, src)))
	}
	if !withHTML {
		return plain, nil, nil
	}
	// The document renders as its paragraphs, each "<p>…</p>\n"; a
	// paragraph's text cannot hold "</p>", which goldmark escapes.
	b := renderBuffers.Get().(*bytes.Buffer)
	defer renderBuffers.Put(b)
	b.Reset()
	if err := markdown.Renderer().Render(bufWriter{b}, src, doc); err != nil {
		return nil, nil, err
	}
	parts := strings.SplitAfter(b.String(), "</p>\n")
	if len(parts) != len(sentences)+1 || parts[len(parts)-1] != "" {
		return momentTextEach(sentences, withHTML)
	}
	for i := range paragraphs {
		h := strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(parts[i]), "<p>"), "</p>")
		html = append(html, htmltemplate.HTML(h)) // goldmark's output of sanitized Markdown
	}
	return plain, html, nil
}

// momentText is momentText, through the builder's cache when it has one
// and no HTML is asked for.
func (b *builder) momentText(sentences []string, withHTML bool) ([]string, []htmltemplate.HTML, error) {
	if b.cache != nil && !withHTML {
		plain, err := b.cache.momentPlain(sentences)
		return plain, nil, err
	}
	return momentText(sentences, withHTML)
}

// mayJoinBadly reports whether a sentence could parse differently beside
// others: blank, holding a blank line, or holding what may be a link
// reference definition.
func mayJoinBadly(s string) bool {
	if strings.TrimSpace(s) == "" || strings.Contains(s, "]:") {
		return true
	}
	for line := range strings.SplitSeq(s, "\n") {
		if strings.TrimSpace(line) == "" {
			return true
		}
	}
	return false
}

// momentTextEach is momentText one sentence at a time.
func momentTextEach(sentences []string, withHTML bool) (plain []string, html []htmltemplate.HTML, err error) {
	for _, s := range sentences {
		doc, err := convertDoc([]byte(s), withHTML, nil)
		if err != nil {
			return nil, nil, err
		}
		plain = append(plain, strings.TrimSpace(doc.Plain))
		if withHTML {
			// The sentence is one paragraph; the fragment sets its own.
			h := strings.TrimSpace(string(doc.HTML))
			h = strings.TrimSuffix(strings.TrimPrefix(h, "<p>"), "</p>")
			html = append(html, htmltemplate.HTML(h)) // goldmark's output of sanitized Markdown
		}
	}
	return plain, html, nil
}

// countWords counts the words of a moment's sentences, as a reader sees
// them: runs of letters or digits between spaces.
func countWords(sentences []string) int {
	n := 0
	for _, s := range sentences {
		for _, w := range strings.Fields(s) {
			if strings.IndexFunc(w, isWordRune) >= 0 {
				n++
			}
		}
	}
	return n
}

// JSON returns moments.json.
func (m *Moments) JSON() ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(m); err != nil {
		return nil, fmt.Errorf("moments.json: %w", err)
	}
	return buf.Bytes(), nil
}

// momentFiles makes a locale's moments.json and moments.html.
func (ts *templateSet) momentFiles(m *Moments, opts Options) (js, page []byte, err error) {
	if js, err = m.JSON(); err != nil {
		return nil, nil, err
	}
	if page, err = ts.momentsPage(m, opts); err != nil {
		return nil, nil, fmt.Errorf("moments: %w", err)
	}
	return js, page, nil
}

// momentsPage renders moments.html (moments.html.tmpl): a page, or with
// opts.Fragment the moments alone. In a build with history, the page says
// whether its version is in force, as the summary and the policy do: an
// archived version's moments are not the ones to show people today.
func (ts *templateSet) momentsPage(m *Moments, opts Options) ([]byte, error) {
	fragment := opts.Fragment
	cat, err := locales.Load(string(m.Locale))
	if err != nil {
		return nil, err
	}
	var history *pageHistory
	if opts.page != nil && opts.page.history != nil && !fragment {
		if history, err = opts.page.history(cat, m.Locale, "moments", false); err != nil {
			return nil, err
		}
	}
	type action struct{ Name, Value, Label string }
	type moment struct {
		ID, Title string
		Sentences []htmltemplate.HTML
		Link      MomentLink
		Actions   []action
	}
	var page struct {
		Lang, Title     string
		Fragment        bool
		Style           htmltemplate.CSS
		StyleHash       string
		Text            struct{ Skip, Intro, Choices, Fields string }
		Choices, Fields []moment
		History         *pageHistory
	}
	page.History = history
	page.Lang, page.Style, page.StyleHash, page.Fragment = string(m.Locale), htmltemplate.CSS(ts.style), ts.styleHash, fragment
	var msgErr error
	msg := func(key string, args ...any) string {
		s, err := cat.Format(key, args...)
		if err != nil && msgErr == nil {
			msgErr = err
		}
		return s
	}
	page.Title = msg("moments.title", "title", m.Notice.Title)
	page.Text.Skip = msg("nav.skip")
	page.Text.Intro = msg("moments.intro")
	page.Text.Choices = msg("moments.choices_heading")
	page.Text.Fields = msg("moments.fields_heading")
	for _, c := range m.Choices {
		mv := moment{ID: c.ID, Title: c.html.Title, Sentences: c.html.Sentences, Link: c.Link}
		for _, a := range c.Actions {
			mv.Actions = append(mv.Actions, action{Name: c.Purpose, Value: a.ID, Label: a.Label})
		}
		page.Choices = append(page.Choices, mv)
	}
	for _, f := range m.Fields {
		page.Fields = append(page.Fields, moment{ID: f.ID, Title: f.html.Title, Sentences: f.html.Sentences, Link: f.Link})
	}
	if msgErr != nil {
		return nil, msgErr
	}
	var buf bytes.Buffer
	if err := ts.moments.Execute(&buf, page); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

package generator

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	htmltemplate "html/template"
	"io/fs"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"text/template"
	"unicode"

	"github.com/noticegen/noticegen/locales"
	"github.com/noticegen/noticegen/templates"
)

// Options changes what [Build] makes.
type Options struct {
	// Locales to build; empty means every locale of the notice. Each must be
	// one of the notice's locales.
	Locales []Locale
	// Previous, when set, is the version this one replaces: the summary and
	// the policy then open with what changed since, in plain language.
	Previous *Declaration
	// Templates, when set, holds templates that replace the defaults of
	// the same name (see package templates): summary.md.tmpl,
	// policy.md.tmpl, page.html.tmpl, fragment.html.tmpl, index.html.tmpl
	// and style.css.
	Templates fs.FS

	// Formats chooses the files to write (see [Format]); empty means
	// [DefaultFormats].
	// Every document is rendered whatever the formats, since each states
	// the reading time of the others.
	Formats []Format
	// Fragment writes each HTML document as an <article> to place in a
	// site's own layout (fragment.html.tmpl): no <html>, <head>, navigation
	// or stylesheet. There is then no index.html, since choosing a language
	// is the site's navigation.
	Fragment bool
	// FrontMatter, when set, starts every Markdown file with front matter
	// for a static site generator, in place of its "# title" line: title,
	// date, translationKey and params (lang, version, reading_time).
	FrontMatter FrontMatter
	// BaseURL, when set, is the address the output is published at (see
	// [ParseBaseURL]). Pages then have an absolute canonical link and
	// absolute hreflang alternates; without it they have relative
	// alternates and no canonical link. Links in the text stay relative.
	BaseURL string

	// page places the pages in a history (see BuildHistory); nil outside one.
	page *pageContext
	// textOnly builds the documents' text alone, as diff compares it
	// (Sections, Plain, Reading): no file, no page, no readability.
	textOnly bool
	// texts, with textOnly, converts through a cache that the other side
	// of a diff shares.
	texts *textCache
}

// Site is a built notice: every file, by slash-separated path, ready to be
// written with [WriteDir].
type Site struct {
	Files map[string][]byte
	// Documents describes each document, by locale, then "summary",
	// "policy" or "glance".
	Documents map[Locale]map[string]*Document
	// Moments holds each locale's moments when the build wrote them
	// (FormatMoments), so that a check reads what was written instead of
	// making them again.
	Moments map[Locale]*Moments
}

// Paths returns the site's file paths, sorted.
func (s *Site) Paths() []string {
	paths := make([]string, 0, len(s.Files))
	for p := range s.Files {
		paths = append(paths, p)
	}
	slices.Sort(paths)
	return paths
}

// Document is one rendered document of one locale.
type Document struct {
	Locale   Locale
	Kind     string // "summary", "policy" or "glance"
	Markdown []byte // the Markdown file, front matter included
	HTML     []byte // the full page, or the <article> alone with Options.Fragment
	Body     []byte // the HTML of the document alone, without the page around it
	Plain    string // the text a reader sees, one block a line
	Prose    string // the running text: paragraphs and list items, one a line
	Sections []Section
	Reading  Reading
	// Readability scores the running text with the locale's formulas.
	Readability Readability
}

// Build renders the declaration: for each locale its summary and policy, as
// Markdown and HTML, plus index.html and notice.json, and the app stores'
// privacy labels when the formats ask for them. It reads nothing but
// the declaration and the templates, and its output depends on nothing else:
// not the clock, the time zone or the machine.
func Build(d *Declaration, opts Options) (*Site, error) {
	if err := opts.check(); err != nil {
		return nil, err
	}
	if opts.BaseURL != "" {
		opts.BaseURL, _ = ParseBaseURL(opts.BaseURL) // checked above
	}
	locs := opts.Locales
	if len(locs) == 0 {
		locs = d.Notice.Locales
	}
	for _, l := range locs {
		if !slices.Contains(d.Notice.Locales, l) {
			return nil, fmt.Errorf("locale %q is not one of the notice's locales (%s)", l, strings.Join(names(d.Notice.Locales), ", "))
		}
	}
	// Keep the notice's order, which puts the source locale first.
	locs = slices.DeleteFunc(slices.Clone(d.Notice.Locales), func(l Locale) bool { return !slices.Contains(locs, l) })

	t, err := loadTemplates(opts.Templates)
	if err != nil {
		return nil, err
	}
	var changes *Changes
	if opts.Previous != nil {
		changes = Diff(opts.Previous, d)
	}
	site := &Site{Files: map[string][]byte{}, Documents: map[Locale]map[string]*Document{}}

	// Locales render independently, so they render at the same time, as
	// many at once as there are processors to run them: a locale waiting
	// for a processor would hold its half-made documents in memory for
	// nothing.
	results := make([]*localeOutput, len(locs))
	errs := make([]error, len(locs))
	var wg sync.WaitGroup
	slots := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i, l := range locs {
		wg.Go(func() {
			slots <- struct{}{}
			defer func() { <-slots }()
			results[i], errs[i] = t.renderLocale(d, l, locs, changes, opts)
		})
	}
	wg.Wait()
	for i, l := range locs {
		if errs[i] != nil {
			return nil, fmt.Errorf("%s: %w", l, errs[i])
		}
		out := results[i]
		site.Documents[l] = out.docs
		for _, kind := range []string{"summary", "policy", "glance"} {
			doc := out.docs[kind]
			if opts.writes(FormatMarkdown) {
				site.Files[string(l)+"/"+kind+".md"] = doc.Markdown
			}
			if opts.writes(FormatHTML) {
				site.Files[string(l)+"/"+kind+".html"] = doc.HTML
			}
		}
		if out.moments != nil {
			site.Files[string(l)+"/moments.json"] = out.momentsJSON
			site.Files[string(l)+"/moments.html"] = out.momentsPage
			if site.Moments == nil {
				site.Moments = map[Locale]*Moments{}
			}
			site.Moments[l] = out.moments
		}
	}
	if opts.writes(FormatHTML) && !opts.Fragment {
		base := opts.BaseURL
		if base != "" && opts.page != nil {
			base += opts.page.prefix
		}
		index, err := t.indexPage(d, locs, base)
		if err != nil {
			return nil, err
		}
		site.Files["index.html"] = index
	}
	if opts.writes(FormatJSON) {
		js, err := noticeJSON(d, site, locs)
		if err != nil {
			return nil, err
		}
		site.Files["notice.json"] = js
	}
	if ios, android := opts.writes(FormatIOS), opts.writes(FormatAndroid); ios || android {
		if err := writePhoneStrings(d, locs, site, ios, android); err != nil {
			return nil, err
		}
	}
	if play, apple := opts.writes(FormatPlay), opts.writes(FormatApple); play || apple {
		labels := StoreLabelsOf(d)
		if errs := labels.Untyped(d, play, apple); len(errs) > 0 {
			return nil, errs
		}
		if play {
			site.Files["play/data_safety.csv"] = labels.Play.CSV()
		}
		if apple {
			site.Files["apple/app_privacy_details.json"] = labels.Apple.PrivacyDetailsJSON()
			site.Files["apple/PrivacyInfo.xcprivacy"] = labels.Apple.PrivacyManifest()
		}
	}
	return site, nil
}

// templateSet is the parsed templates of one build.
type templateSet struct {
	summary, glance, policy *template.Template
	page, fragment, index   *htmltemplate.Template
	moments                 *htmltemplate.Template
	style                   string
	styleHash               string
}

// overlay reads a file from the override directory when it has it, else from
// the defaults.
func overlay(override fs.FS, name string) ([]byte, error) {
	if override != nil {
		b, err := fs.ReadFile(override, name)
		if err == nil {
			return normalizeNewlines(b), nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("template %s: %w", name, err)
		}
	}
	b, err := fs.ReadFile(templates.FS(), name)
	return normalizeNewlines(b), err
}

// normalizeNewlines makes a template written on Windows render as on Unix.
func normalizeNewlines(b []byte) []byte { return bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n")) }

// markdownFuncs stand in for the functions each render binds to its
// locale, so that templates parse before a locale is chosen.
var markdownFuncs = template.FuncMap{
	"t": func(string, ...any) (string, error) { return "", nil },
}

// loadTemplates returns the templates of a build: the defaults, each file
// of override replacing the default of the same name. The defaults are
// parsed once a process and shared, as a build's locales share its set:
// text templates are cloned before each locale binds its catalog to them,
// and html/template executes safely at once. (Parsing them again for every
// build was three milliseconds each time, eight times in a diff.)
func loadTemplates(override fs.FS) (*templateSet, error) {
	if override == nil {
		return defaultTemplates()
	}
	return parseTemplates(override)
}

var defaultTemplates = sync.OnceValues(func() (*templateSet, error) { return parseTemplates(nil) })

func parseTemplates(override fs.FS) (*templateSet, error) {
	ts := &templateSet{}
	parseText := func(name string) (*template.Template, error) {
		src, err := overlay(override, name)
		if err != nil {
			return nil, err
		}
		t, err := template.New(name).Option("missingkey=error").Funcs(markdownFuncs).Parse(string(src))
		if err != nil {
			return nil, err // already "template: NAME:LINE: …"
		}
		return t, nil
	}
	parseHTML := func(name string) (*htmltemplate.Template, error) {
		src, err := overlay(override, name)
		if err != nil {
			return nil, err
		}
		t, err := htmltemplate.New(name).Option("missingkey=error").Parse(string(src))
		if err != nil {
			return nil, err // already "template: NAME:LINE: …"
		}
		// Every page can place a history's version notice.
		notice, err := overlay(override, templates.VersionNotice)
		if err != nil {
			return nil, err
		}
		if _, err := t.New(templates.VersionNotice).Parse(string(notice)); err != nil {
			return nil, err
		}
		return t, nil
	}
	var err error
	if ts.summary, err = parseText(templates.Summary); err != nil {
		return nil, err
	}
	if ts.glance, err = parseText(templates.Glance); err != nil {
		return nil, err
	}
	// The summary opens with the glance: it is parsed into the summary's
	// set, where {{template "glance" .}} finds it.
	glanceSrc, err := overlay(override, templates.Glance)
	if err != nil {
		return nil, err
	}
	if _, err := ts.summary.New(templates.Glance).Parse(string(glanceSrc)); err != nil {
		return nil, err
	}
	if ts.policy, err = parseText(templates.Policy); err != nil {
		return nil, err
	}
	if ts.page, err = parseHTML(templates.Page); err != nil {
		return nil, err
	}
	if ts.fragment, err = parseHTML(templates.Fragment); err != nil {
		return nil, err
	}
	if ts.index, err = parseHTML(templates.Index); err != nil {
		return nil, err
	}
	if ts.moments, err = parseHTML(templates.Moments); err != nil {
		return nil, err
	}
	style, err := overlay(override, templates.Style)
	if err != nil {
		return nil, err
	}
	if bytes.Contains(bytes.ToLower(style), []byte("</style")) {
		return nil, fmt.Errorf("template %s: a stylesheet cannot contain </style", templates.Style)
	}
	ts.style = strings.TrimSpace(string(style))
	ts.styleHash = styleHash(ts.style)
	return ts, nil
}

// styleHash returns the CSP source that allows a style element holding
// exactly style. Callers trim the stylesheet first: browsers hash the text
// as it is, but the Nu HTML Checker (vnu 26.9) trims it before hashing, and
// warns of a CSP violation whenever the text starts or ends with a space or
// a newline. Without either, both agree.
func styleHash(style string) string {
	sum := sha256.Sum256([]byte(style))
	return "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
}

// bind returns a copy of a Markdown template whose t speaks the catalog's
// language. Each locale binds its own copy, so locales render at once.
func bind(tmpl *template.Template, b *builder) (*template.Template, error) {
	t, err := tmpl.Clone()
	if err != nil {
		return nil, err
	}
	return t.Funcs(template.FuncMap{"t": func(key string, args ...any) (string, error) {
		return b.cat.Format(b.frameKey(key), args...)
	}}), nil
}

// fillSlots puts text in the slots of s, each "\x01name\x01" found in
// fill; a slot fill does not name is kept as it is.
func fillSlots(s string, fill map[string]string) string {
	i := strings.IndexByte(s, 0x01)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 64)
	for i >= 0 {
		j := strings.IndexByte(s[i+1:], 0x01)
		if j < 0 {
			break
		}
		slot := s[i : i+j+2]
		b.WriteString(s[:i])
		if text, ok := fill[slot]; ok {
			b.WriteString(text)
		} else {
			b.WriteString(slot)
		}
		s = s[i+j+2:]
		i = strings.IndexByte(s, 0x01)
	}
	b.WriteString(s)
	return b.String()
}

// settleSlowly makes every build settle its reading times by rendering
// each pass again; tests set it to check that slots give the same bytes.
// slowSettles counts the documents settled that way, so that tests see the
// slots serve the built-in templates.
var (
	settleSlowly = false
	slowSettles  atomic.Int64
)

// plainWords reports whether s reads the same as Markdown text and as
// HTML: letters, digits, spaces and the punctuation of a reading time
// ("less than a minute", "moins d’une minute", "sekitar 3 menit"), nothing
// that Markdown would read as syntax or HTML would escape. "…" is the
// loop's first guess.
func plainWords(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsSpace(r) && !strings.ContainsRune(".,'’-…", r) {
			return false
		}
	}
	return true
}

// execute runs a Markdown template and tidies its output.
func execute(t *template.Template, v *view) ([]byte, error) {
	b := executeBuffers.Get().(*bytes.Buffer)
	defer executeBuffers.Put(b)
	b.Reset()
	if err := t.Execute(b, v); err != nil {
		return nil, err
	}
	return tidyMarkdown(b.Bytes()), nil
}

// executeBuffers hold what a template writes until tidyMarkdown copies it:
// a document is written in thousands of small pieces, and a buffer that
// grew for one is big enough for the next.
var executeBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// tidyMarkdown trims trailing spaces and collapses runs of blank lines, so
// templates can be laid out for reading without that showing in the output.
// It also trims the whole and ends it with one line break.
func tidyMarkdown(b []byte) []byte {
	out := make([]byte, 0, len(b))
	blank := true // at the start, blank lines are dropped
	for len(b) > 0 {
		line := b
		if i := bytes.IndexByte(b, '\n'); i >= 0 {
			line, b = b[:i], b[i+1:]
		} else {
			b = nil
		}
		line = bytes.TrimRight(line, " \t")
		if len(line) == 0 {
			if !blank {
				out = append(out, '\n')
			}
			blank = true
			continue
		}
		blank = false
		out = append(out, line...)
		out = append(out, '\n')
	}
	return append(bytes.TrimSpace(out), '\n')
}

// localeOutput is what a locale renders: its documents and, when the
// build writes them, its moments.
type localeOutput struct {
	docs                     map[string]*Document
	moments                  *Moments
	momentsJSON, momentsPage []byte
}

// renderLocale renders the documents of one locale. changes, when not nil,
// is the change list against the previous version.
func (ts *templateSet) renderLocale(d *Declaration, l Locale, built []Locale, changes *Changes, opts Options) (*localeOutput, error) {
	cat, err := locales.Load(string(l))
	if err != nil {
		return nil, err
	}
	b := &builder{d: d, l: l, cat: cat, cache: opts.texts}
	v, err := b.build()
	if err != nil {
		return nil, err
	}
	if changes != nil {
		prev := changes.old
		v.WhatChanged = b.whatChanged(changes)
		v.PreviousVersion = esc(prev.Notice.Version)
		v.PreviousDate = cat.Date(prev.Notice.Effective.Year, prev.Notice.Effective.Month, prev.Notice.Effective.Day)
		if b.err != nil {
			return nil, b.err
		}
	}
	// The words of the locale's documents, each looked at once for their
	// readability.
	words := map[string]wordCount{}
	readingText := func(r Reading) (string, error) {
		if r.Seconds < 60 {
			return cat.Format("reading.less_than_a_minute")
		}
		return cat.Format("reading.minutes", "count", r.Minutes)
	}
	// render makes one document as its page shows it, and measure converts
	// its Markdown and, when timed, measures its reading time: all that a
	// pass of the reading-time loop needs. (settle times the document
	// itself, once its slots are filled.)
	var measure func(kind string, forHTML []byte, timed bool) (*Document, error)
	convert := convert
	switch {
	case opts.textOnly && opts.texts != nil:
		convert = func(md []byte, foreign ...foreignText) (document, error) {
			return convertTextParts(md, opts.texts, foreign...)
		}
	case opts.textOnly:
		convert = convertText
	}
	render := func(kind string, tmpl *template.Template) (*Document, error) {
		v.Links = linksView{Summary: "summary.html", Policy: "policy.html"}
		forHTML, err := execute(tmpl, v)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", kind, err)
		}
		return measure(kind, forHTML, true)
	}
	measure = func(kind string, forHTML []byte, timed bool) (*Document, error) {
		doc, err := convert(forHTML, v.foreign...)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", kind, err)
		}
		out := &Document{Locale: l, Kind: kind, Body: doc.HTML, Plain: doc.Plain, Prose: doc.Prose, Sections: doc.Sections}
		if timed {
			out.Reading = ReadingTime(doc.Plain, cat.LettersPerMinute)
		}
		return out, nil
	}
	// finish adds to the document the loop settled on, with the view as it
	// was rendered, its Markdown file, which links to the other
	// document's .md where its page links to the other .html (the text is
	// the same), and its readability: computing them on every pass cost a
	// tenth of a build.
	finish := func(doc *Document, tmpl *template.Template) error {
		if opts.textOnly {
			return nil
		}
		v.Links = linksView{Summary: "summary.md", Policy: "policy.md"}
		md, err := execute(tmpl, v)
		if err != nil {
			return fmt.Errorf("%s: %w", doc.Kind, err)
		}
		doc.Markdown = md
		doc.Readability = measureReadability(doc.Prose, l, words)
		return nil
	}

	// The policy states its own reading time, and the summary states both.
	// A document's length depends a little on the time it states, so each
	// is rendered until the time it states is the time it takes. slow does
	// it by rendering the document again on each pass.
	slow := func(kind string, tmpl *template.Template, own *string) (*Document, error) {
		slowSettles.Add(1)
		var doc *Document
		guess := "…"
		for range 4 {
			*own = guess
			var err error
			if doc, err = render(kind, tmpl); err != nil {
				return nil, err
			}
			actual, err := readingText(doc.Reading)
			if err != nil {
				return nil, err
			}
			if actual == guess {
				break
			}
			guess = actual
		}
		// Unsettled after four passes, the view still states the time
		// the last pass rendered.
		return doc, finish(doc, tmpl)
	}
	// settle executes the template once, with slots where the document
	// states the reading times and links to the other document, and each
	// pass of the loop puts words in the time slots: the same text as
	// rendering again, at a fraction of the cost. The Markdown file is the
	// same execution with the settled times and links to .md files. A slot
	// holds a control character, which no declaration text can (the loader
	// refuses them), so it is found only where the template put it. Where a
	// time's words are not plain text (Markdown would read them otherwise),
	// or a slot did not come through as it went in, settle renders as slow
	// does.
	settle := func(kind string, tmpl *template.Template, own, other *string) (*Document, error) {
		const ownSlot, otherSlot = "\x01reading-own\x01", "\x01reading-other\x01"
		const summarySlot, policySlot = "\x01link-summary\x01", "\x01link-policy\x01"
		if settleSlowly {
			return slow(kind, tmpl, own)
		}
		otherText := *other
		*own, *other = ownSlot, otherSlot
		v.Links = linksView{Summary: summarySlot, Policy: policySlot}
		md, err := execute(tmpl, v)
		*other = otherText
		if err != nil {
			return nil, fmt.Errorf("%s: %w", kind, err)
		}
		doc, err := measure(kind, []byte(fillSlots(string(md), map[string]string{summarySlot: "summary.html", policySlot: "policy.html"})), false)
		if err != nil {
			return nil, err
		}
		ownSlots := strings.Count(doc.Plain, ownSlot)
		slots := ownSlots + strings.Count(doc.Plain, otherSlot)
		if slots == 0 || !opts.textOnly && slots != bytes.Count(doc.Body, []byte("\x01"))/2 ||
			!plainWords(otherText) || otherText == "" && bytes.Contains(md, []byte(otherSlot)) {
			return slow(kind, tmpl, own)
		}
		fill := func(text string) func(string) string {
			return func(s string) string { return fillSlots(s, map[string]string{ownSlot: text, otherSlot: otherText}) }
		}
		// Letters add up, so a pass counts only the words it puts in the
		// slots; the settled text is measured whole below.
		letters := func(s string) int { return ReadingTime(s, 0).Letters }
		base := letters(fill("")(doc.Plain)) // the other document's time filled in
		guess, used := "…", ""
		var reading Reading
		for range 4 {
			used = guess
			if !plainWords(used) || used == "" {
				return slow(kind, tmpl, own)
			}
			reading = lettersRead(base+ownSlots*letters(used), cat.LettersPerMinute)
			actual, err := readingText(reading)
			if err != nil {
				return nil, err
			}
			if actual == used {
				break
			}
			guess = actual
		}
		// Unsettled after four passes, the document states the time the
		// last pass put in it.
		*own = used
		file := []byte(fillSlots(string(md), map[string]string{summarySlot: "summary.md", policySlot: "policy.md", ownSlot: used, otherSlot: otherText}))
		if bytes.IndexByte(file, 0x01) >= 0 {
			return slow(kind, tmpl, own)
		}
		r := fill(used)
		doc.Body = []byte(r(string(doc.Body)))
		doc.Plain, doc.Prose = r(doc.Plain), r(doc.Prose)
		if doc.Reading = ReadingTime(doc.Plain, cat.LettersPerMinute); doc.Reading.Seconds != reading.Seconds {
			return slow(kind, tmpl, own) // letters that did not add up
		}
		for i := range doc.Sections {
			doc.Sections[i].Heading, doc.Sections[i].Plain = r(doc.Sections[i].Heading), r(doc.Sections[i].Plain)
		}
		v.Links = linksView{Summary: "summary.md", Policy: "policy.md"} // as the file was made, as slow leaves it
		if !opts.textOnly {
			doc.Markdown = file
			doc.Readability = measureReadability(doc.Prose, l, words)
		}
		return doc, nil
	}
	policyTmpl, err := bind(ts.policy, b)
	if err != nil {
		return nil, err
	}
	summaryTmpl, err := bind(ts.summary, b)
	if err != nil {
		return nil, err
	}
	glanceTmpl, err := bind(ts.glance, b)
	if err != nil {
		return nil, err
	}
	// The glance states its own reading time in seconds: it settles as the
	// documents do. (The summary opens with its rows, not its time.) diff
	// does not compare it, so its text-only builds leave it out.
	var glance *Document
	if !opts.textOnly {
		for pass := range 4 {
			if glance, err = render("glance", glanceTmpl); err != nil {
				return nil, err
			}
			settled := glance.Reading.Seconds == v.Reading.GlanceSeconds
			if settled || pass == 3 {
				if err := finish(glance, glanceTmpl); err != nil {
					return nil, err
				}
			}
			if settled {
				break
			}
			v.Reading.GlanceSeconds = glance.Reading.Seconds
		}
	}
	policy, err := settle("policy", policyTmpl, &v.Reading.Policy, &v.Reading.Summary)
	if err != nil {
		return nil, err
	}
	summary, err := settle("summary", summaryTmpl, &v.Reading.Summary, &v.Reading.Policy)
	if err != nil {
		return nil, err
	}
	docs := map[string]*Document{"summary": summary, "policy": policy, "glance": glance}
	if opts.textOnly {
		delete(docs, "glance")
		// Sections hold the text a diff compares; the whole text, twice
		// more, would only take memory while the other side builds.
		for _, doc := range docs {
			doc.Plain, doc.Prose = "", ""
		}
		// The moments, as sections a diff compares: people read a
		// consent prompt as closely as the policy it points to.
		m, err := momentsOf(b, v, false)
		if err != nil {
			return nil, fmt.Errorf("moments: %w", err)
		}
		docs["moments"] = &Document{Locale: l, Kind: "moments", Sections: m.sections()}
		return &localeOutput{docs: docs}, nil
	}
	for _, doc := range docs {
		title, err := cat.Format(b.frameKey(doc.Kind+".title"), "title", v.TitlePlain)
		if err != nil {
			return nil, err
		}
		// The glance is written alone as a fragment, for a site footer, a
		// checkout page or an app's settings screen.
		page := opts
		page.Fragment = page.Fragment || doc.Kind == "glance"
		if doc.HTML, err = ts.pageHTML(d, cat, title, doc, built, page); err != nil {
			return nil, err
		}
		if opts.page != nil && opts.writes(FormatMarkdown) {
			h, err := opts.page.history(cat, doc.Locale, doc.Kind, true)
			if err != nil {
				return nil, err
			}
			doc.Markdown = withHistory(doc.Markdown, h)
		}
		if opts.FrontMatter != NoFrontMatter {
			doc.Markdown = withFrontMatter(newPageMeta(d, doc, title, opts.page).render(opts.FrontMatter), doc.Markdown)
		}
	}
	out := &localeOutput{docs: docs}
	if opts.writes(FormatMoments) {
		// The moments say what the documents say, from the same view.
		if out.moments, err = momentsOf(b, v, true); err != nil {
			return nil, fmt.Errorf("moments: %w", err)
		}
		if out.momentsJSON, out.momentsPage, err = ts.momentFiles(out.moments, opts); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// alternate is one locale of a document. Href is relative, for links in
// the page; URL is absolute when the build has a base URL, for the <head>.
type alternate struct {
	Lang, Href, URL, Name string
	Current               bool
}

type pageData struct {
	Lang, Kind, Title string
	Body              htmltemplate.HTML
	Style             htmltemplate.CSS
	StyleHash         string
	// Canonical is the page's absolute URL; empty without a base URL.
	Canonical  string
	Alternates []alternate
	Default    string // the URL of the source locale's version, for hreflang="x-default"
	Text       struct{ Skip, Languages, Documents, Summary, Policy, Version string }
	// History, in a build with history, says whether the page's version is
	// in force and links to the others; nil otherwise.
	History *pageHistory
}

// address returns where a file of the output is read from: relative to
// the page that links to it (rel), or at the base URL when there is one,
// under prefix, the folder of the build in the site ("" but in a history).
func address(base, rel, prefix, path string) string {
	if base != "" {
		return base + prefix + path
	}
	return rel + path
}

// pageHTML makes the page around a document, or with opts.Fragment the
// <article> alone.
func (ts *templateSet) pageHTML(d *Declaration, cat *locales.Catalog, title string, doc *Document, built []Locale, opts Options) ([]byte, error) {
	frame := frameWords(d, cat)
	path := func(l Locale) string { return string(l) + "/" + doc.Kind + ".html" }
	prefix := "" // where the build stands in the site, for absolute links
	if opts.page != nil {
		prefix = opts.page.prefix
	}
	p := pageData{
		Lang: string(doc.Locale), Kind: doc.Kind, Title: title,
		Body:      htmltemplate.HTML(doc.Body), // goldmark's output of sanitized Markdown; see InlineMarkdown
		Style:     htmltemplate.CSS(ts.style),
		StyleHash: ts.styleHash,
		Default:   address(opts.BaseURL, "../", prefix, path(built[0])),
	}
	if opts.BaseURL != "" {
		p.Canonical = opts.BaseURL + prefix + path(doc.Locale)
	}
	for _, l := range built {
		c, err := locales.Load(string(l))
		if err != nil {
			return nil, err
		}
		p.Alternates = append(p.Alternates, alternate{Lang: string(l), Href: "../" + path(l),
			URL: address(opts.BaseURL, "../", prefix, path(l)), Name: c.Name, Current: l == doc.Locale})
	}
	var err error
	for _, m := range []struct {
		dst *string
		key string
	}{{&p.Text.Skip, "nav.skip"}, {&p.Text.Languages, "nav.languages"}, {&p.Text.Documents, "nav.documents"}, {&p.Text.Summary, "nav.summary"}, {&p.Text.Policy, "nav.policy"}} {
		if *m.dst, err = cat.Format(frame(m.key)); err != nil {
			return nil, err
		}
	}
	date := cat.Date(d.Notice.Effective.Year, d.Notice.Effective.Month, d.Notice.Effective.Day)
	if p.Text.Version, err = cat.Format("doc.version", "version", d.Notice.Version, "date", date); err != nil {
		return nil, err
	}
	if opts.page != nil {
		if p.History, err = opts.page.history(cat, doc.Locale, doc.Kind, false); err != nil {
			return nil, err
		}
	}
	var b bytes.Buffer
	b.Grow(len(doc.HTML) + 4<<10) // the document, and the page around it
	if opts.Fragment {
		if err := ts.fragment.Execute(&b, p); err != nil {
			return nil, fmt.Errorf("fragment: %w", err)
		}
		return b.Bytes(), nil
	}
	if err := ts.page.Execute(&b, p); err != nil {
		return nil, fmt.Errorf("page: %w", err)
	}
	return b.Bytes(), nil
}

// indexEntry is one locale in index.html. Summary and Policy are relative
// links; SummaryURL is absolute when the build has a base URL, for the <head>.
type indexEntry struct {
	Lang, Name, Summary, Policy, SummaryText, PolicyText string
	SummaryURL                                           string
}

// indexPage makes the language chooser. base is the base URL, or "".
func (ts *templateSet) indexPage(d *Declaration, built []Locale, base string) ([]byte, error) {
	src, err := locales.Load(string(built[0]))
	if err != nil {
		return nil, err
	}
	choose, err := src.Format("index.choose")
	if err != nil {
		return nil, err
	}
	data := struct {
		Lang, Title, Choose, StyleHash string
		Canonical                      string // the base URL; empty without one
		Style                          htmltemplate.CSS
		Entries                        []indexEntry
	}{Lang: string(built[0]), Title: PlainText(d.Notice.Title.In(built[0])), Choose: choose, Style: htmltemplate.CSS(ts.style), StyleHash: ts.styleHash, Canonical: base}
	for _, l := range built {
		c, err := locales.Load(string(l))
		if err != nil {
			return nil, err
		}
		e := indexEntry{Lang: string(l), Name: c.Name, Summary: string(l) + "/summary.html", Policy: string(l) + "/policy.html"}
		e.SummaryURL = address(base, "", "", e.Summary)
		if e.SummaryText, err = c.Format("index.summary"); err != nil {
			return nil, err
		}
		if e.PolicyText, err = c.Format("index.policy"); err != nil {
			return nil, err
		}
		data.Entries = append(data.Entries, e)
	}
	var b bytes.Buffer
	if err := ts.index.Execute(&b, data); err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	return b.Bytes(), nil
}

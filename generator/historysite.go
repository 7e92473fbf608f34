package generator

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"html"
	htmltemplate "html/template"
	"slices"
	"strings"
	"time"

	"github.com/noticegen/noticegen/generator/law"
	"github.com/noticegen/noticegen/locales"
)

// VersionsJSONVersion is the schema_version of versions.json, described by
// schema/versions.json.v1.schema.json.
const VersionsJSONVersion = 1

// pageHistory is what a page says of its place in the history: a notice
// above the document, with links, and a link to every version.
type pageHistory struct {
	Notice   string
	Links    []pageLink
	Versions *pageLink
}

type pageLink struct{ Href, Text string }

// pageContext places the pages of one build in a history: where the build
// stands in the site, and what each page says of its version.
type pageContext struct {
	prefix string // "v/<version>/" for an archived version, "" at the root
	status Status // the version's status on the history's day
	// history says what a page of the given kind says of its version: for
	// its HTML page, or with md for its Markdown file, whose links go to
	// Markdown files.
	history func(cat *locales.Catalog, l Locale, kind string, md bool) (*pageHistory, error)
}

// BuildHistory builds a notice with its history: the version in force, as
// [Build] makes it, opening with what changed since the version before it;
// every version under v/<version>/, each page saying whether it is in force
// and linking to the one that is; per locale a versions page (versions.html)
// with the dates each version applied and what changed in it, a word-level
// redline of each version against the one before (v/<version>/<locale>/
// changes.html) and an Atom feed (changes.atom); and versions.json, which
// says which version was in force on any day. A version not yet in force is
// announced on the pages of the version in force.
//
// Every version's declaration is built once for its archive (twice for the
// version in force), so the cost grows with the number of versions.
func BuildHistory(h *History, opts Options) (*Site, error) {
	if opts.Previous != nil {
		return nil, fmt.Errorf("a history compares each version with the one before it; build it without a previous version")
	}
	if err := opts.check(); err != nil {
		return nil, err
	}
	if opts.BaseURL != "" {
		opts.BaseURL, _ = ParseBaseURL(opts.BaseURL) // checked above
	}
	cur := h.Versions[h.Current]
	hb := &historyBuilder{h: h, opts: opts, archives: make([]*Site, len(h.Versions)), site: &Site{Files: map[string][]byte{}}}
	var err error
	if hb.laws, err = cur.Declaration.Laws(); err != nil {
		return nil, err
	}

	// The version in force, at the root.
	rootOpts := opts
	if h.Current > 0 {
		rootOpts.Previous = h.Versions[h.Current-1].Declaration
	}
	rootOpts.page = &pageContext{status: Current, history: hb.rootNotice}
	root, err := Build(cur.Declaration, rootOpts)
	if err != nil {
		return nil, fmt.Errorf("version %s: %w", cur.Version, err)
	}
	copyUnder(hb.site.Files, root.Files, "")
	hb.site.Documents = root.Documents
	for l := range root.Documents {
		hb.locales = append(hb.locales, l)
	}
	hb.locales = inNoticeOrder(cur.Declaration.Notice.Locales, hb.locales)

	// Every version, as it was.
	for i, v := range h.Versions {
		vopts := opts
		vopts.Locales = nil
		for _, l := range v.Declaration.Notice.Locales {
			if len(opts.Locales) == 0 || slices.Contains(opts.Locales, l) {
				vopts.Locales = append(vopts.Locales, l)
			}
		}
		if len(vopts.Locales) == 0 {
			continue // none of the locales asked for
		}
		vopts.page = &pageContext{prefix: versionPath(v), status: v.Status, history: hb.archiveNotice(v)}
		s, err := Build(v.Declaration, vopts)
		if err != nil {
			return nil, fmt.Errorf("version %s: %w", v.Version, err)
		}
		copyUnder(hb.site.Files, s.Files, versionPath(v))
		hb.archives[i] = s
	}
	if err := hb.changesPages(); err != nil {
		return nil, err
	}
	if err := hb.versionsPages(); err != nil {
		return nil, err
	}
	if err := hb.feeds(); err != nil {
		return nil, err
	}
	js, err := hb.versionsJSON()
	if err != nil {
		return nil, err
	}
	hb.site.Files["versions.json"] = js
	return hb.site, nil
}

type historyBuilder struct {
	h        *History
	opts     Options
	site     *Site
	archives []*Site  // each version's own build, by index in h.Versions; nil when skipped
	locales  []Locale // the locales of the version in force that were built
	// redlined says, by version index, which locales have a changes page.
	redlined map[int][]Locale
	laws     []law.Applied // the laws of the version in force, whose words the history speaks
}

func copyUnder(dst, src map[string][]byte, prefix string) {
	for p, b := range src {
		dst[prefix+p] = b
	}
}

func inNoticeOrder(order, locs []Locale) []Locale {
	return slices.DeleteFunc(slices.Clone(order), func(l Locale) bool { return !slices.Contains(locs, l) })
}

// format formats a message of the history in the words of the notice in
// force (frameKey): a notice under Mexico's law alone speaks of its aviso
// de privacidad.
func (hb *historyBuilder) format(cat *locales.Catalog, key string, args ...any) (string, error) {
	b := &builder{d: hb.h.Versions[hb.h.Current].Declaration, cat: cat, laws: hb.laws}
	return cat.Format(b.frameKey(key), args...)
}

// versionPath is the folder of a version in the site.
func versionPath(v *HistoryVersion) string { return "v/" + v.Version + "/" }

// has reports whether version i was built in locale l.
func (hb *historyBuilder) has(i int, l Locale) bool {
	return hb.archives[i] != nil && hb.archives[i].Documents[l] != nil
}

// page returns the file a link to a document points at: the HTML page when
// the build writes HTML, else the Markdown file.
func (hb *historyBuilder) page(kind string) string {
	if hb.opts.writes(FormatHTML) {
		return kind + ".html"
	}
	return kind + ".md"
}

// file returns the file a link from a page of the given format points at:
// a Markdown file links to Markdown files, as the documents do.
func (hb *historyBuilder) file(kind string, md bool) string {
	if md {
		return kind + ".md"
	}
	return hb.page(kind)
}

func (hb *historyBuilder) date(cat *locales.Catalog, d Date) string {
	return cat.Date(d.Year, d.Month, d.Day)
}

// rootNotice is what the pages of the version in force say: that a new
// version takes effect, when one is coming, and where every version is.
func (hb *historyBuilder) rootNotice(cat *locales.Catalog, l Locale, kind string, md bool) (*pageHistory, error) {
	p := &pageHistory{}
	if kind != "versions" && (md || hb.opts.writes(FormatHTML)) {
		text, err := hb.format(cat, "history.all_versions")
		if err != nil {
			return nil, err
		}
		p.Versions = &pageLink{Href: hb.file("versions", md), Text: text}
	}
	if up := hb.h.Upcoming(); len(up) > 0 && kind != "versions" {
		next := up[0]
		i := slices.Index(hb.h.Versions, next)
		var err error
		if p.Notice, err = hb.format(cat, "history.upcoming", "version", next.Version, "date", hb.date(cat, next.From)); err != nil {
			return nil, err
		}
		if hb.opts.Locales == nil || slices.Contains(hb.opts.Locales, l) {
			if slices.Contains(next.Declaration.Notice.Locales, l) {
				read, err := hb.format(cat, "history.read_new")
				if err != nil {
					return nil, err
				}
				doc := kind
				if doc != "summary" && doc != "policy" {
					doc = "policy"
				}
				p.Links = append(p.Links, pageLink{Href: "../" + versionPath(next) + string(l) + "/" + hb.file(doc, md), Text: read})
				if i > 0 && slices.Contains(hb.h.Versions[i-1].Declaration.Notice.Locales, l) && hb.opts.writes(FormatHTML) {
					see, err := hb.format(cat, "history.see_changes")
					if err != nil {
						return nil, err
					}
					p.Links = append(p.Links, pageLink{Href: "../" + versionPath(next) + string(l) + "/changes.html", Text: see})
				}
			}
		}
	}
	return p, nil
}

// archiveNotice returns what the archived pages of version v say: whether
// it is in force, and where the version in force is.
func (hb *historyBuilder) archiveNotice(v *HistoryVersion) func(*locales.Catalog, Locale, string, bool) (*pageHistory, error) {
	return func(cat *locales.Catalog, l Locale, kind string, md bool) (*pageHistory, error) {
		const toRoot = "../../../"
		p := &pageHistory{}
		var err error
		switch v.Status {
		case Past:
			p.Notice, err = hb.format(cat, "history.past", "from", hb.date(cat, v.From), "until", hb.date(cat, dayBefore(*v.Until)))
		case Replaced:
			p.Notice, err = hb.format(cat, "history.replaced", "date", hb.date(cat, v.From))
		case Upcoming:
			p.Notice, err = hb.format(cat, "history.not_yet", "date", hb.date(cat, v.From))
		case Current:
			p.Notice, err = hb.format(cat, "history.in_force", "from", hb.date(cat, v.From))
		}
		if err != nil {
			return nil, err
		}
		cur := hb.h.Versions[hb.h.Current]
		inRoot := slices.Contains(cur.Declaration.Notice.Locales, l) && (len(hb.opts.Locales) == 0 || slices.Contains(hb.opts.Locales, l))
		if v.Status != Current {
			read, err := hb.format(cat, "history.read_current")
			if err != nil {
				return nil, err
			}
			doc := kind
			if doc != "summary" && doc != "policy" {
				doc = "policy"
			}
			href := toRoot + string(l) + "/" + hb.file(doc, md)
			if kind == "moments" && hb.opts.writes(FormatMoments) {
				href = toRoot + string(l) + "/moments.html"
			}
			if !inRoot {
				href = toRoot + "index.html"
			}
			p.Links = append(p.Links, pageLink{Href: href, Text: read})
		}
		if inRoot && (md || hb.opts.writes(FormatHTML)) {
			text, err := hb.format(cat, "history.all_versions")
			if err != nil {
				return nil, err
			}
			p.Versions = &pageLink{Href: toRoot + string(l) + "/" + hb.file("versions", md) + "#" + versionAnchor(v), Text: text}
		}
		return p, nil
	}
}

// versionAnchor is the id of a version's entry on the versions page.
func versionAnchor(v *HistoryVersion) string { return "v" + v.Version }

// whatChanged returns the sentences that say what version i changed, in
// Markdown, or nil for the first version or an editorial one.
func (hb *historyBuilder) whatChanged(i int, l Locale, cat *locales.Catalog) ([]string, error) {
	v := hb.h.Versions[i]
	if v.Changes == nil || v.Editorial() {
		return nil, nil
	}
	b := &builder{d: v.Declaration, l: l, cat: cat}
	out := b.whatChanged(v.Changes)
	return out, b.err
}

// changesIntro writes, in Markdown, what version i changed against the one
// before: "Compared with version 1.0 of …:" and a list, or that the changes
// are editorial.
func (hb *historyBuilder) changesIntro(b *bytes.Buffer, i int, l Locale, cat *locales.Catalog) error {
	v := hb.h.Versions[i]
	if v.Changes == nil {
		s, err := hb.format(cat, "history.first")
		if err != nil {
			return err
		}
		fmt.Fprintf(b, "%s\n\n", s)
		return nil
	}
	if v.Editorial() {
		s, err := hb.format(cat, "history.editorial")
		if err != nil {
			return err
		}
		fmt.Fprintf(b, "%s\n\n", s)
		return nil
	}
	prev := hb.h.Versions[i-1]
	since, err := cat.Format("changes.since", "version", esc(prev.Version), "date", hb.date(cat, prev.From))
	if err != nil {
		return err
	}
	sentences, err := hb.whatChanged(i, l, cat)
	if err != nil {
		return err
	}
	if len(sentences) == 0 {
		// Facts changed that no sentence tells readers of (the version's
		// notable changes are all in the redline).
		s, err := hb.format(cat, "history.see_redline")
		if err != nil {
			return err
		}
		fmt.Fprintf(b, "%s\n\n", s)
		return nil
	}
	fmt.Fprintf(b, "%s\n\n", since)
	for _, s := range sentences {
		fmt.Fprintf(b, "- %s\n", s)
	}
	b.WriteString("\n")
	return nil
}

// redlinePage is the HTML of the word-level redline of one locale, under
// the Markdown head of a changes page. Colour is never the only cue:
// deletions are struck through and insertions underlined, each with a
// visually hidden label.
var redlinePage = htmltemplate.Must(htmltemplate.New("redline").Parse(`{{range .Docs}}<section class="redline">
<h2>{{.Title}}</h2>
{{if not .Sections}}<p>{{$.Unchanged}}</p>
{{end}}{{range .Sections}}<h3><a href="{{.Href}}">{{.Heading}}</a></h3>
{{with .Note}}<p><em>{{.}}</em></p>
{{end}}{{range .Lines}}{{if .}}<p class="line">{{range .}}{{if eq .Op "delete"}}<del><span class="sr">[{{$.Deleted}} </span>{{.Text}}<span class="sr">]</span></del>{{else if eq .Op "insert"}}<ins><span class="sr">[{{$.Inserted}} </span>{{.Text}}<span class="sr">]</span></ins>{{else}}{{.Text}}{{end}}{{end}}</p>
{{else}}<p class="line">…</p>
{{end}}{{end}}{{end}}</section>
{{end}}`))

// changesPages writes v/<version>/<locale>/changes.html for every version
// but the first, in each locale it shares with the version before it.
func (hb *historyBuilder) changesPages() error {
	hb.redlined = map[int][]Locale{}
	if !hb.opts.writes(FormatHTML) {
		return nil
	}
	t, err := loadTemplates(hb.opts.Templates)
	if err != nil {
		return err
	}
	for i := 1; i < len(hb.h.Versions); i++ {
		if hb.archives[i] == nil || hb.archives[i-1] == nil {
			continue
		}
		v := hb.h.Versions[i]
		var both []Locale
		for _, l := range v.Declaration.Notice.Locales {
			if hb.has(i, l) && hb.has(i-1, l) {
				both = append(both, l)
			}
		}
		if len(both) == 0 {
			continue
		}
		hb.redlined[i] = both
		redlines := Redline(hb.archives[i-1], hb.archives[i])
		for _, l := range both {
			cat, err := locales.Load(string(l))
			if err != nil {
				return err
			}
			title, err := hb.format(cat, "history.changes_title", "title", PlainText(v.Declaration.Notice.Title.In(l)), "version", v.Version)
			if err != nil {
				return err
			}
			var md bytes.Buffer
			fmt.Fprintf(&md, "# %s\n\n", esc(title))
			if err := hb.changesIntro(&md, i, l, cat); err != nil {
				return err
			}
			head, err := convert(md.Bytes())
			if err != nil {
				return err
			}
			body, err := hb.redlineHTML(redlines, l, cat)
			if err != nil {
				return err
			}
			doc := &Document{Locale: l, Kind: "changes", Body: append(head.HTML, body...)}
			opts := hb.opts
			opts.page = &pageContext{prefix: versionPath(v), history: hb.archiveNotice(v)}
			page, err := t.pageHTML(v.Declaration, cat, title, doc, both, opts)
			if err != nil {
				return err
			}
			hb.site.Files[versionPath(v)+string(l)+"/changes.html"] = page
		}
	}
	return nil
}

func (hb *historyBuilder) redlineHTML(redlines []DocumentRedline, l Locale, cat *locales.Catalog) ([]byte, error) {
	type section struct {
		Heading, Href, Note string
		Lines               [][]Segment
	}
	type doc struct {
		Title    string
		Sections []section
	}
	data := struct {
		Docs                         []doc
		Unchanged, Deleted, Inserted string
	}{}
	var err error
	for _, m := range []struct {
		dst *string
		key string
	}{{&data.Unchanged, "history.unchanged"}, {&data.Deleted, "history.deleted"}, {&data.Inserted, "history.inserted"}} {
		if *m.dst, err = cat.Format(m.key); err != nil {
			return nil, err
		}
	}
	for _, d := range redlines {
		if d.Locale != l {
			continue
		}
		title, err := cat.Format("nav." + d.Kind)
		if err != nil {
			return nil, err
		}
		x := doc{Title: title}
		for _, s := range d.Sections {
			if !s.Changed {
				continue
			}
			sec := section{Heading: s.Heading, Href: d.Kind + ".html#" + s.Anchor, Lines: s.Excerpt()}
			switch s.Granularity {
			case BySentence:
				sec.Note, err = hb.format(cat, "history.by_sentence")
			case Whole:
				sec.Note, err = hb.format(cat, "history.whole")
			}
			if err != nil {
				return nil, err
			}
			x.Sections = append(x.Sections, sec)
		}
		data.Docs = append(data.Docs, x)
	}
	var b bytes.Buffer
	if err := redlinePage.Execute(&b, data); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// versionsPages writes <locale>/versions.html, and versions.md when the
// build writes Markdown: every version, newest first, with the dates it
// applied and what changed in it.
func (hb *historyBuilder) versionsPages() error {
	writeHTML, writeMD := hb.opts.writes(FormatHTML), hb.opts.writes(FormatMarkdown)
	if !writeHTML && !writeMD {
		return nil
	}
	t, err := loadTemplates(hb.opts.Templates)
	if err != nil {
		return err
	}
	cur := hb.h.Versions[hb.h.Current]
	for _, l := range hb.locales {
		cat, err := locales.Load(string(l))
		if err != nil {
			return err
		}
		title, err := hb.format(cat, "history.versions_title", "title", PlainText(cur.Declaration.Notice.Title.In(l)))
		if err != nil {
			return err
		}
		page := func(md bool) ([]byte, error) {
			var b bytes.Buffer
			fmt.Fprintf(&b, "# %s\n\n", esc(title))
			for i := len(hb.h.Versions) - 1; i >= 0; i-- {
				if err := hb.versionEntry(&b, i, l, cat, md); err != nil {
					return nil, err
				}
			}
			return b.Bytes(), nil
		}
		if writeMD {
			text, err := page(true)
			if err != nil {
				return err
			}
			if hb.opts.FrontMatter != NoFrontMatter {
				meta := pageMeta{Title: title, Date: cur.From, TranslationKey: "privacy-versions", Lang: l, Version: cur.Version}
				text = withFrontMatter(meta.render(hb.opts.FrontMatter), text)
			}
			hb.site.Files[string(l)+"/versions.md"] = text
		}
		if writeHTML {
			text, err := page(false)
			if err != nil {
				return err
			}
			body, err := convert(text)
			if err != nil {
				return err
			}
			doc := &Document{Locale: l, Kind: "versions", Body: body.HTML}
			opts := hb.opts
			opts.page = &pageContext{history: hb.rootNotice}
			versions, err := t.pageHTML(cur.Declaration, cat, title, doc, hb.locales, opts)
			if err != nil {
				return err
			}
			hb.site.Files[string(l)+"/versions.html"] = versions
		}
	}
	return nil
}

// status returns the sentence that says when version v applied.
func (hb *historyBuilder) status(v *HistoryVersion, cat *locales.Catalog) (string, error) {
	switch v.Status {
	case Past:
		return hb.format(cat, "history.status_past", "from", hb.date(cat, v.From), "until", hb.date(cat, dayBefore(*v.Until)))
	case Replaced:
		return hb.format(cat, "history.status_replaced", "date", hb.date(cat, v.From))
	case Upcoming:
		return hb.format(cat, "history.status_upcoming", "date", hb.date(cat, v.From))
	default:
		return hb.format(cat, "history.status_current", "from", hb.date(cat, v.From))
	}
}

// versionEntry writes one version's entry on the versions page of l.
// With toMarkdown, it links to the versions' Markdown files.
func (hb *historyBuilder) versionEntry(md *bytes.Buffer, i int, l Locale, cat *locales.Catalog, toMarkdown bool) error {
	v := hb.h.Versions[i]
	heading, err := hb.format(cat, "history.version", "version", v.Version)
	if err != nil {
		return err
	}
	fmt.Fprintf(md, "## %s {#%s}\n\n", esc(heading), versionAnchor(v))
	status, err := hb.status(v, cat)
	if err != nil {
		return err
	}
	fmt.Fprintf(md, "%s\n\n", status)
	if !hb.has(i, l) {
		s, err := hb.format(cat, "history.not_in_language")
		if err != nil {
			return err
		}
		fmt.Fprintf(md, "%s\n\n", s)
		return nil
	}
	if err := hb.changesIntro(md, i, l, cat); err != nil {
		return err
	}
	dir := "../" + versionPath(v) + string(l) + "/"
	var links []string
	for _, kind := range []string{"summary", "policy"} {
		text, err := cat.Format("nav." + kind)
		if err != nil {
			return err
		}
		links = append(links, fmt.Sprintf("[%s](%s)", esc(text), dir+hb.file(kind, toMarkdown)))
	}
	if slices.Contains(hb.redlined[i], l) {
		text, err := hb.format(cat, "history.compare", "version", hb.h.Versions[i-1].Version)
		if err != nil {
			return err
		}
		links = append(links, fmt.Sprintf("[%s](%s)", esc(text), dir+"changes.html"))
	}
	// "*", not the "-" of the changes above: a list of its own.
	for _, link := range links {
		fmt.Fprintf(md, "* %s\n", link)
	}
	md.WriteString("\n")
	return nil
}

// updated is when a version's feed entry last changed, as RFC 3339 wants
// it: when the version was released, if known, else the day it took effect
// or today, whichever came first (a feed dated in the future reads as
// wrong), at the first second of that day in UTC.
func (hb *historyBuilder) updated(v *HistoryVersion) string {
	if !v.Published.IsZero() {
		return v.Published.Format(time.RFC3339)
	}
	d := v.From
	if compareDates(hb.h.Today, d) < 0 {
		d = hb.h.Today
	}
	return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC).Format(time.RFC3339)
}

type atomLink struct {
	Rel  string `xml:"rel,attr"`
	Type string `xml:"type,attr,omitempty"`
	Href string `xml:"href,attr"`
}

type atomText struct {
	Type string `xml:"type,attr"`
	Text string `xml:",chardata"`
}

type atomEntry struct {
	ID        string     `xml:"id"`
	Title     atomText   `xml:"title"`
	Updated   string     `xml:"updated"`
	Published string     `xml:"published,omitempty"`
	Links     []atomLink `xml:"link"`
	Summary   atomText   `xml:"summary"`
	Content   *atomText  `xml:"content,omitempty"`
}

type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Lang    string      `xml:"xml:lang,attr"`
	ID      string      `xml:"id"`
	Title   atomText    `xml:"title"`
	Updated string      `xml:"updated"`
	Author  atomAuthor  `xml:"author"`
	Links   []atomLink  `xml:"link"`
	Gen     string      `xml:"generator"`
	Entries []atomEntry `xml:"entry"`
}

type atomAuthor struct {
	Name  string `xml:"name"`
	Email string `xml:"email,omitempty"`
}

// feedID is the permanent id of a locale's feed: a tag URI (RFC 4151)
// minted from the controller's address and the day the first version took
// effect, so it stays the same wherever the site is published and however
// many versions follow.
func (hb *historyBuilder) feedID(l Locale) string {
	first := hb.h.Versions[0].From
	return fmt.Sprintf("tag:%s,%s:noticegen/%s", hb.h.Versions[hb.h.Current].Declaration.Controller.Email, first, l)
}

// feeds writes <locale>/changes.atom: one entry a version, newest first, in
// the locale's language (RFC 4287).
func (hb *historyBuilder) feeds() error {
	cur := hb.h.Versions[hb.h.Current]
	for _, l := range hb.locales {
		cat, err := locales.Load(string(l))
		if err != nil {
			return err
		}
		title, err := hb.format(cat, "history.feed_title", "title", PlainText(cur.Declaration.Notice.Title.In(l)))
		if err != nil {
			return err
		}
		f := atomFeed{Lang: string(l), ID: hb.feedID(l), Title: atomText{"text", title}, Gen: "noticegen",
			Author: atomAuthor{Name: cur.Declaration.Controller.Name, Email: cur.Declaration.Controller.Email}}
		if hb.opts.writes(FormatHTML) {
			f.Links = append(f.Links, atomLink{Rel: "alternate", Type: "text/html", Href: hb.address(string(l) + "/versions.html")})
		}
		if hb.opts.BaseURL != "" {
			f.Links = append(f.Links, atomLink{Rel: "self", Type: "application/atom+xml", Href: hb.opts.BaseURL + string(l) + "/changes.atom"})
		}
		for i := len(hb.h.Versions) - 1; i >= 0; i-- {
			v := hb.h.Versions[i]
			if !hb.has(i, l) {
				continue
			}
			if u := hb.updated(v); u > f.Updated {
				f.Updated = u
			}
			heading, err := hb.format(cat, "history.entry_title", "version", v.Version, "date", hb.date(cat, v.From))
			if err != nil {
				return err
			}
			status, err := hb.status(v, cat)
			if err != nil {
				return err
			}
			e := atomEntry{ID: hb.feedID(l) + "/" + v.Version, Title: atomText{"text", heading}, Updated: hb.updated(v),
				Summary: atomText{"text", PlainText(status)}}
			page := versionPath(v) + string(l) + "/" + hb.page("policy")
			if slices.Contains(hb.redlined[i], l) {
				page = versionPath(v) + string(l) + "/changes.html"
			}
			e.Links = append(e.Links, atomLink{Rel: "alternate", Type: mediaType(page), Href: hb.address(page)})
			var md bytes.Buffer
			if err := hb.changesIntro(&md, i, l, cat); err != nil {
				return err
			}
			body, err := convert(md.Bytes())
			if err != nil {
				return err
			}
			e.Content = &atomText{"html", "<p>" + html.EscapeString(status) + "</p>\n" + string(body.HTML)}
			f.Entries = append(f.Entries, e)
		}
		out, err := xml.MarshalIndent(f, "", "  ")
		if err != nil {
			return err
		}
		hb.site.Files[string(l)+"/changes.atom"] = append([]byte(xml.Header), append(out, '\n')...)
	}
	return nil
}

func mediaType(path string) string {
	if strings.HasSuffix(path, ".md") {
		return "text/markdown"
	}
	return "text/html"
}

// address returns a link from a file in a locale folder to path (from the
// root of the site): absolute with a base URL, else relative.
func (hb *historyBuilder) address(path string) string {
	if hb.opts.BaseURL != "" {
		return hb.opts.BaseURL + path
	}
	return "../" + path
}

// versionsJSON is versions.json: every version with the days it applied,
// for a program that must say which version was in force on a day.
func (hb *historyBuilder) versionsJSON() ([]byte, error) {
	type documents struct {
		Summary string `json:"summary"`
		Policy  string `json:"policy"`
		Changes string `json:"changes,omitempty"`
	}
	type version struct {
		Version   string                `json:"version"`
		Effective string                `json:"effective"`
		From      *string               `json:"in_force_from"`
		Until     *string               `json:"in_force_until"`
		Status    Status                `json:"status"`
		Editorial bool                  `json:"editorial"`
		Level     *Level                `json:"level"`
		Published string                `json:"published,omitempty"`
		Documents map[Locale]*documents `json:"documents"`
	}
	out := struct {
		Schema   int       `json:"schema_version"`
		Today    string    `json:"today"`
		Current  string    `json:"current"`
		Versions []version `json:"versions"`
	}{Schema: VersionsJSONVersion, Today: hb.h.Today.String(), Current: hb.h.Versions[hb.h.Current].Version}
	for i, v := range hb.h.Versions {
		x := version{Version: v.Version, Effective: v.From.String(), Status: v.Status,
			Editorial: v.Editorial(), Documents: map[Locale]*documents{}}
		if v.Status != Replaced {
			from := v.From.String()
			x.From = &from
		}
		if v.Until != nil {
			s := v.Until.String()
			x.Until = &s
		}
		if v.Changes != nil {
			level := v.Level()
			x.Level = &level
		}
		if !v.Published.IsZero() {
			x.Published = v.Published.Format(time.RFC3339)
		}
		for _, l := range v.Declaration.Notice.Locales {
			if !hb.has(i, l) {
				continue
			}
			dir := versionPath(v) + string(l) + "/"
			d := &documents{Summary: dir + hb.page("summary"), Policy: dir + hb.page("policy")}
			if slices.Contains(hb.redlined[i], l) {
				d.Changes = dir + "changes.html"
			}
			x.Documents[l] = d
		}
		out.Versions = append(out.Versions, x)
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// withHistory puts what a page says of its version into its Markdown
// file, which a static site generator publishes without noticegen's page
// around it: the notice and its links as a block quote under the title,
// and the link to every version at the end, where the HTML page has it in
// its footer.
func withHistory(md []byte, h *pageHistory) []byte {
	if h == nil {
		return md
	}
	var top bytes.Buffer
	if h.Notice != "" {
		fmt.Fprintf(&top, "> %s\n", esc(h.Notice))
		if len(h.Links) > 0 {
			top.WriteString(">\n")
		}
		for _, l := range h.Links {
			fmt.Fprintf(&top, "> - [%s](%s)\n", esc(l.Text), l.Href)
		}
		top.WriteString("\n")
	}
	var out bytes.Buffer
	out.Grow(len(md) + top.Len() + 100)
	head, rest := []byte(nil), md
	if bytes.HasPrefix(md, []byte("# ")) {
		if i := bytes.Index(md, []byte("\n\n")); i >= 0 {
			head, rest = md[:i+2], md[i+2:]
		}
	}
	out.Write(head)
	out.Write(top.Bytes())
	out.Write(rest)
	if v := h.Versions; v != nil {
		fmt.Fprintf(&out, "\n[%s](%s)\n", esc(v.Text), v.Href)
	}
	return out.Bytes()
}

package generator

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	htmltemplate "html/template"
	"io"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

// DiffReport is what noticegen diff shows: the change list and the redline
// of every locale.
type DiffReport struct {
	Old, New string // where each side came from, such as "HEAD~1:notice.toml"
	// OldMissing and NewMissing are true when that side does not exist (the
	// pull request that adds notice.toml): it is compared as an empty notice.
	OldMissing, NewMissing bool
	Changes                *Changes
	Redlines               []DocumentRedline
	// Stale lists the translations that fell behind: the source text
	// changed and they did not (see StaleTranslations).
	Stale []StaleTranslation
}

// NewDiffReport compares two declarations and, for the locales asked (all
// that both have, when none are), the documents built from them. A nil
// side is one that does not exist, such as notice.toml before the commit
// that adds it: it is an empty notice, so everything the other side
// declares is added (or removed), with its level, and its documents are
// redlined against nothing.
func NewDiffReport(oldName string, old *Declaration, newName string, new *Declaration, locs []Locale) (*DiffReport, error) {
	if old == nil && new == nil {
		return nil, fmt.Errorf("neither %s nor %s exists", oldName, newName)
	}
	r := &DiffReport{Old: oldName, New: newName, OldMissing: old == nil, NewMissing: new == nil}
	if old == nil {
		old = &Declaration{Notice: Notice{Locales: new.Notice.Locales}}
	}
	if new == nil {
		new = &Declaration{Notice: Notice{Locales: old.Notice.Locales}}
	}
	r.Changes = Diff(old, new)
	if !r.OldMissing && !r.NewMissing {
		r.Stale = StaleTranslations(old, new)
	}
	var both []Locale // asked for and in both, in the new order
	for _, l := range new.Notice.Locales {
		if (len(locs) == 0 || slices.Contains(locs, l)) && slices.Contains(old.Notice.Locales, l) {
			both = append(both, l)
		}
	}
	for _, l := range locs {
		if !slices.Contains(both, l) {
			return nil, fmt.Errorf("locale %q is not in both declarations", l)
		}
	}
	if len(both) == 0 {
		return r, nil
	}
	build := func(name string, d *Declaration, missing bool, l Locale, texts *textCache) (*Site, error) {
		if missing {
			return emptySite([]Locale{l}), nil
		}
		s, err := Build(d, Options{Locales: []Locale{l}, textOnly: true, texts: texts})
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		return s, nil
	}
	// Two declarations of the same text (a pull request that leaves
	// notice.toml alone) build the same documents: they are built once,
	// their locales at once, and each is compared with itself.
	if old.digest != ([sha256.Size]byte{}) && old.digest == new.digest {
		s, err := Build(new, Options{Locales: both, textOnly: true})
		if err != nil {
			return nil, fmt.Errorf("%s: %w", newName, err)
		}
		work := reportWork
		for _, l := range Locales {
			if slices.Contains(both, l) {
				r.Redlines = append(r.Redlines, redlineLocale(s.Documents[l], s.Documents[l], l, &work)...)
			}
		}
		return r, nil
	}
	// A locale's new side is built after its old side, so that it finds
	// in the cache the text the old side read (all but what changed);
	// the locales are built at once, as many as there are processors,
	// and compared in order.
	var todo []Locale
	for _, l := range Locales {
		if slices.Contains(both, l) {
			todo = append(todo, l)
		}
	}
	sites := make([][2]*Site, len(todo))
	texts := make([]*textCache, len(todo))
	for i := range texts {
		texts[i] = newTextCache()
	}
	names, decls, missing := [2]string{oldName, newName}, [2]*Declaration{old, new}, [2]bool{r.OldMissing, r.NewMissing}
	work := reportWork
	err := bothSidesInOrder(len(todo), func(i, side int) error {
		var err error
		sites[i][side], err = build(names[side], decls[side], missing[side], todo[i], texts[i])
		return err
	}, func(i int) {
		// Each locale is compared as soon as it and those before it are
		// built, and its documents let go.
		l := todo[i]
		r.Redlines = append(r.Redlines, redlineLocale(sites[i][0].Documents[l], sites[i][1].Documents[l], l, &work)...)
		sites[i], texts[i] = [2]*Site{}, nil
	})
	if err != nil {
		return nil, err
	}
	return r, nil
}

// bothSidesInOrder runs do(i, 0) and then do(i, 1) for each i from 0 to
// n-1, as many at once as there are processors, and then(i) in the order
// of i as soon as both sides of i and of every i before it have returned.
// A worker builds an item's second side after its first; one that finds
// no item left to start builds, beside another worker, the second side of
// an item whose first another worker has taken, so that a processor is not
// left idle (with one item, its two sides run at once). It returns the first
// error of do in the order of i and side, once every do started has
// returned; a do that fails leaves those not yet started undone, and then
// is not called again.
func bothSidesInOrder(n int, do func(i, side int) error, then func(i int)) error {
	errs := make([][2]error, n)
	left := make([]atomic.Int32, n) // sides not yet returned
	done := make([]chan struct{}, n)
	second := make([]atomic.Bool, n) // the second side is taken
	for i := range n {
		left[i].Store(2)
		done[i] = make(chan struct{})
	}
	var next atomic.Int32 // the next item whose first side is to start
	var failed atomic.Bool
	run := func(i, side int) {
		if failed.Load() {
			errs[i][side] = errNotDone
		} else if errs[i][side] = do(i, side); errs[i][side] != nil {
			failed.Store(true)
		}
		if left[i].Add(-1) == 0 {
			close(done[i])
		}
	}
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), 2*n) {
		wg.Go(func() {
			for {
				if i := int(next.Add(1)) - 1; i < n {
					run(i, 0)
					if second[i].CompareAndSwap(false, true) {
						run(i, 1)
					}
					continue
				}
				// Nothing left to start: take a second side that no
				// worker has taken, of an item started by another.
				took := false
				for i := range n {
					if second[i].CompareAndSwap(false, true) {
						run(i, 1)
						took = true
						break
					}
				}
				if !took {
					return
				}
			}
		})
	}
	for i := range n {
		<-done[i]
		if errs[i][0] != nil || errs[i][1] != nil {
			break
		}
		then(i)
	}
	failed.Store(true)
	wg.Wait()
	for _, e := range errs {
		for _, err := range e {
			if err != nil && err != errNotDone {
				return err // the first that failed, not one left undone for it
			}
		}
	}
	return nil
}

// errNotDone marks what bothSidesInOrder left undone, since another failed.
var errNotDone = errors.New("not done")

// emptySite is the site of a notice that does not exist: every document of
// the locales given, with no sections.
func emptySite(locs []Locale) *Site {
	s := &Site{Documents: map[Locale]map[string]*Document{}}
	for _, l := range locs {
		s.Documents[l] = map[string]*Document{"summary": {Locale: l, Kind: "summary"}, "policy": {Locale: l, Kind: "policy"}, "moments": {Locale: l, Kind: "moments"}}
	}
	return s
}

// sideName names one side of the report for its headline, saying when it does
// not exist.
func sideName(name string, missing bool) string {
	if missing {
		return name + " (which does not exist)"
	}
	return name
}

// Headline is the one-line verdict: the overall level and how many
// changes, and how many translations fell behind in which locales.
func (r *DiffReport) Headline() string {
	h := "No changes: the declarations are the same."
	if !r.Changes.Empty() {
		n := len(r.Changes.List)
		h = fmt.Sprintf("%s: %d change%s from %s to %s.", strings.ToUpper(r.Changes.Level.String()[:1])+r.Changes.Level.String()[1:], n, plural(n), sideName(r.Old, r.OldMissing), sideName(r.New, r.NewMissing))
	}
	switch sameVersion, sameDate := r.Changes.Unversioned(); {
	case sameVersion && sameDate:
		h += fmt.Sprintf(" The version (%s) and the effective date (%s) did not change.", r.Changes.new.Notice.Version, r.Changes.new.Notice.Effective)
	case sameVersion:
		h += fmt.Sprintf(" The version (%s) did not change.", r.Changes.new.Notice.Version)
	case sameDate:
		h += fmt.Sprintf(" The effective date (%s) did not change.", r.Changes.new.Notice.Effective)
	}
	if len(r.Stale) > 0 {
		var locs []string // in the notice's order
		for _, l := range r.Changes.new.Notice.Locales {
			if slices.ContainsFunc(r.Stale, func(st StaleTranslation) bool { return st.Locale == l }) {
				locs = append(locs, string(l))
			}
		}
		h += fmt.Sprintf(" %s: %d stale translation%s.", strings.Join(locs, ", "), len(r.Stale), plural(len(r.Stale)))
	}
	return h
}

// staleIntro says what the list of stale translations is.
const staleIntro = "Stale translations: the source text changed and these did not, so they still say what the old source said."

// describe writes a change as a short phrase, for people: an invisible
// character is written as its code point, so that a change that adds one
// does not read as the same text twice.
func describe(c Change) string {
	return ShowInvisible(describeRaw(c))
}

func describeRaw(c Change) string {
	switch c.Kind {
	case "added":
		if c.New == "" {
			return "added"
		}
		return "added " + c.New
	case "removed":
		if c.Old == "" {
			return "removed"
		}
		return "removed " + c.Old
	}
	return orNone(c.Old) + " → " + orNone(c.New)
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

// ANSI colours for terminals.
const (
	ansiRed    = "\x1b[31m"
	ansiGreen  = "\x1b[32m"
	ansiBold   = "\x1b[1m"
	ansiStrike = "\x1b[9m"
	ansiUnder  = "\x1b[4m"
	ansiReset  = "\x1b[0m"
)

// WriteText writes the report for a terminal. With color, deletions are red
// and struck through and insertions green and underlined; without, they are
// marked [-like this-] and {+like this+}, as wdiff and git do.
func (r *DiffReport) WriteText(w io.Writer, color bool) error {
	var b bytes.Buffer
	bold := func(s string) string {
		if color {
			return ansiBold + s + ansiReset
		}
		return s
	}
	fmt.Fprintln(&b, bold(r.Headline()))
	if r.Changes.Empty() {
		_, err := w.Write(b.Bytes())
		return err
	}
	fmt.Fprintf(&b, "Action: %s\n\n", r.Changes.Action())
	for _, c := range r.Changes.List {
		fmt.Fprintf(&b, "  %-16s %-6s %s: %s\n", c.Level, c.RuleList(), c.Key, describe(c))
	}
	if len(r.Stale) > 0 {
		fmt.Fprintf(&b, "\n%s\n", staleIntro)
		for _, st := range r.Stale {
			fmt.Fprintf(&b, "  %-3s %s: %s %s → %s\n", st.Locale, st.Key, st.Source, ShowInvisible(st.OldSource), ShowInvisible(st.NewSource))
		}
	}
	for _, d := range r.Redlines {
		if !d.Changed() {
			continue
		}
		fmt.Fprintf(&b, "\n%s\n", bold(fmt.Sprintf("── %s %s ──", d.Locale, d.Kind)))
		unchanged := 0
		for _, s := range d.Sections {
			if !s.Changed {
				unchanged++
				continue
			}
			if unchanged > 0 {
				fmt.Fprintf(&b, "  … %d unchanged section%s\n", unchanged, plural(unchanged))
				unchanged = 0
			}
			fmt.Fprintf(&b, "§ %s (#%s)\n", s.Heading, s.Anchor)
			if note := s.Note(); note != "" {
				fmt.Fprintf(&b, "    (%s)\n", note)
			}
			for _, line := range s.Excerpt() {
				if line == nil {
					b.WriteString("    …\n")
					continue
				}
				b.WriteString("    ")
				for _, seg := range line {
					switch {
					case seg.Op == Equal:
						b.WriteString(seg.Text)
					case color && seg.Op == Delete:
						b.WriteString(ansiRed + ansiStrike + seg.Text + ansiReset)
					case color:
						b.WriteString(ansiGreen + ansiUnder + seg.Text + ansiReset)
					case seg.Op == Delete:
						b.WriteString("[-" + seg.Text + "-]")
					default:
						b.WriteString("{+" + seg.Text + "+}")
					}
				}
				b.WriteString("\n")
			}
		}
		if unchanged > 0 {
			fmt.Fprintf(&b, "  … %d unchanged section%s\n", unchanged, plural(unchanged))
		}
	}
	_, err := w.Write(b.Bytes())
	return err
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// mdCell escapes text for a GitHub Markdown table cell.
func mdCell(s string) string { return defuse(cellEscaper.Replace(s)) }

var cellEscaper = strings.NewReplacer("|", `\|`, "\n", " ", "<", "&lt;", ">", "&gt;", "&", "&amp;", "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`)

// mdHTML escapes text inside the raw HTML blocks of a comment. GitHub (and
// CommonMark) pass raw HTML through as it is, so Markdown escapes would show
// as backslashes: only HTML escapes belong there.
func mdHTML(s string) string { return defuse(html.EscapeString(s)) }

// A mention (@octocat) or an issue reference (#12) in a comment notifies a
// user or links an issue. Declaration text must do neither, so a zero-width
// space goes between the sign and the name or number, as Dependabot does in
// the release notes it quotes: the text reads the same and links nothing.
// (Compiled when a diff is first written as Markdown: their Unicode classes
// took half a millisecond of every process's start.)
var (
	mention = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(^|[^\p{L}\p{N}_.+\-/` + "`" + `])@([\p{L}\p{N}])`)
	})
	reference = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(^|[^\p{L}\p{N}_&/])#(\p{N})`)
	})
)

const zeroWidthSpace = "&#8203;"

// defuse neutralises mentions and issue references in escaped text.
func defuse(s string) string {
	s = mention().ReplaceAllString(s, "${1}@"+zeroWidthSpace+"${2}")
	return reference().ReplaceAllString(s, "${1}#"+zeroWidthSpace+"${2}")
}

// GitHubCommentLimit is the most characters GitHub accepts in a comment.
// DefaultMarkdownBytes leaves a margin under it, counted in bytes, which are
// never fewer than characters.
const (
	GitHubCommentLimit   = 65536
	DefaultMarkdownBytes = 60000
)

// MarkdownOptions sets how WriteMarkdown fits a comment.
type MarkdownOptions struct {
	// MaxBytes is the most the comment may hold; 0 is DefaultMarkdownBytes.
	// The headline and the change table are kept whole; the redline's
	// sections are fitted by priority (see WriteMarkdown).
	MaxBytes int
	// RedlineURL is where the full redline is (the HTML report, uploaded
	// as a workflow artifact): the comment links to it when it leaves
	// sections out.
	RedlineURL string
}

// redlineBlock is one changed section of the markdown redline, with what
// decides whether it fits.
type redlineBlock struct {
	locale Locale
	kind   string
	text   string
	level  Level
	rank   int // its place in priority order: lower fits first
	order  int // its place in the comment
}

// WriteMarkdown writes the report as a GitHub pull-request comment: the
// verdict and action, a table of changes, then one collapsible block a
// locale with the redline in <del> and <ins>.
//
// The comment holds at most opts.MaxBytes. The headline and the change
// table come first and whole (rows are left out, least important first,
// only if the table alone would not fit). The redline's sections then fit
// by priority: those showing a higher-level change first, the source
// locale before translations, the summary before the policy, then in
// document order. What did not fit is counted at the end, with a link to
// the full redline.
func (r *DiffReport) WriteMarkdown(w io.Writer, opts MarkdownOptions) error {
	budget := opts.MaxBytes
	if budget <= 0 {
		budget = DefaultMarkdownBytes
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "### Privacy notice: %s\n\n", mdCell(r.Headline()))
	if r.Changes.Empty() {
		_, err := w.Write(b.Bytes())
		return err
	}
	fmt.Fprintf(&b, "**Action:** %s\n\n", mdCell(r.Changes.Action()))
	b.WriteString("| Level | Rule | Key | Change |\n| --- | --- | --- | --- |\n")
	rows := make([]string, len(r.Changes.List))
	for i, c := range r.Changes.List {
		rows[i] = fmt.Sprintf("| %s | %s | `%s` | %s |\n", c.Level, c.RuleList(), c.Key, mdCell(describe(c)))
	}
	// The longest the closing note can be: every count at its largest.
	reserve := len(r.leftOut(nil, len(r.Changes.List), opts.RedlineURL))
	rowsFit := len(rows)
	for size := b.Len() + len(strings.Join(rows, "")); rowsFit > 0 && size+reserve > budget; rowsFit-- {
		size -= len(rows[rowsFit-1])
	}
	for _, row := range rows[:rowsFit] {
		b.WriteString(row)
	}
	if len(r.Stale) > 0 {
		fmt.Fprintf(&b, "\n**%s**\n\n| Locale | Key | Source before | Source now |\n| --- | --- | --- | --- |\n", staleIntro)
		for _, st := range r.Stale {
			fmt.Fprintf(&b, "| %s | `%s` | %s | %s |\n", st.Locale, st.Key, mdCell(ShowInvisible(st.OldSource)), mdCell(ShowInvisible(st.NewSource)))
		}
	}
	blocks := r.markdownBlocks()
	// Fit by priority; a block that does not fit leaves room for smaller
	// ones after it. Opening a locale or a document costs its wrapper.
	left := budget - b.Len() - reserve
	opened := map[string]bool{}
	fits := make([]bool, len(blocks))
	byRank := make([]int, len(blocks))
	for i := range blocks {
		byRank[blocks[i].rank] = i
	}
	if rowsFit == len(rows) {
		for _, i := range byRank {
			x := blocks[i]
			cost := len(x.text)
			if !opened[string(x.locale)] {
				cost += len(localeOpen(x.locale)) + len(localeClose)
			}
			if !opened[string(x.locale)+" "+x.kind] {
				cost += len(docHeading(x.kind))
			}
			if cost > left {
				continue
			}
			left -= cost
			fits[i] = true
			opened[string(x.locale)] = true
			opened[string(x.locale)+" "+x.kind] = true
		}
	}
	var out []redlineBlock
	for i, x := range blocks {
		if !fits[i] {
			out = append(out, x)
		}
	}
	var locale Locale
	kind := ""
	for i, x := range blocks {
		if !fits[i] {
			continue
		}
		if x.locale != locale {
			if locale != "" {
				b.WriteString(localeClose)
			}
			b.WriteString(localeOpen(x.locale))
			locale, kind = x.locale, ""
		}
		if x.kind != kind {
			b.WriteString(docHeading(x.kind))
			kind = x.kind
		}
		b.WriteString(x.text)
	}
	if locale != "" {
		b.WriteString(localeClose)
	}
	if len(out) > 0 || rowsFit < len(rows) {
		b.WriteString(r.leftOut(out, len(rows)-rowsFit, opts.RedlineURL))
	}
	_, err := w.Write(b.Bytes())
	return err
}

func localeOpen(l Locale) string {
	return fmt.Sprintf("\n<details>\n<summary>Redline: %s</summary>\n\n", l)
}

const localeClose = "</details>\n"

func docHeading(kind string) string { return fmt.Sprintf("#### %s\n\n", kind) }

// markdownBlocks renders each changed section of the redline for a comment,
// in the comment's order (the new version's locales, the source first;
// summary, then policy), each with its rank in priority order.
func (r *DiffReport) markdownBlocks() []redlineBlock {
	locales := r.Changes.new.Notice.Locales
	var blocks []redlineBlock
	for li, l := range locales {
		for _, d := range r.Redlines {
			if d.Locale != l {
				continue
			}
			for _, s := range d.Sections {
				if !s.Changed {
					continue
				}
				level := r.sectionLevel(d.Kind, s.Anchor)
				blocks = append(blocks, redlineBlock{locale: l, kind: d.Kind, text: sectionMarkdown(s), level: level,
					order: len(blocks), rank: li})
			}
		}
	}
	sorted := slices.Clone(blocks)
	slices.SortStableFunc(sorted, func(a, b redlineBlock) int {
		if a.level != b.level {
			return int(b.level) - int(a.level)
		}
		return a.rank - b.rank // the source locale first; then the comment's order
	})
	for rank, x := range sorted {
		blocks[x.order].rank = rank
	}
	return blocks
}

// sectionLevel is the level of the changes a section of the redline shows.
// A section about one item (#purpose-orders, #recipient-host) or one table
// (#controller) shows the changes to it. Any other section (the summary,
// #transfers, #top) restates changes from several places, so it weighs as
// the whole report.
func (r *DiffReport) sectionLevel(kind, anchor string) Level {
	if kind == "summary" {
		return r.Changes.Level
	}
	// A moment is about its purpose (choice-<id>) or data item (field-<id>).
	if rest, ok := strings.CutPrefix(anchor, "choice-"); ok {
		anchor = "purpose-" + rest
	} else if rest, ok := strings.CutPrefix(anchor, "field-"); ok {
		anchor = "data-" + rest
	}
	level, tied := Editorial, false
	for _, c := range r.Changes.List {
		table, rest, _ := strings.Cut(c.Key, ".")
		id, _, _ := strings.Cut(rest, ".")
		if anchor == table || anchor == table+"-"+id {
			level, tied = max(level, c.Level), true
		}
	}
	if !tied {
		return r.Changes.Level
	}
	return level
}

// sectionMarkdown writes one changed section in raw HTML, which GitHub
// renders with <del> and <ins>.
func sectionMarkdown(s SectionRedline) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<p><strong>%s</strong> <code>#%s</code></p>\n\n", mdHTML(s.Heading), html.EscapeString(s.Anchor))
	if note := s.Note(); note != "" {
		fmt.Fprintf(&b, "<p><em>%s</em></p>\n\n", html.EscapeString(note))
	}
	for _, line := range s.Excerpt() {
		if line == nil {
			b.WriteString("<p>…</p>\n\n")
			continue
		}
		b.WriteString("<p>")
		for _, seg := range line {
			t := mdHTML(seg.Text)
			switch seg.Op {
			case Delete:
				b.WriteString("<del>" + t + "</del>")
			case Insert:
				b.WriteString("<ins>" + t + "</ins>")
			default:
				b.WriteString(t)
			}
		}
		b.WriteString("</p>\n\n")
	}
	return b.String()
}

// leftOut is the comment's closing note on what did not fit: how many
// changes of the table and sections of the redline, by locale and
// document, and where the full redline is. With no blocks it is as long as
// it can be, for the budget to reserve.
func (r *DiffReport) leftOut(blocks []redlineBlock, rows int, url string) string {
	var parts []string
	if blocks == nil {
		// Every document of every locale, with the largest counts.
		n := strconv.Itoa(max(len(r.Changes.List), 99999))
		for _, l := range r.Changes.new.Notice.Locales {
			for _, k := range []string{"summary", "policy"} {
				parts = append(parts, fmt.Sprintf("%s %s: %s", l, k, n))
			}
		}
		rows = max(rows, 99999)
	} else {
		counts := map[string]int{}
		var keys []string
		for _, x := range blocks {
			k := string(x.locale) + " " + x.kind
			if counts[k] == 0 {
				keys = append(keys, k)
			}
			counts[k]++
		}
		for _, k := range keys {
			parts = append(parts, fmt.Sprintf("%s: %d", k, counts[k]))
		}
	}
	var b strings.Builder
	b.WriteString("\n**Not shown here, to keep this comment within GitHub's limit:**")
	if rows > 0 {
		fmt.Fprintf(&b, " %d change%s of the table, the least important;", rows, plural(rows))
	}
	if len(parts) > 0 {
		total := len(blocks)
		if blocks == nil {
			total = 99999
		}
		fmt.Fprintf(&b, " the redline of %d section%s (%s);", total, plural(total), strings.Join(parts, ", "))
	}
	if url != "" {
		fmt.Fprintf(&b, " [the full redline](%s) has everything.\n", url)
	} else {
		b.WriteString(" `noticegen diff --format html` writes the full redline.\n")
	}
	return b.String()
}

// DiffJSONVersion is the schema_version of diff --format json, which
// schema/diff.json.v2.schema.json describes. Version 2 made "old" and "new"
// values as data (a text is a map of locale to text) in place of the
// strings people read, and added "rules" and "old_missing"/"new_missing".
const DiffJSONVersion = 2

// WriteJSON writes the report as JSON, as schema/diff.json.v2.schema.json
// describes.
func (r *DiffReport) WriteJSON(w io.Writer) error {
	type jsonChange struct {
		Key   string   `json:"key"`
		Kind  string   `json:"kind"`
		Old   any      `json:"old,omitempty"`
		New   any      `json:"new,omitempty"`
		Level Level    `json:"level"`
		Rule  string   `json:"rule"`
		Rules []string `json:"rules"`
		Why   string   `json:"why"`
	}
	out := struct {
		Schema   int                `json:"schema_version"`
		Old      string             `json:"old"`
		New      string             `json:"new"`
		OldMiss  bool               `json:"old_missing"`
		NewMiss  bool               `json:"new_missing"`
		Level    *Level             `json:"level"`
		Action   string             `json:"action"`
		Changes  []jsonChange       `json:"changes"`
		Stale    []StaleTranslation `json:"stale_translations"`
		Redlines []DocumentRedline  `json:"redlines"`
	}{Stale: append([]StaleTranslation{}, r.Stale...), Schema: DiffJSONVersion, Old: r.Old, New: r.New, OldMiss: r.OldMissing, NewMiss: r.NewMissing, Action: r.Changes.Action(), Changes: []jsonChange{}, Redlines: []DocumentRedline{}}
	if !r.Changes.Empty() {
		out.Level = &r.Changes.Level
	}
	for _, c := range r.Changes.List {
		out.Changes = append(out.Changes, jsonChange{c.Key, c.Kind, c.OldValue, c.NewValue, c.Level, c.Rule, c.Rules, c.Why})
	}
	for _, d := range r.Redlines {
		if d.Changed() {
			out.Redlines = append(out.Redlines, d)
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// diffStyle is the redline page's stylesheet; the page's
// Content-Security-Policy allows it by hash and nothing else. Prose keeps a
// readable measure, the change table stacks into labelled cards on a phone,
// and print is black on white.
const diffStyle = `:root { color-scheme: light dark; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; font-size: 1.0625rem; line-height: 1.55; max-width: 52rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; color: #1c1e21; background: #fff; overflow-wrap: break-word; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 1.25rem 0 0.75rem; text-wrap: balance; }
h2 { font-size: 1.3rem; line-height: 1.3; margin: 2rem 0 0.5rem; padding-top: 0.75rem; border-top: 1px solid #d5d9de; }
h3 { font-size: 1.05rem; line-height: 1.35; margin: 1.25rem 0 0.25rem; }
p { max-width: 36rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.95rem; line-height: 1.5; }
th, td { text-align: left; vertical-align: top; padding: 0.45rem 0.5rem; border-bottom: 1px solid #d5d9de; }
th:first-child, td:first-child { padding-left: 0; }
thead th { border-bottom: 2px solid #d5d9de; }
td:nth-child(-n+3) { white-space: nowrap; }
tbody tr:last-child td { border-bottom: 0; }
code { font-size: 0.9em; }
del { background: #ffe3e3; color: #8a0000; text-decoration: line-through; }
ins { background: #dcf5dc; color: #004d00; text-decoration: underline; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.section { margin: 0.6rem 0; white-space: pre-wrap; }
.anchor { color: #50565e; font-size: 0.9em; font-weight: normal; }
@media (max-width: 40rem) {
  body { font-size: 1rem; padding: 0.5rem 1rem 2rem; }
  h1 { font-size: 1.4rem; }
  table, thead, tbody, tr, th, td { display: block; }
  thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  tr { border: 1px solid #d5d9de; border-radius: 0.4rem; margin: 0 0 0.75rem; padding: 0.4rem 0.75rem; background: #f3f5f7; }
  td, td:first-child { border: 0; padding: 0.15rem 0; white-space: normal; }
  code { overflow-wrap: anywhere; }
  td[data-label]::before { content: attr(data-label); display: block; font-size: 0.8125rem; font-weight: 600; color: #50565e; }
}
@media (prefers-color-scheme: dark) {
  body { color: #e6e8eb; background: #15171a; }
  h2, th, td, thead th { border-color: #3a4049; }
  del { background: #4a1515; color: #ffc9c9; }
  ins { background: #123d12; color: #c9f5c9; }
  .anchor { color: #b4bac2; }
  tr { border-color: #3a4049; }
}
@media (prefers-color-scheme: dark) and (max-width: 40rem) {
  tr { background: #20242a; }
  td[data-label]::before { color: #b4bac2; }
}
@media print {
  body { color: #000; background: #fff; max-width: none; padding: 0; font-size: 11pt; line-height: 1.45; }
  p { max-width: none; }
  h2, th, td, thead th { border-color: #999; }
  del { color: #000; background: none; }
  ins { color: #000; background: none; }
  .anchor { color: #333; }
  h2, h3 { break-after: avoid; }
  tr, .section { break-inside: avoid; }
}`

var diffStyleHash = styleHash(diffStyle)

var diffPage = htmltemplate.Must(htmltemplate.New("diff").Parse(`<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src '{{.StyleHash}}'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="noticegen">
<link rel="icon" href="data:,">
<title>Privacy notice changes: {{.Headline}}</title>
<style>{{.Style}}</style>
</head>
<body>
<main>
<h1>{{.Headline}}</h1>
{{if .Changes}}<p><strong>Action:</strong> {{.Action}}</p>
<h2>Changes</h2>
<table>
<thead><tr><th scope="col">Level</th><th scope="col">Rule</th><th scope="col">Key</th><th scope="col">Change</th></tr></thead>
<tbody>
{{range .Changes}}<tr><td data-label="Level">{{.Level}}</td><td data-label="Rule">{{.Rule}}</td><td data-label="Key"><code>{{.Key}}</code></td><td data-label="Change">{{.Text}}</td></tr>
{{end}}</tbody>
</table>
{{with .Stale}}<h2>Stale translations</h2>
<p>{{$.StaleIntro}}</p>
<table>
<thead><tr><th scope="col">Locale</th><th scope="col">Key</th><th scope="col">Source before</th><th scope="col">Source now</th></tr></thead>
<tbody>
{{range .}}<tr><td data-label="Locale">{{.Locale}}</td><td data-label="Key"><code>{{.Key}}</code></td><td data-label="Source before" lang="{{.Source}}">{{.OldSource}}</td><td data-label="Source now" lang="{{.Source}}">{{.NewSource}}</td></tr>
{{end}}</tbody>
</table>
{{end}}{{range .Docs}}<section class="doc" lang="{{.Locale}}">
<h2>{{.Locale}} {{.Kind}}</h2>
{{range .Sections}}<h3>{{.Heading}} <span class="anchor">#{{.Anchor}}</span></h3>
{{with .Note}}<p><em>{{.}}</em></p>
{{end}}{{range .Excerpt}}{{if .}}<p class="section">{{range .}}{{if eq .Op "delete"}}<del><span class="sr">[deleted: </span>{{.Text}}<span class="sr">]</span></del>{{else if eq .Op "insert"}}<ins><span class="sr">[inserted: </span>{{.Text}}<span class="sr">]</span></ins>{{else}}{{.Text}}{{end}}{{end}}</p>
{{else}}<p class="section">…</p>
{{end}}{{end}}{{end}}</section>
{{end}}{{end}}</main>
</body>
</html>
`))

// WriteHTML writes the report as a standalone, accessible page. Colour is
// never the only cue: deletions are struck through and insertions
// underlined, each with a visually hidden "deleted"/"inserted" label.
func (r *DiffReport) WriteHTML(w io.Writer) error {
	type row struct{ Level, Rule, Key, Text string }
	type doc struct {
		Locale, Kind string
		Sections     []SectionRedline
	}
	data := struct {
		Headline, Action, StyleHash string
		Style                       htmltemplate.CSS
		Changes                     []row
		Docs                        []doc
		Stale                       []StaleTranslation
		StaleIntro                  string
	}{StaleIntro: staleIntro, Headline: r.Headline(), Action: r.Changes.Action(), Style: htmltemplate.CSS(diffStyle), StyleHash: diffStyleHash}
	for _, c := range r.Changes.List {
		data.Changes = append(data.Changes, row{c.Level.String(), c.RuleList(), c.Key, describe(c)})
	}
	for _, st := range r.Stale {
		st.OldSource, st.NewSource = ShowInvisible(st.OldSource), ShowInvisible(st.NewSource)
		data.Stale = append(data.Stale, st)
	}
	for _, d := range r.Redlines {
		if !d.Changed() {
			continue
		}
		x := doc{Locale: string(d.Locale), Kind: d.Kind}
		for _, s := range d.Sections {
			if s.Changed {
				x.Sections = append(x.Sections, s)
			}
		}
		data.Docs = append(data.Docs, x)
	}
	return diffPage.Execute(w, data)
}

package check

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/noticegen/noticegen/generator"
)

// Severity is how much a finding matters.
type Severity int

// Severities, from least to most serious. The zero value means "the rule's
// own severity".
const (
	Info    Severity = iota + 1 // worth knowing; never fails a run
	Warning                     // should be fixed; fails a run with --strict
	Error                       // must be fixed before publishing
)

// String returns "info", "warning" or "error".
func (s Severity) String() string {
	switch s {
	case Info:
		return "info"
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return fmt.Sprintf("severity(%d)", int(s))
}

// MarshalText writes the severity's name.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Category groups rules in reports.
type Category string

// The rule categories, in report order.
const (
	Completeness Category = "completeness" // what a law requires the notice to say
	Practice     Category = "practice"     // how the declared processing treats people
	Language     Category = "language"     // translation and readability of what is published
)

// Categories lists the categories in report order.
var Categories = []Category{Completeness, Practice, Language}

// Rule is one check.
type Rule interface {
	// ID is the stable name used in reports and in [check] disable.
	ID() string
	Category() Category
	// Severity is the rule's usual severity; a finding may set its own.
	Severity() Severity
	// Source is the article or reference the rule rests on.
	Source() string
	// Check returns the rule's findings for a built notice.
	Check(n *Notice) []Finding
}

var rules []Rule

// register adds a rule; each rule's file calls it from init.
func register(r Rule) {
	if slices.ContainsFunc(rules, func(x Rule) bool { return x.ID() == r.ID() }) {
		panic("check: rule " + r.ID() + " registered twice")
	}
	rules = append(rules, r)
}

// Rules returns every rule, sorted by category, then id.
func Rules() []Rule {
	out := slices.Clone(rules)
	slices.SortFunc(out, func(a, b Rule) int {
		return cmp.Or(cmp.Compare(slices.Index(Categories, a.Category()), slices.Index(Categories, b.Category())), cmp.Compare(a.ID(), b.ID()))
	})
	return out
}

// RuleByID returns the rule with the id, or nil.
func RuleByID(id string) Rule {
	for _, r := range rules {
		if r.ID() == id {
			return r
		}
	}
	return nil
}

// Notice is what rules check: the declaration and the documents built
// from it, in every locale, and what RunWith was given to compare with.
type Notice struct {
	Decl *generator.Declaration
	Site *generator.Site

	labels *generator.StoreLabels // see storeLabels
	Options
}

// Options are what a check may compare the declaration with. Rules that
// need one do nothing without it.
type Options struct {
	// Previous is the version this one replaces (check --previous or
	// --base): the version rules and stale-translation compare with it.
	Previous *generator.Declaration
	// Today is the day the check runs, for the notice period of a material
	// change; the zero Date leaves that rule out. The command line takes it
	// from --today or SOURCE_DATE_EPOCH, so that output can be reproduced.
	Today generator.Date
}

// MaxSummarySeconds is the summary's reading-time budget: [check]
// max_summary_minutes, 2 minutes by default.
func (n *Notice) MaxSummarySeconds() int {
	if m := n.Decl.Check.MaxSummaryMinutes; m > 0 {
		return 60 * m
	}
	return 120
}

// Finding is one problem, where it stands and how to fix it.
type Finding struct {
	Rule     string           `json:"rule"`
	Category Category         `json:"category"`
	Severity Severity         `json:"severity"`
	File     string           `json:"file"`
	Line     int              `json:"line"`
	Col      int              `json:"col"`
	Key      string           `json:"key"`              // the declaration key concerned, such as purpose.ads.choice
	Locale   generator.Locale `json:"locale,omitempty"` // for findings on one locale's text
	Document string           `json:"document,omitempty"`
	Message  string           `json:"message"`
	Fix      string           `json:"fix"`
	Source   string           `json:"source"`

	path []string // the key as a path, which Run turns into Key, Line and Col
}

// at returns a finding on the key path.
func at(path ...string) Finding { return Finding{path: path} }

// Result is the outcome of a check.
type Result struct {
	File     string
	Findings []Finding
	// Documents is the readability of each built document, by locale and
	// then "summary" or "policy", so reports can show the scores.
	Documents map[generator.Locale]map[string]*generator.Document
	Locales   []generator.Locale
}

// Count returns the number of findings of a severity.
func (r *Result) Count(s Severity) int {
	n := 0
	for _, f := range r.Findings {
		if f.Severity == s {
			n++
		}
	}
	return n
}

// Failed reports whether the result should fail a run: any error, or with
// strict any warning too.
func (r *Result) Failed(strict bool) bool {
	return r.Count(Error) > 0 || strict && r.Count(Warning) > 0
}

// Summary is the one-line count: "2 errors, 1 warning, 0 notes".
func (r *Result) Summary() string {
	return fmt.Sprintf("%s, %s, %s", plural(r.Count(Error), "error", "errors"), plural(r.Count(Warning), "warning", "warnings"), plural(r.Count(Info), "note", "notes"))
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// Run checks a declaration against every rule it does not disable. The site
// must be built from the declaration, in the locales to check.
func Run(d *generator.Declaration, site *generator.Site) *Result {
	return RunWith(d, site, Options{})
}

// RunWith is Run with what the rules may compare the declaration with: the
// previous version and today's date.
func RunWith(d *generator.Declaration, site *generator.Site, opts Options) *Result {
	n := &Notice{Decl: d, Site: site, Options: opts}
	res := &Result{File: d.File, Documents: site.Documents}
	for _, l := range d.Notice.Locales {
		if _, ok := site.Documents[l]; ok {
			res.Locales = append(res.Locales, l)
		}
	}
	var findings []Finding
	disabled := make([]string, len(d.Check.Disable))
	for i, id := range d.Check.Disable {
		disabled[i] = cmp.Or(renamed[id], id)
	}
	for _, id := range disabled {
		if RuleByID(id) == nil {
			f := at("check", "disable")
			f.Rule, f.Severity = "check-config", Error
			f.Category = Completeness
			f.Message = fmt.Sprintf("check.disable names %q, which is not a rule%s", id, suggestRule(id))
			f.Fix = "use the id of a rule from noticegen check --list, or remove it"
			f.Source = "noticegen"
			findings = append(findings, f)
		}
	}
	for _, r := range Rules() {
		if slices.Contains(disabled, r.ID()) {
			continue
		}
		for _, f := range r.Check(n) {
			f.Rule, f.Category, f.Source = r.ID(), r.Category(), cmp.Or(f.Source, r.Source())
			if f.Severity == 0 {
				f.Severity = r.Severity()
			}
			findings = append(findings, f)
		}
	}
	for i := range findings {
		f := &findings[i]
		f.File = d.File
		pos := d.Position(f.path...)
		f.Line, f.Col = pos.Line, pos.Col
		if f.Key == "" {
			f.Key = strings.Join(f.path, ".")
		}
	}
	slices.SortStableFunc(findings, func(a, b Finding) int {
		return cmp.Or(cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col), cmp.Compare(b.Severity, a.Severity),
			cmp.Compare(a.Rule, b.Rule), cmp.Compare(slices.Index(d.Notice.Locales, a.Locale), slices.Index(d.Notice.Locales, b.Locale)),
			cmp.Compare(a.Document, b.Document), cmp.Compare(a.Message, b.Message))
	})
	res.Findings = findings
	return res
}

// renamed maps the ids some rules had before they read the laws to their
// ids now, so that [check] disable lists written then keep working.
var renamed = map[string]string{
	"gdpr-authority":       "authority",
	"gdpr-representative":  "representative",
	"ccpa-opt-out":         "opt-out",
	"ccpa-signals":         "signals",
	"ccpa-request-methods": "request-methods",
	"special-data-basis":   "special-condition",
}

func suggestRule(id string) string {
	ids := make([]string, len(rules))
	for i, r := range rules {
		ids[i] = r.ID()
	}
	if best := generator.Closest(id, ids); best != "" {
		return fmt.Sprintf("; did you mean %q?", best)
	}
	return ""
}

// purposeName names a purpose in messages, with its label in the source
// locale.
func purposeName(d *generator.Declaration, p *generator.Purpose) string {
	return fmt.Sprintf("purpose %q (%s)", p.ID, generator.PlainText(p.Label.In(d.Notice.SourceLocale())))
}

// builtDocument is one rendered document of the notice.
type builtDocument struct {
	locale generator.Locale
	kind   string // "summary" or "policy"
	*generator.Document
}

// documents returns the built documents in the notice's locale order,
// summary before policy.
func (n *Notice) documents() []builtDocument {
	var out []builtDocument
	for _, l := range n.Decl.Notice.Locales {
		for _, kind := range []string{"summary", "policy"} {
			if doc := n.Site.Documents[l][kind]; doc != nil {
				out = append(out, builtDocument{l, kind, doc})
			}
		}
	}
	return out
}

// on returns a finding about the published text of a document. It points at
// notice.locales: the text comes from the templates and catalogs as much as
// from the declaration.
func (b builtDocument) on() Finding {
	f := at("notice", "locales")
	f.Locale, f.Document = b.locale, b.kind
	return f
}

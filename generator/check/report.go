package check

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/noticegen/noticegen/generator"
)

// WriteText writes the findings for people: grouped by category, each
// group sorted by position, each finding with how to fix it and what it
// rests on; then the readability of every document and a closing count.
func (r *Result) WriteText(w io.Writer) error {
	ew := &errWriter{w: w}
	for _, c := range Categories {
		var group []Finding
		for _, f := range r.Findings {
			if f.Category == c {
				group = append(group, f)
			}
		}
		if len(group) == 0 {
			continue
		}
		ew.printf("%s\n", categoryTitles[c])
		for _, f := range group {
			ew.printf("  %s:%d:%d: %s: %s%s [%s]\n", f.File, f.Line, f.Col, f.Severity, where(f), f.Message, f.Rule)
			ew.printf("      fix: %s\n", f.Fix)
			ew.printf("      see: %s\n", f.Source)
		}
		ew.printf("\n")
	}
	if len(r.Locales) > 0 {
		ew.printf("Readability of the running text\n")
		for _, l := range r.Locales {
			for _, kind := range []string{"summary", "policy"} {
				doc := r.Documents[l][kind]
				if doc == nil {
					continue
				}
				var scores []string
				for _, s := range doc.Readability.Scores {
					scores = append(scores, fmt.Sprintf("%s %.1f", s.Formula, s.Value))
				}
				ew.printf("  %s %-7s %s to read; %.1f words a sentence; %s\n", l, kind, duration(doc.Reading.Seconds), doc.Readability.WordsPerSentence, strings.Join(scores, ", "))
			}
		}
		ew.printf("\n")
	}
	ew.printf("%s: %s\n", r.File, r.Summary())
	return ew.err
}

var categoryTitles = map[Category]string{
	Completeness: "Completeness: what the law requires the notice to say",
	Practice:     "Data practice: how the processing treats people",
	Language:     "Language: translation and readability",
}

// where names the locale and document of a finding on published text.
func where(f Finding) string {
	switch {
	case f.Locale != "" && f.Document != "":
		return fmt.Sprintf("%s %s: ", f.Locale, f.Document)
	case f.Locale != "":
		return string(f.Locale) + ": "
	}
	return f.Key + ": "
}

// JSONReport is the document WriteJSON writes. Its shape is versioned by
// SchemaVersion; fields are only ever added.
type JSONReport struct {
	SchemaVersion int            `json:"schema_version"`
	File          string         `json:"file"`
	Counts        map[string]int `json:"counts"`
	Findings      []Finding      `json:"findings"`
	Documents     []JSONDocument `json:"documents"`
}

// JSONDocument is the reading time and readability of one document.
type JSONDocument struct {
	Locale         generator.Locale      `json:"locale"`
	Document       string                `json:"document"`
	ReadingSeconds int                   `json:"reading_seconds"`
	Readability    generator.Readability `json:"readability"`
}

// WriteJSON writes the findings as a JSONReport.
func (r *Result) WriteJSON(w io.Writer) error {
	rep := JSONReport{
		SchemaVersion: 1, File: r.File, Findings: r.Findings,
		Counts: map[string]int{"error": r.Count(Error), "warning": r.Count(Warning), "info": r.Count(Info)},
	}
	if rep.Findings == nil {
		rep.Findings = []Finding{}
	}
	for _, l := range r.Locales {
		for _, kind := range []string{"summary", "policy"} {
			if doc := r.Documents[l][kind]; doc != nil {
				rep.Documents = append(rep.Documents, JSONDocument{l, kind, doc.Reading.Seconds, doc.Readability})
			}
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(rep)
}

// WriteGitHub writes the findings as GitHub Actions workflow commands, so
// they appear on the lines of a pull request, then the count.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
func (r *Result) WriteGitHub(w io.Writer) error {
	ew := &errWriter{w: w}
	for _, f := range r.Findings {
		level := map[Severity]string{Error: "error", Warning: "warning", Info: "notice"}[f.Severity]
		msg := fmt.Sprintf("%s%s\nFix: %s\nSee: %s", where(f), f.Message, f.Fix, f.Source)
		ew.printf("::%s file=%s,line=%d,col=%d,title=%s::%s\n", level,
			escapeProperty(f.File), f.Line, f.Col, escapeProperty("noticegen "+f.Rule), escapeData(msg))
	}
	ew.printf("%s: %s\n", r.File, r.Summary())
	return ew.err
}

// escapeData and escapeProperty follow the escaping of @actions/core.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}

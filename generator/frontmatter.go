package generator

import (
	"bytes"
	"fmt"
	"strings"
)

// pageMeta is what a Markdown file tells a static site generator about
// itself in its front matter.
//
// The fields follow Hugo's front matter (gohugo.io/content-management/
// front-matter), which Jekyll and Eleventy read too:
//   - title: the document's title; layouts print it, so the Markdown leaves
//     out its own "# title" line.
//   - date: the effective date. Hugo derives .Lastmod and .PublishDate from
//     it, so lastmod and publishDate are not written (and Hugo holds back a
//     page dated in the future unless built with --buildFuture).
//   - translationKey: "privacy-summary" or "privacy-policy", the same in
//     every locale, so that Hugo relates the translations of a document
//     wherever they sit. An archived version's pages (v/<version>/, built
//     with the history) add the version, "privacy-summary@1.0.0": Hugo
//     relates pages of one key as translations of each other, and the
//     versions of a document are not translations of it.
//   - params: lang, version, reading_time (minutes and seconds; not on a
//     versions page) and, in a build with history, status: "current",
//     "past", "upcoming" or "replaced", as in versions.json, for a layout
//     that marks or keeps out of search engines the versions not in
//     force. Hugo
//     wants custom fields under params, and warns about a top-level lang
//     since v0.144.0 (the language comes from the file's place); Jekyll
//     reads them as page.params.lang and so on.
//
// layout and slug are left out: a layout's name belongs to the site (set it
// with Hugo's cascade or Jekyll's defaults), and file names already make
// the same slug, summary or policy, in every locale.
type pageMeta struct {
	Title          string
	Date           Date
	TranslationKey string
	Lang           Locale
	Version        string
	Minutes        int // with Seconds, 0 for a page with no reading time
	Seconds        int
	Status         Status // "" outside a history
}

func newPageMeta(d *Declaration, doc *Document, title string, page *pageContext) pageMeta {
	m := pageMeta{
		Title: title, Date: d.Notice.Effective, TranslationKey: "privacy-" + doc.Kind,
		Lang: doc.Locale, Version: d.Notice.Version,
		Minutes: doc.Reading.Minutes, Seconds: doc.Reading.Seconds,
	}
	if page != nil {
		m.Status = page.status
		if page.prefix != "" {
			m.TranslationKey += "@" + d.Notice.Version
		}
	}
	return m
}

// render writes the front matter, delimiters included, followed by a blank
// line.
func (m pageMeta) render(syntax FrontMatter) []byte {
	var b bytes.Buffer
	switch syntax {
	case FrontMatterYAML:
		fmt.Fprintf(&b, "---\ntitle: %s\ndate: %s\ntranslationKey: %s\n", yamlString(m.Title), m.Date, yamlString(m.TranslationKey))
		fmt.Fprintf(&b, "params:\n  lang: %s\n  version: %s\n", yamlString(string(m.Lang)), yamlString(m.Version))
		if m.Status != "" {
			fmt.Fprintf(&b, "  status: %s\n", yamlString(string(m.Status)))
		}
		if m.Seconds > 0 {
			fmt.Fprintf(&b, "  reading_time:\n    minutes: %d\n    seconds: %d\n", m.Minutes, m.Seconds)
		}
		b.WriteString("---\n\n")
	case FrontMatterTOML:
		fmt.Fprintf(&b, "+++\ntitle = %s\ndate = %s\ntranslationKey = %s\n", tomlString(m.Title), m.Date, tomlString(m.TranslationKey))
		fmt.Fprintf(&b, "\n[params]\nlang = %s\nversion = %s\n", tomlString(string(m.Lang)), tomlString(m.Version))
		if m.Status != "" {
			fmt.Fprintf(&b, "status = %s\n", tomlString(string(m.Status)))
		}
		if m.Seconds > 0 {
			fmt.Fprintf(&b, "\n[params.reading_time]\nminutes = %d\nseconds = %d\n", m.Minutes, m.Seconds)
		}
		b.WriteString("+++\n\n")
	}
	return b.Bytes()
}

// withFrontMatter puts the front matter in place of the document's leading
// "# title" line, which layouts print from the front matter's title.
func withFrontMatter(front, md []byte) []byte {
	if bytes.HasPrefix(md, []byte("# ")) {
		_, rest, _ := bytes.Cut(md, []byte("\n"))
		md = bytes.TrimLeft(rest, "\n")
	}
	return append(front, md...)
}

// yamlString quotes s as a YAML double-quoted scalar. Quotes and
// backslashes are escaped, and so is every character that YAML 1.1 or 1.2
// reads as a line break or does not allow as it is (C0 and C1 controls,
// U+2028, U+2029, BOM, U+FFFE, U+FFFF): the value then cannot end the
// scalar, start a new key or close the front matter, whatever the
// declaration says.
func yamlString(s string) string {
	return doubleQuoted(s, func(r rune) bool {
		return r < 0x20 || r >= 0x7f && r <= 0x9f || r == 0x2028 || r == 0x2029 || r == 0xfeff || r == 0xfffe || r == 0xffff
	})
}

// tomlString quotes s as a TOML basic string, escaping quotes, backslashes
// and the control characters TOML does not allow as they are.
func tomlString(s string) string {
	return doubleQuoted(s, func(r rune) bool { return r < 0x20 || r == 0x7f })
}

// doubleQuoted writes s between double quotes with the backslash escapes
// YAML and TOML share: \" \\ \n \r \t, and \uXXXX for the other runes
// that escape says must not appear as they are.
func doubleQuoted(s string, escape func(rune) bool) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case escape(r):
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

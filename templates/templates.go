// Package templates holds noticegen's default templates: text/template for
// the Markdown documents and html/template for the pages around them.
//
// Each can be replaced by a file of the same name in a directory given to
// noticegen build --templates.
package templates

import (
	"embed"
	"io/fs"
)

//go:embed *.tmpl *.css
var files embed.FS

// Names of the templates, as files in FS and in an override directory.
const (
	Summary  = "summary.md.tmpl"
	Glance   = "glance.md.tmpl" // the 30-second layer; the summary opens with it
	Policy   = "policy.md.tmpl"
	Page     = "page.html.tmpl"
	Fragment = "fragment.html.tmpl" // a document alone, for build --fragment
	Index    = "index.html.tmpl"
	Style    = "style.css"
	Moments  = "moments.html.tmpl" // a locale's just-in-time notices
	// VersionNotice is the notice of a history's pages, shared by the
	// page, the fragment and the moments page.
	VersionNotice = "version-notice.html.tmpl"
)

// All lists every template name.
var All = []string{Summary, Glance, Policy, Page, Fragment, Index, Style, Moments, VersionNotice}

// FS returns the default templates.
func FS() fs.FS { return files }

package generator

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
)

// Format is a kind of file [Build] writes.
type Format string

// The formats of a build.
const (
	FormatMarkdown Format = "md"   // <locale>/summary.md and policy.md
	FormatHTML     Format = "html" // <locale>/summary.html and policy.html, and index.html
	FormatJSON     Format = "json" // notice.json
	// FormatMoments is <locale>/moments.json and moments.html: the
	// just-in-time notices, one a choice and one a field the person fills in.
	FormatMoments Format = "moments"
	// FormatIOS is ios/<lang>.lproj/InfoPlist.strings: the usage
	// descriptions of the permissions the app asks for, in every locale.
	FormatIOS Format = "ios"
	// FormatAndroid is android/values-<lang>/strings.xml (and values/ for
	// the source locale): the permission rationales, in every locale.
	FormatAndroid Format = "android"
	// FormatPlay is play/data_safety.csv: Google Play's Data safety form.
	FormatPlay Format = "play"
	// FormatApple is apple/app_privacy_details.json, App Store Connect's
	// App Privacy answers as fastlane uploads them, and
	// apple/PrivacyInfo.xcprivacy, the collected-data part of a privacy
	// manifest.
	FormatApple Format = "apple"
)

// Formats lists every format, in the order noticegen names them.
var Formats = []Format{FormatMarkdown, FormatHTML, FormatJSON, FormatMoments, FormatIOS, FormatAndroid, FormatPlay, FormatApple}

// DefaultFormats are the formats a build writes when it is given none. The
// permission strings and the store labels are an app's, written only when
// asked for.
var DefaultFormats = []Format{FormatMarkdown, FormatHTML, FormatJSON, FormatMoments}

// ParseFormat returns the format named s: md, html, json, moments, ios,
// android, play or apple.
func ParseFormat(s string) (Format, error) {
	if f := Format(s); slices.Contains(Formats, f) {
		return f, nil
	}
	return "", fmt.Errorf("%q is not an output format%s; want %s", s, suggest(s, names(Formats)), list(names(Formats), "or"))
}

// FrontMatter is the syntax of the front matter that [Build] puts at the top
// of each Markdown file, for a static site generator to read: YAML (Hugo,
// Jekyll, Eleventy) or TOML (Hugo).
type FrontMatter string

// The kinds of front matter.
const (
	NoFrontMatter   FrontMatter = ""
	FrontMatterYAML FrontMatter = "yaml"
	FrontMatterTOML FrontMatter = "toml"
)

// FrontMatters lists the syntaxes of front matter.
var FrontMatters = []FrontMatter{FrontMatterYAML, FrontMatterTOML}

// ParseFrontMatter returns the front matter syntax named s: yaml or toml.
func ParseFrontMatter(s string) (FrontMatter, error) {
	if f := FrontMatter(s); slices.Contains(FrontMatters, f) {
		return f, nil
	}
	return "", fmt.Errorf("%q is not a front matter syntax%s; want %s", s, suggest(s, names(FrontMatters)), list(names(FrontMatters), "or"))
}

// ParseBaseURL checks the URL a built notice is published at and returns it
// ending in "/", so that a page's address is the base URL followed by its
// path: "https://example.com/privacy" and "https://example.com/privacy/"
// both give "https://example.com/privacy/fr/summary.html".
//
// The URL must be absolute, http or https, with a host, and without a
// query, a fragment or a user name, none of which can prefix a path.
func ParseBaseURL(s string) (string, error) {
	const want = "want an absolute http or https URL such as https://example.com/privacy/"
	if strings.TrimSpace(s) != s || s == "" {
		return "", fmt.Errorf("%q is not a URL; %s", s, want)
	}
	u, err := url.Parse(s)
	if err != nil {
		return "", fmt.Errorf("%q is not a URL; %s", s, want)
	}
	switch {
	case u.Scheme != "http" && u.Scheme != "https":
		if u.Scheme == "" {
			return "", fmt.Errorf("%q has no scheme; %s", s, want)
		}
		return "", fmt.Errorf("%q: the scheme %q is not allowed; %s", s, u.Scheme, want)
	case u.Opaque != "" || u.Host == "":
		return "", fmt.Errorf("%q has no host; %s", s, want)
	case u.User != nil:
		return "", fmt.Errorf("%q has a user name; %s", s, want)
	case strings.Contains(s, "?"):
		return "", fmt.Errorf("%q has a query; %s, without \"?…\"", s, want)
	case strings.Contains(s, "#"):
		return "", fmt.Errorf("%q has a fragment; %s, without \"#…\"", s, want)
	}
	// u.String() percent-encodes what must be, so the URL can go into an
	// href as it is.
	s = u.String()
	if !strings.HasSuffix(s, "/") {
		s += "/"
	}
	return s, nil
}

// check reports options that contradict each other: a setting for files
// that the formats leave out would change nothing, which is most likely a
// mistake.
func (o Options) check() error {
	for _, f := range o.Formats {
		if _, err := ParseFormat(string(f)); err != nil {
			return fmt.Errorf("format: %w", err)
		}
	}
	if o.FrontMatter != NoFrontMatter {
		if _, err := ParseFrontMatter(string(o.FrontMatter)); err != nil {
			return fmt.Errorf("front matter: %w", err)
		}
		if !o.writes(FormatMarkdown) {
			return fmt.Errorf("front matter goes at the top of Markdown files, and the formats (%s) include no md; add md or drop the front matter", strings.Join(names(o.Formats), ", "))
		}
	}
	if o.Fragment && !o.writes(FormatHTML) {
		return fmt.Errorf("fragments are HTML, and the formats (%s) include no html; add html or drop the fragments", strings.Join(names(o.Formats), ", "))
	}
	if o.BaseURL != "" {
		if _, err := ParseBaseURL(o.BaseURL); err != nil {
			return fmt.Errorf("base URL: %w", err)
		}
		if !o.writes(FormatHTML) {
			return fmt.Errorf("the base URL makes the links in HTML pages absolute, and the formats (%s) include no html; add html or drop the base URL", strings.Join(names(o.Formats), ", "))
		}
		if o.Fragment {
			return fmt.Errorf("the base URL makes the canonical and alternate links in a page's <head> absolute, and fragments have no <head>; drop the base URL or the fragments")
		}
	}
	return nil
}

// writes reports whether the build writes files of the format.
func (o Options) writes(f Format) bool {
	if o.textOnly {
		return false
	}
	if len(o.Formats) == 0 {
		return slices.Contains(DefaultFormats, f)
	}
	return slices.Contains(o.Formats, f)
}

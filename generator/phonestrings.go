package generator

import (
	"fmt"
	"path/filepath"
	"strings"
)

// This file writes the permission strings of each locale in the two
// phones' resource formats, each with its own escaping.

// iosLanguage and androidQualifier name a locale's folder. Android keeps
// the old ISO 639 code for Indonesian, "in", in its resource qualifiers.
func iosLanguage(l Locale) string { return string(l) }

func androidQualifier(l Locale) string {
	if l == "id" {
		return "in"
	}
	return string(l)
}

// writePhoneStrings adds ios/<lang>.lproj/InfoPlist.strings and
// android/values-<lang>/strings.xml for each locale, as the formats ask.
// The source locale is also Android's default (values/strings.xml), which
// an app must have for a device in any other language.
func writePhoneStrings(d *Declaration, locs []Locale, site *Site, ios, android bool) error {
	for _, l := range locs {
		strs, err := PermissionStrings(d, l)
		if err != nil {
			return fmt.Errorf("%s: permission strings: %w", l, err)
		}
		if ios {
			site.Files["ios/"+iosLanguage(l)+".lproj/InfoPlist.strings"] = InfoPlistStrings(d, strs)
		}
		if android {
			xml := AndroidStrings(d, strs)
			site.Files["android/values-"+androidQualifier(l)+"/strings.xml"] = xml
			if l == d.Notice.SourceLocale() {
				site.Files["android/values/strings.xml"] = xml
			}
		}
	}
	return nil
}

// InfoPlistStrings returns an InfoPlist.strings file: "key" = "value";
// lines in UTF-8, which Xcode and plutil read, with \ and " escaped and
// line breaks written \n.
func InfoPlistStrings(d *Declaration, strs []PermissionString) []byte {
	var b strings.Builder
	b.WriteString("/* Usage descriptions written by noticegen from " + commentSafe(filepath.Base(d.File), "*/") + ", version " + commentSafe(d.Notice.Version, "*/") + ". Do not edit: change the declaration and build again. */\n")
	for _, s := range strs {
		fmt.Fprintf(&b, "\"%s\" = \"%s\";\n", s.Permission.IOSKey(), escapeStrings(s.Text))
	}
	return []byte(b.String())
}

var stringsEscaper = strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", `\r`, "\t", `\t`)

func escapeStrings(s string) string { return stringsEscaper.Replace(s) }

// AndroidStrings returns a strings.xml resource file with each rationale.
// Text is escaped twice, as Android reads it: for XML (&, <, >), then for
// Android's own parser, which treats \, ', " and a leading @ or ? as syntax.
func AndroidStrings(d *Declaration, strs []PermissionString) []byte {
	var b strings.Builder
	b.WriteString("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
	b.WriteString("<!-- Permission rationales written by noticegen from " + commentSafe(filepath.Base(d.File), "--") + ", version " + commentSafe(d.Notice.Version, "--") + ". Do not edit: change the declaration and build again. -->\n")
	b.WriteString("<resources>\n")
	for _, s := range strs {
		name := s.Permission.AndroidName()
		if name == "" {
			continue
		}
		fmt.Fprintf(&b, "    <string name=\"%s\">%s</string>\n", name, escapeAndroid(s.Text))
	}
	b.WriteString("</resources>\n")
	return []byte(b.String())
}

var androidEscaper = strings.NewReplacer(`\`, `\\`, `'`, `\'`, `"`, `\"`, "\n", `\n`, "\t", `\t`, "&", "&amp;", "<", "&lt;", ">", "&gt;")

func escapeAndroid(s string) string {
	s = androidEscaper.Replace(s)
	if strings.HasPrefix(s, "@") || strings.HasPrefix(s, "?") {
		s = `\` + s
	}
	return s
}

// commentSafe keeps a file name or version from closing the comment that
// holds it.
func commentSafe(s, end string) string {
	return strings.ReplaceAll(s, end, strings.Join(strings.Split(end, ""), " "))
}

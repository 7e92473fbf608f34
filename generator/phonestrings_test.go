package generator

import (
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// phoneDecl needs every kind of permission: location from device data,
// tracking from advertising with a third party, and camera and contacts
// by declaration. Its labels hold every character the two formats escape.
const phoneDecl = `[notice]
title = { en = "Example", id = "Contoh" }
version = "1.0.0"
effective = 2026-01-01
locales = ["en", "id"]

[controller]
name = "Example SAS"
email = "privacy@example.com"

[data.location]
category = "approximate-location"
source = "device"

[data.ad-id]
category = "device"
source = "device"

[data.photo]
category = "content"
permission = "camera"

[data.friends]
category = "contact"
permission = "contacts"

[purpose.stores]
kind = "service"
label = { en = "Find \"your\" store", id = "Cari toko \"Anda\"" }
data = ["location", "photo"]
basis = "contract"
choice = "none"
retention = "1 day"

[purpose.ads]
kind = "advertising"
label = { en = "Ads & offers <b>", id = "Iklan & promo <b>" }
benefit = { en = "@Points: 10\\ a day.", id = "@Poin: 10\\ sehari." }
data = ["ad-id"]
basis = "consent"
choice = "opt-in"
withdraw = { en = "Settings.", id = "Pengaturan." }
retention = "6 months"

[purpose.invite]
kind = "service"
label = { en = "Invite friends", id = "Undang teman" }
data = ["friends", "photo"]
basis = "contract"
choice = "none"
retention = "1 day"

[recipient.adnet]
name = "Adnet"
role = "controller"
purposes = ["ads"]

[rights]
email = "privacy@example.com"
`

// TestPermissionsNeeded: location is derived from device location data,
// tracking from the store labels' tracking, camera and contacts from the
// permission key, each with the purposes that use the data.
func TestPermissionsNeeded(t *testing.T) {
	d := mustParseDecl(t, phoneDecl)
	var got []string
	for _, n := range d.PermissionsNeeded() {
		got = append(got, fmt.Sprintf("%s %s %s", n.Permission, ids(n.Data, func(x *Data) string { return x.ID }), ids(n.Purposes, func(p *Purpose) string { return p.ID })))
	}
	want := []string{
		"tracking [ad-id] [ads]",
		"location [location] [stores]",
		"camera [photo] [stores invite]",
		"contacts [friends] [invite]",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestPermissionKeyRefused: the permission key takes only the permissions
// noticegen writes strings for, and says which.
func TestPermissionKeyRefused(t *testing.T) {
	src := strings.Replace(phoneDecl, `permission = "camera"`, `permission = "bluetooth"`, 1)
	_, err := Parse("notice.toml", []byte(src))
	want := `notice.toml:21:14: data.photo.permission: "bluetooth" is not allowed; want one of tracking, location, camera, microphone, contacts or photos`
	if err == nil || err.Error() != want {
		t.Errorf("err = %v\nwant %s", err, want)
	}
}

// TestPhoneStringsParse builds the two formats and reads them back as
// plutil and Android's resource compiler would: every string comes back
// exactly, its escaping undone, in every locale's folder (values-in for
// Indonesian, values/ for the source locale).
func TestPhoneStringsParse(t *testing.T) {
	d := mustParseDecl(t, phoneDecl)
	site, err := Build(d, Options{Formats: []Format{FormatIOS, FormatAndroid}})
	if err != nil {
		t.Fatal(err)
	}
	wantPaths := []string{"android/values-en/strings.xml", "android/values-in/strings.xml", "android/values/strings.xml", "ios/en.lproj/InfoPlist.strings", "ios/id.lproj/InfoPlist.strings"}
	if got := site.Paths(); !slices.Equal(got, wantPaths) {
		t.Fatalf("paths %q, want %q", got, wantPaths)
	}
	en := map[string]string{
		"NSUserTrackingUsageDescription":      `We use your activity in other companies' apps and websites for: Ads & offers <b>. You get: @Points: 10\ a day.`,
		"NSLocationWhenInUseUsageDescription": `We use your location for: Find "your" store.`,
		"NSCameraUsageDescription":            `We use your camera for: Find "your" store, Invite friends.`,
		"NSContactsUsageDescription":          `We use your contacts for: Invite friends.`,
	}
	for _, l := range []struct{ ios, android string }{{"en", "en"}, {"id", "in"}} {
		strs, err := PermissionStrings(d, Locale(l.ios))
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]string{}
		wantAndroid := map[string]string{}
		for _, s := range strs {
			want[s.Permission.IOSKey()] = s.Text
			if n := s.Permission.AndroidName(); n != "" {
				wantAndroid[n] = s.Text
			}
		}
		if l.ios == "en" && fmt.Sprint(want) != fmt.Sprint(en) {
			t.Errorf("English strings\n%v\nwant\n%v", want, en)
		}
		got, err := parseStringsFile(site.Files["ios/"+l.ios+".lproj/InfoPlist.strings"])
		if err != nil {
			t.Errorf("ios/%s.lproj/InfoPlist.strings: %v", l.ios, err)
		} else if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("ios/%s.lproj/InfoPlist.strings reads\n%v\nwant\n%v", l.ios, got, want)
		}
		gotAndroid, err := parseAndroidStrings(site.Files["android/values-"+l.android+"/strings.xml"])
		if err != nil {
			t.Errorf("values-%s: %v", l.android, err)
		} else if fmt.Sprint(gotAndroid) != fmt.Sprint(wantAndroid) {
			t.Errorf("values-%s reads\n%v\nwant\n%v", l.android, gotAndroid, wantAndroid)
		}
	}
	if string(site.Files["android/values/strings.xml"]) != string(site.Files["android/values-en/strings.xml"]) {
		t.Error("values/strings.xml is not the source locale's")
	}
	if !strings.Contains(string(site.Files["android/values-en/strings.xml"]), `Find \"your\" store`) {
		t.Errorf("values-en does not escape the quotes for Android:\n%s", site.Files["android/values-en/strings.xml"])
	}
}

// TestPhoneStringsOnlyWhenAsked: a website's build writes no phone strings.
func TestPhoneStringsOnlyWhenAsked(t *testing.T) {
	site, err := Build(mustParseDecl(t, phoneDecl), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range site.Paths() {
		if strings.HasPrefix(p, "ios/") || strings.HasPrefix(p, "android/") {
			t.Errorf("the default build writes %s", p)
		}
	}
}

// parseStringsFile reads a .strings file as plutil does: UTF-8, comments,
// and "key" = "value"; pairs whose strings use the escapes \\ \" \n \t \r.
// Anything else is an error, as plutil -lint would report it.
func parseStringsFile(b []byte) (map[string]string, error) {
	if !utf8.Valid(b) {
		return nil, fmt.Errorf("not UTF-8")
	}
	s := string(b)
	i := 0
	skip := func() error {
		for i < len(s) {
			switch {
			case s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r':
				i++
			case strings.HasPrefix(s[i:], "/*"):
				end := strings.Index(s[i+2:], "*/")
				if end < 0 {
					return fmt.Errorf("unclosed comment at %d", i)
				}
				i += end + 4
			case strings.HasPrefix(s[i:], "//"):
				end := strings.IndexByte(s[i:], '\n')
				if end < 0 {
					end = len(s) - i
				}
				i += end
			default:
				return nil
			}
		}
		return nil
	}
	quoted := func() (string, error) {
		if i >= len(s) || s[i] != '"' {
			return "", fmt.Errorf("want \" at %d", i)
		}
		i++
		var out strings.Builder
		for i < len(s) {
			c := s[i]
			switch c {
			case '"':
				i++
				return out.String(), nil
			case '\\':
				if i+1 >= len(s) {
					return "", fmt.Errorf("escape at the end")
				}
				e, ok := map[byte]string{'\\': `\`, '"': `"`, 'n': "\n", 't': "\t", 'r': "\r"}[s[i+1]]
				if !ok {
					return "", fmt.Errorf("unknown escape \\%c at %d", s[i+1], i)
				}
				out.WriteString(e)
				i += 2
			default:
				out.WriteByte(c)
				i++
			}
		}
		return "", fmt.Errorf("unclosed string")
	}
	out := map[string]string{}
	for {
		if err := skip(); err != nil {
			return nil, err
		}
		if i >= len(s) {
			return out, nil
		}
		k, err := quoted()
		if err != nil {
			return nil, err
		}
		if err := skip(); err != nil {
			return nil, err
		}
		if i >= len(s) || s[i] != '=' {
			return nil, fmt.Errorf("want = after %q", k)
		}
		i++
		if err := skip(); err != nil {
			return nil, err
		}
		v, err := quoted()
		if err != nil {
			return nil, err
		}
		if err := skip(); err != nil {
			return nil, err
		}
		if i >= len(s) || s[i] != ';' {
			return nil, fmt.Errorf("want ; after %q", k)
		}
		i++
		if _, dup := out[k]; dup {
			return nil, fmt.Errorf("%q twice", k)
		}
		out[k] = v
	}
}

// parseAndroidStrings reads a strings.xml as Android's resource compiler
// does: XML first, then Android's escapes. An unescaped apostrophe or
// double quote, which aapt2 refuses or silently drops, is an error.
func parseAndroidStrings(b []byte) (map[string]string, error) {
	var res struct {
		XMLName xml.Name `xml:"resources"`
		Strings []struct {
			Name string `xml:"name,attr"`
			Text string `xml:",chardata"`
		} `xml:"string"`
	}
	if err := xml.Unmarshal(b, &res); err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, s := range res.Strings {
		var v strings.Builder
		t := s.Text
		if strings.HasPrefix(t, "@") || strings.HasPrefix(t, "?") {
			return nil, fmt.Errorf("%s starts with an unescaped %c, a resource reference", s.Name, t[0])
		}
		for i := 0; i < len(t); i++ {
			switch t[i] {
			case '\\':
				if i+1 >= len(t) {
					return nil, fmt.Errorf("%s ends in a lone backslash", s.Name)
				}
				i++
				switch t[i] {
				case 'n':
					v.WriteByte('\n')
				case 't':
					v.WriteByte('\t')
				case '\\', '\'', '"', '@', '?':
					v.WriteByte(t[i])
				default:
					return nil, fmt.Errorf("%s: unknown escape \\%c", s.Name, t[i])
				}
			case '\'', '"':
				return nil, fmt.Errorf("%s: unescaped %c", s.Name, t[i])
			default:
				v.WriteByte(t[i])
			}
		}
		out[s.Name] = v.String()
	}
	return out, nil
}

// TestExamplePhoneStringsParse reads back the committed phone strings of
// every example, as TestPhoneStringsParse reads a fresh build.
func TestExamplePhoneStringsParse(t *testing.T) {
	files, _ := filepath.Glob("../examples/*/dist/ios/*.lproj/InfoPlist.strings")
	android, _ := filepath.Glob("../examples/*/dist/android/values*/strings.xml")
	if len(files) < 4 || len(android) < 5 {
		t.Fatalf("found %d InfoPlist.strings and %d strings.xml in the examples, want an app example in four locales", len(files), len(android))
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if m, err := parseStringsFile(b); err != nil || len(m) == 0 {
			t.Errorf("%s: %d strings, %v", f, len(m), err)
		}
	}
	for _, f := range android {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if m, err := parseAndroidStrings(b); err != nil || len(m) == 0 {
			t.Errorf("%s: %d strings, %v", f, len(m), err)
		}
	}
}

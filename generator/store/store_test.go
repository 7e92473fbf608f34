package store

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/xml"
	"os"
	"slices"
	"strings"
	"testing"
)

// TestPlayFormIsTheConsoleTemplate holds the form to a blank Data safety
// CSV as Play Console exports it (testdata/play-data-safety-template.csv,
// 782 rows), byte for byte: ids, order, requirements, labels and layout.
func TestPlayFormIsTheConsoleTemplate(t *testing.T) {
	want, err := os.ReadFile("testdata/play-data-safety-template.csv")
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(want)
	if got := hex.EncodeToString(sum[:]); got != "9a8fcc9bbc7679233a19c6ab5161e176e37ccc7f957c99478f17a6ab8ff2ee96" {
		t.Fatalf("the template's sha256 is %s; it is not the one the reference describes", got)
	}
	got := PlayCSV(PlayForm())
	if !bytes.Equal(got, want) {
		gl, wl := strings.Split(string(got), "\r\n"), strings.Split(string(want), "\r\n")
		for i := range min(len(gl), len(wl)) {
			if gl[i] != wl[i] {
				t.Fatalf("line %d:\n got %q\nwant %q", i+1, gl[i], wl[i])
			}
		}
		t.Fatalf("%d lines, want %d", len(gl), len(wl))
	}
	if _, err := ParsePlayCSV(want); err != nil {
		t.Errorf("the blank template does not parse: %v", err)
	}
}

func TestParsePlayCSV(t *testing.T) {
	label := &PlayLabel{Collects: true, EncryptedInTransit: true, AccountMethods: []string{"PSL_ACM_OAUTH"},
		DeletionURL: "https://example.com/delete, please",
		Types:       []PlayTypeAnswer{{Type: "PSL_EMAIL", Collected: true, Shared: true, Collection: []string{"PSL_APP_FUNCTIONALITY"}, Sharing: []string{"PSL_ADVERTISING"}}}}
	good := label.CSV()
	if _, err := ParsePlayCSV(good); err != nil {
		t.Fatalf("a label noticegen writes does not parse: %v", err)
	}
	tests := []struct {
		name, old, new, want string
	}{
		{"header", "Question ID (machine readable)", "Question ID", "line 1: the header is not Play's"},
		{"upper-case answer", "PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA,,true", "PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA,,TRUE",
			`line 2: PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA : "TRUE" is not an answer; want true, false or nothing`},
		{"an invented id", "PSL_SUPPORTED_ACCOUNT_CREATION_METHODS,PSL_ACM_OAUTH", "PSL_SUPPORTED_ACCOUNT_CREATION_METHODS,PSL_ACM_GOOGLE",
			"line 7: PSL_SUPPORTED_ACCOUNT_CREATION_METHODS,PSL_ACM_GOOGLE,MULTIPLE_CHOICE; the form has PSL_SUPPORTED_ACCOUNT_CREATION_METHODS,PSL_ACM_OAUTH,MULTIPLE_CHOICE"},
		{"two answers to a single choice", "DATA_DELETION_NO,,SINGLE_CHOICE", "DATA_DELETION_NO,true,SINGLE_CHOICE",
			"PSL_SUPPORT_DATA_DELETION_BY_USER: 2 options chosen; a single-choice question takes one"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !bytes.Contains(good, []byte(tt.old)) {
				t.Fatalf("the label has no %q", tt.old)
			}
			_, err := ParsePlayCSV(bytes.Replace(good, []byte(tt.old), []byte(tt.new), 1))
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("got %v, want %s", err, tt.want)
			}
		})
	}
}

func TestParsePrivacyDetails(t *testing.T) {
	tests := []struct {
		name, json, want string
	}{
		{"not collected", `[{"data_protections":["DATA_NOT_COLLECTED"]}]`, ""},
		{"one category", `[{"category":"EMAIL_ADDRESS","purposes":["APP_FUNCTIONALITY"],"data_protections":["DATA_LINKED_TO_YOU","DATA_USED_TO_TRACK_YOU"]}]`, ""},
		{"manifest constant as category", `[{"category":"NSPrivacyCollectedDataTypeEmailAddress","purposes":["APP_FUNCTIONALITY"],"data_protections":["DATA_LINKED_TO_YOU"]}]`,
			`element 0: "NSPrivacyCollectedDataTypeEmailAddress" is not a category`},
		{"linked and not linked", `[{"category":"NAME","purposes":["APP_FUNCTIONALITY"],"data_protections":["DATA_LINKED_TO_YOU","DATA_NOT_LINKED_TO_YOU"]}]`,
			"element 0: NAME says DATA_LINKED_TO_YOU or DATA_NOT_LINKED_TO_YOU 2 times; want once"},
		{"not collected beside data", `[{"data_protections":["DATA_NOT_COLLECTED"]},{"category":"NAME","purposes":["ANALYTICS"],"data_protections":["DATA_LINKED_TO_YOU"]}]`,
			"element 0: DATA_NOT_COLLECTED stands alone, with no category or purpose"},
		{"unknown key", `[{"category":"NAME","purpose":["ANALYTICS"],"data_protections":["DATA_LINKED_TO_YOU"]}]`, `json: unknown field "purpose"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParsePrivacyDetails([]byte(tt.json))
			got := ""
			if err != nil {
				got = err.Error()
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// plistValue is a property list value, as the manifest test reads it.
type plistValue struct {
	kind  string // dict, array, string, true, false
	str   string
	dict  map[string]*plistValue
	array []*plistValue
}

// parsePlist reads an XML property list of dicts, arrays, strings and
// booleans: everything a privacy manifest holds.
func parsePlist(t *testing.T, b []byte) *plistValue {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(b))
	var parse func(start xml.StartElement) *plistValue
	parse = func(start xml.StartElement) *plistValue {
		v := &plistValue{kind: start.Name.Local}
		var key string
		for {
			tok, err := dec.Token()
			if err != nil {
				t.Fatalf("plist: %v", err)
			}
			switch tok := tok.(type) {
			case xml.StartElement:
				switch {
				case tok.Name.Local == "key":
					var s string
					dec.DecodeElement(&s, &tok)
					key = s
				case tok.Name.Local == "string":
					var s string
					dec.DecodeElement(&s, &tok)
					child := &plistValue{kind: "string", str: s}
					v.add(key, child)
				default:
					v.add(key, parse(tok))
				}
			case xml.EndElement:
				return v
			}
		}
	}
	for {
		tok, err := dec.Token()
		if err != nil {
			t.Fatalf("plist: %v", err)
		}
		if s, ok := tok.(xml.StartElement); ok && s.Name.Local == "plist" {
			root := parse(s)
			if len(root.array) != 1 {
				t.Fatalf("plist: want one root value")
			}
			return root.array[0]
		}
	}
}

func (v *plistValue) add(key string, child *plistValue) {
	if v.kind == "dict" {
		if v.dict == nil {
			v.dict = map[string]*plistValue{}
		}
		v.dict[key] = child
		return
	}
	v.array = append(v.array, child)
}

// TestPrivacyManifest parses the manifest and checks its keys and values
// against Apple's: known constants only, booleans where Apple wants
// booleans, a tracking domain when tracking is declared.
func TestPrivacyManifest(t *testing.T) {
	label := &AppleLabel{TrackingDomains: []string{"ads.example.net"}, Types: []AppleTypeAnswer{
		{Category: "PHOTOS_OR_VIDEOS", Purposes: []string{"APP_FUNCTIONALITY"}, Linked: true},
		{Category: "DEVICE_ID", Purposes: []string{"THIRD_PARTY_ADVERTISING", "ANALYTICS"}, Linked: true, Tracking: true},
		{Category: "CRASH_DATA", Purposes: []string{"APP_FUNCTIONALITY"}},
	}}
	root := parsePlist(t, label.PrivacyManifest())
	if root.kind != "dict" || len(root.dict) != 3 {
		t.Fatalf("root is a %s of %d keys, want a dict of NSPrivacyTracking, NSPrivacyTrackingDomains and NSPrivacyCollectedDataTypes", root.kind, len(root.dict))
	}
	if root.dict["NSPrivacyTracking"].kind != "true" {
		t.Errorf("NSPrivacyTracking is %s, want true", root.dict["NSPrivacyTracking"].kind)
	}
	if d := root.dict["NSPrivacyTrackingDomains"]; len(d.array) != 1 || d.array[0].str != "ads.example.net" {
		t.Errorf("NSPrivacyTrackingDomains: %+v", d.array)
	}
	var manifests, purposes []string
	for _, c := range AppleCategories {
		manifests = append(manifests, c.Manifest)
	}
	for _, p := range ApplePurposes {
		purposes = append(purposes, p.Manifest)
	}
	var got []string
	for _, d := range root.dict["NSPrivacyCollectedDataTypes"].array {
		typ := d.dict["NSPrivacyCollectedDataType"].str
		if !slices.Contains(manifests, typ) {
			t.Errorf("%q is not a data type constant", typ)
		}
		for _, k := range []string{"NSPrivacyCollectedDataTypeLinked", "NSPrivacyCollectedDataTypeTracking"} {
			if v := d.dict[k]; v == nil || (v.kind != "true" && v.kind != "false") {
				t.Errorf("%s: %s is not a boolean", typ, k)
			}
		}
		ps := d.dict["NSPrivacyCollectedDataTypePurposes"]
		if ps == nil || len(ps.array) == 0 {
			t.Errorf("%s: no purposes (Xcode's privacy report breaks on those)", typ)
			continue
		}
		for _, p := range ps.array {
			if !slices.Contains(purposes, p.str) {
				t.Errorf("%s: %q is not a purpose constant", typ, p.str)
			}
		}
		got = append(got, typ+" "+d.dict["NSPrivacyCollectedDataTypeLinked"].kind+" "+d.dict["NSPrivacyCollectedDataTypeTracking"].kind)
	}
	want := []string{
		"NSPrivacyCollectedDataTypeCrashData false false",
		"NSPrivacyCollectedDataTypeDeviceID true true",
		"NSPrivacyCollectedDataTypePhotosorVideos true false",
	}
	if !slices.Equal(got, want) {
		t.Errorf("data types:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestCrosswalkNamesRealIDs checks that every id the crosswalks name is
// one of the store's, and that a category's default is one it allows.
func TestCrosswalkNamesRealIDs(t *testing.T) {
	check := func(store string, m map[string]TypeChoice, valid []string) {
		for cat, c := range m {
			for _, id := range append([]string{c.Default}, c.Allowed...) {
				if id != "" && !slices.Contains(valid, id) {
					t.Errorf("%s %s: %q is not a data type", store, cat, id)
				}
			}
			if c.Default != "" && c.Allowed != nil && !slices.Contains(c.Allowed, c.Default) {
				t.Errorf("%s %s: the default %s is not allowed", store, cat, c.Default)
			}
		}
	}
	check("play", PlayCategories, PlayTypeIDs())
	check("apple", AppleCategoriesFor, AppleCategoryIDs())
	var playPurposes, applePurposes []string
	for _, p := range PlayPurposes {
		playPurposes = append(playPurposes, p.ID)
	}
	for _, p := range ApplePurposes {
		applePurposes = append(applePurposes, p.ID)
	}
	for kind, id := range PlayPurposeFor {
		if !slices.Contains(playPurposes, id) {
			t.Errorf("play %s: %q is not a purpose", kind, id)
		}
	}
	for _, m := range []map[string]string{ApplePurposeFor, AppleThirdPartyPurposeFor} {
		for kind, id := range m {
			if !slices.Contains(applePurposes, id) {
				t.Errorf("apple %s: %q is not a purpose", kind, id)
			}
		}
	}
}

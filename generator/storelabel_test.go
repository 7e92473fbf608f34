package generator

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/noticegen/noticegen/generator/store"
)

// TestStoreCrosswalkCoversTheFormat holds the stores' crosswalks to the
// declaration's format: every data category and purpose kind lands
// somewhere on each store.
func TestStoreCrosswalkCoversTheFormat(t *testing.T) {
	for _, c := range Categories {
		if _, ok := store.PlayCategories[string(c)]; !ok {
			t.Errorf("category %s: no Play data type", c)
		}
		if _, ok := store.AppleCategoriesFor[string(c)]; !ok {
			t.Errorf("category %s: no Apple data type", c)
		}
	}
	for _, k := range PurposeKinds {
		if store.PlayPurposeFor[string(k)] == "" {
			t.Errorf("purpose kind %s: no Play purpose", k)
		}
		if store.ApplePurposeFor[string(k)] == "" {
			t.Errorf("purpose kind %s: no Apple purpose", k)
		}
	}
	for _, k := range slices.Concat(store.NeverEphemeral, store.TracksFor) {
		if !slices.Contains(PurposeKinds, PurposeKind(k)) {
			t.Errorf("%s is not a purpose kind", k)
		}
	}
	for _, c := range store.Identifying {
		if !slices.Contains(Categories, Category(c)) {
			t.Errorf("%s is not a category", c)
		}
	}
}

// TestAppExampleStoreLabels reads the app example's committed labels
// (examples/app/dist, rewritten with -update) as the stores would: they
// parse against the published formats, and say everything the policy
// does: every data item a purpose uses on both labels, with each of its
// purposes, and the advertising data shared on Play and used to track on
// Apple.
func TestAppExampleStoreLabels(t *testing.T) {
	d := loadFile(t, "../examples/app/notice.toml")
	csv, err := os.ReadFile("../examples/app/dist/play/data_safety.csv")
	if err != nil {
		t.Fatal(err)
	}
	rows, err := store.ParsePlayCSV(csv)
	if err != nil {
		t.Fatalf("play/data_safety.csv does not parse as Play's form:\n%v", err)
	}
	answered := map[string]string{}
	for _, r := range rows {
		answered[r.Question+"|"+r.Response] = r.Value
	}
	js, err := os.ReadFile("../examples/app/dist/apple/app_privacy_details.json")
	if err != nil {
		t.Fatal(err)
	}
	details, err := store.ParsePrivacyDetails(js)
	if err != nil {
		t.Fatalf("apple/app_privacy_details.json does not parse as fastlane's format:\n%v", err)
	}
	apple := map[string]store.AppleDetail{}
	for _, e := range details {
		apple[e.Category] = e
	}
	if answered[store.PlayCollects+"|"] != "true" {
		t.Errorf("Play says the app collects nothing")
	}
	for _, x := range d.Data {
		it := storeItem(d, x, d.PurposesOf(x))
		typ, _ := store.PlayTypeByID(it.Play)
		if answered[typ.Question+"|"+it.Play] != "true" {
			t.Errorf("%s: Play does not select %s", x.ID, it.Play)
		}
		if answered[store.PlayUsageQuestion(it.Play, store.PlayCollectedOrShared)+"|"+store.PlayCollected] != "true" {
			t.Errorf("%s: Play does not say %s is collected", x.ID, it.Play)
		}
		e, ok := apple[it.Apple]
		if !ok {
			t.Errorf("%s: Apple has no %s", x.ID, it.Apple)
		}
		for _, p := range d.PurposesOf(x) {
			if answered[store.PlayUsageQuestion(it.Play, store.PlayCollectionPurpose)+"|"+store.PlayPurposeFor[string(p.Kind)]] != "true" {
				t.Errorf("%s: Play does not say %s is collected for %s (purpose %s)", x.ID, it.Play, store.PlayPurposeFor[string(p.Kind)], p.ID)
			}
			if p.Kind == "advertising" {
				if !slices.Contains(e.DataProtections, store.AppleTracking) {
					t.Errorf("%s: used for advertising by a third party, and Apple's %s is not used to track", x.ID, it.Apple)
				}
				if answered[store.PlayUsageQuestion(it.Play, store.PlayCollectedOrShared)+"|"+store.PlayShared] != "true" {
					t.Errorf("%s: used for advertising by a third party, and Play's %s is not shared", x.ID, it.Play)
				}
			}
		}
	}
	manifest, err := os.ReadFile("../examples/app/dist/apple/PrivacyInfo.xcprivacy")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"<key>NSPrivacyTracking</key>\n\t<true/>", "<string>ads.iklanpintar.example</string>", "<string>NSPrivacyCollectedDataTypeCrashData</string>"} {
		if !strings.Contains(string(manifest), want) {
			t.Errorf("PrivacyInfo.xcprivacy has no %q", want)
		}
	}
}

// storeDecl is a small declaration to derive labels from; each case of
// TestStoreLabelsOf adds to it.
const storeDecl = `[notice]
title = "Example"
version = "1"
effective = 2026-01-01
locales = ["en"]

[controller]
name = "Example"
email = "privacy@example.com"

[rights]
url = "https://example.com/privacy"

[security]
measures = ["encryption-in-transit"]

[data.email]
category = "contact"
required = true
store = { play = "PSL_EMAIL", apple = "EMAIL_ADDRESS" }

[data.ad-id]
category = "device"
source = "device"
`

// TestStoreLabelsOf derives labels from declarations that differ in one
// way, and shows what each store says of each item: Play's type,
// collected (c) or shared (s), ephemeral (e), optional (o) or required
// (r), and its collection and sharing purposes; Apple's type, linked (l)
// or not, tracking (t), and purposes.
func TestStoreLabelsOf(t *testing.T) {
	tests := []struct {
		name, add string
		want      []string
	}{
		{"a processor is a service provider", `
[purpose.orders]
kind = "service"
label = "Orders"
data = ["email"]
basis = "contract"
choice = "none"
retention = "1 year"

[recipient.mailer]
name = "Mailer"
role = "processor"
purposes = ["orders"]
`, []string{
			"email: PSL_EMAIL c r [PSL_APP_FUNCTIONALITY] []; EMAIL_ADDRESS l [APP_FUNCTIONALITY]",
		}},
		{"an ad network that is a controller shares and tracks", `
[purpose.ads]
kind = "advertising"
label = "Ads"
data = ["ad-id"]
basis = "consent"
choice = "opt-in"
retention = "6 months"

[recipient.adnet]
name = "Adnet"
role = "controller"
purposes = ["ads"]
`, []string{
			"ad-id: PSL_DEVICE_ID cs o [PSL_ADVERTISING] [PSL_ADVERTISING]; DEVICE_ID lt [THIRD_PARTY_ADVERTISING]",
		}},
		{"first-party ads with a processor do not track", `
[purpose.ads]
kind = "advertising"
label = "Ads"
data = ["ad-id"]
basis = "consent"
choice = "none"
retention = "6 months"

[recipient.adserver]
name = "Ad server"
role = "processor"
purposes = ["ads"]
`, []string{
			"ad-id: PSL_DEVICE_ID c r [PSL_ADVERTISING] []; DEVICE_ID l [DEVELOPERS_ADVERTISING]",
		}},
		{"a sale shares and tracks without a named buyer", `
[purpose.sale]
kind = "sale"
label = "Sale"
data = ["email"]
basis = "consent"
choice = "opt-in"
retention = "1 year"
`, []string{
			"email: PSL_EMAIL cs o [PSL_ADVERTISING] [PSL_ADVERTISING]; EMAIL_ADDRESS lt [THIRD_PARTY_ADVERTISING]",
		}},
		{"an authority receives for legal reasons", `
[purpose.tax]
kind = "legal"
label = "Tax"
data = ["email"]
basis = "legal-obligation"
choice = "none"
retention = "10 years"

[recipient.tax-office]
name = "Tax office"
role = "authority"
purposes = ["tax"]
`, []string{
			"email: PSL_EMAIL c r [PSL_FRAUD_PREVENTION_SECURITY] []; EMAIL_ADDRESS l [OTHER_PURPOSES]",
		}},
		{"ephemeral, not linked", `
[purpose.nearby]
kind = "service"
label = "Nearby"
data = ["ad-id"]
basis = "contract"
choice = "none"
retention = "1 day"
`, []string{
			"ad-id: PSL_DEVICE_ID ce r [PSL_APP_FUNCTIONALITY] []; DEVICE_ID  [APP_FUNCTIONALITY]",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := tt.add + storeDecl
			if tt.name == "ephemeral, not linked" {
				src = strings.Replace(src, "source = \"device\"", "source = \"device\"\nstore = { ephemeral = true, linked = false }", 1)
			}
			d, err := Parse("notice.toml", []byte(src))
			if err != nil {
				t.Fatal(err)
			}
			sl := StoreLabelsOf(d)
			var got []string
			for _, it := range sl.Items {
				flags := func(pairs ...any) string {
					var b strings.Builder
					for i := 0; i < len(pairs); i += 2 {
						if pairs[i].(bool) {
							b.WriteString(pairs[i+1].(string))
						}
					}
					return b.String()
				}
				control := "r"
				if it.Optional {
					control = "o"
				}
				got = append(got, it.Data.ID+": "+it.Play+" "+flags(it.Collected, "c", it.Shared, "s", it.Ephemeral, "e")+" "+control+" "+
					strings.Join(quoteless(it.PlayCollection), " ")+" "+strings.Join(quoteless(it.PlaySharing), " ")+"; "+
					it.Apple+" "+flags(it.Linked, "l", it.Tracking, "t")+" "+strings.Join(quoteless(it.ApplePurposes), " "))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

// quoteless writes a list as [a b].
func quoteless(ids []string) []string { return []string{"[" + strings.Join(ids, " ") + "]"} }

// TestNothingCollected: when no data leaves the device, Play says the app
// collects nothing and Apple says DATA_NOT_COLLECTED.
func TestNothingCollected(t *testing.T) {
	src := strings.Replace(storeDecl, `store = { play = "PSL_EMAIL", apple = "EMAIL_ADDRESS" }`, `store = { play = "PSL_EMAIL", apple = "EMAIL_ADDRESS", collected = false }`, 1) + `
[purpose.orders]
kind = "service"
label = "Orders"
data = ["email"]
basis = "contract"
choice = "none"
retention = "1 year"
`
	d, err := Parse("notice.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	sl := StoreLabelsOf(d)
	var details []store.AppleDetail
	if err := json.Unmarshal(sl.Apple.PrivacyDetailsJSON(), &details); err != nil {
		t.Fatal(err)
	}
	if len(details) != 1 || !slices.Equal(details[0].DataProtections, []string{store.AppleNotCollected}) {
		t.Errorf("Apple says %+v, want DATA_NOT_COLLECTED alone", details)
	}
	if rows := sl.Play.Rows(); rows[0].Value != "false" || slices.ContainsFunc(rows[1:], func(r store.PlayRow) bool { return r.Value != "" && r.Question != store.PlayAccountCreation }) {
		t.Errorf("Play answers more than that the app collects nothing: %+v", rows[:3])
	}
}

// TestStoreFormatsNameTheMissingType: a category too coarse for one store
// type, with none named, stops a build that asks for that store's label,
// and only that store's.
func TestStoreFormatsNameTheMissingType(t *testing.T) {
	src := strings.Replace(storeDecl, `store = { play = "PSL_EMAIL", apple = "EMAIL_ADDRESS" }`, `store = { apple = "EMAIL_ADDRESS" }`, 1) + `
[purpose.orders]
kind = "service"
label = "Orders"
data = ["email"]
basis = "contract"
choice = "none"
retention = "1 year"
`
	d, err := Parse("notice.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	_, err = Build(d, Options{Formats: []Format{FormatPlay}})
	want := `notice.toml:18:1: data.email.category: "contact" covers several of Google Play's data types; say which this is with store = { play = "…" }: PSL_EMAIL, PSL_PHONE, PSL_ADDRESS or PSL_OTHER_PERSONAL`
	if err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}
	site, err := Build(d, Options{Formats: []Format{FormatApple}})
	if err != nil {
		t.Fatal(err)
	}
	if got := site.Paths(); !slices.Equal(got, []string{"apple/PrivacyInfo.xcprivacy", "apple/app_privacy_details.json"}) {
		t.Errorf("--format apple wrote %v", got)
	}
}

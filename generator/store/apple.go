package store

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"slices"
	"strings"
)

// Apple's App Privacy details, in two files. App Store Connect's answers,
// as app_privacy_details.json, the file fastlane's
// upload_app_privacy_details_to_app_store reads (its ids are those of
// Spaceship::ConnectAPI::AppDataUsageCategory, AppDataUsagePurpose and
// AppDataUsageDataProtection); and the collected-data part of a privacy
// manifest, PrivacyInfo.xcprivacy, whose constants are Apple's
// NSPrivacyCollectedDataType… values. The manifest does not fill in App
// Store Connect, so both are written from the same answers.

// AppleCategory is one of Apple's data types: its App Store Connect id,
// its privacy-manifest constant (they do not match mechanically:
// PAYMENT_INFORMATION is NSPrivacyCollectedDataTypePaymentInfo) and its
// label.
type AppleCategory struct {
	ID, Manifest, Label string
}

// AppleCategories are the 32 data types of fastlane's enum, in its order.
// The three that visionOS added (ENVIRONMENTAL_SCANNING, HANDS,
// HEAD_MOVEMENT) are left out: a single secondary source gives their App
// Store Connect ids, and fastlane does not list them.
var AppleCategories = []AppleCategory{
	{"PAYMENT_INFORMATION", "NSPrivacyCollectedDataTypePaymentInfo", "Payment Info"},
	{"CREDIT_AND_FRAUD", "NSPrivacyCollectedDataTypeCreditInfo", "Credit Info"},
	{"OTHER_FINANCIAL_INFO", "NSPrivacyCollectedDataTypeOtherFinancialInfo", "Other Financial Info"},
	{"PRECISE_LOCATION", "NSPrivacyCollectedDataTypePreciseLocation", "Precise Location"},
	{"SENSITIVE_INFO", "NSPrivacyCollectedDataTypeSensitiveInfo", "Sensitive Info"},
	{"PHYSICAL_ADDRESS", "NSPrivacyCollectedDataTypePhysicalAddress", "Physical Address"},
	{"EMAIL_ADDRESS", "NSPrivacyCollectedDataTypeEmailAddress", "Email Address"},
	{"NAME", "NSPrivacyCollectedDataTypeName", "Name"},
	{"PHONE_NUMBER", "NSPrivacyCollectedDataTypePhoneNumber", "Phone Number"},
	{"OTHER_CONTACT_INFO", "NSPrivacyCollectedDataTypeOtherUserContactInfo", "Other User Contact Info"},
	{"CONTACTS", "NSPrivacyCollectedDataTypeContacts", "Contacts"},
	{"EMAILS_OR_TEXT_MESSAGES", "NSPrivacyCollectedDataTypeEmailsOrTextMessages", "Emails or Text Messages"},
	// Apple's constant has a lower-case "or".
	{"PHOTOS_OR_VIDEOS", "NSPrivacyCollectedDataTypePhotosorVideos", "Photos or Videos"},
	{"AUDIO", "NSPrivacyCollectedDataTypeAudioData", "Audio Data"},
	{"GAMEPLAY_CONTENT", "NSPrivacyCollectedDataTypeGameplayContent", "Gameplay Content"},
	{"CUSTOMER_SUPPORT", "NSPrivacyCollectedDataTypeCustomerSupport", "Customer Support"},
	{"OTHER_USER_CONTENT", "NSPrivacyCollectedDataTypeOtherUserContent", "Other User Content"},
	{"BROWSING_HISTORY", "NSPrivacyCollectedDataTypeBrowsingHistory", "Browsing History"},
	{"SEARCH_HISTORY", "NSPrivacyCollectedDataTypeSearchHistory", "Search History"},
	{"USER_ID", "NSPrivacyCollectedDataTypeUserID", "User ID"},
	{"DEVICE_ID", "NSPrivacyCollectedDataTypeDeviceID", "Device ID"},
	{"PURCHASE_HISTORY", "NSPrivacyCollectedDataTypePurchaseHistory", "Purchase History"},
	{"PRODUCT_INTERACTION", "NSPrivacyCollectedDataTypeProductInteraction", "Product Interaction"},
	{"ADVERTISING_DATA", "NSPrivacyCollectedDataTypeAdvertisingData", "Advertising Data"},
	{"OTHER_USAGE_DATA", "NSPrivacyCollectedDataTypeOtherUsageData", "Other Usage Data"},
	{"CRASH_DATA", "NSPrivacyCollectedDataTypeCrashData", "Crash Data"},
	{"PERFORMANCE_DATA", "NSPrivacyCollectedDataTypePerformanceData", "Performance Data"},
	{"OTHER_DIAGNOSTIC_DATA", "NSPrivacyCollectedDataTypeOtherDiagnosticData", "Other Diagnostic Data"},
	{"OTHER_DATA", "NSPrivacyCollectedDataTypeOtherDataTypes", "Other Data Types"},
	{"HEALTH", "NSPrivacyCollectedDataTypeHealth", "Health"},
	{"FITNESS", "NSPrivacyCollectedDataTypeFitness", "Fitness"},
	{"COARSE_LOCATION", "NSPrivacyCollectedDataTypeCoarseLocation", "Coarse Location"},
}

// ApplePurpose is one of Apple's six purposes, by App Store Connect id and
// privacy-manifest constant.
type ApplePurpose struct {
	ID, Manifest, Label string
}

// ApplePurposes are the purposes, in fastlane's order.
var ApplePurposes = []ApplePurpose{
	{"THIRD_PARTY_ADVERTISING", "NSPrivacyCollectedDataTypePurposeThirdPartyAdvertising", "Third-Party Advertising"},
	{"DEVELOPERS_ADVERTISING", "NSPrivacyCollectedDataTypePurposeDeveloperAdvertising", "Developer's Advertising or Marketing"},
	{"ANALYTICS", "NSPrivacyCollectedDataTypePurposeAnalytics", "Analytics"},
	{"PRODUCT_PERSONALIZATION", "NSPrivacyCollectedDataTypePurposeProductPersonalization", "Product Personalization"},
	{"APP_FUNCTIONALITY", "NSPrivacyCollectedDataTypePurposeAppFunctionality", "App Functionality"},
	{"OTHER_PURPOSES", "NSPrivacyCollectedDataTypePurposeOther", "Other Purposes"},
}

// The data protections of App Store Connect: each category is linked to
// the person or not, and may also be used to track them; "not collected"
// stands alone, for an app that collects nothing.
const (
	AppleLinked       = "DATA_LINKED_TO_YOU"
	AppleNotLinked    = "DATA_NOT_LINKED_TO_YOU"
	AppleTracking     = "DATA_USED_TO_TRACK_YOU"
	AppleNotCollected = "DATA_NOT_COLLECTED"
)

// AppleCategoryByID returns the data type with the App Store Connect id.
func AppleCategoryByID(id string) (AppleCategory, bool) {
	i := slices.IndexFunc(AppleCategories, func(c AppleCategory) bool { return c.ID == id })
	if i < 0 {
		return AppleCategory{}, false
	}
	return AppleCategories[i], true
}

// AppleCategoryIDs returns the App Store Connect ids of the data types, in
// fastlane's order.
func AppleCategoryIDs() []string {
	ids := make([]string, len(AppleCategories))
	for i, c := range AppleCategories {
		ids[i] = c.ID
	}
	return ids
}

func applePurposeByID(id string) (ApplePurpose, bool) {
	i := slices.IndexFunc(ApplePurposes, func(p ApplePurpose) bool { return p.ID == id })
	if i < 0 {
		return ApplePurpose{}, false
	}
	return ApplePurposes[i], true
}

// AppleCategoriesFor maps each data category of the declaration to
// Apple's data types (reference/store-labels.md §6.1). Apple's "Sensitive
// Info" is "racial or ethnic data, sexual orientation, pregnancy or
// childbirth information, disability, religious or philosophical beliefs,
// trade union membership, political opinion, genetic information, or
// biometric data"; government ids and criminal records are not in it.
var AppleCategoriesFor = map[string]TypeChoice{
	"identity":             {"NAME", []string{"NAME", "OTHER_DATA"}},
	"contact":              {"", []string{"EMAIL_ADDRESS", "PHONE_NUMBER", "PHYSICAL_ADDRESS", "OTHER_CONTACT_INFO"}},
	"account":              {"USER_ID", []string{"USER_ID"}},
	"government-id":        {"OTHER_DATA", []string{"OTHER_DATA"}},
	"financial":            {"", []string{"PAYMENT_INFORMATION", "CREDIT_AND_FRAUD", "OTHER_FINANCIAL_INFO"}},
	"purchases":            {"PURCHASE_HISTORY", []string{"PURCHASE_HISTORY"}},
	"precise-location":     {"PRECISE_LOCATION", []string{"PRECISE_LOCATION"}},
	"approximate-location": {"COARSE_LOCATION", []string{"COARSE_LOCATION", "PRECISE_LOCATION"}},
	"device":               {"DEVICE_ID", []string{"DEVICE_ID", "OTHER_DIAGNOSTIC_DATA", "OTHER_DATA"}},
	"usage": {"", []string{"PRODUCT_INTERACTION", "SEARCH_HISTORY", "OTHER_USAGE_DATA", "BROWSING_HISTORY", "ADVERTISING_DATA",
		"CRASH_DATA", "PERFORMANCE_DATA", "OTHER_DIAGNOSTIC_DATA"}},
	"content":          {"", []string{"PHOTOS_OR_VIDEOS", "AUDIO", "GAMEPLAY_CONTENT", "CUSTOMER_SUPPORT", "OTHER_USER_CONTENT"}},
	"communications":   {"", []string{"EMAILS_OR_TEXT_MESSAGES", "CONTACTS", "CUSTOMER_SUPPORT"}},
	"health":           {"", []string{"HEALTH", "FITNESS"}},
	"biometric":        {"SENSITIVE_INFO", []string{"SENSITIVE_INFO"}},
	"genetic":          {"SENSITIVE_INFO", []string{"SENSITIVE_INFO"}},
	"demographics":     {"OTHER_DATA", []string{"OTHER_DATA", "SENSITIVE_INFO"}},
	"beliefs":          {"SENSITIVE_INFO", []string{"SENSITIVE_INFO"}},
	"ethnicity":        {"SENSITIVE_INFO", []string{"SENSITIVE_INFO"}},
	"sex-life":         {"SENSITIVE_INFO", []string{"SENSITIVE_INFO"}},
	"union-membership": {"SENSITIVE_INFO", []string{"SENSITIVE_INFO"}},
	"criminal":         {"OTHER_DATA", []string{"OTHER_DATA"}},
	"employment":       {"", []string{"OTHER_DATA", "OTHER_FINANCIAL_INFO"}},
	"education":        {"OTHER_DATA", []string{"OTHER_DATA"}},
	"inferences":       {"", []string{"OTHER_USAGE_DATA", "OTHER_DATA", "SENSITIVE_INFO"}},
	"other":            {"", nil},
}

// ApplePurposeFor maps each purpose kind of the declaration to the Apple
// purpose it is collected for, when the data stays with the developer and
// its processors. Apple's "App Functionality" covers authenticating the
// user, preventing fraud, security and customer support; its
// "Developer's Advertising or Marketing" covers "sending marketing
// communications directly to your users" and first-party ads.
var ApplePurposeFor = map[string]string{
	"service":         "APP_FUNCTIONALITY",
	"account":         "APP_FUNCTIONALITY",
	"support":         "APP_FUNCTIONALITY",
	"security":        "APP_FUNCTIONALITY",
	"legal":           "OTHER_PURPOSES",
	"analytics":       "ANALYTICS",
	"research":        "ANALYTICS",
	"personalization": "PRODUCT_PERSONALIZATION",
	"marketing":       "DEVELOPERS_ADVERTISING",
	"advertising":     "DEVELOPERS_ADVERTISING",
	"sale":            "THIRD_PARTY_ADVERTISING",
	"other":           "OTHER_PURPOSES",
}

// AppleThirdPartyPurposeFor is the purpose of the kinds whose data a third
// party receives for its own ends: advertising then is "sharing data with
// entities who display third-party ads".
var AppleThirdPartyPurposeFor = map[string]string{
	"advertising": "THIRD_PARTY_ADVERTISING",
}

// TracksFor are the purpose kinds whose data, once a third party receives
// it, is "used to track you" in Apple's sense: "linking data collected
// from your app … with Third-Party Data for targeted advertising or
// advertising measurement purposes", or "sharing data … with a data
// broker".
var TracksFor = []string{"advertising", "sale"}

// Identifying are the data categories that are the person's identity, so
// that Apple's "not linked to you" can never be said of them.
var Identifying = []string{"identity", "contact", "account", "government-id"}

// AppleLabel is a filled App Privacy form.
type AppleLabel struct {
	Types []AppleTypeAnswer // one per data type
	// TrackingDomains are the internet domains the app connects to that
	// track (NSPrivacyTrackingDomains).
	TrackingDomains []string
}

// AppleTypeAnswer is what the form says of one data type.
type AppleTypeAnswer struct {
	Category string   // App Store Connect id, such as EMAIL_ADDRESS
	Purposes []string // App Store Connect ids
	Linked   bool
	Tracking bool
}

// Tracking reports whether any data type is used to track (NSPrivacyTracking).
func (l *AppleLabel) Tracking() bool {
	return slices.ContainsFunc(l.Types, func(t AppleTypeAnswer) bool { return t.Tracking })
}

// AppleDetail is one element of app_privacy_details.json.
type AppleDetail struct {
	Category        string   `json:"category,omitempty"`
	Purposes        []string `json:"purposes,omitempty"`
	DataProtections []string `json:"data_protections"`
}

// Details returns the elements of app_privacy_details.json, as fastlane
// writes them: sorted by category, each list sorted; a label with no data
// type is the single element {"data_protections": ["DATA_NOT_COLLECTED"]}.
func (l *AppleLabel) Details() []AppleDetail {
	if len(l.Types) == 0 {
		return []AppleDetail{{DataProtections: []string{AppleNotCollected}}}
	}
	var out []AppleDetail
	for _, t := range l.Types {
		d := AppleDetail{Category: t.Category, Purposes: slices.Sorted(slices.Values(t.Purposes))}
		if t.Linked {
			d.DataProtections = append(d.DataProtections, AppleLinked)
		} else {
			d.DataProtections = append(d.DataProtections, AppleNotLinked)
		}
		if t.Tracking {
			d.DataProtections = append(d.DataProtections, AppleTracking)
		}
		slices.Sort(d.DataProtections)
		out = append(out, d)
	}
	slices.SortFunc(out, func(a, b AppleDetail) int { return strings.Compare(a.Category, b.Category) })
	return out
}

// PrivacyDetailsJSON returns app_privacy_details.json, indented with two
// spaces and ending with a line break. fastlane deletes every answer in
// App Store Connect and creates one for each purpose and protection of
// each element, so the file is the whole truth, not a patch.
func (l *AppleLabel) PrivacyDetailsJSON() []byte {
	b, _ := json.MarshalIndent(l.Details(), "", "  ") // strings and lists only: cannot fail
	return append(b, '\n')
}

// PrivacyManifest returns the collected-data part of a privacy manifest,
// PrivacyInfo.xcprivacy: NSPrivacyTracking, NSPrivacyTrackingDomains and
// NSPrivacyCollectedDataTypes, as an XML property list with Xcode's
// layout. Required-reason APIs (NSPrivacyAccessedAPITypes) depend on the
// app's code, not its declaration, and are the app's to add.
func (l *AppleLabel) PrivacyManifest() []byte {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
`)
	key := func(indent int, k string) { fmt.Fprintf(&b, "%s<key>%s</key>\n", strings.Repeat("\t", indent), k) }
	boolean := func(indent int, v bool) { fmt.Fprintf(&b, "%s<%s/>\n", strings.Repeat("\t", indent), boolValue(v)) }
	str := func(indent int, s string) {
		b.WriteString(strings.Repeat("\t", indent) + "<string>")
		xml.EscapeText(&b, []byte(s))
		b.WriteString("</string>\n")
	}
	key(1, "NSPrivacyTracking")
	boolean(1, l.Tracking())
	key(1, "NSPrivacyTrackingDomains")
	b.WriteString("\t<array>\n")
	for _, d := range l.TrackingDomains {
		str(2, d)
	}
	b.WriteString("\t</array>\n")
	key(1, "NSPrivacyCollectedDataTypes")
	b.WriteString("\t<array>\n")
	for _, d := range l.Details() {
		if d.Category == "" {
			continue
		}
		c, _ := AppleCategoryByID(d.Category)
		b.WriteString("\t\t<dict>\n")
		key(3, "NSPrivacyCollectedDataType")
		str(3, c.Manifest)
		key(3, "NSPrivacyCollectedDataTypeLinked")
		boolean(3, slices.Contains(d.DataProtections, AppleLinked))
		key(3, "NSPrivacyCollectedDataTypeTracking")
		boolean(3, slices.Contains(d.DataProtections, AppleTracking))
		key(3, "NSPrivacyCollectedDataTypePurposes")
		b.WriteString("\t\t\t<array>\n")
		for _, id := range d.Purposes {
			p, _ := applePurposeByID(id)
			str(4, p.Manifest)
		}
		b.WriteString("\t\t\t</array>\n")
		b.WriteString("\t\t</dict>\n")
	}
	b.WriteString("\t</array>\n</dict>\n</plist>\n")
	return []byte(b.String())
}

// ParsePrivacyDetails reads app_privacy_details.json and checks it against
// fastlane's format: an array of elements with known keys only, each with
// a known category, at least one known purpose, and exactly one of
// DATA_LINKED_TO_YOU and DATA_NOT_LINKED_TO_YOU, with DATA_USED_TO_TRACK_YOU
// optional; or the single element that says DATA_NOT_COLLECTED.
func ParsePrivacyDetails(b []byte) ([]AppleDetail, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var details []AppleDetail
	if err := dec.Decode(&details); err != nil {
		return nil, err
	}
	var problems []string
	if len(details) == 0 {
		problems = append(problems, "no element; an app that collects nothing says DATA_NOT_COLLECTED")
	}
	seen := map[string]bool{}
	for i, d := range details {
		if slices.Contains(d.DataProtections, AppleNotCollected) {
			if len(details) != 1 || d.Category != "" || len(d.Purposes) > 0 || len(d.DataProtections) != 1 {
				problems = append(problems, fmt.Sprintf("element %d: DATA_NOT_COLLECTED stands alone, with no category or purpose", i))
			}
			continue
		}
		if _, ok := AppleCategoryByID(d.Category); !ok {
			problems = append(problems, fmt.Sprintf("element %d: %q is not a category", i, d.Category))
		}
		if seen[d.Category] {
			problems = append(problems, fmt.Sprintf("element %d: %s is listed twice", i, d.Category))
		}
		seen[d.Category] = true
		if len(d.Purposes) == 0 {
			problems = append(problems, fmt.Sprintf("element %d: %s has no purpose", i, d.Category))
		}
		for _, p := range d.Purposes {
			if _, ok := applePurposeByID(p); !ok {
				problems = append(problems, fmt.Sprintf("element %d: %q is not a purpose", i, p))
			}
		}
		linked := 0
		for _, p := range d.DataProtections {
			switch p {
			case AppleLinked, AppleNotLinked:
				linked++
			case AppleTracking:
			default:
				problems = append(problems, fmt.Sprintf("element %d: %q is not a data protection", i, p))
			}
		}
		if linked != 1 {
			problems = append(problems, fmt.Sprintf("element %d: %s says DATA_LINKED_TO_YOU or DATA_NOT_LINKED_TO_YOU %d times; want once", i, d.Category, linked))
		}
	}
	if len(problems) > 0 {
		return details, fmt.Errorf("%s", strings.Join(problems, "\n"))
	}
	return details, nil
}

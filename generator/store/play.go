package store

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"slices"
	"strings"
)

// Google Play's Data safety form, as the CSV that Play Console exports and
// imports (App content › Data safety › Import from CSV) and that the
// Android Publisher API's applications.dataSafety takes as its
// safetyLabels string. The 782 rows and their ids are those of a Console
// export of the current form (2026): 22 questions about the app, the 38
// data types, then 19 rows for each type. A test holds PlayForm to the
// blank template byte for byte.

// PlayHeader is the header row of the CSV. Play refuses any other
// ("Invalid header row"); old snippets with "uestion ID" are a typo.
const PlayHeader = "Question ID (machine readable),Response ID (machine readable),Response value,Answer requirement,Human-friendly question label"

// PlayRow is one row of the form. Response is empty for yes-or-no and
// free-text questions; Value is "true", "false", a text, or empty when
// the row is not answered (an option that is not chosen stays empty, as
// the Console writes it).
type PlayRow struct {
	Question, Response, Value, Requirement, Label string
}

// The answer requirements of Play's rows.
const (
	PlayRequired       = "REQUIRED"        // must be answered
	PlayMaybeRequired  = "MAYBE_REQUIRED"  // must be answered, depending on earlier answers
	PlayOptional       = "OPTIONAL"        // may be left empty
	PlayMultipleChoice = "MULTIPLE_CHOICE" // any of the question's rows may be true
	PlaySingleChoice   = "SINGLE_CHOICE"   // one of the question's rows is true
)

// PlayType is one data type of the form: the Response ID that selects it
// under the Question ID of its group, and its labels.
type PlayType struct {
	ID       string // such as PSL_EMAIL
	Question string // such as PSL_DATA_TYPES_PERSONAL
	Group    string // the group's label: "Personal info"
	Label    string // the type's label: "Email address"
}

// PlayPurpose is one of the seven reasons Play offers for collecting or
// sharing a data type. Play has no "other".
type PlayPurpose struct {
	ID, Label string
}

// PlayPurposes are the purposes, in the form's order.
var PlayPurposes = []PlayPurpose{
	{"PSL_APP_FUNCTIONALITY", "App functionality"},
	{"PSL_ANALYTICS", "Analytics"},
	{"PSL_DEVELOPER_COMMUNICATIONS", "Developer communications"},
	{"PSL_FRAUD_PREVENTION_SECURITY", "Fraud prevention, security, and compliance"},
	{"PSL_ADVERTISING", "Advertising or marketing"},
	{"PSL_PERSONALIZATION", "Personalization"},
	{"PSL_ACCOUNT_MANAGEMENT", "Account management"},
}

// The ids of the questions PlayLabel answers. The sub-questions of a data
// type are irregular: two carry the PSL_ prefix and three do not.
const (
	PlayCollects           = "PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA"
	PlayEncryptedInTransit = "PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT"
	PlayAccountCreation    = "PSL_SUPPORTED_ACCOUNT_CREATION_METHODS"
	PlayAccountSpecify     = "PSL_ACM_SPECIFY"
	PlayAccountDeletionURL = "PSL_ACCOUNT_DELETION_URL"
	PlayDeletion           = "PSL_SUPPORT_DATA_DELETION_BY_USER"
	PlayDeletionURL        = "PSL_DATA_DELETION_URL"

	playUsage             = "PSL_DATA_USAGE_RESPONSES"
	PlayCollectedOrShared = "PSL_DATA_USAGE_COLLECTION_AND_SHARING"
	PlayEphemeral         = "PSL_DATA_USAGE_EPHEMERAL"
	PlayUserControl       = "DATA_USAGE_USER_CONTROL"
	PlayCollectionPurpose = "DATA_USAGE_COLLECTION_PURPOSE"
	PlaySharingPurpose    = "DATA_USAGE_SHARING_PURPOSE"

	PlayCollected         = "PSL_DATA_USAGE_ONLY_COLLECTED" // "ONLY" notwithstanding, collected and shared sets both
	PlayShared            = "PSL_DATA_USAGE_ONLY_SHARED"
	PlayUserChooses       = "PSL_DATA_USAGE_USER_CONTROL_OPTIONAL"
	PlayCollectionNeeded  = "PSL_DATA_USAGE_USER_CONTROL_REQUIRED"
	PlayDeletionYes       = "DATA_DELETION_YES"
	PlayAccountCreateNone = "PSL_ACM_NONE"
	PlayAccountOther      = "PSL_ACM_OTHER"
)

// PlayUsageQuestion returns the Question ID of a data type's sub-question,
// such as PSL_DATA_USAGE_RESPONSES:PSL_EMAIL:PSL_DATA_USAGE_EPHEMERAL.
func PlayUsageQuestion(typeID, sub string) string {
	return playUsage + ":" + typeID + ":" + sub
}

// PlayAccountMethods maps the declaration's account-creation methods
// (store.account_creation) to the form's options, in the form's order.
var PlayAccountMethods = []struct{ Method, ID string }{
	{"username-password", "PSL_ACM_USER_ID_PASSWORD"},
	{"username-other-auth", "PSL_ACM_USER_ID_OTHER_AUTH"},
	{"username-password-other-auth", "PSL_ACM_USER_ID_PASSWORD_OTHER_AUTH"},
	{"oauth", "PSL_ACM_OAUTH"},
	{"other", PlayAccountOther},
}

// PlayTypeByID returns the data type with the Response ID.
func PlayTypeByID(id string) (PlayType, bool) {
	i := slices.IndexFunc(PlayTypes, func(t PlayType) bool { return t.ID == id })
	if i < 0 {
		return PlayType{}, false
	}
	return PlayTypes[i], true
}

// PlayTypeIDs returns the Response IDs of the data types, in the form's order.
func PlayTypeIDs() []string {
	ids := make([]string, len(PlayTypes))
	for i, t := range PlayTypes {
		ids[i] = t.ID
	}
	return ids
}

// PlayForm returns the blank form: every row, no value.
func PlayForm() []PlayRow {
	rows := slices.Clone(playGeneral)
	for _, t := range PlayTypes {
		rows = append(rows, PlayRow{t.Question, t.ID, "", PlayMultipleChoice, t.Group + " / " + t.Label})
	}
	for _, t := range PlayTypes {
		rows = append(rows, playUsageRows(t)...)
	}
	return rows
}

// playUsageRows are the 19 rows of one data type: collected or shared,
// ephemeral, required or optional, and the purposes of each.
func playUsageRows(t PlayType) []PlayRow {
	head := "Data usage and handling (" + t.Label + ") / "
	q := func(sub string) string { return PlayUsageQuestion(t.ID, sub) }
	const both = "Is this data collected, shared, or both? / "
	const control = "Is this data required for your app, or can users choose whether it's collected? / "
	rows := []PlayRow{
		{q(PlayCollectedOrShared), PlayCollected, "", PlayMultipleChoice, head + both + "Collected"},
		{q(PlayCollectedOrShared), PlayShared, "", PlayMultipleChoice, head + both + "Shared"},
		{q(PlayEphemeral), "", "", PlayMaybeRequired, head + "Is this data processed ephemerally?"},
		{q(PlayUserControl), PlayUserChooses, "", PlaySingleChoice, head + control + "Users can choose whether this data is collected"},
		{q(PlayUserControl), PlayCollectionNeeded, "", PlaySingleChoice, head + control + "Data collection is required (users can't turn off this data collection)"},
	}
	for _, p := range PlayPurposes {
		rows = append(rows, PlayRow{q(PlayCollectionPurpose), p.ID, "", PlayMultipleChoice, head + "Why is this user data collected? Select all that apply. / " + p.Label})
	}
	for _, p := range PlayPurposes {
		rows = append(rows, PlayRow{q(PlaySharingPurpose), p.ID, "", PlayMultipleChoice, head + "Why is this user data shared? Select all that apply. / " + p.Label})
	}
	return rows
}

// PlayLabel is a filled Data safety form.
type PlayLabel struct {
	// Collects answers "Does your app collect or share any of the required
	// user data types?"; when false, nothing else is answered.
	Collects           bool
	EncryptedInTransit bool
	// AccountMethods are the Response IDs of the account-creation methods;
	// PSL_ACM_NONE when the app has no accounts; empty when not known.
	AccountMethods []string
	// AccountSpecify describes an "other" method of account creation.
	AccountSpecify     string
	AccountDeletionURL string
	// DeletionURL, when set, is where people ask for their data to be
	// deleted: the form then answers "Yes" with that link.
	DeletionURL string
	Types       []PlayTypeAnswer // in the form's order
}

// PlayTypeAnswer is what the form says of one data type.
type PlayTypeAnswer struct {
	Type              string // Response ID, such as PSL_EMAIL
	Collected, Shared bool
	Ephemeral         bool
	Optional          bool     // users can choose whether it is collected
	Collection        []string // purpose Response IDs, in the form's order
	Sharing           []string
}

// Rows returns the filled form: every row of PlayForm, in its order, with
// the answers set. Questions the label cannot answer stay empty.
func (l *PlayLabel) Rows() []PlayRow {
	values := map[[2]string]string{}
	set := func(q, r, v string) { values[[2]string{q, r}] = v }
	set(PlayCollects, "", boolValue(l.Collects))
	if l.Collects {
		set(PlayEncryptedInTransit, "", boolValue(l.EncryptedInTransit))
		for _, m := range l.AccountMethods {
			set(PlayAccountCreation, m, "true")
		}
		if l.AccountSpecify != "" {
			set(PlayAccountSpecify, "", l.AccountSpecify)
		}
		if l.AccountDeletionURL != "" {
			set(PlayAccountDeletionURL, "", l.AccountDeletionURL)
		}
		if l.DeletionURL != "" {
			set(PlayDeletion, PlayDeletionYes, "true")
			set(PlayDeletionURL, "", l.DeletionURL)
		}
		for _, t := range l.Types {
			if !t.Collected && !t.Shared {
				continue
			}
			typ, _ := PlayTypeByID(t.Type)
			set(typ.Question, t.Type, "true")
			q := func(sub string) string { return PlayUsageQuestion(t.Type, sub) }
			if t.Collected {
				set(q(PlayCollectedOrShared), PlayCollected, "true")
			}
			if t.Shared {
				set(q(PlayCollectedOrShared), PlayShared, "true")
			}
			set(q(PlayEphemeral), "", boolValue(t.Ephemeral))
			if t.Optional {
				set(q(PlayUserControl), PlayUserChooses, "true")
			} else {
				set(q(PlayUserControl), PlayCollectionNeeded, "true")
			}
			for _, p := range t.Collection {
				set(q(PlayCollectionPurpose), p, "true")
			}
			for _, p := range t.Sharing {
				set(q(PlaySharingPurpose), p, "true")
			}
		}
	}
	rows := PlayForm()
	for i := range rows {
		rows[i].Value = values[[2]string{rows[i].Question, rows[i].Response}]
	}
	return rows
}

// CSV returns the form as Play Console exports it, so that it imports as
// it is: UTF-8 without a byte order mark, CRLF line endings, no line end
// after the last row, fields quoted only when they hold a comma, a quote
// or a line break.
func (l *PlayLabel) CSV() []byte { return PlayCSV(l.Rows()) }

// PlayCSV writes rows under the header, in the Console's byte layout.
func PlayCSV(rows []PlayRow) []byte {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.UseCRLF = true
	w.Write(strings.Split(PlayHeader, ","))
	for _, r := range rows {
		w.Write([]string{r.Question, r.Response, r.Value, r.Requirement, r.Label})
	}
	w.Flush()
	return bytes.TrimSuffix(b.Bytes(), []byte("\r\n"))
}

func boolValue(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// ParsePlayCSV reads a Data safety CSV and checks it against the form:
// the header, every row's Question ID and Response ID in the form's
// order, its answer requirement, and its value (true, false or empty for
// a choice or a yes-or-no question, text only where the form asks for
// text, exactly one option of a single-choice question when it is
// answered). It returns every problem it finds.
func ParsePlayCSV(b []byte) ([]PlayRow, error) {
	r := csv.NewReader(bytes.NewReader(b))
	r.FieldsPerRecord = 5
	records, err := r.ReadAll()
	if err != nil {
		return nil, err
	}
	if len(records) == 0 || strings.Join(records[0], ",") != PlayHeader {
		return nil, fmt.Errorf("line 1: the header is not Play's; want %s", PlayHeader)
	}
	form := PlayForm()
	var problems []string
	if len(records)-1 != len(form) {
		problems = append(problems, fmt.Sprintf("%d rows, want the form's %d", len(records)-1, len(form)))
	}
	var rows []PlayRow
	chosen := map[string]int{}
	for i, rec := range records[1:] {
		row := PlayRow{rec[0], rec[1], rec[2], rec[3], rec[4]}
		rows = append(rows, row)
		if i >= len(form) {
			continue
		}
		want := form[i]
		line := i + 2
		if row.Question != want.Question || row.Response != want.Response || row.Requirement != want.Requirement {
			problems = append(problems, fmt.Sprintf("line %d: %s,%s,%s; the form has %s,%s,%s", line, row.Question, row.Response, row.Requirement, want.Question, want.Response, want.Requirement))
			continue
		}
		text := slices.Contains(playTextQuestions, row.Question)
		switch {
		case row.Value == "" || text:
		case row.Value == "true":
			chosen[row.Question]++
		case row.Value == "false" && row.Response == "":
		default:
			problems = append(problems, fmt.Sprintf("line %d: %s %s: %q is not an answer; want true, false or nothing", line, row.Question, row.Response, row.Value))
		}
	}
	for _, row := range form {
		if row.Requirement == PlaySingleChoice && chosen[row.Question] > 1 {
			problems = append(problems, fmt.Sprintf("%s: %d options chosen; a single-choice question takes one", row.Question, chosen[row.Question]))
			chosen[row.Question] = 0
		}
	}
	if len(problems) > 0 {
		return rows, fmt.Errorf("%s", strings.Join(problems, "\n"))
	}
	return rows, nil
}

// playTextQuestions are the questions answered with text, not true or false.
var playTextQuestions = []string{PlayAccountSpecify, PlayAccountDeletionURL, PlayDeletionURL, "PSL_OUTSIDE_APP_ACCOUNT_TYPE_SPECIFY"}

// playGeneral are the form's first 22 rows, the questions about the app as
// a whole, verbatim from a Console export (en-US labels; the label of
// PSL_ACCOUNT_DELETION_URL ends with a space in the export).
var playGeneral = []PlayRow{
	{"PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA", "", "", "REQUIRED", "Does your app collect or share any of the required user data types?"},
	{"PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT", "", "", "MAYBE_REQUIRED", "Is all of the user data collected by your app encrypted in transit?"},
	{"PSL_SUPPORTED_ACCOUNT_CREATION_METHODS", "PSL_ACM_USER_ID_PASSWORD", "", "MULTIPLE_CHOICE", "Which of the following methods of account creation does your app support? Select all that apply / Username and password"},
	{"PSL_SUPPORTED_ACCOUNT_CREATION_METHODS", "PSL_ACM_USER_ID_OTHER_AUTH", "", "MULTIPLE_CHOICE", "Which of the following methods of account creation does your app support? Select all that apply / Username and other authentication"},
	{"PSL_SUPPORTED_ACCOUNT_CREATION_METHODS", "PSL_ACM_USER_ID_PASSWORD_OTHER_AUTH", "", "MULTIPLE_CHOICE", "Which of the following methods of account creation does your app support? Select all that apply / Username, password, and other authentication"},
	{"PSL_SUPPORTED_ACCOUNT_CREATION_METHODS", "PSL_ACM_OAUTH", "", "MULTIPLE_CHOICE", "Which of the following methods of account creation does your app support? Select all that apply / OAuth"},
	{"PSL_SUPPORTED_ACCOUNT_CREATION_METHODS", "PSL_ACM_OTHER", "", "MULTIPLE_CHOICE", "Which of the following methods of account creation does your app support? Select all that apply / Other"},
	{"PSL_SUPPORTED_ACCOUNT_CREATION_METHODS", "PSL_ACM_NONE", "", "MULTIPLE_CHOICE", "Which of the following methods of account creation does your app support? Select all that apply / My app does not allow users to create an account"},
	{"PSL_ACM_SPECIFY", "", "", "MAYBE_REQUIRED", "Describe the method of account creation that your app supports"},
	{"PSL_ACCOUNT_DELETION_URL", "", "", "MAYBE_REQUIRED", "Add a link that users can use to request that their account and associated data is deleted "},
	{"PSL_SUPPORT_DATA_DELETION_BY_USER", "DATA_DELETION_YES", "", "SINGLE_CHOICE", "Do you provide a way for users to request that their data is deleted? / Yes"},
	{"PSL_SUPPORT_DATA_DELETION_BY_USER", "DATA_DELETION_NO", "", "SINGLE_CHOICE", "Do you provide a way for users to request that their data is deleted? / No"},
	{"PSL_SUPPORT_DATA_DELETION_BY_USER", "DATA_DELETION_NO_AUTO_DELETED", "", "SINGLE_CHOICE", "Do you provide a way for users to request that their data is deleted? / No, but user data is automatically deleted within 90 days"},
	{"PSL_DATA_DELETION_URL", "", "", "MAYBE_REQUIRED", "Delete data URL"},
	{"PSL_DATA_COLLECTION_COMPLIES_FAMILY_POLICY", "", "", "OPTIONAL", "Only answer this question if you've indicated that your app's target age group includes children, or you've opted into the Designed for Families program. If either of the above is true, you are required to follow the Google Play Families Policy (https://support.google.com/googleplay/android-developer/answer/9893335). Do you want to let users know about this commitment in the Data safety section on your store listing?"},
	{"PSL_INDEPENDENTLY_VALIDATED", "", "", "OPTIONAL", "Has your app successfully completed an independent security review, according to the Mobile Application Security Assessment (MASA) framework? Only answer \"yes\" if the review is in good standing."},
	{"PSL_UPI_BADGE_OPT_IN", "", "", "OPTIONAL", "Do you want to show this badge on your store listing?"},
	{"PSL_HAS_OUTSIDE_APP_ACCOUNTS", "", "", "OPTIONAL", "Can users login to your app with accounts created outside of the app?"},
	{"PSL_OUTSIDE_APP_ACCOUNT_TYPES", "PSL_LOGIN_WITH_OUTSIDE_APP_ID", "", "MULTIPLE_CHOICE", "How are these accounts created? / Out of app identification (e.g. SIM binding, service subscription)"},
	{"PSL_OUTSIDE_APP_ACCOUNT_TYPES", "PSL_LOGIN_THROUGH_EMPLOYMENT_OR_ENTERPRISE_ACCOUNT", "", "MULTIPLE_CHOICE", "How are these accounts created? / Through employment, or enterprise accounts"},
	{"PSL_OUTSIDE_APP_ACCOUNT_TYPES", "PSL_OUTSIDE_APP_ACCOUNT_TYPE_OTHER", "", "MULTIPLE_CHOICE", "How are these accounts created? / Other"},
	{"PSL_OUTSIDE_APP_ACCOUNT_TYPE_SPECIFY", "", "", "MAYBE_REQUIRED", "Describe how these accounts are created"},
}

// PlayTypes are the 38 data types of the form, in the form's order: the
// Response ID that selects each, under the Question ID of its group.
var PlayTypes = []PlayType{
	{"PSL_NAME", "PSL_DATA_TYPES_PERSONAL", "Personal info", "Name"},
	{"PSL_EMAIL", "PSL_DATA_TYPES_PERSONAL", "Personal info", "Email address"},
	{"PSL_USER_ACCOUNT", "PSL_DATA_TYPES_PERSONAL", "Personal info", "User IDs"},
	{"PSL_ADDRESS", "PSL_DATA_TYPES_PERSONAL", "Personal info", "Address"},
	{"PSL_PHONE", "PSL_DATA_TYPES_PERSONAL", "Personal info", "Phone number"},
	{"PSL_RACE_ETHNICITY", "PSL_DATA_TYPES_PERSONAL", "Personal info", "Race and ethnicity"},
	{"PSL_POLITICAL_RELIGIOUS", "PSL_DATA_TYPES_PERSONAL", "Personal info", "Political or religious beliefs"},
	{"PSL_SEXUAL_ORIENTATION_GENDER_IDENTITY", "PSL_DATA_TYPES_PERSONAL", "Personal info", "Sexual orientation"},
	{"PSL_OTHER_PERSONAL", "PSL_DATA_TYPES_PERSONAL", "Personal info", "Other info"},
	{"PSL_CREDIT_DEBIT_BANK_ACCOUNT_NUMBER", "PSL_DATA_TYPES_FINANCIAL", "Financial info", "User payment info"},
	{"PSL_PURCHASE_HISTORY", "PSL_DATA_TYPES_FINANCIAL", "Financial info", "Purchase history"},
	{"PSL_CREDIT_SCORE", "PSL_DATA_TYPES_FINANCIAL", "Financial info", "Credit score"},
	{"PSL_OTHER", "PSL_DATA_TYPES_FINANCIAL", "Financial info", "Other financial info"},
	{"PSL_APPROX_LOCATION", "PSL_DATA_TYPES_LOCATION", "Location", "Approximate location"},
	{"PSL_PRECISE_LOCATION", "PSL_DATA_TYPES_LOCATION", "Location", "Precise location"},
	{"PSL_WEB_BROWSING_HISTORY", "PSL_DATA_TYPES_SEARCH_AND_BROWSING", "Web browsing", "Web browsing history"},
	{"PSL_EMAILS", "PSL_DATA_TYPES_EMAIL_AND_TEXT", "Messages", "Emails"},
	{"PSL_SMS_CALL_LOG", "PSL_DATA_TYPES_EMAIL_AND_TEXT", "Messages", "SMS or MMS"},
	{"PSL_OTHER_MESSAGES", "PSL_DATA_TYPES_EMAIL_AND_TEXT", "Messages", "Other in-app messages"},
	{"PSL_PHOTOS", "PSL_DATA_TYPES_PHOTOS_AND_VIDEOS", "Photos and videos", "Photos"},
	{"PSL_VIDEOS", "PSL_DATA_TYPES_PHOTOS_AND_VIDEOS", "Photos and videos", "Videos"},
	{"PSL_AUDIO", "PSL_DATA_TYPES_AUDIO", "Audio files", "Voice or sound recordings"},
	{"PSL_MUSIC", "PSL_DATA_TYPES_AUDIO", "Audio files", "Music files"},
	{"PSL_OTHER_AUDIO", "PSL_DATA_TYPES_AUDIO", "Audio files", "Other audio files"},
	{"PSL_HEALTH", "PSL_DATA_TYPES_HEALTH_AND_FITNESS", "Health and fitness", "Health info"},
	{"PSL_FITNESS", "PSL_DATA_TYPES_HEALTH_AND_FITNESS", "Health and fitness", "Fitness info"},
	{"PSL_CONTACTS", "PSL_DATA_TYPES_CONTACTS", "Contacts", "Contacts"},
	{"PSL_CALENDAR", "PSL_DATA_TYPES_CALENDAR", "Calendar", "Calendar events"},
	{"PSL_CRASH_LOGS", "PSL_DATA_TYPES_APP_PERFORMANCE", "App info and performance", "Crash logs"},
	{"PSL_PERFORMANCE_DIAGNOSTICS", "PSL_DATA_TYPES_APP_PERFORMANCE", "App info and performance", "Diagnostics"},
	{"PSL_OTHER_PERFORMANCE", "PSL_DATA_TYPES_APP_PERFORMANCE", "App info and performance", "Other app performance data"},
	{"PSL_FILES_AND_DOCS", "PSL_DATA_TYPES_FILES_AND_DOCS", "Files and docs", "Files and docs"},
	{"PSL_USER_INTERACTION", "PSL_DATA_TYPES_APP_ACTIVITY", "App activity", "App interactions"},
	{"PSL_IN_APP_SEARCH_HISTORY", "PSL_DATA_TYPES_APP_ACTIVITY", "App activity", "In-app search history"},
	{"PSL_APPS_ON_DEVICE", "PSL_DATA_TYPES_APP_ACTIVITY", "App activity", "Installed apps"},
	{"PSL_USER_GENERATED_CONTENT", "PSL_DATA_TYPES_APP_ACTIVITY", "App activity", "Other user-generated content"},
	{"PSL_OTHER_APP_ACTIVITY", "PSL_DATA_TYPES_APP_ACTIVITY", "App activity", "Other actions"},
	{"PSL_DEVICE_ID", "PSL_DATA_TYPES_IDENTIFIERS", "Device or other IDs", "Device or other IDs"},
}

// TypeChoice is where a data category of the declaration lands on a
// store's form: the type it takes when the declaration names none
// (empty when the category is too coarse to choose one: contact data is
// an email address, a phone number or a postal address), and the types a
// data item of the category may name instead. A type outside Allowed
// would describe other data, or data less sensitive, than the policy
// declares. A nil Allowed allows every type.
type TypeChoice struct {
	Default string
	Allowed []string
}

// PlayCategories maps each data category of the declaration to Play's
// data types (reference/store-labels.md §6.1). Play has no type for
// biometric, genetic or union-membership data, nor for government ids:
// they are "Other info" (PSL_OTHER_PERSONAL), whose definition is "any
// other personal information".
var PlayCategories = map[string]TypeChoice{
	"identity":             {"PSL_NAME", []string{"PSL_NAME", "PSL_OTHER_PERSONAL"}},
	"contact":              {"", []string{"PSL_EMAIL", "PSL_PHONE", "PSL_ADDRESS", "PSL_OTHER_PERSONAL"}},
	"account":              {"PSL_USER_ACCOUNT", []string{"PSL_USER_ACCOUNT"}},
	"government-id":        {"PSL_OTHER_PERSONAL", []string{"PSL_OTHER_PERSONAL"}},
	"financial":            {"", []string{"PSL_CREDIT_DEBIT_BANK_ACCOUNT_NUMBER", "PSL_CREDIT_SCORE", "PSL_OTHER"}},
	"purchases":            {"PSL_PURCHASE_HISTORY", []string{"PSL_PURCHASE_HISTORY"}},
	"precise-location":     {"PSL_PRECISE_LOCATION", []string{"PSL_PRECISE_LOCATION"}},
	"approximate-location": {"PSL_APPROX_LOCATION", []string{"PSL_APPROX_LOCATION", "PSL_PRECISE_LOCATION"}},
	"device":               {"PSL_DEVICE_ID", []string{"PSL_DEVICE_ID", "PSL_PERFORMANCE_DIAGNOSTICS", "PSL_OTHER_PERFORMANCE"}},
	"usage": {"", []string{"PSL_USER_INTERACTION", "PSL_IN_APP_SEARCH_HISTORY", "PSL_OTHER_APP_ACTIVITY", "PSL_WEB_BROWSING_HISTORY",
		"PSL_APPS_ON_DEVICE", "PSL_CRASH_LOGS", "PSL_PERFORMANCE_DIAGNOSTICS", "PSL_OTHER_PERFORMANCE"}},
	"content": {"", []string{"PSL_PHOTOS", "PSL_VIDEOS", "PSL_AUDIO", "PSL_MUSIC", "PSL_OTHER_AUDIO", "PSL_FILES_AND_DOCS",
		"PSL_CALENDAR", "PSL_USER_GENERATED_CONTENT"}},
	"communications":   {"", []string{"PSL_EMAILS", "PSL_SMS_CALL_LOG", "PSL_OTHER_MESSAGES", "PSL_CONTACTS"}},
	"health":           {"", []string{"PSL_HEALTH", "PSL_FITNESS"}},
	"biometric":        {"PSL_OTHER_PERSONAL", []string{"PSL_OTHER_PERSONAL", "PSL_PHOTOS"}},
	"genetic":          {"", []string{"PSL_HEALTH", "PSL_OTHER_PERSONAL"}},
	"demographics":     {"PSL_OTHER_PERSONAL", []string{"PSL_OTHER_PERSONAL"}},
	"beliefs":          {"PSL_POLITICAL_RELIGIOUS", []string{"PSL_POLITICAL_RELIGIOUS"}},
	"ethnicity":        {"PSL_RACE_ETHNICITY", []string{"PSL_RACE_ETHNICITY"}},
	"sex-life":         {"", []string{"PSL_SEXUAL_ORIENTATION_GENDER_IDENTITY", "PSL_HEALTH"}},
	"union-membership": {"PSL_OTHER_PERSONAL", []string{"PSL_OTHER_PERSONAL"}},
	"criminal":         {"PSL_OTHER_PERSONAL", []string{"PSL_OTHER_PERSONAL"}},
	"employment":       {"", []string{"PSL_OTHER_PERSONAL", "PSL_OTHER"}},
	"education":        {"PSL_OTHER_PERSONAL", []string{"PSL_OTHER_PERSONAL"}},
	"inferences": {"", []string{"PSL_OTHER_APP_ACTIVITY", "PSL_OTHER_PERSONAL", "PSL_RACE_ETHNICITY", "PSL_POLITICAL_RELIGIOUS",
		"PSL_SEXUAL_ORIENTATION_GENDER_IDENTITY", "PSL_HEALTH"}},
	"other": {"", nil},
}

// PlayPurposeFor maps each purpose kind of the declaration to the Play
// purpose it is collected for. Play has no purpose for support or for
// "other", so both are app functionality [judgment]; own marketing and
// targeted advertising are both "Advertising or marketing", whose
// definition covers "marketing communications"; compliance with laws is
// in "Fraud prevention, security, and compliance".
var PlayPurposeFor = map[string]string{
	"service":         "PSL_APP_FUNCTIONALITY",
	"account":         "PSL_ACCOUNT_MANAGEMENT",
	"support":         "PSL_APP_FUNCTIONALITY",
	"security":        "PSL_FRAUD_PREVENTION_SECURITY",
	"legal":           "PSL_FRAUD_PREVENTION_SECURITY",
	"analytics":       "PSL_ANALYTICS",
	"research":        "PSL_ANALYTICS",
	"personalization": "PSL_PERSONALIZATION",
	"marketing":       "PSL_ADVERTISING",
	"advertising":     "PSL_ADVERTISING",
	"sale":            "PSL_ADVERTISING",
	"other":           "PSL_APP_FUNCTIONALITY",
}

// NeverEphemeral are the purpose kinds that keep what they process beyond
// the request that brought it: Play's "processed ephemerally" is "only
// stored in memory, and retained for no longer than necessary to service
// the specific request in real-time", and building an advertising or any
// other profile never is.
var NeverEphemeral = []string{"advertising", "sale", "personalization", "analytics", "research", "marketing"}

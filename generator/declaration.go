package generator

import (
	"crypto/sha256"
	"fmt"
	"slices"
)

// Declaration is one notice.toml: what an organisation collects, why, for how
// long and who receives it. [Load] and [Parse] return it validated, with every
// reference between tables resolved.
type Declaration struct {
	File string // name the declaration was loaded from, used in messages

	Notice         Notice
	Controller     Controller
	DPO            *Contact   // nil when no data protection officer is declared
	Representative *Contact   // nil when there is no representative (GDPR Art. 27)
	Authority      *Authority // nil when no supervisory authority is named

	// Data, Purposes and Recipients are in the order the declaration writes them.
	Data       []*Data
	Purposes   []*Purpose
	Recipients []*Recipient

	Rights   Rights
	Security Security
	Audience Audience
	Signals  Signals
	Check    CheckConfig
	// Store is what the app stores' privacy forms ask of an app and the
	// declaration cannot tell otherwise; nil when there is no [store] table.
	Store *AppStore

	positions *positions
	// purposesOf indexes the purposes by the data they use, once the
	// declaration is parsed: PurposesOf is asked for every data item, in
	// every locale, and scanning every purpose's data each time grew with
	// the square of a declaration's size. Nil for a Declaration built in
	// code, which PurposesOf then scans.
	purposesOf map[*Data][]*Purpose
	// digest is the SHA-256 of the text Parse read (line endings made
	// LF): two declarations with the same digest build the same documents,
	// which diff then builds once. Zero for a declaration made in code.
	digest [sha256.Size]byte
}

// Notice is the [notice] table: what the document is.
type Notice struct {
	Title         Text
	Version       string
	Effective     Date
	Locales       []Locale // the first is the source locale
	Jurisdictions []Jurisdiction
	ChangeNotice  *ChangeNotice // nil when not declared
}

// SourceLocale is the locale translators work from: the first one listed.
func (n Notice) SourceLocale() Locale { return n.Locales[0] }

// Has reports whether the notice lists the law with the id.
func (n Notice) Has(id string) bool { return slices.Contains(n.Jurisdictions, Jurisdiction(id)) }

// ChangeNotice is how, and how early, people hear of material changes.
type ChangeNotice struct {
	Channels []Channel `json:"channels"`
	Days     int       `json:"days"`
}

// Date is a calendar date without time zone, as TOML local dates are.
type Date struct {
	Year, Month, Day int
}

// String returns the date as YYYY-MM-DD.
func (d Date) String() string { return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day) }

// Controller is the organisation that decides why and how data is processed.
type Controller struct {
	Name    string `json:"name"`
	Address string `json:"address,omitempty"`
	Country string `json:"country,omitempty"` // ISO 3166-1 alpha-2, upper case
	Email   string `json:"email"`
	Website string `json:"website,omitempty"`
	Phone   string `json:"phone,omitempty"`
}

// Contact is a person or office: the data protection officer or the
// representative in the Union.
type Contact struct {
	Name    string `json:"name,omitempty"`
	Email   string `json:"email,omitempty"`
	Address string `json:"address,omitempty"`
}

// Authority is the supervisory authority people can complain to.
type Authority struct {
	Name string `json:"name"`
	URL  string `json:"url,omitempty"`
}

// Data is one kind of personal data, a [data.<id>] table.
type Data struct {
	ID         string
	Category   Category
	Label      Text // empty: the category's localized name is used
	Source     Source
	SourceName Text // who the data comes from, for third-party sources
	Required   bool
	IfMissing  Text
	sensitive  bool // declared sensitive = true
	// Permission is the phone permission collecting the item needs, when
	// the declaration names one (permission = "camera"); "" otherwise, and
	// PermissionsNeeded derives location and tracking.
	Permission Permission
	// Store is what the item's store.* keys say for the app stores' labels.
	Store DataStore
}

// DataStore is what a data item's store table says that its category and
// purposes cannot: which of a store's data types it is, and how the app
// handles it. Each field is empty (nil) when not declared, and the labels
// then derive it.
type DataStore struct {
	Play  string // a Play data type, such as PSL_PHONE
	Apple string // an App Store Connect data type, such as PHONE_NUMBER
	// Collected false says the item never leaves the device, so that
	// neither store counts it as collected.
	Collected *bool
	// Ephemeral says the item is held in memory only for the request that
	// brings it (Play's "processed ephemerally").
	Ephemeral bool
	// Linked false says the item is not linked to the person's identity
	// (Apple's "Data Not Linked to You").
	Linked *bool
	// Tracking says whether the item is used to track the person in
	// Apple's sense, when the declaration cannot show it.
	Tracking *bool
}

// AppStore is the [store] table: the app-wide answers of the stores' forms.
type AppStore struct {
	// AccountCreation are the ways people create an account in the app:
	// username-password, username-other-auth,
	// username-password-other-auth, oauth, other; or none.
	AccountCreation      []string
	AccountCreationOther string // how, for other
	AccountDeletionURL   string // where people ask for their account and its data to be deleted
	DeletionURL          string // where people ask for their data to be deleted, account or not
	TrackingDomains      []string
}

// DeclaredSensitive reports whether the declaration marks the item
// sensitive (sensitive = true), beyond what its category makes it under
// each law.
func (d *Data) DeclaredSensitive() bool { return d.sensitive }

// Purpose is one reason for processing, a [purpose.<id>] table.
type Purpose struct {
	ID          string
	Kind        PurposeKind
	Label       Text
	Description Text
	Benefit     Text
	Data        []*Data
	Basis       Basis
	Interest    Text
	Choice      Choice
	Withdraw    Text
	Retention   Retention
	Automated   Text
	// SpecialCondition is the condition that allows the purpose to process
	// special categories of data (GDPR Art. 9(2)), such as
	// "explicit-consent"; "" when not declared.
	SpecialCondition string
}

// Uses reports whether the purpose processes the data item.
func (p *Purpose) Uses(d *Data) bool { return slices.Contains(p.Data, d) }

// Recipient is someone data is disclosed to, a [recipient.<id>] table.
type Recipient struct {
	ID        string
	Name      string
	Role      Role
	Purposes  []*Purpose
	Data      []*Data // defaults to the data of its purposes
	Country   string  // ISO 3166-1 alpha-2; empty when not declared
	Safeguard Safeguard
	Sold      bool
	Shared    bool
}

// Rights is how people use their rights.
type Rights struct {
	Email        string `json:"email,omitempty"`
	URL          string `json:"url,omitempty"`
	ResponseDays int    `json:"response_days,omitempty"` // 0 when not declared
}

// Security is how data is protected and how breaches are told.
type Security struct {
	Measures          []Measure
	Details           Text
	BreachNoticeHours int // 0 when not declared
}

// Audience is who the service is meant for.
type Audience struct {
	MinAge int `json:"min_age,omitempty"` // 0 when not declared
}

// Signals is which browser privacy signals are honoured. Nil means not declared.
type Signals struct {
	GPC *bool `json:"gpc,omitempty"`
	DNT *bool `json:"dnt,omitempty"`
}

// CheckConfig is the [check] table, read by noticegen check.
type CheckConfig struct {
	Disable           []string
	MaxSummaryMinutes int // 0 when not declared; the default is 2
}

// DataByID returns the data item with the id, or nil.
func (d *Declaration) DataByID(id string) *Data {
	for _, x := range d.Data {
		if x.ID == id {
			return x
		}
	}
	return nil
}

// PurposeByID returns the purpose with the id, or nil.
func (d *Declaration) PurposeByID(id string) *Purpose {
	for _, p := range d.Purposes {
		if p.ID == id {
			return p
		}
	}
	return nil
}

// RecipientByID returns the recipient with the id, or nil.
func (d *Declaration) RecipientByID(id string) *Recipient {
	for _, r := range d.Recipients {
		if r.ID == id {
			return r
		}
	}
	return nil
}

// PurposesOf returns the purposes that use the data item, in declaration order.
func (d *Declaration) PurposesOf(x *Data) []*Purpose {
	if d.purposesOf != nil {
		return slices.Clone(d.purposesOf[x])
	}
	var ps []*Purpose
	for _, p := range d.Purposes {
		if p.Uses(x) {
			ps = append(ps, p)
		}
	}
	return ps
}

// RecipientsOf returns the recipients that receive the data item.
func (d *Declaration) RecipientsOf(x *Data) []*Recipient {
	var rs []*Recipient
	for _, r := range d.Recipients {
		if slices.Contains(r.Data, x) {
			rs = append(rs, r)
		}
	}
	return rs
}

// Position returns where the key path (such as "purpose", "orders", "basis")
// is written in the declaration's source, or where the nearest table that
// holds it starts. It lets tools such as noticegen check point at lines.
func (d *Declaration) Position(path ...string) Pos {
	if d.positions == nil {
		return Pos{}
	}
	return d.positions.Key(path)
}

package generator

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"

	"github.com/noticegen/noticegen/generator/law"
)

// NoticeJSONVersion is the version of the notice.json schema. It changes
// only when a field is removed or changes meaning; new fields keep it.
const NoticeJSONVersion = 1

// The types below are notice.json: the declaration as data, in document
// order, with what was built from it. Field names follow notice.toml.

type jsonNotice struct {
	Schema     int             `json:"schema_version"`
	Notice     jsonNoticeMeta  `json:"notice"`
	Controller Controller      `json:"controller"`
	DPO        *Contact        `json:"dpo,omitempty"`
	Rep        *Contact        `json:"representative,omitempty"`
	Authority  *Authority      `json:"authority,omitempty"`
	Data       []jsonData      `json:"data"`
	Purposes   []jsonPurpose   `json:"purposes"`
	Recipients []jsonRecipient `json:"recipients"`
	Rights     Rights          `json:"rights"`
	Security   jsonSecurity    `json:"security"`
	Audience   Audience        `json:"audience"`
	Signals    Signals         `json:"signals"`
	Documents  []jsonDocuments `json:"documents"`
}

type jsonNoticeMeta struct {
	Title         Text           `json:"title"`
	Version       string         `json:"version"`
	Effective     string         `json:"effective"`
	Locales       []Locale       `json:"locales"`
	Jurisdictions []Jurisdiction `json:"jurisdictions"`
	ChangeNotice  *ChangeNotice  `json:"change_notice,omitempty"`
}

type jsonData struct {
	ID         string   `json:"id"`
	Category   Category `json:"category"`
	Label      Text     `json:"label,omitempty"`
	Source     Source   `json:"source"`
	SourceName Text     `json:"source_name,omitempty"`
	Required   bool     `json:"required"`
	IfMissing  Text     `json:"if_missing,omitempty"`
	Sensitive  bool     `json:"sensitive"`
	// SensitiveUnder lists the laws, among the notice's, that treat the
	// item as sensitive.
	SensitiveUnder []string `json:"sensitive_under"`
	CCPA           string   `json:"ccpa_category"`
}

type jsonRetention struct {
	Kind     string `json:"kind"`
	Period   string `json:"period,omitempty"`
	Days     *int   `json:"days,omitempty"`
	After    Event  `json:"after,omitempty"`
	Until    Event  `json:"until,omitempty"`
	Criteria Text   `json:"criteria,omitempty"`
	Reason   Text   `json:"reason,omitempty"`
}

type jsonPurpose struct {
	ID          string        `json:"id"`
	Kind        PurposeKind   `json:"kind"`
	Label       Text          `json:"label"`
	Description Text          `json:"description,omitempty"`
	Benefit     Text          `json:"benefit,omitempty"`
	Data        []string      `json:"data"`
	Basis       Basis         `json:"basis"`
	Interest    Text          `json:"interest,omitempty"`
	Choice      Choice        `json:"choice"`
	Withdraw    Text          `json:"withdraw,omitempty"`
	Retention   jsonRetention `json:"retention"`
	Automated   Text          `json:"automated,omitempty"`
	// SpecialCondition is the Art. 9(2) condition, as declared.
	SpecialCondition string `json:"special_condition,omitempty"`
}

type jsonRecipient struct {
	ID        string    `json:"id"`
	Name      string    `json:"name"`
	Role      Role      `json:"role"`
	Purposes  []string  `json:"purposes"`
	Data      []string  `json:"data"`
	Country   string    `json:"country,omitempty"`
	Safeguard Safeguard `json:"safeguard,omitempty"`
	Sold      bool      `json:"sold"`
	Shared    bool      `json:"shared"`
}

type jsonSecurity struct {
	Measures          []Measure `json:"measures"`
	Details           Text      `json:"details,omitempty"`
	BreachNoticeHours int       `json:"breach_notice_hours,omitempty"`
}

type jsonFile struct {
	Path   string `json:"path"`
	Bytes  int    `json:"bytes"`
	SHA256 string `json:"sha256"`
}

// jsonDocument describes one document. Markdown and HTML are left out when
// the build does not write that format (build --format).
type jsonDocument struct {
	Markdown         *jsonFile `json:"markdown,omitempty"`
	HTML             *jsonFile `json:"html,omitempty"`
	Words            int       `json:"words"`
	Letters          int       `json:"letters"`
	Sentences        int       `json:"sentences"`
	ReadingSeconds   int       `json:"reading_seconds"`
	ReadingMinutes   int       `json:"reading_minutes"`
	LettersPerMinute float64   `json:"letters_per_minute"`
	// Readability scores the running text (paragraphs and list items).
	Readability Readability `json:"readability"`
}

type jsonDocuments struct {
	Locale  Locale       `json:"locale"`
	Summary jsonDocument `json:"summary"`
	Policy  jsonDocument `json:"policy"`
	// Glance is the 30-second layer, written as <locale>/glance.md and
	// glance.html (an <article> alone).
	Glance *jsonDocument `json:"glance,omitempty"`
}

// fileInfo describes a file of the site, or returns nil when the site does
// not have it.
func fileInfo(site *Site, path string) *jsonFile {
	b, ok := site.Files[path]
	if !ok {
		return nil
	}
	sum := sha256.Sum256(b)
	return &jsonFile{Path: path, Bytes: len(b), SHA256: hex.EncodeToString(sum[:])}
}

func ids[T any](items []T, id func(T) string) []string {
	out := make([]string, 0, len(items))
	for _, x := range items {
		out = append(out, id(x))
	}
	return out
}

func noticeJSON(d *Declaration, site *Site, built []Locale) ([]byte, error) {
	n := jsonNotice{
		Schema: NoticeJSONVersion,
		Notice: jsonNoticeMeta{
			Title: d.Notice.Title, Version: d.Notice.Version, Effective: d.Notice.Effective.String(),
			Locales: d.Notice.Locales, Jurisdictions: d.Notice.Jurisdictions, ChangeNotice: d.Notice.ChangeNotice,
		},
		Controller: d.Controller, DPO: d.DPO, Rep: d.Representative, Authority: d.Authority,
		Rights: d.Rights, Audience: d.Audience, Signals: d.Signals,
		Security: jsonSecurity{Measures: d.Security.Measures, Details: d.Security.Details, BreachNoticeHours: d.Security.BreachNoticeHours},
		Data:     []jsonData{}, Purposes: []jsonPurpose{}, Recipients: []jsonRecipient{},
	}
	if n.Notice.Jurisdictions == nil {
		n.Notice.Jurisdictions = []Jurisdiction{}
	}
	if n.Security.Measures == nil {
		n.Security.Measures = []Measure{}
	}
	if cn := n.Notice.ChangeNotice; cn != nil && cn.Channels == nil {
		// change_notice = { channels = [] } is a list, if an empty one.
		n.Notice.ChangeNotice = &ChangeNotice{Channels: []Channel{}, Days: cn.Days}
	}
	for _, x := range d.Data {
		n.Data = append(n.Data, jsonData{
			ID: x.ID, Category: x.Category, Label: x.Label, Source: x.Source, SourceName: x.SourceName,
			Required: x.Required, IfMissing: x.IfMissing, SensitiveUnder: d.SensitiveUnder(x),
			// The CCPA's category is kept whatever the laws: programs read it
			// as a crosswalk, as notice.json's schema promises.
			CCPA: law.CCPA.OptOut.Categories[string(x.Category)],
		})
		last := &n.Data[len(n.Data)-1]
		last.Sensitive = len(last.SensitiveUnder) > 0
		if last.SensitiveUnder == nil {
			last.SensitiveUnder = []string{}
		}
	}
	dataID := func(x *Data) string { return x.ID }
	for _, p := range d.Purposes {
		r := p.Retention
		jr := jsonRetention{Kind: r.Kind(), After: r.After, Until: r.Until, Criteria: r.Criteria, Reason: r.Reason}
		if days, ok := r.Days(); ok {
			jr.Period, jr.Days = r.Period.String(), &days
		}
		n.Purposes = append(n.Purposes, jsonPurpose{
			ID: p.ID, Kind: p.Kind, Label: p.Label, Description: p.Description, Benefit: p.Benefit,
			Data: ids(p.Data, dataID), Basis: p.Basis, Interest: p.Interest, Choice: p.Choice,
			Withdraw: p.Withdraw, Retention: jr, Automated: p.Automated, SpecialCondition: p.SpecialCondition,
		})
	}
	for _, r := range d.Recipients {
		n.Recipients = append(n.Recipients, jsonRecipient{
			ID: r.ID, Name: r.Name, Role: r.Role, Purposes: ids(r.Purposes, func(p *Purpose) string { return p.ID }),
			Data: ids(r.Data, dataID), Country: r.Country, Safeguard: r.Safeguard, Sold: r.Sold, Shared: r.Shared,
		})
	}
	for _, l := range built {
		docs := jsonDocuments{Locale: l}
		for kind, dst := range map[string]*jsonDocument{"summary": &docs.Summary, "policy": &docs.Policy} {
			doc := site.Documents[l][kind]
			*dst = jsonDocument{
				Markdown: fileInfo(site, string(l)+"/"+kind+".md"), HTML: fileInfo(site, string(l)+"/"+kind+".html"),
				Words: doc.Reading.Words, Letters: doc.Reading.Letters, Sentences: len(Sentences(doc.Plain)),
				ReadingSeconds: doc.Reading.Seconds, ReadingMinutes: doc.Reading.Minutes,
				LettersPerMinute: doc.Reading.LettersPerMinute, Readability: doc.Readability,
			}
		}
		if doc := site.Documents[l]["glance"]; doc != nil {
			docs.Glance = &jsonDocument{
				Markdown: fileInfo(site, string(l)+"/glance.md"), HTML: fileInfo(site, string(l)+"/glance.html"),
				Words: doc.Reading.Words, Letters: doc.Reading.Letters, Sentences: len(Sentences(doc.Plain)),
				ReadingSeconds: doc.Reading.Seconds, ReadingMinutes: doc.Reading.Minutes,
				LettersPerMinute: doc.Reading.LettersPerMinute, Readability: doc.Readability,
			}
		}
		n.Documents = append(n.Documents, docs)
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(n); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

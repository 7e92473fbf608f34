package generator

import (
	"fmt"
	"slices"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/noticegen/noticegen/locales"
)

// view is what the templates see for one locale: every value is already
// localized and safe to place in Markdown. Choosing which sentence to use is
// the templates' work; the sentences themselves come from the catalog.
type view struct {
	Locale     Locale
	Title      string
	TitlePlain string
	Version    string
	Effective  string

	GDPR, CCPA, UUPDP bool
	Laws              []string // the laws the notice is written for, one an item

	Controller     controllerView
	DPO            *contactView
	Representative *contactView
	Authority      string // a link to the authority, or its name; "" when none is declared

	Data       []*dataView
	Purposes   []*purposeView
	Recipients []*recipientView
	Transfers  transfersView

	HasProcessors bool
	Rights        rightsView
	HasConsent    bool
	HasAutomated  bool
	Automated     []*purposeView
	Benefits      []*purposeView
	Choices       []*purposeView
	RequiredData  string

	Security   securityView
	MinAge     int
	HasSignals bool
	GPC, DNT   string // "yes", "no", or "" when not declared
	Changes    changesView
	Cal        ccpaView

	Reading readingView
	Links   linksView

	// WhatChanged is one sentence a change since the previous version, when
	// the build was given one.
	WhatChanged                   []string
	PreviousVersion, PreviousDate string
}

type controllerView struct {
	Name, Email, Phone, Website, Address, Country string
}

type contactView struct {
	Name, Email, Address string
}

type dataView struct {
	ID, Label, LabelPlain, Category string
	Sensitive                       bool
	Source                          string // "you", "device", "third-party" or "public"
	SourceName                      string
	Required                        bool
	IfMissing                       string
	Purposes, Recipients            string
}

type purposeView struct {
	ID, Kind, Label, LabelPlain, Description, Benefit string
	DataList                                          string
	Basis, BasisRefs, BasisKey                        string
	Interest                                          string
	Choice                                            string
	Withdraw                                          string
	Retention, RetentionReason                        string
	Automated                                         string
}

type recipientView struct {
	ID, Name, Role, RoleKey, RoleShort, Purposes, Data, Country string
	Sold, Shared                                                bool
}

type transferView struct {
	Name, Country, Safeguard string
}

type transfersView struct {
	GDPR, UUPDP, Other []transferView
}

type rightsView struct {
	Email, URL string // links; either may be ""
	Contact    string // the first channel, for "write to …" fallbacks
	Days       int
}

type securityView struct {
	Measures      []string
	MeasuresShort string
	Details       string
	BreachHours   string
}

type changesView struct {
	Declared bool
	Channels string
	Days     int
}

type ccpaRow struct {
	Category, Data, Sources, Sold string
}

type ccpaView struct {
	Rows       []ccpaRow
	Sensitive  string
	Sold       bool
	SoldCats   string
	SoldTo     string
	Sensitives bool
	Link       string
}

type readingView struct {
	Summary, Policy string
}

type linksView struct {
	Summary, Policy string
}

// builder makes the view of one declaration in one locale.
type builder struct {
	d   *Declaration
	l   Locale
	cat *locales.Catalog
	err error
}

// msg formats a catalog message, remembering the first error.
func (b *builder) msg(key string, args ...any) string {
	s, err := b.cat.Format(key, args...)
	if err != nil && b.err == nil {
		b.err = err
	}
	return s
}

func (b *builder) text(t Text) string { return InlineMarkdown(t.In(b.l)) }

func (b *builder) plain(t Text) string { return escapeMarkdown(PlainText(t.In(b.l)), false) }

func esc(s string) string { return escapeMarkdown(s, false) }

// yesNo gives templates a declared boolean as "yes" or "no", and "" when it
// was not declared. (A *bool would be true in a template whenever set.)
func yesNo(b *bool) string {
	switch {
	case b == nil:
		return ""
	case *b:
		return "yes"
	}
	return "no"
}

func mailLink(addr string) string {
	if addr == "" {
		return ""
	}
	return "[" + esc(addr) + "](" + escapeDestination("mailto:"+addr) + ")"
}

// webLink links a web address, showing it without its scheme and without a
// trailing slash: "example.com/privacy".
func webLink(u string) string {
	if u == "" {
		return ""
	}
	shown := strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(u, "https://"), "http://"), "/")
	return "[" + esc(shown) + "](" + escapeDestination(u) + ")"
}

// country names an ISO 3166 country in the locale, with CLDR's names.
func (b *builder) country(code string) string {
	if code == "" {
		return ""
	}
	r, err := language.ParseRegion(code)
	if err != nil {
		return esc(code)
	}
	if name := display.Regions(language.Make(string(b.l))).Name(r); name != "" {
		return esc(name)
	}
	return esc(code)
}

func (b *builder) label(x *Data) string {
	if !x.Label.IsZero() {
		return b.text(x.Label)
	}
	return b.msg("category." + string(x.Category))
}

func (b *builder) labelPlain(x *Data) string {
	if !x.Label.IsZero() {
		return b.plain(x.Label)
	}
	return b.msg("category." + string(x.Category))
}

func (b *builder) retention(r Retention) string {
	switch r.Kind() {
	case "criteria":
		return b.text(r.Criteria)
	case "until":
		return b.msg("retention.until." + string(r.Until))
	}
	period := b.msg("unit."+string(r.Period.Unit), "count", r.Period.N)
	if r.After != "" {
		return b.msg("retention.after."+string(r.After), "period", period)
	}
	return period
}

func (b *builder) build() (*view, error) {
	d := b.d
	v := &view{
		Locale:     b.l,
		Title:      b.text(d.Notice.Title),
		TitlePlain: PlainText(d.Notice.Title.In(b.l)),
		Version:    esc(d.Notice.Version),
		Effective:  b.cat.Date(d.Notice.Effective.Year, d.Notice.Effective.Month, d.Notice.Effective.Day),
		GDPR:       d.Notice.Has(GDPR),
		CCPA:       d.Notice.Has(CCPA),
		UUPDP:      d.Notice.Has(UUPDP),
		MinAge:     d.Audience.MinAge,
		GPC:        yesNo(d.Signals.GPC),
		DNT:        yesNo(d.Signals.DNT),
	}
	var laws []string
	for _, j := range d.Notice.Jurisdictions {
		laws = append(laws, b.msg("jurisdiction."+string(j)))
	}
	v.Laws = laws
	v.HasSignals = d.Signals.GPC != nil || d.Signals.DNT != nil || v.CCPA

	c := d.Controller
	v.Controller = controllerView{
		Name: esc(c.Name), Email: mailLink(c.Email), Phone: esc(c.Phone),
		Website: webLink(c.Website), Address: esc(c.Address), Country: b.country(c.Country),
	}
	if d.DPO != nil {
		v.DPO = &contactView{Name: esc(d.DPO.Name), Email: mailLink(d.DPO.Email), Address: esc(d.DPO.Address)}
	}
	if d.Representative != nil {
		r := d.Representative
		v.Representative = &contactView{Name: esc(r.Name), Email: mailLink(r.Email), Address: esc(r.Address)}
	}
	if a := d.Authority; a != nil {
		v.Authority = esc(a.Name)
		if a.URL != "" {
			v.Authority = "[" + esc(a.Name) + "](" + escapeDestination(a.URL) + ")"
		}
	}

	v.Rights = rightsView{Email: mailLink(d.Rights.Email), URL: webLink(d.Rights.URL), Days: d.Rights.ResponseDays}
	v.Rights.Contact = v.Rights.Email
	if v.Rights.Contact == "" {
		v.Rights.Contact = v.Rights.URL
	}

	purposeViews := map[*Purpose]*purposeView{}
	for _, p := range d.Purposes {
		pv := b.purpose(p)
		purposeViews[p] = pv
		v.Purposes = append(v.Purposes, pv)
		if p.Basis == Consent {
			v.HasConsent = true
		}
		if !p.Automated.IsZero() {
			v.HasAutomated = true
			v.Automated = append(v.Automated, pv)
		}
		if !p.Benefit.IsZero() {
			v.Benefits = append(v.Benefits, pv)
		}
		if p.Choice == OptIn || p.Choice == OptOut {
			v.Choices = append(v.Choices, pv)
		}
	}
	var required []string
	for _, x := range d.Data {
		v.Data = append(v.Data, b.data(x))
		if x.Required {
			required = append(required, b.labelPlain(x))
		}
	}
	v.RequiredData = b.cat.List(required)
	for _, r := range d.Recipients {
		v.Recipients = append(v.Recipients, b.recipient(r))
		if r.Role == "processor" {
			v.HasProcessors = true
		}
	}
	v.Transfers = b.transfers()
	v.Security = b.security()
	if cn := d.Notice.ChangeNotice; cn != nil {
		var ch []string
		for _, c := range cn.Channels {
			ch = append(ch, b.msg("channel."+string(c)))
		}
		v.Changes = changesView{Declared: true, Channels: b.cat.And(ch), Days: cn.Days}
	}
	if v.CCPA {
		v.Cal = b.ccpa()
	}
	return v, b.err
}

func (b *builder) purpose(p *Purpose) *purposeView {
	pv := &purposeView{
		ID: p.ID, Kind: string(p.Kind), Label: b.text(p.Label), LabelPlain: b.plain(p.Label),
		Description: b.text(p.Description), Benefit: b.text(p.Benefit),
		Basis: b.msg("basis." + string(p.Basis)), BasisKey: string(p.Basis),
		Interest: b.text(p.Interest), Choice: string(p.Choice), Withdraw: b.text(p.Withdraw),
		Retention: b.retention(p.Retention), RetentionReason: b.text(p.Retention.Reason),
		Automated: b.text(p.Automated),
	}
	var labels []string
	for _, x := range p.Data {
		labels = append(labels, b.labelPlain(x))
	}
	pv.DataList = b.cat.List(labels)
	var refs []string
	for _, j := range []Jurisdiction{GDPR, UUPDP} {
		if b.d.Notice.Has(j) {
			refs = append(refs, b.msg("basis_ref."+string(j)+"."+string(p.Basis)))
		}
	}
	pv.BasisRefs = strings.Join(refs, "; ")
	return pv
}

func (b *builder) data(x *Data) *dataView {
	dv := &dataView{
		ID: x.ID, Label: b.label(x), LabelPlain: b.labelPlain(x),
		Category: b.msg("category." + string(x.Category)), Sensitive: x.Sensitive(),
		Source: string(x.Source), SourceName: b.text(x.SourceName),
		Required: x.Required, IfMissing: b.text(x.IfMissing),
	}
	var ps []string
	for _, p := range b.d.PurposesOf(x) {
		ps = append(ps, fmt.Sprintf("[%s](#purpose-%s)", b.plain(p.Label), p.ID))
	}
	dv.Purposes = b.cat.List(ps)
	var rs []string
	for _, r := range b.d.RecipientsOf(x) {
		rs = append(rs, fmt.Sprintf("[%s](#recipient-%s)", esc(r.Name), r.ID))
	}
	dv.Recipients = b.cat.List(rs)
	return dv
}

func (b *builder) recipient(r *Recipient) *recipientView {
	rv := &recipientView{
		ID: r.ID, Name: esc(r.Name), Role: b.msg("role." + string(r.Role)),
		RoleKey: string(r.Role), RoleShort: b.msg("role_short." + string(r.Role)), Country: b.country(r.Country),
		Sold: r.Sold, Shared: r.Shared,
	}
	var ps, ds []string
	for _, p := range r.Purposes {
		ps = append(ps, b.plain(p.Label))
	}
	for _, x := range r.Data {
		ds = append(ds, b.labelPlain(x))
	}
	rv.Purposes, rv.Data = b.cat.List(ps), b.cat.List(ds)
	return rv
}

// transfers sorts recipients abroad by the law whose transfer rules apply:
// outside the EEA under the GDPR, outside Indonesia under the UU PDP, and
// outside the controller's country when neither applies.
func (b *builder) transfers() transfersView {
	var t transfersView
	d := b.d
	for _, r := range d.Recipients {
		if r.Country == "" {
			continue
		}
		tv := func(law Jurisdiction) transferView {
			x := transferView{Name: esc(r.Name), Country: b.country(r.Country)}
			if r.Safeguard != "" && law != "" {
				x.Safeguard = b.msg("safeguard." + string(law) + "." + string(r.Safeguard))
			}
			return x
		}
		if d.Notice.Has(GDPR) && !InEEA(r.Country) {
			t.GDPR = append(t.GDPR, tv(GDPR))
		}
		if d.Notice.Has(UUPDP) && r.Country != "ID" {
			t.UUPDP = append(t.UUPDP, tv(UUPDP))
		}
		if !d.Notice.Has(GDPR) && !d.Notice.Has(UUPDP) && d.Controller.Country != "" && r.Country != d.Controller.Country {
			t.Other = append(t.Other, tv(""))
		}
	}
	return t
}

func (b *builder) security() securityView {
	s := b.d.Security
	sv := securityView{Details: b.text(s.Details)}
	var short []string
	for _, m := range s.Measures {
		sv.Measures = append(sv.Measures, b.msg("measure."+string(m)))
		short = append(short, b.msg("measure_short."+string(m)))
	}
	sv.MeasuresShort = b.cat.And(short)
	if s.BreachNoticeHours > 0 {
		sv.BreachHours = b.msg("duration.hours", "count", s.BreachNoticeHours)
	}
	return sv
}

// ccpa groups the data by CCPA category (§1798.140(v)(1)), in the statute's order.
func (b *builder) ccpa() ccpaView {
	d := b.d
	var cv ccpaView
	letters := []string{}
	byLetter := map[string][]*Data{}
	for _, x := range d.Data {
		l := x.Category.CCPA()
		if _, ok := byLetter[l]; !ok {
			letters = append(letters, l)
		}
		byLetter[l] = append(byLetter[l], x)
	}
	slices.Sort(letters)
	var soldCats []string
	for _, l := range letters {
		row := ccpaRow{Category: b.msg("ccpa_category." + l)}
		var labels, sources []string
		sold := false
		for _, x := range byLetter[l] {
			labels = append(labels, b.labelPlain(x))
			src := b.msg("policy.ccpa_source_" + strings.ReplaceAll(string(x.Source), "-", "_"))
			if !slices.Contains(sources, src) {
				sources = append(sources, src)
			}
			for _, r := range d.RecipientsOf(x) {
				if r.Sold || r.Shared {
					sold = true
				}
			}
		}
		row.Data, row.Sources = b.cat.List(labels), b.cat.List(sources)
		row.Sold = b.msg("policy.no")
		if sold {
			row.Sold = b.msg("policy.yes")
			soldCats = append(soldCats, row.Category)
		}
		cv.Rows = append(cv.Rows, row)
	}
	var sensitive []string
	for _, x := range d.Data {
		if x.Sensitive() {
			sensitive = append(sensitive, b.labelPlain(x))
		}
	}
	cv.Sensitive = b.cat.List(sensitive)
	cv.Sensitives = len(sensitive) > 0
	var to []string
	for _, r := range d.Recipients {
		if r.Sold || r.Shared {
			to = append(to, esc(r.Name))
		}
	}
	cv.Sold = len(to) > 0
	cv.SoldCats, cv.SoldTo = b.cat.List(soldCats), b.cat.List(to)
	cv.Link = b.d.rightsLink()
	return cv
}

// rightsLink is where people send requests: the form if there is one, else the email.
func (d *Declaration) rightsLink() string {
	if d.Rights.URL != "" {
		return webLink(d.Rights.URL)
	}
	return mailLink(d.Rights.Email)
}

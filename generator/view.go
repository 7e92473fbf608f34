package generator

import (
	"fmt"
	"slices"
	"strings"

	"golang.org/x/text/language"

	"github.com/noticegen/noticegen/generator/law"
	"github.com/noticegen/noticegen/locales"
)

// view is what the templates see for one locale: every value is already
// localized and safe to place in Markdown. Templates choose among sentences
// that do not depend on a law; everything a law decides (which rights,
// which ages, what a breach triggers) arrives as finished sentences from
// lawview.go, so that no template names a law.
type view struct {
	Locale     Locale
	Title      string
	TitlePlain string
	Version    string
	Effective  string

	Laws []string // the laws the notice is written for, one an item
	// ShowBasis: a law of the notice has a list of legal bases (the GDPR,
	// the UU PDP), or the notice names no law; under the CCPA, the DPDP Act
	// or Quebec's Act alone a purpose states no legal basis.
	ShowBasis bool

	Controller     controllerView
	DPO            *contactView
	Representative *contactView
	Contacts       []*contactView // the DPO, then the representative, as declared

	Data       []*dataView
	Purposes   []*purposeView
	Recipients []*recipientView

	// Transfers has a group a law that restricts transfers, when the
	// notice names one; Abroad lists the recipients outside the
	// controller's country when it names none.
	Transfers []transferGroup
	Abroad    []transferView
	Sells     bool // a law the notice names defines selling and sharing
	// SaleOptOut: a law the notice names gives a right to opt out of sale
	// (the CCPA, the US state laws), which a GPC signal exercises.
	SaleOptOut bool
	// SellsOrShares: a recipient of the declaration buys the data or
	// receives it for advertising (declared shared, or a third party that
	// serves an advertising or sale purpose).
	SellsOrShares bool
	// SaleNote says, of a recipient the data is sold to, that it is a sale
	// under the laws that give a right to opt out of one; "" under others.
	SaleNote string

	HasProcessors bool
	Rights        rightsView
	// RightsByLaw has a section a law with rights of its own; with no such
	// law, the templates list the rights every person is given.
	RightsByLaw  []rightsSection
	Deadlines    []string // how fast requests are answered, by law, when the declaration does not say
	HasConsent   bool
	HasAutomated bool
	Automated    []*purposeView
	// AutomatedRights is what each law lets people do about those decisions.
	AutomatedRights []string
	Benefits        []*purposeView
	Choices         []*purposeView
	RequiredData    string

	Security securityView
	Breach   []string // the policy's breach sentences, by law
	MinAge   int
	Children []string // what each law says of children below its age

	HasSignals bool
	GPC, DNT   string // "yes", "no", or "" when not declared
	// DNTStated: the notice must say how it answers Do Not Track even when
	// the declaration does not (CalOPPA, through a law's signals element).
	DNTStated bool
	Changes   changesView
	OptOuts   []optOutView
	// Statements are the sentences a law makes the notice print word for
	// word where their condition holds; the summary and the policy both
	// open with them.
	Statements []string
	// foreign are the statements printed in another language than the
	// notice's, for the page to mark.
	foreign []foreignText

	Summary summaryView
	Glance  glanceView

	Reading readingView
	Links   linksView

	// WhatChanged is one sentence a change since the previous version, when
	// the build was given one.
	WhatChanged                   []string
	PreviousVersion, PreviousDate string
}

// glanceView is the 30-second layer's values (see glance.md.tmpl).
type glanceView struct {
	Uses                 string // the purposes, in a sentence
	Sold, Ads, Automated string // a plain yes or no (Sold: or shared, under a law that defines sharing)
	Off, On              string // the purposes off until people agree, on unless they object
	Contact              string // where people use their rights
}

// summaryView is what only the summary says, law by law.
type summaryView struct {
	// Order is the order of the summary's sections (see summary.md.tmpl).
	Order []string
	// Basis: the table of purposes states each one's legal basis.
	Basis     bool
	Transfers []string
	OptOut    string
	Rights    []string
	Complaint []string
	Breach    []string
	// Automated is what each law lets people do about automated decisions.
	Automated []string
}

type controllerView struct {
	Name, Email, Phone, Website, Address, Country string
}

// contactView is the data protection officer or the representative, with
// the sentence that introduces them.
type contactView struct {
	Intro, Name, Email, Address string
}

type dataView struct {
	ID, Label, LabelPlain, Category string
	Sensitive                       []string // a sentence a law that treats it as sensitive
	Source                          string   // "you", "device", "third-party" or "public"
	SourceName                      string
	Required                        bool
	IfMissing                       string // the whole sentence, or ""
	Purposes, Recipients            string
}

type purposeView struct {
	ID, Kind, Label, LabelPlain, Description, Benefit string
	DataList, DataCell                                string
	Basis, BasisShort, BasisRefs, BasisKey            string
	Conditions                                        []string // the condition each law requires for its sensitive data
	Interest                                          string
	Objections                                        []string // the right to object, under the laws that give one
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

// transferGroup is the recipients outside the territory of one law.
type transferGroup struct {
	Intro string
	Items []transferView
	Copy  string // how to get a copy of the safeguards, where the law gives one
}

type rightsView struct {
	Email, URL string // links; either may be ""
	Contact    string // the first channel, for "write to …" fallbacks
	Days       int
}

// rightsSection is the rights of one law.
type rightsSection struct {
	ID, Heading string
	Items       []string
	After       []string // sentences after the list: how to complain, how to ask
}

type securityView struct {
	Measures      []string
	MeasuresShort string
	Details       string
}

type changesView struct {
	Declared bool
	Channels string
	Days     int
}

// optOutView is the section of a law with an opt-out of sale and sharing
// and a taxonomy of its own (the CCPA's).
type optOutView struct {
	ID, Heading, Intro, CategoriesHeading, Categories string
	Columns                                           []string
	Rows                                              [][]string
	Paragraphs                                        []string
}

type readingView struct {
	Summary, Policy string
	// GlanceSeconds is how long the glance takes to read, in seconds: it
	// is meant to take 30 or less, so minutes would say nothing.
	GlanceSeconds int
}

type linksView struct {
	Summary, Policy string
}

// builder makes the view of one declaration in one locale.
type builder struct {
	d    *Declaration
	l    Locale
	cat  *locales.Catalog
	laws []law.Applied
	err  error
	// starts is nameStarts of the declaration's names, found once: a
	// large notice makes small the first letter of thousands of labels.
	starts     []string
	startsDone bool
	// inlines keep text and plain of each declaration text met, by
	// inlineKind: a large notice names each data item and purpose in many
	// places, and each time its Markdown was parsed again.
	inlines [2]map[string]string
	// cache, in a diff, holds what the other side converted.
	cache *textCache
}

// nameStarts returns nameStarts of the declaration's names.
func (b *builder) nameStarts() []string {
	if !b.startsDone {
		b.starts, b.startsDone = nameStarts(b.d.names()), true
	}
	return b.starts
}

// msg formats a catalog message, remembering the first error.
func (b *builder) msg(key string, args ...any) string {
	s, err := b.cat.Format(b.frameKey(key), args...)
	if err != nil && b.err == nil {
		b.err = err
	}
	return s
}

func (b *builder) text(t Text) string {
	return b.inline(inlineMarkdown, t.In(b.l))
}

func (b *builder) plain(t Text) string {
	return b.inline(inlinePlain, t.In(b.l))
}

// inlineKind is what builder.text or builder.plain makes of a declaration
// text.
type inlineKind int

const (
	inlineMarkdown inlineKind = iota // InlineMarkdown
	inlinePlain                      // the plain text, escaped as Markdown
)

func (k inlineKind) of(s string) string {
	if k == inlineMarkdown {
		return InlineMarkdown(s)
	}
	return escapeMarkdown(PlainText(s), false)
}

// inline returns k.of(s), computed once for each s and kept, and in a diff
// shared with the other side through b.cache.
func (b *builder) inline(k inlineKind, s string) string {
	if out, ok := b.inlines[k][s]; ok {
		return out
	}
	if b.inlines[k] == nil {
		b.inlines[k] = map[string]string{}
	}
	var out string
	if b.cache != nil {
		out = b.cache.inline(k, s)
	} else {
		out = k.of(s)
	}
	b.inlines[k][s] = out
	return out
}

// lowerFirst makes the first letter of declaration text small, as
// lowerFirst does, keeping the names the declaration gives and the words
// the locale always writes with a capital.
func (b *builder) lowerFirst(s string) string {
	return lowerFirst(s, b.nameStarts(), b.cat.KeepCapital())
}

// lowerMessage makes the first letter of a catalog's text small, keeping
// the words the locale always writes with a capital.
func (b *builder) lowerMessage(s string) string {
	return lowerFirst(s, nil, b.cat.KeepCapital())
}

// inserted returns declaration text that a sentence places after a colon.
// Where the locale writes a small letter there (French, Spanish,
// Indonesian), its first letter is made small, unless its first word is a
// name the declaration gives or is written in capitals.
func (b *builder) inserted(t Text) string {
	s := t.In(b.l)
	if b.cat.LowerAfterColon() {
		s = b.lowerFirst(s)
	}
	return InlineMarkdown(s)
}

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
	if name := regionName(b.l, r); name != "" {
		return esc(name)
	}
	return esc(code)
}

//go:generate go run ./internal/regions

// regionName is CLDR's name of a region in a built-in locale, or "" (see
// regions_gen.go).
func regionName(l Locale, r language.Region) string {
	names := regionNames[l]
	i := strings.Index(names, "\n"+r.String()+"=")
	if i < 0 {
		return ""
	}
	name := names[i+len(r.String())+2:]
	return name[:strings.IndexByte(name, '\n')]
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

// labelInline is a data item's label in the middle of a sentence: with a
// small first letter, as a common noun is written there.
func (b *builder) labelInline(x *Data) string {
	return b.lowerFirst(b.labelPlain(x))
}

// purposeInline is a purpose's label in the middle of a sentence.
func (b *builder) purposeInline(p *Purpose) string {
	return b.lowerFirst(b.plain(p.Label))
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
	var err error
	if b.laws, err = d.Laws(); err != nil {
		return nil, err
	}
	v := &view{
		Locale:     b.l,
		Title:      b.text(d.Notice.Title),
		TitlePlain: PlainText(d.Notice.Title.In(b.l)),
		Version:    esc(d.Notice.Version),
		Effective:  b.cat.Date(d.Notice.Effective.Year, d.Notice.Effective.Month, d.Notice.Effective.Day),
		MinAge:     d.Audience.MinAge,
		GPC:        yesNo(d.Signals.GPC),
		DNT:        yesNo(d.Signals.DNT),
	}
	v.Laws = b.lawNames()

	c := d.Controller
	v.Controller = controllerView{
		Name: esc(c.Name), Email: mailLink(c.Email), Phone: esc(c.Phone),
		Website: webLink(c.Website), Address: esc(c.Address), Country: b.country(c.Country),
	}
	v.DPO = b.dpo()
	v.Representative = b.representative()
	for _, c := range []*contactView{v.DPO, v.Representative} {
		if c != nil {
			v.Contacts = append(v.Contacts, c)
		}
	}

	v.Rights = rightsView{Email: mailLink(d.Rights.Email), URL: webLink(d.Rights.URL), Days: d.Rights.ResponseDays}
	v.Rights.Contact = v.Rights.Email
	if v.Rights.Contact == "" {
		v.Rights.Contact = v.Rights.URL
	}

	for _, p := range d.Purposes {
		pv := b.purpose(p)
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
			required = append(required, b.labelInline(x))
		}
	}
	v.RequiredData = b.cat.And(required)
	for _, r := range d.Recipients {
		v.Recipients = append(v.Recipients, b.recipient(r))
		if r.Role == "processor" {
			v.HasProcessors = true
		}
	}
	v.Security = b.security()
	if cn := d.Notice.ChangeNotice; cn != nil {
		var ch []string
		for _, c := range cn.Channels {
			ch = append(ch, b.msg("channel."+string(c)))
		}
		v.Changes = changesView{Declared: true, Channels: b.cat.And(ch), Days: cn.Days}
	}
	b.lawParts(v)
	v.Glance = b.glance(v.Sells)
	return v, b.err
}

func (b *builder) purpose(p *Purpose) *purposeView {
	pv := &purposeView{
		ID: p.ID, Kind: string(p.Kind), Label: b.text(p.Label), LabelPlain: b.plain(p.Label),
		Description: b.text(p.Description), Benefit: b.inserted(p.Benefit),
		Basis: b.msg("basis." + string(p.Basis)), BasisShort: b.msg("basis_short." + basisShort(p)), BasisKey: string(p.Basis),
		Interest: b.inserted(p.Interest), Choice: string(p.Choice), Withdraw: b.inserted(p.Withdraw),
		Retention: b.retention(p.Retention), RetentionReason: b.inserted(p.Retention.Reason),
		Automated: b.inserted(p.Automated),
	}
	var inline, cell []string
	for i, x := range p.Data {
		inline = append(inline, b.labelInline(x))
		if i == 0 {
			cell = append(cell, b.labelPlain(x))
		} else {
			cell = append(cell, b.labelInline(x))
		}
	}
	pv.DataList = b.cat.And(inline)
	pv.DataCell = b.cat.List(cell)
	b.purposeLaws(p, pv)
	return pv
}

// glance makes the values of the 30-second layer: which purposes, a plain
// yes or no for selling (and sharing, where a law the notice names defines
// it: the CCPA's cross-context behavioural advertising), targeted
// advertising and decisions by automated means alone, and what is off
// until people agree. sharing: a law the notice names defines sharing.
func (b *builder) glance(sharing bool) glanceView {
	d := b.d
	yesNo := func(yes bool) string {
		if yes {
			return b.msg("glance.yes")
		}
		return b.msg("glance.no")
	}
	var uses, off, on []string
	ads, automated := false, false
	for _, p := range d.Purposes {
		uses = append(uses, b.purposeInline(p))
		switch p.Choice {
		case OptIn:
			off = append(off, b.purposeInline(p))
		case OptOut:
			on = append(on, b.purposeInline(p))
		}
		ads = ads || p.Kind == "advertising" || p.Kind == "sale"
		automated = automated || !p.Automated.IsZero()
	}
	sold := d.sellsOrShares()
	if !sharing {
		sold = slices.ContainsFunc(d.Recipients, func(r *Recipient) bool { return r.Sold })
	}
	return glanceView{
		Uses: b.cat.And(uses), Sold: yesNo(sold), Ads: yesNo(ads), Automated: yesNo(automated),
		Off: b.cat.And(off), On: b.cat.And(on), Contact: d.rightsLink(),
	}
}

// basisShort is the key of a purpose's basis in the summary's table: its
// legal basis, or explicit consent where that is what allows its special
// categories of data.
func basisShort(p *Purpose) string {
	if p.Basis == Consent && p.SpecialCondition == "explicit-consent" {
		return "explicit-consent"
	}
	return string(p.Basis)
}

func (b *builder) data(x *Data) *dataView {
	dv := &dataView{
		ID: x.ID, Label: b.label(x), LabelPlain: b.labelPlain(x),
		Category: b.lowerMessage(b.msg("category." + string(x.Category))),
		Source:   string(x.Source), SourceName: b.text(x.SourceName),
		Required: x.Required,
	}
	if !x.IfMissing.IsZero() {
		dv.IfMissing = b.msg("policy.data_if_missing", "consequence", b.inserted(x.IfMissing))
	}
	dv.Sensitive = b.sensitive(x)
	var ps []string
	for _, p := range b.d.PurposesOf(x) {
		ps = append(ps, fmt.Sprintf("[%s](#purpose-%s)", b.purposeInline(p), p.ID))
	}
	dv.Purposes = b.cat.And(ps)
	var rs []string
	for _, r := range b.d.RecipientsOf(x) {
		rs = append(rs, fmt.Sprintf("[%s](#recipient-%s)", esc(r.Name), r.ID))
	}
	dv.Recipients = b.cat.And(rs)
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
		ps = append(ps, b.purposeInline(p))
	}
	for _, x := range r.Data {
		ds = append(ds, b.labelInline(x))
	}
	rv.Purposes, rv.Data = b.cat.And(ps), b.cat.And(ds)
	return rv
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
	return sv
}

// rightsLink is where people send requests: the form if there is one, else the email.
func (d *Declaration) rightsLink() string {
	if d.Rights.URL != "" {
		return webLink(d.Rights.URL)
	}
	return mailLink(d.Rights.Email)
}

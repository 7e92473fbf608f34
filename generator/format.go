package generator

import (
	"regexp"
	"slices"
	"strings"

	"github.com/noticegen/noticegen/generator/store"
)

// This file maps the tables and keys of notice-format.md onto Declaration.
// Each function reads one table; keys it does not read are reported as
// unknown by table.done.

func (d *decoder) declaration(raw map[string]any) *Declaration {
	decl := &Declaration{}
	top := &table{d: d, m: raw, used: map[string]bool{}}

	// The notice comes first: its locales decide what every text needs.
	if v, ok := top.get("notice", true, "add a [notice] table with title, version, effective and locales"); ok {
		decl.Notice = d.notice(v)
	}
	if v, ok := top.get("controller", true, "add a [controller] table with name and email"); ok {
		decl.Controller = d.controller(v)
	}
	for _, c := range []struct {
		key  string
		dest **Contact
	}{{"dpo", &decl.DPO}, {"representative", &decl.Representative}} {
		if v, ok := top.get(c.key, false, ""); ok {
			*c.dest = d.contact([]string{c.key}, v)
		}
	}
	if v, ok := top.get("authority", false, ""); ok {
		decl.Authority = d.authority(v)
	}
	if v, ok := top.get("data", true, "add at least one [data.<id>] table, such as [data.email]"); ok {
		for _, id := range d.keyedTables([]string{"data"}, v, "email") {
			decl.Data = append(decl.Data, d.data(id, v.(map[string]any)[id]))
		}
	}
	var purposeData = map[*Purpose][]string{}
	if v, ok := top.get("purpose", true, "add at least one [purpose.<id>] table, such as [purpose.orders]"); ok {
		for _, id := range d.keyedTables([]string{"purpose"}, v, "orders") {
			p, refs := d.purpose(id, v.(map[string]any)[id])
			decl.Purposes = append(decl.Purposes, p)
			purposeData[p] = refs
		}
	}
	var recipientRefs = map[*Recipient][2][]string{}
	if v, ok := top.get("recipient", false, ""); ok {
		for _, id := range d.keyedTables([]string{"recipient"}, v, "mailer") {
			r, purposes, data := d.recipient(id, v.(map[string]any)[id])
			decl.Recipients = append(decl.Recipients, r)
			recipientRefs[r] = [2][]string{purposes, data}
		}
	}
	if v, ok := top.get("rights", true, "add a [rights] table with email or url, where people send requests"); ok {
		decl.Rights = d.rights(v)
	}
	if v, ok := top.get("security", false, ""); ok {
		decl.Security = d.security(v)
	}
	if v, ok := top.get("audience", false, ""); ok {
		if t := d.table([]string{"audience"}, v); t != nil {
			decl.Audience.MinAge = t.integer("min_age", false, 0, 120, "write min_age = 16")
			t.done()
		}
	}
	if v, ok := top.get("signals", false, ""); ok {
		if t := d.table([]string{"signals"}, v); t != nil {
			decl.Signals.GPC = t.boolean("gpc")
			decl.Signals.DNT = t.boolean("dnt")
			t.done()
		}
	}
	if v, ok := top.get("store", false, ""); ok {
		decl.Store = d.appStore(v)
	}
	if v, ok := top.get("check", false, ""); ok {
		if t := d.table([]string{"check"}, v); t != nil {
			decl.Check.Disable = t.stringList("disable", false, `write disable = ["rule-id"]`, nil)
			decl.Check.MaxSummaryMinutes = t.integer("max_summary_minutes", false, 1, 60, "write max_summary_minutes = 2")
			t.done()
		}
	}
	top.done()

	d.resolve(decl, purposeData, recipientRefs)
	return decl
}

func (d *decoder) notice(v any) Notice {
	var n Notice
	t := d.table([]string{"notice"}, v)
	if t == nil {
		return n
	}
	// Read the locales before any text.
	locs := t.enumList("locales", true, names(Locales))
	if _, ok := t.m["locales"]; ok && len(locs) == 0 && len(d.errs) == 0 {
		d.fail([]string{"notice", "locales"}, true, "is empty; list at least one locale, such as locales = [\"en\"]")
	}
	for _, l := range locs {
		n.Locales = append(n.Locales, Locale(l))
	}
	if len(n.Locales) > 0 {
		d.locales = n.Locales
	}
	n.Title = t.text("title", true)
	n.Version = t.str("version", true, `write version = "1.0.0"`)
	n.Effective = t.date("effective", true)
	for _, j := range t.enumList("jurisdictions", false, names(Jurisdictions())) {
		n.Jurisdictions = append(n.Jurisdictions, Jurisdiction(j))
	}
	if cv, ok := t.get("change_notice", false, ""); ok {
		if ct := d.table([]string{"notice", "change_notice"}, cv); ct != nil {
			cn := &ChangeNotice{}
			for _, c := range ct.enumList("channels", true, names(Channels)) {
				cn.Channels = append(cn.Channels, Channel(c))
			}
			cn.Days = ct.integer("days", false, 0, 365, "write days = 30")
			ct.done()
			n.ChangeNotice = cn
		}
	}
	t.done()
	return n
}

func (d *decoder) controller(v any) Controller {
	var c Controller
	t := d.table([]string{"controller"}, v)
	if t == nil {
		return c
	}
	c.Name = t.str("name", true, `write name = "Example SAS", the organisation's legal name`)
	c.Email = t.email("email", true)
	c.Address = t.str("address", false, `write address = "12 rue des Archives, 75004 Paris, France"`)
	c.Country = t.country("country")
	c.Website = t.url("website", false)
	c.Phone = t.str("phone", false, `write phone = "+33 1 23 45 67 89"`)
	t.done()
	return c
}

func (d *decoder) contact(path []string, v any) *Contact {
	t := d.table(path, v)
	if t == nil {
		return nil
	}
	c := &Contact{
		Name:    t.str("name", false, `write name = "Jeanne Martin"`),
		Email:   t.email("email", false),
		Address: t.str("address", false, `write address = "…"`),
	}
	if _, ok := t.m["email"]; !ok {
		if _, ok := t.m["address"]; !ok {
			d.fail(path, false, "gives no way to reach %s; add email = \"…\" or address = \"…\"", displayKey(path))
		}
	}
	t.done()
	return c
}

func (d *decoder) authority(v any) *Authority {
	t := d.table([]string{"authority"}, v)
	if t == nil {
		return nil
	}
	a := &Authority{
		Name: t.str("name", true, `write name = "Commission nationale de l'informatique et des libertés (CNIL)"`),
		URL:  t.url("url", false),
	}
	t.done()
	return a
}

func (d *decoder) data(id string, v any) *Data {
	path := []string{"data", id}
	x := &Data{ID: id}
	t := d.table(path, v)
	if t == nil {
		return x
	}
	x.Category = Category(t.enum("category", true, names(Categories), ""))
	x.Label = t.text("label", false)
	x.Source = Source(t.enum("source", false, names(Sources), "you"))
	x.SourceName = t.text("source_name", false)
	if r := t.boolean("required"); r != nil {
		x.Required = *r
	}
	x.IfMissing = t.text("if_missing", false)
	if s := t.boolean("sensitive"); s != nil {
		x.sensitive = *s
	}
	x.Permission = Permission(t.enum("permission", false, names(Permissions), ""))
	if v, ok := t.get("store", false, ""); ok {
		x.Store = d.dataStore(join(path, "store"), v)
	}
	t.done()
	return x
}

// dataStore reads a data item's store table. The data types are the
// stores' own ids, as their forms and reference/store-labels.md write
// them: the ids are what a reviewer compares with the Console.
func (d *decoder) dataStore(path []string, v any) DataStore {
	var s DataStore
	t := d.table(path, v)
	if t == nil {
		return s
	}
	s.Play = t.enum("play", false, store.PlayTypeIDs(), "")
	s.Apple = t.enum("apple", false, store.AppleCategoryIDs(), "")
	s.Collected = t.boolean("collected")
	if b := t.boolean("ephemeral"); b != nil {
		s.Ephemeral = *b
	}
	s.Linked = t.boolean("linked")
	s.Tracking = t.boolean("tracking")
	t.done()
	return s
}

// AccountCreationMethods lists the values of store.account_creation: how
// people create an account in the app, as Play's form asks it, or none.
func AccountCreationMethods() []string {
	var m []string
	for _, x := range store.PlayAccountMethods {
		m = append(m, x.Method)
	}
	return append(m, "none")
}

func (d *decoder) appStore(v any) *AppStore {
	path := []string{"store"}
	t := d.table(path, v)
	if t == nil {
		return nil
	}
	s := &AppStore{}
	s.AccountCreation = t.enumList("account_creation", false, AccountCreationMethods())
	if slices.Contains(s.AccountCreation, "none") && len(s.AccountCreation) > 1 {
		d.fail(join(path, "account_creation"), true, "lists none beside ways to create an account; list the ways, or none alone")
	}
	s.AccountCreationOther = t.str("account_creation_other", false, `write account_creation_other = "Accounts are created by the shop's staff."`)
	s.AccountDeletionURL = t.url("account_deletion_url", false)
	s.DeletionURL = t.url("deletion_url", false)
	s.TrackingDomains = t.stringList("tracking_domains", false, `write tracking_domains = ["ads.example.net"]`, func(p []string, s string) bool {
		if !domainName.MatchString(s) {
			d.fail(p, true, "%q is not a domain name; write the host alone, such as \"ads.example.net\", without scheme or path", s)
			return false
		}
		return true
	})
	t.done()
	return s
}

// domainName is a host name of at least two labels, as
// NSPrivacyTrackingDomains lists them.
var domainName = regexp.MustCompile(`^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$`)

func (d *decoder) purpose(id string, v any) (*Purpose, []string) {
	path := []string{"purpose", id}
	p := &Purpose{ID: id}
	t := d.table(path, v)
	if t == nil {
		return p, nil
	}
	p.Kind = PurposeKind(t.enum("kind", true, names(PurposeKinds), ""))
	p.Label = t.text("label", true)
	p.Description = t.text("description", false)
	p.Benefit = t.text("benefit", false)
	refs := t.stringList("data", true, `write data = ["email"], the ids of the [data.<id>] tables it uses`, nil)
	p.Basis = Basis(t.enum("basis", true, names(Bases), ""))
	p.Interest = t.text("interest", false)
	p.Choice = Choice(t.enum("choice", true, names(Choices), ""))
	p.Withdraw = t.text("withdraw", false)
	if rv, ok := t.get("retention", true, `write retention = "2 years", or a table such as { until = "account-closed" }`); ok {
		p.Retention = d.retention(join(path, "retention"), rv)
	}
	p.Automated = t.text("automated", false)
	p.SpecialCondition = t.enum("special_condition", false, SpecialConditions(), "")
	t.done()
	return p, refs
}

func (d *decoder) retention(path []string, v any) Retention {
	d.accepts(path, kindRetention)
	var r Retention
	periodHint := `write a number and a unit such as "30 days", "6 months" or "2 years"`
	switch v := v.(type) {
	case string:
		p, err := ParsePeriod(v)
		if err != nil {
			d.fail(path, true, "%s", err)
		}
		r.Period = p
		return r
	case map[string]any:
	default:
		d.fail(path, true, "want a period such as \"30 days\" or a table such as { until = \"account-closed\" }, not %s", typeName(v))
		return r
	}
	t := d.table(path, v)
	s := t.str("period", false, periodHint)
	d.accepts(join(path, "period"), kindPeriod)
	if s != "" {
		p, err := ParsePeriod(s)
		if err != nil {
			d.fail(join(path, "period"), true, "%s", err)
		}
		r.Period = p
	}
	events := names(Events)
	r.After = Event(t.enum("after", false, events, ""))
	r.Until = Event(t.enum("until", false, events, ""))
	r.Criteria = t.text("criteria", false)
	r.Reason = t.text("reason", false)
	t.done()

	_, hasPeriod := t.m["period"]
	_, hasAfter := t.m["after"]
	_, hasUntil := t.m["until"]
	_, hasCriteria := t.m["criteria"]
	switch {
	case hasCriteria && (hasPeriod || hasUntil || hasAfter):
		d.fail(join(path, "criteria"), false, "criteria stands alone; remove period, after and until, or remove criteria")
	case hasUntil && (hasPeriod || hasAfter):
		d.fail(join(path, "until"), false, "until cannot be combined with period or after; write { until = \"…\" } or { period = \"…\", after = \"…\" }")
	case hasAfter && !hasPeriod:
		d.fail(join(path, "after"), false, "after needs a period; add period = \"3 years\"")
	case !hasPeriod && !hasUntil && !hasCriteria:
		d.fail(path, true, "says nothing about how long; add period = \"2 years\", until = \"account-closed\" or criteria = …")
	}
	return r
}

func (d *decoder) recipient(id string, v any) (r *Recipient, purposes, data []string) {
	path := []string{"recipient", id}
	r = &Recipient{ID: id}
	t := d.table(path, v)
	if t == nil {
		return r, nil, nil
	}
	r.Name = t.str("name", true, `write name = "Example Analytics Inc."`)
	r.Role = Role(t.enum("role", true, names(Roles), ""))
	purposes = t.stringList("purposes", true, `write purposes = ["orders"], the ids of the [purpose.<id>] tables it serves`, nil)
	data = t.stringList("data", false, `write data = ["email"], the ids of the [data.<id>] tables it receives`, nil)
	r.Country = t.country("country")
	r.Safeguard = Safeguard(t.enum("safeguard", false, names(Safeguards), ""))
	if b := t.boolean("sold"); b != nil {
		r.Sold = *b
	}
	if b := t.boolean("shared"); b != nil {
		r.Shared = *b
	}
	t.done()
	return r, purposes, data
}

func (d *decoder) rights(v any) Rights {
	var r Rights
	t := d.table([]string{"rights"}, v)
	if t == nil {
		return r
	}
	r.Email = t.email("email", false)
	r.URL = t.url("url", false)
	r.ResponseDays = t.integer("response_days", false, 1, 365, "write response_days = 28")
	_, hasEmail := t.m["email"]
	_, hasURL := t.m["url"]
	if !hasEmail && !hasURL {
		d.fail([]string{"rights"}, false, "gives no channel for requests; add email = \"privacy@example.com\" or url = \"https://example.com/privacy/requests\"")
	}
	t.done()
	return r
}

func (d *decoder) security(v any) Security {
	var s Security
	t := d.table([]string{"security"}, v)
	if t == nil {
		return s
	}
	for _, m := range t.enumList("measures", false, names(Measures)) {
		s.Measures = append(s.Measures, Measure(m))
	}
	s.Details = t.text("details", false)
	s.BreachNoticeHours = t.integer("breach_notice_hours", false, 1, 8760, "write breach_notice_hours = 72")
	t.done()
	return s
}

// resolve links the ids that purposes and recipients name to the tables
// they stand for, reporting each id that names nothing.
func (d *decoder) resolve(decl *Declaration, purposeData map[*Purpose][]string, recipientRefs map[*Recipient][2][]string) {
	dataIDs := make([]string, len(decl.Data))
	for i, x := range decl.Data {
		dataIDs[i] = x.ID
	}
	purposeIDs := make([]string, len(decl.Purposes))
	for i, p := range decl.Purposes {
		purposeIDs[i] = p.ID
	}
	for _, p := range decl.Purposes {
		for _, id := range purposeData[p] {
			if x := decl.DataByID(id); x != nil {
				p.Data = append(p.Data, x)
			} else {
				d.unknownID(d.elemPath([]string{"purpose", p.ID, "data"}, id), id, "data", dataIDs)
			}
		}
	}
	for _, r := range decl.Recipients {
		refs := recipientRefs[r]
		for _, id := range refs[0] {
			if p := decl.PurposeByID(id); p != nil {
				r.Purposes = append(r.Purposes, p)
			} else {
				d.unknownID(d.elemPath([]string{"recipient", r.ID, "purposes"}, id), id, "purpose", purposeIDs)
			}
		}
		if refs[1] != nil {
			for _, id := range refs[1] {
				if x := decl.DataByID(id); x != nil {
					r.Data = append(r.Data, x)
				} else {
					d.unknownID(d.elemPath([]string{"recipient", r.ID, "data"}, id), id, "data", dataIDs)
				}
			}
			continue
		}
		// Without a data list a recipient receives the data of its purposes.
		for _, x := range decl.Data {
			for _, p := range r.Purposes {
				if p.Uses(x) {
					r.Data = append(r.Data, x)
					break
				}
			}
		}
	}
}

// elemPath returns the path of the array element holding id, found by
// scanning the array's recorded elements.
func (d *decoder) elemPath(array []string, id string) []string {
	for i := 0; ; i++ {
		p := join(array, elem(i))
		if _, ok := d.pos.val[pathKey(p)]; !ok {
			return array
		}
		if d.pos.literal(p) == id {
			return p
		}
	}
}

func (d *decoder) unknownID(path []string, id, table string, known []string) {
	if len(known) == 0 {
		d.fail(path, true, "unknown %s id %q; define a [%s.%s] table", table, id, table, id)
		return
	}
	if len(known) > 12 {
		d.fail(path, true, "unknown %s id %q%s; define a [%s.%s] table or use an id that exists", table, id, suggest(id, known), table, id)
		return
	}
	d.fail(path, true, "unknown %s id %q%s; define a [%s.%s] table or use one of %s", table, id, suggest(id, known), table, id, strings.Join(known, ", "))
}

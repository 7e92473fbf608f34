package generator

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Level is how much a change matters to the people a notice is for
// (reference/legal.md §7.2). Levels are ordered.
type Level int

// The levels of a change, from least to most.
const (
	Editorial       Level = iota // wording only; no declared fact changed
	Notable                      // a fact changed, privacy-neutral or privacy-enhancing
	Material                     // processing expands or rights weaken: tell people before it applies
	MaterialConsent              // material, and people must be asked again before it applies
)

var levelNames = []string{"editorial", "notable", "material", "material+consent"}

// String returns the level's name: "editorial", "notable", "material" or "material+consent".
func (l Level) String() string {
	if l < 0 || int(l) >= len(levelNames) {
		return "level(" + strconv.Itoa(int(l)) + ")"
	}
	return levelNames[l]
}

// ParseLevel reads a level's name; "any" is Editorial.
func ParseLevel(s string) (Level, error) {
	if s == "any" {
		return Editorial, nil
	}
	for i, n := range levelNames {
		if n == s {
			return Level(i), nil
		}
	}
	return 0, fmt.Errorf("%q is not a level; want any, notable, material or material+consent", s)
}

// MarshalText writes the level's name, for JSON.
func (l Level) MarshalText() ([]byte, error) { return []byte(l.String()), nil }

// Change is one difference between two versions of a declaration.
type Change struct {
	Key   string // dotted key, such as "purpose.ads" or "purpose.ads.basis"
	Kind  string // "added", "removed" or "changed"
	Old   string // the old value, as declared; "" when added
	New   string // the new value, as declared; "" when removed
	Level Level
	Rule  string // the material-change rule that set the level, MC-01 to MC-18
	// Rules are every rule the change triggers, Rule first: a new recipient
	// abroad is a new recipient (MC-03) and a new transfer (MC-05).
	Rules []string
	Why   string // the rules' reasons, in English
	// OldValue and NewValue are Old and New as data, for programs: a Text
	// (a map of locale to text) for a text, a string otherwise; nil where
	// Old or New is "".
	OldValue, NewValue any
}

// RuleList writes the change's rules for people: "MC-03, MC-05".
func (c Change) RuleList() string {
	if len(c.Rules) == 0 {
		return c.Rule
	}
	return strings.Join(c.Rules, ", ")
}

// Changes is the change list between two declarations, and the level of the
// whole: the highest of its changes.
type Changes struct {
	List  []Change
	Level Level
	old   *Declaration
	new   *Declaration
}

// Empty reports whether the declarations declare the same things.
func (c *Changes) Empty() bool { return len(c.List) == 0 }

// Substantive is the highest level of the changes other than a new
// version or effective date (MC-18); ok is false when there are none.
func (c *Changes) Substantive() (level Level, ok bool) {
	for _, x := range c.List {
		if x.Rule != "MC-18" {
			level, ok = max(level, x.Level), true
		}
	}
	return level, ok
}

// Unversioned reports, for a notable or material change, whether the new
// version kept the previous version number and whether it kept the
// previous effective date: a reader cannot tell such versions apart, nor
// when the change applies.
func (c *Changes) Unversioned() (sameVersion, sameDate bool) {
	if c.old == nil || c.new == nil || len(c.old.Notice.Locales) == 0 || len(c.new.Notice.Locales) == 0 {
		return false, false // a side that does not exist has no version
	}
	if l, ok := c.Substantive(); !ok || l < Notable {
		return false, false
	}
	return c.old.Notice.Version == c.new.Notice.Version, c.old.Notice.Effective == c.new.Notice.Effective
}

// Action says, in words, what the overall level calls for, using the new
// declaration's change_notice.
func (c *Changes) Action() string {
	switch {
	case c.Empty():
		return "Nothing to do: the two declarations are the same."
	case c.Level == Editorial:
		return "Publish the new version; no notice is needed."
	case c.Level == Notable:
		return "Publish the new version with its new effective date and keep the previous one available; no direct notice is required."
	}
	how := "directly"
	days := 0
	if cn := c.new.Notice.ChangeNotice; cn != nil {
		var ch []string
		for _, x := range cn.Channels {
			ch = append(ch, map[Channel]string{"email": "by email", "banner": "with a banner", "in-app": "in the app", "post": "by post"}[x])
		}
		how = list(ch, "and")
		days = cn.Days
	}
	when := "before the new effective date"
	if days > 0 {
		when = fmt.Sprintf("at least %d days before the new effective date (%s)", days, c.new.Notice.Effective)
	}
	s := fmt.Sprintf("Tell users %s %s, in every locale, and remind them how to object, withdraw consent or opt out.", how, when)
	if c.Level == MaterialConsent {
		s += " Ask for consent again before applying the change, and never apply it to data already collected without that consent."
	}
	// What each law of the new version says about changing the notice.
	if laws, err := c.new.Laws(); err == nil {
		for _, a := range laws {
			s += " " + a.Short + ": " + a.Changes.Rule
		}
	}
	return s
}

// The rules of reference/legal.md §7.3, by id, with the reason each gives.
var changeRules = map[string]string{
	"MC-01": "a new purpose, or a purpose that uses more data, must be told before the processing starts (GDPR Art. 13(3))",
	"MC-02": "a new kind of data is collected (CCPA §1798.100(a))",
	"MC-03": "data goes to a new recipient, or a recipient receives more (WP260: extension of the recipients)",
	"MC-04": "data is newly sold or shared, against an earlier promise (FTC; CCPA §1798.120)",
	"MC-05": "a new transfer abroad, or a weaker safeguard for one (GDPR Chapter V; UU PDP Art. 56)",
	"MC-06": "the legal basis changes, which changes the rights that apply (GDPR Art. 13(1)(c))",
	"MC-07": "data is kept longer, or for a period that can no longer be stated",
	"MC-08": "a decision is newly made by automated means (GDPR Art. 22; UU PDP Art. 10)",
	"MC-09": "a default flips on, or a choice is taken away (GDPR Art. 7; CCPA §7004)",
	"MC-10": "a right, channel, signal or language people relied on is removed or weakened",
	"MC-11": "data now comes from a new indirect source (GDPR Art. 14)",
	"MC-12": "the organisation responsible for the data changes (GDPR Art. 13(1)(a))",
	"MC-13": "the service opens to younger people (GDPR Art. 8; UU PDP Art. 25)",
	"MC-14": "a security commitment is removed or weakened",
	"MC-15": "a contact detail changes; it must be accurate, but it is not material",
	"MC-16": "processing shrinks or a protection is added: privacy-enhancing",
	"MC-17": "wording only: no declared fact changed",
	"MC-18": "a new version or effective date with no other change",
}

// sensitive reports whether a law the declaration names treats the data
// item as sensitive.
func sensitive(d *Declaration, x *Data) bool { return len(d.SensitiveUnder(x)) > 0 }

// abroad reports whether sending data to the country is a transfer abroad:
// outside the territory of a law the notice names that restricts
// transfers, or, when it names none, outside the controller's country.
func (d *Declaration) abroad(country string) bool {
	laws, _ := d.Laws()
	restricts := false
	for _, a := range laws {
		if a.Transfers == nil {
			continue
		}
		restricts = true
		if !a.Transfers.Covers(country) {
			return true
		}
	}
	return !restricts && country != d.Controller.Country
}

// differ builds the change list.
type differ struct {
	c *Changes
}

// add records a change, with the rule that sets its level and any other
// rules it triggers.
func (df *differ) add(key, kind, old, new string, level Level, rule string, also ...string) {
	rules := append([]string{rule}, also...)
	var why []string
	for _, r := range rules {
		why = append(why, changeRules[r])
	}
	c := Change{Key: key, Kind: kind, Old: old, New: new, Level: level, Rule: rule, Rules: rules, Why: strings.Join(why, "; ")}
	if old != "" {
		c.OldValue = old
	}
	if new != "" {
		c.NewValue = new
	}
	df.c.List = append(df.c.List, c)
	df.c.Level = max(df.c.Level, level)
}

// texts sets the values of the change just added to the texts it compares,
// every locale of each, where Old and New show only what people need.
func (df *differ) texts(a, b Text) {
	c := &df.c.List[len(df.c.List)-1]
	c.OldValue, c.NewValue = nil, nil
	if !a.IsZero() {
		c.OldValue = a
	}
	if !b.IsZero() {
		c.NewValue = b
	}
}

// Diff compares two declarations. Items are matched by id, so reordering
// tables or keys, and changing comments or spacing, is no change at all.
// The list is ordered by level, highest first, then by key.
func Diff(old, new *Declaration) *Changes {
	df := &differ{c: &Changes{old: old, new: new}}
	df.notice(old, new)
	df.controller(old, new)
	df.data(old, new)
	df.purposes(old, new)
	df.recipients(old, new)
	df.rights(old, new)
	df.security(old, new)
	df.audience(old, new)
	// Most important first, then by key, so that a reviewer reads what
	// needs consent or notice before wording, and a long list stays
	// searchable.
	slices.SortStableFunc(df.c.List, func(a, b Change) int {
		if a.Level != b.Level {
			return int(b.Level) - int(a.Level)
		}
		return strings.Compare(a.Key, b.Key)
	})
	return df.c
}

func textValue(t Text, locales []Locale) string {
	var parts []string
	for _, l := range locales {
		if s, ok := t[l]; ok {
			parts = append(parts, string(l)+": "+s)
		}
	}
	return strings.Join(parts, " | ")
}

func sameText(a, b Text) bool {
	if len(a) != len(b) {
		return false
	}
	for l, s := range a {
		if b[l] != s {
			return false
		}
	}
	return true
}

// text records a wording change (MC-17).
func (df *differ) text(key string, a, b Text) {
	if sameText(a, b) {
		return
	}
	locs := df.c.new.Notice.Locales
	switch {
	case a.IsZero():
		df.add(key, "added", "", textValue(b, locs), Editorial, "MC-17")
		df.texts(nil, b)
	case b.IsZero():
		df.add(key, "removed", textValue(a, df.c.old.Notice.Locales), "", Editorial, "MC-17")
		df.texts(a, nil)
	default:
		// Show only the locales whose text changed.
		var changed []Locale
		for _, l := range Locales {
			if a[l] != b[l] {
				changed = append(changed, l)
			}
		}
		df.add(key, "changed", textValue(a, changed), textValue(b, changed), Editorial, "MC-17")
		df.texts(a, b)
	}
}

// value records a change of a plain value with the level and rule given.
func (df *differ) value(key, a, b string, level Level, rule string) {
	if a == b {
		return
	}
	kind := "changed"
	switch {
	case a == "":
		kind = "added"
	case b == "":
		kind = "removed"
	}
	df.add(key, kind, a, b, level, rule)
}

// sets records what a list gained and lost, with a level for each.
func sets[T ~string](df *differ, key string, a, b []T, gained, lost Level, gainedRule, lostRule string) {
	for _, x := range b {
		if !slices.Contains(a, x) {
			df.add(key, "added", "", string(x), gained, gainedRule)
		}
	}
	for _, x := range a {
		if !slices.Contains(b, x) {
			df.add(key, "removed", string(x), "", lost, lostRule)
		}
	}
}

func (df *differ) notice(a, b *Declaration) {
	df.text("notice.title", a.Notice.Title, b.Notice.Title)
	df.value("notice.version", a.Notice.Version, b.Notice.Version, Notable, "MC-18")
	df.value("notice.effective", dateText(a.Notice.Effective), dateText(b.Notice.Effective), Notable, "MC-18")
	sets(df, "notice.locales", a.Notice.Locales, b.Notice.Locales, Notable, Material, "MC-16", "MC-10")
	sets(df, "notice.jurisdictions", a.Notice.Jurisdictions, b.Notice.Jurisdictions, Notable, Material, "MC-16", "MC-10")
	ac, bc := a.Notice.ChangeNotice, b.Notice.ChangeNotice
	var aCh, bCh []Channel
	aDays, bDays := 0, 0
	if ac != nil {
		aCh, aDays = ac.Channels, ac.Days
	}
	if bc != nil {
		bCh, bDays = bc.Channels, bc.Days
	}
	sets(df, "notice.change_notice.channels", aCh, bCh, Notable, Material, "MC-16", "MC-10")
	if aDays != bDays {
		level, rule := Notable, "MC-16"
		if bDays < aDays {
			level, rule = Material, "MC-10"
		}
		df.value("notice.change_notice.days", itoa(aDays), itoa(bDays), level, rule)
	}
}

// dateText writes a date as declared; "" for none, the side of a diff that
// does not exist.
func dateText(d Date) string {
	if d == (Date{}) {
		return ""
	}
	return d.String()
}

func itoa(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

func (df *differ) controller(a, b *Declaration) {
	df.value("controller.name", a.Controller.Name, b.Controller.Name, Material, "MC-12")
	df.value("controller.country", a.Controller.Country, b.Controller.Country, Material, "MC-12")
	df.value("controller.email", a.Controller.Email, b.Controller.Email, Notable, "MC-15")
	df.value("controller.address", a.Controller.Address, b.Controller.Address, Notable, "MC-15")
	df.value("controller.website", a.Controller.Website, b.Controller.Website, Notable, "MC-15")
	df.value("controller.phone", a.Controller.Phone, b.Controller.Phone, Notable, "MC-15")
	for _, c := range []struct {
		key  string
		a, b *Contact
	}{{"dpo", a.DPO, b.DPO}, {"representative", a.Representative, b.Representative}} {
		var ac, bc Contact
		if c.a != nil {
			ac = *c.a
		}
		if c.b != nil {
			bc = *c.b
		}
		df.value(c.key+".name", ac.Name, bc.Name, Notable, "MC-15")
		df.value(c.key+".email", ac.Email, bc.Email, Notable, "MC-15")
		df.value(c.key+".address", ac.Address, bc.Address, Notable, "MC-15")
	}
	var aa, ba Authority
	if a.Authority != nil {
		aa = *a.Authority
	}
	if b.Authority != nil {
		ba = *b.Authority
	}
	df.value("authority.name", aa.Name, ba.Name, Notable, "MC-15")
	df.value("authority.url", aa.URL, ba.URL, Notable, "MC-15")
}

func (df *differ) data(a, b *Declaration) {
	for _, nx := range b.Data {
		key := "data." + nx.ID
		ox := a.DataByID(nx.ID)
		if ox == nil {
			level := Material
			if sensitive(b, nx) {
				level = MaterialConsent
			}
			var also []string
			if nx.Source == "third-party" || nx.Source == "public" {
				also = append(also, "MC-11")
			}
			df.add(key, "added", "", string(nx.Category), level, "MC-02", also...)
			continue
		}
		if ox.Category != nx.Category {
			level := Material
			if sensitive(b, nx) && !sensitive(a, ox) {
				level = MaterialConsent
			}
			df.value(key+".category", string(ox.Category), string(nx.Category), level, "MC-02")
		} else if sensitive(b, nx) && !sensitive(a, ox) {
			df.value(key+".sensitive", "false", "true", MaterialConsent, "MC-02")
		} else if !sensitive(b, nx) && sensitive(a, ox) {
			df.value(key+".sensitive", "true", "false", Notable, "MC-16")
		}
		if ox.Source != nx.Source {
			level, rule := Notable, "MC-16"
			if nx.Source == "third-party" || nx.Source == "public" {
				level, rule = Material, "MC-11"
			}
			df.value(key+".source", string(ox.Source), string(nx.Source), level, rule)
		}
		if !sameText(ox.SourceName, nx.SourceName) {
			level, rule := Editorial, "MC-17"
			if nx.Source == "third-party" && !ox.SourceName.IsZero() && !nx.SourceName.IsZero() {
				level, rule = Material, "MC-11"
			}
			df.add(key+".source_name", "changed", textValue(ox.SourceName, a.Notice.Locales), textValue(nx.SourceName, b.Notice.Locales), level, rule)
			df.texts(ox.SourceName, nx.SourceName)
		}
		if ox.Required != nx.Required {
			level, rule := Notable, "MC-16"
			if nx.Required {
				level, rule = Material, "MC-09"
			}
			df.value(key+".required", strconv.FormatBool(ox.Required), strconv.FormatBool(nx.Required), level, rule)
		}
		df.text(key+".label", ox.Label, nx.Label)
		df.text(key+".if_missing", ox.IfMissing, nx.IfMissing)
	}
	for _, ox := range a.Data {
		if b.DataByID(ox.ID) == nil {
			df.add("data."+ox.ID, "removed", string(ox.Category), "", Notable, "MC-16")
		}
	}
}

// intrusive reports whether a purpose targets, sells or profiles
// (PR-OPTIN-ADS).
func intrusive(p *Purpose) bool {
	return p.Kind == "advertising" || p.Kind == "sale" || p.Kind == "personalization"
}

func dataIDs(ds []*Data) []string {
	ids := make([]string, len(ds))
	for i, x := range ds {
		ids[i] = x.ID
	}
	return ids
}

func (df *differ) purposes(a, b *Declaration) {
	for _, np := range b.Purposes {
		key := "purpose." + np.ID
		op := a.PurposeByID(np.ID)
		if op == nil {
			// Consent is asked again only for a purpose that rests on it; one
			// on legitimate interests with an opt-out is told, with the right
			// to object, like any material change.
			level := Material
			if np.Basis == Consent {
				level = MaterialConsent
			}
			var also []string
			if !np.Automated.IsZero() {
				also = append(also, "MC-08")
			}
			df.add(key, "added", "", textValue(np.Label, b.Notice.Locales), level, "MC-01", also...)
			df.texts(nil, np.Label)
			continue
		}
		moreLevel := Material
		if np.Basis == Consent {
			moreLevel = MaterialConsent
		}
		sets(df, key+".data", dataIDs(op.Data), dataIDs(np.Data), moreLevel, Notable, "MC-01", "MC-16")
		if op.Kind != np.Kind {
			level := Material
			if intrusive(np) && !intrusive(op) && np.Basis == Consent {
				level = MaterialConsent
			}
			df.value(key+".kind", string(op.Kind), string(np.Kind), level, "MC-01")
		}
		df.value(key+".basis", string(op.Basis), string(np.Basis), Material, "MC-06")
		if op.Choice != np.Choice {
			// The order of protection: opt-in, opt-out, none.
			rank := map[Choice]int{OptIn: 0, OptOut: 1, NoChoice: 2}
			level, rule := Notable, "MC-16"
			if rank[np.Choice] > rank[op.Choice] {
				level, rule = MaterialConsent, "MC-09"
			}
			df.value(key+".choice", string(op.Choice), string(np.Choice), level, rule)
		}
		df.retention(key+".retention", op.Retention, np.Retention)
		switch {
		case op.Automated.IsZero() && !np.Automated.IsZero():
			level := Material
			if np.Basis == Consent {
				level = MaterialConsent
			}
			df.add(key+".automated", "added", "", textValue(np.Automated, b.Notice.Locales), level, "MC-08")
			df.texts(nil, np.Automated)
		case !op.Automated.IsZero() && np.Automated.IsZero():
			df.add(key+".automated", "removed", textValue(op.Automated, a.Notice.Locales), "", Notable, "MC-16")
			df.texts(op.Automated, nil)
		default:
			df.text(key+".automated", op.Automated, np.Automated)
		}
		df.text(key+".label", op.Label, np.Label)
		df.text(key+".description", op.Description, np.Description)
		df.text(key+".benefit", op.Benefit, np.Benefit)
		df.text(key+".interest", op.Interest, np.Interest)
		df.text(key+".withdraw", op.Withdraw, np.Withdraw)
	}
	for _, op := range a.Purposes {
		if b.PurposeByID(op.ID) == nil {
			df.add("purpose."+op.ID, "removed", textValue(op.Label, a.Notice.Locales), "", Notable, "MC-16")
			df.texts(op.Label, nil)
		}
	}
}

// retentionText writes a retention as declared, for the change list.
func retentionText(r Retention) string {
	switch r.Kind() {
	case "criteria":
		return "criteria"
	case "until":
		return "until " + string(r.Until)
	case "period-after":
		return r.Period.String() + " after " + string(r.After)
	}
	return r.Period.String()
}

// retention compares how long data is kept. Periods compare in days; a
// change between forms that cannot be proved shorter counts as longer.
func (df *differ) retention(key string, a, b Retention) {
	at, bt := retentionText(a), retentionText(b)
	if at != bt {
		ad, aok := a.Days()
		bd, bok := b.Days()
		shorter := aok && bok && bd < ad && (a.After == b.After || b.After == "")
		// "until an event" after a period or criteria cannot be proved shorter;
		// a fixed period replacing "until" or criteria is shorter or equal.
		if !aok && bok && b.After == "" {
			shorter = true
		}
		level, rule := Material, "MC-07"
		if shorter {
			level, rule = Notable, "MC-16"
		}
		df.value(key, at, bt, level, rule)
	}
	df.text(key+".criteria", a.Criteria, b.Criteria)
	df.text(key+".reason", a.Reason, b.Reason)
}

// safeguardStrength orders safeguards from strongest: an adequacy decision,
// binding rules, contractual clauses (the EU's, the UK's IDTA and
// Addendum), then consent and derogations.
var safeguardStrength = map[Safeguard]int{"adequacy": 4, "bcr": 3, "scc": 2, "idta": 2, "uk-addendum": 2, "assessment": 2, "consent": 1, "derogation": 1, "": 0}

func (df *differ) recipients(a, b *Declaration) {
	for _, nr := range b.Recipients {
		key := "recipient." + nr.ID
		or := a.RecipientByID(nr.ID)
		if or == nil {
			level, rule := Material, "MC-03"
			var also []string
			if nr.Sold || nr.Shared {
				level, rule, also = MaterialConsent, "MC-04", []string{"MC-03"}
			}
			if nr.Country != "" && b.abroad(nr.Country) {
				also = append(also, "MC-05")
				if nr.Safeguard == "consent" {
					level = MaterialConsent
				}
			}
			df.add(key, "added", "", nr.Name, level, rule, also...)
			continue
		}
		df.value(key+".name", or.Name, nr.Name, Notable, "MC-15")
		if or.Role != nr.Role {
			level, rule := Notable, "MC-16"
			if nr.Role == "controller" {
				level, rule = Material, "MC-03"
			}
			df.value(key+".role", string(or.Role), string(nr.Role), level, rule)
		}
		purposeIDs := func(ps []*Purpose) []string {
			ids := make([]string, len(ps))
			for i, p := range ps {
				ids[i] = p.ID
			}
			return ids
		}
		sets(df, key+".purposes", purposeIDs(or.Purposes), purposeIDs(nr.Purposes), Material, Notable, "MC-03", "MC-16")
		sets(df, key+".data", dataIDs(or.Data), dataIDs(nr.Data), Material, Notable, "MC-03", "MC-16")
		for _, flag := range []struct {
			name string
			a, b bool
		}{{"sold", or.Sold, nr.Sold}, {"shared", or.Shared, nr.Shared}} {
			if flag.a != flag.b {
				level, rule := Notable, "MC-16"
				if flag.b {
					level, rule = MaterialConsent, "MC-04"
				}
				df.value(key+"."+flag.name, strconv.FormatBool(flag.a), strconv.FormatBool(flag.b), level, rule)
			}
		}
		if or.Country != nr.Country {
			level, rule := Notable, "MC-16"
			if nr.Country != "" && b.abroad(nr.Country) {
				level, rule = Material, "MC-05"
				if nr.Safeguard == "consent" {
					level = MaterialConsent
				}
			}
			df.value(key+".country", or.Country, nr.Country, level, rule)
		}
		if or.Safeguard != nr.Safeguard {
			level, rule := Notable, "MC-16"
			if safeguardStrength[nr.Safeguard] < safeguardStrength[or.Safeguard] {
				level, rule = Material, "MC-05"
				if nr.Safeguard == "consent" {
					level = MaterialConsent
				}
			}
			df.value(key+".safeguard", string(or.Safeguard), string(nr.Safeguard), level, rule)
		}
	}
	for _, or := range a.Recipients {
		if b.RecipientByID(or.ID) == nil {
			df.add("recipient."+or.ID, "removed", or.Name, "", Notable, "MC-16")
		}
	}
}

func (df *differ) rights(a, b *Declaration) {
	for _, ch := range []struct{ key, a, b string }{
		{"rights.email", a.Rights.Email, b.Rights.Email},
		{"rights.url", a.Rights.URL, b.Rights.URL},
	} {
		level, rule := channelLevel(ch.a, ch.b)
		df.value(ch.key, ch.a, ch.b, level, rule)
	}
	if a.Rights.ResponseDays != b.Rights.ResponseDays {
		level, rule := Notable, "MC-16"
		if b.Rights.ResponseDays > a.Rights.ResponseDays && a.Rights.ResponseDays != 0 || b.Rights.ResponseDays == 0 {
			level, rule = Material, "MC-10"
		}
		df.value("rights.response_days", itoa(a.Rights.ResponseDays), itoa(b.Rights.ResponseDays), level, rule)
	}
	for _, s := range []struct {
		key  string
		a, b *bool
	}{{"signals.gpc", a.Signals.GPC, b.Signals.GPC}, {"signals.dnt", a.Signals.DNT, b.Signals.DNT}} {
		av, bv := yesNo(s.a), yesNo(s.b)
		if av != bv {
			level, rule := Notable, "MC-16"
			if av == "yes" {
				level, rule = Material, "MC-10"
			}
			df.value(s.key, boolText(av), boolText(bv), level, rule)
		}
	}
}

func boolText(yn string) string {
	return map[string]string{"yes": "true", "no": "false"}[yn]
}

// channelLevel: a request channel removed weakens rights (MC-10); a new or
// changed one is a contact change (MC-15).
func channelLevel(a, b string) (Level, string) {
	if a != "" && b == "" {
		return Material, "MC-10"
	}
	if a == "" {
		return Notable, "MC-16"
	}
	return Notable, "MC-15"
}

func (df *differ) security(a, b *Declaration) {
	sets(df, "security.measures", a.Security.Measures, b.Security.Measures, Notable, Material, "MC-16", "MC-14")
	ah, bh := a.Security.BreachNoticeHours, b.Security.BreachNoticeHours
	if ah != bh {
		level, rule := Notable, "MC-16"
		if ah != 0 && (bh == 0 || bh > ah) {
			level, rule = Material, "MC-14"
		}
		df.value("security.breach_notice_hours", itoa(ah), itoa(bh), level, rule)
	}
	df.text("security.details", a.Security.Details, b.Security.Details)
}

func (df *differ) audience(a, b *Declaration) {
	am, bm := a.Audience.MinAge, b.Audience.MinAge
	if am != bm {
		level, rule := Notable, "MC-16"
		if am != 0 && (bm == 0 || bm < am) {
			level, rule = MaterialConsent, "MC-13"
		}
		df.value("audience.min_age", itoa(am), itoa(bm), level, rule)
	}
}

package generator

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/noticegen/noticegen/generator/law"
	"github.com/noticegen/noticegen/locales"
)

// This file turns the laws a notice names into the sentences of its
// frame. Each law says which catalog key states a rule of its own; laws
// that state a rule with the same key and the same values say it once,
// under all their names ("Under the GDPR and the UK GDPR, …"), and laws
// that differ each say their own. No code here names a law.

// Laws returns the laws the notice names, in its order, each completed by
// the rules of the controller's country where the law has them.
func (d *Declaration) Laws() ([]law.Applied, error) {
	return law.Apply(names(d.Notice.Jurisdictions), d.Controller.Country)
}

// lawSentence is one law's sentence for a rule: a catalog key and its
// values, "laws" excepted.
type lawSentence struct {
	key  string
	args []any
	// layer: the rule is the controller's country's, so the sentence names
	// that country's law beside the law it completes.
	layer bool
}

// under names a law as its sentences do ("the GDPR"), with its country's
// law when a rule comes from it ("the GDPR and the LOPDGDD").
func (b *builder) under(a law.Applied, layer bool) string {
	u := b.msg("law." + a.ID + ".under")
	if !layer || a.Layer == nil {
		return u
	}
	key := a.Layer.UnderKey
	if a.Layer.Key != "" {
		key = a.Layer.Key + ".under"
	}
	return b.cat.And([]string{u, b.msg(key)})
}

// perLaw states a rule law by law: say returns each law's sentence, or
// ok = false when the law has nothing to say. Laws with the same sentence
// share it, and it names them all in {laws}.
func (b *builder) perLaw(say func(law.Applied) (lawSentence, bool)) []string {
	return b.statePerLaw(false, say)
}

// summaryPerLaw is perLaw for the summary: where a single law of the
// notice has something to say, its sentence need not name it, and the
// catalog's shorter form ("<key>_alone") is used when it has one.
func (b *builder) summaryPerLaw(say func(law.Applied) (lawSentence, bool)) []string {
	return b.statePerLaw(true, say)
}

func (b *builder) statePerLaw(summary bool, say func(law.Applied) (lawSentence, bool)) []string {
	type group struct {
		s    lawSentence
		laws []string
	}
	var groups []*group
	speakers := 0
	for _, a := range b.laws {
		s, ok := say(a)
		if !ok {
			continue
		}
		speakers++
		under := b.under(a, s.layer)
		i := slices.IndexFunc(groups, func(g *group) bool {
			return g.s.key == s.key && fmt.Sprint(g.s.args...) == fmt.Sprint(s.args...)
		})
		if i < 0 {
			groups = append(groups, &group{s: s})
			i = len(groups) - 1
		}
		groups[i].laws = append(groups[i].laws, under)
	}
	var out []string
	for _, g := range groups {
		key := g.s.key
		if summary && speakers == 1 {
			key = b.alone(key)
		}
		out = append(out, b.msg(key, append(slices.Clip(g.s.args), "laws", b.cat.And(g.laws))...))
	}
	return out
}

// alone returns the form of a summary sentence that need not name its law,
// where the catalog has one ("<key>_alone").
func (b *builder) alone(key string) string {
	if b.cat.Has(key + "_alone") {
		return key + "_alone"
	}
	return key
}

// frameKey returns the catalog key of one of the frame's general
// sentences, in the words of the notice's law where the notice names one
// law alone, or laws that speak the same words (law.Law.Frame), and that
// law gives its own ("law.<id>.frame.<key>"): a notice
// under the UU PDP alone speaks of the Pengendali Data Pribadi, one under
// the DPDP Act of the Data Fiduciary. A notice under several laws keeps the
// general words, which hold for all of them (a DPDP "summary" of your data
// would understate the copy the GDPR gives). A law gives its words only in
// the locales that need them.
//
// A country's layer may give words of its own too, used wherever its law
// applies: the AEPD's first-layer headings for a Spanish controller
// (Responsable, Finalidad, Destinatarios, Derechos).
func (b *builder) frameKey(key string) string {
	for _, a := range b.laws {
		if a.Layer != nil && a.Layer.Key != "" {
			if own := a.Layer.Key + ".frame." + key; b.cat.Has(own) {
				return own
			}
		}
	}
	// A law named alone may have words of its own even where it speaks
	// another's (Iowa, which gives no right to correct, among the US
	// state laws).
	if len(b.laws) == 1 {
		if own := "law." + b.laws[0].ID + ".frame." + key; b.cat.Has(own) {
			return own
		}
	}
	// The laws' words, where the notice names one law, or several that
	// speak the same words (Utah's and the other US states').
	words := ""
	for _, a := range b.laws {
		w := cmp.Or(a.Frame, a.ID)
		if words != "" && w != words {
			return key
		}
		words = w
	}
	if own := "law." + words + ".frame." + key; words != "" && b.cat.Has(own) {
		return own
	}
	return key
}

// frameWords returns frameKey for a declaration and a catalog, for pages
// built outside a locale's view (the page around a document, the history's
// pages).
func frameWords(d *Declaration, cat *locales.Catalog) func(string) string {
	b := &builder{d: d, cat: cat}
	b.laws, _ = d.Laws()
	return b.frameKey
}

// lawNames lists each law the notice names, then its country's own law.
func (b *builder) lawNames() []string {
	var out []string
	for _, a := range b.laws {
		out = append(out, b.msg("law."+a.ID+".name"))
		if a.Layer != nil && a.Layer.Key != "" {
			out = append(out, b.msg(a.Layer.Key+".name"))
		}
	}
	return out
}

// dpo introduces the data protection officer in the words of the first
// law that has its own title for one, or in the general words.
func (b *builder) dpo() *contactView {
	d := b.d.DPO
	if d == nil {
		return nil
	}
	prefix := "policy"
	for _, a := range b.laws {
		if a.DPOKey != "" {
			prefix = a.DPOKey
			break
		}
	}
	cv := &contactView{Name: esc(d.Name), Email: mailLink(d.Email), Address: esc(d.Address)}
	if d.Name != "" {
		cv.Intro = b.msg(prefix+".dpo_named", "name", cv.Name)
	} else {
		cv.Intro = b.msg(prefix + ".dpo_unnamed")
	}
	return cv
}

// representative introduces the representative under the first law that
// requires one of a controller outside its territory.
func (b *builder) representative() *contactView {
	r := b.d.Representative
	if r == nil {
		return nil
	}
	cv := &contactView{Name: esc(r.Name), Email: mailLink(r.Email), Address: esc(r.Address)}
	key := "policy.representative"
	for _, a := range b.laws {
		if _, ok := a.Requires(law.RequireRepresentative); ok && a.Transfers != nil && !a.Transfers.Covers(b.d.Controller.Country) {
			key = "law." + a.ID + ".representative"
			break
		}
	}
	if r.Name != "" {
		cv.Intro = b.msg(key+"_named", "name", cv.Name)
	} else {
		cv.Intro = b.msg(key + "_unnamed")
	}
	return cv
}

// sensitive states, law by law, what makes the data item sensitive.
func (b *builder) sensitive(x *Data) []string {
	return b.perLaw(func(a law.Applied) (lawSentence, bool) {
		r, ok := a.SensitiveRule(string(x.Category), x.sensitive)
		return lawSentence{key: r.Key}, ok
	})
}

// SensitiveUnder returns the ids of the laws, among those the notice
// names, that treat the data item as sensitive.
func (d *Declaration) SensitiveUnder(x *Data) []string {
	laws, _ := d.Laws()
	var ids []string
	for _, a := range laws {
		if _, ok := a.SensitiveRule(string(x.Category), x.sensitive); ok {
			ids = append(ids, a.ID)
		}
	}
	return ids
}

// purposeLaws completes a purpose with what each law says of it: the
// article its legal basis rests on, the condition for its sensitive data,
// and the right to object to it.
func (b *builder) purposeLaws(p *Purpose, pv *purposeView) {
	var refs []string
	for _, a := range b.laws {
		if _, ok := a.Bases[string(p.Basis)]; ok {
			refs = append(refs, b.msg("law."+a.ID+".basis."+string(p.Basis)))
		}
	}
	pv.BasisRefs = b.cat.Semicolons(refs)

	pv.Conditions = b.perLaw(func(a law.Applied) (lawSentence, bool) {
		if a.Sensitive == nil || a.Sensitive.ConditionKey == "" || !NeedsCondition(a, p) {
			return lawSentence{}, false
		}
		c := a.Sensitive.Condition(p.SpecialCondition)
		if c == nil {
			return lawSentence{}, false
		}
		return lawSentence{key: a.Sensitive.ConditionKey, args: []any{"condition", b.msg(c.Key)}}, true
	})

	// A purpose people can already turn off needs no objection on grounds:
	// the choice line says they can object at any time. Direct marketing
	// can be objected to without grounds where the law says so.
	pv.Objections = b.perLaw(func(a law.Applied) (lawSentence, bool) {
		o := a.Object
		if o == nil || p.Choice == OptOut && p.Kind != "marketing" {
			return lawSentence{}, false
		}
		if p.Kind == "marketing" && o.MarketingKey != "" {
			return lawSentence{key: o.MarketingKey}, true
		}
		if p.Choice == OptOut || !slices.Contains(o.Bases, string(p.Basis)) {
			return lawSentence{}, false
		}
		return lawSentence{key: o.Key}, true
	})
}

// NeedsCondition reports whether the purpose processes data for which the
// law requires a condition (GDPR Art. 9 data needs one of Art. 9(2)).
func NeedsCondition(a law.Applied, p *Purpose) bool {
	return slices.ContainsFunc(SensitiveData(a, p), func(x *Data) bool {
		r, _ := a.SensitiveRule(string(x.Category), x.sensitive)
		return r.NeedsCondition
	})
}

// SensitiveData returns the data of a purpose that the law treats as
// sensitive, by its category or as declared.
func SensitiveData(a law.Applied, p *Purpose) []*Data {
	var out []*Data
	for _, x := range p.Data {
		if _, ok := a.SensitiveRule(string(x.Category), x.sensitive); ok {
			out = append(out, x)
		}
	}
	return out
}

// lawParts fills in the parts of the view that the laws decide.
func (b *builder) lawParts(v *view) {
	d := b.d
	v.ShowBasis = len(b.laws) == 0 || slices.ContainsFunc(b.laws, func(a law.Applied) bool { return a.Bases != nil })
	v.Transfers, v.Abroad, v.Summary.Transfers = b.transfers()
	v.RightsByLaw = b.rights(v)
	v.Deadlines = b.deadlines()
	v.Breach = b.breach(false)
	v.Summary.Breach = b.breach(true)
	v.Children = b.children()
	if v.HasAutomated {
		v.AutomatedRights = b.perLaw(func(a law.Applied) (lawSentence, bool) {
			return lawSentence{key: automatedKey(a, false)}, a.Automated != nil
		})
		v.Summary.Automated = b.summaryPerLaw(func(a law.Applied) (lawSentence, bool) {
			return lawSentence{key: automatedKey(a, true)}, a.Automated != nil
		})
	}
	v.Summary.Complaint = b.complaints(true)
	v.Statements, v.foreign = b.statements()
	// The summary adds each law's own rights to those every law gives. When
	// more than one law adds some, each names its law; when one does, it
	// need not.
	state := b.summaryPerLaw
	adding := 0
	for _, a := range b.laws {
		if slices.ContainsFunc(a.SummaryRights, func(r law.Right) bool { return b.rightApplies(r, v) }) {
			adding++
		}
	}
	if adding > 1 {
		state = b.perLaw
	}
	for _, r := range b.summaryRights() {
		if b.rightApplies(r, v) {
			v.Summary.Rights = append(v.Summary.Rights, state(func(a law.Applied) (lawSentence, bool) {
				return lawSentence{key: r.Key}, slices.ContainsFunc(a.SummaryRights, func(x law.Right) bool { return x.Key == r.Key })
			})...)
		}
	}

	for _, a := range b.laws {
		if _, ok := a.Requires(law.RequireSignals); ok {
			v.DNTStated = true
		}
		if optsOutOfSale(a) {
			v.SaleOptOut = true
		}
		if a.OptOut != nil {
			v.Sells = true
			v.OptOuts = append(v.OptOuts, b.optOut(a))
		}
	}
	v.SellsOrShares = d.sellsOrShares() || d.advertisesWithOthers()
	v.SaleNote = strings.Join(b.perLaw(func(a law.Applied) (lawSentence, bool) {
		return lawSentence{key: "policy.recipient_sold_under"}, optsOutOfSale(a)
	}), " ")
	v.HasSignals = d.Signals.GPC != nil || d.Signals.DNT != nil || v.DNTStated
	if len(v.OptOuts) > 0 {
		if d.sellsOrShares() {
			v.Summary.OptOut = b.msg("summary.sold", "link", d.rightsLink())
		} else {
			v.Summary.OptOut = b.msg("summary.not_sold")
		}
	}

	// The glance that opens the summary says who is responsible; a country
	// whose authority prescribes the first layer names the controller again
	// in its own section (Spain's "Responsable").
	v.Summary.Order = []string{"purposes", "automated", "benefits", "choices", "recipients", "rights", "security"}
	for _, a := range b.laws {
		if a.Layer != nil && a.Layer.Summary != nil {
			v.Summary.Order = a.Layer.Summary
			v.Summary.Basis = a.Layer.SummaryBasis
			break
		}
	}
}

// statements returns the sentences the laws require word for word, each
// once, where their condition holds for this notice.
//
// A sentence the law gives in another language than the notice's (Texas's
// English) is also returned as foreign text, so that its page marks it with
// its language.
func (b *builder) statements() (out []string, foreign []foreignText) {
	for _, a := range b.laws {
		for _, s := range a.Statements {
			if !b.d.statementApplies(a, s.When) {
				continue
			}
			m := b.msg(s.Key)
			if slices.Contains(out, m) {
				continue
			}
			out = append(out, m)
			if s.Lang == "" || s.Lang == string(b.l) {
				continue
			}
			cat, err := locales.Load(s.Lang)
			var own string
			if err == nil {
				own, err = cat.Format(s.Key)
			}
			if err != nil {
				if b.err == nil {
					b.err = err
				}
				continue
			}
			foreign = append(foreign, foreignText{Text: own, Lang: s.Lang})
		}
	}
	return out, foreign
}

// statementApplies reports whether a statement's condition holds: data of
// the kind it names is sold to a recipient (sharing for advertising is not
// a sale).
func (d *Declaration) statementApplies(a law.Applied, when string) bool {
	kind := func(x *Data) bool {
		switch when {
		case law.WhenSensitiveSold:
			_, ok := a.SensitiveRule(string(x.Category), x.sensitive)
			return ok
		case law.WhenBiometricSold:
			return x.Category == "biometric"
		}
		return true
	}
	if when == "" {
		return true
	}
	for _, r := range d.Recipients {
		if r.Sold && slices.ContainsFunc(r.Data, kind) {
			return true
		}
	}
	return false
}

// summaryRights returns the summary's rights sentences of every law, each
// once, in the notice's order.
func (b *builder) summaryRights() []law.Right {
	var out []law.Right
	for _, a := range b.laws {
		for _, r := range a.SummaryRights {
			if !slices.ContainsFunc(out, func(x law.Right) bool { return x.Key == r.Key }) {
				out = append(out, r)
			}
		}
	}
	return out
}

func automatedKey(a law.Applied, summary bool) string {
	if a.Automated == nil {
		return ""
	}
	if summary {
		return a.Automated.SummaryKey
	}
	return a.Automated.Key
}

// optsOutOfSale reports whether a law defines a sale of personal data and
// gives a right to opt out of it: the CCPA (with sharing), and the US
// state laws, which ask for a way to opt out.
func optsOutOfSale(a law.Applied) bool {
	_, ok := a.Requires(law.RequireOptOutLink)
	return ok || a.OptOut != nil
}

func (d *Declaration) sellsOrShares() bool {
	return slices.ContainsFunc(d.Recipients, func(r *Recipient) bool { return r.Sold || r.Shared })
}

// advertisesWithOthers reports whether a recipient that is not a processor
// receives data for an advertising or sale purpose: sharing for
// advertising whatever a law calls it, where `shared`, the CCPA's term,
// is not declared (a GDPR notice's ad network). The GPC sentence must then
// not say that nothing is shared for advertising.
func (d *Declaration) advertisesWithOthers() bool {
	return slices.ContainsFunc(d.Recipients, func(r *Recipient) bool {
		return r.Role != "processor" && slices.ContainsFunc(r.Purposes, func(p *Purpose) bool { return p.Kind == "advertising" || p.Kind == "sale" })
	})
}

// transfers groups the recipients abroad by the law whose transfer rules
// apply: outside the EEA under the GDPR, outside Indonesia under the UU
// PDP, and so on. A transfer is described by what it rests on; it is
// called protected only where every transfer rests on a protective
// safeguard. With no law that restricts transfers, the recipients outside
// the controller's country are listed as they are.
func (b *builder) transfers() (groups []transferGroup, abroad []transferView, summary []string) {
	d := b.d
	restricts := false
	for _, a := range b.laws {
		t := a.Transfers
		if t == nil {
			continue
		}
		restricts = true
		var g transferGroup
		protected, copies := true, false
		for _, r := range d.Recipients {
			if r.Country == "" || t.Covers(r.Country) {
				continue
			}
			tv := transferView{Name: esc(r.Name), Country: b.country(r.Country)}
			if _, s, ok := t.SafeguardFor(r.Country, string(r.Safeguard)); ok {
				tv.Safeguard = b.msg(s.Key)
				protected = protected && s.Protective
				copies = copies || s.Copy
			} else {
				tv.Safeguard = b.msg("policy.transfer_no_safeguard")
				protected = false
			}
			g.Items = append(g.Items, tv)
		}
		outside := b.msg(t.OutsideKey)
		if len(g.Items) == 0 {
			g.Intro = b.msg("policy.transfers_none_outside", "outside", outside)
			groups = append(groups, g)
			continue
		}
		g.Intro = b.msg("policy.transfers_outside", "outside", outside, "count", len(g.Items))
		if copies && t.CopyKey != "" {
			g.Copy = b.msg(t.CopyKey, "email", mailOrURL(d))
		}
		groups = append(groups, g)
		if protected {
			summary = append(summary, b.msg("summary.transfers_protected", "outside", outside))
		} else {
			summary = append(summary, b.msg("summary.transfers_grounds", "outside", outside))
		}
	}
	if restricts || d.Controller.Country == "" {
		return groups, nil, summary
	}
	for _, r := range d.Recipients {
		if r.Country != "" && r.Country != d.Controller.Country {
			abroad = append(abroad, transferView{Name: esc(r.Name), Country: b.country(r.Country)})
		}
	}
	return nil, abroad, nil
}

func mailOrURL(d *Declaration) string {
	if d.Rights.Email != "" {
		return mailLink(d.Rights.Email)
	}
	return webLink(d.Rights.URL)
}

// rights lists the rights of each law, with how to complain under it.
func (b *builder) rights(v *view) []rightsSection {
	var out []rightsSection
	complaints := b.complaints(false)
	for i, a := range b.laws {
		var s rightsSection
		s.ID = a.ID
		for _, r := range a.Rights() {
			if !b.rightApplies(r, v) {
				continue
			}
			s.Items = append(s.Items, b.msg(r.Key))
		}
		if len(s.Items) == 0 {
			continue
		}
		s.Heading = b.msg("law." + a.ID + ".rights_heading")
		if a.Layer != nil && len(a.Layer.Rights) > 0 {
			s.Heading = b.msg(a.Layer.Key + ".rights_heading")
		}
		if key := "law." + a.ID + ".rights_after"; b.cat.Has(key) {
			s.After = append(s.After, b.msg(key))
		}
		if c := complaints[i]; c != "" {
			s.After = append(s.After, c)
		}
		out = append(out, s)
	}
	return out
}

// rightApplies reports whether a right can arise for this notice.
func (b *builder) rightApplies(r law.Right, v *view) bool {
	switch r.When {
	case law.WhenConsent:
		return v.HasConsent
	case law.WhenAutomated:
		return v.HasAutomated
	case law.WhenSensitive:
		return b.d.sensitiveBeyondService()
	case law.WhenSold:
		return b.d.sellsOrShares()
	}
	return true
}

// sensitiveBeyondService reports whether sensitive data under a law with
// an opt-out (the CCPA) serves purposes other than providing the service:
// only then is there a right to limit its use (Regs §7027(m) lists the
// purposes that need no such right; ads, analytics and personalisation
// are not among them).
func (d *Declaration) sensitiveBeyondService() bool {
	laws, _ := d.Laws()
	for _, a := range laws {
		if a.OptOut == nil {
			continue
		}
		for _, p := range d.Purposes {
			if slices.Contains(serviceKinds, p.Kind) {
				continue
			}
			for _, x := range p.Data {
				if _, ok := a.SensitiveRule(string(x.Category), x.sensitive); ok {
					return true
				}
			}
		}
	}
	return false
}

// serviceKinds are the purposes that provide what the person asked for,
// keep it secure, or meet the law.
var serviceKinds = []PurposeKind{"service", "account", "support", "security", "legal"}

// complaints returns, law by law in the notice's order, how to complain
// under it; "" for a law with nothing to say (the summary leaves those
// out, and says a sentence that two laws share once). A law names its own
// authority (the UK's Information Commissioner), or leaves it to the
// controller: the declaration's [authority] is then the authority of the
// first such law the notice lists, and a country's layer names a default
// (the CNIL, the AEPD).
func (b *builder) complaints(summary bool) []string {
	var out []string
	declaredTaken := false
	speakers := 0
	for _, a := range b.laws {
		if a.Complaint() != nil {
			speakers++
		}
	}
	for _, a := range b.laws {
		c := a.Complaint()
		if c == nil {
			if !summary {
				out = append(out, "")
			}
			continue
		}
		key, named := c.Key, c.NamedKey
		if summary {
			key, named = c.SummaryKey, c.SummaryNamedKey
			if speakers == 1 {
				key, named = b.alone(key), b.alone(named)
			}
		}
		authority := ""
		switch {
		case a.Law.Complaint.AuthorityKey != "":
			authority = b.authorityLink(b.msg(c.AuthorityKey), c.URL)
		case b.d.Authority != nil && !declaredTaken:
			declaredTaken = true
			authority = b.authorityLink(esc(b.d.Authority.Name), b.d.Authority.URL)
		case c.AuthorityKey != "":
			authority = b.authorityLink(b.msg(c.AuthorityKey), c.URL)
		}
		under := b.msg("law." + a.ID + ".under")
		var s string
		if authority != "" {
			s = b.msg(named, "authority", authority, "laws", under)
		} else {
			s = b.msg(key, "laws", under)
		}
		if summary && slices.Contains(out, s) {
			continue
		}
		out = append(out, s)
	}
	return out
}

func (b *builder) authorityLink(name, url string) string {
	if url == "" {
		return name
	}
	return "[" + name + "](" + escapeDestination(url) + ")"
}

// deadlines states how fast each law requires answers, when the
// declaration does not commit to a number of days itself.
func (b *builder) deadlines() []string {
	if b.d.Rights.ResponseDays > 0 {
		return nil
	}
	return b.perLaw(func(a law.Applied) (lawSentence, bool) {
		return lawSentence{key: a.Requests.Key}, a.Requests.Key != ""
	})
}

// breach states what each law requires when data is breached. A
// declared deadline is the controller's own commitment: it is stated where
// it is shorter than the law's, never in place of the law's threshold.
func (b *builder) breach(summary bool) []string {
	hours := b.d.Security.BreachNoticeHours
	state := b.perLaw
	if summary {
		state = b.summaryPerLaw
	}
	out := state(func(a law.Applied) (lawSentence, bool) {
		br := a.Breach
		if br == nil {
			return lawSentence{}, false
		}
		key, keyHours := br.Key, br.KeyHours
		if summary {
			key, keyHours = br.SummaryKey, br.SummaryKeyHours
		}
		if hours > 0 && (br.Hours == 0 || hours < br.Hours) {
			return lawSentence{key: keyHours, args: []any{"hours", b.msg("duration.hours", "count", hours)}}, true
		}
		return lawSentence{key: key}, true
	})
	if len(out) > 0 {
		return out
	}
	prefix := "policy"
	if summary {
		prefix = "summary"
	}
	if hours > 0 {
		return []string{b.msg(prefix+".breach_hours", "hours", b.msg("duration.hours", "count", hours))}
	}
	return []string{b.msg(prefix + ".breach_plain")}
}

// children states, law by law, who consents for a person below the law's
// age, when the service admits people below it.
func (b *builder) children() []string {
	minAge := b.d.Audience.MinAge
	consent := slices.ContainsFunc(b.d.Purposes, func(p *Purpose) bool { return p.Basis == Consent })
	return b.perLaw(func(a law.Applied) (lawSentence, bool) {
		c := a.Children()
		if c == nil || minAge == 0 || minAge >= c.Age || c.OnlyConsent && !consent {
			return lawSentence{}, false
		}
		return lawSentence{key: c.Key, args: []any{"count", c.Age}, layer: a.Layer != nil && a.Layer.Children != nil}, true
	})
}

// optOut makes the section of a law with its own taxonomy and an opt-out
// of sale and sharing: the categories in the law's names, with where they
// come from, how long they are kept and whether they are sold or shared.
func (b *builder) optOut(a law.Applied) optOutView {
	d := b.d
	k := func(s string) string { return "law." + a.ID + ".section." + s }
	ov := optOutView{
		ID: a.ID, Heading: b.msg(k("heading")), Intro: b.msg(k("intro")),
		CategoriesHeading: b.msg(k("categories_heading")), Categories: b.msg(k("categories")),
	}
	for _, c := range []string{"category", "data", "source", "retention", "sold"} {
		ov.Columns = append(ov.Columns, b.msg(k("col_"+c)))
	}
	letters := []string{}
	byLetter := map[string][]*Data{}
	for _, x := range d.Data {
		l := a.OptOut.Categories[string(x.Category)]
		if _, ok := byLetter[l]; !ok {
			letters = append(letters, l)
		}
		byLetter[l] = append(byLetter[l], x)
	}
	slices.Sort(letters)
	var soldCats, disclosedCats []string
	for _, l := range letters {
		name := b.msg(k("category." + l))
		var labels, sources, kept []string
		sold, disclosed := false, false
		for i, x := range byLetter[l] {
			if i == 0 {
				labels = append(labels, b.labelPlain(x))
			} else {
				labels = append(labels, b.labelInline(x))
			}
			src := b.msg(k("source_" + strings.ReplaceAll(string(x.Source), "-", "_")))
			if !slices.Contains(sources, src) {
				sources = append(sources, src)
			}
			for _, p := range d.PurposesOf(x) {
				r := b.retention(p.Retention)
				if !slices.Contains(kept, r) {
					kept = append(kept, r)
				}
			}
			for _, r := range d.RecipientsOf(x) {
				sold = sold || r.Sold || r.Shared
				disclosed = disclosed || r.Role == "processor"
			}
		}
		soldText := b.msg(k("no"))
		if sold {
			soldText = b.msg(k("yes"))
			soldCats = append(soldCats, b.lowerMessage(name))
		}
		if disclosed {
			disclosedCats = append(disclosedCats, b.lowerMessage(name))
		}
		for i := 1; i < len(sources); i++ {
			sources[i] = b.lowerMessage(sources[i])
		}
		ov.Rows = append(ov.Rows, []string{name, b.cat.List(labels), b.cat.List(sources), b.cat.Semicolons(kept), soldText})
	}

	var sensitive []string
	for _, x := range d.Data {
		if _, ok := a.SensitiveRule(string(x.Category), x.sensitive); ok {
			sensitive = append(sensitive, b.labelInline(x))
		}
	}
	para := func(key string, args ...any) { ov.Paragraphs = append(ov.Paragraphs, b.msg(k(key), args...)) }
	if len(sensitive) > 0 {
		if d.sensitiveBeyondService() {
			para("sensitive_limit", "data", b.cat.And(sensitive), "link", d.rightsLink())
		} else {
			para("sensitive_service", "data", b.cat.And(sensitive))
		}
	}
	if d.sellsOrShares() {
		var to []string
		for _, r := range d.Recipients {
			if r.Sold || r.Shared {
				to = append(to, esc(r.Name))
			}
		}
		para("sold", "categories", b.cat.And(soldCats), "recipients", b.cat.And(to))
		para("minors")
		para("link_sell", "link", d.rightsLink())
	} else {
		// The sentence also makes the statement on consumers under 16
		// that Regs §7011(e)(3)(I) asks for whatever the business sells.
		para("not_sold")
	}
	var providers, authorities []string
	for _, r := range d.Recipients {
		switch r.Role {
		case "processor":
			providers = append(providers, esc(r.Name))
		case "authority":
			authorities = append(authorities, esc(r.Name))
		}
	}
	if len(providers) > 0 {
		para("disclosed", "categories", b.cat.And(disclosedCats), "recipients", b.cat.And(providers))
	}
	if len(authorities) > 0 {
		para("disclosed_authority", "recipients", b.cat.And(authorities))
	}
	if d.sensitiveBeyondService() { // the right to limit is given
		para("requests_limit")
	} else {
		para("requests")
	}
	para("agent")
	return ov
}

// names returns the names the declaration gives (its controller, its
// recipients), which keep their capitals wherever they stand.
func (d *Declaration) names() []string {
	n := []string{d.Controller.Name}
	for _, r := range d.Recipients {
		n = append(n, r.Name)
	}
	if d.DPO != nil && d.DPO.Name != "" {
		n = append(n, d.DPO.Name)
	}
	if d.Authority != nil {
		n = append(n, d.Authority.Name)
	}
	return n
}

// nameStarts returns what a text begins with when it begins with one of
// the names: each name whole, or its first two words ("Brevo", "Iklan
// Pintar").
func nameStarts(names []string) []string {
	var starts []string
	for _, n := range names {
		if f := strings.Fields(n); len(f) > 0 {
			starts = append(starts, strings.Join(f[:min(2, len(f))], " "))
		}
	}
	return starts
}

// lowerFirst makes the first letter of s small, as a word is written in
// the middle of a sentence: "Adresse e-mail" becomes "adresse e-mail". It
// leaves s alone when its first word is written in capitals ("ID", "GPS"),
// has a capital after its first letter ("iPhone", "McDonald"), begins
// with one of the starts of names given (see nameStarts), or is one of the
// words the locale always writes with a capital (keep: Indonesian's
// "Anda", matched whole). Markdown emphasis or a link before the word is
// kept.
func lowerFirst(s string, starts, keep []string) string {
	start := strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
	if start < 0 {
		return s
	}
	rest := s[start:]
	end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' })
	if end < 0 {
		end = len(rest)
	}
	word := rest[:end]
	first, size := utf8.DecodeRuneInString(word)
	if !unicode.IsUpper(first) || strings.IndexFunc(word[size:], unicode.IsUpper) >= 0 || slices.Contains(keep, word) {
		return s
	}
	for _, n := range starts {
		if strings.HasPrefix(rest, n) {
			return s
		}
	}
	if utf8.RuneCountInString(word) == 1 && end < len(rest) && rest[end] == '.' {
		return s // an initial, as in "J. Martin"
	}
	return s[:start] + string(unicode.ToLower(first)) + rest[size:]
}

package check

import (
	"github.com/noticegen/noticegen/generator/law"

	"fmt"
	"slices"
	"strings"
)

// transfer: data sent outside a law's territory rests on a safeguard that
// law accepts: the EEA under the GDPR, the United Kingdom under the UK
// GDPR (whose transfer tools are the IDTA and the UK Addendum, not the EU
// clauses alone), Indonesia under the UU PDP.
type transfer struct{}

func init() { register(transfer{}) }

func (transfer) ID() string         { return "transfer-safeguard" }
func (transfer) Category() Category { return Completeness }
func (transfer) Severity() Severity { return Error }
func (transfer) Source() string {
	return "the laws' transfer element, such as GDPR Art. 13(1)(f) (GDPR-13-1-f); UU PDP Pasal 56 (IDPDP-56)"
}

func (transfer) Check(n *Notice) []Finding {
	d := n.Decl
	var out []Finding
	for _, l := range requiring(d, law.RequireSafeguard) {
		t := l.Transfers
		if t == nil {
			continue
		}
		var accepted []string
		for s := range t.Safeguards {
			accepted = append(accepted, `"`+s+`"`)
		}
		slices.Sort(accepted)
		for _, r := range d.Recipients {
			if r.Country == "" || t.Covers(r.Country) {
				continue
			}
			if _, _, ok := t.SafeguardFor(r.Country, string(r.Safeguard)); ok {
				continue
			}
			f := at("recipient", r.ID, "country")
			if r.Safeguard == "" {
				f.Message = fmt.Sprintf("recipient %q receives data in %s, outside %s, with no safeguard (%s)", r.ID, r.Country, t.Territory, l.Short)
			} else {
				f = at("recipient", r.ID, "safeguard")
				f.Message = fmt.Sprintf("recipient %q receives data in %s, outside %s, on %q, which the %s does not accept", r.ID, r.Country, t.Territory, r.Safeguard, l.Short)
			}
			f.Fix = "use safeguard = " + strings.Join(accepted, ", ")
			f.Source = l.source()
			out = append(out, f)
		}
	}
	return out
}

package check

import (
	"fmt"

	"github.com/noticegen/noticegen/generator"
)

// transfer: data sent outside the EEA (GDPR) or outside Indonesia (UU PDP)
// needs a stated safeguard.
type transfer struct{}

func init() { register(transfer{}) }

func (transfer) ID() string         { return "transfer-safeguard" }
func (transfer) Category() Category { return Completeness }
func (transfer) Severity() Severity { return Error }
func (transfer) Source() string {
	return "GDPR Art. 13(1)(f) (GDPR-13-1-f); UU PDP Pasal 56 (IDPDP-56)"
}

func (transfer) Check(n *Notice) []Finding {
	d := n.Decl
	var out []Finding
	for _, r := range d.Recipients {
		if r.Country == "" || r.Safeguard != "" {
			continue
		}
		var where, source string
		switch {
		case d.Notice.Has(generator.GDPR) && !generator.InEEA(r.Country):
			where, source = "outside the European Economic Area", "GDPR Art. 13(1)(f), 46 (GDPR-13-1-f)"
		case d.Notice.Has(generator.UUPDP) && r.Country != "ID":
			where, source = "outside Indonesia", "UU PDP Pasal 56 (IDPDP-56)"
		default:
			continue
		}
		f := at("recipient", r.ID, "country")
		f.Message = fmt.Sprintf("recipient %q receives data in %s, %s, with no safeguard", r.ID, r.Country, where)
		f.Fix = `add safeguard = "adequacy", "scc", "bcr", "consent" or "derogation"`
		f.Source = source
		out = append(out, f)
	}
	return out
}

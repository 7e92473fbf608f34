package check

import (
	"fmt"
)

// processorSale: a processor handles data only on the controller's
// instructions, for the controller's purposes, so data cannot be sold to
// one or shared with one for its own advertising. A recipient that buys the
// data, or uses it to advertise across other businesses, decides why the
// data is used: it is a controller (a third party), and the notice must
// say so. The laws agree: the GDPR's processor acts on documented
// instructions (Art. 28(3)(a)); the CCPA's sale and sharing are to third
// parties, which a service provider or contractor is not (Cal. Civ. Code
// §1798.140); Virginia's sale excludes a disclosure to a processor
// (Va. Code §59.1-575).
type processorSale struct{}

func init() { register(processorSale{}) }

func (processorSale) ID() string         { return "processor-sale" }
func (processorSale) Category() Category { return Practice }
func (processorSale) Severity() Severity { return Error }
func (processorSale) Source() string {
	return "GDPR Art. 28(3)(a); Cal. Civ. Code §1798.140 (sell, share, third party); Va. Code §59.1-575 (sale)"
}

func (processorSale) Check(n *Notice) []Finding {
	var out []Finding
	for _, r := range n.Decl.Recipients {
		if r.Role != "processor" || !r.Sold && !r.Shared {
			continue
		}
		key, what := "sold", "sells it data"
		if !r.Sold {
			key, what = "shared", "shares data with it for cross-context advertising"
		}
		f := at("recipient", r.ID, key)
		f.Message = fmt.Sprintf("recipient %q is a processor, which uses data only on your instructions, yet the declaration %s", r.ID, what)
		f.Fix = fmt.Sprintf(`if the recipient uses the data for its own purposes, set role = "controller"; if it only works for you, remove %s = true`, key)
		out = append(out, f)
	}
	return out
}

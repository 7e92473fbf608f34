package check

import (
	"fmt"

	"github.com/noticegen/noticegen/generator"
)

// benefit: when people are asked to agree, or their data serves
// advertising, marketing or personalisation, the notice says what they get
// in return.
type benefit struct{}

func init() { register(benefit{}) }

func (benefit) ID() string         { return "benefit-missing" }
func (benefit) Category() Category { return Practice }
func (benefit) Severity() Severity { return Warning }
func (benefit) Source() string {
	return "GDPR Art. 7, Recital 42 (informed consent); noticegen practice"
}

func (benefit) Check(n *Notice) []Finding {
	var out []Finding
	for _, p := range n.Decl.Purposes {
		asks := p.Basis == generator.Consent
		switch p.Kind {
		case "advertising", "sale", "marketing", "personalization":
			asks = true
		}
		if !asks || !p.Benefit.IsZero() {
			continue
		}
		f := at("purpose", p.ID)
		f.Message = fmt.Sprintf("%s does not say what people get in return", purposeName(n.Decl, p))
		f.Fix = `add benefit = { … = "…" }, such as "Offers that match what you buy"`
		out = append(out, f)
	}
	return out
}

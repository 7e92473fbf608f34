package check

import (
	"fmt"
	"slices"

	"github.com/noticegen/noticegen/generator"
)

// specialData: the special categories of GDPR Art. 9 are processed on
// explicit consent or another Art. 9(2) condition, not on a contract or
// legitimate interests.
type specialData struct{}

func init() { register(specialData{}) }

func (specialData) ID() string         { return "special-data-basis" }
func (specialData) Category() Category { return Practice }
func (specialData) Severity() Severity { return Warning }
func (specialData) Source() string     { return "GDPR Art. 9(1)-(2) (GDPR-9); UU PDP Pasal 4(2)" }

// special lists the categories of GDPR Art. 9(1).
var special = []generator.Category{"health", "biometric", "genetic", "beliefs", "ethnicity", "sex-life", "union-membership"}

func (specialData) Check(n *Notice) []Finding {
	var out []Finding
	for _, p := range n.Decl.Purposes {
		switch p.Basis {
		case generator.Consent, generator.LegalObligation, generator.VitalInterests:
			continue
		}
		for _, x := range p.Data {
			if !slices.Contains(special, x.Category) {
				continue
			}
			f := at("purpose", p.ID, "basis")
			f.Message = fmt.Sprintf("%s processes %q (%s, a special category) on %s", purposeName(n.Decl, p), x.ID, x.Category, p.Basis)
			f.Fix = `base it on explicit consent (basis = "consent", choice = "opt-in"), or make sure another Art. 9(2) condition applies and disable this rule`
			out = append(out, f)
		}
	}
	return out
}

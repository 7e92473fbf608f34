package check

import (
	"fmt"
)

// criteria: a retention period is given as a period or an event; criteria
// alone are allowed only when no period can be given.
type criteria struct{}

func init() { register(criteria{}) }

func (criteria) ID() string         { return "retention-criteria" }
func (criteria) Category() Category { return Practice }
func (criteria) Severity() Severity { return Warning }
func (criteria) Source() string {
	return "GDPR Art. 13(2)(a) (GDPR-13-2-a); CCPA §1798.100(a)(3) (CCPA-NAC-4)"
}

func (criteria) Check(n *Notice) []Finding {
	var out []Finding
	for _, p := range n.Decl.Purposes {
		if p.Retention.Criteria.IsZero() {
			continue
		}
		f := at("purpose", p.ID, "retention")
		f.Message = fmt.Sprintf("%s gives its retention only as criteria, so people cannot tell how long their data is kept", purposeName(n.Decl, p))
		f.Fix = `give a period ("2 years"), an event ({ until = "account-closed" }) or both ({ period = "3 years", after = "last-activity" }), with the criteria as reason`
		out = append(out, f)
	}
	return out
}

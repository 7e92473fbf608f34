package check

import (
	"fmt"
	"slices"
	"strings"
)

// automatedBasis: where a law allows decisions based solely on automated
// processing, with legal or similarly significant effects, on some legal
// bases only (GDPR Art. 22(2): a contract, a law, or explicit consent), a
// purpose that decides so rests on one of them.
type automatedBasis struct{}

func init() { register(automatedBasis{}) }

func (automatedBasis) ID() string         { return "automated-basis" }
func (automatedBasis) Category() Category { return Practice }
func (automatedBasis) Severity() Severity { return Error }
func (automatedBasis) Source() string {
	return "the laws' automated-decision bases, such as GDPR Art. 22(2) (GDPR-13-2-f)"
}

func (automatedBasis) Check(n *Notice) []Finding {
	d := n.Decl
	laws, err := d.Laws()
	if err != nil {
		return nil
	}
	var out []Finding
	for _, a := range laws {
		if a.AutomatedBases == nil {
			continue
		}
		for _, p := range d.Purposes {
			if p.Automated.IsZero() || slices.Contains(a.AutomatedBases, string(p.Basis)) {
				continue
			}
			f := at("purpose", p.ID, "basis")
			f.Message = fmt.Sprintf("%s decides by automated means on %s, which the %s does not allow for such decisions (only %s)", purposeName(d, p), p.Basis, a.Short, strings.Join(a.AutomatedBases, ", "))
			f.Fix = "rest the decision on one of those bases, or have a person take it and remove automated"
			f.Source = cite(a, a.AutomatedRef)
			out = append(out, f)
		}
	}
	return out
}

package check

import (
	"fmt"

	"github.com/noticegen/noticegen/generator"
)

// interest: a purpose based on legitimate interests states the interest.
type interest struct{}

func init() { register(interest{}) }

func (interest) ID() string         { return "interest-missing" }
func (interest) Category() Category { return Practice }
func (interest) Severity() Severity { return Error }
func (interest) Source() string {
	return "GDPR Art. 13(1)(d), 14(2)(b) (GDPR-13-1-d); UU PDP Pasal 20(2)(f)"
}

func (interest) Check(n *Notice) []Finding {
	var out []Finding
	for _, p := range n.Decl.Purposes {
		if p.Basis == generator.LegitimateInterests && p.Interest.IsZero() {
			f := at("purpose", p.ID, "basis")
			f.Message = fmt.Sprintf("%s is based on legitimate interests but does not say which interest", purposeName(n.Decl, p))
			f.Fix = `add interest = { … = "…" }: the interest pursued, such as preventing card fraud`
			out = append(out, f)
		}
	}
	return out
}

package check

import (
	"fmt"

	"github.com/noticegen/noticegen/generator"
)

// withdraw: a purpose people can say no to tells them how, and saying no
// is as easy as saying yes.
type withdraw struct{}

func init() { register(withdraw{}) }

func (withdraw) ID() string         { return "withdraw-missing" }
func (withdraw) Category() Category { return Practice }
func (withdraw) Severity() Severity { return Error }
func (withdraw) Source() string {
	return "GDPR Art. 7(3), 21 (GDPR-7-3, GDPR-13-2-c); CCPA Regs §7004(a)(2) (PR-SYMMETRIC)"
}

func (withdraw) Check(n *Notice) []Finding {
	var out []Finding
	for _, p := range n.Decl.Purposes {
		if p.Choice != generator.OptIn && p.Choice != generator.OptOut || !p.Withdraw.IsZero() {
			continue
		}
		how := "withdraw consent"
		if p.Choice == generator.OptOut {
			how = "object"
		}
		f := at("purpose", p.ID, "choice")
		f.Message = fmt.Sprintf("%s is %s, but the notice does not say how to %s", purposeName(n.Decl, p), p.Choice, how)
		f.Fix = `add withdraw = { … = "…" }: the one step that turns it off, such as a link in every email or a switch in the settings`
		out = append(out, f)
	}
	return out
}

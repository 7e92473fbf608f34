package check

import (
	"fmt"

	"github.com/noticegen/noticegen/generator"
)

// advertising: targeted advertising and the sale of data happen only when a
// person has opted in.
type advertising struct{}

func init() { register(advertising{}) }

func (advertising) ID() string         { return "advertising-opt-in" }
func (advertising) Category() Category { return Practice }
func (advertising) Severity() Severity { return Error }
func (advertising) Source() string {
	return "ePrivacy Directive Art. 5(3); GDPR Art. 6(1)(a), 7; UU PDP Pasal 20(2)(a) (PR-OPTIN-ADS)"
}

func (advertising) Check(n *Notice) []Finding {
	var out []Finding
	for _, p := range n.Decl.Purposes {
		if p.Kind != "advertising" && p.Kind != "sale" {
			continue
		}
		switch {
		case p.Choice != generator.OptIn:
			f := at("purpose", p.ID, "choice")
			f.Message = fmt.Sprintf("%s is %s but is not opt-in (choice = %q)", purposeName(n.Decl, p), p.Kind, p.Choice)
			f.Fix = `set choice = "opt-in" and basis = "consent": off until the person agrees`
			out = append(out, f)
		case p.Basis != generator.Consent:
			f := at("purpose", p.ID, "basis")
			f.Message = fmt.Sprintf("%s is %s on opt-in, but its basis is %s, not consent", purposeName(n.Decl, p), p.Kind, p.Basis)
			f.Fix = `set basis = "consent"`
			out = append(out, f)
		}
	}
	return out
}

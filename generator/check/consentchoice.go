package check

import (
	"fmt"

	"github.com/noticegen/noticegen/generator"
)

// consentChoice: consent is a choice; a purpose based on consent cannot
// leave people without one.
type consentChoice struct{}

func init() { register(consentChoice{}) }

func (consentChoice) ID() string         { return "consent-without-choice" }
func (consentChoice) Category() Category { return Practice }
func (consentChoice) Severity() Severity { return Error }
func (consentChoice) Source() string     { return "GDPR Art. 4(11), 7(3) (GDPR-7-3); UU PDP Pasal 9" }

func (consentChoice) Check(n *Notice) []Finding {
	var out []Finding
	for _, p := range n.Decl.Purposes {
		if p.Basis == generator.Consent && p.Choice == generator.NoChoice {
			f := at("purpose", p.ID, "choice")
			f.Message = fmt.Sprintf("%s is based on consent but gives no choice (choice = \"none\")", purposeName(n.Decl, p))
			f.Fix = `set choice = "opt-in" and say how to withdraw, or use the basis the processing really rests on`
			out = append(out, f)
		}
	}
	return out
}

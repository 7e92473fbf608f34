package check

import (
	"fmt"
	"strings"

	"github.com/noticegen/noticegen/generator"
)

// sensitiveChoice: where a law's sentence on sensitive data promises a
// choice, each purpose that processes such data gives it. The notice says,
// under the US state laws, that sensitive data is processed only with
// consent, and under Utah's, that people can opt out of its processing
// (law.Sensitive.Choice): a purpose that gives no such
// choice makes the sentence false. A finding cites the law's own article.
type sensitiveChoice struct{}

func init() { register(sensitiveChoice{}) }

func (sensitiveChoice) ID() string         { return "sensitive-choice" }
func (sensitiveChoice) Category() Category { return Practice }
func (sensitiveChoice) Severity() Severity { return Error }
func (sensitiveChoice) Source() string {
	return "the laws' sensitive data rule, such as Va. §59.1-578 or Utah Code §13-61-302(3)"
}

func (sensitiveChoice) Check(n *Notice) []Finding {
	d := n.Decl
	laws, err := d.Laws()
	if err != nil {
		return nil
	}
	var out []Finding
	for _, a := range laws {
		if a.Sensitive == nil || a.Sensitive.Choice == "" {
			continue
		}
		for _, p := range d.Purposes {
			data := generator.SensitiveData(a, p)
			if len(data) == 0 {
				continue
			}
			var labels []string
			for _, x := range data {
				labels = append(labels, fmt.Sprintf("%q", x.ID))
			}
			what := fmt.Sprintf("%s processes %s, sensitive data under the %s", purposeName(d, p), strings.Join(labels, ", "), a.Short)
			var f Finding
			switch {
			case a.Sensitive.Choice == string(generator.OptIn) && p.Choice != generator.OptIn:
				f = at("purpose", p.ID, "choice")
				f.Message = fmt.Sprintf("%s, which the notice says is processed only with consent, but its choice is %q", what, p.Choice)
				f.Fix = `set choice = "opt-in" and basis = "consent", or move the sensitive data to a purpose that asks for consent`
			case a.Sensitive.Choice == string(generator.OptIn) && p.Basis != generator.Consent:
				f = at("purpose", p.ID, "basis")
				f.Message = fmt.Sprintf("%s, which the notice says is processed only with consent, but its basis is %s", what, p.Basis)
				f.Fix = `set basis = "consent"`
			case a.Sensitive.Choice == string(generator.OptOut) && p.Choice == generator.NoChoice:
				f = at("purpose", p.ID, "choice")
				f.Message = fmt.Sprintf("%s, which the notice says people can opt out of, but it gives no choice (choice = \"none\")", what)
				f.Fix = `set choice = "opt-out" (or "opt-in"), with withdraw saying how, or move the sensitive data to a purpose that gives one`
			default:
				continue
			}
			f.Source = cite(a, a.Sensitive.Ref)
			out = append(out, f)
		}
	}
	return out
}

package check

import (
	"fmt"
)

// emptyPurpose: a purpose says which data it uses.
type emptyPurpose struct{}

func init() { register(emptyPurpose{}) }

func (emptyPurpose) ID() string         { return "purpose-without-data" }
func (emptyPurpose) Category() Category { return Practice }
func (emptyPurpose) Severity() Severity { return Warning }
func (emptyPurpose) Source() string     { return "GDPR Art. 13(1)(c), 14(1)(d) (GDPR-13-1-c)" }

func (emptyPurpose) Check(n *Notice) []Finding {
	var out []Finding
	for _, p := range n.Decl.Purposes {
		if len(p.Data) == 0 {
			f := at("purpose", p.ID, "data")
			f.Message = fmt.Sprintf("%s uses no data", purposeName(n.Decl, p))
			f.Fix = `list the data it uses, such as data = ["email"], or remove the purpose`
			out = append(out, f)
		}
	}
	return out
}

package check

import (
	"github.com/noticegen/noticegen/generator"
)

// authority: under GDPR, people must learn they can complain to a
// supervisory authority; naming it tells them where.
type authority struct{}

func init() { register(authority{}) }

func (authority) ID() string         { return "gdpr-authority" }
func (authority) Category() Category { return Completeness }
func (authority) Severity() Severity { return Warning }
func (authority) Source() string     { return "GDPR Art. 13(2)(d), 14(2)(e) (GDPR-13-2-d)" }

func (authority) Check(n *Notice) []Finding {
	d := n.Decl
	if !d.Notice.Has(generator.GDPR) || d.Authority != nil {
		return nil
	}
	f := at("notice", "jurisdictions")
	f.Message = "the notice lists gdpr but names no supervisory authority to complain to"
	f.Fix = `add [authority] with name = "…" and url = "…", such as the authority where you have your main establishment`
	return []Finding{f}
}

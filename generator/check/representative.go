package check

import (
	"fmt"

	"github.com/noticegen/noticegen/generator"
)

// representative: a controller established outside the Union names its
// representative in the Union.
type representative struct{}

func init() { register(representative{}) }

func (representative) ID() string         { return "gdpr-representative" }
func (representative) Category() Category { return Completeness }
func (representative) Severity() Severity { return Warning }
func (representative) Source() string     { return "GDPR Art. 13(1)(a), 27 (GDPR-13-1-a)" }

func (representative) Check(n *Notice) []Finding {
	d := n.Decl
	c := d.Controller.Country
	if !d.Notice.Has(generator.GDPR) || c == "" || generator.InEEA(c) || d.Representative != nil {
		return nil
	}
	f := at("controller", "country")
	f.Message = fmt.Sprintf("the controller is in %s, outside the European Economic Area, and the notice names no representative in the Union", c)
	f.Fix = `add [representative] with name, email and address; if you have an establishment in the Union, give its country instead`
	return []Finding{f}
}

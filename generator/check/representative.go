package check

import (
	"fmt"

	"github.com/noticegen/noticegen/generator/law"
)

// representative: a controller established outside a law's territory
// names its representative there (GDPR and UK GDPR Art. 27).
type representative struct{}

func init() { register(representative{}) }

func (representative) ID() string         { return "representative" }
func (representative) Category() Category { return Completeness }
func (representative) Severity() Severity { return Warning }
func (representative) Source() string {
	return "the laws' representative element, such as GDPR Art. 13(1)(a), 27 (GDPR-13-1-a)"
}

func (representative) Check(n *Notice) []Finding {
	d := n.Decl
	c := d.Controller.Country
	if c == "" || d.Representative != nil {
		return nil
	}
	for _, l := range requiring(d, law.RequireRepresentative) {
		if l.Transfers == nil || l.Transfers.Covers(c) {
			continue
		}
		f := at("controller", "country")
		f.Message = fmt.Sprintf("the controller is in %s, outside %s, and the notice names no representative there (%s)", c, l.Transfers.Territory, l.Short)
		f.Fix = `add [representative] with name, email and address; if you have an establishment there, give its country instead`
		f.Source = l.source()
		return []Finding{f}
	}
	return nil
}

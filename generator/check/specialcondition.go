package check

import (
	"fmt"
	"slices"

	"github.com/noticegen/noticegen/generator"
	"github.com/noticegen/noticegen/generator/law"
)

// specialCondition: a purpose that processes data a law treats as a
// special category names the condition that allows it (GDPR Art. 9(2),
// declared as purpose.<id>.special_condition), and one the law knows.
// Where a country adds to the condition (Spain: consent alone does not
// allow processing whose main purpose is to identify ideology, union
// membership, religion, sexual orientation, beliefs or origin, LOPDGDD
// art. 9.1), the rule says so too.
type specialCondition struct{}

func init() { register(specialCondition{}) }

func (specialCondition) ID() string         { return "special-condition" }
func (specialCondition) Category() Category { return Completeness }
func (specialCondition) Severity() Severity { return Error }
func (specialCondition) Source() string {
	return "the laws' condition element, such as GDPR Art. 9(1)-(2) (GDPR-9)"
}

// identifying lists the categories of LOPDGDD art. 9.1.
var identifying = []generator.Category{"beliefs", "union-membership", "sex-life", "ethnicity"}

func (specialCondition) Check(n *Notice) []Finding {
	d := n.Decl
	var out []Finding
	for _, l := range requiring(d, law.RequireCondition) {
		for _, p := range d.Purposes {
			if !generator.NeedsCondition(l.Applied, p) {
				continue
			}
			switch {
			case p.SpecialCondition == "":
				f := at("purpose", p.ID)
				f.Message = fmt.Sprintf("%s processes special categories of data under the %s and names no condition that allows it", purposeName(d, p), l.Short)
				f.Fix = `add special_condition = "explicit-consent" (with basis = "consent" and choice = "opt-in"), or the Art. 9(2) condition that applies`
				f.Source = l.source()
				out = append(out, f)
			case l.Sensitive.Condition(p.SpecialCondition) == nil:
				f := at("purpose", p.ID, "special_condition")
				f.Message = fmt.Sprintf("%s names condition %q, which the %s does not have", purposeName(d, p), p.SpecialCondition, l.Short)
				f.Fix = "use one of the conditions listed by noticegen laws " + l.ID
				f.Source = l.source()
				out = append(out, f)
			case p.SpecialCondition == "explicit-consent" && l.Layer != nil && l.Layer.Country == "ES" &&
				slices.ContainsFunc(p.Data, func(x *generator.Data) bool { return slices.Contains(identifying, x.Category) }):
				f := at("purpose", p.ID, "special_condition")
				f.Severity = Warning
				f.Message = fmt.Sprintf("%s rests on consent alone to process data that identifies ideology, union membership, religion, sexual orientation, beliefs or origin; in Spain consent alone does not allow that when it is the processing's main purpose", purposeName(d, p))
				f.Fix = "make sure identifying these is not the main purpose, or rest on another Art. 9(2) condition"
				f.Source = "LOPDGDD art. 9.1"
				out = append(out, f)
			}
		}
	}
	return out
}

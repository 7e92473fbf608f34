package check

import (
	"fmt"
)

// unusedData: data minimisation; every item of data serves a declared
// purpose, or it should not be collected.
type unusedData struct{}

func init() { register(unusedData{}) }

func (unusedData) ID() string         { return "data-without-purpose" }
func (unusedData) Category() Category { return Practice }
func (unusedData) Severity() Severity { return Error }
func (unusedData) Source() string {
	return "GDPR Art. 5(1)(b)-(c); UU PDP Pasal 16(2)(a)-(b) (PR-MINIMISE)"
}

func (unusedData) Check(n *Notice) []Finding {
	d := n.Decl
	var out []Finding
	for _, x := range d.Data {
		if len(d.PurposesOf(x)) == 0 {
			f := at("data", x.ID)
			f.Message = fmt.Sprintf("data %q is collected for no purpose", x.ID)
			f.Fix = fmt.Sprintf("add %q to the data list of the purposes that need it, or stop collecting it and remove [data.%s]", x.ID, x.ID)
			out = append(out, f)
		}
	}
	return out
}

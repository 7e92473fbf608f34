package check

import (
	"fmt"

	"github.com/noticegen/noticegen/generator/law"
)

// requiredData: where a law requires it (GDPR and UK GDPR Art. 13(2)(e)),
// people learn what happens if they do not provide data they must provide.
type requiredData struct{}

func init() { register(requiredData{}) }

func (requiredData) ID() string         { return "required-data" }
func (requiredData) Category() Category { return Completeness }
func (requiredData) Severity() Severity { return Warning }
func (requiredData) Source() string {
	return "the laws' element, such as GDPR Art. 13(2)(e) (GDPR-13-2-e)"
}

func (requiredData) Check(n *Notice) []Finding {
	laws := requiring(n.Decl, law.RequireRequiredData)
	if len(laws) == 0 {
		return nil
	}
	var out []Finding
	for _, x := range n.Decl.Data {
		if x.Required && x.IfMissing.IsZero() {
			f := at("data", x.ID, "required")
			f.Message = fmt.Sprintf("data %q is required, but the notice does not say what happens if it is not provided", x.ID)
			f.Fix = `add if_missing = { … = "We can’t …" }`
			f.Source = laws[0].source()
			out = append(out, f)
		}
	}
	return out
}

package check

import (
	"fmt"

	"github.com/noticegen/noticegen/generator/law"
)

// dataSource: where a law requires it (GDPR and UK GDPR Art. 14(2)(f)),
// data obtained from someone else says where it comes from.
type dataSource struct{}

func init() { register(dataSource{}) }

func (dataSource) ID() string         { return "data-source" }
func (dataSource) Category() Category { return Completeness }
func (dataSource) Severity() Severity { return Warning }
func (dataSource) Source() string {
	return "the laws' element, such as GDPR Art. 14(2)(f) (GDPR-14-2-f)"
}

func (dataSource) Check(n *Notice) []Finding {
	laws := requiring(n.Decl, law.RequireSource)
	if len(laws) == 0 {
		return nil
	}
	var out []Finding
	for _, x := range n.Decl.Data {
		if x.Source == "third-party" && x.SourceName.IsZero() {
			f := at("data", x.ID, "source")
			f.Message = fmt.Sprintf("data %q comes from a third party, but the notice does not say which", x.ID)
			f.Fix = `add source_name = { … = "…" }: who the data comes from`
			f.Source = laws[0].source()
			out = append(out, f)
		}
	}
	return out
}

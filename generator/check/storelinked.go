package check

import (
	"fmt"
)

// storeLinked: a name, contact details, an account or a government id are
// the person's identity, so Apple's "Data Not Linked to You" cannot be
// said of them.
type storeLinked struct{}

func init() { register(storeLinked{}) }

func (storeLinked) ID() string         { return "store-linked" }
func (storeLinked) Category() Category { return Completeness }
func (storeLinked) Severity() Severity { return Error }
func (storeLinked) Source() string {
	return "Apple App Privacy details, \"Data linked to the user\""
}

func (storeLinked) Check(n *Notice) []Finding {
	var out []Finding
	for _, it := range n.storeLabels().Items {
		if it.Linked || !it.Identifies {
			continue
		}
		x := it.Data
		f := at("data", x.ID, "store", "linked")
		f.Message = fmt.Sprintf("%s is %s data, which identifies the person, yet it says linked = false; %s would say DATA_NOT_LINKED_TO_YOU",
			dataName(n.Decl, x), x.Category, appleRowOr(it.Apple))
		f.Fix = "remove linked = false"
		out = append(out, f)
	}
	return out
}

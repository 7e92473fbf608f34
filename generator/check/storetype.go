package check

import (
	"fmt"
	"slices"

	"github.com/noticegen/noticegen/generator/store"
)

// storeType: each data item is one of each store's data types, and one
// that fits its category. A type outside the category's (a precise
// location written as Play's approximate location, a health record as
// "Other info") says less than the policy. In an app's declaration (one
// with a [store] table), a category too coarse for one type (contact
// data is an email address, a phone number or a postal address) must
// name it, or the labels cannot be written.
type storeType struct{}

func init() { register(storeType{}) }

func (storeType) ID() string         { return "store-data-type" }
func (storeType) Category() Category { return Completeness }
func (storeType) Severity() Severity { return Error }
func (storeType) Source() string     { return storeSource }

func (storeType) Check(n *Notice) []Finding {
	d := n.Decl
	var out []Finding
	for _, it := range n.storeLabels().Items {
		x := it.Data
		for _, s := range []struct {
			store, key, declared, row string
			choice                    store.TypeChoice
		}{
			{"Google Play", "play", x.Store.Play, playRow(x.Store.Play, ""), store.PlayCategories[string(x.Category)]},
			{"Apple", "apple", x.Store.Apple, appleRow(x.Store.Apple), store.AppleCategoriesFor[string(x.Category)]},
		} {
			switch {
			case s.declared != "" && s.choice.Allowed != nil && !slices.Contains(s.choice.Allowed, s.declared):
				f := at("data", x.ID, "store", s.key)
				f.Message = fmt.Sprintf("%s is %s data, and %s would label it as something else", dataName(d, x), x.Category, s.row)
				f.Fix = fmt.Sprintf("write %s = one of %s", s.key, quotedList(s.choice.Allowed))
				out = append(out, f)
			case s.declared == "" && s.choice.Default == "" && d.Store != nil && it.Collected:
				f := at("data", x.ID, "category")
				f.Message = fmt.Sprintf("%s is %s data, which covers several of %s's data types, and its store table names none", dataName(d, x), x.Category, s.store)
				f.Fix = fmt.Sprintf("add store = { %s = \"…\" }", s.key)
				if s.choice.Allowed != nil {
					f.Fix += ", one of " + quotedList(s.choice.Allowed)
				}
				out = append(out, f)
			}
		}
	}
	return out
}

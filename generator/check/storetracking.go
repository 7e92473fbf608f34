package check

import (
	"fmt"

	"github.com/noticegen/noticegen/generator"

	"github.com/noticegen/noticegen/generator/store"
)

// storeTracking: data that an advertising purpose gives a third party (a
// controller, or a recipient that buys or shares it), or that a sale
// purpose sells, is "used to track you" in Apple's sense: linked with
// other companies' data for advertising, or given to a data broker.
// store.tracking = false cannot take that back. An app that tracks must
// also list the domains that do (NSPrivacyTrackingDomains: "at least one
// internet domain" when NSPrivacyTracking is true).
type storeTracking struct{}

func init() { register(storeTracking{}) }

func (storeTracking) ID() string         { return "store-tracking" }
func (storeTracking) Category() Category { return Completeness }
func (storeTracking) Severity() Severity { return Error }
func (storeTracking) Source() string {
	return "Apple App Privacy details, \"Tracking\"; Apple privacy manifest files, NSPrivacyTrackingDomains"
}

func (storeTracking) Check(n *Notice) []Finding {
	d := n.Decl
	var out []Finding
	tracks := false
	for _, it := range n.storeLabels().Items {
		tracks = tracks || it.Tracking && it.Collected
		if it.Tracking || len(it.TracksBecause) == 0 {
			continue
		}
		x := it.Data
		f := at("data", x.ID, "store", "tracking")
		f.Message = fmt.Sprintf("%s says tracking = false, yet purpose %s gives it to %s; %s would not say %s",
			dataName(d, x), purposeIDs(it.TracksBecause), recipientNamesOr(it), appleRowOr(it.Apple), store.AppleTracking)
		f.Fix = "remove tracking = false, and ask for App Tracking Transparency permission before the data is used"
		out = append(out, f)
	}
	if d.Store != nil && tracks && len(d.Store.TrackingDomains) == 0 {
		f := at("store")
		f.Message = "the app tracks (NSPrivacyTracking is true), and [store] lists no tracking_domains"
		f.Fix = `add tracking_domains = ["…"], the domains the app's advertising partners track from`
		out = append(out, f)
	}
	return out
}

// recipientNamesOr names the third parties that receive the item, or says
// that it is sold to one the declaration does not name.
func recipientNamesOr(it *generator.StoreItem) string {
	if len(it.SharedWith) == 0 {
		return "whoever buys it"
	}
	return recipientNames(it.SharedWith)
}

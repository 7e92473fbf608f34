package check

import (
	"fmt"

	"github.com/noticegen/noticegen/generator/store"
)

// storeEphemeral: Play's "processed ephemerally" is "only stored in memory,
// and retained for no longer than necessary to service the specific
// request in real-time"; ephemeral data is hidden from the store listing.
// Data that a purpose keeps (a retention longer than a day, or until an
// event) or builds a profile from (advertising, sale, analytics, research,
// personalization, marketing) is not.
type storeEphemeral struct{}

func init() { register(storeEphemeral{}) }

func (storeEphemeral) ID() string         { return "store-ephemeral" }
func (storeEphemeral) Category() Category { return Completeness }
func (storeEphemeral) Severity() Severity { return Error }
func (storeEphemeral) Source() string {
	return "Google Play Data safety, \"ephemeral processing\" (Play Console Help 10787469)"
}

func (storeEphemeral) Check(n *Notice) []Finding {
	var out []Finding
	for _, it := range n.storeLabels().Items {
		if !it.Ephemeral || len(it.KeptBy) == 0 {
			continue
		}
		x := it.Data
		f := at("data", x.ID, "store", "ephemeral")
		f.Message = fmt.Sprintf("%s says ephemeral = true, yet purpose %s keeps it beyond the request; %s would hide it from the store listing",
			dataName(n.Decl, x), purposeIDs(it.KeptBy), playRow(it.Play, store.PlayEphemeral))
		f.Fix = "remove ephemeral = true, or make each purpose that uses it keep it no longer than a day and build no profile"
		out = append(out, f)
	}
	return out
}

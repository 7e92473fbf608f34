package check

import "fmt"

// storeCollected: data that a recipient receives leaves the device, so
// both stores count it as collected ("transmitted off the user's device",
// Play; "transmitting data off the device", Apple), processors included.
// store.collected = false would leave it off both labels, or make an app
// that collects data say "Data Not Collected".
type storeCollected struct{}

func init() { register(storeCollected{}) }

func (storeCollected) ID() string         { return "store-collected" }
func (storeCollected) Category() Category { return Completeness }
func (storeCollected) Severity() Severity { return Error }
func (storeCollected) Source() string     { return storeSource }

func (storeCollected) Check(n *Notice) []Finding {
	var out []Finding
	for _, it := range n.storeLabels().Items {
		if it.Collected || len(it.Receivers) == 0 {
			continue
		}
		x := it.Data
		f := at("data", x.ID, "store", "collected")
		f.Message = fmt.Sprintf("%s says collected = false, yet %s receive it, so it leaves the device; the labels would leave out %s and %s",
			dataName(n.Decl, x), recipientNames(it.Receivers), playRowOr(it.Play), appleRowOr(it.Apple))
		f.Fix = "remove collected = false: data any recipient receives is collected in both stores' sense"
		out = append(out, f)
	}
	return out
}

func playRowOr(id string) string {
	if id == "" {
		return "its Play data type"
	}
	return playRow(id, "")
}

func appleRowOr(id string) string {
	if id == "" {
		return "its Apple data type"
	}
	return appleRow(id)
}

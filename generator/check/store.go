package check

import (
	"fmt"
	"strings"

	"github.com/noticegen/noticegen/generator"
	"github.com/noticegen/noticegen/generator/store"
)

// The store rules hold the app stores' privacy labels (noticegen build
// --format play,apple) to the policy: the labels are derived from the
// declaration, and a data item's store table can change what they say
// where the declaration cannot tell (a data type, "ephemeral", "linked",
// "tracking", "collected"). These rules find where such a key makes a
// label say less than the policy. Each finding names the data item and the
// label row it concerns.

// storeLabels returns the labels of the notice, derived once for all rules.
func (n *Notice) storeLabels() *generator.StoreLabels {
	if n.labels == nil {
		n.labels = generator.StoreLabelsOf(n.Decl)
	}
	return n.labels
}

// storeSource is where the store rules rest: each store's definitions.
const storeSource = "Google Play Data safety (Play Console Help 10787469); Apple App Privacy details and privacy manifests (App Store Review Guideline 5.1.2)"

// playRow names the Play rows of a data type, as the CSV writes them.
func playRow(typeID, sub string) string {
	if sub == "" {
		t, _ := store.PlayTypeByID(typeID)
		return fmt.Sprintf("Play row %s,%s (%s / %s)", t.Question, typeID, t.Group, t.Label)
	}
	return "Play row " + store.PlayUsageQuestion(typeID, sub)
}

// appleRow names the App Store Connect data type and its manifest constant.
func appleRow(id string) string {
	c, _ := store.AppleCategoryByID(id)
	return fmt.Sprintf("Apple data type %s (%s)", id, c.Manifest)
}

// dataName names a data item in messages, with its label in the source
// locale when it has one.
func dataName(d *generator.Declaration, x *generator.Data) string {
	if x.Label.IsZero() {
		return fmt.Sprintf("data %q", x.ID)
	}
	return fmt.Sprintf("data %q (%s)", x.ID, generator.PlainText(x.Label.In(d.Notice.SourceLocale())))
}

// recipientNames lists recipients by id.
func recipientNames(rs []*generator.Recipient) string {
	ids := make([]string, len(rs))
	for i, r := range rs {
		ids[i] = fmt.Sprintf("%q (%s)", r.ID, r.Name)
	}
	return strings.Join(ids, ", ")
}

// purposeIDs lists purposes by id.
func purposeIDs(ps []*generator.Purpose) string {
	ids := make([]string, len(ps))
	for i, p := range ps {
		ids[i] = fmt.Sprintf("%q (%s)", p.ID, p.Kind)
	}
	return strings.Join(ids, ", ")
}

// quotedList writes ids as "a", "b" or "c".
func quotedList(ids []string) string {
	q := make([]string, len(ids))
	for i, id := range ids {
		q[i] = fmt.Sprintf("%q", id)
	}
	if len(q) < 2 {
		return strings.Join(q, "")
	}
	return strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1]
}

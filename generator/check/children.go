package check

import (
	"fmt"
	"slices"
	"strings"

	"github.com/noticegen/noticegen/generator"
)

// children: a service for people under 16 that relies on consent needs
// the consent of a parent or guardian.
type children struct{}

func init() { register(children{}) }

func (children) ID() string         { return "children-consent" }
func (children) Category() Category { return Practice }
func (children) Severity() Severity { return Warning }
func (children) Source() string     { return "GDPR Art. 8(1) (GDPR-8-1); UU PDP Pasal 25 (IDPDP-25)" }

func (children) Check(n *Notice) []Finding {
	d := n.Decl
	age := d.Audience.MinAge
	if age == 0 || age >= 16 {
		return nil
	}
	var ids []string
	for _, p := range d.Purposes {
		if p.Basis == generator.Consent {
			ids = append(ids, p.ID)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	slices.Sort(ids)
	what := "purpose " + ids[0] + " relies"
	if len(ids) > 1 {
		what = "purposes " + strings.Join(ids[:len(ids)-1], ", ") + " and " + ids[len(ids)-1] + " rely"
	}
	f := at("audience", "min_age")
	f.Message = fmt.Sprintf("the service is for people aged %d and over, and %s on consent, which a child under 16 cannot give alone", age, what)
	f.Fix = "obtain a parent's or guardian's consent and describe how, raise min_age to 16, or use another basis"
	return []Finding{f}
}

package check

import (
	"fmt"
	"slices"

	"github.com/noticegen/noticegen/generator"
)

// children: a service open to people below a law's age of consent, that
// relies on consent where the law asks for it, needs a parent's or
// guardian's part in it (GDPR Art. 8(1) and the Member States' ages; UU PDP
// Pasal 25).
type children struct{}

func init() { register(children{}) }

func (children) ID() string         { return "children-consent" }
func (children) Category() Category { return Practice }
func (children) Severity() Severity { return Warning }
func (children) Source() string {
	return "the laws' ages of consent, such as GDPR Art. 8(1) (GDPR-8-1); UU PDP Pasal 25 (IDPDP-25)"
}

func (children) Check(n *Notice) []Finding {
	d := n.Decl
	age := d.Audience.MinAge
	laws, err := d.Laws()
	if age == 0 || err != nil {
		return nil
	}
	var consent []string
	for _, p := range d.Purposes {
		if p.Basis == generator.Consent {
			consent = append(consent, p.ID)
		}
	}
	slices.Sort(consent)
	for _, a := range laws {
		c := a.Children()
		if c == nil || age >= c.Age || c.OnlyConsent && len(consent) == 0 {
			continue
		}
		f := at("audience", "min_age")
		if c.OnlyConsent {
			f.Message = fmt.Sprintf("the service is for people aged %d and over, and %s on consent, which a child under %d cannot give alone under the %s", age, relyOn(consent), c.Age, a.Short)
		} else {
			f.Message = fmt.Sprintf("the service is for people aged %d and over, and the %s requires a parent's or guardian's consent below %d", age, a.Short, c.Age)
		}
		f.Fix = fmt.Sprintf("obtain a parent's or guardian's consent and describe how, raise min_age to %d, or use another basis", c.Age)
		f.Source = cite(a, c.Ref)
		return []Finding{f}
	}
	return nil
}

func relyOn(ids []string) string {
	if len(ids) == 1 {
		return "purpose " + ids[0] + " relies"
	}
	last := len(ids) - 1
	s := "purposes "
	for i, id := range ids[:last] {
		if i > 0 {
			s += ", "
		}
		s += id
	}
	return s + " and " + ids[last] + " rely"
}

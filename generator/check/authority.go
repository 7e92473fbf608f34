package check

import "github.com/noticegen/noticegen/generator/law"

// authority: where a law leaves it to the controller to name the
// supervisory authority people complain to (GDPR Art. 13(2)(d)), the
// declaration names it, unless the controller's country has a default
// authority (the CNIL in France, the AEPD in Spain).
type authority struct{}

func init() { register(authority{}) }

func (authority) ID() string         { return "authority" }
func (authority) Category() Category { return Completeness }
func (authority) Severity() Severity { return Warning }
func (authority) Source() string {
	return "the laws' complaint element, such as GDPR Art. 13(2)(d), 14(2)(e) (GDPR-13-2-d)"
}

func (authority) Check(n *Notice) []Finding {
	d := n.Decl
	if d.Authority != nil {
		return nil
	}
	for _, l := range requiring(d, law.RequireAuthority) {
		if c := l.Complaint(); c != nil && c.AuthorityKey != "" {
			continue
		}
		f := at("notice", "jurisdictions")
		f.Message = "the notice lists " + l.ID + " but names no supervisory authority to complain to"
		f.Fix = `add [authority] with name = "…" and url = "…", such as the authority where you have your main establishment`
		f.Source = l.source()
		return []Finding{f}
	}
	return nil
}

package check

import "github.com/noticegen/noticegen/generator/law"

// contactPerson: some laws want a named person people can ask about the
// processing: Quebec's person in charge of the protection of personal
// information, whose title and contact are published (s. 3.1), India's
// Data Protection Officer or contact person (DPDP Act s. 8(9)). The
// declaration names them in [dpo].
type contactPerson struct{}

func init() { register(contactPerson{}) }

func (contactPerson) ID() string         { return "contact-person" }
func (contactPerson) Category() Category { return Completeness }
func (contactPerson) Severity() Severity { return Error }
func (contactPerson) Source() string {
	return "the laws' contact-person element, such as Quebec P-39.1 s. 3.1; DPDP Act s. 8(9)"
}

func (contactPerson) Check(n *Notice) []Finding {
	d := n.Decl
	if d.DPO != nil && d.DPO.Name != "" {
		return nil
	}
	for _, l := range requiring(d, law.RequireContactPerson) {
		f := at("dpo")
		if d.DPO == nil {
			f = at("notice", "jurisdictions")
		}
		f.Message = "the notice lists " + l.ID + ", which wants the name or title of a person people can ask about the processing, and [dpo] names none"
		f.Fix = `add [dpo] with name = "…" (a name or a title, such as "Privacy Officer") and email = "…"`
		f.Source = l.source()
		return []Finding{f}
	}
	return nil
}

package check

import "github.com/noticegen/noticegen/generator/law"

// contactPerson: some laws want a person or office people can ask about
// the processing: Quebec's person in charge of the protection of personal
// information, whose title and contact are published (s. 3.1; the
// notice's sentence gives the title), India's Data Protection Officer or
// contact person (DPDP Act s. 8(9)), Mexico's person or department of
// personal data (Art. 29). The declaration gives them in [dpo].
type contactPerson struct{}

func init() { register(contactPerson{}) }

func (contactPerson) ID() string         { return "contact-person" }
func (contactPerson) Category() Category { return Completeness }
func (contactPerson) Severity() Severity { return Error }
func (contactPerson) Source() string {
	return "the laws' contact-person element, such as Quebec P-39.1 s. 3.1; DPDP Act s. 8(9); LFPDPPP Art. 29"
}

func (contactPerson) Check(n *Notice) []Finding {
	d := n.Decl
	if d.DPO != nil {
		return nil
	}
	for _, l := range requiring(d, law.RequireContactPerson) {
		f := at("notice", "jurisdictions")
		f.Message = "the notice lists " + l.ID + ", which wants a person or office people can ask about the processing, and there is no [dpo]"
		f.Fix = `add [dpo] with email = "…", and name = "…" where you name the person or office`
		f.Source = l.source()
		return []Finding{f}
	}
	return nil
}

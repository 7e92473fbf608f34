package check

import ()

// security: people are told how their data is protected.
type security struct{}

func init() { register(security{}) }

func (security) ID() string         { return "security-measures" }
func (security) Category() Category { return Practice }
func (security) Severity() Severity { return Warning }
func (security) Source() string {
	return "GDPR Art. 32; UU PDP Pasal 16(2)(e), 35 (PR-SECURITY, IDPDP-35)"
}

func (security) Check(n *Notice) []Finding {
	s := n.Decl.Security
	if len(s.Measures) > 0 || !s.Details.IsZero() {
		return nil
	}
	f := at("security")
	f.Message = "the notice says nothing about how data is protected"
	f.Fix = `add [security] measures = ["encryption-in-transit", "access-control", …], and details if needed`
	return []Finding{f}
}

package check

import (
	"fmt"

	"github.com/noticegen/noticegen/generator/law"
)

// requestMethods: the CCPA asks for two or more ways to submit requests
// (a business that operates only online may offer an email address alone).
type requestMethods struct{}

func init() { register(requestMethods{}) }

func (requestMethods) ID() string         { return "request-methods" }
func (requestMethods) Category() Category { return Completeness }
func (requestMethods) Severity() Severity { return Warning }
func (requestMethods) Source() string     { return "CCPA §1798.130(a)(1) (CCPA-PP-8)" }

func (requestMethods) Check(n *Notice) []Finding {
	d := n.Decl
	if len(requiring(d, law.RequireRequestMethods)) == 0 {
		return nil
	}
	methods := 0
	for _, m := range []string{d.Rights.Email, d.Rights.URL, d.Controller.Phone} {
		if m != "" {
			methods++
		}
	}
	if methods >= 2 {
		return nil
	}
	f := at("rights")
	f.Message = fmt.Sprintf("people have %d way to submit a privacy request; the CCPA asks for two or more", methods)
	f.Fix = `add rights.url (a request form) or controller.phone (a toll-free number); if you operate only online and deal with people directly, disable this rule`
	return []Finding{f}
}

package check

import (
	"fmt"

	"github.com/noticegen/noticegen/generator/law"
)

// optOut: under the CCPA, data that is sold or shared comes with a way to
// opt out: a "Do Not Sell or Share" link or honoured opt-out signals.
type optOut struct{}

func init() { register(optOut{}) }

func (optOut) ID() string         { return "opt-out" }
func (optOut) Category() Category { return Completeness }
func (optOut) Severity() Severity { return Error }
func (optOut) Source() string     { return "CCPA §1798.135(a) (CCPA-LINK-1, CCPA-LINK-4)" }

func (optOut) Check(n *Notice) []Finding {
	d := n.Decl
	if len(requiring(d, law.RequireOptOutLink)) == 0 || d.Rights.URL != "" || d.Signals.GPC != nil && *d.Signals.GPC {
		return nil
	}
	var out []Finding
	for _, r := range d.Recipients {
		if !r.Sold && !r.Shared {
			continue
		}
		key := "sold"
		if !r.Sold {
			key = "shared"
		}
		f := at("recipient", r.ID, key)
		f.Message = fmt.Sprintf("recipient %q is %s data, but people have no way to opt out: no rights.url for the \"Do Not Sell or Share My Personal Information\" link and no Global Privacy Control", r.ID, key)
		f.Fix = `add rights.url, the page where people opt out, or honour Global Privacy Control with signals.gpc = true`
		out = append(out, f)
	}
	return out
}

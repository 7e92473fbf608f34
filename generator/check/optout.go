package check

import (
	"fmt"
	"slices"

	"github.com/noticegen/noticegen/generator/law"
)

// optOut: under the CCPA, data that is sold or shared comes with a way to
// opt out: a "Do Not Sell or Share" link or honoured opt-out signals. The
// US state laws ask the same of sale and targeted advertising (C.R.S.
// 6-1-1308(1)(b)), without the CCPA's name for the link.
type optOut struct{}

func init() { register(optOut{}) }

func (optOut) ID() string         { return "opt-out" }
func (optOut) Category() Category { return Completeness }
func (optOut) Severity() Severity { return Error }
func (optOut) Source() string     { return "CCPA §1798.135(a) (CCPA-LINK-1, CCPA-LINK-4)" }

func (optOut) Check(n *Notice) []Finding {
	d := n.Decl
	laws := requiring(d, law.RequireOptOutLink)
	if len(laws) == 0 || d.Rights.URL != "" || d.Signals.GPC != nil && *d.Signals.GPC {
		return nil
	}
	// The link has the CCPA's name where a law with the CCPA's taxonomy of
	// sale and sharing applies; otherwise it is the page where people opt
	// out, and the finding cites the law that asks for it.
	link, source := `the "Do Not Sell or Share My Personal Information" link`, ""
	if !slices.ContainsFunc(laws, func(l lawElement) bool { return l.OptOut != nil }) {
		link, source = "a page where people opt out", laws[0].source()
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
		f.Message = fmt.Sprintf("recipient %q is %s data, but people have no way to opt out: no rights.url for %s and no Global Privacy Control", r.ID, key, link)
		if source != "" {
			f.Source = source
		}
		f.Fix = `add rights.url, the page where people opt out, or honour Global Privacy Control with signals.gpc = true`
		out = append(out, f)
	}
	return out
}

package check

import (
	"fmt"
	"strings"

	"github.com/noticegen/noticegen/generator"
)

// advertising: targeted advertising and the sale of data happen only when a
// person has opted in. Where every law of the notice lets them go on until
// the person opts out (law.Law.AdsOnOptOut: the CCPA, the US state laws)
// and the audience is old enough for that, opt-in is still what people
// expect, and the finding is a warning.
type advertising struct{}

func init() { register(advertising{}) }

func (advertising) ID() string         { return "advertising-opt-in" }
func (advertising) Category() Category { return Practice }
func (advertising) Severity() Severity { return Error }
func (advertising) Source() string {
	return "ePrivacy Directive Art. 5(3); GDPR Art. 6(1)(a), 7; UU PDP Pasal 20(2)(a) (PR-OPTIN-ADS)"
}

func (advertising) Check(n *Notice) []Finding {
	optOut := optOutLaws(n.Decl)
	var out []Finding
	for _, p := range n.Decl.Purposes {
		if p.Kind != "advertising" && p.Kind != "sale" {
			continue
		}
		switch {
		case p.Choice != generator.OptIn:
			f := at("purpose", p.ID, "choice")
			f.Message = fmt.Sprintf("%s is %s but is not opt-in (choice = %q)", purposeName(n.Decl, p), p.Kind, p.Choice)
			f.Fix = `set choice = "opt-in" and basis = "consent": off until the person agrees`
			if optOut != nil {
				f.Severity = Warning
				f.Message += fmt.Sprintf("; the %s %s it until people opt out, but opt-in is what they expect", optOut.names, optOut.allow)
				f.Source = optOut.refs + " (PR-OPTIN-ADS)"
			}
			out = append(out, f)
		case p.Basis != generator.Consent:
			f := at("purpose", p.ID, "basis")
			f.Message = fmt.Sprintf("%s is %s on opt-in, but its basis is %s, not consent", purposeName(n.Decl, p), p.Kind, p.Basis)
			f.Fix = `set basis = "consent"`
			out = append(out, f)
		}
	}
	return out
}

// optOutSet is the laws of a notice when every one of them lets targeted
// advertising and sale go on until people opt out, for its audience.
type optOutSet struct{ names, allow, refs string }

// optOutLaws returns the notice's laws when all allow advertising on
// opt-out for the audience it declares (audience.min_age at or above each
// law's AdsOptInUnder); nil when one does not, when the notice names no
// law, or when it declares no audience age.
func optOutLaws(d *generator.Declaration) *optOutSet {
	laws, err := d.Laws()
	if err != nil || len(laws) == 0 || d.Audience.MinAge == 0 {
		return nil
	}
	var names, refs []string
	for _, a := range laws {
		if a.AdsOnOptOut.Article == "" || d.Audience.MinAge < a.AdsOptInUnder {
			return nil
		}
		names = append(names, a.Short)
		refs = append(refs, cite(a, a.AdsOnOptOut))
	}
	allow := "allow"
	if len(names) == 1 {
		allow = "allows"
	}
	return &optOutSet{strings.Join(names, " and "), allow, strings.Join(refs, "; ")}
}

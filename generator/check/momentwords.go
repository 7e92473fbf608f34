package check

import (
	"fmt"

	"github.com/noticegen/noticegen/generator"
)

// momentWords: a just-in-time notice is read in the second a person
// decides, in a small dialog beside the choice or the form field, so it
// keeps to about 40 words in every locale: a note past the budget, a
// warning past the limit, where it no longer fits.
type momentWords struct{}

func init() { register(momentWords{}) }

func (momentWords) ID() string         { return "moment-words" }
func (momentWords) Category() Category { return Language }
func (momentWords) Severity() Severity { return Warning }
func (momentWords) Source() string {
	return "GDPR Art. 12(1) (GDPR-12-1-b); WP29 Guidelines on transparency, WP260 rev.01 (layered notices, WP260-L1); CCPA Regs §7004(a)(1) (CCPA-7004-1)"
}

func (momentWords) Check(n *Notice) []Finding {
	var out []Finding
	for _, l := range n.Decl.Notice.Locales {
		m := n.moments(l)
		if m == nil {
			continue // the build reports it
		}
		report := func(words int, path []string, what string) {
			sev := Warning
			switch {
			case words > generator.MomentWordLimit:
			case words > generator.MomentWordBudget:
				sev = Info
			default:
				return
			}
			f := at(path...)
			f.Severity, f.Locale, f.Document = sev, l, "moments"
			f.Message = fmt.Sprintf("the %s moment of %s has %d words, over the budget of %d", localeName(l), what, words, generator.MomentWordBudget)
			f.Fix = "shorten the texts it shows (benefit, withdraw, if_missing) to what the person needs at that moment; the policy gives the rest"
			out = append(out, f)
		}
		for _, c := range m.Choices {
			report(c.Words, []string{"purpose", c.Purpose}, purposeName(n.Decl, n.Decl.PurposeByID(c.Purpose)))
		}
		for _, f := range m.Fields {
			report(f.Words, []string{"data", f.Data}, dataName(n.Decl, n.Decl.DataByID(f.Data)))
		}
	}
	return out
}

// moments returns the moments of locale l: those the build wrote, or made
// here when the build did not write them.
func (n *Notice) moments(l generator.Locale) *generator.Moments {
	if n.Site != nil && n.Site.Moments[l] != nil {
		return n.Site.Moments[l]
	}
	m, err := generator.MomentsOf(n.Decl, l)
	if err != nil {
		return nil
	}
	return m
}

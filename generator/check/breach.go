package check

import (
	"fmt"

	"github.com/noticegen/noticegen/generator/law"
)

// breach: where a law sets a deadline to tell people of a breach (UU PDP:
// in writing within 3 × 24 hours, Pasal 46), the declaration commits to it.
type breach struct{}

func init() { register(breach{}) }

func (breach) ID() string         { return "breach-notice" }
func (breach) Category() Category { return Completeness }
func (breach) Severity() Severity { return Error }
func (breach) Source() string {
	return "the laws' breach element, such as UU PDP Pasal 46(1) (IDPDP-46-1)"
}

func (breach) Check(n *Notice) []Finding {
	d := n.Decl
	h := d.Security.BreachNoticeHours
	for _, l := range requiring(d, law.RequireBreachDeadline) {
		limit := l.Breach.Hours
		if h > 0 && h <= limit {
			continue
		}
		f := at("security", "breach_notice_hours")
		if h == 0 {
			f.Message = fmt.Sprintf("the notice lists %s but makes no commitment on how fast people are told of a breach", l.ID)
		} else {
			f.Message = fmt.Sprintf("breach notice in %d hours is later than the %d hours the %s allows", h, limit, l.Short)
		}
		f.Fix = fmt.Sprintf("set breach_notice_hours = %d or less in [security]", limit)
		f.Source = l.source()
		return []Finding{f}
	}
	return nil
}

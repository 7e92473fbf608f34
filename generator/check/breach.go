package check

import (
	"fmt"

	"github.com/noticegen/noticegen/generator"
)

// breach: under UU PDP, people and the agency are told of a breach in
// writing within 3 × 24 hours.
type breach struct{}

func init() { register(breach{}) }

func (breach) ID() string         { return "breach-notice" }
func (breach) Category() Category { return Completeness }
func (breach) Severity() Severity { return Error }
func (breach) Source() string     { return "UU PDP Pasal 46(1) (IDPDP-46-1)" }

func (breach) Check(n *Notice) []Finding {
	d := n.Decl
	if !d.Notice.Has(generator.UUPDP) {
		return nil
	}
	h := d.Security.BreachNoticeHours
	if h > 0 && h <= 72 {
		return nil
	}
	f := at("security", "breach_notice_hours")
	if h == 0 {
		f.Message = "the notice lists uu-pdp but makes no commitment on how fast people are told of a breach"
	} else {
		f.Message = fmt.Sprintf("breach notice in %d hours is later than the 3 × 24 hours UU PDP allows", h)
	}
	f.Fix = "set breach_notice_hours = 72 or less in [security]"
	return []Finding{f}
}

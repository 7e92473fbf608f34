package check

import (
	"fmt"

	"github.com/noticegen/noticegen/generator"
)

// responseTime: the declared answer time fits the shortest deadline of the
// notice's laws: one month (GDPR), 45 days (CCPA), 3 × 24 hours for access
// (UU PDP).
type responseTime struct{}

func init() { register(responseTime{}) }

func (responseTime) ID() string         { return "response-time" }
func (responseTime) Category() Category { return Completeness }
func (responseTime) Severity() Severity { return Error }
func (responseTime) Source() string {
	return "GDPR Art. 12(3) (GDPR-12-3); CCPA §1798.130(a)(2) (CCPA-PP-8); UU PDP Pasal 32(2) (IDPDP-R7)"
}

func (responseTime) Check(n *Notice) []Finding {
	d := n.Decl
	days := d.Rights.ResponseDays
	if days == 0 {
		return nil
	}
	limits := []struct {
		j      generator.Jurisdiction
		days   int
		what   string
		source string
	}{
		{generator.UUPDP, 3, "3 × 24 hours for access under UU PDP", "UU PDP Pasal 32(2) (IDPDP-R7)"},
		{generator.GDPR, 30, "one month under GDPR", "GDPR Art. 12(3) (GDPR-12-3)"},
		{generator.CCPA, 45, "45 days under the CCPA", "CCPA §1798.130(a)(2) (CCPA-PP-8)"},
	}
	for _, l := range limits {
		if d.Notice.Has(l.j) && days > l.days {
			f := at("rights", "response_days")
			f.Message = fmt.Sprintf("an answer in %d days is later than %s", days, l.what)
			f.Fix = fmt.Sprintf("set response_days = %d or less", l.days)
			f.Source = l.source
			return []Finding{f}
		}
	}
	return nil
}

package check

import (
	"cmp"
	"fmt"
	"slices"
)

// responseTime: the declared answer time fits the shortest deadline of the
// notice's laws (one month under the GDPR, 45 days under the CCPA,
// 3 × 24 hours for access under the UU PDP). A law's month counts as 30
// days, which is an error to exceed; 29 or 30 days are a warning, since a
// month can be 28 days long (a month from 31 January ends on 28 February:
// Regulation 1182/71 Art. 3(2)(c)), and the ICO suggests 28 days where a
// fixed number is needed.
type responseTime struct{}

func init() { register(responseTime{}) }

func (responseTime) ID() string         { return "response-time" }
func (responseTime) Category() Category { return Completeness }
func (responseTime) Severity() Severity { return Error }
func (responseTime) Source() string {
	return "the laws' request deadlines, such as GDPR Art. 12(3) (GDPR-12-3)"
}

func (responseTime) Check(n *Notice) []Finding {
	d := n.Decl
	days := d.Rights.ResponseDays
	laws, err := d.Laws()
	if days == 0 || err != nil {
		return nil
	}
	laws = slices.DeleteFunc(laws, func(a lawApplied) bool { return a.Requests.Days == 0 })
	slices.SortStableFunc(laws, func(a, b lawApplied) int { return cmp.Compare(a.Requests.Days, b.Requests.Days) })
	for _, a := range laws {
		if days <= a.Requests.Days {
			continue
		}
		f := at("rights", "response_days")
		f.Message = fmt.Sprintf("an answer in %d days is later than the %s allows: %s", days, a.Short, a.Requests.Deadline)
		f.Fix = fmt.Sprintf("set response_days = %d or less", a.Requests.Days)
		f.Source = cite(a, a.Requests.Ref)
		return []Finding{f}
	}
	for _, a := range laws {
		if !a.Requests.Month || days <= 28 {
			continue
		}
		f := at("rights", "response_days")
		f.Severity = Warning
		f.Message = fmt.Sprintf("an answer in %d days can come after the %s's one month: a month from 31 January ends on 28 February", days, a.Short)
		f.Fix = "set response_days = 28 or less, or leave it out: the notice then states the law's one month"
		f.Source = cite(a, a.Requests.Ref)
		return []Finding{f}
	}
	return nil
}

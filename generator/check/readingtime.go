package check

import (
	"fmt"
)

// summaryTime: the summary is the layer people actually read, so it fits
// the reading-time budget of [check] max_summary_minutes (2 by default) in
// every locale. McDonald & Cranor (2008) estimated 10 minutes for a whole
// policy; a summary is meant to take a fraction of that.
type summaryTime struct{}

func init() { register(summaryTime{}) }

func (summaryTime) ID() string         { return "summary-reading-time" }
func (summaryTime) Category() Category { return Language }
func (summaryTime) Severity() Severity { return Warning }
func (summaryTime) Source() string {
	return "WP29 Guidelines on transparency, WP260 rev.01 (layered notices, WP260-L1); McDonald & Cranor 2008"
}

func (summaryTime) Check(n *Notice) []Finding {
	budget := n.MaxSummarySeconds()
	var out []Finding
	for _, doc := range n.documents() {
		if doc.kind != "summary" || doc.Reading.Seconds <= budget {
			continue
		}
		f := doc.on()
		if n.Decl.Check.MaxSummaryMinutes > 0 {
			f.path = []string{"check", "max_summary_minutes"}
		}
		f.Message = fmt.Sprintf("the %s summary takes %s to read, over the budget of %s", localeName(doc.locale), duration(doc.Reading.Seconds), duration(budget))
		f.Fix = "shorten the labels, descriptions and benefits of the declaration, or raise [check] max_summary_minutes"
		out = append(out, f)
	}
	return out
}

func duration(s int) string {
	if s%60 == 0 {
		return fmt.Sprintf("%d min", s/60)
	}
	return fmt.Sprintf("%d min %02d s", s/60, s%60)
}

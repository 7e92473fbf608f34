package check

import (
	"fmt"
	"time"

	"github.com/noticegen/noticegen/generator"
)

// newVersion: a notable or material change must come as a new version with
// a new effective date. With the same ones, readers cannot tell the two
// versions apart nor know when the change applies, and a build with
// --previous writes "Compared with version 1.0.0" into a page that is
// itself version 1.0.0. An error for a material change, a warning for a
// notable one. It needs the previous version (check --previous or --base).
type newVersion struct{}

func init() { register(newVersion{}) }

func (newVersion) ID() string         { return "new-version" }
func (newVersion) Category() Category { return Completeness }
func (newVersion) Severity() Severity { return Error }
func (newVersion) Source() string {
	return "GDPR Art. 12(1), 13(3); WP260 rev.01 (WP260-C1, WP260-C2): a change is told as such, before it takes effect"
}

func (newVersion) Check(n *Notice) []Finding {
	if n.Previous == nil {
		return nil
	}
	changes := generator.Diff(n.Previous, n.Decl)
	sameVersion, sameDate := changes.Unversioned()
	level, _ := changes.Substantive()
	severity := Warning
	if level >= generator.Material {
		severity = Error
	}
	old := n.Previous.Notice
	var out []Finding
	if sameVersion {
		f := at("notice", "version")
		f.Severity = severity
		f.Message = fmt.Sprintf("a %s change keeps version %q of the previous notice", level, old.Version)
		f.Fix = fmt.Sprintf("give this version a new number, such as version = %q", nextVersion(old.Version))
		out = append(out, f)
	}
	if sameDate {
		f := at("notice", "effective")
		f.Severity = severity
		f.Message = fmt.Sprintf("a %s change keeps the previous notice's effective date, %s", level, old.Effective)
		f.Fix = "set effective to the day this version applies from"
		if days := noticeDays(n.Decl); level >= generator.Material && days > 0 && n.Today != (generator.Date{}) {
			f.Fix += fmt.Sprintf(": %s or later, %d days after today", addDays(n.Today, days), days)
		}
		out = append(out, f)
	}
	return out
}

// noticePeriod: a material change must be told change_notice.days before
// it applies, so its effective date is at least that many days after the
// day of the check, and not already past. It needs the previous version
// and today's date.
type noticePeriod struct{}

func init() { register(noticePeriod{}) }

func (noticePeriod) ID() string         { return "notice-period" }
func (noticePeriod) Category() Category { return Practice }
func (noticePeriod) Severity() Severity { return Warning }
func (noticePeriod) Source() string {
	return "GDPR Art. 13(3); WP260 rev.01 (WP260-C2): a material change is told well in advance; the notice's change_notice.days"
}

func (noticePeriod) Check(n *Notice) []Finding {
	if n.Previous == nil || n.Today == (generator.Date{}) {
		return nil
	}
	if level, _ := generator.Diff(n.Previous, n.Decl).Substantive(); level < generator.Material {
		return nil
	}
	eff, days := n.Decl.Notice.Effective, noticeDays(n.Decl)
	earliest := addDays(n.Today, days)
	if !before(eff, earliest) {
		return nil
	}
	f := at("notice", "effective")
	switch {
	case before(eff, n.Today):
		f.Message = fmt.Sprintf("a material change takes effect on %s, which is already past (today is %s)", eff, n.Today)
	default:
		f.Message = fmt.Sprintf("a material change takes effect on %s, %d days after today (%s); change_notice.days asks for %d", eff, daysBetween(n.Today, eff), n.Today, days)
	}
	f.Fix = fmt.Sprintf("set effective = %s or later, the earliest date that honours the notice period, and tell people before then", earliest)
	return []Finding{f}
}

func noticeDays(d *generator.Declaration) int {
	if cn := d.Notice.ChangeNotice; cn != nil {
		return cn.Days
	}
	return 0
}

func toTime(d generator.Date) time.Time {
	return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
}

func addDays(d generator.Date, n int) generator.Date {
	t := toTime(d).AddDate(0, 0, n)
	return generator.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
}

func before(a, b generator.Date) bool { return toTime(a).Before(toTime(b)) }

func daysBetween(a, b generator.Date) int { return int(toTime(b).Sub(toTime(a)).Hours() / 24) }

// nextVersion suggests the version after v: its last number plus one
// ("1.0.0" → "1.0.1", "3" → "4"), or v with ".1" when it ends in none.
func nextVersion(v string) string {
	i := len(v)
	for i > 0 && v[i-1] >= '0' && v[i-1] <= '9' {
		i--
	}
	if i == len(v) {
		return v + ".1"
	}
	n := 0
	for _, r := range v[i:] {
		n = n*10 + int(r-'0')
	}
	return v[:i] + fmt.Sprint(n+1)
}

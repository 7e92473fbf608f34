package generator

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"time"
)

// Release is one published version of a declaration.
type Release struct {
	Declaration *Declaration
	// Published is when the version was released, such as the date of the
	// commit that first carried it; zero when unknown. A version released
	// after its own effective date applied before anyone could read it.
	Published time.Time
}

// Status says where a version stands on the day a history is built.
type Status string

// The statuses of a version.
const (
	Past     Status = "past"     // it was in force, and a later version replaced it
	Current  Status = "current"  // it is in force
	Upcoming Status = "upcoming" // its effective date is still ahead
	// Replaced versions were superseded by a version that took effect on
	// the same day or earlier: they never applied.
	Replaced Status = "replaced"
)

// HistoryVersion is one version in a [History], with its place in time.
type HistoryVersion struct {
	Release
	Version string
	// From is the day the version took effect (its effective date); Until,
	// when set, is the day the next version took effect, when this one
	// stopped applying. A version was in force on D when From <= D < Until.
	From  Date
	Until *Date
	// Status is as of the history's Today.
	Status Status
	// Changes compares the version with the one before it; nil for the first.
	Changes *Changes
}

// Level is the level of the version's changes against the one before it,
// leaving out the new version number and date (MC-18), which every new
// version has: a version that only rewords the notice is editorial.
func (v *HistoryVersion) Level() Level {
	level := Editorial
	if v.Changes == nil {
		return level
	}
	for _, c := range v.Changes.List {
		if c.Rule != "MC-18" {
			level = max(level, c.Level)
		}
	}
	return level
}

// Editorial is true when a version changed nothing that people are told
// of: only wording, the version and the date.
func (v *HistoryVersion) Editorial() bool {
	return v.Changes != nil && v.Level() == Editorial
}

// History is every version of a declaration in the order they took effect,
// as of one day.
type History struct {
	Versions []*HistoryVersion
	Today    Date
	// Current is the index in Versions of the version in force on Today.
	Current int
	// Warnings are problems with the history that do not stop a build,
	// such as a version released after the day it took effect.
	Warnings []string
}

// versionName is what a version may be called to be published at
// v/<version>/: a folder name that reads the same in any URL.
var versionName = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._+-]*$`)

// NewHistory orders the releases by effective date (releases of the same
// date keep their order, the later replacing the earlier) and sets each
// one's dates and status as of today. Each release must have its own
// version, fit to name a folder, and one must be in force today.
func NewHistory(releases []Release, today Date) (*History, error) {
	if len(releases) == 0 {
		return nil, fmt.Errorf("a history needs at least one version")
	}
	h := &History{Today: today}
	seen := map[string]bool{}
	for _, r := range releases {
		v := r.Declaration.Notice.Version
		if !versionName.MatchString(v) {
			return nil, fmt.Errorf("notice.version %q cannot name the folder v/<version>/ that keeps it; use letters, digits, dots, hyphens and plus signs, such as \"2.1.0\"", v)
		}
		if seen[v] {
			return nil, fmt.Errorf("notice.version %q is given to two releases; give each release its own version", v)
		}
		seen[v] = true
		h.Versions = append(h.Versions, &HistoryVersion{Release: r, Version: v, From: r.Declaration.Notice.Effective})
	}
	slices.SortStableFunc(h.Versions, func(a, b *HistoryVersion) int { return compareDates(a.From, b.From) })
	h.Current = -1
	for i, v := range h.Versions {
		if i > 0 {
			v.Changes = Diff(h.Versions[i-1].Declaration, v.Declaration)
		}
		if i+1 < len(h.Versions) {
			until := h.Versions[i+1].From
			v.Until = &until
		}
		switch {
		case v.Until != nil && compareDates(*v.Until, v.From) <= 0:
			v.Status = Replaced
		case compareDates(v.From, today) > 0:
			v.Status = Upcoming
		case v.Until != nil && compareDates(*v.Until, today) <= 0:
			v.Status = Past
		default:
			v.Status = Current
			h.Current = i
		}
		if !v.Published.IsZero() {
			y, m, d := v.Published.Date()
			if published := (Date{y, int(m), d}); compareDates(published, v.From) > 0 {
				h.Warnings = append(h.Warnings, fmt.Sprintf("version %s was released on %s, after it took effect on %s: people could not read it before it applied; give it a later effective date", v.Version, published, v.From))
			}
		}
	}
	if h.Current < 0 {
		return nil, fmt.Errorf("no version is in force on %s: the first takes effect on %s; build with a later day as today, or publish an earlier version first", today, h.Versions[0].From)
	}
	return h, nil
}

// Upcoming returns the versions not yet in force, in the order they take
// effect.
func (h *History) Upcoming() []*HistoryVersion {
	var out []*HistoryVersion
	for _, v := range h.Versions {
		if v.Status == Upcoming {
			out = append(out, v)
		}
	}
	return out
}

// InForce returns the version in force on day d, or nil when none was.
func (h *History) InForce(d Date) *HistoryVersion {
	var found *HistoryVersion
	for _, v := range h.Versions {
		if v.Status != Replaced && compareDates(v.From, d) <= 0 && (v.Until == nil || compareDates(d, *v.Until) < 0) {
			found = v
		}
	}
	return found
}

// ParseDate reads a day written YYYY-MM-DD.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, fmt.Errorf("%q is not a date; write it YYYY-MM-DD, such as 2026-12-01", s)
	}
	return DateOf(t), nil
}

// DateOf returns the day of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, int(m), d}
}

func compareDates(a, b Date) int {
	return cmp.Or(cmp.Compare(a.Year, b.Year), cmp.Compare(a.Month, b.Month), cmp.Compare(a.Day, b.Day))
}

// dayBefore returns the day before d: the last day of a version that the
// next replaced on d.
func dayBefore(d Date) Date {
	return DateOf(time.Date(d.Year, time.Month(d.Month), d.Day-1, 0, 0, 0, 0, time.UTC))
}

package generator

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// Unit is the unit of a retention period.
type Unit string

// The units of a retention period.
const (
	Days   Unit = "day"
	Weeks  Unit = "week"
	Months Unit = "month"
	Years  Unit = "year"
)

// days is how many days a unit counts for when periods are compared: a year
// is 365 days and a month 30 (notice-format.md).
func (u Unit) days() int {
	switch u {
	case Weeks:
		return 7
	case Months:
		return 30
	case Years:
		return 365
	}
	return 1
}

// Period is a length of time such as "30 days".
type Period struct {
	N    int
	Unit Unit
}

// Days returns the period in days, a year counting 365 days and a month 30.
func (p Period) Days() int { return p.N * p.Unit.days() }

// IsZero reports whether no period is set.
func (p Period) IsZero() bool { return p.N == 0 }

// String returns the period as written in a declaration: "30 days", "1 year".
func (p Period) String() string {
	if p.N == 1 {
		return "1 " + string(p.Unit)
	}
	return strconv.Itoa(p.N) + " " + string(p.Unit) + "s"
}

var periodRE = regexp.MustCompile(`^\s*([0-9]+)\s*(day|week|month|year)s?\s*$`)

// ParsePeriod reads "30 days", "6 months", "1 year" or "2 weeks".
func ParsePeriod(s string) (Period, error) {
	m := periodRE.FindStringSubmatch(strings.ToLower(s))
	if m == nil {
		return Period{}, fmt.Errorf("%q is not a period; write a number and a unit such as \"30 days\", \"6 months\" or \"2 years\"", s)
	}
	n, err := strconv.Atoi(m[1])
	if err != nil || n <= 0 || n > 1000 {
		return Period{}, fmt.Errorf("%q is not a period; write a whole number of days, weeks, months or years from 1 to 1000", s)
	}
	return Period{N: n, Unit: Unit(m[2])}, nil
}

// Retention is how long a purpose keeps its data. It takes one of the forms
// of notice-format.md:
//
//	retention = "30 days"                                    // Period
//	retention = { until = "account-closed" }                  // Until
//	retention = { period = "3 years", after = "last-activity" } // Period and After
//	retention = { criteria = { en = "…" } }                   // Criteria
//
// and any of the first three with a reason.
type Retention struct {
	Period   Period
	After    Event // the period runs from this event; empty: from collection
	Until    Event // kept until this event; Period is then zero
	Criteria Text  // how the period is decided, when it cannot be given
	Reason   Text
}

// Days returns the retention in days and true when it has a fixed length.
// It returns false for "until an event" and for criteria, whose length
// cannot be known.
func (r Retention) Days() (int, bool) {
	if r.Period.IsZero() {
		return 0, false
	}
	return r.Period.Days(), true
}

// Kind names the form of the retention: "period", "period-after", "until" or "criteria".
func (r Retention) Kind() string {
	switch {
	case !r.Criteria.IsZero():
		return "criteria"
	case r.Until != "":
		return "until"
	case r.After != "":
		return "period-after"
	}
	return "period"
}

package check

import "github.com/noticegen/noticegen/generator/law"

// optOutSignal: Colorado requires controllers to honour universal opt-out
// signals, and its notice to say how they are processed (4 CCR 904-3 Rule
// 5, Rule 6.03(A)(4)(e)); Oregon does from 2026, Virginia never. A notice
// under a law that asks for it says whether Global Privacy Control is
// honoured, and one that does not honour it is told which states require
// it. Where a law also asks how Do Not Track is answered (the CCPA), the
// signals rule already reports a missing signals.gpc.
type optOutSignal struct{}

func init() { register(optOutSignal{}) }

func (optOutSignal) ID() string         { return "opt-out-signal" }
func (optOutSignal) Category() Category { return Completeness }
func (optOutSignal) Severity() Severity { return Warning }
func (optOutSignal) Source() string {
	return "Colorado 4 CCR 904-3 Rule 5, Rule 6.03(A)(4)(e); Oregon Consumer Privacy Act, from 1 January 2026"
}

func (optOutSignal) Check(n *Notice) []Finding {
	d := n.Decl
	laws := requiring(d, law.RequireOptOutSignal)
	if len(laws) == 0 {
		return nil
	}
	switch {
	case d.Signals.GPC == nil && len(requiring(d, law.RequireSignals)) == 0:
		f := at("notice", "jurisdictions")
		f.Message = "the notice lists " + laws[0].ID + " but does not say whether it honours universal opt-out signals such as Global Privacy Control"
		f.Fix = "add [signals] gpc = true: the policy then says how the signal is processed (Colorado requires it; Virginia does not)"
		f.Source = laws[0].source()
		return []Finding{f}
	case d.Signals.GPC != nil && !*d.Signals.GPC:
		f := at("signals", "gpc")
		f.Message = "the notice says Global Privacy Control is not honoured, but Colorado requires controllers to honour universal opt-out signals, and Oregon does from 1 January 2026"
		f.Fix = "set signals.gpc = true and honour it, unless no Colorado or Oregon consumer's data is processed"
		f.Source = laws[0].source()
		return []Finding{f}
	}
	return nil
}

package check

import "github.com/noticegen/noticegen/generator/law"

// signals: a California privacy policy says how it treats opt-out
// preference signals (Global Privacy Control) and Do Not Track.
type signals struct{}

func init() { register(signals{}) }

func (signals) ID() string         { return "signals" }
func (signals) Category() Category { return Completeness }
func (signals) Severity() Severity { return Warning }
func (signals) Source() string {
	return "CCPA Regs §7011(e)(3)(F) (CCPA-PP-3-F); Cal. Bus. & Prof. Code §22575(b)(5) (CALOPPA-5)"
}

func (signals) Check(n *Notice) []Finding {
	d := n.Decl
	laws := requiring(d, law.RequireSignals)
	if len(laws) == 0 {
		return nil
	}
	var out []Finding
	if d.Signals.GPC == nil {
		f := at("notice", "jurisdictions")
		f.Message = "the notice lists " + laws[0].ID + " but does not say whether Global Privacy Control is honoured"
		f.Fix = "add [signals] gpc = true (or false, and the policy says so)"
		f.Source = "CCPA Regs §7011(e)(3)(F) (CCPA-PP-3-F)"
		out = append(out, f)
	}
	if d.Signals.DNT == nil {
		f := at("notice", "jurisdictions")
		f.Message = "the notice lists " + laws[0].ID + " but does not say how it responds to Do Not Track"
		f.Fix = "add [signals] dnt = true or dnt = false"
		f.Source = "Cal. Bus. & Prof. Code §22575(b)(5) (CALOPPA-5)"
		out = append(out, f)
	}
	return out
}

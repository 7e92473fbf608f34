package check

import (
	"github.com/noticegen/noticegen/generator"
	"github.com/noticegen/noticegen/generator/law"
)

// requiring returns the laws of the notice that hold it to a requirement,
// each with the element that says so. Completeness rules read the laws
// through it rather than keep lists of their own.
func requiring(d *generator.Declaration, req string) []lawElement {
	laws, err := d.Laws()
	if err != nil {
		return nil
	}
	var out []lawElement
	for _, a := range laws {
		if e, ok := a.Requires(req); ok {
			out = append(out, lawElement{a, e})
		}
	}
	return out
}

// lawElement is a law and the element of it a rule enforces.
type lawElement struct {
	law.Applied
	law.Element
}

// source cites the element: "GDPR Art. 13(2)(d) (GDPR-13-2-d)".
func (l lawElement) source() string { return cite(l.Applied, l.Element.Ref) }

// cite cites an article of a law: "UCPA Utah Code §13-61-302(3)".
func cite(a law.Applied, r law.Ref) string { return a.Short + " " + r.Cite() }

type lawApplied = law.Applied

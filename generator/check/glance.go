package check

import "fmt"

// glanceTime: the 30-second layer reads in 30 seconds, in every locale;
// past that it is no longer a glance.
type glanceTime struct{}

func init() { register(glanceTime{}) }

func (glanceTime) ID() string         { return "glance-reading-time" }
func (glanceTime) Category() Category { return Language }
func (glanceTime) Severity() Severity { return Warning }
func (glanceTime) Source() string {
	return "WP29 WP260 rev.01 (layered notices); CMU privacy label (standard short layouts)"
}

// glanceSeconds is the glance's budget.
const glanceSeconds = 30

func (glanceTime) Check(n *Notice) []Finding {
	var out []Finding
	for _, l := range n.Decl.Notice.Locales {
		doc := n.Site.Documents[l]["glance"]
		if doc == nil || doc.Reading.Seconds <= glanceSeconds {
			continue
		}
		f := at("notice", "locales")
		f.Locale, f.Document = l, "glance"
		f.Message = fmt.Sprintf("the %s glance takes %d s to read, over its budget of %d s", localeName(l), doc.Reading.Seconds, glanceSeconds)
		f.Fix = "shorten the purpose labels, or the controller's name; the glance lists every purpose by its label"
		out = append(out, f)
	}
	return out
}

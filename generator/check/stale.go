package check

import (
	"fmt"

	"github.com/noticegen/noticegen/generator"
)

// staleTranslation: the source locale's text of a field changed since the
// previous version and a translation of it did not, so the translation
// still says what the old source said. It needs the previous version
// (check --previous or --base).
type staleTranslation struct{}

func init() { register(staleTranslation{}) }

func (staleTranslation) ID() string         { return "stale-translation" }
func (staleTranslation) Category() Category { return Language }
func (staleTranslation) Severity() Severity { return Warning }
func (staleTranslation) Source() string {
	return "GDPR Art. 12(1) (GDPR-12-1-a); CCPA Regs §7003(a) (CCPA-NAC-10)"
}

func (staleTranslation) Check(n *Notice) []Finding {
	var out []Finding
	for _, st := range generator.StaleTranslations(n.Previous, n.Decl) {
		f := at(append(st.Path[:len(st.Path):len(st.Path)], string(st.Locale))...)
		f.Locale = st.Locale
		f.Message = fmt.Sprintf("the %s text did not change when the %s one did, from %q to %q: it still translates the previous version",
			localeName(st.Locale), localeName(st.Source), excerpt(generator.PlainText(st.OldSource)), excerpt(generator.PlainText(st.NewSource)))
		f.Fix = fmt.Sprintf("translate the new %s text into %s in %s = \"…\"", localeName(st.Source), localeName(st.Locale), st.Locale)
		out = append(out, f)
	}
	return out
}

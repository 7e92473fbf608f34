package check

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/noticegen/noticegen/generator"
)

// untranslated: a text that reads the same in another locale as in the
// source locale was most likely copied, not translated. Addresses and names
// are the same in every language, so they are not reported.
type untranslated struct{}

func init() { register(untranslated{}) }

func (untranslated) ID() string         { return "untranslated" }
func (untranslated) Category() Category { return Language }
func (untranslated) Severity() Severity { return Warning }
func (untranslated) Source() string {
	return "GDPR Art. 12(1) (GDPR-12-1-a); CCPA Regs §7003(a) (CCPA-NAC-10)"
}

func (untranslated) Check(n *Notice) []Finding {
	d := n.Decl
	src := d.Notice.SourceLocale()
	var out []Finding
	for _, lt := range d.Texts() {
		orig := lt.Text.In(src)
		if orig == "" || sameInEveryLanguage(generator.PlainText(orig)) {
			continue
		}
		for _, l := range d.Notice.Locales[1:] {
			if lt.Text.In(l) != orig {
				continue
			}
			f := at(append(lt.Path, string(l))...)
			f.Locale = l
			f.Message = fmt.Sprintf("the %s text is the same as the %s one: %q", localeName(l), localeName(src), excerpt(generator.PlainText(orig)))
			f.Fix = fmt.Sprintf("translate %s = \"…\" into %s", l, localeName(l))
			out = append(out, f)
		}
	}
	return out
}

// sameInEveryLanguage reports whether a text is an address or a name: an
// email or web address, a number, or a few words that all start with a
// capital letter or a digit ("Iklan Pintar Asia", "Card ID 2").
func sameInEveryLanguage(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 {
		return true
	}
	if len(words) == 1 && (strings.Contains(s, "@") || strings.Contains(s, "://") || strings.HasPrefix(s, "www.")) {
		return true
	}
	if len(words) > 4 {
		return false
	}
	for _, w := range words {
		r := []rune(w)[0]
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !unicode.IsPunct(r) {
			return false
		}
	}
	return true
}

var localeNames = map[generator.Locale]string{"en": "English", "fr": "French", "es": "Spanish", "id": "Indonesian"}

func localeName(l generator.Locale) string {
	if n, ok := localeNames[l]; ok {
		return n
	}
	return string(l)
}

// excerpt shortens a text for a message.
func excerpt(s string) string {
	r := []rune(s)
	if len(r) <= 60 {
		return s
	}
	return strings.TrimSpace(string(r[:57])) + "…"
}

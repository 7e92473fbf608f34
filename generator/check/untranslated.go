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

// locatedText is a declaration text and its key path.
type locatedText struct {
	path []string
	text generator.Text
}

// texts returns every text of a declaration with its key path.
func texts(d *generator.Declaration) []locatedText {
	out := []locatedText{{[]string{"notice", "title"}, d.Notice.Title}}
	for _, x := range d.Data {
		out = append(out,
			locatedText{[]string{"data", x.ID, "label"}, x.Label},
			locatedText{[]string{"data", x.ID, "if_missing"}, x.IfMissing},
			locatedText{[]string{"data", x.ID, "source_name"}, x.SourceName})
	}
	for _, p := range d.Purposes {
		for _, kt := range []struct {
			key  string
			text generator.Text
		}{
			{"label", p.Label}, {"description", p.Description}, {"benefit", p.Benefit},
			{"interest", p.Interest}, {"withdraw", p.Withdraw}, {"automated", p.Automated},
		} {
			out = append(out, locatedText{[]string{"purpose", p.ID, kt.key}, kt.text})
		}
		out = append(out,
			locatedText{[]string{"purpose", p.ID, "retention", "criteria"}, p.Retention.Criteria},
			locatedText{[]string{"purpose", p.ID, "retention", "reason"}, p.Retention.Reason})
	}
	return append(out, locatedText{[]string{"security", "details"}, d.Security.Details})
}

func (untranslated) Check(n *Notice) []Finding {
	d := n.Decl
	src := d.Notice.SourceLocale()
	var out []Finding
	for _, lt := range texts(d) {
		orig := lt.text.In(src)
		if orig == "" || sameInEveryLanguage(generator.PlainText(orig)) {
			continue
		}
		for _, l := range d.Notice.Locales[1:] {
			if lt.text.In(l) != orig {
				continue
			}
			f := at(append(lt.path, string(l))...)
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

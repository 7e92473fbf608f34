package check

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/noticegen/noticegen/generator"
)

// apostrophes: the frame writes the apostrophe as U+0027 (l'information,
// Quebec's Act) in every language, so that a page holds one apostrophe,
// as the first native review of the frame asked. A declaration text that
// writes it as U+2019 (d’Atelier, can’t) on a page that also shows the
// frame's puts both on the page, which reads as unedited and defeats a
// reader's search for one of them. A ’ between letters is an apostrophe;
// one elsewhere is a closing quotation mark, and is left alone.
type apostrophes struct{}

func init() { register(apostrophes{}) }

func (apostrophes) ID() string         { return "apostrophes" }
func (apostrophes) Category() Category { return Language }
func (apostrophes) Severity() Severity { return Warning }
func (apostrophes) Source() string {
	return "GDPR Art. 12(1) (GDPR-12-1-a); frame review 1 (one apostrophe throughout)"
}

func (apostrophes) Check(n *Notice) []Finding {
	if n.Site == nil {
		return nil
	}
	d := n.Decl
	texts := d.Texts()
	var out []Finding
	for _, l := range d.Notice.Locales {
		var pages []string
		for _, kind := range []string{"glance", "summary", "policy"} {
			if doc := n.Site.Documents[l][kind]; doc != nil {
				pages = append(pages, doc.Plain)
			}
		}
		straight := apostropheWord(strings.Join(pages, "\n"), '\'')
		if straight == "" {
			continue
		}
		var first generator.DeclaredText
		var word string
		count := 0
		for _, lt := range texts {
			if w := apostropheWord(lt.Text.In(l), '’'); w != "" {
				if count == 0 {
					first, word = lt, w
				}
				count++
			}
		}
		if count == 0 {
			continue
		}
		f := at(append(first.Path[:len(first.Path):len(first.Path)], string(l))...)
		f.Locale = l
		more := ""
		switch {
		case count == 2:
			more = fmt.Sprintf(", as one more %s text does", localeName(l))
		case count > 2:
			more = fmt.Sprintf(", as %d more %s texts do", count-1, localeName(l))
		}
		f.Message = fmt.Sprintf("%q writes the apostrophe as ’ (U+2019)%s, where the same pages write ' (U+0027), as in %q", word, more, straight)
		f.Fix = "write ' in place of ’ between letters, in every " + localeName(l) + " text"
		out = append(out, f)
	}
	return out
}

// apostropheWord returns the first word of s that holds mark between two
// letters, or "".
func apostropheWord(s string, mark rune) string {
	notWord := func(r rune) bool { return !unicode.IsLetter(r) && r != mark }
	size := utf8.RuneLen(mark)
	for i := strings.IndexRune(s, mark); i >= 0; {
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+size:])
		if unicode.IsLetter(before) && unicode.IsLetter(after) {
			start := strings.LastIndexFunc(s[:i], notWord) + 1
			end := strings.IndexFunc(s[i+size:], notWord)
			if end < 0 {
				return s[start:]
			}
			return s[start : i+size+end]
		}
		next := strings.IndexRune(s[i+size:], mark)
		if next < 0 {
			break
		}
		i += size + next
	}
	return ""
}

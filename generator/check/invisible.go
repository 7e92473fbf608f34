package check

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/noticegen/noticegen/generator"
)

// invisibleCharacters: a zero-width space, joiner or non-joiner, soft
// hyphen, word joiner or byte order mark shows nothing on the page, yet
// makes the declaration, notice.json and search differ from what people
// read, and can hide a change from a reviewer. None of the built-in
// languages needs one, so each is most likely pasted in by accident. The
// loader already refuses the characters that reorder or break text; these
// are only a warning, since they change no meaning.
type invisibleCharacters struct{}

func init() { register(invisibleCharacters{}) }

func (invisibleCharacters) ID() string         { return "invisible-characters" }
func (invisibleCharacters) Category() Category { return Language }
func (invisibleCharacters) Severity() Severity { return Warning }
func (invisibleCharacters) Source() string {
	return "GDPR Art. 12(1) (transparent, intelligible); Unicode UTS #55 (invisible characters)"
}

func (invisibleCharacters) Check(n *Notice) []Finding {
	d := n.Decl
	var out []Finding
	report := func(path []string, l generator.Locale, s string) {
		i := strings.IndexFunc(s, generator.IsInvisible)
		if i < 0 {
			return
		}
		r, _ := utf8.DecodeRuneInString(s[i:])
		f := at(path...)
		f.Locale = l
		f.Message = fmt.Sprintf("character %d is U+%04X, an invisible character: %q", utf8.RuneCountInString(s[:i])+1, r, excerpt(generator.ShowInvisible(s)))
		f.Fix = fmt.Sprintf("delete the invisible character (U+%04X) where ⟨U+%04X⟩ shows it; retype the text if your editor does not show it", r, r)
		out = append(out, f)
	}
	for _, lt := range d.Texts() {
		for _, l := range d.Notice.Locales {
			if s := lt.Text.In(l); s != "" {
				report(append(lt.Path[:len(lt.Path):len(lt.Path)], string(l)), l, s)
			}
		}
	}
	for _, ls := range oneLineTexts(d) {
		report(ls.path, "", ls.text)
	}
	return out
}

// locatedString is a one-line declaration string and its key path.
type locatedString struct {
	path []string
	text string
}

// oneLineTexts returns the declaration's one-line strings that are
// published as written: names, addresses, the version.
func oneLineTexts(d *generator.Declaration) []locatedString {
	out := []locatedString{
		{[]string{"notice", "version"}, d.Notice.Version},
		{[]string{"controller", "name"}, d.Controller.Name},
		{[]string{"controller", "address"}, d.Controller.Address},
		{[]string{"controller", "phone"}, d.Controller.Phone},
	}
	for _, c := range []struct {
		key     string
		contact *generator.Contact
	}{{"dpo", d.DPO}, {"representative", d.Representative}} {
		if c.contact != nil {
			out = append(out, locatedString{[]string{c.key, "name"}, c.contact.Name}, locatedString{[]string{c.key, "address"}, c.contact.Address})
		}
	}
	if d.Authority != nil {
		out = append(out, locatedString{[]string{"authority", "name"}, d.Authority.Name})
	}
	for _, r := range d.Recipients {
		out = append(out, locatedString{[]string{"recipient", r.ID, "name"}, r.Name})
	}
	return out
}

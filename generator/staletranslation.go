package generator

import (
	"strings"
	"unicode"
)

// DeclaredText is one text of a declaration and its key path, such as
// ["purpose", "orders", "label"].
type DeclaredText struct {
	Path []string
	Text Text
}

// Texts returns every translatable text of the declaration with its key
// path, in the order notice.toml writes them.
func (d *Declaration) Texts() []DeclaredText {
	out := []DeclaredText{{[]string{"notice", "title"}, d.Notice.Title}}
	for _, x := range d.Data {
		out = append(out,
			DeclaredText{[]string{"data", x.ID, "label"}, x.Label},
			DeclaredText{[]string{"data", x.ID, "if_missing"}, x.IfMissing},
			DeclaredText{[]string{"data", x.ID, "source_name"}, x.SourceName})
	}
	for _, p := range d.Purposes {
		for _, kt := range []struct {
			key  string
			text Text
		}{
			{"label", p.Label}, {"description", p.Description}, {"benefit", p.Benefit},
			{"interest", p.Interest}, {"withdraw", p.Withdraw}, {"automated", p.Automated},
		} {
			out = append(out, DeclaredText{[]string{"purpose", p.ID, kt.key}, kt.text})
		}
		out = append(out,
			DeclaredText{[]string{"purpose", p.ID, "retention", "criteria"}, p.Retention.Criteria},
			DeclaredText{[]string{"purpose", p.ID, "retention", "reason"}, p.Retention.Reason})
	}
	return append(out, DeclaredText{[]string{"security", "details"}, d.Security.Details})
}

// StaleTranslation is a translation that fell behind: the source locale's
// text of a field changed between two versions and this locale's did not,
// so it still says what the old source said.
type StaleTranslation struct {
	Key       string   `json:"key"` // the text's dotted key, such as "purpose.orders.label"
	Path      []string `json:"-"`   // the key as a path, for positions
	Locale    Locale   `json:"locale"`
	Source    Locale   `json:"source_locale"`
	OldSource string   `json:"old_source"` // the source locale's text before
	NewSource string   `json:"new_source"` // and now
}

// StaleTranslations compares two versions of a declaration and returns the
// translations that fell behind, by key, then locale in the notice's
// order. A translation changed in the same version is not stale, nor is
// one of a source text whose change is only spacing or punctuation: that
// change is editorial and the translation still says the same. When the
// source locale itself changed, nothing can be said and none is returned.
func StaleTranslations(old, new *Declaration) []StaleTranslation {
	if old == nil || new == nil || len(old.Notice.Locales) == 0 || len(new.Notice.Locales) == 0 {
		return nil
	}
	src := new.Notice.SourceLocale()
	if old.Notice.SourceLocale() != src {
		return nil
	}
	before := map[string]Text{}
	for _, t := range old.Texts() {
		before[strings.Join(t.Path, ".")] = t.Text
	}
	var out []StaleTranslation
	for _, t := range new.Texts() {
		key := strings.Join(t.Path, ".")
		o, n := before[key], t.Text
		if o[src] == "" || n[src] == "" || wordsOf(o[src]) == wordsOf(n[src]) {
			continue
		}
		for _, l := range new.Notice.Locales[1:] {
			if o[l] != "" && n[l] == o[l] {
				out = append(out, StaleTranslation{Key: key, Path: t.Path, Locale: l, Source: src, OldSource: o[src], NewSource: n[src]})
			}
		}
	}
	return out
}

// wordsOf is a text without its spaces and punctuation: two texts with the
// same words say the same thing.
func wordsOf(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || unicode.IsPunct(r) {
			return -1
		}
		return r
	}, s)
}

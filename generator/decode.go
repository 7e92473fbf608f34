package generator

import (
	"cmp"
	"fmt"
	"net/mail"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"
)

// decoder turns the generic tree BurntSushi/toml parses into a Declaration,
// checking it against notice-format.md and collecting every problem rather
// than stopping at the first.
type decoder struct {
	file    string
	pos     *positions
	errs    ErrorList
	locales []Locale // the notice's locales; nil while unknown
	// rules, when not nil, records what each key read accepts, by dotted
	// path (see keyRule). Parse leaves it nil.
	rules map[string]*keyRule
}

// fail records a problem with the key path. It points at the value when
// atValue is set (a wrong value), else at the key (an unknown or missing key).
func (d *decoder) fail(path []string, atValue bool, format string, args ...any) {
	p := d.pos.Key(path)
	if atValue {
		p = d.pos.Value(path)
	}
	d.errs = append(d.errs, &Error{File: d.file, Line: p.Line, Col: p.Col, Key: displayKey(path), Msg: fmt.Sprintf(format, args...)})
}

var bareKey = regexp.MustCompile(`^[A-Za-z0-9_-]+$`)

// displayKey writes a key path as TOML would, leaving out array indices.
func displayKey(path []string) string {
	var parts []string
	for _, p := range path {
		if strings.HasPrefix(p, "#") {
			continue
		}
		if !bareKey.MatchString(p) {
			p = strconv.Quote(p)
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, ".")
}

func join(path []string, key ...string) []string {
	return append(append(make([]string, 0, len(path)+len(key)), path...), key...)
}

// typeName names a decoded TOML value's type for messages.
func typeName(v any) string {
	switch v := v.(type) {
	case string:
		return "a string"
	case int64:
		return "a number"
	case float64:
		return "a decimal number"
	case bool:
		return "true or false"
	case time.Time:
		if v.Location() == toml_localDate {
			return "a date"
		}
		return "a date and time"
	case []any, []map[string]any:
		return "an array"
	case map[string]any:
		return "a table"
	}
	return fmt.Sprintf("%T", v)
}

// toml_localDate is the location BurntSushi/toml gives TOML local dates.
var toml_localDate = func() *time.Location {
	var v map[string]any
	_ = decodeTOML("d = 2000-01-01", &v)
	return v["d"].(time.Time).Location()
}()

// table is one TOML table being decoded: it remembers which keys were read,
// so that the rest can be reported as unknown.
type table struct {
	d    *decoder
	path []string
	m    map[string]any
	used map[string]bool
}

// table returns v as a table, or reports that a table was wanted.
func (d *decoder) table(path []string, v any) *table {
	m, ok := v.(map[string]any)
	if !ok {
		d.fail(path, true, "want a table, not %s; write [%s] on a line of its own, then its keys", typeName(v), displayKey(path))
		return nil
	}
	if r := d.rule(path); r != nil && r.Kind == "" {
		r.Kind = kindTable
	}
	return &table{d: d, path: path, m: m, used: map[string]bool{}}
}

// get returns the value of key, reporting it missing when required.
func (t *table) get(key string, required bool, hint string) (any, bool) {
	t.used[key] = true
	if r := t.keyRule(key, ""); r != nil {
		r.Required = required
	}
	v, ok := t.m[key]
	if !ok && required {
		// A missing key is reported where its table starts.
		t.d.fail(join(t.path, key), true, "missing; %s", hint)
	}
	return v, ok
}

// done reports every key of the table that was not read.
func (t *table) done() {
	var known []string
	for k := range t.used {
		known = append(known, k)
	}
	slices.Sort(known)
	var unknown []string
	for k := range t.m {
		if !t.used[k] {
			unknown = append(unknown, k)
		}
	}
	slices.Sort(unknown)
	for _, k := range unknown {
		if s := suggest(k, known); s != "" {
			t.d.fail(join(t.path, k), false, "unknown key%s", s)
		} else {
			t.d.fail(join(t.path, k), false, "unknown key; %s takes %s", displayKey(t.path), list(known, "and"))
		}
	}
}

func (t *table) str(key string, required bool, hint string) string {
	t.keyRule(key, kindString)
	v, ok := t.get(key, required, hint)
	if !ok {
		return ""
	}
	path := join(t.path, key)
	s, isStr := v.(string)
	if !isStr {
		t.d.fail(path, true, "want a string, not %s; %s", typeName(v), hint)
		return ""
	}
	if strings.TrimSpace(s) == "" {
		t.d.fail(path, true, "is empty; %s", hint)
	}
	if !t.d.allowedText(path, s, true) {
		return ""
	}
	return strings.TrimSpace(s)
}

func (t *table) email(key string, required bool) string {
	hint := fmt.Sprintf("write %s = \"privacy@example.com\"", key)
	s := t.str(key, required, hint)
	t.keyRule(key, kindEmail)
	if s == "" {
		return ""
	}
	if a, err := mail.ParseAddress(s); err != nil || a.Address != s || a.Name != "" {
		t.d.fail(join(t.path, key), true, "%q is not an email address; %s", s, hint)
	}
	return s
}

func (t *table) url(key string, required bool) string {
	hint := fmt.Sprintf("write %s = \"https://example.com/privacy\"", key)
	s := t.str(key, required, hint)
	t.keyRule(key, kindURL)
	if s == "" {
		return ""
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		t.d.fail(join(t.path, key), true, "%q is not a web address; %s", s, hint)
	}
	return s
}

func (t *table) country(key string) string {
	s := t.str(key, false, fmt.Sprintf("write %s = \"FR\"", key))
	t.keyRule(key, kindCountry)
	if s == "" {
		return ""
	}
	if len(s) != 2 || strings.ToUpper(s) != s {
		t.d.fail(join(t.path, key), true, "%q is not a country code; write its ISO 3166-1 alpha-2 code in capitals, such as \"FR\" or \"US\"", s)
		return ""
	}
	r, err := language.ParseRegion(s)
	if err != nil || !r.IsCountry() {
		t.d.fail(join(t.path, key), true, "%q is not an ISO 3166-1 country code; write one such as \"FR\", \"ID\" or \"US\"", s)
		return ""
	}
	return s
}

func (t *table) boolean(key string) *bool {
	t.keyRule(key, kindBoolean)
	v, ok := t.get(key, false, "")
	if !ok {
		return nil
	}
	b, isBool := v.(bool)
	if !isBool {
		t.d.fail(join(t.path, key), true, "want true or false, not %s; write %s = true or %s = false without quotes", typeName(v), key, key)
		return nil
	}
	return &b
}

func (t *table) integer(key string, required bool, lo, hi int, hint string) int {
	if r := t.keyRule(key, kindInteger); r != nil {
		r.Min, r.Max = lo, hi
	}
	v, ok := t.get(key, required, hint)
	if !ok {
		return 0
	}
	n, isInt := v.(int64)
	if !isInt {
		t.d.fail(join(t.path, key), true, "want a whole number, not %s; %s", typeName(v), hint)
		return 0
	}
	if n < int64(lo) || n > int64(hi) {
		t.d.fail(join(t.path, key), true, "%d is out of range; want a whole number from %d to %d", n, lo, hi)
		return 0
	}
	return int(n)
}

// enum reads a string that must be one of allowed; def is returned when the
// key is absent and not required.
func (t *table) enum(key string, required bool, allowed []string, def string) string {
	hint := fmt.Sprintf("write %s = one of %s", key, list(allowed, "or"))
	if r := t.keyRule(key, kindEnum); r != nil {
		r.Allowed = allowed
	}
	v, ok := t.get(key, required, hint)
	if !ok {
		return def
	}
	s, isStr := v.(string)
	if !isStr {
		t.d.fail(join(t.path, key), true, "want a string, not %s; %s", typeName(v), hint)
		return ""
	}
	if !slices.Contains(allowed, s) {
		t.d.fail(join(t.path, key), true, "%q is not allowed%s; want one of %s", s, suggest(s, allowed), list(allowed, "or"))
		return ""
	}
	return s
}

// stringList reads an array of strings; each element is passed to check
// with its path, and kept when check returns true.
func (t *table) stringList(key string, required bool, hint string, check func(path []string, s string) bool) []string {
	t.keyRule(key, kindStringList)
	v, ok := t.get(key, required, hint)
	if !ok {
		return nil
	}
	path := join(t.path, key)
	arr, isArr := v.([]any)
	if !isArr {
		t.d.fail(path, true, "want an array of strings, not %s; %s", typeName(v), hint)
		return nil
	}
	var out []string
	seen := map[string]bool{}
	for i, x := range arr {
		el := join(path, elem(i))
		s, isStr := x.(string)
		if !isStr {
			t.d.fail(el, true, "want a string, not %s; %s", typeName(x), hint)
			continue
		}
		if seen[s] {
			t.d.fail(el, true, "%q is listed twice; list each once", s)
			continue
		}
		seen[s] = true
		if check == nil || check(el, s) {
			out = append(out, s)
		}
	}
	return out
}

func (t *table) enumList(key string, required bool, allowed []string) []string {
	hint := fmt.Sprintf("write %s = [%s]", key, strings.Join(quoted(allowed[:min(2, len(allowed))]), ", "))
	out := t.stringList(key, required, hint, func(path []string, s string) bool {
		if !slices.Contains(allowed, s) {
			t.d.fail(path, true, "%q is not allowed%s; want one of %s", s, suggest(s, allowed), list(allowed, "or"))
			return false
		}
		return true
	})
	if r := t.keyRule(key, kindEnumList); r != nil {
		r.Allowed = allowed
	}
	return out
}

func quoted(s []string) []string {
	q := make([]string, len(s))
	for i, v := range s {
		q[i] = strconv.Quote(v)
	}
	return q
}

func (t *table) date(key string, required bool) Date {
	hint := fmt.Sprintf("write %s = 2026-12-01, a date without quotes", key)
	t.keyRule(key, kindDate)
	v, ok := t.get(key, required, hint)
	if !ok {
		return Date{}
	}
	path := join(t.path, key)
	switch v := v.(type) {
	case time.Time:
		if v.Location() != toml_localDate {
			t.d.fail(path, true, "want a date without a time; %s", hint)
			return Date{}
		}
		return Date{v.Year(), int(v.Month()), v.Day()}
	case string:
		if _, err := time.Parse(time.DateOnly, v); err == nil {
			t.d.fail(path, true, "want a TOML date, not a string; remove the quotes: %s = %s", key, v)
		} else {
			t.d.fail(path, true, "want a date, not a string; %s", hint)
		}
	default:
		t.d.fail(path, true, "want a date, not %s; %s", typeName(v), hint)
	}
	return Date{}
}

// text reads locale text: a table of locale = string, or a plain string
// when the notice has a single locale.
func (t *table) text(key string, required bool) Text {
	example := "{ en = \"…\", fr = \"…\" }"
	if len(t.d.locales) > 0 {
		parts := make([]string, len(t.d.locales))
		for i, l := range t.d.locales {
			parts[i] = string(l) + " = \"…\""
		}
		example = "{ " + strings.Join(parts, ", ") + " }"
	}
	hint := fmt.Sprintf("write %s = %s", key, example)
	t.keyRule(key, kindText)
	v, ok := t.get(key, required, hint)
	if !ok {
		return nil
	}
	return t.d.text(join(t.path, key), v, hint)
}

func (d *decoder) text(path []string, v any, hint string) Text {
	switch v := v.(type) {
	case string:
		if strings.TrimSpace(v) == "" {
			d.fail(path, true, "is empty; %s", hint)
			return nil
		}
		if !d.allowedText(path, v, false) {
			return nil
		}
		switch len(d.locales) {
		case 0:
			return nil // the notice's locales are broken and already reported
		case 1:
			return Text{d.locales[0]: strings.TrimSpace(v)}
		}
		d.fail(path, true, "a plain string is allowed only when the notice has one locale; %s", hint)
		return nil
	case map[string]any:
		txt := Text{}
		for _, k := range sortedKeys(v) {
			kp := join(path, k)
			l := Locale(k)
			switch {
			case !slices.Contains(Locales, l):
				d.fail(kp, false, "%q is not a built-in locale%s; use %s", k, suggest(k, names(Locales)), list(names(Locales), "or"))
				continue
			case d.locales != nil && !slices.Contains(d.locales, l):
				d.fail(kp, false, "%q is not one of this notice's locales (%s); remove it or add it to notice.locales", k, strings.Join(names(d.locales), ", "))
				continue
			}
			s, isStr := v[k].(string)
			if !isStr {
				d.fail(kp, true, "want a string, not %s; write %s = \"…\"", typeName(v[k]), k)
				continue
			}
			if strings.TrimSpace(s) == "" {
				d.fail(kp, true, "is empty; write the %s text or remove the key", k)
				continue
			}
			if !d.allowedText(kp, s, false) {
				continue
			}
			txt[l] = strings.TrimSpace(s)
		}
		var missing []string
		for _, l := range d.locales {
			if _, ok := v[string(l)]; !ok {
				missing = append(missing, string(l))
			}
		}
		if len(missing) > 0 {
			adds := make([]string, len(missing))
			for i, m := range missing {
				adds[i] = m + " = \"…\""
			}
			what := "translation"
			if len(missing) > 1 {
				what = "translations"
			}
			d.fail(path, true, "missing the %s %s; add %s", list(quoted(missing), "and"), what, strings.Join(adds, ", "))
		}
		return txt
	}
	d.fail(path, true, "want text, not %s; %s", typeName(v), hint)
	return nil
}

// allowedText reports whether s holds only characters a declaration may
// publish (see refusedRune), and reports the first one that it may not.
func (d *decoder) allowedText(path []string, s string, oneLine bool) bool {
	i, why := firstRefused(s, oneLine)
	if why == "" {
		return true
	}
	d.fail(path, true, "character %d is %s", i, why)
	return false
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// keyedTables returns the sub-tables of a keyed table such as [purpose.x],
// in the order the source writes them.
func (d *decoder) keyedTables(path []string, v any, what string) []string {
	d.accepts(path, kindTables)
	m, ok := v.(map[string]any)
	if !ok {
		d.fail(path, true, "want tables such as [%s.%s], not %s", displayKey(path), what, typeName(v))
		return nil
	}
	ids := sortedKeys(m)
	slices.SortStableFunc(ids, func(a, b string) int {
		pa, pb := d.pos.Key(join(path, a)), d.pos.Key(join(path, b))
		return cmp.Or(cmp.Compare(pa.Line, pb.Line), cmp.Compare(pa.Col, pb.Col))
	})
	for _, id := range ids {
		// Reported, but kept, so references to it do not fail too.
		if !bareKey.MatchString(id) {
			d.fail(join(path, id), false, "%q cannot be an id; ids become link anchors, so use letters, digits, \"-\" and \"_\" only", id)
		}
	}
	return ids
}

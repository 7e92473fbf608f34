// Package locales holds noticegen's message catalogs: every sentence a
// notice is made of, in English, French, Spanish and Indonesian, with each
// language's plural rules, date format and reading rate.
//
// A catalog is a TOML file named for its locale (fr.toml). Translators edit
// it without reading Go: placeholders are written {name}, and a table with
// the keys one and other (and many where the language has it) is a plural
// message chosen by {count}.
package locales

import (
	"cmp"
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"
)

//go:embed *.toml
var files embed.FS

// compiledFiles holds the catalogs as go generate compiles them (see
// Compile).
//
//go:embed compiled
var compiledFiles embed.FS

// FS returns the built-in catalogs, one TOML file a locale.
func FS() fs.FS { return files }

// Catalog is the messages of one locale.
type Catalog struct {
	Locale string
	// Name is the language's name in itself ("Français").
	Name string
	// LettersPerMinute is the silent reading rate used for reading times;
	// RateSource says where it comes from.
	LettersPerMinute float64
	RateSource       string

	months  []string
	date    string
	listSep string
	listAnd string
	// lowerAfterColon: a sentence that goes on after a colon goes on in
	// small letters (French, Spanish and Indonesian typography).
	lowerAfterColon bool
	// keepCapital are the words that keep their capital letter where a
	// sentence goes on in small letters (Indonesian's Anda).
	keepCapital []string
	listOr      string
	// listAndLong and listOrLong, when set, join three items or more: the
	// serial comma of Indonesian (EYD) and of some English styles.
	listAndLong, listOrLong string
	// semicolon joins references and items that hold commas: "; ", or
	// with the space French sets before it.
	semicolon string
	messages  map[string]map[string]message // key → plural form → text
}

// loaded holds each locale's catalog, parsed the first time it is asked
// for. Locales parse at the same time: a build renders its locales in
// parallel, and each asks for its own catalog first.
var loaded sync.Map // locale → func() (*Catalog, error)

// Load returns the built-in catalog of the locale.
func Load(locale string) (*Catalog, error) {
	load, ok := loaded.Load(locale)
	if !ok {
		load, _ = loaded.LoadOrStore(locale, sync.OnceValues(func() (*Catalog, error) {
			src, err := fs.ReadFile(files, locale+".toml")
			if err != nil {
				return nil, fmt.Errorf("catalog: %w", err)
			}
			if c, ok := loadCompiled(compiledFiles, locale, src); ok {
				return c, nil
			}
			return parse(src, locale+".toml")
		}))
	}
	return load.(func() (*Catalog, error))()
}

type header struct {
	Name             string   `toml:"name"`
	LettersPerMinute float64  `toml:"letters_per_minute"`
	RateSource       string   `toml:"rate_source"`
	Months           []string `toml:"months"`
	Date             string   `toml:"date"`
	ListSeparator    string   `toml:"list_separator"`
	ListAnd          string   `toml:"list_and"`
	LowerAfterColon  bool     `toml:"lower_after_colon"`
	ListOr           string   `toml:"list_or"`
	ListAndLong      string   `toml:"list_and_long"`
	ListOrLong       string   `toml:"list_or_long"`
	Semicolon        string   `toml:"semicolon"`
	KeepCapital      []string `toml:"keep_capital"`
}

// Parse reads a catalog file; its name without ".toml" is the locale.
func Parse(fsys fs.FS, name string) (*Catalog, error) {
	src, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("catalog: %w", err)
	}
	return parse(src, name)
}

func parse(src []byte, name string) (*Catalog, error) {
	// One parse: each top-level table is kept as parsed, then decoded,
	// [locale] into its header and the rest into messages. (Parsing the
	// file twice, once for each, was half the cost of loading a catalog.)
	var tables map[string]toml.Primitive
	md, err := toml.Decode(string(src), &tables)
	if err != nil {
		return nil, fmt.Errorf("catalog %s: %w", name, err)
	}
	var h struct{ Locale header }
	if err := md.PrimitiveDecode(tables["locale"], &h.Locale); err != nil {
		return nil, fmt.Errorf("catalog %s: [locale]: %w", name, err)
	}
	delete(tables, "locale")
	raw := make(map[string]any, len(tables))
	for k, p := range tables {
		var v any
		if err := md.PrimitiveDecode(p, &v); err != nil {
			return nil, fmt.Errorf("catalog %s: %s: %w", name, k, err)
		}
		raw[k] = v
	}
	c := &Catalog{
		Locale:           strings.TrimSuffix(name, ".toml"),
		Name:             h.Locale.Name,
		LettersPerMinute: h.Locale.LettersPerMinute,
		RateSource:       h.Locale.RateSource,
		months:           h.Locale.Months,
		date:             h.Locale.Date,
		listSep:          h.Locale.ListSeparator,
		listAnd:          h.Locale.ListAnd,
		listOr:           h.Locale.ListOr,
		listAndLong:      cmp.Or(h.Locale.ListAndLong, h.Locale.ListAnd),
		listOrLong:       cmp.Or(h.Locale.ListOrLong, h.Locale.ListOr),
		semicolon:        cmp.Or(h.Locale.Semicolon, "; "),
		lowerAfterColon:  h.Locale.LowerAfterColon,
		keepCapital:      h.Locale.KeepCapital,
		messages:         map[string]map[string]message{},
	}
	if c.Name == "" || c.LettersPerMinute <= 0 || len(c.months) != 12 || c.date == "" || c.listAnd == "" || c.listOr == "" {
		return nil, fmt.Errorf("catalog %s: [locale] needs name, letters_per_minute, 12 months, date, list_and and list_or", name)
	}
	if err := c.flatten("", raw); err != nil {
		return nil, fmt.Errorf("catalog %s: %w", name, err)
	}
	return c, nil
}

var pluralForms = []string{"zero", "one", "two", "few", "many", "other"}

func isPlural(m map[string]any) bool {
	if _, ok := m["other"]; !ok {
		return false
	}
	for k, v := range m {
		if _, isStr := v.(string); !isStr || !slices.Contains(pluralForms, k) {
			return false
		}
	}
	return true
}

func (c *Catalog) flatten(prefix string, m map[string]any) error {
	for k, v := range m {
		key := k
		if prefix != "" {
			key = prefix + "." + k
		}
		switch v := v.(type) {
		case string:
			c.messages[key] = map[string]message{"other": compile(v)}
		case map[string]any:
			if isPlural(v) {
				forms := map[string]message{}
				for f, s := range v {
					forms[f] = compile(s.(string))
				}
				c.messages[key] = forms
				continue
			}
			if err := c.flatten(key, v); err != nil {
				return err
			}
		default:
			return fmt.Errorf("%s: want a string or a plural table, not %T", key, v)
		}
	}
	return nil
}

// Keys returns the keys of every message, sorted.
func (c *Catalog) Keys() []string {
	keys := make([]string, 0, len(c.messages))
	for k := range c.messages {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Forms returns the plural forms a message has ("other" alone for a plain message).
func (c *Catalog) Forms(key string) []string {
	var forms []string
	for f := range c.messages[key] {
		forms = append(forms, f)
	}
	sort.Strings(forms)
	return forms
}

// Raw returns the text of one form of a message, for tests and tools.
func (c *Catalog) Raw(key, form string) string { return c.messages[key][form].text }

// Has reports whether the catalog has the message.
func (c *Catalog) Has(key string) bool {
	_, ok := c.messages[key]
	return ok
}

// message is a message text with its placeholders found once, when the
// catalog loads: finding them with a regular expression on every call cost
// a twelfth of a build.
type message struct {
	text  string
	holes [][2]int // the byte offsets of each {name}, braces included
}

func compile(text string) message { return message{text, placeholders(text)} }

// placeholders finds each {name} of a text, name being one or more of a-z
// and _, from left to right.
func placeholders(text string) [][2]int {
	var holes [][2]int
	for i := 0; i < len(text); i++ {
		if text[i] != '{' {
			continue
		}
		j := i + 1
		for j < len(text) && (text[j] >= 'a' && text[j] <= 'z' || text[j] == '_') {
			j++
		}
		if j > i+1 && j < len(text) && text[j] == '}' {
			holes = append(holes, [2]int{i, j + 1})
			i = j
		}
	}
	return holes
}

// Placeholders returns the placeholders a message text uses, sorted.
func Placeholders(text string) []string {
	var names []string
	for _, h := range placeholders(text) {
		if name := text[h[0]+1 : h[1]-1]; !slices.Contains(names, name) {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	return names
}

// Format returns the message with its placeholders filled from args, given
// as name, value pairs. A missing message or placeholder is an error, so that
// a template can never publish a half-made sentence.
func (c *Catalog) Format(key string, args ...any) (string, error) {
	forms, ok := c.messages[key]
	if !ok {
		return "", fmt.Errorf("%s catalog has no message %q", c.Locale, key)
	}
	values := make([]string, 0, len(args)&^1)
	for i := 0; i+1 < len(args); i += 2 {
		values = append(values, sprint(args[i]), sprint(args[i+1]))
	}
	form := "other"
	if n, ok := lookup(values, "count"); ok && len(forms) > 1 {
		i, err := strconv.Atoi(n)
		if err != nil {
			return "", fmt.Errorf("%s: count %q is not a whole number", key, n)
		}
		form = PluralForm(c.Locale, i)
		if _, ok := forms[form]; !ok {
			form = "other"
		}
	}
	return fill(key, forms[form], values)
}

// sprint is fmt.Sprint without its cost for the strings and whole numbers
// that templates pass.
func sprint(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case int:
		return strconv.Itoa(v)
	}
	return fmt.Sprint(v)
}

// lookup returns the value of a name in name, value pairs; the last pair
// wins when a name is given twice.
func lookup(values []string, name string) (string, bool) {
	for i := len(values) - 2; i >= 0; i -= 2 {
		if values[i] == name {
			return values[i+1], true
		}
	}
	return "", false
}

// fill puts the values, name, value pairs, into a message. When a value
// ends with a period and the message puts one right after it ("Disclosed
// to: {recipients}." with "Mailstream Inc."), the sentence keeps a single
// period.
func fill(key string, m message, values []string) (string, error) {
	var b strings.Builder
	text := m.text
	last := 0
	for _, h := range m.holes {
		b.WriteString(text[last:h[0]])
		name := text[h[0]+1 : h[1]-1]
		v, ok := lookup(values, name)
		if !ok {
			return "", fmt.Errorf("message %q needs {%s}", key, name)
		}
		b.WriteString(v)
		last = h[1]
		if endsWithPeriod(v) {
			// "is **{name}**." with "Biblioteca Abierta S.L.": the
			// emphasis closes, and the sentence keeps a single period.
			closing := len(text[last:]) - len(strings.TrimLeft(text[last:], "*_"))
			if strings.HasPrefix(text[last+closing:], ".") {
				b.WriteString(text[last : last+closing])
				last += closing + 1
			}
		}
	}
	b.WriteString(text[last:])
	return b.String(), nil
}

// endsWithPeriod reports whether a value ends with a period, or is a
// Markdown link at the end of a value whose text ends with one:
// "[Mailstream Inc.](#recipient-mailer)", the address holding no
// parenthesis.
func endsWithPeriod(v string) bool {
	if strings.HasSuffix(v, ".") {
		return true
	}
	if !strings.HasSuffix(v, ")") {
		return false
	}
	open := strings.LastIndexAny(v[:len(v)-1], "()")
	return open >= 0 && v[open] == '(' && strings.HasSuffix(v[:open], ".]")
}

// Semicolons joins items that may hold commas themselves, such as
// article references: "GDPR Art. 6(1)(a); UU PDP Art. 20(2)(a)".
func (c *Catalog) Semicolons(items []string) string { return strings.Join(items, c.semicolon) }

// LowerAfterColon reports whether the locale goes on in small letters
// after a colon, as French, Spanish and Indonesian do: "Si vous ne la
// fournissez pas : nous ne pouvons pas…".
func (c *Catalog) LowerAfterColon() bool { return c.lowerAfterColon }

// KeepCapital returns the words that keep their capital letter where the
// locale goes on in small letters: Indonesian's pronoun Anda.
func (c *Catalog) KeepCapital() []string { return c.keepCapital }

// Date formats a calendar date the way the locale writes it in prose.
func (c *Catalog) Date(year, month, day int) string {
	if month < 1 || month > 12 {
		return fmt.Sprintf("%04d-%02d-%02d", year, month, day)
	}
	d := strconv.Itoa(day)
	if ord := c.messages["date.first"]; day == 1 && ord != nil {
		d = ord["other"].text
	}
	out, _ := fill("date", compile(c.date), []string{"day", d, "month", c.months[month-1], "year", strconv.Itoa(year)})
	return out
}

// And joins items as the locale does: "a, b and c".
func (c *Catalog) And(items []string) string {
	if len(items) > 2 {
		return c.join(items, c.listAndLong)
	}
	return c.join(items, c.listAnd)
}

// List joins items with the locale's separator alone: "a, b, c". It suits
// lists of names and labels, which keep their capitals mid-sentence.
func (c *Catalog) List(items []string) string { return strings.Join(items, c.listSep) }

// Or joins items as the locale does: "a, b or c".
func (c *Catalog) Or(items []string) string {
	if len(items) > 2 {
		return c.join(items, c.listOrLong)
	}
	return c.join(items, c.listOr)
}

func (c *Catalog) join(items []string, pattern string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	rest := strings.Join(items[:len(items)-1], c.listSep)
	last := items[len(items)-1]
	if c.Locale == "es" {
		pattern = spanishConjunction(pattern, last)
	}
	out, _ := fill("list", compile(pattern), []string{"rest", rest, "last", last})
	return out
}

var accentless = strings.NewReplacer("í", "i", "ó", "o")

// spanishConjunction applies the rule of the Real Academia Española: "y"
// becomes "e" before a word that starts with the sound /i/ (i-, hi-, but
// not the diphthongs hia-, hie-, hio-, hiu-), and "o" becomes "u" before
// the sound /o/ (o-, ho-).
func spanishConjunction(pattern, next string) string {
	w := strings.ToLower(strings.TrimLeft(next, "*_[ "))
	w = accentless.Replace(w)
	startsI := strings.HasPrefix(w, "i") || strings.HasPrefix(w, "hi") &&
		!strings.HasPrefix(w, "hia") && !strings.HasPrefix(w, "hie") && !strings.HasPrefix(w, "hio") && !strings.HasPrefix(w, "hiu")
	startsO := strings.HasPrefix(w, "o") || strings.HasPrefix(w, "ho")
	switch {
	case startsI:
		return strings.Replace(pattern, "} y {", "} e {", 1)
	case startsO:
		return strings.Replace(pattern, "} o {", "} u {", 1)
	}
	return pattern
}

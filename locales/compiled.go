package locales

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"slices"
	"strconv"
	"strings"
)

// A compiled catalog is a catalog as Parse leaves it, written one message a
// line: loading it costs a fifteenth of parsing the TOML (the four TOML
// files took 15 ms of a process's start, the TOML parser's own work). It is
// made by go generate, never edited, and read only while it matches its
// TOML: its first line holds the SHA-256 of the TOML it was made from, and
// Load parses the TOML itself where that differs, so a catalog edited
// without go generate builds as it says, only slower.
//
// The format, UTF-8 text:
//
//	noticegen catalog 1 <sha256 of the TOML, hex>
//	=name	Français                     the [locale] table, a line a key
//	=months	janvier	février	…
//	…
//	key	form	text                      a message form a line, sorted
//
// Fields are separated by tabs; a backslash, tab, newline or carriage
// return inside one is written \\, \t, \n or \r.

//go:generate go run ./internal/compile

const compiledMagic = "noticegen catalog 1 "

// Compile parses a catalog's TOML, as Parse does, and returns its compiled
// form, which Load reads instead of the TOML for as long as the TOML is
// the same.
func Compile(src []byte, locale string) ([]byte, error) {
	c, err := parse(src, locale+".toml")
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(src)
	var b bytes.Buffer
	b.WriteString(compiledMagic + hex.EncodeToString(sum[:]) + "\n")
	field := func(key string, values ...string) {
		b.WriteString("=" + key)
		for _, v := range values {
			b.WriteString("\t" + escapeField(v))
		}
		b.WriteString("\n")
	}
	field("name", c.Name)
	field("letters_per_minute", strconv.FormatFloat(c.LettersPerMinute, 'g', -1, 64))
	field("rate_source", c.RateSource)
	field("months", c.months...)
	field("date", c.date)
	field("list_separator", c.listSep)
	field("list_and", c.listAnd)
	field("list_and_long", c.listAndLong)
	field("list_or", c.listOr)
	field("list_or_long", c.listOrLong)
	field("semicolon", c.semicolon)
	field("lower_after_colon", strconv.FormatBool(c.lowerAfterColon))
	if len(c.keepCapital) > 0 {
		field("keep_capital", c.keepCapital...)
	}
	for _, k := range c.Keys() {
		for _, f := range c.Forms(k) {
			b.WriteString(escapeField(k) + "\t" + f + "\t" + escapeField(c.messages[k][f].text) + "\n")
		}
	}
	return b.Bytes(), nil
}

// loadCompiled reads the compiled catalog of a locale, if there is one and
// it was made from src. ok is false where it was not, or cannot be read:
// the caller then parses the TOML.
func loadCompiled(fsys fs.FS, locale string, src []byte) (c *Catalog, ok bool) {
	data, err := fs.ReadFile(fsys, "compiled/"+locale+".txt")
	if err != nil {
		return nil, false
	}
	sum := sha256.Sum256(src)
	first, rest, _ := strings.Cut(string(data), "\n")
	if first != compiledMagic+hex.EncodeToString(sum[:]) {
		return nil, false
	}
	c, err = decodeCompiled(locale, rest)
	return c, err == nil
}

// decodeCompiled reads the lines of a compiled catalog after its first.
func decodeCompiled(locale, text string) (*Catalog, error) {
	c := &Catalog{Locale: locale, messages: make(map[string]map[string]message, strings.Count(text, "\n"))}
	header := map[string][]string{}
	for line := range strings.Lines(text) {
		line = strings.TrimSuffix(line, "\n")
		if name, ok := strings.CutPrefix(line, "="); ok {
			fields := strings.Split(name, "\t")
			for i := range fields[1:] {
				fields[i+1] = unescapeField(fields[i+1])
			}
			header[fields[0]] = fields[1:]
			continue
		}
		key, rest, ok1 := strings.Cut(line, "\t")
		form, text, ok2 := strings.Cut(rest, "\t")
		if !ok1 || !ok2 || !slices.Contains(pluralForms, form) {
			return nil, fmt.Errorf("compiled catalog %s: line %q is not a message", locale, line)
		}
		key = unescapeField(key)
		forms := c.messages[key]
		if forms == nil {
			forms = make(map[string]message, 1)
			c.messages[key] = forms
		}
		forms[form] = compile(unescapeField(text))
	}
	bad := false // a header line missing or with the wrong number of values
	str := func(key string) string {
		if v := header[key]; len(v) == 1 {
			return v[0]
		}
		bad = true
		return ""
	}
	c.Name, c.RateSource, c.date = str("name"), str("rate_source"), str("date")
	c.listSep, c.listAnd, c.listAndLong = str("list_separator"), str("list_and"), str("list_and_long")
	c.listOr, c.listOrLong, c.semicolon = str("list_or"), str("list_or_long"), str("semicolon")
	lpm, err1 := strconv.ParseFloat(str("letters_per_minute"), 64)
	lower, err2 := strconv.ParseBool(str("lower_after_colon"))
	c.LettersPerMinute, c.lowerAfterColon = lpm, lower
	c.keepCapital = header["keep_capital"]
	c.months = header["months"]
	if bad || err1 != nil || err2 != nil || len(c.months) != 12 {
		return nil, fmt.Errorf("compiled catalog %s: bad header", locale)
	}
	return c, nil
}

var (
	fieldEscaper   = strings.NewReplacer(`\`, `\\`, "\t", `\t`, "\n", `\n`, "\r", `\r`)
	fieldUnescaper = strings.NewReplacer(`\\`, `\`, `\t`, "\t", `\n`, "\n", `\r`, "\r")
)

func escapeField(s string) string { return fieldEscaper.Replace(s) }

func unescapeField(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	return fieldUnescaper.Replace(s)
}

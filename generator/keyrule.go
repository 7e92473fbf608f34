package generator

import "strings"

// keyRule is what the loader accepts at one key of a declaration. When
// asked to (decoder.rules), the decoder records one for every key it reads,
// so that the editor schema, schema/notice.toml.schema.json, can be held to
// the loader itself rather than to a second list of keys kept by hand.
type keyRule struct {
	Kind     string   // one of the kinds below
	Required bool     // the key must be written
	Allowed  []string // the values of an enum or enum-list, in the loader's order
	Min, Max int      // the range of an integer
}

// The kinds of value a key takes.
const (
	kindTable      = "table"  // a table of known keys
	kindTables     = "tables" // a table of tables keyed by id, such as [data.<id>]
	kindString     = "string"
	kindEmail      = "email"
	kindURL        = "url"
	kindCountry    = "country"
	kindText       = "text" // locale text: a string, or a table of locale = string
	kindEnum       = "enum"
	kindEnumList   = "enum-list"
	kindStringList = "string-list"
	kindInteger    = "integer"
	kindBoolean    = "boolean"
	kindDate       = "date"
	kindPeriod     = "period"    // such as "30 days"
	kindRetention  = "retention" // a period, or a table of period, after, until, criteria and reason
)

// rule returns the record of the key path, creating it, or nil when the
// decoder is not recording.
func (d *decoder) rule(path []string) *keyRule {
	if d.rules == nil {
		return nil
	}
	return d.record(path)
}

// keyRule returns the record of a key of the table, or nil when the decoder
// is not recording. It builds the key's path only when recording, so a
// plain Parse pays nothing for it.
func (t *table) keyRule(key, kind string) *keyRule {
	if t.d.rules == nil {
		return nil
	}
	r := t.d.record(join(t.path, key))
	if kind != "" {
		r.Kind = kind
	}
	return r
}

func (d *decoder) record(path []string) *keyRule {
	k := strings.Join(path, ".")
	r := d.rules[k]
	if r == nil {
		r = &keyRule{}
		d.rules[k] = r
	}
	return r
}

// accepts records that the key path takes a value of the kind.
func (d *decoder) accepts(path []string, kind string) {
	if r := d.rule(path); r != nil {
		r.Kind = kind
	}
}

package generator

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/noticegen/noticegen/locales"
	"github.com/noticegen/noticegen/schema"
)

// referencePath is the reference page of notice.toml: every key and every
// value it allows.
const referencePath = "../docs/declaration.md"

// TestReferencePage holds docs/declaration.md to the loader: it is made
// from what the loader reads at every key (see keyRule), with the meaning
// the editor schema gives each key (held to the loader by
// TestTOMLSchemaMatchesLoader) and the English name of each data category,
// so that no key or value can be missing from it or left over. Run go test
// ./generator -update to rewrite it, and review the diff.
func TestReferencePage(t *testing.T) {
	got := referencePage(t)
	if *update {
		if err := os.WriteFile(referencePath, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(referencePath)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s is not what the loader reads; run go test ./generator -update and review the diff", referencePath)
	}
}

// TestReferencePageListsEverything checks the page against the lists in
// the code itself, so that a page cut short with "…" fails.
func TestReferencePageListsEverything(t *testing.T) {
	page := string(referencePage(t))
	if strings.Contains(page, ", …") || strings.Contains(page, ", ...") {
		t.Errorf("the reference page cuts a list short with …")
	}
	var values []string
	for _, c := range Categories {
		values = append(values, string(c))
	}
	values = append(values, "service", "sale", "other", "legitimate-interests", "opt-out", "last-activity", "derogation", "two-factor", "in-app")
	for _, j := range Jurisdictions() {
		values = append(values, string(j))
	}
	for _, v := range values {
		if !strings.Contains(page, "`"+v+"`") {
			t.Errorf("the reference page does not list %q", v)
		}
	}
	for path := range loaderRules(t) {
		shown := "`" + displayPath(path) + "`"
		if !strings.Contains(path, ".") || idSegment[path] != "" {
			shown = "`[" + displayPath(path) + "]`" // a table, or an item of a table of tables
		}
		if !strings.Contains(page, shown) {
			t.Errorf("the reference page does not list the key %s", displayPath(path))
		}
	}
}

// idSegment is what the probe names its tables of tables' items with.
var idSegment = map[string]string{"data.d": "data.<id>", "purpose.p": "purpose.<id>", "recipient.r": "recipient.<id>"}

// displayPath writes a key as a person reads it: data.<id>.category.
func displayPath(path string) string {
	for probe, shown := range idSegment {
		if path == probe || strings.HasPrefix(path, probe+".") {
			return shown + path[len(probe):]
		}
	}
	return path
}

// schemaDescription returns the editor schema's description of the key at path.
func schemaDescription(t *testing.T, root map[string]any, path string) string {
	t.Helper()
	defs, _ := root["definitions"].(map[string]any)
	resolve := func(node map[string]any) map[string]any {
		if name := ref(node); name != "" {
			return defs[name].(map[string]any)
		}
		return node
	}
	node := root
	for _, seg := range strings.Split(path, ".") {
		parent := resolve(node)
		props, _ := parent["properties"].(map[string]any)
		if child, ok := props[seg].(map[string]any); ok {
			node = child
			continue
		}
		found := false
		patterns, _ := parent["patternProperties"].(map[string]any)
		for _, v := range patterns {
			node, found = v.(map[string]any), true
		}
		if !found {
			t.Fatalf("%s: the editor schema has no %q", path, seg)
		}
	}
	d, _ := node["description"].(string)
	if d == "" {
		d, _ = resolve(node)["description"].(string)
	}
	if d == "" {
		t.Errorf("%s: the editor schema does not describe it", path)
	}
	return d
}

// valueOf says in words what a key takes.
func valueOf(r *keyRule, path string, categoryNames func(string) string) string {
	code := func(vs []string) []string {
		out := make([]string, len(vs))
		for i, v := range vs {
			out[i] = "`" + v + "`"
			if path == "data.d.category" {
				out[i] += " (" + categoryNames(v) + ")"
			}
		}
		return out
	}
	switch r.Kind {
	case kindTable:
		return "a table"
	case kindTables:
		return fmt.Sprintf("tables keyed by an id of your choosing: `[%s]`", displayPath(path+"."+strings.Split(path, ".")[0][:1]))
	case kindString:
		return "a string"
	case kindEmail:
		return "an email address"
	case kindURL:
		return "an `http` or `https` address"
	case kindCountry:
		return "a country code, ISO 3166-1 alpha-2, such as `FR`"
	case kindText:
		return "text: a string in every locale of the notice, `{ en = \"Orders\", fr = \"Commandes\" }`, or a plain string when the notice has one locale; inline Markdown"
	case kindEnum:
		return "one of " + list(code(r.Allowed), "or")
	case kindEnumList:
		return "a list of " + list(code(r.Allowed), "and")
	case kindStringList:
		return "a list of strings"
	case kindInteger:
		return fmt.Sprintf("a whole number from %d to %d", r.Min, r.Max)
	case kindBoolean:
		return "`true` or `false`"
	case kindDate:
		return "a TOML local date, such as `2026-12-01`"
	case kindPeriod:
		return "a period: a number from 1 to 1000 and `day`, `week`, `month` or `year` (or their plural), such as `\"30 days\"`; a month counts as 30 days, a year as 365"
	case kindRetention:
		return "a period (as `period`), or a table of the keys below"
	}
	return r.Kind
}

// referencePage writes docs/declaration.md.
func referencePage(t *testing.T) []byte {
	t.Helper()
	rules := loaderRules(t)
	var root map[string]any
	if err := json.Unmarshal(schema.NoticeTOML(), &root); err != nil {
		t.Fatal(err)
	}
	en, err := locales.Load("en")
	if err != nil {
		t.Fatal(err)
	}
	categoryNames := func(c string) string {
		s, err := en.Format("category." + c)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	// Tables in the order the probe writes them, which is the order of the
	// format's documentation.
	var tables []string
	for _, m := range regexp.MustCompile(`(?m)^\[([a-z_]+)`).FindAllStringSubmatch(probe, -1) {
		if !slices.Contains(tables, m[1]) {
			tables = append(tables, m[1])
		}
	}
	var b bytes.Buffer
	b.WriteString(`<!-- Made by go test ./generator -update from what the loader reads (generator/reference_test.go); do not edit. -->
# notice.toml: every key and every value

This page lists every key that a declaration (` + "`notice.toml`" + `) may hold, and every value a key
allows. It is made from noticegen's loader and its editor schema
([schema/notice.toml.schema.json](../schema/notice.toml.schema.json)), and tested against them, so it
says exactly what noticegen accepts. The [README](../README.md#the-declaration) shows a complete
example; ` + "`noticegen init`" + ` writes a starter that builds as it is. A key not listed here is refused,
with the nearest key suggested.

`)
	for _, top := range tables {
		r := rules[top]
		if r == nil {
			t.Fatalf("the loader read no [%s]", top)
		}
		fmt.Fprintf(&b, "## `[%s]`\n\n%s", displayPath(top), schemaDescription(t, root, top))
		if r.Required {
			b.WriteString(" Required.")
		}
		if r.Kind == kindTables {
			fmt.Fprintf(&b, " Each is a table `[%s]`.", idSegment[top+"."+top[:1]])
		}
		b.WriteString("\n\n| key | required | value | meaning |\n| --- | --- | --- | --- |\n")
		var walk func(parent string)
		walk = func(parent string) {
			for _, k := range childKeys(rules, parent) {
				path := parent + "." + k
				kr := rules[path]
				if kr.Kind == kindTable && strings.HasSuffix(parent, top) && rules[parent].Kind == kindTables {
					walk(path) // the item tables of [data.<id>]: their keys
					continue
				}
				req := "no"
				if kr.Required {
					req = "yes"
				}
				fmt.Fprintf(&b, "| `%s` | %s | %s | %s |\n", displayPath(path), req, cell(valueOf(kr, path, categoryNames)), cell(schemaDescription(t, root, path)))
				if kr.Kind == kindTable || kr.Kind == kindRetention {
					walk(path)
				}
			}
		}
		walk(top)
		b.WriteString("\n")
	}
	return append(bytes.TrimRight(b.Bytes(), "\n"), '\n')
}

// cell keeps text within a cell of a Markdown table.
func cell(s string) string { return strings.NewReplacer("|", `\|`, "\n", " ").Replace(s) }

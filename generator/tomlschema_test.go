package generator

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/noticegen/noticegen/generator/store"
	"github.com/noticegen/noticegen/schema"
)

// tomlAsJSON decodes TOML into the values JSON Schema validates, as taplo
// does: dates and times become strings (a local date such as 2026-12-01
// becomes "2026-12-01").
func tomlAsJSON(t testing.TB, src string) any {
	t.Helper()
	var raw map[string]any
	if _, err := toml.Decode(src, &raw); err != nil {
		t.Fatal(err)
	}
	var conv func(v any) any
	conv = func(v any) any {
		switch v := v.(type) {
		case map[string]any:
			m := make(map[string]any, len(v))
			for k, x := range v {
				m[k] = conv(x)
			}
			return m
		case []map[string]any:
			a := make([]any, len(v))
			for i, x := range v {
				a[i] = conv(x)
			}
			return a
		case []any:
			a := make([]any, len(v))
			for i, x := range v {
				a[i] = conv(x)
			}
			return a
		case time.Time:
			// BurntSushi/toml marks local values with these zones.
			switch v.Location().String() {
			case "date-local":
				return v.Format(time.DateOnly)
			case "datetime-local":
				return v.Format("2006-01-02T15:04:05.999999999")
			case "time-local":
				return v.Format("15:04:05.999999999")
			}
			return v.Format(time.RFC3339Nano)
		}
		return v
	}
	return conv(raw)
}

// declarationFiles returns every declaration the project ships: the
// examples, the versions kept to show diff, and the starter of noticegen init.
func declarationFiles(t testing.TB) []string {
	t.Helper()
	paths, err := filepath.Glob("../examples/*/*.toml")
	if err != nil {
		t.Fatal(err)
	}
	paths = append(paths, "starter.toml")
	if len(paths) < 5 {
		t.Fatalf("found %d declarations, want the two examples, the two versions in examples/changes and the starter: %v", len(paths), paths)
	}
	return paths
}

// TestDeclarationsNameTheSchema checks that every declaration the project
// ships opens with the taplo directive that lets editors find the schema.
func TestDeclarationsNameTheSchema(t *testing.T) {
	want := "#:schema " + schema.NoticeTOMLID
	for _, p := range declarationFiles(t) {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if first, _, _ := strings.Cut(string(b), "\n"); first != want {
			t.Errorf("%s: first line is %q, want %q", p, first, want)
		}
	}
}

// TestTOMLSchemaIsDraft04 keeps the editor schema to what taplo reads:
// JSON Schema draft-04, without the keywords of later drafts, which taplo
// would ignore, so that a rule written with them would silently not apply.
func TestTOMLSchemaIsDraft04(t *testing.T) {
	var root map[string]any
	if err := json.Unmarshal(schema.NoticeTOML(), &root); err != nil {
		t.Fatal(err)
	}
	if got, want := root["$schema"], "http://json-schema.org/draft-04/schema#"; got != want {
		t.Errorf("$schema is %v, want %s", got, want)
	}
	if got := root["id"]; got != schema.NoticeTOMLID {
		t.Errorf("id is %v, want %s", got, schema.NoticeTOMLID)
	}
	later := []string{"$id", "$defs", "const", "contains", "propertyNames", "if", "then", "else", "examples",
		"dependentRequired", "dependentSchemas", "unevaluatedProperties", "prefixItems", "$anchor"}
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				// Keys under properties are key names, not keywords.
				if slices.Contains(later, k) && !strings.HasSuffix(path, ".properties") {
					t.Errorf("%s: %q is not a draft-04 keyword", path, k)
				}
				walk(path+"."+k, x)
			}
		case []any:
			for _, x := range v {
				walk(path+"[]", x)
			}
		}
	}
	walk("", root)
}

// TestTOMLSchemaAcceptsDeclarations validates every shipped declaration
// against the editor schema.
func TestTOMLSchemaAcceptsDeclarations(t *testing.T) {
	sch := compileSchema(t, schema.NoticeTOMLID, schema.NoticeTOML())
	for _, p := range declarationFiles(t) {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := sch.Validate(tomlAsJSON(t, string(b))); err != nil {
			t.Errorf("%s:\n%s", p, strings.Join(leafErrors(err), "\n"))
		}
	}
}

// TestTOMLSchemaAgreesWithLoader changes the starter in one way at a time.
// The loader and the schema must agree on each change: both accept it, or
// both refuse it, the schema with the message an editor would show.
func TestTOMLSchemaAgreesWithLoader(t *testing.T) {
	sch := compileSchema(t, schema.NoticeTOMLID, schema.NoticeTOML())
	tests := []struct {
		name     string
		old, new string
		want     []string // the schema's problems; none when both accept
	}{
		{"unknown key", `basis = "contract" `, `basys = "contract" `, []string{
			"at /purpose/orders: additional properties 'basys' not allowed",
			"at /purpose/orders: missing property 'basis'",
		}},
		{"unknown table", "[signals]", "[signal]", []string{
			"at /: additional properties 'signal' not allowed",
		}},
		{"category not in the list", `category = "usage"`, `category = "usages"`, []string{
			`at /data/browsing/category: value must be one of 'identity', 'contact', 'account', 'government-id', 'financial', 'purchases', 'precise-location', 'approximate-location', 'device', 'usage', 'content', 'communications', 'health', 'biometric', 'genetic', 'demographics', 'beliefs', 'ethnicity', 'sex-life', 'union-membership', 'criminal', 'employment', 'education', 'inferences', 'other'`,
		}},
		{"locale not built in", `locales = ["en"]`, `locales = ["en", "de"]`, []string{
			"at /notice/locales/1: value must be one of 'en', 'fr', 'es', 'id'",
		}},
		{"no locale", `locales = ["en"]`, `locales = []`, []string{
			"at /notice/locales: minItems: got 0, want 1",
		}},
		{"locale listed twice", `locales = ["en"]`, `locales = ["en", "en"]`, []string{
			"at /notice/locales: items at 0 and 1 are equal",
		}},
		{"measure not in the list", `"access-control"]`, `"access-control", "firewall"]`, []string{
			"at /security/measures/3: value must be one of 'encryption-in-transit', 'encryption-at-rest', 'access-control', 'pseudonymisation', 'backups', 'staff-training', 'audits', 'two-factor'",
		}},
		{"version as a number", `version = "1.0.0"`, `version = 1`, []string{
			"at /notice/version: got number, want string",
		}},
		{"effective not a date", `effective = 2026-01-01`, `effective = "soon"`, []string{
			`at /notice/effective: 'soon' is not valid date: parsing time "soon" as "2006-01-02": cannot parse "soon" as "2006"`,
		}},
		{"blank name", `name = "Example Shop Ltd"`, `name = "  "`, []string{
			"at /controller/name: '  ' does not match pattern '\\\\S'",
		}},
		{"text in a locale the notice cannot have", `label = "Email address"`, `label = { en = "Email address", de = "E-Mail-Adresse" }`, []string{
			"at /data/email/label: additional properties 'de' not allowed",
		}},
		{"text as a table", `label = "Email address"`, `label = { en = "Email address" }`, nil},
		{"country in lower case", `country = "IE"`, `country = "ie"`, []string{
			"at /controller/country: 'ie' does not match pattern '^\\\\s*[A-Z]{2}\\\\s*$'",
		}},
		{"website without a scheme", `website = "https://shop.example"`, `website = "shop.example"`, []string{
			"at /controller/website: 'shop.example' does not match pattern '^\\\\s*[Hh][Tt][Tt][Pp][Ss]?://[^/?#\\\\s]+'",
		}},
		{"email without @", `email = "privacy@shop.example"`, `email = "privacy at shop.example"`, []string{
			"at /controller/email: 'privacy at shop.example' does not match pattern '^\\\\s*[^@\\\\s]+@[^@\\\\s]+\\\\s*$'",
		}},
		{"period in capitals", `retention = "13 months"`, `retention = "13 MONTHS"`, nil},
		{"period in weeks", `retention = "13 months"`, `retention = "1 week"`, nil},
		{"period without a unit", `retention = "13 months"`, `retention = "13"`, []string{
			"at /purpose/statistics/retention: '13' does not match pattern '" + periodPattern + "'",
		}},
		{"period of zero", `retention = "13 months"`, `retention = "0 days"`, []string{
			"at /purpose/statistics/retention: '0 days' does not match pattern '" + periodPattern + "'",
		}},
		{"period over 1000", `retention = "13 months"`, `retention = "1001 days"`, []string{
			"at /purpose/statistics/retention: '1001 days' does not match pattern '" + periodPattern + "'",
		}},
		{"retention until an event", `retention = "13 months"`, `retention = { until = "consent-withdrawn" }`, nil},
		{"retention on criteria with a reason", `retention = "13 months"`, `retention = { criteria = "As long as the law requires.", reason = "Tax law." }`, nil},
		{"retention event not in the list", `retention = "13 months"`, `retention = { until = "forever" }`, []string{
			"at /purpose/statistics/retention/until: value must be one of 'account-closed', 'contract-ended', 'consent-withdrawn', 'last-activity'",
		}},
		{"retention after without period", `retention = "13 months"`, `retention = { after = "last-activity" }`, []string{
			"at /purpose/statistics/retention: got object, want string",
			"at /purpose/statistics/retention: missing property 'criteria'",
			"at /purpose/statistics/retention: missing property 'period'",
			"at /purpose/statistics/retention: missing property 'until'",
			"at /purpose/statistics/retention: properties 'period' required, if 'after' exists",
		}},
		{"retention until with period", `retention = "13 months"`, `retention = { period = "1 year", until = "account-closed" }`, []string{
			"at /purpose/statistics/retention: 'not' failed",
		}},
		{"retention criteria with until", `retention = "13 months"`, `retention = { criteria = "While needed.", until = "account-closed" }`, []string{
			"at /purpose/statistics/retention: 'not' failed",
			"at /purpose/statistics/retention: 'not' failed",
		}},
		{"retention says nothing", `retention = "13 months"`, `retention = { reason = "Because." }`, []string{
			"at /purpose/statistics/retention: got object, want string",
			"at /purpose/statistics/retention: missing property 'criteria'",
			"at /purpose/statistics/retention: missing property 'period'",
			"at /purpose/statistics/retention: missing property 'until'",
		}},
		{"retention key unknown", `retention = "13 months"`, `retention = { period = "1 year", from = "last-activity" }`, []string{
			"at /purpose/statistics/retention: additional properties 'from' not allowed",
		}},
		{"rights without a channel", "[rights]                            # where people send requests about their data\nemail = \"privacy@shop.example\"", "[rights]", []string{
			"at /rights: missing property 'email'",
			"at /rights: missing property 'url'",
		}},
		{"rights by url only", "[rights]                            # where people send requests about their data\nemail = \"privacy@shop.example\"", "[rights]\nurl = \"https://shop.example/privacy\"", nil},
		{"dpo without a way to reach", "[authority]", "[dpo]\nname = \"Jeanne Martin\"\n\n[authority]", []string{
			"at /dpo: missing property 'address'",
			"at /dpo: missing property 'email'",
		}},
		{"integer out of range", "breach_notice_hours = 72", "breach_notice_hours = 0", []string{
			"at /security/breach_notice_hours: minimum: got 0, want 1",
		}},
		{"id with a space", "[data.browsing]", `[data."pages visited"]`, []string{
			"at /data: additional properties 'pages visited' not allowed",
		}},
		{"data id listed twice", `data = ["browsing"]`, `data = ["browsing", "browsing"]`, []string{
			"at /purpose/statistics/data: items at 0 and 1 are equal",
		}},
		{"a required table missing", "[controller]                        # who decides why and how data is used\n", "[organisation]\n", []string{
			"at /: additional properties 'organisation' not allowed",
			"at /: missing property 'controller'",
		}},
		{"a boolean in quotes", "gpc = true", `gpc = "yes"`, []string{
			"at /signals/gpc: got string, want boolean",
		}},
		{"store data types", `category = "usage"`, `category = "usage"` + "\nstore = { play = \"PSL_USER_INTERACTION\", apple = \"PRODUCT_INTERACTION\", linked = false }", nil},
		{"store data type not Play's", `category = "usage"`, `category = "usage"` + "\nstore = { play = \"PSL_CRASH_LOG\" }", []string{
			"at /data/browsing/store/play: value must be one of '" + strings.Join(store.PlayTypeIDs(), "', '") + "'",
		}},
		{"store tracking domain with a scheme", "[signals]", "[store]\ntracking_domains = [\"https://ads.example.net\"]\n\n[signals]", []string{
			"at /store/tracking_domains/0: 'https://ads.example.net' does not match pattern '^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\\\.)+[A-Za-z]{2,63}$'",
		}},
		{"store accounts none beside a way", "[signals]", "[store]\naccount_creation = [\"none\", \"oauth\"]\n\n[signals]", []string{
			"at /store/account_creation/0: value must be one of 'username-password', 'username-other-auth', 'username-password-other-auth', 'oauth', 'other'",
			"at /store/account_creation: maxItems: got 2, want 1",
		}},
		{"store accounts", "[signals]", "[store]\naccount_creation = [\"oauth\", \"username-password\"]\ndeletion_url = \"https://shop.example/delete\"\n\n[signals]", nil},
		{"check settings", "[signals]", "[check]\ndisable = [\"summary-length\"]\nmax_summary_minutes = 3\n\n[signals]", nil},
	}
	starter := string(Starter())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(starter, tt.old) {
				t.Fatalf("the starter has no %q", tt.old)
			}
			src := strings.Replace(starter, tt.old, tt.new, 1)
			_, loadErr := Parse("notice.toml", []byte(src))
			var got []string
			if err := sch.Validate(tomlAsJSON(t, src)); err != nil {
				got = leafErrors(err)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("schema says:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			if (loadErr != nil) != (tt.want != nil) {
				t.Errorf("the loader and the schema disagree: the loader says %v; the schema says %q", loadErr, got)
			}
		})
	}
}

// TestBrokenDeclarationRefused reads schema/testdata/broken.toml, the file
// taplo must refuse in schema/taplo_test.go. The schema and the loader both
// refuse it, for the same mistakes.
func TestBrokenDeclarationRefused(t *testing.T) {
	src, err := os.ReadFile("../schema/testdata/broken.toml")
	if err != nil {
		t.Fatal(err)
	}
	sch := compileSchema(t, schema.NoticeTOMLID, schema.NoticeTOML())
	err = sch.Validate(tomlAsJSON(t, string(src)))
	if err == nil {
		t.Fatal("the schema accepts broken.toml")
	}
	wantSchema := []string{
		"at /data/email/category: value must be one of 'identity', 'contact', 'account', 'government-id', 'financial', 'purchases', 'precise-location', 'approximate-location', 'device', 'usage', 'content', 'communications', 'health', 'biometric', 'genetic', 'demographics', 'beliefs', 'ethnicity', 'sex-life', 'union-membership', 'criminal', 'employment', 'education', 'inferences', 'other'",
		"at /purpose/orders: additional properties 'basys' not allowed",
		"at /purpose/orders: missing property 'basis'",
	}
	if got := leafErrors(err); !slices.Equal(got, wantSchema) {
		t.Errorf("the schema says:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(wantSchema, "\n"))
	}
	_, err = Parse("broken.toml", src)
	wantLoader := `broken.toml:16:12: data.email.category: "contakt" is not allowed (did you mean "contact"?); want one of identity, contact, account, government-id, financial, purchases, precise-location, approximate-location, device, usage, content, communications, health, biometric, genetic, demographics, beliefs, ethnicity, sex-life, union-membership, criminal, employment, education, inferences or other
broken.toml:18:1: purpose.orders.basis: missing; write basis = one of consent, contract, legal-obligation, vital-interests, public-task or legitimate-interests
broken.toml:22:1: purpose.orders.basys: unknown key (did you mean "basis"?)`
	if err == nil || err.Error() != wantLoader {
		t.Errorf("the loader says:\n%v\nwant:\n%s", err, wantLoader)
	}
}

// periodPattern is definitions.period.pattern of the editor schema (also
// the pattern of a retention written as a string) as the validator quotes
// it in messages, with each backslash doubled.
const periodPattern = `^\\s*0*([1-9][0-9]{0,2}|1000)\\s*([Dd][Aa][Yy]|[Ww][Ee][Ee][Kk]|[Mm][Oo][Nn][Tt][Hh]|[Yy][Ee][Aa][Rr])[Ss]?\\s*$`

// probe names every table the loader knows, and writes as a table every
// key that may be one, so that decoding it makes the loader read every key
// it accepts. The data, purpose and recipient ids are d, p and r.
const probe = `
[notice]
change_notice = {}
[controller]
[dpo]
[representative]
[authority]
[data.d]
store = {}
[purpose.p]
retention = {}
[recipient.r]
[rights]
[security]
[audience]
[signals]
[store]
[check]
`

// loaderRules decodes the probe and returns what the loader accepts at
// every key it read, by dotted path.
func loaderRules(t testing.TB) map[string]*keyRule {
	t.Helper()
	var raw map[string]any
	if err := decodeTOML(probe, &raw); err != nil {
		t.Fatal(err)
	}
	d := &decoder{file: "probe.toml", pos: scanPositions(probe), rules: map[string]*keyRule{}}
	d.declaration(raw)
	return d.rules
}

// childKeys returns the keys directly under the dotted path parent ("" for
// the top of the file) that the loader read.
func childKeys(rules map[string]*keyRule, parent string) []string {
	var keys []string
	for k := range rules {
		rest, ok := k, parent == ""
		if !ok {
			rest, ok = strings.CutPrefix(k, parent+".")
		}
		if ok && !strings.Contains(rest, ".") {
			keys = append(keys, rest)
		}
	}
	slices.Sort(keys)
	return keys
}

// schemaWalker resolves keys in the editor schema.
type schemaWalker struct {
	t    *testing.T
	root map[string]any
}

// ref returns the definition name a key's schema points to, as
// {"allOf": [{"$ref": "#/definitions/NAME"}]}, or "".
func ref(node map[string]any) string {
	all, ok := node["allOf"].([]any)
	if !ok || len(all) != 1 {
		return ""
	}
	r, _ := all[0].(map[string]any)["$ref"].(string)
	return strings.TrimPrefix(r, "#/definitions/")
}

// resolve returns the schema a key's schema stands for, following a ref.
func (w *schemaWalker) resolve(node map[string]any) map[string]any {
	if name := ref(node); name != "" {
		def, ok := w.root["definitions"].(map[string]any)[name].(map[string]any)
		if !ok {
			w.t.Fatalf("no definition %q", name)
		}
		return def
	}
	return node
}

func strs(v any) []string {
	a, _ := v.([]any)
	s := make([]string, 0, len(a))
	for _, x := range a {
		s = append(s, fmt.Sprint(x))
	}
	return s
}

// table checks the schema of a table against the keys the loader reads in
// it, then each key's schema against what the loader accepts there.
func (w *schemaWalker) table(rules map[string]*keyRule, path string, node map[string]any) {
	name := path
	if name == "" {
		name = "the top level"
	}
	if node["type"] != "object" && !slices.Contains(strs(node["type"]), "object") {
		w.t.Errorf("%s: the schema's type is %v, want object", name, node["type"])
	}
	if node["additionalProperties"] != false {
		w.t.Errorf("%s: the loader refuses unknown keys, so the schema needs additionalProperties: false", name)
	}
	props, _ := node["properties"].(map[string]any)
	loader := childKeys(rules, path)
	if got := keysOf(props); !slices.Equal(got, loader) {
		w.t.Errorf("%s: the schema has keys %v; the loader reads %v", name, got, loader)
	}
	var required []string
	for _, k := range loader {
		if rules[join1(path, k)].Required {
			required = append(required, k)
		}
	}
	got := strs(node["required"])
	slices.Sort(got)
	if !slices.Equal(got, required) {
		w.t.Errorf("%s: the schema requires %v; the loader requires %v", name, got, required)
	}
	for _, k := range loader {
		if p, ok := props[k].(map[string]any); ok {
			w.key(rules, join1(path, k), p)
		}
	}
}

// key checks one key's schema against what the loader accepts there.
func (w *schemaWalker) key(rules map[string]*keyRule, path string, node map[string]any) {
	r := rules[path]
	wantRef := map[string]string{
		kindString: "nonBlank", kindEmail: "email", kindURL: "url", kindCountry: "country",
		kindText: "text", kindPeriod: "period", kindRetention: "retention",
	}
	if def, ok := wantRef[r.Kind]; ok {
		if got := ref(node); got != def {
			w.t.Errorf("%s: the loader reads %s, so the schema should refer to #/definitions/%s, not %q", path, r.Kind, def, got)
		}
	}
	resolved := w.resolve(node)
	wantType := map[string]string{
		kindString: "string", kindEmail: "string", kindURL: "string", kindCountry: "string",
		kindPeriod: "string", kindDate: "string", kindEnum: "string", kindInteger: "integer",
		kindBoolean: "boolean", kindEnumList: "array", kindStringList: "array", kindTables: "object",
	}
	if typ, ok := wantType[r.Kind]; ok && resolved["type"] != typ {
		w.t.Errorf("%s: the schema's type is %v; the loader reads %s, want %s", path, resolved["type"], r.Kind, typ)
	}
	switch r.Kind {
	case kindTable:
		w.table(rules, path, resolved)
	case kindRetention:
		if got := strs(resolved["type"]); !slices.Equal(got, []string{"string", "object"}) {
			w.t.Errorf("%s: a retention is a string or a table, the schema says %v", path, got)
		}
		w.table(rules, path, resolved)
	case kindTables:
		pp, _ := resolved["patternProperties"].(map[string]any)
		if got := keysOf(pp); !slices.Equal(got, []string{bareKey.String()}) {
			w.t.Errorf("%s: the schema's patternProperties are %v; the loader takes ids matching %s", path, got, bareKey)
		}
		if resolved["additionalProperties"] != false {
			w.t.Errorf("%s: the loader refuses other ids, so the schema needs additionalProperties: false", path)
		}
		item, _ := pp[bareKey.String()].(map[string]any)
		ids := childKeys(rules, path)
		if len(ids) != 1 {
			w.t.Fatalf("%s: the probe has ids %v here, want one", path, ids)
		}
		w.table(rules, join1(path, ids[0]), item)
	case kindEnum:
		if got := strs(resolved["enum"]); !slices.Equal(got, r.Allowed) {
			w.t.Errorf("%s: the schema allows %v; the loader allows %v", path, got, r.Allowed)
		}
	case kindEnumList, kindStringList:
		if resolved["uniqueItems"] != true {
			w.t.Errorf("%s: the loader refuses an item listed twice, so the schema needs uniqueItems: true", path)
		}
		items, _ := resolved["items"].(map[string]any)
		if items["type"] != "string" {
			w.t.Errorf("%s: the items' type is %v, want string", path, items["type"])
		}
		if r.Kind == kindEnumList {
			if got := strs(items["enum"]); !slices.Equal(got, r.Allowed) {
				w.t.Errorf("%s: the schema allows %v; the loader allows %v", path, got, r.Allowed)
			}
		}
	case kindInteger:
		if resolved["minimum"] != float64(r.Min) || resolved["maximum"] != float64(r.Max) {
			w.t.Errorf("%s: the schema allows %v to %v; the loader allows %d to %d", path, resolved["minimum"], resolved["maximum"], r.Min, r.Max)
		}
	case kindDate:
		if resolved["format"] != "date" {
			w.t.Errorf("%s: the loader reads a date, so the schema needs format: date", path)
		}
	case kindText:
		props, _ := resolved["properties"].(map[string]any)
		want := names(Locales)
		slices.Sort(want)
		if got := keysOf(props); !slices.Equal(got, want) || resolved["additionalProperties"] != false {
			w.t.Errorf("%s: text may be written in %v and no other locale; the schema allows %v", path, want, got)
		}
		if got := strs(resolved["type"]); !slices.Equal(got, []string{"string", "object"}) {
			w.t.Errorf("%s: text is a string or a table, the schema says %v", path, got)
		}
	case kindString, kindEmail, kindURL, kindCountry, kindPeriod, kindBoolean:
	default:
		w.t.Errorf("%s: the loader reads a %q, which this test does not know; teach it", path, r.Kind)
	}
}

// TestTOMLSchemaMatchesLoader holds the editor schema to the loader: the
// same tables and keys, the same required keys, the same kinds of value,
// the same enumerations in the same order and the same integer ranges. The
// loader reports what it reads (see keyRule), so a key added to format.go
// and not to the schema, or the reverse, fails here.
func TestTOMLSchemaMatchesLoader(t *testing.T) {
	var root map[string]any
	if err := json.Unmarshal(schema.NoticeTOML(), &root); err != nil {
		t.Fatal(err)
	}
	rules := loaderRules(t)
	if len(rules) < 60 {
		t.Fatalf("the loader read %d keys of the probe; it should read them all", len(rules))
	}
	w := &schemaWalker{t: t, root: root}
	w.table(rules, "", root)
}

// TestTOMLSchemaDescribesEveryKey wants a description on every key of the
// editor schema: it is what an editor shows when the mouse is over the key.
func TestTOMLSchemaDescribesEveryKey(t *testing.T) {
	var root map[string]any
	if err := json.Unmarshal(schema.NoticeTOML(), &root); err != nil {
		t.Fatal(err)
	}
	count := 0
	var walk func(path string, node map[string]any)
	walk = func(path string, node map[string]any) {
		for _, group := range []string{"properties", "patternProperties"} {
			children, _ := node[group].(map[string]any)
			for k, v := range children {
				child := v.(map[string]any)
				count++
				if d, _ := child["description"].(string); strings.TrimSpace(d) == "" {
					t.Errorf("%s: no description", join1(path, k))
				}
				walk(join1(path, k), child)
			}
		}
	}
	walk("", root)
	defs, _ := root["definitions"].(map[string]any)
	for name, def := range defs {
		walk("definitions."+name, def.(map[string]any))
	}
	if count < 80 {
		t.Errorf("found %d keys with a schema, want every key of the format", count)
	}
}

// TestPeriodPatternMatchesParsePeriod checks the schema's period pattern
// against ParsePeriod on periods written in many ways.
func TestPeriodPatternMatchesParsePeriod(t *testing.T) {
	var root struct {
		Definitions map[string]struct{ Pattern string } `json:"definitions"`
	}
	if err := json.Unmarshal(schema.NoticeTOML(), &root); err != nil {
		t.Fatal(err)
	}
	pattern := root.Definitions["period"].Pattern
	if want := strings.ReplaceAll(periodPattern, `\\`, `\`); pattern != want {
		t.Fatalf("definitions.period.pattern is %q, want %q (also the retention pattern)", pattern, want)
	}
	re := regexp.MustCompile(pattern)
	for _, s := range []string{
		"30 days", "1 day", "1 days", "2 weeks", "6 months", "1 year", "10 years", "1000 days", "1001 days",
		"0 days", "007 days", "30days", " 30 days ", "30 DAYS", "3 Years", "2 yrs", "two years", "30", "days",
		"-1 days", "1.5 years", "30 days later", "", "9999 years",
	} {
		_, err := ParsePeriod(s)
		if got, want := re.MatchString(s), err == nil; got != want {
			t.Errorf("%q: the pattern matches: %v; ParsePeriod accepts: %v", s, got, want)
		}
	}
}

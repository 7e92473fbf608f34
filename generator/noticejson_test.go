package generator

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/noticegen/noticegen/generator/law"

	"github.com/noticegen/noticegen/schema"
)

// TestNoticeJSONVersion keeps the version notice.json declares, the
// version its schema describes and the schema's $id in step.
func TestNoticeJSONVersion(t *testing.T) {
	if schema.NoticeJSONVersion != NoticeJSONVersion {
		t.Errorf("schema.NoticeJSONVersion is %d, NoticeJSONVersion is %d", schema.NoticeJSONVersion, NoticeJSONVersion)
	}
	var doc struct {
		ID         string `json:"$id"`
		Properties struct {
			SchemaVersion struct {
				Const int `json:"const"`
			} `json:"schema_version"`
		} `json:"properties"`
	}
	if err := json.Unmarshal(schema.NoticeJSON(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.ID != schema.NoticeJSONID {
		t.Errorf("$id is %q, want %q", doc.ID, schema.NoticeJSONID)
	}
	if want := fmt.Sprintf(".v%d.schema.json", NoticeJSONVersion); !strings.HasSuffix(doc.ID, want) {
		t.Errorf("$id %q does not end in %q", doc.ID, want)
	}
	if doc.Properties.SchemaVersion.Const != NoticeJSONVersion {
		t.Errorf("the schema wants schema_version %d, notice.json writes %d", doc.Properties.SchemaVersion.Const, NoticeJSONVersion)
	}
}

// TestNoticeJSONMatchesSchema validates the notice.json committed with
// each example, and one built now from each example, from each example
// built in one locale only, and from the starter. The schema refuses fields
// it does not describe, so a field added to notice.json without its
// description fails here.
func TestNoticeJSONMatchesSchema(t *testing.T) {
	sch := compileSchema(t, schema.NoticeJSONID, schema.NoticeJSON())
	validate := func(name string, b []byte) {
		t.Helper()
		v, err := jsonschemaValue(b)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := sch.Validate(v); err != nil {
			t.Errorf("%s:\n%s", name, strings.Join(leafErrors(err), "\n"))
		}
	}
	for _, p := range examples(t) {
		committed, err := os.ReadFile(filepath.Join(filepath.Dir(p), "dist", "notice.json"))
		if err != nil {
			t.Fatal(err)
		}
		validate(p+" committed notice.json", committed)
		d := loadFile(t, p)
		for _, opts := range []Options{{}, {Locales: d.Notice.Locales[len(d.Notice.Locales)-1:]}} {
			site, err := Build(d, opts)
			if err != nil {
				t.Fatal(err)
			}
			validate(fmt.Sprintf("%s built in %v", p, opts.Locales), site.Files["notice.json"])
		}
	}
	d, err := Parse("starter.toml", Starter())
	if err != nil {
		t.Fatal(err)
	}
	site, err := Build(d, Options{})
	if err != nil {
		t.Fatal(err)
	}
	validate("the starter", site.Files["notice.json"])
}

// TestNoticeJSONEmptyChannels: change_notice = { channels = [] } is written
// as an empty list, as the schema says, not as null.
func TestNoticeJSONEmptyChannels(t *testing.T) {
	src := strings.Replace(string(Starter()), `change_notice = { channels = ["email"], days = 30 }`, `change_notice = { channels = [] }`, 1)
	d, err := Parse("notice.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	site, err := Build(d, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Notice struct {
			ChangeNotice json.RawMessage `json:"change_notice"`
		} `json:"notice"`
	}
	if err := json.Unmarshal(site.Files["notice.json"], &got); err != nil {
		t.Fatal(err)
	}
	if s := strings.Join(strings.Fields(string(got.Notice.ChangeNotice)), ""); s != `{"channels":[],"days":0}` {
		t.Errorf("change_notice is %s, want {\"channels\": [], \"days\": 0}", s)
	}
}

// TestNoticeJSONSchemaRejects breaks the shop example's notice.json in one
// way at a time; the schema must refuse each, saying where and why.
func TestNoticeJSONSchemaRejects(t *testing.T) {
	sch := compileSchema(t, schema.NoticeJSONID, schema.NoticeJSON())
	good, err := os.ReadFile("../examples/shop/dist/notice.json")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		mutate func(m map[string]any)
		want   []string
	}{
		{"schema_version as a string", func(m map[string]any) { m["schema_version"] = "1" }, []string{
			"at /schema_version: got string, want integer",
		}},
		{"another schema_version", func(m map[string]any) { m["schema_version"] = 2 }, []string{
			"at /schema_version: value must be 1",
		}},
		{"no controller", func(m map[string]any) { delete(m, "controller") }, []string{
			"at /: missing property 'controller'",
		}},
		{"a field the schema does not describe", func(m map[string]any) { m["notice"].(map[string]any)["owner"] = "legal" }, []string{
			"at /notice: additional properties 'owner' not allowed",
		}},
		{"a basis not in the list", func(m map[string]any) { purpose(m, 0)["basis"] = "contrat" }, []string{
			"at /purposes/0/basis: value must be one of 'consent', 'contract', 'legal-obligation', 'vital-interests', 'public-task', 'legitimate-interests'",
		}},
		{"a label in an unknown locale", func(m map[string]any) { purpose(m, 0)["label"].(map[string]any)["de"] = "Bestellungen" }, []string{
			"at /purposes/0/label: additional properties 'de' not allowed",
		}},
		{"a fixed period without its days", func(m map[string]any) { delete(purpose(m, 0)["retention"].(map[string]any), "days") }, []string{
			"at /purposes/0/retention: missing property 'days'",
		}},
		{"an effective date with a time", func(m map[string]any) { m["notice"].(map[string]any)["effective"] = "2026-12-01T00:00:00Z" }, []string{
			`at /notice/effective: '2026-12-01T00:00:00Z' is not valid date: parsing time "2026-12-01T00:00:00Z": extra text: "T00:00:00Z"`,
		}},
		{"a fingerprint in capitals", func(m map[string]any) {
			f := m["documents"].([]any)[0].(map[string]any)["summary"].(map[string]any)["html"].(map[string]any)
			f["sha256"] = strings.ToUpper(f["sha256"].(string))
		}, []string{
			"at /documents/0/summary/html/sha256: '" + strings.ToUpper(shopSummarySHA(t, good)) + "' does not match pattern '^[0-9a-f]{64}$'",
		}},
		{"no documents", func(m map[string]any) { m["documents"] = []any{} }, []string{
			"at /documents: minItems: got 0, want 1",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var m map[string]any
			if err := json.Unmarshal(good, &m); err != nil {
				t.Fatal(err)
			}
			tt.mutate(m)
			b, err := json.Marshal(m)
			if err != nil {
				t.Fatal(err)
			}
			v, err := jsonschemaValue(b)
			if err != nil {
				t.Fatal(err)
			}
			err = sch.Validate(v)
			if err == nil {
				t.Fatal("the schema accepts it")
			}
			if got := leafErrors(err); !slices.Equal(got, tt.want) {
				t.Errorf("the schema says:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func purpose(m map[string]any, i int) map[string]any {
	return m["purposes"].([]any)[i].(map[string]any)
}

func shopSummarySHA(t *testing.T, b []byte) string {
	var n jsonNotice
	if err := json.Unmarshal(b, &n); err != nil {
		t.Fatal(err)
	}
	return n.Documents[0].Summary.HTML.SHA256
}

// TestNoticeJSONSchemaEnums holds every list of allowed values in the
// notice.json schema to the lists noticegen works from.
func TestNoticeJSONSchemaEnums(t *testing.T) {
	var doc struct {
		Defs map[string]struct {
			Enum []string `json:"enum"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(schema.NoticeJSON(), &doc); err != nil {
		t.Fatal(err)
	}
	var ccpa []string
	for _, c := range Categories {
		if l := law.CCPA.OptOut.Categories[string(c)]; !slices.Contains(ccpa, l) {
			ccpa = append(ccpa, l)
		}
	}
	slices.Sort(ccpa)
	var schemaCCPA struct {
		Properties struct {
			Data struct {
				Items struct {
					Properties struct {
						CCPA struct {
							Enum []string `json:"enum"`
						} `json:"ccpa_category"`
					} `json:"properties"`
				} `json:"items"`
			} `json:"data"`
		} `json:"properties"`
	}
	if err := json.Unmarshal(schema.NoticeJSON(), &schemaCCPA); err != nil {
		t.Fatal(err)
	}
	if got := schemaCCPA.Properties.Data.Items.Properties.CCPA.Enum; !slices.Equal(got, ccpa) {
		t.Errorf("ccpa_category: the schema allows %v; the categories use %v", got, ccpa)
	}
	var text struct {
		Defs struct {
			Text struct {
				Properties map[string]any `json:"properties"`
			} `json:"text"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(schema.NoticeJSON(), &text); err != nil {
		t.Fatal(err)
	}
	locales := names(Locales)
	slices.Sort(locales)
	if got := keysOf(text.Defs.Text.Properties); !slices.Equal(got, locales) {
		t.Errorf("$defs.text: the schema takes text in %v; noticegen writes %v", got, locales)
	}
	for name, want := range map[string][]string{
		"locale":       names(Locales),
		"jurisdiction": names(Jurisdictions()),
		"channel":      names(Channels),
		"category":     names(Categories),
		"purposeKind":  names(PurposeKinds),
		"basis":        names(Bases),
		"choice":       names(Choices),
		"source":       names(Sources),
		"role":         names(Roles),
		"safeguard":    names(Safeguards),
		"measure":      names(Measures),
		"event":        names(Events),
	} {
		if got := doc.Defs[name].Enum; !slices.Equal(got, want) {
			t.Errorf("$defs.%s: the schema allows %v; noticegen writes %v", name, got, want)
		}
	}
}

// TestNoticeJSONSchemaDescribesEveryField wants a description on every
// field of the notice.json schema, for the people who read the data.
func TestNoticeJSONSchemaDescribesEveryField(t *testing.T) {
	var root map[string]any
	if err := json.Unmarshal(schema.NoticeJSON(), &root); err != nil {
		t.Fatal(err)
	}
	count := 0
	var walk func(path string, node map[string]any)
	walk = func(path string, node map[string]any) {
		props, _ := node["properties"].(map[string]any)
		for k, v := range props {
			child := v.(map[string]any)
			count++
			if d, _ := child["description"].(string); strings.TrimSpace(d) == "" {
				t.Errorf("%s: no description", join1(path, k))
			}
			walk(join1(path, k), child)
		}
		if items, ok := node["items"].(map[string]any); ok {
			walk(path+"[]", items)
		}
	}
	walk("", root)
	for name, def := range root["$defs"].(map[string]any) {
		walk("$defs."+name, def.(map[string]any))
	}
	if count < 90 {
		t.Errorf("found %d fields, want every field of notice.json", count)
	}
}

// TestSchemasListTheLaws keeps the two JSON Schemas' lists of law ids, which
// editors complete from, to the laws of package law. Adding a law is adding
// its file: go test ./generator -update writes its id into both schemas.
func TestSchemasListTheLaws(t *testing.T) {
	ids := names(Jurisdictions())
	quoted := make([]string, len(ids))
	for i, id := range ids {
		quoted[i] = strconv.Quote(id)
	}
	for _, s := range []struct {
		path string
		re   *regexp.Regexp
		list func(indent string) string
	}{
		{"../schema/notice.json.v1.schema.json", regexp.MustCompile(`("jurisdiction": \{\n[^}]*?"enum": )\[[^\]]*\]`),
			func(string) string { return "[" + strings.Join(quoted, ", ") + "]" }},
		{"../schema/notice.toml.schema.json", regexp.MustCompile(`("jurisdictions": \{\n[^}]*?"enum": )\[[^\]]*\]`),
			func(indent string) string {
				return "[\n" + indent + "  " + strings.Join(quoted, ",\n"+indent+"  ") + "\n" + indent + "]"
			}},
	} {
		src, err := os.ReadFile(s.path)
		if err != nil {
			t.Fatal(err)
		}
		m := s.re.FindSubmatchIndex(src)
		if m == nil {
			t.Fatalf("%s: no list of laws", s.path)
		}
		lineStart := bytes.LastIndexByte(src[:m[3]], '\n') + 1
		indent := string(src[lineStart : lineStart+len(src[lineStart:m[3]])-len(bytes.TrimLeft(src[lineStart:m[3]], " "))])
		want := slices.Concat(src[:m[3]], []byte(s.list(indent)), src[m[1]:])
		if *update {
			if err := os.WriteFile(s.path, want, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if !bytes.Equal(src, want) {
			t.Errorf("%s does not list the laws %v; run go test ./generator -update", s.path, ids)
		}
	}
}

package generator

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/noticegen/noticegen/schema"
)

// TestDiffJSONMatchesSchema: what diff --format json writes is what
// schema/diff.json.v2.schema.json describes, for a change between two
// versions, for the pull request that adds the notice, and for no change.
func TestDiffJSONMatchesSchema(t *testing.T) {
	if DiffJSONVersion != schema.DiffJSONVersion {
		t.Fatalf("generator writes schema_version %d; the schema describes %d", DiffJSONVersion, schema.DiffJSONVersion)
	}
	sch := compileSchema(t, schema.DiffJSONID, schema.DiffJSON())
	committed, err := os.ReadFile("../examples/changes/diff.json")
	if err != nil {
		t.Fatal(err)
	}
	d := loadFile(t, "../examples/changes/v2.toml")
	first, err := NewDiffReport("HEAD~1:notice.toml", nil, "notice.toml", d, nil)
	if err != nil {
		t.Fatal(err)
	}
	same, err := NewDiffReport("a.toml", d, "b.toml", d, nil)
	if err != nil {
		t.Fatal(err)
	}
	stale, err := NewDiffReport("old.toml", mustParseDecl(t, staleBase), "new.toml", mustParseDecl(t, strings.Replace(staleBase, `en = "Orders"`, `en = "Orders and returns"`, 1)), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(stale.Stale) == 0 {
		t.Fatal("the stale report has no stale translation")
	}
	outputs := map[string][]byte{"examples/changes/diff.json": committed}
	for name, r := range map[string]*DiffReport{"first": first, "same": same, "stale": stale} {
		var b bytes.Buffer
		if err := r.WriteJSON(&b); err != nil {
			t.Fatal(err)
		}
		outputs[name] = b.Bytes()
	}
	for name, b := range outputs {
		v, err := jsonschemaValue(b)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := sch.Validate(v); err != nil {
			t.Errorf("%s:\n%s", name, strings.Join(leafErrors(err), "\n"))
		}
	}
}

// TestDiffJSONValues: old and new are values as data, a text a map of
// locale to text with every locale, not the strings people read.
func TestDiffJSONValues(t *testing.T) {
	c := change(t, `label = "Orders"`, `label = "Your orders"`, `retention = "2 years"`, `retention = "3 years"`)
	r, err := NewDiffReport("old.toml", c.old, "new.toml", c.new, []Locale{English})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := r.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	var out struct {
		Changes []struct {
			Key      string
			Old, New json.RawMessage
			Rules    []string
		}
	}
	if err := json.Unmarshal(b.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	want := map[string][2]string{
		"purpose.orders.label":     {`{"en":"Orders"}`, `{"en":"Your orders"}`},
		"purpose.orders.retention": {`"2 years"`, `"3 years"`},
	}
	for _, ch := range out.Changes {
		var o, n bytes.Buffer
		json.Compact(&o, ch.Old)
		json.Compact(&n, ch.New)
		if w := want[ch.Key]; o.String() != w[0] || n.String() != w[1] {
			t.Errorf("%s: old %s, new %s; want %s, %s", ch.Key, o.String(), n.String(), w[0], w[1])
		}
		if len(ch.Rules) == 0 {
			t.Errorf("%s has no rules", ch.Key)
		}
	}
}

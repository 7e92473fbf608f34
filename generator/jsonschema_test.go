package generator

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// Helpers for the tests that hold noticegen to its JSON Schemas (package
// schema): noticejson_test.go and tomlschema_test.go.

// compileSchema compiles a JSON Schema held in memory under its $id, with
// format assertions on, so that "format": "date" is checked too.
func compileSchema(t testing.TB, id string, src []byte) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(id, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(id)
	if err != nil {
		t.Fatal(err)
	}
	return sch
}

// jsonschemaValue decodes JSON as the validator wants it, numbers kept exact.
func jsonschemaValue(b []byte) (any, error) { return jsonschema.UnmarshalJSON(bytes.NewReader(b)) }

var english = message.NewPrinter(language.English)

// leafErrors lists the innermost problems of a validation error, one line
// each, as "at /json/pointer: message", sorted.
func leafErrors(err error) []string {
	ve, ok := err.(*jsonschema.ValidationError)
	if !ok {
		return []string{err.Error()}
	}
	var out []string
	var walk func(e *jsonschema.ValidationError)
	walk = func(e *jsonschema.ValidationError) {
		if len(e.Causes) == 0 {
			out = append(out, fmt.Sprintf("at /%s: %s", strings.Join(e.InstanceLocation, "/"), e.ErrorKind.LocalizedString(english)))
			return
		}
		for _, c := range e.Causes {
			walk(c)
		}
	}
	walk(ve)
	slices.Sort(out)
	return out
}

// join1 adds a key to a dotted path; "" is the top of the file.
func join1(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// keysOf returns the keys of a JSON object, sorted.
func keysOf(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

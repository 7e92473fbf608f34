package locales

import (
	"bytes"
	"io/fs"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
)

// TestCompiledCatalogsAreCurrent holds the compiled catalogs to their TOML:
// a catalog edited without go generate builds right, from its TOML, but
// loses the compiled form's speed, so the tests say so.
func TestCompiledCatalogsAreCurrent(t *testing.T) {
	for _, loc := range all {
		src, err := fs.ReadFile(files, loc+".toml")
		if err != nil {
			t.Fatal(err)
		}
		want, err := Compile(src, loc)
		if err != nil {
			t.Fatal(err)
		}
		got, err := fs.ReadFile(compiledFiles, "compiled/"+loc+".txt")
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("locales/compiled/%s.txt is not the compiled form of %s.toml: run go generate ./locales", loc, loc)
			continue
		}
		if _, ok := loadCompiled(compiledFiles, loc, src); !ok {
			t.Errorf("%s: the compiled catalog is current but is not read", loc)
		}
	}
}

// TestCompiledCatalogsReadAsParsed checks that a compiled catalog loads
// into the very catalog its TOML parses into: every message and form, the
// placeholders found in each, and the [locale] table.
func TestCompiledCatalogsReadAsParsed(t *testing.T) {
	for _, loc := range all {
		src, err := fs.ReadFile(files, loc+".toml")
		if err != nil {
			t.Fatal(err)
		}
		parsed, err := parse(src, loc+".toml")
		if err != nil {
			t.Fatal(err)
		}
		compiled, err := Compile(src, loc)
		if err != nil {
			t.Fatal(err)
		}
		_, body, _ := strings.Cut(string(compiled), "\n")
		read, err := decodeCompiled(loc, body)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(read, parsed) {
			t.Errorf("%s: the compiled catalog reads differently from its TOML", loc)
		}
	}
}

// TestCompiledFieldsRoundTrip writes and reads back the characters the
// format escapes.
func TestCompiledFieldsRoundTrip(t *testing.T) {
	for _, s := range []string{"", `a\b`, "tab\there", "two\nlines", `\t is not a tab`, "\\\t\\n\r\n", `ends with \`} {
		if got := unescapeField(escapeField(s)); got != s {
			t.Errorf("%q reads back as %q", s, got)
		}
		if e := escapeField(s); strings.ContainsAny(e, "\t\n\r") {
			t.Errorf("%q is written %q, with a separator in it", s, e)
		}
	}
}

// TestCompiledCatalogNotReadWhenStale checks what Load does with a
// compiled catalog it cannot trust: made from another TOML, cut short or
// broken, it is not read (the caller parses the TOML), and nothing panics.
func TestCompiledCatalogNotReadWhenStale(t *testing.T) {
	src, err := fs.ReadFile(files, "fr.toml")
	if err != nil {
		t.Fatal(err)
	}
	good, err := Compile(src, "fr")
	if err != nil {
		t.Fatal(err)
	}
	edited := bytes.Replace(src, []byte("Français"), []byte("Francais"), 1)
	lines := strings.SplitAfter(string(good), "\n")
	cases := map[string]struct {
		compiled []byte
		src      []byte
	}{
		"current":           {good, src},
		"toml edited since": {good, edited},
		"no header":         {[]byte(lines[0] + strings.Join(lines[14:], "")), src},
		"months cut short":  {[]byte(strings.Replace(string(good), "\tdécembre", "", 1)), src},
		"bad rate":          {[]byte(strings.Replace(string(good), "=letters_per_minute\t1105", "=letters_per_minute\tfast", 1)), src},
		"bad form":          {[]byte(strings.Replace(string(good), "\tother\t", "\tsome\t", 1)), src},
		"no tab":            {append(bytes.Clone(good), "just a line\n"...), src},
		"empty":             {nil, src},
	}
	for name, tc := range cases {
		fsys := fstest.MapFS{"compiled/fr.txt": {Data: tc.compiled}}
		c, ok := loadCompiled(fsys, "fr", tc.src)
		if want := name == "current"; ok != want || ok != (c != nil) {
			t.Errorf("%s: read %v, want %v", name, ok, want)
		}
	}
	if _, ok := loadCompiled(fstest.MapFS{}, "fr", src); ok {
		t.Error("a missing compiled catalog was read")
	}
}

package generator

import (
	"errors"
	"runtime"
	"strings"
	"testing"
)

// TestParseLimits checks that a declaration past the size or nesting
// limits is refused before it is parsed, with a position for nesting.
func TestParseLimits(t *testing.T) {
	deep := func(open, close string, n int) string {
		return strings.Repeat(open, n) + strings.Repeat(close, n)
	}
	tests := []struct {
		name string
		src  string
		want string
	}{
		{"nested arrays", minimal + "\n[check]\nx = " + deep("[", "]", 10000) + "\n",
			`notice.toml:26:11: keys, tables and arrays nest more than 8 levels deep here; a declaration needs four at most (purpose.<id>.retention.period), so remove the extra levels`},
		{"nested inline tables", minimal + "\n[check]\nx = " + strings.Repeat("{a = ", 20) + "1" + strings.Repeat("}", 20) + "\n",
			`notice.toml:26:35: keys, tables and arrays nest more than 8 levels deep here; a declaration needs four at most (purpose.<id>.retention.period), so remove the extra levels`},
		{"dotted key", minimal + "\n[check]\n" + strings.Repeat("a.", 20) + "a = 1\n",
			`notice.toml:26:14: keys, tables and arrays nest more than 8 levels deep here; a declaration needs four at most (purpose.<id>.retention.period), so remove the extra levels`},
		{"table header", minimal + "\n[" + strings.Repeat("a.", 20) + "a]\n",
			`notice.toml:25:1: keys, tables and arrays nest more than 8 levels deep here; a declaration needs four at most (purpose.<id>.retention.period), so remove the extra levels`},
		{"too large", minimal + "\n# " + strings.Repeat("x", MaxSize) + "\n",
			`notice.toml: the declaration is larger than the limit of 1048576 bytes (1 MiB); a notice needs far less: look for text pasted by mistake`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("notice.toml", []byte(tt.src))
			var list ErrorList
			if !errors.As(err, &list) || len(list) != 1 {
				t.Fatalf("err = %v, want one problem", err)
			}
			if got := list[0].Error(); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

// TestParseNestingWithinLimit checks that brackets, braces and dots inside
// strings and comments, and the format's own deepest keys, do not count.
func TestParseNestingWithinLimit(t *testing.T) {
	src := strings.Replace(minimal, `retention = "2 years"`,
		`retention = { period = "2 years", after = "contract-ended", reason = { en = "[[[[[[[[[[{{{{{{{{{ a.b.c.d.e.f.g.h.i.j", fr = 'x.y.z.a.b.c.d.e.f.g.h' } } # [[[[[[[[[[ a.b.c.d.e.f.g.h.i`, 1)
	src = strings.Replace(src, `version = "1"`, "version = '''1.2.3.4.5.6.7.8.9.10[[[[[[[[[['''", 1)
	if _, err := Parse("notice.toml", []byte(src)); err != nil {
		t.Fatal(err)
	}
}

// TestScanPositionsLinear checks that locating keys in deeply nested arrays
// costs memory in proportion to the source, not to the square of its depth:
// 20 KB of nested arrays once took 1 GB. (Parse refuses such depth before it
// scans, but the scanner must not rely on that.)
func TestScanPositionsLinear(t *testing.T) {
	src := "x = " + strings.Repeat("[", 10000) + strings.Repeat("]", 10000) + "\n"
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	scanPositions(src)
	runtime.ReadMemStats(&after)
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 16<<20 {
		t.Errorf("scanning 20 KB of nested arrays allocated %d MB, want under 16 MB", alloc>>20)
	}
}

// TestScanPositionsEndsOnAnyText: Parse scans for positions beside the
// decoding, so the scanner reads text the decoder refuses too, and must
// come to its end: each of these once looped forever (an array or an
// inline table whose next element reads nothing). A regression hangs the
// test until go test's -timeout.
func TestScanPositionsEndsOnAnyText(t *testing.T) {
	for _, src := range []string{
		"a = [}", "a = {]", "a = [}]\nb = 1", "a = { ] }", "a = [ } , } ]", "a = {=}", "a = {.}",
		"[a]\nb = [ { ] } ]", "a = [\n}\n", "a = { b = [ } }",
	} {
		if p := scanPositions(src); p == nil {
			t.Errorf("%q: no positions", src)
		}
		if _, err := Parse("bad.toml", []byte(src)); err == nil {
			t.Errorf("%q: Parse accepts it", src)
		}
	}
}

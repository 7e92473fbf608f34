package generator

import (
	"fmt"
	"strings"
	"testing"

	"github.com/noticegen/noticegen/internal/benchdata"
)

// largePair returns two large declarations that differ in a few places
// spread through the document: retention, a label and a recipient's
// country.
func largePair(tb testing.TB) (*Declaration, *Declaration) {
	src, edited := benchdata.LargePair(400)
	old, err := Parse("old.toml", src)
	if err != nil {
		tb.Fatal(err)
	}
	new, err := Parse("new.toml", edited)
	if err != nil {
		tb.Fatal(err)
	}
	return old, new
}

// BenchmarkDiffLarge diffs two declarations of 400 data items and 200
// purposes in four locales, whose policies are over 20,000 words each:
// the change list, both builds and the redline of all eight documents.
func BenchmarkDiffLarge(b *testing.B) {
	old, new := largePair(b)
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		if _, err := NewDiffReport("old.toml", old, "new.toml", new, nil); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, start)
}

// BenchmarkWordDiff redlines a text against a copy with 5% of its words
// replaced, at sizes from 5,000 to 80,000 words, so that the figures show
// how it scales: close to linear, with no quadratic blow-up.
func BenchmarkWordDiff(b *testing.B) {
	for _, n := range []int{5000, 20000, 80000} {
		b.Run(fmt.Sprintf("words=%d", n), func(b *testing.B) {
			words := strings.Fields(strings.Repeat("we keep your personal data only as long as the purpose that needs it and then delete it ", n/18+1))[:n]
			a := strings.Join(words, " ")
			changed := append([]string(nil), words...)
			for i := 0; i < len(changed); i += 20 {
				changed[i] = "changed"
			}
			c := strings.Join(changed, " ")
			b.ReportAllocs()
			for b.Loop() {
				WordDiff(a, c)
			}
		})
	}
}

func TestLargePolicyLength(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a large declaration")
	}
	old, _ := largePair(t)
	site, err := Build(old, Options{Locales: []Locale{English}})
	if err != nil {
		t.Fatal(err)
	}
	if w := site.Documents[English]["policy"].Reading.Words; w < 20000 {
		t.Errorf("the benchmark's policy has %d words, want at least 20,000", w)
	}
}

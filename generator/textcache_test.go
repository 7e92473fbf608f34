package generator

import (
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"sync"
	"testing"
)

// textSites builds d's locales as diff does, without a cache and through
// c, and fails unless every document's text, sections and reading time
// are the same both ways.
func textSites(t *testing.T, name string, d *Declaration, c *textCache) {
	t.Helper()
	for _, l := range d.Notice.Locales {
		whole, err := Build(d, Options{Locales: []Locale{l}, textOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		parts, err := Build(d, Options{Locales: []Locale{l}, textOnly: true, texts: c})
		if err != nil {
			t.Fatal(err)
		}
		for kind, w := range whole.Documents[l] {
			p := parts.Documents[l][kind]
			if !reflect.DeepEqual(w.Sections, p.Sections) || w.Reading != p.Reading {
				t.Errorf("%s %s %s: a part at a time, %d sections reading %v; whole, %d reading %v", name, l, kind, len(p.Sections), p.Reading, len(w.Sections), w.Reading)
			}
		}
	}
}

// TestTextPartsAsWhole: converted a part at a time through a cache, every
// example's documents read as converted whole, with the cache new and with
// it holding the other side of a diff; and the new side of a diff converts
// only the parts that changed.
func TestTextPartsAsWhole(t *testing.T) {
	paths, err := filepath.Glob("../examples/*/*.toml")
	if err != nil || len(paths) < 4 {
		t.Fatalf("examples: %v, %v", paths, err)
	}
	for _, p := range paths {
		d := loadFile(t, p)
		c := newTextCache()
		textSites(t, p, d, c)
		if len(c.parts) < 10 {
			t.Errorf("%s: %d parts in the cache: the documents were not cut", p, len(c.parts))
		}
	}
	type pair struct {
		old, new *Declaration
		most     float64 // of the old side's parts, that the new side may add
	}
	pairs := []pair{{loadFile(t, "../examples/changes/v1.toml"), loadFile(t, "../examples/changes/v2.toml"), 0.5}}
	if !testing.Short() {
		old, new := largePair(t) // three changes
		pairs = append(pairs, pair{old, new, 0.02})
	}
	for _, p := range pairs {
		c := newTextCache()
		textSites(t, "old", p.old, c)
		before := len(c.parts)
		textSites(t, "new", p.new, c)
		if added := len(c.parts) - before; added == 0 || float64(added) > p.most*float64(before) {
			t.Errorf("the new side added %d parts to the old side's %d", added, before)
		}
	}
}

// FuzzTextParts: any Markdown converted a part at a time reads as
// converted whole, through a new cache and through one that holds it.
func FuzzTextParts(f *testing.F) {
	f.Add("# Notice {#top}\n\nIntro.\n\n## Data {#data}\n\n- a\n- b\n\n## Table {#t}\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n### Deep {#d}\n\ntext\n")
	f.Add("lead\n## A {#a}\n> quote\n## B {#b}\n    code\n## B {#b}\n")
	f.Add("## A {#a}\n```\n## B {#b}\n```\n")
	f.Add("[x]: https://example.com\n## A {#a}\n[x]\n")
	f.Add("para\n## A {#a}\n===\n#### Four {#four}\n# {#}\n")
	f.Add("- item\n## A {#a}\n  continued\n<div>\n## B {#b}\n</div>\n")
	f.Add("   <div>\n## A {#a}\n\n   ```\n## B {#b}\n```\n")
	f.Add("> quote\n## A {#a}\n- ```\n## B {#b}\n")
	f.Fuzz(func(t *testing.T, md string) {
		want, err := convertText([]byte(md))
		if err != nil {
			t.Skip()
		}
		c := newTextCache()
		for range 2 {
			got, err := convertTextParts([]byte(md), c)
			if err != nil {
				t.Fatal(err)
			}
			if got.Plain != want.Plain || !reflect.DeepEqual(got.Sections, want.Sections) {
				t.Fatalf("%q: a part at a time %q %q, whole %q %q", md, got.Plain, got.Sections, want.Plain, want.Sections)
			}
		}
	})
}

// TestBothSidesInOrder: what diff builds at once is compared in order,
// each side built once, and the error returned is the first in that order.
func TestBothSidesInOrder(t *testing.T) {
	type side struct{ i, side int }
	for _, c := range []struct {
		n        int
		fail     []side
		wantThen []int // with a failure, at most
		wantErr  string
	}{
		{6, nil, []int{0, 1, 2, 3, 4, 5}, ""},
		{1, nil, []int{0}, ""},
		{3, nil, []int{0, 1, 2}, ""},
		{6, []side{{2, 1}, {4, 0}}, []int{0, 1}, "2/1"},
		{6, []side{{5, 0}}, []int{0, 1, 2, 3, 4}, "5/0"},
		{6, []side{{0, 1}, {0, 0}}, nil, "0/0"},
	} {
		var mu sync.Mutex
		calls := map[side]int{}
		var then []int
		err := bothSidesInOrder(c.n, func(i, s int) error {
			mu.Lock()
			calls[side{i, s}]++
			mu.Unlock()
			if slices.Contains(c.fail, side{i, s}) {
				return fmt.Errorf("%d/%d", i, s)
			}
			return nil
		}, func(i int) { then = append(then, i) })
		if got := fmt.Sprint(err); c.wantErr == "" && err != nil || c.wantErr != "" && got != c.wantErr {
			t.Errorf("%d items failing %v: error %v, want %q", c.n, c.fail, err, c.wantErr)
		}
		// A failure leaves undone what has not started, so then may stop
		// before the item that failed; never after it, never out of order.
		if c.fail == nil && !slices.Equal(then, c.wantThen) || len(then) > len(c.wantThen) || !slices.Equal(then, c.wantThen[:len(then)]) {
			t.Errorf("%d items failing %v: then called for %v, want %v or the start of it", c.n, c.fail, then, c.wantThen)
		}
		for k, n := range calls {
			if n != 1 {
				t.Errorf("%d items failing %v: do%v called %d times", c.n, c.fail, k, n)
			}
		}
		if c.fail == nil && len(calls) != 2*c.n {
			t.Errorf("%d items: do called for %d of %d sides", c.n, len(calls), 2*c.n)
		}
	}
}

// TestTextPartsForeign: a side whose foreign sentences differ from those
// the cache was filled with reads its parts itself, and leaves the cache as
// it was.
func TestTextPartsForeign(t *testing.T) {
	c := newTextCache()
	if _, err := convertTextParts([]byte("# T {#top}\n\nHello.\n\n## A {#a}\n\nMore.\n"), c); err != nil {
		t.Fatal(err)
	}
	md := []byte("# T {#top}\n\nBonjour à tous. Then English.\n\n## A {#a}\n\nMore.\n")
	foreign := []foreignText{{Text: "Bonjour à tous.", Lang: "fr"}}
	got, err := convertTextParts(md, c, foreign...)
	if err != nil {
		t.Fatal(err)
	}
	want, err := convertText(md, foreign...)
	if err != nil {
		t.Fatal(err)
	}
	if got.Plain != want.Plain || !reflect.DeepEqual(got.Sections, want.Sections) {
		t.Errorf("got %q %q, want %q %q", got.Plain, got.Sections, want.Plain, want.Sections)
	}
	if len(c.parts) != 2 {
		t.Errorf("the cache holds %d parts, want the first side's 2", len(c.parts))
	}
}

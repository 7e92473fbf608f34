package generator

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	got := tokenize("Nous gardons l'adresse e-mail : 30 jours.")
	want := []string{"Nous", " ", "gardons", " ", "l'adresse", " ", "e-mail", " ", ":", " ", "30", " ", "jours", "."}
	if !slices.Equal(got, want) {
		t.Errorf("tokenize = %q\nwant %q", got, want)
	}
}

func TestWordDiff(t *testing.T) {
	got := WordDiff("We keep your email for 30 days.", "We keep your email address for 90 days.")
	want := []Segment{
		{Equal, "We keep your email "}, {Insert, "address "}, {Equal, "for "},
		{Delete, "30"}, {Insert, "90"}, {Equal, " days."},
	}
	if !slices.Equal(got, want) {
		t.Errorf("WordDiff = %q\nwant %q", got, want)
	}
	// The segments rebuild both texts exactly.
	a, b := "Les données « sensibles » : l’adresse.", "Les données sensibles : l’adresse postale."
	var ra, rb strings.Builder
	for _, s := range WordDiff(a, b) {
		if s.Op != Insert {
			ra.WriteString(s.Text)
		}
		if s.Op != Delete {
			rb.WriteString(s.Text)
		}
	}
	if ra.String() != a || rb.String() != b {
		t.Errorf("round trip: %q / %q", ra.String(), rb.String())
	}
}

// TestWordDiffManyTokens has more distinct words than the surrogate range
// starts at, so that the rune mapping must skip it.
func TestWordDiffManyTokens(t *testing.T) {
	var a, b strings.Builder
	for i := range 60000 {
		fmt.Fprintf(&a, "w%d ", i)
		if i == 59000 {
			b.WriteString("changed ")
			continue
		}
		fmt.Fprintf(&b, "w%d ", i)
	}
	segs := WordDiff(a.String(), b.String())
	var del, ins []string
	for _, s := range segs {
		switch s.Op {
		case Delete:
			del = append(del, s.Text)
		case Insert:
			ins = append(ins, s.Text)
		}
	}
	if !slices.Equal(del, []string{"w59000"}) || !slices.Equal(ins, []string{"changed"}) {
		t.Errorf("deleted %q, inserted %q", del, ins)
	}
}

func TestRedlineSections(t *testing.T) {
	old := []byte("# T {#top}\n\nIntro.\n\n## Data {#data}\n\nWe keep email.\n\n## Gone {#gone}\n\nOld text.\n\n## Rights {#rights}\n\nAccess.\n")
	new := []byte("# T {#top}\n\nIntro.\n\n## Data {#data}\n\nWe keep *your* email.\n\n## Rights {#rights}\n\nAccess.\n\n## New {#new}\n\nNew text.\n")
	od, err := convert(old)
	if err != nil {
		t.Fatal(err)
	}
	nd, err := convert(new)
	if err != nil {
		t.Fatal(err)
	}
	work := reportWork
	got := redlineSections(od.Sections, nd.Sections, &work)
	var summary []string
	for _, s := range got {
		summary = append(summary, fmt.Sprintf("%s:%v", s.Anchor, s.Changed))
	}
	want := []string{"top:false", "data:true", "gone:true", "rights:false", "new:true"}
	if !slices.Equal(summary, want) {
		t.Errorf("sections = %v, want %v", summary, want)
	}
	if segs := got[1].Segments; !slices.Contains(segs, Segment{Insert, "your "}) {
		t.Errorf("data section segments = %q", segs)
	}
}

// TestWordDiffWholeWords: a change takes whole words, where the cleanup
// would leave the letters the old and new words share outside it.
func TestWordDiffWholeWords(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want []Segment
	}{
		{"Kept: 13 months.", "Kept: 2 years.", []Segment{{Equal, "Kept: "}, {Delete, "13 months"}, {Insert, "2 years"}, {Equal, "."}}},
		{"the colour red", "the color red", []Segment{{Equal, "the "}, {Delete, "colour"}, {Insert, "color"}, {Equal, " red"}}},
		{"We keep your email for 30 days.", "We keep your email address for 90 days.", []Segment{
			{Equal, "We keep your email "}, {Insert, "address "}, {Equal, "for "}, {Delete, "30"}, {Insert, "90"}, {Equal, " days."}}},
	} {
		got := WordDiff(c.a, c.b)
		if !slices.Equal(got, c.want) {
			t.Errorf("WordDiff(%q, %q) = %q\nwant %q", c.a, c.b, got, c.want)
		}
	}
}

package generator

import (
	"bytes"
	"fmt"
	"math/rand"
	"reflect"
	"strings"
	"testing"
	"time"
)

// TestBoundedDiff checks that a redline falls back from words to sentences
// to the whole text as the work it would take grows, deterministically,
// keeping what both texts share at their start and end.
func TestBoundedDiff(t *testing.T) {
	words := func(prefix string, n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "%s%d ", prefix, i)
		}
		return strings.TrimSpace(b.String())
	}
	sentences := func(prefix string, n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "%s%d. ", prefix, i)
		}
		return strings.TrimSpace(b.String())
	}
	tests := []struct {
		name        string
		a, b        string
		work        int
		want        []Segment
		granularity string
	}{
		{"small change, word by word", "We keep your email for 30 days.", "We keep your email for 90 days.", wordBudget * wordBudget,
			[]Segment{{Equal, "We keep your email for "}, {Delete, "30"}, {Insert, "90"}, {Equal, " days."}}, ""},
		{"one long sentence rewritten, sentence by sentence", "Intro.\n" + words("a", 4000), "Intro.\n" + words("b", 4000), wordBudget * wordBudget,
			[]Segment{{Equal, "Intro.\n"}, {Delete, words("a", 4000)}, {Insert, words("b", 4000)}}, BySentence},
		{"many sentences rewritten, shown whole", "Intro. " + sentences("a", 4000) + " End.", "Intro. " + sentences("b", 4000) + " End.", wordBudget * wordBudget,
			[]Segment{{Equal, "Intro. "}, {Delete, strings.TrimSuffix(sentences("a", 4000), ".")}, {Insert, strings.TrimSuffix(sentences("b", 4000), ".")}, {Equal, ". End."}}, Whole},
		{"report budget spent, shown whole", "We keep your email for 30 days.", "We keep your email for 90 days.", 0,
			[]Segment{{Equal, "We keep your email for "}, {Delete, "30"}, {Insert, "90"}, {Equal, " days."}}, Whole},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			work := tt.work
			got, granularity := boundedDiff(tt.a, tt.b, &work)
			if granularity != tt.granularity {
				t.Errorf("granularity = %q, want %q", granularity, tt.granularity)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("segments:\n got %.300q\nwant %.300q", got, tt.want)
			}
		})
	}
}

// rewrittenPair returns two declarations in English and French whose
// purpose description is n words of random text, rewritten in the second.
// With sentence set, the words end sentences as short as three words.
func rewrittenPair(t *testing.T, n int, sentence bool) (*Declaration, *Declaration) {
	vocab := strings.Fields("we keep share your data orders delivery payment partner service consent account review weeks legal address")
	side := func(seed int64) *Declaration {
		r := rand.New(rand.NewSource(seed))
		text := func() string {
			var b strings.Builder
			for i := range n {
				b.WriteString(vocab[r.Intn(len(vocab))])
				if sentence && i%3 == 2 {
					b.WriteByte('.')
				}
				b.WriteByte(' ')
			}
			return b.String()
		}
		src := strings.Replace(minimal, `data = ["email"]`, fmt.Sprintf("description = { en = %q, fr = %q }\ndata = [\"email\"]", text(), text()), 1)
		d, err := Parse(fmt.Sprintf("v%d.toml", seed), []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	return side(1), side(2)
}

// TestRedlineFinishesInSeconds diffs declarations whose description, 40,000
// words a locale, is rewritten entirely: word by word, it took 80 seconds.
// It also diffs two near the size limit made of short sentences, and
// checks that a second run gives the same report.
func TestRedlineFinishesInSeconds(t *testing.T) {
	for _, tt := range []struct {
		name        string
		words       int
		sentence    bool
		granularity string
	}{
		{"40,000 words rewritten", 40000, false, BySentence},
		{"60,000 words of short sentences rewritten", 60000, true, Whole},
	} {
		t.Run(tt.name, func(t *testing.T) {
			old, new := rewrittenPair(t, tt.words, tt.sentence)
			var reports [2]bytes.Buffer
			for i := range reports {
				start := time.Now()
				r, err := NewDiffReport("old", old, "new", new, nil)
				if err != nil {
					t.Fatal(err)
				}
				if took := time.Since(start); took > 10*time.Second {
					t.Fatalf("the diff took %v, want a few seconds at most", took.Round(time.Second))
				}
				if err := r.WriteJSON(&reports[i]); err != nil {
					t.Fatal(err)
				}
			}
			if !bytes.Equal(reports[0].Bytes(), reports[1].Bytes()) {
				t.Error("two runs gave different reports")
			}
			if !bytes.Contains(reports[0].Bytes(), []byte(`"granularity": "`+tt.granularity+`"`)) {
				t.Errorf("the report does not say the description was compared by %s", tt.granularity)
			}
		})
	}
}

package generator

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
)

// systematicChange is the change a real team makes at once: every
// purpose of a declaration of n data items keeps its data longer.
func systematicChange(t *testing.T, n int) *DiffReport {
	t.Helper()
	src := largeDeclaration(n)
	longer := regexp.MustCompile(`retention = "(\d+) months"`).ReplaceAll(src, []byte(`retention = "$1 years"`))
	old, err := Parse("old.toml", src)
	if err != nil {
		t.Fatal(err)
	}
	new, err := Parse("new.toml", longer)
	if err != nil {
		t.Fatal(err)
	}
	r, err := NewDiffReport("HEAD~1:notice.toml", old, "notice.toml", new, nil)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestMarkdownBudget: a comment for a change too large for GitHub keeps
// within its budget, keeps the headline and every row of the change table,
// fits the redline most important first (the source locale's policy
// sections of the changed purposes before any translation's), and says
// what it left out and where the whole redline is.
func TestMarkdownBudget(t *testing.T) {
	r := systematicChange(t, 60) // 30 purposes in four locales: over the budget without one
	var full bytes.Buffer
	if err := r.WriteMarkdown(&full, MarkdownOptions{MaxBytes: 1 << 30}); err != nil {
		t.Fatal(err)
	}
	if full.Len() <= DefaultMarkdownBytes {
		t.Fatalf("the unbudgeted comment is %d bytes; the test needs one over the budget", full.Len())
	}
	if strings.Contains(full.String(), "Not shown here") {
		t.Error("a comment within its budget says it left something out")
	}
	for _, tt := range []struct {
		name string
		opts MarkdownOptions
		max  int
		link string
	}{
		{"default", MarkdownOptions{}, DefaultMarkdownBytes, "`noticegen diff --format html` writes the full redline."},
		{"small, with a link", MarkdownOptions{MaxBytes: 20000, RedlineURL: "https://github.com/o/r/actions/runs/1/artifacts/2"}, 20000,
			"[the full redline](https://github.com/o/r/actions/runs/1/artifacts/2) has everything."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := r.WriteMarkdown(&b, tt.opts); err != nil {
				t.Fatal(err)
			}
			got := b.String()
			if b.Len() > tt.max {
				t.Errorf("the comment is %d bytes, over %d", b.Len(), tt.max)
			}
			if !strings.HasPrefix(got, "### Privacy notice: Material: 30 changes from HEAD~1:notice.toml to notice.toml. The version (1) and the effective date (2026-12-01) did not change.\n") {
				t.Errorf("the comment does not open with its headline:\n%.200s", got)
			}
			for _, c := range r.Changes.List {
				if !strings.Contains(got, "| `"+c.Key+"` |") {
					t.Errorf("the change table has no row for %s", c.Key)
				}
			}
			if !strings.Contains(got, "\n**Not shown here, to keep this comment within GitHub's limit:** the redline of ") || !strings.HasSuffix(got, tt.link+"\n") {
				t.Errorf("the comment does not say what it left out, or where the rest is:\n%s", got[max(0, len(got)-600):])
			}
			en, fr := strings.Index(got, "<summary>Redline: en</summary>"), strings.Index(got, "<summary>Redline: fr</summary>")
			if en < 0 || fr >= 0 && fr < en {
				t.Errorf("the source locale's redline is not first: en at %d, fr at %d", en, fr)
			}
			if !strings.Contains(got, "<code>#purpose-p0</code>") {
				t.Error("the redline of the first changed purpose, in the source locale, did not fit")
			}
		})
	}
}

// TestMarkdownTableTooLong: when the change table alone is over the
// budget, its least important rows are left out, and counted.
func TestMarkdownTableTooLong(t *testing.T) {
	r := systematicChange(t, 60)
	var b bytes.Buffer
	if err := r.WriteMarkdown(&b, MarkdownOptions{MaxBytes: 2000}); err != nil {
		t.Fatal(err)
	}
	if b.Len() > 2000 {
		t.Errorf("the comment is %d bytes, over 2000", b.Len())
	}
	if !regexp.MustCompile(`\*\*Not shown here, to keep this comment within GitHub's limit:\*\* \d+ changes of the table, the least important; the redline of \d+ sections \(en summary: \d+, en policy: \d+, fr summary`).MatchString(b.String()) {
		t.Errorf("the comment does not count what it left out:\n%s", b.String())
	}
}

// TestMarkdownText: declaration text in the comment is escaped for where it
// stands (Markdown in the table, HTML in the raw-HTML redline, never both),
// mentions no one and links no issue, and a changed table row reads as a row.
func TestMarkdownText(t *testing.T) {
	c := change(t, `label = "Orders"`, `label = "AT&T news_letter [beta] for @octocat, see #12"`,
		"country = \"US\"\nsafeguard = \"adequacy\"", "country = \"IN\"\nsafeguard = \"scc\"")
	r, err := NewDiffReport("a.toml", c.old, "b.toml", c.new, nil)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := r.WriteMarkdown(&b, MarkdownOptions{}); err != nil {
		t.Fatal(err)
	}
	got := b.String()
	for _, want := range []string{
		// The table is Markdown.
		"| editorial | MC-17 | `purpose.orders.label` | en: Orders → en: AT&amp;T news\\_letter \\[beta\\] for @&#8203;octocat, see #&#8203;12 |\n",
		// The redline is raw HTML.
		"<ins>AT&amp;T news_letter [beta] for @&#8203;octocat, see #&#8203;12</ins>",
		// A changed row of the summary's table of recipients is one line.
		"<p>| Host Inc. | <del>United States | orders</del><ins>India | AT&amp;T news_letter [beta] for @&#8203;octocat, see #&#8203;12</ins> |</p>",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the comment has no %q:\n%s", want, got)
		}
	}
	for _, bad := range []string{`AT\&amp;T`, `news\_letter</`, "@octocat", "#12"} {
		if strings.Contains(got, bad) {
			t.Errorf("the comment has %q:\n%s", bad, got)
		}
	}
}

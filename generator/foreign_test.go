package generator

import (
	"os"
	"strings"
	"testing"

	"github.com/noticegen/noticegen/generator/law"
	"github.com/noticegen/noticegen/locales"
)

// TestForeignSpans: a foreign sentence that opens a paragraph is marked
// with its language, whether it fills the paragraph or a translation
// follows it; the same words elsewhere are left alone.
func TestForeignSpans(t *testing.T) {
	notice := []foreignText{{Text: "NOTICE: We may sell your sensitive personal data.", Lang: "en"}}
	for _, tc := range []struct{ md, want string }{
		{"NOTICE: We may sell your sensitive personal data.\n",
			`<p><span lang="en">NOTICE: We may sell your sensitive personal data.</span></p>` + "\n"},
		{"NOTICE: We may sell your sensitive personal data. (Aviso: podemos vender sus datos personales sensibles.)\n",
			`<p><span lang="en">NOTICE: We may sell your sensitive personal data.</span> (Aviso: podemos vender sus datos personales sensibles.)</p>` + "\n"},
		{"Read this. NOTICE: We may sell your sensitive personal data.\n",
			"<p>Read this. NOTICE: We may sell your sensitive personal data.</p>\n"},
		{"NOTICE: We may sell your *sensitive* personal data.\n",
			"<p>NOTICE: We may sell your <em>sensitive</em> personal data.</p>\n"},
		{"- NOTICE: We may sell your sensitive personal data.\n",
			"<ul>\n<li>NOTICE: We may sell your sensitive personal data.</li>\n</ul>\n"},
	} {
		doc, err := convert([]byte(tc.md), notice...)
		if err != nil {
			t.Fatal(err)
		}
		if string(doc.HTML) != tc.want {
			t.Errorf("%q:\n got %q\nwant %q", tc.md, doc.HTML, tc.want)
		}
		if want := strings.TrimPrefix(strings.TrimSpace(tc.md), "- "); doc.Plain != strings.ReplaceAll(want, "*", "") {
			t.Errorf("%q: plain text %q", tc.md, doc.Plain)
		}
	}
}

// TestStatementsOpenWithTheLawsWords: a statement a law gives in its own
// language opens with those very words in every catalog (a translation may
// follow), so that every notice prints them and its page can mark them.
func TestStatementsOpenWithTheLawsWords(t *testing.T) {
	for _, l := range law.All() {
		for _, s := range l.Statements {
			if s.Lang == "" {
				continue
			}
			format := func(loc string) string {
				t.Helper()
				cat, err := locales.Load(loc)
				if err != nil {
					t.Fatal(err)
				}
				m, err := cat.Format(s.Key)
				if err != nil {
					t.Fatal(err)
				}
				return m
			}
			own := format(s.Lang)
			for _, loc := range Locales {
				m := format(string(loc))
				if !strings.HasPrefix(m, own) {
					t.Errorf("%s: %s: %q does not open with the law's words %q", loc, s.Key, m, own)
				}
			}
		}
	}
}

// TestTexasNoticeMarkedEnglish: on a Spanish page of a notice that sells
// sensitive data under the US state laws, Texas's NOTICE is marked as
// English and its translation is not.
func TestTexasNoticeMarkedEnglish(t *testing.T) {
	src, err := os.ReadFile("testdata/laws/usstates.toml")
	if err != nil {
		t.Fatal(err)
	}
	d, err := Parse("usstates.toml", []byte(strings.Replace(string(src), "sold = false", "sold = true", 1)))
	if err != nil {
		t.Fatal(err)
	}
	site, err := Build(d, Options{Formats: []Format{FormatHTML}})
	if err != nil {
		t.Fatal(err)
	}
	const es = `<p><span lang="en">NOTICE: We may sell your sensitive personal data.</span> (Aviso: podemos vender sus datos personales sensibles.)</p>`
	for _, p := range []string{"es/summary.html", "es/policy.html"} {
		if !strings.Contains(string(site.Files[p]), es) {
			t.Errorf("%s: no %s", p, es)
		}
	}
	if en := string(site.Files["en/policy.html"]); !strings.Contains(en, "<p>NOTICE: We may sell your sensitive personal data.</p>") {
		t.Error("en/policy.html: the NOTICE is not printed as it is")
	}
}

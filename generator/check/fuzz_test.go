package check

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/noticegen/noticegen/generator"
)

// FuzzCheck checks every declaration the loader accepts and writes the
// findings in every format: the same bytes on a second run, valid JSON, one
// GitHub workflow command a finding, and no control character from the
// declaration in any of them. Seeded from the examples and the declaration
// the rule tests start from, with hostile and invisible text in it.
func FuzzCheck(f *testing.F) {
	paths, _ := filepath.Glob("../../examples/*/*.toml")
	laws, _ := filepath.Glob("../testdata/laws/*.toml") // each law's own rules
	for _, p := range append(paths, laws...) {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(base))
	for _, r := range [][2]string{
		{`name = "Example SAS"`, `name = "Example\u200bSAS"`},
		{`label = { en = "Fraud prevention"`, `label = { en = "<script>alert(1)</script>\n# x\r\u001b[2J\u202e"`},
		{`label = { en = "Fraud prevention"`, `label = { en = "[x](javascript:alert(1)) | cell |\n|---|"`},
	} {
		f.Add([]byte(strings.Replace(base, r[0], r[1], 1)))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		d, err := generator.Parse("fuzz.toml", src)
		if err != nil {
			t.Skip() // generator.FuzzLoad holds the loader to its promises
		}
		site, err := generator.Build(d, generator.Options{})
		if err != nil {
			t.Fatalf("a declaration the loader accepts fails to build: %v", err)
		}
		var runs [2]map[string][]byte
		var findings int
		for i := range runs {
			res := Run(d, site)
			findings = len(res.Findings)
			var txt, js, gh bytes.Buffer
			for _, err := range []error{res.WriteText(&txt), res.WriteJSON(&js), res.WriteGitHub(&gh)} {
				if err != nil {
					t.Fatal(err)
				}
			}
			runs[i] = map[string][]byte{"text": txt.Bytes(), "json": js.Bytes(), "github": gh.Bytes()}
		}
		for format, b := range runs[0] {
			if !bytes.Equal(b, runs[1][format]) {
				t.Fatalf("a second check wrote a different %s report", format)
			}
			for i, r := range string(b) {
				if r != '\n' && (unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r)) {
					t.Errorf("the %s report holds %U at byte %d", format, r, i)
					break
				}
			}
		}
		if !json.Valid(runs[0]["json"]) {
			t.Error("the JSON report is not valid JSON")
		}
		if lines := strings.Count(string(runs[0]["github"]), "\n"); lines != findings+1 {
			t.Errorf("the GitHub report has %d lines for %d findings", lines, findings)
		}
	})
}

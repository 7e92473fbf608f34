package browsertest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// vnuMessage is one message of the Nu HTML Checker's JSON output.
type vnuMessage struct {
	Type    string `json:"type"`    // "error", "info" or "non-document-error"
	SubType string `json:"subType"` // "warning" for a warning, "fatal" for a fatal error
	URL     string `json:"url"`
	Line    int    `json:"lastLine"`
	Column  int    `json:"firstColumn"`
	Message string `json:"message"`
	Extract string `json:"extract"`
}

// serious reports whether the message is an error or a warning, not a
// note.
func (m vnuMessage) serious() bool {
	return m.Type != "info" || m.SubType == "warning"
}

// String gives the message as FILE:LINE:COL: KIND: TEXT, with FILE relative
// to dir.
func (m vnuMessage) String(dir string) string {
	file := m.URL
	if u, err := url.Parse(m.URL); err == nil && u.Scheme == "file" {
		if rel, err := filepath.Rel(dir, u.Path); err == nil {
			file = filepath.ToSlash(rel)
		}
	}
	kind := m.Type
	if m.SubType != "" {
		kind = m.SubType
	}
	return fmt.Sprintf("%s:%d:%d: %s: %s", file, m.Line, m.Column, kind, m.Message)
}

// vnu checks files with the Nu HTML Checker in one run, and returns its
// messages.
func vnu(t *testing.T, root string, files []string) []vnuMessage {
	t.Helper()
	paths := need(t, java(), npmFile(root, "vnu-jar", "build/dist/vnu.jar"))
	javaPath, jar := paths[0], paths[1]
	args := append([]string{"-jar", jar, "--format", "json", "--stdout", "--exit-zero-always"}, files...)
	cmd := exec.Command(javaPath, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("java %q: %v\n%s", args[:6], err, stderr.Bytes())
	}
	var res struct {
		Messages []vnuMessage `json:"messages"`
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("the Nu HTML Checker's output is not JSON: %v\n%s", err, out)
	}
	return res.Messages
}

// badPage is a page with one error and one warning for the Nu HTML
// Checker, checked beside the generated pages: if the checker's findings
// stopped reaching the test, its expected messages would be missing.
const badPage = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Bad</title>
</head>
<body>
<p>A paragraph</span>
<section><p>No heading</p></section>
</body>
</html>
`

// TestHTMLValid runs the Nu HTML Checker once over every generated page
// and wants no error and no warning. A deliberately bad page in the same
// run must get exactly its two messages.
func TestHTMLValid(t *testing.T) {
	t.Parallel()
	skipShort(t)
	root := repoRoot(t)
	examples := filepath.Join(root, "examples")
	var files []string
	for _, p := range examplePages(t, root) {
		files = append(files, filepath.Join(examples, filepath.FromSlash(string(p))))
	}
	bad := filepath.Join(t.TempDir(), "bad.html")
	if err := os.WriteFile(bad, []byte(badPage), 0o644); err != nil {
		t.Fatal(err)
	}
	var fromBad []string
	for _, m := range vnu(t, root, append(files, bad)) {
		switch {
		case !m.serious():
		case strings.HasSuffix(m.URL, "/bad.html"):
			fromBad = append(fromBad, m.String(filepath.Dir(bad)))
		default:
			t.Error(m.String(root))
		}
	}
	want := []string{
		"bad.html:8:15: error: Stray end tag “span”.",
		"bad.html:9:1: warning: Section lacks heading. Consider using “h2”-“h6” elements to add identifying headings to all sections, or else use a “div” element instead for any cases where no heading is needed.",
	}
	if !slices.Equal(fromBad, want) {
		t.Errorf("the deliberately bad page got\n\t%q\nwant\n\t%q", fromBad, want)
	}
	t.Logf("%d pages checked", len(files))
}

package main

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestWorkflowCommandsAreTested keeps the example GitHub Actions workflow in
// step with the command line: each noticegen command it runs must be run,
// word for word, by testdata/script/workflow.txtar.
func TestWorkflowCommandsAreTested(t *testing.T) {
	workflow, err := os.ReadFile("../../examples/github-actions/privacy-notice.yml")
	if err != nil {
		t.Fatal(err)
	}
	script, err := os.ReadFile("testdata/script/workflow.txtar")
	if err != nil {
		t.Fatal(err)
	}
	run := regexp.MustCompile(`(?m)^\s+run: (noticegen [^>\n]*?)\s*(?:>.*)?$`)
	matches := run.FindAllStringSubmatch(string(workflow), -1)
	if len(matches) != 4 {
		t.Fatalf("found %d noticegen commands in the workflow, want 4 (check, diff as HTML and as Markdown, build)", len(matches))
	}
	for _, m := range matches {
		if !strings.Contains(string(script), "\nexec "+m[1]+"\n") {
			t.Errorf("workflow.txtar does not run %q", m[1])
		}
	}
}

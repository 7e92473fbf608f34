package main

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// exampleV1 is the declaration the examples work on, in English and French;
// exampleV2 changes it materially, with a new purpose, as a new version
// with a new effective date (check --base would otherwise report it).
const (
	exampleV1 = `[notice]
title = { en = "Example privacy notice", fr = "Avis de confidentialité d'Example" }
version = "1.0.0"
effective = 2026-12-01
` + exampleBody
	exampleBody = `locales = ["en", "fr"]

[controller]
name = "Example SAS"
email = "privacy@example.com"

[data.email]
category = "contact"

[purpose.orders]
kind = "service"
label = { en = "Orders", fr = "Commandes" }
data = ["email"]
basis = "contract"
choice = "none"
retention = "2 years"

[rights]
email = "privacy@example.com"

[security]
measures = ["encryption-in-transit"]
`
	exampleV2 = `[notice]
title = { en = "Example privacy notice", fr = "Avis de confidentialité d'Example" }
version = "1.1.0"
effective = 2027-03-01
` + exampleBody + `
[purpose.news]
kind = "marketing"
label = { en = "Newsletter", fr = "Lettre d'information" }
data = ["email"]
basis = "consent"
choice = "opt-in"
withdraw = { en = "Click Unsubscribe in any newsletter.", fr = "Cliquez sur Se désabonner dans une lettre." }
benefit = { en = "News of our products.", fr = "Des nouvelles de nos produits." }
retention = "1 year"
`
)

// TestExamplesRun checks that every command's help has an Example section,
// and runs every noticegen command in it, each example in a fresh copy of a
// project: a git repository whose notice.toml has two commits (exampleV1,
// then exampleV2), origin/main at the first, and the files the examples
// name. An example that starts with noticegen init runs in an empty
// directory instead. An example must exit 0, or 1 with --fail-on, which
// then found the material change it is there to catch.
func TestExamplesRun(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	if testing.Short() {
		t.Skip("runs every example")
	}
	// Today, for check's notice period, is fixed so that the examples
	// give the same result on any day: 2026-11-20.
	t.Setenv("SOURCE_DATE_EPOCH", "1795176000")
	template := project(t, []byte(exampleV1), []byte(exampleV2))

	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		if c.Hidden {
			return
		}
		if strings.TrimSpace(c.Example) == "" {
			t.Errorf("%s: its help has no Example section", c.CommandPath())
		}
		for _, line := range strings.Split(c.Example, "\n") {
			line = strings.TrimSpace(line)
			t.Run(line, func(t *testing.T) {
				calls := invocations(line)
				if len(calls) == 0 {
					t.Fatalf("%s: example %q runs no noticegen command", c.CommandPath(), line)
				}
				dir := t.TempDir()
				if calls[0][0] != "init" {
					if err := os.CopyFS(dir, os.DirFS(template)); err != nil {
						t.Fatal(err)
					}
				}
				t.Chdir(dir)
				for _, args := range calls {
					var stderr bytes.Buffer
					code := run(args, io.Discard, &stderr)
					if code != 0 && !(code == 1 && strings.Contains(line, "--fail-on")) {
						t.Errorf("noticegen %s: exit status %d\n%s", strings.Join(args, " "), code, &stderr)
					}
				}
			})
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(newRootCmd(io.Discard, io.Discard))
}

// invocations returns the arguments of each noticegen command in a shell
// line: "source <(noticegen completion bash)" runs completion bash, and
// "noticegen init privacy && noticegen build privacy/notice.toml" two
// commands. Redirections, pipes and variable assignments are the shell's.
func invocations(line string) [][]string {
	var calls [][]string
	for _, part := range strings.Split(line, "&&") {
		_, cmd, ok := strings.Cut(part, "noticegen ")
		if !ok {
			continue
		}
		if i := strings.IndexAny(cmd, "|>)"); i >= 0 {
			cmd = cmd[:i]
		}
		calls = append(calls, strings.Fields(cmd))
	}
	return calls
}

// project makes a directory with what the examples use.
func project(t *testing.T, v1, v2 []byte) string {
	t.Helper()
	dir := t.TempDir()
	write := func(name string, b []byte) {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	git := func(args ...string) {
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com",
			"GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com", "GIT_CONFIG_GLOBAL=/dev/null")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	git("init", "-q")
	write("notice.toml", v1)
	git("add", "notice.toml")
	git("commit", "-q", "-m", "v1")
	write("notice.toml", v2)
	git("commit", "-q", "-am", "v2")
	git("update-ref", "refs/remotes/origin/main", "HEAD~1")
	write("old/notice.toml", v1)
	write("examples/shop/notice.toml", v1)
	app, err := os.ReadFile("../../examples/app/notice.toml")
	if err != nil {
		t.Fatal(err)
	}
	write("examples/app/notice.toml", app) // an app's, with its store tables
	if err := os.Mkdir(filepath.Join(dir, "my-templates"), 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

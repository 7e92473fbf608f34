package schema_test

import (
	"bufio"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// taplo returns the path of the taplo that npm ci installs from the
// repository's package-lock.json. Without it the test is skipped, unless
// NOTICEGEN_REQUIRE_TAPLO is set, as .ci/run sets it: CI must not pass by
// skipping.
func taplo(t *testing.T) string {
	t.Helper()
	bin, err := filepath.Abs(filepath.Join("..", "node_modules", ".bin", "taplo"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(bin); err != nil {
		if os.Getenv("NOTICEGEN_REQUIRE_TAPLO") != "" {
			t.Fatalf("NOTICEGEN_REQUIRE_TAPLO is set but taplo is not installed: %v; run npm ci at the repository root", err)
		}
		t.Skip("taplo is not installed; run npm ci at the repository root to check declarations with it")
	}
	return bin
}

// checkWithTaplo runs taplo check on the files against the editor schema in
// this directory, which the flag makes taplo prefer to the #:schema URL the
// files name, so nothing is fetched.
func checkWithTaplo(t *testing.T, files ...string) (string, error) {
	t.Helper()
	schemaPath, err := filepath.Abs("notice.toml.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	args := append([]string{"check", "--colors", "never", "--no-auto-config", "--schema", "file://" + filepath.ToSlash(schemaPath)}, files...)
	out, err := exec.Command(taplo(t), args...).CombinedOutput()
	return string(out), err
}

// TestTaplo checks every shipped declaration and testdata/broken.toml with
// taplo, the engine of the editors that read the schema, in one run (taplo
// takes seconds to start). taplo must find nothing wrong in the shipped
// declarations, and in broken.toml exactly its two mistakes: an unknown key
// (basys, so basis is missing too) and a category outside the list.
func TestTaplo(t *testing.T) {
	files, err := filepath.Glob("../examples/*/*.toml")
	if err != nil {
		t.Fatal(err)
	}
	files = append(files, "../generator/starter.toml")
	if len(files) < 5 {
		t.Fatalf("found %d declarations: %v", len(files), files)
	}
	out, err := checkWithTaplo(t, append(files, "testdata/broken.toml")...)
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 1 {
		t.Fatalf("taplo: %v, want exit status 1 for broken.toml\n%s", err, out)
	}
	got := taploErrors(out)
	want := []string{
		`broken.toml:16:12: "contakt" is not one of ["identity","contact","account","government-id","financial","purchases","precise-location","approximate-location","device","usage","content","communications","health","biometric","genetic","demographics","beliefs","ethnicity","sex-life","union-membership","criminal","employment","education","inferences","other"]`,
		`broken.toml:18:1: "basis" is a required property`,
		`broken.toml:18:1: Additional properties are not allowed ('basys' was unexpected)`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("taplo reported:\n%s\nwant:\n%s\nfull output:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"), out)
	}
}

// taploErrors reads taplo's report: each distinct message once, with the
// first place it is reported (taplo repeats a message for every node of
// the table it concerns), as "file:line:col: message", sorted.
func taploErrors(out string) []string {
	first := map[string]string{}
	var order []string
	var msg string
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		line := sc.Text()
		if m, ok := strings.CutPrefix(line, "error: "); ok {
			msg = m
			continue
		}
		if _, loc, ok := strings.Cut(line, "┌─ "); ok && msg != "" {
			if _, seen := first[msg]; !seen {
				first[msg] = filepath.Base(strings.TrimSpace(loc))
				order = append(order, msg)
			}
			msg = ""
		}
	}
	var got []string
	for _, m := range order {
		got = append(got, first[m]+": "+m)
	}
	slices.Sort(got)
	return got
}

package browsertest

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// requireEnv names the environment variable that turns a missing tool into a
// failure instead of a skip. .ci/run sets it, so that CI cannot pass by
// skipping the browser tests after a failed install.
const requireEnv = "NOTICEGEN_REQUIRE_BROWSER"

// missing skips the test because a tool is missing, saying how to install
// it, or fails it when requireEnv is set.
func missing(t *testing.T, format string, args ...any) {
	t.Helper()
	msg := fmt.Sprintf(format, args...)
	if os.Getenv(requireEnv) != "" {
		t.Fatalf("%s (%s is set, so this is a failure, not a skip)", msg, requireEnv)
	}
	t.Skip(msg)
}

// skipShort skips a browser test under go test -short.
func skipShort(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("browser tests take a while; skipped with -short")
	}
}

// repoRoot returns the repository root, two levels above this package.
func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("no go.mod at %s: %v", root, err)
	}
	return root
}

// A tool is a program or file the tests need: its path when found, else
// what is missing and how to install it.
type tool struct {
	path, missing string
}

// need returns the paths of the tools, in order, or skips the test naming
// every one that is missing.
func need(t *testing.T, tools ...tool) []string {
	t.Helper()
	var paths, absent []string
	for _, x := range tools {
		paths = append(paths, x.path)
		if x.missing != "" {
			absent = append(absent, x.missing)
		}
	}
	if len(absent) > 0 {
		missing(t, "%s", strings.Join(absent, "; "))
	}
	return paths
}

// chromium finds Chromium: NOTICEGEN_CHROMIUM, or the first of its usual
// names on PATH.
func chromium() tool {
	if p := os.Getenv("NOTICEGEN_CHROMIUM"); p != "" {
		return tool{path: p}
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome-stable", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return tool{path: p}
		}
	}
	return tool{missing: "Chromium is missing: no chromium, chromium-browser or google-chrome on PATH; install it with `apt-get install chromium`, or name it in NOTICEGEN_CHROMIUM"}
}

// java finds a Java runtime on PATH.
func java() tool {
	p, err := exec.LookPath("java")
	if err != nil {
		return tool{missing: "Java is missing: no java on PATH, and the Nu HTML Checker needs it; install it with `apt-get install default-jre-headless`"}
	}
	return tool{path: p}
}

// npmFile finds a file of an npm package installed at the repository root.
func npmFile(root, pkg, file string) tool {
	p := filepath.Join(root, "node_modules", pkg, filepath.FromSlash(file))
	if _, err := os.Stat(p); err != nil {
		return tool{missing: fmt.Sprintf("npm package %s is missing: no node_modules/%s/%s; run `npm ci --ignore-scripts` at the repository root", pkg, pkg, file)}
	}
	return tool{path: p}
}

// pagePath is one generated HTML page, by its slash path under examples/.
type pagePath string

// Name names the page in subtests and screenshot files:
// "shop/dist/fr/policy.html" is "shop-fr-policy".
func (p pagePath) Name() string {
	s := strings.TrimSuffix(string(p), ".html")
	s = strings.Replace(s, "/dist/", "/", 1)
	return strings.ReplaceAll(s, "/", "-")
}

// examplePages lists every HTML page the examples commit: for each
// examples/*/dist, index.html and the summary and policy of every locale
// its notice.json lists; and each examples/*/diff.html. A dist built with
// its history (versions.json) adds the versions page of every locale and,
// of its archive, pages of each kind that versions.json lists: the changes
// page of every locale of the version in force, and the policy of every
// locale of the oldest version (the other versions' pages differ only in
// their text).
func examplePages(t *testing.T, root string) []pagePath {
	t.Helper()
	examples := filepath.Join(root, "examples")
	notices, err := filepath.Glob(filepath.Join(examples, "*", "dist", "notice.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(notices) == 0 {
		t.Fatalf("no examples/*/dist/notice.json")
	}
	var pages []pagePath
	for _, n := range notices {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		var j struct {
			Notice struct{ Locales []string }
		}
		if err := json.Unmarshal(b, &j); err != nil {
			t.Fatalf("%s: %v", n, err)
		}
		if len(j.Notice.Locales) == 0 {
			t.Fatalf("%s lists no locale", n)
		}
		example := filepath.Base(filepath.Dir(filepath.Dir(n)))
		pages = append(pages, pagePath(example+"/dist/index.html"))
		for _, l := range j.Notice.Locales {
			pages = append(pages, pagePath(example+"/dist/"+l+"/summary.html"), pagePath(example+"/dist/"+l+"/policy.html"), pagePath(example+"/dist/"+l+"/moments.html"))
		}
		pages = append(pages, historyPages(t, filepath.Dir(n), example, j.Notice.Locales)...)
	}
	diffs, err := filepath.Glob(filepath.Join(examples, "*", "diff.html"))
	if err != nil {
		t.Fatal(err)
	}
	if len(diffs) == 0 {
		t.Fatalf("no examples/*/diff.html")
	}
	for _, d := range diffs {
		rel, err := filepath.Rel(examples, d)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, pagePath(filepath.ToSlash(rel)))
	}
	for _, p := range pages {
		if _, err := os.Stat(filepath.Join(examples, filepath.FromSlash(string(p)))); err != nil {
			t.Fatalf("%v; run go test ./generator -update", err)
		}
	}
	slices.Sort(pages)
	return pages
}

// screenshotDir returns where to save screenshots: NOTICEGEN_SCREENSHOTS
// when it is set, else a temporary directory that goes with the test.
func screenshotDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("NOTICEGEN_SCREENSHOTS")
	if dir == "" {
		return t.TempDir()
	}
	dir, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// historyPages lists the pages of a history that examplePages checks, from
// dist/versions.json; none when dist has no history.
func historyPages(t *testing.T, dist, example string, locales []string) []pagePath {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dist, "versions.json"))
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	var j struct {
		Current  string
		Versions []struct {
			Version   string
			Documents map[string]struct{ Policy, Changes string }
		}
	}
	if err := json.Unmarshal(b, &j); err != nil {
		t.Fatalf("%s: %v", dist, err)
	}
	var pages []pagePath
	for _, l := range locales {
		pages = append(pages, pagePath(example+"/dist/"+l+"/versions.html"))
		for _, v := range j.Versions {
			if v.Version == j.Current && v.Documents[l].Changes != "" {
				pages = append(pages, pagePath(example+"/dist/"+v.Documents[l].Changes))
			}
		}
		if oldest := j.Versions[0].Documents[l]; oldest.Policy != "" {
			pages = append(pages, pagePath(example+"/dist/"+oldest.Policy))
		}
	}
	return pages
}

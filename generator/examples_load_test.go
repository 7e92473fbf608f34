package generator

import (
	"os"
	"path/filepath"
	"testing"
)

// TestExamplesLoad checks that every declaration in examples/ is valid.
func TestExamplesLoad(t *testing.T) {
	paths, err := filepath.Glob("../examples/*/notice.toml")
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) < 2 {
		t.Fatalf("want at least two examples in examples/*/notice.toml, found %d", len(paths))
	}
	for _, p := range paths {
		t.Run(filepath.Base(filepath.Dir(p)), func(t *testing.T) {
			if _, err := Load(os.DirFS(filepath.Dir(p)), "notice.toml"); err != nil {
				t.Fatal(err)
			}
		})
	}
}

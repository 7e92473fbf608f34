// Command compile writes the compiled form of each catalog of the current
// directory (see locales.Compile): go generate runs it in locales/, after
// a catalog changes.
package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/noticegen/noticegen/locales"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "compile:", err)
		os.Exit(1)
	}
}

func run() error {
	sources, err := filepath.Glob("*.toml")
	if err != nil {
		return err
	}
	if len(sources) == 0 {
		return fmt.Errorf("no catalog (*.toml) in the current directory")
	}
	if err := os.MkdirAll("compiled", 0o755); err != nil {
		return err
	}
	for _, name := range sources {
		src, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		locale := strings.TrimSuffix(name, ".toml")
		out, err := locales.Compile(src, locale)
		if err != nil {
			return err
		}
		path := filepath.Join("compiled", locale+".txt")
		if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, out) {
			continue
		}
		// Written whole or not at all: a half-written file would only be
		// read as stale, but need not exist.
		tmp := path + ".tmp"
		if err := os.WriteFile(tmp, out, 0o644); err != nil {
			return err
		}
		if err := os.Rename(tmp, path); err != nil {
			return err
		}
	}
	return nil
}

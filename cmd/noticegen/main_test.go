package main

import (
	"flag"
	"fmt"
	"os"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

var update = flag.Bool("update", false, "rewrite the expected output in testdata/script/*.txtar")

// bashCompletion is the bash-completion package's script, as Debian and
// most distributions install it.
const bashCompletion = "/usr/share/bash-completion/bash_completion"

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"noticegen": func() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) },
	})
}

// TestScript runs the CLI scripts in testdata/script, one behaviour each.
// Run go test ./cmd/noticegen -update to rewrite their expected output.
func TestScript(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		UpdateScripts:       *update,
		RequireExplicitExec: true,
		RequireUniqueNames:  true,
		Setup: func(env *testscript.Env) error {
			env.Setenv("TZ", "UTC")
			return nil
		},
		// [bash-completion] holds where the bash-completion package is
		// installed: cobra's bash script needs its functions.
		Condition: func(cond string) (bool, error) {
			if cond != "bash-completion" {
				return false, fmt.Errorf("unknown condition %q", cond)
			}
			_, err := os.Stat(bashCompletion)
			return err == nil, nil
		},
	})
}

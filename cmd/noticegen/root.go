package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/noticegen/noticegen/generator"
)

// Exit statuses.
const (
	exitOK      = 0
	exitFailure = 1 // the work could not be done: the output could not be written
	exitInvalid = 2 // the input is unusable: a bad declaration or bad usage
)

// exitError carries the status a command wants to exit with.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

func invalid(err error) error { return &exitError{exitInvalid, err} }
func failure(err error) error { return &exitError{exitFailure, err} }

// run executes the command line and returns the exit status. Every error is
// printed once, to stderr, as "noticegen: …".
func run(args []string, stdout, stderr io.Writer) int {
	root := newRootCmd(stdout, stderr)
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return exitOK
	}
	if !errors.Is(err, errQuiet) {
		printError(stderr, err)
	}
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	// Anything cobra itself rejects (an unknown flag or command, a wrong
	// number of arguments) is a usage error.
	return exitInvalid
}

func printError(w io.Writer, err error) {
	if joined, ok := err.(interface{ Unwrap() []error }); ok {
		for _, e := range joined.Unwrap() {
			printError(w, e)
		}
		return
	}
	var list generator.ErrorList
	if errors.As(err, &list) {
		for _, e := range list {
			fmt.Fprintf(w, "noticegen: %s\n", e)
			if e.Excerpt != "" {
				fmt.Fprintf(w, "%s\n", e.Excerpt)
			}
		}
		if len(list) > 1 {
			fmt.Fprintf(w, "noticegen: %d problems in %s\n", len(list), list[0].File)
		}
		return
	}
	fmt.Fprintf(w, "noticegen: %s\n", err)
}

func newRootCmd(stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:   "noticegen",
		Short: "Turn a notice.toml declaration into a privacy notice people can read",
		Long: `noticegen turns one TOML declaration of what an organisation collects, why,
and for how long into a layered privacy notice: a short plain-language
summary with its reading time, and the full policy, in every locale of the
notice (en, fr, es, id), as Markdown, HTML and JSON.`,
		SilenceErrors: true,
		SilenceUsage:  true,
		Version:       version(),
		Example: `  noticegen init && noticegen build
  noticegen diff HEAD~1:notice.toml notice.toml
  noticegen build --help`,
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetVersionTemplate("noticegen {{.Version}}\n")
	root.AddCommand(newDocsCmd())
	initBuiltinCmds(root) // after a first subcommand, so that cobra adds its completion command
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return invalid(err) })
	root.AddCommand(newBuildCmd(), newCheckCmd(), newDiffCmd(), newInitCmd(), newLawsCmd(), newVersionCmd())
	return root
}

// loadDeclaration reads and validates a declaration file. It reads at most
// one byte past generator.MaxSize, so that a huge file (or /dev/zero) is
// refused by Parse without being read whole.
func loadDeclaration(path string) (*generator.Declaration, error) {
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		inside := filepath.Join(path, "notice.toml")
		if _, err := os.Stat(inside); err == nil {
			return nil, invalid(fmt.Errorf("%s: is a folder; name the declaration in it: %s", path, inside))
		}
		return nil, invalid(fmt.Errorf("%s: is a folder, and holds no notice.toml; name the declaration to use, or write one with noticegen init %s", path, path))
	}
	f, err := os.Open(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, invalid(fmt.Errorf("%s: no such file; write one with noticegen init, or name the declaration to use", path))
		}
		return nil, invalid(err)
	}
	defer f.Close()
	src, err := io.ReadAll(io.LimitReader(f, generator.MaxSize+1))
	if err != nil {
		return nil, invalid(err)
	}
	d, err := generator.Parse(path, src)
	if err != nil {
		return nil, invalid(err)
	}
	return d, nil
}

// localeFlags reads --locale values into locales.
func localeFlags(values []string) []generator.Locale {
	var out []generator.Locale
	for _, l := range splitList(values) {
		out = append(out, generator.Locale(l))
	}
	return out
}

// declarationPath is the FILE argument, notice.toml by default.
func declarationPath(args []string) string {
	if len(args) == 1 {
		return args[0]
	}
	return "notice.toml"
}

func splitList(values []string) []string {
	var out []string
	for _, v := range values {
		for _, s := range strings.Split(v, ",") {
			if s = strings.TrimSpace(s); s != "" {
				out = append(out, s)
			}
		}
	}
	return out
}

package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"sync"

	"github.com/spf13/cobra"

	"github.com/noticegen/noticegen/generator"
)

func newDiffCmd() *cobra.Command {
	var (
		base, format, failOn string
		locs                 []string
		md                   generator.MarkdownOptions
	)
	cmd := &cobra.Command{
		Use:   "diff OLD NEW | diff --base REV [FILE]",
		Short: "Show what changed between two versions of a declaration, and whether it is material",
		Long: `Diff compares two declarations. Each side is a file, or REV:PATH read from
git (git show REV:PATH). With --base REV, the old side is FILE (default
notice.toml) at that revision and the new side is FILE as it is now.

It lists every added, removed and changed item, each with its level
(editorial, notable, material, material+consent) and the rule that set it,
says what the overall level calls for, and shows a word-level redline of the
published summary and policy in every locale both sides have.

A side that does not exist at its revision (the pull request that adds
notice.toml) is an empty notice: everything is added. FILE and PATH may be
relative, absolute or given from a subdirectory; sides are named with the
path from the top of the repository.

--format markdown is a pull-request comment: it keeps within --max-bytes
(below GitHub's limit by default) with the headline and the change table
whole, the redline fitted most important first (the source locale before
translations), and a note on what it left out that links to --redline-url.

Exit status: 0, or 1 with --fail-on when a change at or above that level is
found; 2 for unusable input.`,
		Example: `  noticegen diff old/notice.toml notice.toml
  noticegen diff HEAD~1:notice.toml notice.toml --format markdown
  noticegen diff --base origin/main --fail-on material`,
		Args: func(cmd *cobra.Command, args []string) error {
			if base != "" {
				return cobra.MaximumNArgs(1)(cmd, args)
			}
			if len(args) != 2 {
				return fmt.Errorf("diff takes OLD and NEW, or --base REV [FILE]")
			}
			return nil
		},
		ValidArgsFunction: func(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
			if base != "" {
				return completeDeclarations(1)(cmd, args, toComplete)
			}
			return completeDeclarations(2)(cmd, args, toComplete)
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if md.MaxBytes < minMarkdownBytes {
				return invalid(fmt.Errorf("--max-bytes %d: want at least %d, room for the headline and the note on what is left out", md.MaxBytes, minMarkdownBytes))
			}
			var threshold *generator.Level
			if failOn != "" {
				l, err := generator.ParseLevel(failOn)
				if err != nil {
					return invalid(fmt.Errorf("--fail-on: %w", err))
				}
				threshold = &l
			}
			oldArg, newArg := "", ""
			if base != "" {
				file := "notice.toml"
				if len(args) == 1 {
					file = args[0]
				}
				inRepo, err := repoPath(file)
				if err != nil {
					return invalid(err)
				}
				oldArg, newArg = base+":"+inRepo, file
			} else {
				oldArg, newArg = args[0], args[1]
			}
			// The two sides are read at once, and the problems of both
			// are reported together.
			var old, new side
			var oldErr, newErr error
			var wg sync.WaitGroup
			wg.Go(func() { old, oldErr = readSide(oldArg) })
			wg.Go(func() { new, newErr = readSide(newArg) })
			wg.Wait()
			if err := errors.Join(oldErr, newErr); err != nil {
				return err
			}
			if old.missing && new.missing {
				return invalid(fmt.Errorf("neither %s nor %s exists", old.name, new.name))
			}
			report, err := generator.NewDiffReport(old.name, old.d, new.name, new.d, localeFlags(locs))
			if err != nil {
				return invalid(err)
			}
			out := cmd.OutOrStdout()
			switch format {
			case "text":
				err = report.WriteText(out, useColor(out))
			case "markdown":
				err = report.WriteMarkdown(out, md)
			case "html":
				err = report.WriteHTML(out)
			case "json":
				err = report.WriteJSON(out)
			default:
				return invalid(fmt.Errorf("--format %q: want text, markdown, html or json", format))
			}
			if err != nil {
				return failure(err)
			}
			if threshold != nil && !report.Changes.Empty() && report.Changes.Level >= *threshold {
				return &exitError{exitFailure, errQuiet}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&base, "base", "", "compare FILE with FILE at this git revision")
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output format: text, markdown, html or json")
	cmd.Flags().StringSliceVarP(&locs, "locale", "l", nil, "redline only these locales (comma-separated)")
	cmd.Flags().StringVar(&failOn, "fail-on", "", "exit 1 when a change at or above this level is found: any, notable, material or material+consent")
	cmd.Flags().IntVar(&md.MaxBytes, "max-bytes", generator.DefaultMarkdownBytes, "markdown: the most the comment may hold, in bytes (GitHub takes 65536 characters)")
	cmd.Flags().StringVar(&md.RedlineURL, "redline-url", "", "markdown: where the full redline is (the --format html report), linked when sections are left out")
	cmd.RegisterFlagCompletionFunc("base", cobra.NoFileCompletions)
	cmd.RegisterFlagCompletionFunc("redline-url", cobra.NoFileCompletions)
	cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(diffFormatChoices, cobra.ShellCompDirectiveNoFileComp))
	cmd.RegisterFlagCompletionFunc("locale", completeList(localeChoices))
	cmd.RegisterFlagCompletionFunc("fail-on", cobra.FixedCompletions(levelChoices, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// minMarkdownBytes is the least --max-bytes can be: a comment that could not
// hold its headline and the note on what it left out would mislead.
const minMarkdownBytes = 2000

// errQuiet sets an exit status without printing anything more.
var errQuiet = errors.New("")

// side is one side of a diff as read: its declaration, nil when missing,
// and its name for the report.
type side struct {
	name    string
	d       *generator.Declaration
	missing bool // REV:PATH where REV exists but has no PATH
}

// loadSide reads the declaration of a file or REV:PATH, for build
// --previous: a REV without the file is no previous version (nil).
func loadSide(arg string) (*generator.Declaration, error) {
	s, err := readSide(arg)
	return s.d, err
}

// readSide reads one side of a diff: a file, or REV:PATH from git. PATH is
// read as git reads it (from the top of the repository, or from the current
// directory when it starts with ./ or ../), or is an absolute path inside
// the repository; the side is named REV:PATH with PATH from the top, as
// git log and GitHub write it. When REV exists but has no PATH (the pull
// request that adds the file), the side is missing, not an error.
func readSide(arg string) (side, error) {
	if _, err := os.Stat(arg); err == nil || !strings.Contains(arg, ":") {
		d, err := loadDeclaration(arg)
		return side{name: arg, d: d}, err
	}
	rev, p, _ := strings.Cut(arg, ":")
	inRepo, err := gitPath(p)
	if err != nil {
		return side{}, invalid(fmt.Errorf("%s: %w", arg, err))
	}
	name := rev + ":" + inRepo
	out, msg, err := git("show", name)
	if err != nil {
		if _, _, revErr := git("rev-parse", "--verify", "--quiet", rev+"^{commit}"); revErr == nil {
			if _, _, pathErr := git("cat-file", "-e", name); pathErr != nil {
				return side{name: name, missing: true}, nil
			}
		}
		if msg == "" {
			msg = err.Error()
		}
		return side{}, invalid(fmt.Errorf("%s: cannot read it from git: %s", arg, strings.TrimPrefix(msg, "fatal: ")))
	}
	d, err := generator.Parse(name, out)
	if err != nil {
		return side{}, invalid(err)
	}
	return side{name: name, d: d}, nil
}

// git runs git with args and returns its output and the first line of
// what it printed on stderr.
func git(args ...string) ([]byte, string, error) {
	var stdout, stderr bytes.Buffer
	cmd := exec.Command("git", args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	msg, _, _ := strings.Cut(strings.TrimSpace(stderr.String()), "\n")
	return stdout.Bytes(), msg, err
}

// gitPath turns the PATH of REV:PATH into a path from the top of the
// repository, the one form git reads from any directory: a path starting
// with ./ or ../ is from the current directory, an absolute path is one
// on disk, and any other is from the top already.
func gitPath(p string) (string, error) {
	switch {
	case filepath.IsAbs(p):
		return repoPath(p)
	case p == "." || p == ".." || strings.HasPrefix(p, "./") || strings.HasPrefix(p, "../"):
		prefix, msg, err := git("rev-parse", "--show-prefix")
		if err != nil {
			return "", fmt.Errorf("not in a git repository: %s", strings.TrimPrefix(msg, "fatal: "))
		}
		q := path.Join(strings.TrimSpace(string(prefix)), filepath.ToSlash(p))
		if q == ".." || strings.HasPrefix(q, "../") {
			return "", fmt.Errorf("%s is outside the git repository", p)
		}
		return q, nil
	}
	return p, nil
}

// repoPath turns a file's path on disk, relative to the current directory
// or absolute, into its path from the top of its git repository.
func repoPath(file string) (string, error) {
	top, msg, err := git("rev-parse", "--show-toplevel")
	if err != nil {
		return "", fmt.Errorf("%s: not in a git repository: %s", file, strings.TrimPrefix(msg, "fatal: "))
	}
	abs, err := filepath.Abs(file)
	if err != nil {
		return "", err
	}
	// git names the top with symbolic links resolved (macOS's /tmp is
	// /private/tmp), so the file's directory is resolved too.
	dir := filepath.Dir(abs)
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		dir = real
	}
	root := strings.TrimSpace(string(top))
	if real, err := filepath.EvalSymlinks(root); err == nil {
		root = real
	}
	rel, err := filepath.Rel(root, filepath.Join(dir, filepath.Base(abs)))
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", fmt.Errorf("%s is outside the git repository at %s", file, root)
	}
	return filepath.ToSlash(rel), nil
}

// useColor is true when w is a terminal and NO_COLOR is not set
// (https://no-color.org).
func useColor(w io.Writer) bool {
	if _, ok := os.LookupEnv("NO_COLOR"); ok {
		return false
	}
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/noticegen/noticegen/generator"
)

func newDiffCmd() *cobra.Command {
	var (
		base, format, failOn string
		locs                 []string
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
				oldArg, newArg = base+":"+gitRelative(file), file
			} else {
				oldArg, newArg = args[0], args[1]
			}
			old, err := loadSide(oldArg)
			if err != nil {
				return err
			}
			new, err := loadSide(newArg)
			if err != nil {
				return err
			}
			report, err := generator.NewDiffReport(oldArg, old, newArg, new, localeFlags(locs))
			if err != nil {
				return invalid(err)
			}
			out := cmd.OutOrStdout()
			switch format {
			case "text":
				err = report.WriteText(out, useColor(out))
			case "markdown":
				err = report.WriteMarkdown(out)
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
	cmd.RegisterFlagCompletionFunc("base", cobra.NoFileCompletions)
	cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(diffFormatChoices, cobra.ShellCompDirectiveNoFileComp))
	cmd.RegisterFlagCompletionFunc("locale", completeList(localeChoices()))
	cmd.RegisterFlagCompletionFunc("fail-on", cobra.FixedCompletions(levelChoices, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// errQuiet sets an exit status without printing anything more.
var errQuiet = errors.New("")

// gitRelative makes a path usable in REV:PATH: relative to the current
// directory, written ./path so that git resolves it from there.
func gitRelative(path string) string {
	if filepath.IsAbs(path) || strings.HasPrefix(path, "./") || strings.HasPrefix(path, "../") {
		return path
	}
	return "./" + path
}

// loadSide reads one side of a diff: a file, or REV:PATH from git.
func loadSide(arg string) (*generator.Declaration, error) {
	if _, err := os.Stat(arg); err == nil || !strings.Contains(arg, ":") {
		return loadDeclaration(arg)
	}
	var stdout, stderr bytes.Buffer
	git := exec.Command("git", "show", arg)
	git.Stdout, git.Stderr = &stdout, &stderr
	if err := git.Run(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return nil, invalid(fmt.Errorf("%s: cannot read it from git: %s", arg, strings.TrimPrefix(msg, "fatal: ")))
	}
	d, err := generator.Parse(arg, stdout.Bytes())
	if err != nil {
		return nil, invalid(err)
	}
	return d, nil
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

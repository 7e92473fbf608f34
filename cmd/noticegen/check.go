package main

import (
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/noticegen/noticegen/generator"
	"github.com/noticegen/noticegen/generator/check"
)

func newCheckCmd() *cobra.Command {
	var (
		format, previous, base, today string
		strict                        bool
		list                          bool
		locs                          []string
	)
	cmd := &cobra.Command{
		Use:   "check [FILE]",
		Short: "Find what is missing, risky or hard to read in a declaration",
		Long: `Check builds FILE (default notice.toml) in memory and reports what is
missing for the laws the notice lists (noticegen laws shows what each
requires), data practices
people care about (data with no purpose, advertising that is not opt-in,
consent with no way to withdraw), untranslated text, and the readability
and reading time of every document in every locale.

Each finding has a rule id, a severity, the file, line and column of the
key concerned, how to fix it and what it rests on. A declaration can
switch rules off with [check] disable = ["rule-id"] and set the summary's
reading-time budget with [check] max_summary_minutes.

Formats: text (for people), json (for tools; schema_version 1, see the
README), github (workflow commands, so findings show on the lines of a pull
request).

With --previous OLD (a file or REV:PATH) or --base REV (FILE at that git
revision), check also compares with the version this one replaces: a
notable or material change needs a new version and effective date
(new-version), a material change an effective date at least
change_notice.days after today (notice-period; today is --today, or
SOURCE_DATE_EPOCH, or the clock), and a translation whose source text
changed must change too (stale-translation).

Exit status: 0 without errors, 1 with errors (with --strict, warnings too),
2 when the declaration cannot be read.`,
		Example: `  noticegen check
  noticegen check examples/shop/notice.toml --strict
  noticegen check --format github
  noticegen check --format json | jq '.findings[] | select(.severity == "error")'
  noticegen check --base origin/main --format github
  noticegen check --list`,
		Args:              cobra.MaximumNArgs(1),
		ValidArgsFunction: completeDeclarations(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			out := cmd.OutOrStdout()
			if list {
				w := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
				fmt.Fprintln(w, "RULE\tCATEGORY\tSEVERITY\tSOURCE")
				for _, r := range check.Rules() {
					fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", r.ID(), r.Category(), r.Severity(), r.Source())
				}
				return w.Flush()
			}
			write, ok := map[string]func(*check.Result) error{
				"text":   func(r *check.Result) error { return r.WriteText(out) },
				"json":   func(r *check.Result) error { return r.WriteJSON(out) },
				"github": func(r *check.Result) error { return r.WriteGitHub(out) },
			}[format]
			if !ok {
				return invalid(fmt.Errorf("--format %q: want text, json or github", format))
			}
			path := declarationPath(args)
			d, err := loadDeclaration(path)
			if err != nil {
				return err
			}
			// The rules read the rendered documents, not the files: the
			// Markdown alone spares building index.html and notice.json.
			site, err := generator.Build(d, generator.Options{Locales: localeFlags(locs), Formats: []generator.Format{generator.FormatMarkdown}})
			if err != nil {
				return invalid(err)
			}
			var opts check.Options
			switch {
			case previous != "" && base != "":
				return invalid(fmt.Errorf("--previous and --base both name the previous version; give one"))
			case base != "":
				inRepo, err := repoPath(path)
				if err != nil {
					return invalid(err)
				}
				previous = base + ":" + inRepo
			}
			if previous != "" {
				if opts.Previous, err = loadSide(previous); err != nil {
					return err
				}
			}
			if opts.Today, err = todayFlag(today); err != nil {
				return invalid(err)
			}
			res := check.RunWith(d, site, opts)
			if err := write(res); err != nil {
				return failure(err)
			}
			if res.Failed(strict) {
				return &exitError{exitFailure, errQuiet}
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output format: text, json or github")
	cmd.Flags().BoolVar(&strict, "strict", false, "exit 1 on warnings too")
	cmd.Flags().BoolVar(&list, "list", false, "list the rules and exit")
	cmd.Flags().StringSliceVarP(&locs, "locale", "l", nil, "check only these locales (comma-separated, e.g. en,fr)")
	cmd.Flags().StringVar(&previous, "previous", "", "the version this one replaces (a file or REV:PATH): check its version, effective date and translations against it")
	cmd.Flags().StringVar(&base, "base", "", "compare with FILE at this git revision, as --previous REV:FILE")
	cmd.Flags().StringVar(&today, "today", "", "the day of the check, YYYY-MM-DD, for the notice period (default: SOURCE_DATE_EPOCH, else the clock)")
	cmd.MarkFlagFilename("previous", "toml")
	cmd.RegisterFlagCompletionFunc("base", cobra.NoFileCompletions)
	cmd.RegisterFlagCompletionFunc("today", cobra.NoFileCompletions)
	cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]cobra.Completion{
		cobra.CompletionWithDesc("text", "for people"),
		cobra.CompletionWithDesc("json", "for tools"),
		cobra.CompletionWithDesc("github", "workflow annotations"),
	}, cobra.ShellCompDirectiveNoFileComp))
	cmd.RegisterFlagCompletionFunc("locale", completeList(localeChoices))
	return cmd
}

// todayFlag is the day a check runs: --today, else SOURCE_DATE_EPOCH (so
// that a check in a reproducible pipeline gives the same findings every
// time), else the clock, in UTC.
func todayFlag(flag string) (generator.Date, error) {
	var t time.Time
	switch src, err := sourceDate(); {
	case flag != "":
		t, err = time.Parse(time.DateOnly, flag)
		if err != nil {
			return generator.Date{}, fmt.Errorf("--today %q: want a date such as 2026-12-01", flag)
		}
	case err != nil:
		return generator.Date{}, err
	case src != nil:
		t = *src
	default:
		t = time.Now().UTC()
	}
	return generator.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}, nil
}

package main

import (
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/noticegen/noticegen/generator"
	"github.com/noticegen/noticegen/generator/check"
)

func newCheckCmd() *cobra.Command {
	var (
		format string
		strict bool
		list   bool
		locs   []string
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

Exit status: 0 without errors, 1 with errors (with --strict, warnings too),
2 when the declaration cannot be read.`,
		Example: `  noticegen check
  noticegen check examples/shop/notice.toml --strict
  noticegen check --format github
  noticegen check --format json | jq '.findings[] | select(.severity == "error")'
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
			res := check.Run(d, site)
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
	cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]cobra.Completion{
		cobra.CompletionWithDesc("text", "for people"),
		cobra.CompletionWithDesc("json", "for tools"),
		cobra.CompletionWithDesc("github", "workflow annotations"),
	}, cobra.ShellCompDirectiveNoFileComp))
	cmd.RegisterFlagCompletionFunc("locale", completeList(localeChoices()))
	return cmd
}

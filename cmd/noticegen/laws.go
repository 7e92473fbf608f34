package main

import (
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/noticegen/noticegen/generator"
	"github.com/noticegen/noticegen/generator/law"
)

func newLawsCmd() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "laws [ID]",
		Short: "List the laws noticegen encodes, or show what one requires",
		Long: `Laws lists the laws a declaration can name in notice.jurisdictions. With an
ID, it shows what noticegen encodes of that law: what a notice under it must
contain, its legal bases, its rights with their conditions and deadlines,
whether there is a general right to object, its sensitive data and the
conditions for processing it, the age of consent and what happens below it,
transfers abroad and the safeguards it accepts, breach notice to people,
complaints, how fast requests are answered and what changing the notice
calls for, each with its article, and the national rules chosen by
controller.country. Every sentence noticegen prints under a law comes from
this data, so a legal team can check the tool against the law.

--format json writes the same as data.`,
		Example: `  noticegen laws
  noticegen laws gdpr
  noticegen laws uu-pdp --format json`,
		Args:              cobra.MaximumNArgs(1),
		ValidArgsFunction: cobra.FixedCompletions(completions(law.IDs()), cobra.ShellCompDirectiveNoFileComp),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "json" {
				return invalid(fmt.Errorf("--format %q: want text or json", format))
			}
			out := cmd.OutOrStdout()
			if len(args) == 0 {
				if format == "json" {
					return writeJSON(cmd, law.All())
				}
				return law.WriteList(out)
			}
			l := law.ByID(args[0])
			if l == nil {
				hint := ""
				if best := generator.Closest(args[0], law.IDs()); best != "" {
					hint = fmt.Sprintf("; did you mean %q?", best)
				}
				return invalid(fmt.Errorf("no law %q%s (noticegen laws lists them)", args[0], hint))
			}
			if format == "json" {
				return writeJSON(cmd, l)
			}
			return law.Describe(out, l)
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output format: text or json")
	cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]cobra.Completion{"text", "json"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func completions(ids []string) []cobra.Completion {
	out := make([]cobra.Completion, len(ids))
	copy(out, ids)
	return out
}

func writeJSON(cmd *cobra.Command, v any) error {
	enc := json.NewEncoder(cmd.OutOrStdout())
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

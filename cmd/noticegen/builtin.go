package main

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

// shellExamples install the completion script of each shell, as cobra's
// help for the shell explains.
var shellExamples = map[string]string{
	"bash":       "  source <(noticegen completion bash)\n  noticegen completion bash > /etc/bash_completion.d/noticegen",
	"zsh":        `  noticegen completion zsh > "${fpath[1]}/_noticegen"`,
	"fish":       "  noticegen completion fish > ~/.config/fish/completions/noticegen.fish",
	"powershell": "  noticegen completion powershell | Out-String | Invoke-Expression",
}

// initBuiltinCmds sets up the help and completion commands that cobra
// provides, and would otherwise add only when the command line runs: with
// examples, and with a usage error (status 2) for a missing or unknown
// shell, where cobra would print the help and exit 0.
func initBuiltinCmds(root *cobra.Command) {
	root.InitDefaultHelpCmd()
	if help, _, err := root.Find([]string{"help"}); err == nil && help != root {
		help.Example = "  noticegen help build"
	}
	root.InitDefaultCompletionCmd()
	completion, _, err := root.Find([]string{"completion"})
	if err != nil || completion == root {
		panic("cobra added no completion command: root needs a subcommand first")
	}
	completion.Example = `  source <(noticegen completion bash)
  noticegen completion zsh > "${fpath[1]}/_noticegen"
  noticegen completion fish > ~/.config/fish/completions/noticegen.fish
  noticegen completion powershell | Out-String | Invoke-Expression`
	completion.Args = func(_ *cobra.Command, args []string) error {
		if len(args) > 0 {
			return invalid(fmt.Errorf("completion: %q is not a shell noticegen completes; want bash, zsh, fish or powershell", args[0]))
		}
		return nil
	}
	completion.RunE = func(*cobra.Command, []string) error {
		return invalid(fmt.Errorf("completion: name the shell: bash, zsh, fish or powershell"))
	}
	for _, shell := range completion.Commands() {
		shell.Example = shellExamples[shell.Name()]
		if shell.Name() == "bash" {
			shell.RunE = func(cmd *cobra.Command, _ []string) error {
				noDesc, _ := cmd.Flags().GetBool("no-descriptions")
				var b bytes.Buffer
				if err := cmd.Root().GenBashCompletionV2(&b, !noDesc); err != nil {
					return failure(err)
				}
				script, err := keepCommas(b.String())
				if err != nil {
					return failure(err)
				}
				_, err = fmt.Fprint(cmd.OutOrStdout(), script)
				return err
			}
			shell.Run = nil
		}
	}
}

// bashQuote quotes words as printf %q does, one a line, but leaves commas
// alone: bash 5.2's printf %q escapes them, so that after
// "--locale es,<TAB>" every completion read "es\,fr", which does not start
// with what was typed, and bash offered nothing. A comma means nothing to
// bash outside braces, which %q escapes anyway.
const bashQuote = `
# noticegen: printf %q, but a comma stays a comma, so that the second value
# of a comma-separated list completes (--locale es,<TAB>).
__noticegen_quote() {
    local word quoted
    for word in "$@"; do
        printf -v quoted %q "$word"
        printf '%s\n' "${quoted//\\,/,}"
    done
}
`

// keepCommas makes cobra's bash completion script quote with
// __noticegen_quote. Each place it quotes is named, so that a cobra that
// writes its script differently fails the tests rather than completing
// lists wrongly.
func keepCommas(script string) (string, error) {
	for _, r := range []struct{ old, new string }{
		{`printf -v comp "%q" "${compline%%$tab*}" &>/dev/null || comp=$(printf "%q" "${compline%%$tab*}")`, `comp=$(__noticegen_quote "${compline%%$tab*}")`},
		{`printf "%q\n" `, `__noticegen_quote `},
		{`$(printf "%q" `, `$(__noticegen_quote `},
	} {
		if !strings.Contains(script, r.old) {
			return "", fmt.Errorf("completion bash: cobra's script no longer has %q; noticegen cannot make it complete lists", r.old)
		}
		script = strings.ReplaceAll(script, r.old, r.new)
	}
	if strings.Contains(script, `"%q"`) {
		return "", fmt.Errorf("completion bash: cobra's script quotes with printf %%q in a place noticegen does not know")
	}
	return script + bashQuote, nil
}

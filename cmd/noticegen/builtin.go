package main

import (
	"fmt"

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
	}
}

package main

import (
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/noticegen/noticegen/generator"
	"github.com/noticegen/noticegen/locales"
)

// Shell completion: cobra's completion command writes the scripts, and the
// scripts call the hidden __complete command, which runs the functions
// below. Each value comes with a description after a tab.

var (
	formatChoices = []cobra.Completion{
		cobra.CompletionWithDesc("md", "Markdown: <locale>/summary.md and policy.md"),
		cobra.CompletionWithDesc("html", "HTML: <locale>/summary.html and policy.html, and index.html"),
		cobra.CompletionWithDesc("json", "notice.json: the declaration as data"),
		cobra.CompletionWithDesc("moments", "just-in-time notices: <locale>/moments.json and moments.html"),
		cobra.CompletionWithDesc("ios", "ios/<lang>.lproj/InfoPlist.strings: permission usage descriptions"),
		cobra.CompletionWithDesc("android", "android/values-<lang>/strings.xml: permission rationales"),
		cobra.CompletionWithDesc("play", "play/data_safety.csv: Google Play's Data safety form"),
		cobra.CompletionWithDesc("apple", "apple/app_privacy_details.json and PrivacyInfo.xcprivacy: Apple's App Privacy"),
	}
	frontMatterChoices = []cobra.Completion{
		cobra.CompletionWithDesc("yaml", "--- YAML --- (Hugo, Jekyll, Eleventy)"),
		cobra.CompletionWithDesc("toml", "+++ TOML +++ (Hugo)"),
	}
	diffFormatChoices = []cobra.Completion{
		cobra.CompletionWithDesc("text", "for a terminal"),
		cobra.CompletionWithDesc("markdown", "a pull-request comment"),
		cobra.CompletionWithDesc("html", "a standalone page"),
		cobra.CompletionWithDesc("json", "for programs"),
	}
	levelChoices = []cobra.Completion{
		cobra.CompletionWithDesc("any", "any change, editorial included"),
		cobra.CompletionWithDesc("notable", "a fact changed"),
		cobra.CompletionWithDesc("material", "processing grows or rights weaken"),
		cobra.CompletionWithDesc("material+consent", "consent must be asked again"),
	}
)

// localeChoices are the built-in locales, each described by its name in
// itself.
func localeChoices() []cobra.Completion {
	var out []cobra.Completion
	for _, l := range generator.Locales {
		name := string(l)
		if c, err := locales.Load(string(l)); err == nil {
			name = c.Name
		}
		out = append(out, cobra.CompletionWithDesc(string(l), name))
	}
	return out
}

// completeList completes a comma-separated list flag: after "md," it offers
// "md,html" and "md,json", never a value already listed, and adds no space,
// so that another comma can follow.
//
// choices is called only when the shell asks: the locale choices load every
// catalog, which a command that completes nothing (noticegen --version)
// should not pay for at start.
func completeList(choices func() []cobra.Completion) cobra.CompletionFunc {
	return func(_ *cobra.Command, _ []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		prefix := ""
		if i := strings.LastIndex(toComplete, ","); i >= 0 {
			prefix = toComplete[:i+1]
		}
		listed := strings.Split(prefix, ",")
		var out []cobra.Completion
		for _, c := range choices() {
			value, _, _ := strings.Cut(c, "\t")
			if !slices.Contains(listed, value) {
				out = append(out, prefix+c)
			}
		}
		return out, cobra.ShellCompDirectiveNoSpace | cobra.ShellCompDirectiveNoFileComp
	}
}

// completeDeclarations completes FILE arguments with .toml files, up to max
// of them.
func completeDeclarations(max int) cobra.CompletionFunc {
	return func(_ *cobra.Command, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
		if len(args) >= max {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		return []cobra.Completion{"toml"}, cobra.ShellCompDirectiveFilterFileExt
	}
}

// completeDir completes one DIR argument with directories.
func completeDir(_ *cobra.Command, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
	if len(args) >= 1 {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	return nil, cobra.ShellCompDirectiveFilterDirs
}

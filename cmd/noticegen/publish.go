package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/noticegen/noticegen/generator"
)

// publishFlags are the flags of build that fit its output to a static site
// pipeline (Hugo, Jekyll, nginx, GitHub Pages). Each maps to a field of
// generator.Options.
type publishFlags struct {
	formats     []string
	fragment    bool
	frontMatter string
	baseURL     string
}

func (p *publishFlags) register(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringSliceVar(&p.formats, "format", nil, "what to write, comma-separated: md, html (with index.html), json (notice.json), moments (<locale>/moments.json and moments.html), ios (ios/<lang>.lproj/InfoPlist.strings), android (android/values-<lang>/strings.xml), play (play/data_safety.csv), apple (apple/app_privacy_details.json and PrivacyInfo.xcprivacy) (default md,html,json,moments)")
	f.BoolVar(&p.fragment, "fragment", false, "write each HTML document as an <article> for a site's own layout: no <html>, <head>, navigation, stylesheet or index.html")
	f.StringVar(&p.frontMatter, "front-matter", "", "start each Markdown file with yaml or toml front matter for Hugo or Jekyll, in place of its title line")
	f.StringVar(&p.baseURL, "base-url", "", "the URL DIR is published at (http or https): pages get absolute canonical and hreflang links")
	cmd.RegisterFlagCompletionFunc("format", completeList(func() []cobra.Completion { return formatChoices }))
	cmd.RegisterFlagCompletionFunc("front-matter", cobra.FixedCompletions(frontMatterChoices, cobra.ShellCompDirectiveNoFileComp))
	cmd.RegisterFlagCompletionFunc("base-url", cobra.NoFileCompletions)
}

// apply checks the flags and sets them on opts. Combinations that would
// change nothing are refused, naming the flags, before the generator would
// refuse them naming its options.
func (p *publishFlags) apply(cmd *cobra.Command, opts *generator.Options) error {
	list := splitList(p.formats)
	if cmd.Flags().Changed("format") && len(list) == 0 {
		return invalid(fmt.Errorf("--format: list at least one of md, html, json, moments, ios, android, play or apple"))
	}
	for _, s := range list {
		f, err := generator.ParseFormat(s)
		if err != nil {
			return invalid(fmt.Errorf("--format: %w", err))
		}
		if !slices.Contains(opts.Formats, f) {
			opts.Formats = append(opts.Formats, f)
		}
	}
	writes := func(f generator.Format) bool {
		if len(opts.Formats) == 0 {
			return slices.Contains(generator.DefaultFormats, f)
		}
		return slices.Contains(opts.Formats, f)
	}
	formats := strings.Join(list, ",")

	if p.frontMatter != "" {
		fm, err := generator.ParseFrontMatter(p.frontMatter)
		if err != nil {
			return invalid(fmt.Errorf("--front-matter: %w", err))
		}
		if !writes(generator.FormatMarkdown) {
			return invalid(fmt.Errorf("--front-matter: front matter goes at the top of Markdown files, and --format %s writes none; add md to --format", formats))
		}
		opts.FrontMatter = fm
	}
	if p.fragment {
		if !writes(generator.FormatHTML) {
			return invalid(fmt.Errorf("--fragment: fragments are HTML, and --format %s writes none; add html to --format", formats))
		}
		opts.Fragment = true
	}
	if p.baseURL != "" {
		base, err := generator.ParseBaseURL(p.baseURL)
		if err != nil {
			return invalid(fmt.Errorf("--base-url: %w", err))
		}
		if !writes(generator.FormatHTML) {
			return invalid(fmt.Errorf("--base-url: it makes the links of HTML pages absolute, and --format %s writes none; add html to --format", formats))
		}
		if p.fragment {
			return invalid(fmt.Errorf("--base-url: it makes the canonical and hreflang links of a page's <head> absolute, and --fragment writes no <head>; drop one of the two"))
		}
		opts.BaseURL = base
	}
	return nil
}

package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/noticegen/noticegen/generator"
	"github.com/noticegen/noticegen/generator/check"
	"github.com/noticegen/noticegen/templates"
)

func newBuildCmd() *cobra.Command {
	var (
		out      string
		locs     []string
		tmplDir  string
		previous string
		quiet    bool
		strict   bool
		history  bool
		today    string
		publish  publishFlags
	)
	cmd := &cobra.Command{
		Use:   "build [FILE]",
		Short: "Build the summary and policy of a declaration into a directory",
		Long: `Build reads FILE (default notice.toml) and writes, for each locale of the
notice, DIR/<locale>/summary, policy and glance (the 30-second layer), each
as .md and .html, and moments.json and moments.html (the notices shown when
people are asked), plus DIR/index.html (a language chooser) and
DIR/notice.json (the declaration as data, with words, reading time and
sha256 of every document). --format chooses among md, html (with
index.html), json and moments, and writes the rest when asked: ios and
android the phone's own permission strings; play DIR/play/data_safety.csv,
Google Play's Data safety form; apple DIR/apple/app_privacy_details.json
for fastlane and DIR/apple/PrivacyInfo.xcprivacy, the collected-data part
of a privacy manifest.

For a static site: --front-matter yaml|toml starts each Markdown file with
front matter for Hugo or Jekyll; --fragment writes each HTML document as an
<article> for the site's own layout, and no index.html; --base-url makes the
canonical and hreflang links of the pages absolute.

The output is written beside DIR, so the folder that holds DIR must be
writable, and takes DIR's place only when complete: a failed or interrupted
build leaves the previous DIR untouched. On Linux the old and new output
trade places in one step; elsewhere DIR is missing for the instant between
two renames. DIR keeps its mode and group. When DIR is a symbolic link, the
link stays and the folder it points to is replaced.

DIR belongs to noticegen, which replaces it whole, so it deletes only what
it wrote: every build lists its files in DIR/.noticegen, and a DIR that
holds anything else, or is not empty and has no .noticegen, is refused
(exit 1) with the first such file named. A DIR that holds FILE or is the
working directory or holds it is refused whatever it contains.

SIGINT or SIGTERM stops the build, removes what it had written and exits
130 or 143. Folders that killed builds left beside DIR (.DIR.new-*) are
removed by the next build, unless another build is still writing them or
they are empty and less than a minute old.

Build also runs noticegen check and prints a one-line count of its
findings; with --strict it refuses to write DIR when there are errors.

With --history, build reads every version of FILE from git (each distinct
notice.version, with its text as of the last commit that has it) and
publishes them all: the version in force where a plain build puts it,
opening with what changed since the one before; every version under
DIR/v/<version>/; per locale DIR/<locale>/versions.html (when each version
applied, what changed, links to a word-level comparison with the one
before at DIR/v/<version>/<locale>/changes.html) and an Atom feed,
DIR/<locale>/changes.atom; and DIR/versions.json, which says which version
was in force on any day. A version whose effective date is still ahead is
announced on the pages of the version in force. The day that decides is
--today, or SOURCE_DATE_EPOCH; never the clock. A version committed after
its own effective date is a warning.`,
		Example: `  noticegen build
  noticegen build examples/shop/notice.toml --out site/privacy
  noticegen build --locale en,fr --templates my-templates
  noticegen build --previous HEAD~1:notice.toml
  noticegen build --history --today 2026-12-01 --out public/privacy
  noticegen build --format md --front-matter yaml --out privacy
  noticegen build examples/app/notice.toml --format md,html,json,play,apple --out app
  noticegen build --base-url https://example.com/privacy/ --out public/privacy
  noticegen build --format html --fragment --out partials/privacy`,
		Args:              cobra.MaximumNArgs(1),
		ValidArgsFunction: completeDeclarations(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx, stop := cancelOnSignal(cmd.Context())
			defer stop()
			path := declarationPath(args)
			opts := generator.Options{}
			if err := publish.apply(cmd, &opts); err != nil {
				return err
			}
			d, err := loadDeclaration(path)
			if err != nil {
				return err
			}
			if previous != "" {
				if history {
					return invalid(fmt.Errorf("--previous: --history compares each version with the one before it; drop --previous"))
				}
				if opts.Previous, err = loadSide(previous); err != nil {
					return err
				}
			}
			var hist *generator.History
			if history {
				day, err := historyToday(today)
				if err != nil {
					return invalid(err)
				}
				releases, warnings, err := gitReleases(path, d)
				if err != nil {
					return invalid(err)
				}
				if hist, err = generator.NewHistory(releases, day); err != nil {
					return invalid(fmt.Errorf("%s: %w", path, err))
				}
				for _, w := range append(warnings, hist.Warnings...) {
					fmt.Fprintf(cmd.ErrOrStderr(), "noticegen: warning: %s: %s\n", path, w)
				}
				d = hist.Versions[hist.Current].Declaration
			} else if today != "" {
				return invalid(fmt.Errorf("--today: it says which version of a history is in force; add --history"))
			}
			opts.Locales = localeFlags(locs)
			if tmplDir != "" {
				root, err := openTemplates(tmplDir)
				if err != nil {
					return invalid(err)
				}
				defer root.Close()
				opts.Templates = root.FS()
			}
			var site *generator.Site
			if hist != nil {
				site, err = generator.BuildHistory(hist, opts)
			} else {
				site, err = generator.Build(d, opts)
			}
			if err != nil {
				return invalid(err)
			}
			findings := check.Run(d, site)
			if strict && findings.Failed(false) {
				fmt.Fprintf(cmd.ErrOrStderr(), "noticegen: check: %s; nothing written (run noticegen check %s for details)\n", findings.Summary(), path)
				return &exitError{exitFailure, errQuiet}
			}
			if err := generator.WriteDir(ctx, site, out, path); err != nil {
				return writeFailure(err, out)
			}
			if !quiet {
				w := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 0, 2, ' ', 0)
				fmt.Fprintf(w, "noticegen: built %s into %s\n", path, filepath.Clean(out))
				for _, l := range d.Notice.Locales {
					docs, ok := site.Documents[l]
					if !ok {
						continue
					}
					line := fmt.Sprintf("  %s\tsummary %s\tpolicy %s", l, minutes(docs["summary"].Reading), minutes(docs["policy"].Reading))
					if g := docs["glance"]; g != nil {
						line += fmt.Sprintf("\tglance %ds", g.Reading.Seconds)
					}
					fmt.Fprintln(w, line)
				}
				w.Flush()
				if hist != nil {
					fmt.Fprintf(cmd.OutOrStdout(), "noticegen: history: %d versions, %s in force on %s", len(hist.Versions), d.Notice.Version, hist.Today)
					if up := hist.Upcoming(); len(up) > 0 {
						fmt.Fprintf(cmd.OutOrStdout(), ", %s takes effect on %s", up[0].Version, up[0].From)
					}
					fmt.Fprintln(cmd.OutOrStdout())
				}
				fmt.Fprintf(cmd.OutOrStdout(), "noticegen: check: %s (noticegen check %s for details)\n", findings.Summary(), path)
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&out, "out", "o", "dist", "directory to write the notice to")
	cmd.Flags().StringSliceVarP(&locs, "locale", "l", nil, "build only these locales (comma-separated, e.g. en,fr)")
	cmd.Flags().StringVar(&tmplDir, "templates", "", "directory of templates that replace the defaults of the same name ("+fmt.Sprint(templates.All)+")")
	cmd.Flags().StringVar(&previous, "previous", "", "the version this one replaces (a file or REV:PATH): the documents open with what changed since")
	cmd.Flags().BoolVar(&history, "history", false, "publish every version of FILE in git, with a versions page, word-level changes, an Atom feed and versions.json")
	cmd.Flags().StringVar(&today, "today", "", "with --history, the day (YYYY-MM-DD) that decides which version is in force (default: SOURCE_DATE_EPOCH)")
	cmd.Flags().BoolVarP(&quiet, "quiet", "q", false, "print nothing on success")
	cmd.Flags().BoolVar(&strict, "strict", false, "refuse to write when noticegen check finds errors")
	publish.register(cmd)
	cmd.RegisterFlagCompletionFunc("locale", completeList(localeChoices))
	cmd.MarkFlagDirname("out")
	cmd.MarkFlagDirname("templates")
	cmd.MarkFlagFilename("previous", "toml")
	cmd.RegisterFlagCompletionFunc("today", cobra.NoFileCompletions)
	return cmd
}

// minutes shows a reading time for the terminal: "1m 25s (1,546 letters)".
func minutes(r generator.Reading) string {
	return fmt.Sprintf("%dm%02ds, %d words", r.Seconds/60, r.Seconds%60, r.Words)
}

// openTemplates opens a --templates folder as an os.Root, through which a
// template that is a link leading out of the folder cannot be read: a
// shared templates folder must not publish /etc/passwd because someone
// linked a template to it. Such a link is named in the error.
func openTemplates(dir string) (*os.Root, error) {
	info, err := os.Stat(dir)
	if err != nil || !info.IsDir() {
		return nil, fmt.Errorf("--templates %s: not a directory", dir)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, fmt.Errorf("--templates %s: %w", dir, err)
	}
	for _, name := range templates.All {
		info, err := os.Lstat(filepath.Join(dir, name))
		if err != nil || info.Mode()&fs.ModeSymlink == 0 {
			continue // absent (the default is used) or a file, read through root
		}
		if _, err := root.Stat(name); err != nil && !errors.Is(err, fs.ErrNotExist) {
			root.Close()
			return nil, fmt.Errorf("--templates %s: %s is a link that leads out of the folder; copy the file into %s instead", dir, name, dir)
		}
	}
	return root, nil
}

package main

import (
	"fmt"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// version is what noticegen --version and noticegen version print after
// "noticegen ".
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "(devel)"
	}
	return versionOf(info)
}

// versionOf reads the main module's version from the build information
// the go command records, and the commit when it recorded one:
//
//	v1.2.3                               go install …/cmd/noticegen@v1.2.3
//	(devel)                              go run, go test, or a build without VCS stamping
//	v0.0.0-20261122093000-0123456789ab+dirty (revision 0123456789ab, modified)
//	                                     go build in a git work tree (Go 1.24 and later
//	                                     derive a pseudo-version from the commit)
func versionOf(info *debug.BuildInfo) string {
	v := info.Main.Version
	if v == "" {
		v = "(devel)"
	}
	var revision string
	var modified bool
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			revision = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	if revision == "" {
		return v
	}
	if len(revision) > 12 {
		revision = revision[:12]
	}
	if modified {
		return fmt.Sprintf("%s (revision %s, modified)", v, revision)
	}
	return fmt.Sprintf("%s (revision %s)", v, revision)
}

func newVersionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version of noticegen",
		Long: `Version prints the module version noticegen was built from, as --version
does: the tag when it was installed with go install …@vX.Y.Z, "(devel)"
when it was built without one, and the commit when the build recorded it.`,
		Example:           `  noticegen version`,
		Args:              cobra.NoArgs,
		ValidArgsFunction: cobra.NoFileCompletions,
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := fmt.Fprintf(cmd.OutOrStdout(), "noticegen %s\n", version())
			return err
		},
	}
}

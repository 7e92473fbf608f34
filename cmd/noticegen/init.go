package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/noticegen/noticegen/generator"
)

func newInitCmd() *cobra.Command {
	var force bool
	cmd := &cobra.Command{
		Use:   "init [DIR]",
		Short: "Write a commented starter notice.toml",
		Long: `Init writes DIR/notice.toml (DIR defaults to the current directory): a
commented starter declaration that builds as it is. It refuses to replace an
existing notice.toml unless --force is given.`,
		Example: `  noticegen init
  noticegen init privacy && noticegen build privacy/notice.toml`,
		Args:              cobra.MaximumNArgs(1),
		ValidArgsFunction: completeDir,
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := "."
			if len(args) == 1 {
				dir = args[0]
			}
			path := filepath.Join(dir, "notice.toml")
			if _, err := os.Stat(path); err == nil && !force {
				return invalid(fmt.Errorf("%s already exists; edit it, or use --force to replace it", path))
			} else if err != nil && !errors.Is(err, os.ErrNotExist) {
				return failure(err)
			}
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return failure(err)
			}
			if err := os.WriteFile(path, generator.Starter(), 0o644); err != nil {
				return failure(err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "noticegen: wrote %s; edit it, then run noticegen build %s\n", path, path)
			return nil
		},
	}
	cmd.Flags().BoolVarP(&force, "force", "f", false, "replace an existing notice.toml")
	return cmd
}

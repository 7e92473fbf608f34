//go:build unix

package generator

import (
	"io/fs"
	"os"
	"syscall"
)

// keepGroup gives the new output directory dir the group of the directory
// it replaces, old, so that a web server that reads the output through its
// group still can.
func keepGroup(dir string, old fs.FileInfo) error {
	if old == nil {
		return nil
	}
	st, ok := old.Sys().(*syscall.Stat_t)
	if !ok {
		return nil
	}
	return os.Lchown(dir, -1, int(st.Gid))
}

//go:build !unix

package generator

import "io/fs"

// keepGroup does nothing where files have no Unix group.
func keepGroup(string, fs.FileInfo) error {
	return nil
}

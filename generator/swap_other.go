//go:build !linux

package generator

// swap puts the directory tmp in place of dir, and the old output at tmp.
// Only Linux has a system call that exchanges two directories in one step
// (renameat2 with RENAME_EXCHANGE); elsewhere swapRenames leaves an instant
// in which dir does not exist.
func swap(tmp, dir string) error {
	return swapRenames(tmp, dir)
}

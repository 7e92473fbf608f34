package generator

import (
	"errors"
	"os"

	"golang.org/x/sys/unix"
)

// swap puts the directory tmp in place of dir in one step: renameat2(2)
// with RENAME_EXCHANGE trades the two names, so dir always names a complete
// output, the old or the new, and the old ends up at tmp. When dir does not
// exist, RENAME_NOREPLACE makes tmp take its name unless a directory
// appeared there meanwhile. File systems without these flags (EINVAL) fall
// back to swapRenames and its window.
func swap(tmp, dir string) error {
	flag := uint(unix.RENAME_EXCHANGE)
	if _, err := os.Lstat(dir); errors.Is(err, os.ErrNotExist) {
		flag = unix.RENAME_NOREPLACE
	}
	err := unix.Renameat2(unix.AT_FDCWD, tmp, unix.AT_FDCWD, dir, flag)
	if errors.Is(err, unix.EINVAL) || errors.Is(err, unix.ENOSYS) {
		return swapRenames(tmp, dir)
	}
	if err != nil {
		return &os.LinkError{Op: "rename", Old: tmp, New: dir, Err: err}
	}
	return nil
}

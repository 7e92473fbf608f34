//go:build unix

package generator

import (
	"io/fs"
	"os"

	"golang.org/x/sys/unix"
)

// lockDir holds an exclusive flock(2) on dir until unlock is called or the
// process ends, however it ends: the kernel drops the lock of a killed
// process, so a lock held means a build is still writing dir.
func lockDir(dir string) (unlock func(), err error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	if err := unix.Flock(int(f.Fd()), unix.LOCK_EX); err != nil {
		f.Close()
		return nil, err
	}
	return func() { f.Close() }, nil
}

// tryLockDir locks dir as lockDir does, without waiting: false means a
// running build holds it.
func tryLockDir(dir string, _ fs.FileInfo) (unlock func(), ok bool) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, false
	}
	if err := unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB); err != nil {
		f.Close()
		return nil, false
	}
	return func() { f.Close() }, true
}

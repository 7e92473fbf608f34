//go:build !unix

package generator

import (
	"io/fs"
	"time"
)

// staleUnlocked is how old a temporary directory must be before another
// build removes it where directories cannot be locked: far longer than any
// build takes.
const staleUnlocked = 24 * time.Hour

// lockDir does nothing where flock(2) is missing; removeStale then goes by
// age alone.
func lockDir(string) (unlock func(), err error) {
	return func() {}, nil
}

// tryLockDir takes a directory as abandoned when it is older than
// staleUnlocked.
func tryLockDir(_ string, info fs.FileInfo) (unlock func(), ok bool) {
	return func() {}, time.Since(info.ModTime()) > staleUnlocked
}

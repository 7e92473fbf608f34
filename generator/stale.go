package generator

import (
	"os"
	"path/filepath"
	"strings"
	"time"
)

// tempPrefix starts the name of the directory a build of base writes before
// it swaps it in: a dot file beside base, which removeStale recognises.
func tempPrefix(base string) string {
	return "." + base + ".new-"
}

// staleEmpty is how old an empty temporary directory must be before another
// build removes it. A build creates its directory empty and locks it at
// once; waiting a minute keeps a directory another build has just created
// from being removed before that build holds its lock.
const staleEmpty = time.Minute

// removeStale removes the temporary directories that builds of base killed
// before they finished left beside it (SIGKILL cannot be caught). Only
// directories of noticegen's naming that are its own go: those that hold
// nothing but what their manifest lists (see checkOwn), or are empty and
// older than staleEmpty. A running build holds a lock on its directory (see
// lockDir), so a concurrent build of the same output leaves it alone; where
// there are no locks (see lock_other.go), only directories older than
// staleUnlocked go. Failures are ignored: a leftover costs disk space, not
// correctness.
func removeStale(parent, base string) {
	entries, err := os.ReadDir(parent)
	if err != nil {
		return
	}
	for _, e := range entries {
		if !e.IsDir() || !strings.HasPrefix(e.Name(), tempPrefix(base)) {
			continue
		}
		p := filepath.Join(parent, e.Name())
		info, err := os.Lstat(p)
		if err != nil || !info.IsDir() {
			continue
		}
		inside, err := os.ReadDir(p)
		if err != nil || len(inside) == 0 && time.Since(info.ModTime()) < staleEmpty {
			continue
		}
		if checkOwn(p, p) != nil {
			continue
		}
		unlock, ok := tryLockDir(p, info)
		if !ok {
			continue
		}
		removeOutput(p)
		unlock()
	}
}

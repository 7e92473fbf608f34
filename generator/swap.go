package generator

import "os"

// swapRenames puts tmp in place of dir with two renames: dir moves aside to
// tmp+".old", tmp takes its name, and the old output moves to tmp, where
// WriteDir removes it. Between the first two renames dir does not exist: a
// server finds no notice for that instant, and a build killed then leaves
// the previous output at tmp+".old" (the next build removes it; see
// removeStale). This is the swap where the system has no atomic exchange of
// two directories.
func swapRenames(tmp, dir string) error {
	if _, err := os.Lstat(dir); err != nil {
		return os.Rename(tmp, dir)
	}
	old := tmp + ".old"
	if err := os.Rename(dir, old); err != nil {
		return err
	}
	if err := os.Rename(tmp, dir); err != nil {
		os.Rename(old, dir)
		return err
	}
	return os.Rename(old, tmp)
}

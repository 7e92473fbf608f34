//go:build unix

package generator

import (
	"syscall"
	"testing"
)

// cpuTime returns the CPU time the process has used, user and system,
// in nanoseconds.
func cpuTime() int64 {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		return 0
	}
	return u.Utime.Nano() + u.Stime.Nano()
}

// reportCPU reports the CPU time an iteration used since start, a
// cpuTime reading taken before the loop. On a machine other processes
// share, the wall time of a benchmark varies several times over from run
// to run; the CPU time it uses varies far less, and is what its code
// costs (the garbage collector's work on other threads included).
func reportCPU(b *testing.B, start int64) {
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
}

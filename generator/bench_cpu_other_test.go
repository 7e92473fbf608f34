//go:build !unix

package generator

import "testing"

// cpuTime is unknown here; reportCPU reports nothing.
func cpuTime() int64 { return 0 }

func reportCPU(*testing.B, int64) {}

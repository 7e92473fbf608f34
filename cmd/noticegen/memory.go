package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

// memoryBudget is the memory noticegen's process uses before it collects
// garbage, unless what it keeps live needs more. With the program's own
// pages (11 MB resident for noticegen --version), a process that keeps to
// it stays under 40 MB resident: the large benchmark declaration's build
// and diff peak at 36 to 38 MB.
const memoryBudget = 30 << 20

// runtimeOverhead is about what the runtime holds beside the heap's
// objects (stacks, the collector's metadata, free pages not yet returned)
// in a large noticegen run: under a 32 MB limit its heap was collected at
// 20 to 23 MB.
const runtimeOverhead = 8 << 20

// collectLate makes the garbage collector let the process grow to
// memoryBudget before it collects, where by default it collects each time
// the heap doubles from 4 MB. A run of noticegen is short, and most of what
// it allocates is garbage by the time it exits: a small notice builds
// without a collection, and a large one collects near the budget instead
// of many times on the way to it. When what a collection leaves live needs
// more room than the budget gives, the limit grows with it (see limitFor).
// GOGC or GOMEMLIMIT in the environment leave the collector as they say.
func collectLate() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetGCPercent(-1)
	debug.SetMemoryLimit(memoryBudget)
	runtime.AddCleanup(new(sentinel), afterCollection, struct{}{})
}

// limitFor is the memory limit after a collection leaves live bytes live:
// the budget, or room for the heap to grow by half of what is live, or by
// all of it but 8 MB, whichever is more. A small live heap (the large
// diff's collections leave 7 to 14 MB live) grows by half, which keeps
// that diff under 40 MB resident, where room to double put it at 42 to
// 45 MB; a large one grows toward twice its size, as by default
// (GOGC=100), so that it is not collected ever more often: eight times the
// large declaration, holding about 50 MB live, collects 32 to 37 times, 21
// with room to double (6% faster, 10 MB more) and 48 allowed to grow by
// half (26% slower).
func limitFor(live uint64) int64 {
	return int64(max(memoryBudget, live+max(live/2, live-min(live, 8<<20))+runtimeOverhead))
}

// sentinel is allocated to be collected: its cleanup runs after the
// collection that frees it. (It is large enough not to share a tiny
// allocation with anything else.)
type sentinel struct{ _ [32]byte }

// afterCollection sets the limit for what the collection left live, and
// watches for the next one.
func afterCollection(struct{}) {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(sample)
	if sample[0].Value.Kind() == metrics.KindUint64 {
		live := sample[0].Value.Uint64()
		debug.SetMemoryLimit(limitFor(live))
	}
	runtime.AddCleanup(new(sentinel), afterCollection, struct{}{})
}

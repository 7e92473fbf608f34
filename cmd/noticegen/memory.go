package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

// memoryBudget is the memory noticegen's process uses before it collects
// garbage, unless what it keeps live needs more. With the program's own
// pages, a process that keeps to it stays under 40 MB resident (the large
// benchmark declaration's build peaks at 36 to 39 MB; at 32 MB it reached
// 42).
const memoryBudget = 28 << 20

// runtimeOverhead is about what the runtime holds beside the heap's
// objects (stacks, the collector's metadata, free pages not yet returned)
// in a large noticegen run: under a 32 MB limit its heap was collected at
// 20 to 23 MB.
const runtimeOverhead = 8 << 20

// collectLate makes the garbage collector let the process grow to
// memoryBudget before it collects, where by default it collects each time
// the heap doubles from 4 MB. A run of noticegen is short, and most of what
// it allocates is garbage by the time it exits: a small notice builds
// without a collection, and a large one collects a few times near the
// budget instead of many times on the way to it. When what a collection
// leaves live needs more room than the budget gives, the heap grows as by
// default (GOGC=100), to about twice the live heap, so that a run collects
// about as often as by default. GOGC or GOMEMLIMIT in the environment
// leave the collector as they say.
func collectLate() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetGCPercent(-1)
	debug.SetMemoryLimit(memoryBudget)
	runtime.AddCleanup(new(sentinel), afterCollection, struct{}{})
}

// limitFor is the memory limit after a collection leaves live bytes live:
// the budget, or room for the heap to double, whichever is more.
func limitFor(live uint64) int64 {
	return int64(max(memoryBudget, 2*live+runtimeOverhead))
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

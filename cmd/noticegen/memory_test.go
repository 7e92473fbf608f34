package main

import (
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"time"
)

// TestCollectLate runs collectLate in a process of its own (it sets the
// runtime's collector for the whole process) and reads back what it set:
// no collection before the budget, room for the heap to double once a
// collection leaves much live, and the environment's GOGC or GOMEMLIMIT
// left as they are.
func TestCollectLate(t *testing.T) {
	if os.Getenv("NOTICEGEN_COLLECT_LATE") == "1" {
		collectLateReport()
		return
	}
	tests := []struct {
		name string
		env  []string
		want string
	}{
		{"default", nil, fmt.Sprintf("before: -1 %d\nafter: -1 %d\n", memoryBudget, limitFor(48<<20))},
		{"GOGC", []string{"GOGC=100"}, "before: 100 9223372036854775807\n"},
		{"GOMEMLIMIT", []string{"GOMEMLIMIT=1GiB"}, "before: 100 1073741824\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cmd := exec.Command(os.Args[0], "-test.run=^TestCollectLate$")
			for _, kv := range os.Environ() {
				if !strings.HasPrefix(kv, "GOGC=") && !strings.HasPrefix(kv, "GOMEMLIMIT=") {
					cmd.Env = append(cmd.Env, kv)
				}
			}
			cmd.Env = append(cmd.Env, "NOTICEGEN_COLLECT_LATE=1")
			cmd.Env = append(cmd.Env, tt.env...)
			out, err := cmd.Output()
			if err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			got, _, _ := strings.Cut(string(out), "PASS")
			if got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

// collectLateReport prints the collector's settings after collectLate and,
// when it set them, after a collection that leaves 48 MB live, rounded to
// what limitFor gives for exactly 48 MB: the live heap also holds the
// test binary's own data.
func collectLateReport() {
	collectLate()
	settings := func() (int, int64) {
		percent := debug.SetGCPercent(-1)
		debug.SetGCPercent(percent)
		return percent, debug.SetMemoryLimit(-1)
	}
	percent, limit := settings()
	fmt.Printf("before: %d %d\n", percent, limit)
	if percent != -1 {
		return
	}
	live := make([]byte, 48<<20)
	runtime.GC()
	for range 1000 {
		if _, l := settings(); l != limit {
			if l >= limitFor(48<<20) && l < limitFor(52<<20) {
				l = limitFor(48 << 20)
			}
			fmt.Printf("after: %d %d\n", percent, l)
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	runtime.KeepAlive(live)
}

// TestLimitFor: the budget while little is live, then room to grow by half
// of the live heap, then by all of it but 8 MB.
func TestLimitFor(t *testing.T) {
	const mb = 1 << 20
	for _, c := range []struct{ live, want uint64 }{
		{0, 30 * mb},
		{14 * mb, 30 * mb},     // 14 + 7 + 8 = 29: the budget
		{16 * mb, 32 * mb},     // 16 + 8 + 8: half and all but 8 MB meet
		{20 * mb, 40 * mb},     // 20 + 12 + 8
		{50 * mb, 100 * mb},    // 50 + 42 + 8
		{1000 * mb, 2000 * mb}, // 1000 + 992 + 8: as GOGC=100
	} {
		if got := limitFor(c.live); got != int64(c.want) {
			t.Errorf("limitFor(%d MB) = %d MB, want %d", c.live/mb, got/mb, c.want/mb)
		}
	}
}

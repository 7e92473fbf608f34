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

//go:build unix

package timeline

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time (user and system) the process has used, or 0
// where it cannot be read: benchmarks report it because wall time on a
// shared machine measures the neighbours too.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

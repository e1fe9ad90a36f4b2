//go:build unix

package extract_test

import (
	"syscall"
	"time"
)

// gateCPUTime is the CPU time (user and system, all threads, so the
// garbage collector's work too) the process has used, or 0 where it cannot
// be read. BenchmarkAdversarial reports it because wall time on a shared
// machine also measures the neighbours.
func gateCPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

//go:build unix

package timex

import (
	"syscall"
	"time"
)

// cpuTime returns the user CPU time the process has used, so that
// benchmarks can report a throughput that does not depend on how loaded
// the machine is.
func cpuTime() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano()), true
}

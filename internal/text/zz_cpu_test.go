package text

import (
	"fmt"
	"os"
	"syscall"
	"testing"
	"time"
)

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestZZCPU(t *testing.T) {
	if os.Getenv("CPU") == "" {
		t.Skip()
	}
	texts := loadTexts(t, "../../../shared/corpus/*/*.txt", 0)
	n := 0
	for _, s := range texts {
		n += len(s)
	}
	for r := 0; r < 3; r++ {
		c0 := cpuTime()
		w0 := time.Now()
		for _, s := range texts {
			Analyze(s)
		}
		c := cpuTime() - c0
		w := time.Since(w0)
		fmt.Printf("%d MB: cpu %.1f MB/s  wall %.1f MB/s\n", n>>20, float64(n)/c.Seconds()/1e6, float64(n)/w.Seconds()/1e6)
	}
}

//go:build !unix

package extract_test

import "time"

// gateCPUTime is not measured on this system.
func gateCPUTime() time.Duration { return 0 }

package timex

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// benchDoc is one corpus file: its text and its date line.
type benchDoc struct {
	text string
	ref  Ref
}

// loadCorpus reads corpus files (line 1 "date YYYY-MM-DD", line 2 the
// title) from the shared corpus until at least minBytes are collected.
func loadCorpus(tb testing.TB, minBytes int) []benchDoc {
	tb.Helper()
	var docs []benchDoc
	total := 0
	for _, dir := range []string{"reuters", "whitehouse"} {
		names, _ := filepath.Glob(filepath.Join("../../../shared/corpus", dir, "*.txt"))
		sort.Strings(names)
		for _, n := range names {
			b, err := os.ReadFile(n)
			if err != nil {
				continue
			}
			s := string(b)
			var ref Ref
			if line, rest, ok := strings.Cut(s, "\n"); ok && strings.HasPrefix(line, "date ") {
				if t, err := time.Parse("2006-01-02", strings.TrimSpace(line[5:])); err == nil {
					ref = Ref{Date: t, Known: true}
				}
				s = rest
			}
			docs = append(docs, benchDoc{s, ref})
			total += len(s)
			if total >= minBytes && dir == "whitehouse" {
				return docs
			}
		}
	}
	if total < minBytes {
		tb.Skipf("corpus not available (%d bytes)", total)
	}
	return docs
}

func BenchmarkTag(b *testing.B) {
	docs := loadCorpus(b, 4<<20)
	n := 0
	for _, d := range docs {
		n += len(d.text)
	}
	tg := New()
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	c0, cpuOK := cpuTime()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			tg.Tag(d.text, d.ref)
		}
	}
	if c1, ok := cpuTime(); ok && cpuOK && c1 > c0 {
		// user CPU time of the whole process (GC included): a figure a
		// loaded machine does not distort
		b.ReportMetric(float64(n)*float64(b.N)/1e6/(c1-c0).Seconds(), "cpu-MB/s")
	}
}

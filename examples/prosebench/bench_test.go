package prosebench

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/jdkato/prose/v2"
	"github.com/parleyhq/parley/diplo"
	"github.com/parleyhq/parley/extract"
)

// corpusDir is the shared corpus of real articles, beside the checkout.
const corpusDir = "../../../shared/corpus"

// sampleBytes is how much text both libraries process per op.
const sampleBytes = 1 << 20

// sample picks corpus files round-robin across the folders, in file-name
// order, until they hold at least n bytes (the same selection as
// extract's BenchmarkExtract/corpus-1MB).
func sample(tb testing.TB, n int) []diplo.Document {
	tb.Helper()
	folders := []string{"whitehouse", "reuters", "wikinews"}
	by := map[string][]string{}
	for _, d := range folders {
		ents, err := os.ReadDir(filepath.Join(corpusDir, d))
		if err != nil {
			continue
		}
		for _, e := range ents {
			if !e.IsDir() && strings.HasSuffix(e.Name(), ".txt") {
				by[d] = append(by[d], filepath.Join(corpusDir, d, e.Name()))
			}
		}
		sort.Strings(by[d])
	}
	var docs []diplo.Document
	total := 0
	for i := 0; total < n; i++ {
		more := false
		for _, d := range folders {
			if i >= len(by[d]) {
				continue
			}
			more = true
			b, err := os.ReadFile(by[d][i])
			if err != nil {
				tb.Fatal(err)
			}
			docs = append(docs, diplo.Document{ID: filepath.Base(by[d][i]), Text: string(b)})
			total += len(b)
		}
		if !more {
			break
		}
	}
	if total == 0 {
		tb.Skipf("corpus %s absent", corpusDir)
	}
	return docs
}

func size(docs []diplo.Document) int64 {
	var n int64
	for _, d := range docs {
		n += int64(len(d.Text))
	}
	return n
}

// nsPerByte records the last measurement of each side for the ratio
// TestMain prints.
var (
	mu        sync.Mutex
	nsPerByte = map[string]float64{}
)

func record(b *testing.B, name string, bytes int64) {
	if b.N == 0 || bytes == 0 {
		return
	}
	mu.Lock()
	nsPerByte[name] = float64(b.Elapsed().Nanoseconds()) / float64(b.N) / float64(bytes)
	mu.Unlock()
}

// BenchmarkCompare runs prose (tokenization, segmentation, tagging and
// named-entity recognition: prose.NewDocument with its defaults) and
// Parley's full extraction over the same 1 MB of corpus articles. One op
// is one pass over the sample.
func BenchmarkCompare(b *testing.B) {
	b.Run("prose", func(b *testing.B) {
		docs := sample(b, sampleBytes)
		n := size(docs)
		runtime.GC() // start from a clean heap, whatever ran before
		b.SetBytes(n)
		b.ReportAllocs()
		items := 0
		for b.Loop() {
			for _, d := range docs {
				pd, err := prose.NewDocument(d.Text)
				if err != nil {
					b.Fatalf("%s: %v", d.ID, err)
				}
				items += len(pd.Tokens()) + len(pd.Sentences()) + len(pd.Entities())
			}
		}
		record(b, "prose", n)
		b.ReportMetric(float64(items)/float64(b.N), "items/op")
	})
	b.Run("parley", func(b *testing.B) {
		docs := sample(b, sampleBytes)
		n := size(docs)
		e, err := extract.New(extract.Options{})
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC() // start from a clean heap, whatever ran before
		b.SetBytes(n)
		b.ReportAllocs()
		items := 0
		for b.Loop() {
			for _, d := range docs {
				r, err := e.Extract(d)
				if err != nil {
					b.Fatalf("%s: %v", d.ID, err)
				}
				items += len(r.Actors) + len(r.Statements) + len(r.Meetings) + len(r.Conditions) + len(r.Times)
			}
		}
		record(b, "parley", n)
		b.ReportMetric(float64(items)/float64(b.N), "items/op")
	})
}

// TestMain prints the speed ratio after a benchmark run that measured both.
func TestMain(m *testing.M) {
	code := m.Run()
	mu.Lock()
	p, q := nsPerByte["prose"], nsPerByte["parley"]
	mu.Unlock()
	if p > 0 && q > 0 {
		fmt.Printf("prose %.4f MB/s, parley %.2f MB/s: parley is %.0fx faster (target >= 100x)\n",
			1e3/p, 1e3/q, p/q)
	}
	os.Exit(code)
}

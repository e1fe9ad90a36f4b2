package extract_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/parleyhq/parley/diplo"
	"github.com/parleyhq/parley/extract"
)

// gateLoadDocs reads files into Documents named by their base names.
func gateLoadDocs(tb testing.TB, paths []string) ([]diplo.Document, int64) {
	tb.Helper()
	var docs []diplo.Document
	var n int64
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, diplo.Document{ID: filepath.Base(p), Text: string(b)})
		n += int64(len(b))
	}
	return docs, n
}

// BenchmarkExtract measures the whole extractor on the seed articles and
// on a fixed, mixed 1 MB sample of the shared corpus (skipped when absent).
// One op is one pass over the set. Besides wall time it reports cpu-ns/op,
// the process CPU time per op (see BenchmarkAdversarial), steadier than
// wall time on a busy machine.
//
//	go test -run '^$' -bench 'Extract|New' ./extract
func BenchmarkExtract(b *testing.B) {
	e := gateExtractor(b)
	run := func(b *testing.B, docs []diplo.Document, n int64) {
		b.SetBytes(n)
		b.ReportAllocs()
		runs := 0
		cpu := gateCPUTime()
		for b.Loop() {
			for _, d := range docs {
				if _, err := e.Extract(d); err != nil {
					b.Fatalf("%s: %v", d.ID, err)
				}
			}
			runs++
		}
		if cpu > 0 && runs > 0 {
			b.ReportMetric(float64(gateCPUTime()-cpu)/float64(runs), "cpu-ns/op")
		}
	}
	b.Run("seeds", func(b *testing.B) {
		paths, err := filepath.Glob("../testdata/articles/*.txt")
		if err != nil || len(paths) == 0 {
			b.Fatalf("no seed articles: %v", err)
		}
		docs, n := gateLoadDocs(b, paths)
		run(b, docs, n)
	})
	b.Run("corpus-1MB", func(b *testing.B) {
		var paths []string
		for _, f := range gateCorpusSample(b, 1<<20) {
			paths = append(paths, f.path)
		}
		docs, n := gateLoadDocs(b, paths)
		run(b, docs, n)
	})
}

// BenchmarkNew measures building an Extractor (parsing the lexicons).
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := extract.New(extract.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

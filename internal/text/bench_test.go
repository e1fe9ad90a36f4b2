package text

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// loadTexts reads the files matching pattern, in name order, up to limit
// bytes in all (0: no limit).
func loadTexts(tb testing.TB, pattern string, limit int) []string {
	tb.Helper()
	files, err := filepath.Glob(pattern)
	if err != nil || len(files) == 0 {
		tb.Skipf("no files match %s", pattern)
	}
	sort.Strings(files)
	var out []string
	n := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, string(b))
		n += len(b)
		if limit > 0 && n >= limit {
			break
		}
	}
	return out
}

func benchAnalyze(b *testing.B, texts []string) {
	total := 0
	for _, t := range texts {
		total += len(t)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			Analyze(t)
		}
	}
}

// BenchmarkAnalyze measures Analyze over the seed articles and over about
// 4 MB of the shared corpus (skipped when absent).
func BenchmarkAnalyze(b *testing.B) {
	b.Run("seeds", func(b *testing.B) {
		benchAnalyze(b, loadTexts(b, "../../testdata/articles/*.txt", 0))
	})
	b.Run("corpus", func(b *testing.B) {
		var texts []string
		for _, dir := range []string{"whitehouse", "reuters", "wikinews"} {
			texts = append(texts, loadTexts(b, "../../../shared/corpus/"+dir+"/*.txt", 4<<20/3)...)
		}
		benchAnalyze(b, texts)
	})
	b.Run("one-large", func(b *testing.B) {
		texts := loadTexts(b, "../../../shared/corpus/whitehouse/*.txt", 2<<20)
		benchAnalyze(b, []string{strings.Join(texts, "\n\n")})
	})
}

// BenchmarkAnalyzeHostile times Analyze on hostile texts at 1 MiB and
// 8 MiB: linear time keeps the 8MB/1MB ratio of ns/op near 8, and the
// allocations per op the same at both sizes (see TestAnalyzeAllocsFlat).
//
//	go test -run '^$' -bench AnalyzeHostile -benchtime 5x ./internal/text
func BenchmarkAnalyzeHostile(b *testing.B) {
	shapes := []struct{ name, unit string }{
		{"news", "MOSCOW, April 13 - Soviet Foreign Minister Eduard Shevardnadze said on Monday Moscow was ready for talks. \"We are prepared,\" he told reporters.\n\n"},
		{"tiny-sentences", "Talks. Said. He. "},
		{"straight-quotes", `"`},
		{"curly-quotes", "“”‘’„«»"},
		{"periods", "."},
		{"date-lines", "date 2024-02-30\ndate 9999-99-99\ndate \n"},
		{"speaker-labels", "Q: \nTHE PRESIDENT: \nMR. X:\nQ\n: : :\nSENIOR ADMINISTRATION OFFICIAL: Yes.\nA:B:C:D:\n"},
		{"pipe-rows", "| Russia | 12 | talks on 3 March | |\n"},
	}
	for _, sh := range shapes {
		for _, sz := range []struct {
			name string
			n    int
		}{{"1MB", 1 << 20}, {"8MB", 8 << 20}} {
			b.Run(sh.name+"/"+sz.name, func(b *testing.B) {
				s := strings.Repeat(sh.unit, sz.n/len(sh.unit)+1)
				b.SetBytes(int64(len(s)))
				b.ReportAllocs()
				for b.Loop() {
					Analyze(s)
				}
			})
		}
	}
}

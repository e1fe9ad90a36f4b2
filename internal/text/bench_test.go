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

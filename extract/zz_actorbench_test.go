package extract

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/parleyhq/parley/internal/text"
)

func BenchmarkFindActorsTmp(b *testing.B) {
	paths, _ := filepath.Glob("../../shared/corpus/*/*.txt")
	if len(paths) == 0 {
		b.Skip()
	}
	var docs []*text.Doc
	n := 0
	for i := 0; i < len(paths) && n < 1<<20; i += 7 {
		s, _ := os.ReadFile(paths[i])
		docs = append(docs, text.Analyze(string(s)))
		n += len(s)
	}
	e, _ := New(Options{})
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			a := &article{t: d}
			a.doc.Text = d.Src
			e.findActors(a)
		}
	}
}

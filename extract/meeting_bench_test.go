package extract

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/parleyhq/parley/diplo"
	"github.com/parleyhq/parley/internal/text"
)

// BenchmarkMeetingsTopics measures the meeting and topic stages alone on
// about 1 MB of the shared corpus (taken in turn from its folders), with
// the earlier stages run once outside the timer.
func BenchmarkMeetingsTopics(b *testing.B) {
	e, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	var lists [][]string
	for _, d := range []string{"whitehouse", "reuters", "wikinews"} {
		fs, _ := filepath.Glob(filepath.Join("../../shared/corpus", d, "*.txt"))
		lists = append(lists, fs)
	}
	type prepped struct {
		a              *article
		nActors, nTime int
	}
	var as []prepped
	var n int64
	for i := 0; n < 1<<20; i++ {
		more := false
		for _, fs := range lists {
			if i >= len(fs) {
				continue
			}
			more = true
			src, err := os.ReadFile(fs[i])
			if err != nil {
				b.Fatal(err)
			}
			a := &article{doc: diplo.Document{Text: string(src)}, t: text.Analyze(string(src))}
			e.findDate(a)
			e.findTimes(a)
			e.findActors(a)
			e.findMeetings(a)
			e.findStatements(a)
			as = append(as, prepped{a, len(a.actors), len(a.times)})
			n += int64(len(src))
		}
		if !more {
			break
		}
	}
	if n == 0 {
		b.Skip("no corpus")
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range as {
			a := p.a
			a.meetings, a.actors, a.times = a.meetings[:0], a.actors[:p.nActors], a.times[:p.nTime]
			e.findMeetings(a)
			e.findTopics(a)
		}
	}
}

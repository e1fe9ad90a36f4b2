package timeline

import (
	"fmt"
	"testing"
	"time"

	"github.com/parleyhq/parley/diplo"
)

// benchReports generates n reports over a world that grows with the
// corpus, as a news feed does: the number of reports about one pair of
// countries, or one speaker, in one month stays about the same while the
// span of time covered grows (one year per 2,000 reports). Every report
// has a publication date, as a feed's do; a third of the meetings and most
// statements have no date of their own.
func benchReports(n int) []diplo.Report {
	g := newGen(1)
	g.dated = true
	g.years = max(1, n/2000)
	g.countries = nil
	for i := 0; i < 40; i++ {
		g.countries = append(g.countries, fmt.Sprintf("C%02d", i))
	}
	g.people = nil
	for i := 0; i < 300; i++ {
		g.people = append(g.people, [2]string{fmt.Sprintf("Given%d Surname%d", i%37, i), g.countries[i%40]})
	}
	g.words = nil
	for i := 0; i < 400; i++ {
		g.words = append(g.words, fmt.Sprintf("word%dx", i))
	}
	return g.reports(n)
}

// BenchmarkMerge adds n reports one by one to a Set and builds the
// Timeline. Besides time and memory it reports the events found, the CPU
// time (cpu-ns/op, steadier than wall time on a shared machine) and the
// time spent in Add (add-ns/op; the rest is Timeline). The 10,000 case
// takes under half a second, so compare several runs of each:
//
//	go test ./timeline -run '^$' -bench '^BenchmarkMerge$' -benchtime 3x -count 5
func BenchmarkMerge(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		rs := benchReports(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			events, runs := 0, 0
			var add time.Duration
			cpu := cpuTime()
			for b.Loop() {
				start := time.Now()
				var s Set
				for _, r := range rs {
					s.Add(r)
				}
				add += time.Since(start)
				events = len(s.Timeline().Events)
				runs++
			}
			b.ReportMetric(float64(events), "events")
			b.ReportMetric(float64(cpuTime()-cpu)/float64(runs), "cpu-ns/op")
			b.ReportMetric(float64(add.Nanoseconds())/float64(runs), "add-ns/op")
		})
	}
}

// BenchmarkMergeTree merges one Set per report pairwise, as the combiner
// of a map-reduce job would.
func BenchmarkMergeTree(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		rs := benchReports(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			runs := 0
			cpu := cpuTime()
			for b.Loop() {
				runs++
				sets := make([]Set, len(rs))
				for i, r := range rs {
					sets[i] = FromReport(r)
				}
				for len(sets) > 1 {
					next := sets[:0:0]
					for i := 0; i < len(sets); i += 2 {
						if i+1 < len(sets) {
							next = append(next, Merge(sets[i], sets[i+1]))
						} else {
							next = append(next, sets[i])
						}
					}
					sets = next
				}
				_ = sets[0].Timeline()
			}
			b.ReportMetric(float64(cpuTime()-cpu)/float64(runs), "cpu-ns/op")
		})
	}
}

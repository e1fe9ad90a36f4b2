package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/parleyhq/parley/diplo"
	"github.com/parleyhq/parley/internal/text"
)

// TestMeetingDebug prints the meeting mentions of the files named by
// MTG_DEBUG (a glob); it is skipped without it.
func TestMeetingDebug(t *testing.T) {
	g := os.Getenv("MTG_DEBUG")
	if g == "" {
		t.Skip("MTG_DEBUG not set")
	}
	e, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	fs, _ := filepath.Glob(g)
	for _, f := range fs {
		b, _ := os.ReadFile(f)
		a := &article{doc: diplo.Document{Text: string(b)}, t: text.Analyze(string(b))}
		e.findDate(a)
		e.findTimes(a)
		e.findActors(a)
		st := &mtgState{e: e, lx: e.mtg, a: a, d: a.t}
		st.prepare()
		fmt.Println("=====", f)
		for _, m := range st.mentions() {
			var ps []string
			for _, p := range m.parties {
				ps = append(ps, a.actors[p].name)
			}
			tm := ""
			if m.time >= 0 {
				tm = a.times[m.time].Text + "=" + a.times[m.time].Value
			}
			fmt.Printf("  %-9s %-9s both=%v def=%v dem=%v P=%v T=%q L=%q | %s\n", m.kind, m.status, m.both, m.definite, m.demonstrative, ps, tm, m.loc.Name, a.t.Norm[m.start:m.end])
		}
	}
}

// TestTopicDebug prints the topic scores and hits of the files named by
// TOPIC_DEBUG (a glob); it is skipped without it.
func TestTopicDebug(t *testing.T) {
	g := os.Getenv("TOPIC_DEBUG")
	if g == "" {
		t.Skip("TOPIC_DEBUG not set")
	}
	e, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	fs, _ := filepath.Glob(g)
	for _, f := range fs {
		b, _ := os.ReadFile(f)
		d := text.Analyze(string(b))
		hits := e.top.hits(d)
		sc := e.top.score(hits, nil)
		fmt.Printf("===== %s threshold %.1f\n", f, docThreshold(len(d.Toks)))
		for ti, v := range sc {
			if v == 0 {
				continue
			}
			fmt.Printf("  %-20s %5.1f:", e.top.topics[ti], v)
			for _, h := range hits {
				if h.topic == ti {
					k := d.TokenAt(h.pos)
					fmt.Printf(" %s(%.1f)", d.TokLower(k), h.weight)
				}
			}
			fmt.Println()
		}
	}
}

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

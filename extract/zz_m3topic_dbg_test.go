package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/parleyhq/parley/internal/text"
)

func TestM3TopicDbg(t *testing.T) {
	g := os.Getenv("M3DBG")
	if g == "" {
		t.Skip()
	}
	e, _ := New(Options{})
	fs, _ := filepath.Glob(g)
	for _, f := range fs {
		b, _ := os.ReadFile(f)
		d := text.Analyze(string(b))
		hs := e.top.hits(d)
		sc := e.top.score(hs, nil)
		fmt.Printf("== %s toks=%d thr=%.2f\n", filepath.Base(f), len(d.Toks), docThreshold(len(d.Toks)))
		for i, s := range sc {
			if s > 0 {
				fmt.Printf("  %-20s %.1f:", e.top.topics[i], s)
				for _, h := range hs {
					if h.topic == i {
						w := d.Low[h.pos:min(h.pos+18, len(d.Low))]
						fmt.Printf(" [%s %.1f]", w, h.weight)
					}
				}
				fmt.Println()
			}
		}
	}
}

func TestM3MtgDbg(t *testing.T) {
	g := os.Getenv("M3MDBG")
	if g == "" {
		t.Skip()
	}
	e, _ := New(Options{})
	fs, _ := filepath.Glob(g)
	for _, f := range fs {
		b, _ := os.ReadFile(f)
		a := &article{t: text.Analyze(string(b))}
		a.doc.Text = string(b)
		e.findDate(a)
		e.findTimes(a)
		e.findActors(a)
		fmt.Printf("== %s\n", filepath.Base(f))
		for _, m := range a.mentions {
			fmt.Printf("  act %q -> %s\n", a.t.Norm[m.start:m.end], a.actors[m.actor].name)
		}
		st := &mtgState{e: e, lx: e.mtg, a: a, d: a.t}
		ms := st.mentions()
		for _, m := range ms {
			var ps, ws []string
			for _, p := range m.parties {
				ps = append(ps, a.actors[p].name)
			}
			for _, p := range m.weak {
				ws = append(ws, a.actors[p].name)
			}
			fmt.Printf("  M %s %s %q parties=%v weak=%v both=%v\n", m.kind, m.status, a.t.Norm[m.start:m.end], ps, ws, m.both)
		}
	}
}

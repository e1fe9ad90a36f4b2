package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestMtgDebugCorpus(t *testing.T) {
	pat := os.Getenv("MTG_GLOB")
	if pat == "" {
		t.Skip()
	}
	files, _ := filepath.Glob(pat)
	e, _ := New(Options{})
	var out strings.Builder
	total := 0
	start := time.Now()
	for _, f := range files {
		b, _ := os.ReadFile(f)
		total += len(b)
		r, err := e.ExtractText(string(b))
		if err != nil {
			continue
		}
		fmt.Fprintf(&out, "=== %s topics=%v\n", filepath.Base(f), r.Topics)
		for _, m := range r.Meetings {
			tm := ""
			if x, ok := r.Time(m.Time); ok {
				tm = x.Text + "=" + x.Value
			}
			fmt.Fprintf(&out, " * %s %v %v loc=%q time=%q %s %v\n   EV: %s\n", m.Kind, m.Parties, m.Participants, m.Location.Name, tm, m.Status, m.Topics, m.Evidence[0].Of(r.Document.Text))
			for _, ev := range m.Evidence[1:] {
				fmt.Fprintf(&out, "     + %s\n", ev.Of(r.Document.Text))
			}
		}
	}
	os.WriteFile("/tmp/mtg_corpus.txt", []byte(out.String()), 0o644)
	t.Logf("%d files %d bytes %v", len(files), total, time.Since(start))
}

func TestMtgDebugTimes(t *testing.T) {
	b, err := os.ReadFile(os.Getenv("MTG_FILE"))
	if err != nil {
		t.Skip()
	}
	e, _ := New(Options{})
	r, _ := e.ExtractText(string(b))
	for _, x := range r.Times {
		t.Logf("%s %q %s %v %v", x.ID, x.Text, x.Value, x.Type, x.Mod)
	}
}

func TestMtgDebugSpoke(t *testing.T) {
	txt := os.Getenv("MTG_TEXT")
	if txt == "" {
		t.Skip()
	}
	e, _ := New(Options{})
	r, _ := e.ExtractText(txt)
	a := &article{doc: r.Document}
	_ = a
	for _, x := range r.Actors {
		for _, m := range x.Mentions {
			t.Logf("actor %s %q %v", x.ID, m.Span.Of(txt), m.Kind)
		}
	}
	for _, m := range r.Meetings {
		t.Logf("%+v %q", m, m.Evidence[0].Of(txt))
	}
}

func TestMtgDebugTopicScores(t *testing.T) {
	pat := os.Getenv("MTG_TOPICS")
	if pat == "" {
		t.Skip()
	}
	files, _ := filepath.Glob(pat)
	e, _ := New(Options{})
	var out strings.Builder
	for _, f := range files {
		b, _ := os.ReadFile(f)
		a := &article{doc: Document0(string(b))}
		a.t = analyzeForDebug(string(b))
		hits := e.top.hits(a.t)
		sc := e.top.score(hits, nil)
		fmt.Fprintf(&out, "%s", strings.TrimSuffix(filepath.Base(f), ".txt"))
		for i, v := range sc {
			if v > 0 {
				fmt.Fprintf(&out, " %s=%.2f", e.top.topics[i], v)
			}
		}
		fmt.Fprintf(&out, " words=%d\n", len(a.t.Toks))
	}
	os.WriteFile("/tmp/topic_scores.txt", []byte(out.String()), 0o644)
}

func TestMtgDebugVisit(t *testing.T) {
	txt := os.Getenv("MTG_TEXT2")
	if txt == "" {
		t.Skip()
	}
	e, _ := New(Options{})
	a := &article{doc: Document0(txt), t: analyzeForDebug(txt)}
	e.findDate(a)
	e.findTimes(a)
	e.findActors(a)
	st := &mtgState{e: e, lx: e.mtg, a: a, d: a.t}
	st.prepare()
	for _, s := range a.t.Sents {
		for i := s.Tok0; i < s.Tok1; i++ {
			m, ok := st.mention(s, i)
			t.Logf("tok %q ok=%v %+v", st.low(i), ok, m)
		}
	}
}

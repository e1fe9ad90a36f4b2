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

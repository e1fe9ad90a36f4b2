package timeline

import (
	"fmt"
	"testing"

	"github.com/parleyhq/parley/diplo"
)

// TestTextPrecedenceBounds checks that an article's own orderings are
// complete in an ordinary article and bounded per item in a huge one.
func TestTextPrecedenceBounds(t *testing.T) {
	article := func(n int) diplo.Report {
		b := newReport(fmt.Sprintf("long-%d", n), "2025-03-01")
		rus, usa := b.country("RUS", "Russia"), b.country("USA", "United States")
		p := b.person("Maria Zakharova", "RUS")
		for i := 0; i < n; i++ {
			s := b.say(fmt.Sprintf("Maria Zakharova said point %d of the list was settled.", i))
			b.statement(s, []string{p}, "said", fmt.Sprintf("point %d of the list was settled", i), "")
			m := b.say(fmt.Sprintf("Envoys of Russia and the United States will meet for round %d.", i))
			b.meeting(m, fmt.Sprintf("Envoys of Russia and the United States will meet for round %d", i), diplo.Meeting{
				Parties: []string{rus, usa}, Status: diplo.Planned})
		}
		return b.report()
	}
	for _, tc := range []struct {
		name     string
		n        int
		min, max int // publication edges
	}{
		{name: "ordinary article: every pair", n: 3, min: 9, max: 9},
		{name: "huge article: maxFanout per statement", n: 600, min: 600, max: 600 * maxFanout},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := newDoc(article(tc.n))
			got := 0
			for _, p := range d.precs {
				if p.basis == "publication" {
					got++
				}
			}
			if got < tc.min || got > tc.max {
				t.Errorf("%d publication edges, want %d to %d", got, tc.min, tc.max)
			}
		})
	}
}

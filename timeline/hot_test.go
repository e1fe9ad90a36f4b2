package timeline

import (
	"testing"

	"github.com/parleyhq/parley/diplo"
)

// TestHotFilterSound checks the index's prefilter against the merge rule
// on every pair of items of generated worlds and the fixtures: wherever
// similar says yes, mayBeSimilar must too. It also checks that the filter
// rules out most pairs, or it would be useless.
func TestHotFilterSound(t *testing.T) {
	var worlds [][]diplo.Report
	worlds = append(worlds, allFixtures())
	for seed := int64(1); seed <= 6; seed++ {
		g := newGen(seed)
		g.dated = seed%2 == 0
		worlds = append(worlds, g.reports(120))
	}
	pairs, yes, passed := 0, 0, 0
	for _, rs := range worlds {
		s := setOf(rs)
		for i, a := range s.items {
			alo, ahi := days(a.compat)
			for j, b := range s.items {
				if i == j {
					continue
				}
				blo, bhi := days(b.compat)
				may := mayBeSimilar(a, s.hots.at(int32(i)), s.hots.at(int32(j)), alo, ahi, blo, bhi)
				sim := similar(a, b)
				pairs++
				if sim {
					yes++
				}
				if may {
					passed++
				}
				if sim && !may {
					t.Fatalf("similar(%s#%s, %s#%s) but the prefilter rules the pair out:\nhot a %+v\nhot b %+v",
						a.doc.id, a.id, b.doc.id, b.id, *s.hots.at(int32(i)), *s.hots.at(int32(j)))
				}
			}
		}
	}
	if yes == 0 {
		t.Fatal("no similar pairs: the test checks nothing")
	}
	if passed > pairs/4 {
		t.Errorf("the prefilter passes %d of %d pairs; it should rule out most", passed, pairs)
	}
	t.Logf("%d pairs, %d similar, %d passed the prefilter", pairs, yes, passed)
}

package timeline
import "testing"
func TestXCount(t *testing.T) {
	for _, n := range []int{10000, 100000} {
		rs := benchReports(n)
		simCalls = 0
		var s Set
		items := 0
		for _, r := range rs { s.Add(r); items += len(r.Meetings)+len(r.Statements) }
		nb := 0
		for _, v := range s.index { nb += len(v) }
		t.Log(n, "items", items, "similar calls", simCalls, "per item", float64(simCalls)/float64(items), "index entries", nb, "buckets", len(s.index))
	}
}

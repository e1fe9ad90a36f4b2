package timeline

import (
	"cmp"
	"math"
	"slices"
	"time"

	"github.com/parleyhq/parley/diplo"
)

// displayOrder is a deterministic total order of the events that respects
// every edge (except on cycles): Kahn's algorithm taking, among the events
// whose predecessors are placed, the one with the earliest window (start,
// else end; unknown last), then the earliest end, then by document and
// position in it.
func displayOrder(evs []event, succ, pred [][]int) []int {
	// An event with no window at all is displayed by its dated neighbours
	// (windows bounded on both sides): just before the earliest event it
	// precedes, else just after the latest event that precedes it; with
	// none, after everything dated.
	topo := topoOrder(len(evs), succ, pred)
	for i := len(topo) - 1; i >= 0; i-- {
		a := topo[i]
		if !evs[a].Window.IsZero() {
			continue
		}
		for _, b := range succ[a] {
			k := evs[b].key0()
			if k.Start.IsZero() || k.End.IsZero() {
				continue // an open window says too little to place by
			}
			if evs[a].disp.IsZero() || k.Start.Before(evs[a].disp.Start) {
				evs[a].disp = diplo.Interval{Start: k.Start, End: k.Start}
			}
		}
	}
	for _, b := range topo {
		if !evs[b].Window.IsZero() || !evs[b].disp.IsZero() {
			continue
		}
		for _, a := range pred[b] {
			k := evs[a].key0()
			if k.Start.IsZero() || k.End.IsZero() {
				continue
			}
			if evs[b].disp.IsZero() || k.End.After(evs[b].disp.Start) {
				evs[b].disp = diplo.Interval{Start: k.End, End: far}
			}
		}
	}
	// Rank every event once; the heap then compares ranks. The sort reads
	// a compact copy of the keys, and the events only on ties.
	type rankKey struct {
		ks, ke int64
		doc    int32 // the rank of the first source's document ID
		pos    int32 // clamped
		i      int32
	}
	keys := make([]rankKey, len(evs))
	for i := range evs {
		s, e := sortTimes(evs[i].key0())
		keys[i] = rankKey{s.Unix(), e.Unix(), evs[i].idRank, int32(min(max(evs[i].pos, 0), math.MaxInt32)), int32(i)}
	}
	slices.SortFunc(keys, func(x, y rankKey) int {
		if c := cmp.Or(cmp.Compare(x.ks, y.ks), cmp.Compare(x.ke, y.ke), cmp.Compare(x.doc, y.doc), cmp.Compare(x.pos, y.pos)); c != 0 {
			return c
		}
		a, b := &evs[x.i], &evs[y.i]
		return cmp.Or(a.pos-b.pos, cmpItem(a.first, b.first))
	})
	byKey := make([]int32, len(evs))
	for r, k := range keys {
		byKey[r] = k.i
	}
	at := make([]int32, len(evs)) // event -> its rank
	for r, i := range byKey {
		at[i] = int32(r)
	}
	indeg := make([]int, len(evs))
	h := make(rankHeap, 0, len(evs))
	for r, i := range byKey {
		indeg[i] = len(pred[i])
		if indeg[i] == 0 {
			h = append(h, int32(r)) // ascending: already a heap
		}
	}
	out := make([]int, 0, len(evs))
	placed := make([]bool, len(evs))
	next := 0 // lowest rank that may be unplaced, for cycles
	for len(out) < len(evs) {
		if len(h) == 0 { // a cycle: place its least event and go on
			for placed[byKey[next]] {
				next++
			}
			indeg[byKey[next]] = 0
			h.push(int32(next))
		}
		a := int(byKey[h.pop()])
		if placed[a] {
			continue
		}
		placed[a] = true
		out = append(out, a)
		for _, b := range succ[a] {
			indeg[b]--
			if indeg[b] == 0 && !placed[b] {
				h.push(at[b])
			}
		}
	}
	return out
}

// rankHeap is a min-heap of ranks.
type rankHeap []int32

func (h *rankHeap) push(x int32) {
	*h = append(*h, x)
	s := *h
	for i := len(s) - 1; i > 0; {
		p := (i - 1) / 2
		if s[p] <= s[i] {
			break
		}
		s[p], s[i] = s[i], s[p]
		i = p
	}
}

func (h *rankHeap) pop() int32 {
	s := *h
	x := s[0]
	n := len(s) - 1
	s[0] = s[n]
	s = s[:n]
	for i := 0; ; {
		l := 2*i + 1
		if l >= n {
			break
		}
		m := l
		if r := l + 1; r < n && s[r] < s[l] {
			m = r
		}
		if s[i] <= s[m] {
			break
		}
		s[i], s[m] = s[m], s[i]
		i = m
	}
	*h = s
	return x
}

var far = time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC)

// sortTimes are the keys events are displayed by.
func sortTimes(w diplo.Interval) (start, end time.Time) {
	start, end = w.Start, w.End
	if end.IsZero() {
		end = far
	}
	if start.IsZero() {
		start = end
	}
	return start, end
}

// key0 is the interval an event is displayed by.
func (e *event) key0() diplo.Interval {
	if e.Window.IsZero() {
		return e.disp
	}
	return e.Window
}

// Answer is a yes, a no, or "not known".
type Answer uint8

// Answers. The zero Answer is Unknown.
const (
	Unknown Answer = iota
	Yes
	No
)

func (a Answer) String() string {
	switch a {
	case Yes:
		return "yes"
	case No:
		return "no"
	}
	return "unknown"
}

// Order answers precedence questions about one Timeline. Build it once
// with NewOrder when asking many questions.
type Order struct {
	ev   map[string]int
	win  []diplo.Interval
	succ [][]int
}

// NewOrder indexes tl's events and precedence edges.
func NewOrder(tl diplo.Timeline) *Order {
	o := &Order{ev: make(map[string]int, len(tl.Events)), win: make([]diplo.Interval, len(tl.Events)), succ: make([][]int, len(tl.Events))}
	for i, e := range tl.Events {
		o.ev[e.ID] = i
		o.win[i] = e.Window
	}
	for _, p := range tl.Order {
		a, okA := o.ev[p.Before]
		b, okB := o.ev[p.After]
		if okA && okB && a != b {
			o.succ[a] = append(o.succ[a], b)
		}
	}
	return o
}

// Before says whether event a certainly happened before event b: Yes when
// their windows say so or a chain of Order edges leads from a to b; No
// when the same holds from b to a, or a is b; Unknown otherwise, and when
// the sources contradict each other. Unknown IDs give Unknown.
func (o *Order) Before(a, b string) Answer {
	i, okA := o.ev[a]
	j, okB := o.ev[b]
	if !okA || !okB {
		return Unknown
	}
	if i == j {
		return No
	}
	ab := o.win[i].Compare(o.win[j]) == diplo.RelBefore || o.reach(i, j)
	ba := o.win[j].Compare(o.win[i]) == diplo.RelBefore || o.reach(j, i)
	switch {
	case ab && !ba:
		return Yes
	case ba && !ab:
		return No
	}
	return Unknown
}

// reach reports whether edges lead from i to j (a breadth-first search).
func (o *Order) reach(i, j int) bool {
	seen := map[int]bool{i: true}
	q := []int{i}
	for len(q) > 0 {
		a := q[0]
		q = q[1:]
		for _, b := range o.succ[a] {
			if b == j {
				return true
			}
			if !seen[b] {
				seen[b] = true
				q = append(q, b)
			}
		}
	}
	return false
}

// Before says whether event a of tl certainly happened before event b (see
// Order.Before). It indexes tl on every call; use NewOrder for many
// questions.
func Before(tl diplo.Timeline, a, b string) Answer { return NewOrder(tl).Before(a, b) }

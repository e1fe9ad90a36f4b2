package timeline

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/parleyhq/parley/diplo"
)

// Timeline merges and orders everything in s: actors unified across
// reports, one Event per meeting or statement however many reports gave
// it, events in a deterministic display order, and the known partial
// order in Order. Equal Sets give equal Timelines.
func (s Set) Timeline() diplo.Timeline {
	n := 0
	for _, d := range s.docAt {
		n += len(d.actors)
	}
	recs := make([]*actorRec, 0, n)
	// The reports by key; infos by ordinal (see hot.doc).
	ords := make([]int32, len(s.docAt))
	for i := range ords {
		ords[i] = int32(i)
	}
	slices.SortFunc(ords, func(a, b int32) int { return strings.Compare(s.docAt[a].key, s.docAt[b].key) })
	infos := make([]docInfo, len(s.docAt))
	rank := int32(-1)
	for n, o := range ords {
		d := s.docAt[o]
		if n == 0 || d.id != s.docAt[ords[n-1]].id {
			rank++
		}
		infos[o] = docInfo{len(recs), rank}
		for j := range d.actors {
			recs = append(recs, &d.actors[j])
		}
	}
	at := unifyActors(recs)

	// Clusters: the components of the similarity graph, split where a
	// component holds two items of one report.
	comps := s.components()
	adj := s.adjacency()
	clusters := make([][]int32, 0, len(comps))
	for _, c := range comps {
		clusters = s.split(clusters, c, adj)
	}
	var tl diplo.Timeline
	if len(clusters) > 0 {
		tl.Events = make([]diplo.Event, len(clusters))
	}
	evs := make([]event, len(clusters))
	for i := range evs {
		evs[i].Event = &tl.Events[i]
	}
	ar := s.newArena(clusters)
	node := make([]int32, len(s.items)) // node -> event
	for i, c := range clusters {
		s.buildEvent(&evs[i], i, c, at, infos, ar)
		for _, n := range c {
			node[n] = int32(i)
		}
	}
	// Edges from the texts. The items of a report are consecutive nodes.
	var edges []edge
	for i := 0; i < len(s.items); {
		d := s.items[i].doc
		for _, p := range d.precs {
			a, b := node[i+p.before], node[i+p.after]
			if a != b {
				edges = append(edges, edge{a, b, p.basis})
			}
		}
		i += len(d.items)
	}
	// One edge per pair of events, with the greatest basis.
	slices.SortFunc(edges, func(x, y edge) int {
		return cmp.Or(cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b), strings.Compare(y.basis, x.basis))
	})
	edges = slices.CompactFunc(edges, func(x, y edge) bool { return x.a == y.a && x.b == y.b })
	succ := make([][]int, len(evs))
	pred := make([][]int, len(evs))
	for _, e := range edges {
		succ[e.a] = append(succ[e.a], int(e.b))
		pred[e.b] = append(pred[e.b], int(e.a))
	}
	propagate(evs, succ, pred)
	order := displayOrder(evs, succ, pred)
	pos := make([]int, len(evs))
	for p, i := range order {
		pos[i] = p
	}

	tl.Actors = at.actors
	permute(tl.Events, order)
	evs = nil // its Events have moved
	pes := make([]edge, 0, len(edges)+len(order))
	for _, e := range edges {
		pes = append(pes, edge{int32(pos[e.a]), int32(pos[e.b]), e.basis})
	}
	// Date edges along the display order.
	for p := 0; p+1 < len(order); p++ {
		if tl.Events[p].Window.Compare(tl.Events[p+1].Window) == diplo.RelBefore {
			ea, eb := int32(order[p]), int32(order[p+1])
			if _, ok := slices.BinarySearchFunc(edges, edge{a: ea, b: eb}, func(x, y edge) int { return cmp.Or(cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b)) }); !ok {
				pes = append(pes, edge{int32(p), int32(p + 1), "dates"})
			}
		}
	}
	slices.SortFunc(pes, func(x, y edge) int {
		return cmp.Or(cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b), strings.Compare(x.basis, y.basis))
	})
	if len(pes) > 0 {
		tl.Order = make([]diplo.Precedence, len(pes))
	}
	for i, e := range pes {
		tl.Order[i] = diplo.Precedence{Before: tl.Events[e.a].ID, After: tl.Events[e.b].ID, Basis: e.basis}
	}
	return tl
}

// components lists the nodes of each component of the similarity graph,
// each in node order (a counting sort by root).
func (s *Set) components() [][]int32 {
	n := len(s.parent)
	start := make([]int32, n+1)
	// The root of every node, found without changing s (Timeline may run
	// concurrently on one Set): each path is walked once.
	roots := make([]int32, n)
	for i := range roots {
		roots[i] = -1
	}
	var path []int32
	for i := range n {
		j := int32(i)
		for roots[j] < 0 && s.parent[j] != j {
			path = append(path, j)
			j = s.parent[j]
		}
		r := roots[j]
		if r < 0 {
			r = j
			roots[j] = j
		}
		for _, k := range path {
			roots[k] = r
		}
		path = path[:0]
		start[r+1]++
	}
	for i := 1; i <= n; i++ {
		start[i] += start[i-1]
	}
	flat := make([]int32, n)
	fill := slices.Clone(start[:n])
	for i, r := range roots {
		flat[fill[r]] = int32(i)
		fill[r]++
	}
	comps := make([][]int32, 0, n/2+1)
	for r := range n {
		if start[r+1] > start[r] {
			comps = append(comps, flat[start[r]:start[r+1]:start[r+1]])
		}
	}
	return comps
}

// graph is an adjacency list in compressed form: the neighbours of node
// i are nb[at[i]:at[i+1]].
type graph struct{ at, nb []int32 }

// adjacency is the similarity graph of s.
func (s *Set) adjacency() graph {
	g := graph{at: make([]int32, len(s.items)+1), nb: make([]int32, len(s.edges))}
	for _, n := range s.edges {
		g.at[n+1]++
	}
	for i := 1; i < len(g.at); i++ {
		g.at[i] += g.at[i-1]
	}
	fill := slices.Clone(g.at[:len(s.items)])
	for k := 0; k+1 < len(s.edges); k += 2 {
		a, b := s.edges[k], s.edges[k+1]
		g.nb[fill[a]] = b
		fill[a]++
		g.nb[fill[b]] = a
		fill[b]++
	}
	return g
}

// edge says event a precedes event b, on basis.
type edge struct {
	a, b  int32
	basis string
}

// split divides one component into events, appended to out: when no
// report gives two of its items, the whole component; otherwise greedily,
// items in canonical order joining the event of their most similar
// neighbour that has no item of their report yet. The result depends only
// on the component.
func (s *Set) split(out [][]int32, comp []int32, g graph) [][]int32 {
	c := comp
	if len(c) == 1 {
		return append(out, c)
	}
	slices.SortFunc(c, func(a, b int32) int { return cmpItem(s.items[a], s.items[b]) })
	dup := false
	for i, n := range c {
		for _, m := range c[:i] {
			if s.items[m].doc == s.items[n].doc {
				dup = true
				break
			}
		}
		if dup || i >= 16 {
			break
		}
	}
	if !dup && len(c) > 16 {
		docs := make(map[*docData]bool, len(c))
		for _, n := range c {
			if docs[s.items[n].doc] {
				dup = true
				break
			}
			docs[s.items[n].doc] = true
		}
	}
	if !dup {
		return append(out, c)
	}
	first := len(out)
	assign := make(map[int32]int, len(c))
	var outDocs []map[*docData]bool
	for _, n := range c {
		it := s.items[n]
		best, bestScore := -1, -1
		nb := slices.Clone(g.nb[g.at[n]:g.at[n+1]])
		slices.SortFunc(nb, func(a, b int32) int { return cmpItem(s.items[a], s.items[b]) })
		for _, m := range nb {
			ci, ok := assign[m]
			if !ok || outDocs[ci][it.doc] {
				continue
			}
			sc := 1
			if it.kind == diplo.MeetingEvent {
				sc = meetingScore(it, s.items[m])
			}
			if sc > bestScore {
				best, bestScore = ci, sc
			}
		}
		if best < 0 {
			best = len(outDocs)
			out = append(out, nil)
			outDocs = append(outDocs, map[*docData]bool{})
		}
		out[first+best] = append(out[first+best], n)
		outDocs[best][it.doc] = true
		assign[n] = best
	}
	return out
}

// permute puts es[order[p]] at position p, in place.
func permute(es []diplo.Event, order []int) {
	done := make([]bool, len(es))
	for p := range es {
		if done[p] {
			continue
		}
		tmp := es[p]
		j := p
		for {
			done[j] = true
			k := order[j]
			if k == p {
				es[j] = tmp
				break
			}
			es[j] = es[k]
			j = k
		}
	}
}

// docInfo is where a report's actors start in the actor records, and the
// rank of its document ID among the IDs of the set.
type docInfo struct {
	off    int
	idRank int32
}

// event is an Event being built (in place, in the Timeline's Events),
// with what ordering needs.
type event struct {
	*diplo.Event
	first  *item          // its first source
	idRank int32          // the rank of its first source's document ID
	pos    int            // position of its first source in its document
	disp   diplo.Interval // for an event with no window, where to display it
}

var statusRank = [...]int{diplo.Proposed: 1, diplo.Planned: 2, diplo.Postponed: 3, diplo.Ongoing: 4, diplo.Held: 5, diplo.Cancelled: 5}

func rank(s diplo.Status) int {
	if int(s) < len(statusRank) {
		return statusRank[s]
	}
	return 0
}

// buildEvent merges the items of cluster number num (its nodes c, sorted
// canonically by newArena) into an event.
func (s *Set) buildEvent(ev *event, num int, c []int32, at actorTable, infos []docInfo, ar *arena) {
	its := make([]*item, len(c))
	for i, n := range c {
		its[i] = s.items[n]
	}
	info := func(i int) docInfo { return infos[s.hots.at(c[i]).doc-1] }
	f := its[0]
	ev.first, ev.pos, ev.idRank = f, f.pos, info(0).idRank
	ev.ID = ar.id(num)
	ev.Kind = f.kind
	ev.Sources = ar.sources(len(its))
	// canon is the Timeline's ID of actor id of item its[i].
	canon := func(i int, id string) string {
		if j, ok := its[i].doc.actor(id); ok {
			return at.ids[info(i).off+int(j)]
		}
		return id
	}
	// idSet is the sorted set of the Timeline IDs of the actors the
	// items list (list gives each item's), kept in the arena.
	idSet := func(list func(it *item) []string) []string {
		start := len(ar.str)
		for i, it := range its {
			for _, id := range list(it) {
				ar.str = append(ar.str, canon(i, id))
			}
		}
		return ar.take(start)
	}
	var topics []topicCount
	for i, it := range its {
		ev.Sources = append(ev.Sources, diplo.Source{
			Document: it.doc.id, Outlet: it.doc.outlet, Published: it.doc.published,
			Item: it.id, Evidence: it.evidence, Quote: it.quote,
		})
		for _, t := range it.topics {
			topics = countTopic(topics, t)
		}
		for _, cd := range it.conds {
			cd.ID = it.doc.id + "#" + cd.ID
			cd.Holder = canon(i, cd.Holder)
			cd.Target = ev.ID
			if !hasCondition(ev.Conditions, cd) {
				ev.Conditions = append(ev.Conditions, cd)
			}
		}
	}
	slices.SortFunc(topics, func(a, b topicCount) int {
		return cmp.Or(b.n-a.n, strings.Compare(string(a.t), string(b.t)))
	})
	if len(topics) > 0 {
		start := len(ar.topic)
		for _, tc := range topics {
			ar.topic = append(ar.topic, tc.t)
		}
		ev.Topics = ar.topic[start:len(ar.topic):len(ar.topic)]
	}

	if f.kind == diplo.MeetingEvent {
		ar.meeting = append(ar.meeting, *f.meeting)
		m := &ar.meeting[len(ar.meeting)-1]
		m.ID = ev.ID
		m.Time = ""
		m.Topics = ev.Topics
		var kinds [16]int
		for _, it := range its {
			kinds[it.meeting.Kind&15]++
			if m.Outcome == "" {
				m.Outcome = it.meeting.Outcome
			}
		}
		m.Parties = idSet(func(it *item) []string { return it.meeting.Parties })
		m.Participants = idSet(func(it *item) []string { return it.meeting.Participants })
		for k, n := range kinds {
			if n > kinds[m.Kind&15] {
				m.Kind = diplo.MeetingKind(k)
			}
		}
		m.Location, ev.Conflicts = mergeLocation(its, ev.Conflicts)
		ev.History, ev.Status = history(its)
		m.Status = ev.Status
		if hasStatus(ev.History, diplo.Held) && hasStatus(ev.History, diplo.Cancelled) {
			ev.Conflicts = append(ev.Conflicts, statusConflict(ev.History))
		}
		ev.Meeting = m
	} else {
		ar.stmt = append(ar.stmt, *f.stmt)
		st := &ar.stmt[len(ar.stmt)-1]
		st.ID = ev.ID
		st.Time = ""
		st.Topics = ev.Topics
		var evid [16]int
		for _, it := range its {
			st.Direct = st.Direct || it.stmt.Direct
			evid[it.stmt.Evidential&15]++
		}
		st.Speakers = idSet(func(it *item) []string { return it.stmt.Speakers })
		st.ReportedBy = idSet(func(it *item) []string { return it.stmt.ReportedBy })
		for e, n := range evid {
			if n > evid[st.Evidential&15] {
				st.Evidential = diplo.Evidential(e)
			}
		}
		ev.Statement = st
	}
	ev.Time, ev.Window, ev.Conflicts = mergeTime(its, ev.Kind, ev.Conflicts)
}

type topicCount struct {
	t diplo.Topic
	n int
}

func countTopic(ts []topicCount, t diplo.Topic) []topicCount {
	for i := range ts {
		if ts[i].t == t {
			ts[i].n++
			return ts
		}
	}
	return append(ts, topicCount{t, 1})
}

func hasCondition(cs []diplo.Condition, c diplo.Condition) bool {
	for _, x := range cs {
		if x.Holder == c.Holder && diplo.Slug(x.Requirement) == diplo.Slug(c.Requirement) {
			return true
		}
	}
	return false
}

func hasStatus(h []diplo.StatusChange, s diplo.Status) bool {
	for _, c := range h {
		if c.Status == s {
			return true
		}
	}
	return false
}

func statusConflict(h []diplo.StatusChange) diplo.Conflict {
	c := diplo.Conflict{Field: "status"}
	for _, s := range []diplo.Status{diplo.Held, diplo.Cancelled} {
		v := diplo.ConflictValue{Value: s.String()}
		for _, x := range h {
			if x.Status == s {
				v.Documents = append(v.Documents, x.Document)
			}
		}
		v.Documents = uniqSorted(v.Documents)
		c.Values = append(c.Values, v)
	}
	return c
}

// history lists the statuses the sources give, in the order the meeting
// moved through them, and the latest.
func history(its []*item) ([]diplo.StatusChange, diplo.Status) {
	var h []diplo.StatusChange
	dated := true
	for _, it := range its {
		if it.status == 0 {
			continue
		}
		h = append(h, diplo.StatusChange{Status: it.status, Document: it.doc.id, Published: it.doc.published})
		dated = dated && !it.doc.published.IsZero()
	}
	slices.SortFunc(h, func(a, b diplo.StatusChange) int {
		byDate := a.Published.Compare(b.Published)
		byRank := rank(a.Status) - rank(b.Status)
		if dated {
			return cmp.Or(byDate, byRank, strings.Compare(a.Document, b.Document), int(a.Status)-int(b.Status))
		}
		return cmp.Or(byRank, byDate, strings.Compare(a.Document, b.Document), int(a.Status)-int(b.Status))
	})
	h = slices.Compact(h)
	if len(h) == 0 {
		return nil, 0
	}
	return h, h[len(h)-1].Status
}

// mergeLocation picks the most specific agreed location and records
// disagreeing ones as a conflict.
func mergeLocation(its []*item, cs []diplo.Conflict) (diplo.Location, []diplo.Conflict) {
	type group struct {
		loc  diplo.Location
		docs []string
	}
	var gs []group
	var third diplo.Location
	for _, it := range its {
		l := it.meeting.Location
		if l.IsZero() {
			continue
		}
		if !namedPlace(&l) {
			if third.IsZero() {
				third = l
			}
			continue
		}
		found := false
		for i := range gs {
			if samePlace(gs[i].loc, l) {
				gs[i].docs = append(gs[i].docs, it.doc.id)
				if len(l.Name) > len(gs[i].loc.Name) {
					gs[i].loc = l
				}
				found = true
				break
			}
		}
		if !found {
			gs = append(gs, group{loc: l, docs: []string{it.doc.id}})
		}
	}
	if len(gs) == 0 {
		return third, cs
	}
	best := 0
	for i := range gs {
		if len(gs[i].docs) > len(gs[best].docs) {
			best = i
		}
	}
	if len(gs) > 1 {
		c := diplo.Conflict{Field: "location"}
		for _, g := range gs {
			c.Values = append(c.Values, diplo.ConflictValue{Value: placeName(g.loc), Documents: uniqSorted(g.docs)})
		}
		slices.SortFunc(c.Values, func(a, b diplo.ConflictValue) int { return strings.Compare(a.Value, b.Value) })
		cs = append(cs, c)
	}
	return gs[best].loc, cs
}

func placeName(l diplo.Location) string {
	switch {
	case l.Name != "":
		return l.Name
	case l.Country != "":
		return l.Country
	case l.ThirdCountry:
		return "a third country"
	}
	return ""
}

// mergeTime picks the event's time (the narrowest known one, else the
// first given), its window (what all sources allow together), and records
// dates that cannot be reconciled as a conflict.
func mergeTime(its []*item, kind diplo.EventKind, cs []diplo.Conflict) (diplo.Time, diplo.Interval, []diplo.Conflict) {
	var best *item
	for _, it := range its {
		if it.time.ID == "" {
			continue
		}
		switch {
		case best == nil:
			best = it
		case best.own.IsZero() && !it.own.IsZero():
			best = it
		case !it.own.IsZero() && width(it.own) < width(best.own):
			best = it
		}
	}
	var t diplo.Time
	if best != nil {
		t = *best.time
		t.ID = best.doc.id + "#" + t.ID
		if t.Anchor != "" {
			t.Anchor = best.doc.id + "#" + t.Anchor
		}
	}
	// Conflicting dates: own intervals that do not overlap.
	conflict := false
	for i, a := range its {
		for _, b := range its[i+1:] {
			if r := a.own.Compare(b.own); r == diplo.RelBefore || r == diplo.RelAfter {
				conflict = true
			}
		}
		if i > 64 { // enough to know; bounds the work on huge events
			break
		}
	}
	var win diplo.Interval
	if conflict {
		c := diplo.Conflict{Field: "time"}
		vals := map[string][]string{}
		for _, it := range its {
			if !it.own.IsZero() {
				v := it.time.Value
				if v == "" {
					v = it.time.Text
				}
				vals[v] = append(vals[v], it.doc.id)
			}
			win = hull(win, it.own)
		}
		for _, v := range slices.Sorted(maps.Keys(vals)) {
			c.Values = append(c.Values, diplo.ConflictValue{Value: v, Documents: uniqSorted(vals[v])})
		}
		cs = append(cs, c)
		return t, win, cs
	}
	ok := true
	for _, it := range its {
		if win, ok = intersect(win, it.cert); !ok {
			break
		}
	}
	if !ok { // the publication bounds disagree with a date: keep the dates
		win = diplo.Interval{}
		for _, it := range its {
			win, _ = intersect(win, it.own)
		}
	}
	if kind == diplo.StatementEvent && win.Start.IsZero() && !win.End.IsZero() && (best == nil || best.own.IsZero()) {
		win.Start = win.End.Add(-Recency - day)
	}
	return t, win, cs
}

func width(iv diplo.Interval) time.Duration {
	if iv.Start.IsZero() || iv.End.IsZero() {
		return 1 << 62
	}
	return iv.End.Sub(iv.Start)
}

func hull(a, b diplo.Interval) diplo.Interval {
	if a.IsZero() {
		return b
	}
	if b.IsZero() {
		return a
	}
	if b.Start.IsZero() || !a.Start.IsZero() && b.Start.Before(a.Start) {
		a.Start = b.Start
	}
	if b.End.IsZero() || !a.End.IsZero() && b.End.After(a.End) {
		a.End = b.End
	}
	return a
}

// propagate narrows windows along the edges: if a precedes b, b starts no
// earlier than a can start, and a ends no later than b can end. Events on
// cycles (sources contradicting each other) are left as they are.
func propagate(evs []event, succ, pred [][]int) {
	topo := topoOrder(len(evs), succ, pred)
	for _, a := range topo {
		for _, b := range succ[a] {
			if s := evs[a].Window.Start; !s.IsZero() && (evs[b].Window.Start.IsZero() || s.After(evs[b].Window.Start)) {
				if evs[b].Window.End.IsZero() || s.Before(evs[b].Window.End) {
					evs[b].Window.Start = s
				}
			}
		}
	}
	for i := len(topo) - 1; i >= 0; i-- {
		b := topo[i]
		for _, a := range pred[b] {
			if e := evs[b].Window.End; !e.IsZero() && (evs[a].Window.End.IsZero() || e.Before(evs[a].Window.End)) {
				if evs[a].Window.Start.IsZero() || e.After(evs[a].Window.Start) {
					evs[a].Window.End = e
				}
			}
		}
	}
}

// topoOrder is a topological order of the events not on cycles.
func topoOrder(n int, succ, pred [][]int) []int {
	indeg := make([]int32, n)
	out := make([]int, 0, n) // also the queue: out[head:] is still to visit
	for i := range pred {
		indeg[i] = int32(len(pred[i]))
		if indeg[i] == 0 {
			out = append(out, i)
		}
	}
	for head := 0; head < len(out); head++ {
		for _, b := range succ[out[head]] {
			indeg[b]--
			if indeg[b] == 0 {
				out = append(out, b)
			}
		}
	}
	return out
}

// arena holds what the events of one Timeline call share: their IDs in
// one string, and the backing arrays of their sources, topics and actor
// lists, so that building an event allocates little. Every slice handed
// out is capped at its length, so appending to one never writes into
// another.
type arena struct {
	ids     string  // every event ID, in cluster order
	idEnd   []int32 // where each ends in ids
	source  []diplo.Source
	topic   []diplo.Topic
	str     []string
	meeting []diplo.Meeting
	stmt    []diplo.Statement
}

// newArena sorts each cluster's nodes canonically (cmpItem), which makes
// its first item the one that names the event, and sizes an arena for
// the events of clusters.
func (s *Set) newArena(clusters [][]int32) *arena {
	ar := &arena{idEnd: make([]int32, len(clusters))}
	var b strings.Builder
	nTopic, nStr, nMeeting := 0, 0, 0
	for i, c := range clusters {
		slices.SortFunc(c, func(a, b int32) int { return cmpItem(s.items[a], s.items[b]) })
		f := s.items[c[0]]
		if f.kind == diplo.MeetingEvent {
			nMeeting++
		}
		b.WriteString(f.doc.id)
		b.WriteByte('#')
		b.WriteString(f.id)
		ar.idEnd[i] = int32(b.Len())
		for _, n := range c {
			it := s.items[n]
			nTopic += len(it.topics)
			if it.kind == diplo.MeetingEvent {
				nStr += len(it.meeting.Parties) + len(it.meeting.Participants)
			} else {
				nStr += len(it.stmt.Speakers) + len(it.stmt.ReportedBy)
			}
		}
	}
	ar.ids = b.String()
	ar.source = make([]diplo.Source, 0, len(s.items))
	ar.topic = make([]diplo.Topic, 0, nTopic)
	ar.str = make([]string, 0, nStr)
	ar.meeting = make([]diplo.Meeting, 0, nMeeting)
	ar.stmt = make([]diplo.Statement, 0, len(clusters)-nMeeting)
	return ar
}

// id is the ID of event i (the cluster's number).
func (ar *arena) id(i int) string {
	start := int32(0)
	if i > 0 {
		start = ar.idEnd[i-1]
	}
	return ar.ids[start:ar.idEnd[i]]
}

// sources is an empty slice with room for n sources.
func (ar *arena) sources(n int) []diplo.Source {
	start := len(ar.source)
	if start+n > cap(ar.source) {
		return make([]diplo.Source, 0, n)
	}
	ar.source = ar.source[:start+n]
	return ar.source[start : start : start+n]
}

// take sorts and dedups ar.str[start:] and hands it out (nil when empty).
func (ar *arena) take(start int) []string {
	u := uniqSorted(ar.str[start:])
	ar.str = ar.str[:start+len(u)]
	if len(u) == 0 {
		return nil
	}
	return ar.str[start:len(ar.str):len(ar.str)]
}

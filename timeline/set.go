package timeline

import (
	"maps"
	"math"
	"slices"
	"time"

	"github.com/parleyhq/parley/diplo"
)

// Set is the merge state: the meetings and statements of any number of
// reports, grouped into events. Build one with FromReport or Add and
// combine them with Merge; Timeline turns a Set into a diplo.Timeline.
//
// The grouping is a function of the set of reports alone: Merge is
// commutative, associative and idempotent (merging a report twice changes
// nothing), so Sets can be built in any order, in parallel, or as the
// combiner of a map-reduce job, and always give the same Timeline.
//
// The zero Set is empty and ready to use. A Set is a value, but Add
// changes it in place: copy it with Clone before adding to a copy.
type Set struct {
	docs   map[string]*docData // by docData.key
	docAt  []*docData          // by ordinal - 1 (see hot.doc), in the order added
	items  []*item             // node i is items[i]
	hots   chunks[hot]         // node i's hot record
	parent []int32             // union-find forest over nodes
	size   []int32             // for a root, the size of its tree
	edges  []int32             // similar pairs found: edges[2k] and edges[2k+1]
	index  map[uint64]int32    // candidate buckets (see bucketKey) -> bucket
	bucket chunks[bucket]      // their contents
	entry  chunks[entry]       // bucket overflow as linked lists
	mark   []uint32            // scratch: the probe that last saw a node
	kbuf   []indexKey          // scratch: bucket keys
	nUnb   int                 // items filed as unbounded
	probe  uint32
}

// FromReport makes the Set of one report.
func FromReport(r diplo.Report) Set {
	var s Set
	s.Add(r)
	return s
}

// Len is the number of reports in s.
func (s Set) Len() int { return len(s.docs) }

// Add merges one report into s, touching only the events it can join
// (found through an index on parties, speakers, time and words).
func (s *Set) Add(r diplo.Report) { s.addDoc(newDoc(r)) }

// Merge returns the union of a and b. It does not change a or b.
func Merge(a, b Set) Set {
	if len(a.items) < len(b.items) || len(a.items) == len(b.items) && len(a.docs) < len(b.docs) {
		a, b = b, a
	}
	out := a.Clone()
	keys := slices.Sorted(maps.Keys(b.docs))
	for _, k := range keys {
		out.addDoc(b.docs[k])
	}
	return out
}

// Clone returns a copy of s that shares no mutable state with it.
func (s Set) Clone() Set {
	return Set{
		docs:   maps.Clone(s.docs),
		docAt:  slices.Clip(slices.Clone(s.docAt)),
		items:  slices.Clip(slices.Clone(s.items)),
		hots:   s.hots.clone(),
		parent: slices.Clip(slices.Clone(s.parent)),
		size:   slices.Clip(slices.Clone(s.size)),
		edges:  slices.Clip(slices.Clone(s.edges)),
		index:  maps.Clone(s.index),
		bucket: s.bucket.clone(),
		entry:  s.entry.clone(),
		nUnb:   s.nUnb,
	}
}

// addDoc adds a normalized report unless the same report is there.
func (s *Set) addDoc(d *docData) {
	if s.docs == nil {
		s.docs = map[string]*docData{}
		s.index = map[uint64]int32{}
	}
	if _, dup := s.docs[d.key]; dup {
		return
	}
	s.docs[d.key] = d
	s.docAt = append(s.docAt, d)
	ord := int32(len(s.docAt))
	for i := range d.items {
		it := &d.items[i]
		n := int32(len(s.items))
		s.items = append(s.items, it)
		s.hots.push(hotOf(it, ord))
		s.parent = append(s.parent, n)
		s.size = append(s.size, 1)
		lo, hi := days(it.compat)
		for len(s.mark) < len(s.items) {
			s.mark = append(s.mark, 0)
		}
		s.probe++
		if s.probe == 0 { // wrapped: forget every mark
			clear(s.mark)
			s.probe = 1
		}
		// One lookup per bucket: probe it for candidates, then file the
		// item in it. (Filing before a later probe only lets the item meet
		// itself, which mayBeSimilar rules out.)
		_, _, bounded := months(it.compat)
		if !bounded && len(it.bases) > 0 && s.nUnb == 0 {
			s.fileAllMonths() // the first unbounded item: see allMonths
		}
		s.kbuf = indexKeys(s.kbuf[:0], it, s.nUnb > 0)
		for _, k := range s.kbuf {
			bi, ok := s.index[k.key]
			if ok && k.probe {
				b := s.bucket.at(bi)
				for j := range min(int(b.n), len(b.in)) {
					s.consider(it, n, b.in[j], lo, hi)
				}
				for e := b.more - 1; e >= 0; e = s.entry.at(e).next - 1 {
					s.consider(it, n, s.entry.at(e).slot, lo, hi)
				}
			}
			if k.file {
				s.file(k.key, bi, ok, slot{node: n, lo: lo, hi: hi})
			}
		}
		if !bounded && len(it.bases) > 0 {
			s.nUnb++
		}
	}
}

// file adds sl to the bucket with key k (index bi, when ok says the
// bucket exists).
func (s *Set) file(k uint64, bi int32, ok bool, sl slot) {
	if !ok {
		bi = s.bucket.push(bucket{})
		s.index[k] = bi
	}
	b := s.bucket.at(bi)
	if int(b.n) < len(b.in) {
		b.in[b.n] = sl
	} else {
		b.more = s.entry.push(entry{slot: sl, next: b.more}) + 1
	}
	b.n++
}

// fileAllMonths files every item so far under allMonths, which only
// unbounded items probe: until the first of them arrives nothing is filed
// there (see indexKeys), and from then on every item is.
func (s *Set) fileAllMonths() {
	for n, it := range s.items[:len(s.items)-1] {
		lo, hi := days(it.compat)
		for _, base := range it.bases {
			k := bucketKey(base, allMonths)
			bi, ok := s.index[k]
			s.file(k, bi, ok, slot{node: int32(n), lo: lo, hi: hi})
		}
	}
}

// consider compares item it (node n, merge window lo..hi in days) with
// the item of slot c, unless this probe has already compared them or
// their hot records rule the pair out, and records an edge when they are
// similar.
func (s *Set) consider(it *item, n int32, c slot, lo, hi int32) {
	if c.lo > hi+slackDays || lo > c.hi+slackDays {
		return // farApart: similar would say no
	}
	if !mayBeSimilar(it, s.hots.at(n), s.hots.at(c.node), lo, hi, c.lo, c.hi) {
		return
	}
	if s.mark[c.node] == s.probe {
		return
	}
	s.mark[c.node] = s.probe
	if similar(it, s.items[c.node]) {
		s.edges = append(s.edges, n, c.node)
		s.union(n, c.node)
	}
}

// slackDays is DateSlack in days.
const slackDays = int32(DateSlack / day)

// days is iv in whole days since 1970, widened outwards; unbounded sides
// are the extreme int32 values. Two items whose windows are more than
// slackDays apart are never similar, which lets the index reject them
// without reading the items.
func days(iv diplo.Interval) (lo, hi int32) {
	lo, hi = math.MinInt32/2, math.MaxInt32/2
	if !iv.Start.IsZero() {
		lo = int32(max(min(iv.Start.Unix()/86400, math.MaxInt32/4), math.MinInt32/4))
		if iv.Start.Unix() < 0 && iv.Start.Unix()%86400 != 0 {
			lo--
		}
	}
	if !iv.End.IsZero() {
		hi = int32(max(min((iv.End.Unix()+86399)/86400, math.MaxInt32/4), math.MinInt32/4))
	}
	return lo, hi
}

func (s *Set) find(n int32) int32 {
	for s.parent[n] != n {
		s.parent[n] = s.parent[s.parent[n]]
		n = s.parent[n]
	}
	return n
}

func (s *Set) union(a, b int32) {
	ra, rb := s.find(a), s.find(b)
	if ra == rb {
		return
	}
	if s.size[ra] < s.size[rb] {
		ra, rb = rb, ra
	}
	s.parent[rb] = ra
	s.size[ra] += s.size[rb]
}

// Index buckets. An item is filed under its bases (a meeting: its parties,
// or with none each participant; a statement: each speaker with each word
// of its content's prefix, see prefixWords): each base once for every
// quarter of a year its merge window touches, or once as unbounded when
// the window is unbounded or longer than maxBucketMonths, and once under
// allMonths.
//
// Candidates are the items sharing a base whose windows, widened by
// DateSlack, share a quarter, and, for an item with an unbounded window,
// every item sharing a base. The relation is symmetric, so the pairs
// compared do not depend on the order items arrive in. Reports with
// publication dates always have bounded windows; the work per item then
// depends on how many reports cover the same parties or speaker in the
// same quarters, not on the size of the set.
const maxBucketMonths = 30

// slot is one item in one bucket with its merge window in days (see
// days), so that the index rejects items far apart in time without
// reading them.
type slot struct{ node, lo, hi int32 }

// bucket is the contents of one index bucket: its first slots inline, so
// that a probe usually reads no memory beyond the map, and the rest as a
// list through Set.entry (more is its first entry + 1, 0 for none).
type bucket struct {
	n    int32
	more int32
	in   [3]slot
}

// entry is a slot of a bucket that has outgrown its inline slots; next is
// the following entry + 1 (0 ends the list).
type entry struct {
	slot
	next int32
}

const (
	allMonths = -1 // the bucket holding every item of a base
	unbounded = -2 // the bucket of the items with unbounded windows
)

// bucketKey is the index key of the bucket of base in time bucket month.
func bucketKey(base uint64, month int) uint64 { return hashInit.u64(base).u64(uint64(month)).sum() }

// bases are the bases an item is filed under, hashed.
func bases(it *item) []uint64 {
	var bs []uint64
	if it.kind == diplo.MeetingEvent {
		if it.parties != "" {
			return []uint64{hashInit.byte('m').str(it.parties).sum()}
		}
		for _, p := range it.people {
			bs = append(bs, p.indexHash(hashInit.byte('@')).sum())
		}
		return bs
	}
	pw := prefixWords(it.words)
	bs = make([]uint64, 0, len(it.people)*len(pw))
	for _, p := range it.people {
		h := p.indexHash(hashInit.byte('s'))
		for _, w := range pw {
			bs = append(bs, h.u64(w).sum())
		}
	}
	return bs
}

// months is the range of time buckets iv touches: quarters of a year,
// numbered year*4+quarter; ok is false when iv is unbounded or longer than
// maxBucketMonths.
func months(iv diplo.Interval) (first, last int, ok bool) {
	if iv.Start.IsZero() || iv.End.IsZero() {
		return 0, 0, false
	}
	e := iv.End.Add(-time.Nanosecond)
	if (e.Year()*12+int(e.Month()))-(iv.Start.Year()*12+int(iv.Start.Month())) > maxBucketMonths {
		return 0, 0, false
	}
	a := iv.Start.Year()*4 + (int(iv.Start.Month())-1)/3
	b := e.Year()*4 + (int(e.Month())-1)/3
	return a, b, b >= a
}

// indexKey is an index bucket an item is looked for in (probe), filed
// in, or both.
type indexKey struct {
	key         uint64
	probe, file bool
}

// indexKeys lists the buckets of it (see above): those it is filed under,
// and those that can hold candidates for it. For a bounded item these are
// the quarters its window touches once widened by DateSlack (items
// further apart are never similar), filed in where the window itself
// touches them, and the unbounded bucket when the set has unbounded items
// (withUnbounded); an unbounded item is probed against every item of its
// bases (allMonths) and filed as unbounded. Every item is filed under
// allMonths once the set has an unbounded item (withUnbounded): before
// that, nothing would probe it (see fileAllMonths).
func indexKeys(ks []indexKey, it *item, withUnbounded bool) []indexKey {
	a, b, ok := months(it.compat)
	pa, pb := 0, -1
	if ok {
		pa, pb = quarter(it.compat.Start.Add(-DateSlack-day)), quarter(it.compat.End.Add(DateSlack+day))
	}
	for _, base := range it.bases {
		if !ok {
			ks = append(ks, indexKey{bucketKey(base, allMonths), true, true}, indexKey{bucketKey(base, unbounded), false, true})
			continue
		}
		if withUnbounded {
			ks = append(ks, indexKey{bucketKey(base, allMonths), false, true}, indexKey{bucketKey(base, unbounded), true, false})
		}
		for m := min(pa, a); m <= max(pb, b); m++ {
			ks = append(ks, indexKey{bucketKey(base, m), pa <= m && m <= pb, a <= m && m <= b})
		}
	}
	return ks
}

// quarter is the time bucket of t.
func quarter(t time.Time) int { return t.Year()*4 + (int(t.Month())-1)/3 }

// statementJaccard is how much of their content words two statements by
// one speaker must share to be one statement.
const statementJaccard = 0.5

// prefixWords is the prefix filter of a statement's words (sorted word
// hashes): if two word sets have a Jaccard similarity of at least
// statementJaccard, their prefixes under one fixed global order (here the
// order of the hashes) share a word. So only statements sharing a prefix
// word need comparing.
func prefixWords(ws []uint64) []uint64 {
	if len(ws) == 0 {
		return nil
	}
	need := int(float64(len(ws))*statementJaccard + 0.999999)
	n := len(ws) - need + 1
	return ws[:max(1, min(n, len(ws)))]
}

package timeline

import (
	"math"

	"github.com/parleyhq/parley/diplo"
)

// hot is what the index keeps of an item, in one cache line and with no
// pointers, so that a probe can rule out most candidates without reading
// them (see mayBeSimilar). The Set holds one per node, in node order.
type hot struct {
	partiesH uint64 // item.partiesH
	tval     uint64 // item.tval
	locH     uint64 // hash of item.locKey, 0 when it is empty
	ctyH     uint64 // hash of item.country, 0 when it is empty
	bloom    uint64 // one bit per content word (see wordBit)
	pubDay   int32  // the publication date in days since 1970
	doc      int32  // the ordinal of the item's report in its Set
	ownLo    int32  // item.own in whole days, widened outwards (see days)
	ownHi    int32
	nWords   int32
	kind     diplo.EventKind
	status   diplo.Status
	mkind    diplo.MeetingKind
	flags    hotFlags
}

// hotFlags are the yes-or-no facts about an item that similar reads.
type hotFlags uint8

const (
	hasPub    hotFlags = 1 << iota // its article has a publication date
	hasOwn                         // item.own is not zero
	dayGran                        // item.dayGran
	named                          // item.named
	hasPeople                      // it has participants or speakers
	topics1                        // it has a topic
	topics2                        // it has at least two topics
	noParties                      // item.parties is empty
)

// wordBit is the bloom bit of a content word hash.
func wordBit(w uint64) uint64 { return 1 << (w * 0x9E3779B97F4A7C15 >> 58) }

// hotOf summarizes it, an item of the report with ordinal doc.
func hotOf(it *item, doc int32) hot {
	h := hot{partiesH: it.partiesH, tval: it.tval, kind: it.kind, status: it.status, mkind: it.mkind,
		nWords: int32(min(len(it.words), math.MaxInt32)), doc: doc}
	if it.locKey != "" {
		h.locH = hashInit.str(it.locKey).sum() | 1
	}
	if it.country != "" {
		h.ctyH = hashInit.str(it.country).sum() | 1
	}
	for _, w := range it.words {
		h.bloom |= wordBit(w)
	}
	if it.hasPub {
		h.flags |= hasPub
		h.pubDay = int32(max(min(floorDiv(it.pubSec, 86400), math.MaxInt32), math.MinInt32))
	}
	if !it.own.IsZero() {
		h.flags |= hasOwn
	}
	h.ownLo, h.ownHi = days(it.own)
	if it.dayGran {
		h.flags |= dayGran
	}
	if it.named {
		h.flags |= named
	}
	if len(it.people) > 0 {
		h.flags |= hasPeople
	}
	if len(it.topics) >= 1 {
		h.flags |= topics1
	}
	if len(it.topics) >= 2 {
		h.flags |= topics2
	}
	if it.parties == "" {
		h.flags |= noParties
	}
	return h
}

// mayBeSimilar reports whether similar(a, b) can be true, reading only
// their hot records, a's words and their merge windows in days (alo..ahi,
// blo..bhi, as days gives them). It never says no where similar says
// yes: every test it makes is implied by one of similar's, with interval
// tests made on day windows that contain the real intervals, and overlap
// counts bounded from above by the bloom filter. It may say yes where
// similar says no; similar then decides.
func mayBeSimilar(a *item, ah, bh *hot, alo, ahi, blo, bhi int32) bool {
	if ah.doc == bh.doc || ah.kind != bh.kind {
		return false
	}
	// gap(a.compat, b.compat) > DateSlack.
	if alo > bhi+slackDays || blo > ahi+slackDays {
		return false
	}
	shared := sharedBound(a.words, bh.bloom)
	if ah.kind == diplo.StatementEvent {
		if ah.flags&bh.flags&hasPeople == 0 || ah.nWords < 2 || bh.nWords < 2 {
			return false
		}
		if daysBefore(ah.ownLo, ah.ownHi, bh.ownLo, bh.ownHi) || daysBefore(alo, ahi, blo, bhi) {
			return false
		}
		return 3*shared >= ah.nWords+bh.nWords
	}
	return meetingScoreBound(ah, bh, alo, ahi, blo, bhi, shared) >= meetingThreshold
}

// sharedBound is at least how many of the sorted word hashes ws a word
// list with the given bloom filter shares.
func sharedBound(ws []uint64, bloom uint64) int32 {
	n := int32(0)
	for _, w := range ws {
		if bloom&wordBit(w) != 0 {
			n++
		}
	}
	return n
}

// daysBefore reports whether day window a ends before day window b
// starts, which implies that the intervals they contain are in that
// order (Interval.Compare gives RelBefore or RelAfter).
func daysBefore(alo, ahi, blo, bhi int32) bool { return ahi <= blo || bhi <= alo }

// meetingScoreBound is at least meetingScore(a, b) whenever that is not
// negative, term by term: the terms it cannot compute from the hot
// records (shared participants, shared topics) count as met, and shared
// words come from the bloom bound.
func meetingScoreBound(a, b *hot, alo, ahi, blo, bhi int32, shared int32) int {
	if a.partiesH != b.partiesH || isCall(a.mkind) != isCall(b.mkind) {
		return -1
	}
	score := 0
	if a.flags&noParties != 0 && (a.flags&hasPeople == 0 || b.flags&hasPeople == 0) {
		return -1 // peopleOverlap is false when either list is empty
	}
	if a.flags&b.flags&hasPeople != 0 {
		score += 2
	}
	// Time.
	if a.flags&b.flags&hasOwn != 0 {
		if a.ownLo > b.ownHi+slackDays || b.ownLo > a.ownHi+slackDays {
			return -1
		}
		score++
		if a.flags&b.flags&dayGran != 0 {
			score++
		}
	} else if a.flags&hasOwn == 0 && b.flags&hasOwn == 0 {
		if daysBefore(alo, ahi, blo, bhi) {
			return -1
		}
		if a.tval != 0 && a.tval == b.tval {
			score++
		}
	} else if daysBefore(alo, ahi, blo, bhi) {
		return -1
	}
	// Place: equal strings have equal hashes, so a match is never missed.
	if a.flags&b.flags&named != 0 {
		score += placeScore(a.locH != 0 && a.locH == b.locH || a.ctyH != 0 && a.ctyH == b.ctyH)
	}
	st, ok := statusScore(a.status, b.status, hotPublishedBefore(a, b), hotPublishedBefore(b, a))
	if !ok {
		return -1
	}
	score += st
	// Topics: two of a's topics (duplicates included) found among b's.
	if a.flags&topics2 != 0 && b.flags&topics1 != 0 {
		score++
	}
	if (a.mkind == diplo.Summit) != (b.mkind == diplo.Summit) {
		score--
	}
	// Words (wordScore grows with the words shared).
	if m := min(a.nWords, b.nWords); m > 0 {
		score += wordScore(int(shared), int(m))
	}
	return score
}

// hotPublishedBefore is publishedBefore on hot records.
func hotPublishedBefore(a, b *hot) bool {
	return a.flags&b.flags&hasPub != 0 && a.pubDay < b.pubDay
}

package timeline

import (
	"time"

	"github.com/parleyhq/parley/diplo"
)

// meetingThreshold is the score two meeting reports need to be one meeting.
const meetingThreshold = 2

// similar reports whether two items from different reports are the same
// event, by the rule in the package documentation ("The merge rule"). It
// depends on the two items only, so the grouping it induces (connected
// components) depends only on the set of items.
func similar(a, b *item) bool {
	if a.doc == b.doc || a.kind != b.kind {
		return false
	}
	if gap(a.compat, b.compat) > DateSlack {
		return false
	}
	if a.kind == diplo.StatementEvent {
		return similarStatements(a, b)
	}
	return meetingScore(a, b) >= meetingThreshold
}

func similarStatements(a, b *item) bool {
	if !peopleOverlap(a.people, b.people) {
		return false
	}
	if r := a.own.Compare(b.own); r == diplo.RelBefore || r == diplo.RelAfter {
		return false
	}
	if r := a.compat.Compare(b.compat); r == diplo.RelBefore || r == diplo.RelAfter {
		return false
	}
	if len(a.words) < 2 || len(b.words) < 2 {
		return false
	}
	n := overlap(a.words, b.words)
	return float64(n) >= statementJaccard*float64(len(a.words)+len(b.words)-n)
}

func peopleOverlap(a, b []actorKey) bool {
	for _, x := range a {
		for _, y := range b {
			if x.compatible(y) {
				return true
			}
		}
	}
	return false
}

func isCall(k diplo.MeetingKind) bool { return k == diplo.Call }

// meetingScore scores two meeting reports; a negative score rules them out.
func meetingScore(a, b *item) int {
	if a.partiesH != b.partiesH || isCall(a.mkind) != isCall(b.mkind) {
		return -1
	}
	score := 0
	if a.parties == "" && !peopleOverlap(a.people, b.people) {
		return -1
	}
	if len(a.people) > 0 && len(b.people) > 0 {
		if !peopleOverlap(a.people, b.people) {
			return -1
		}
		score += 2
	}
	// Time.
	if !a.own.IsZero() && !b.own.IsZero() {
		switch a.own.Compare(b.own) {
		case diplo.RelBefore, diplo.RelAfter:
			if gap(a.own, b.own) > DateSlack {
				return -1
			}
			score--
		default:
			if _, ok := intersect(a.own, b.own); ok {
				score++
				if a.dayGran && b.dayGran {
					score++
				}
			}
		}
	} else if r := a.compat.Compare(b.compat); r == diplo.RelBefore || r == diplo.RelAfter {
		return -1
	}
	if a.own.IsZero() && b.own.IsZero() && a.tval != 0 && a.tval == b.tval {
		score++
	}
	if a.named && b.named {
		score += placeScore(a.locKey != "" && a.locKey == b.locKey || a.country != "" && a.country == b.country)
	}
	st, ok := statusScore(a.status, b.status, publishedBefore(a, b), publishedBefore(b, a))
	if !ok {
		return -1
	}
	score += st
	// Topics.
	shared := 0
	for _, t := range a.topics {
		for _, u := range b.topics {
			if t == u {
				shared++
				break
			}
		}
	}
	if shared >= 2 {
		score++
	}
	if (a.mkind == diplo.Summit) != (b.mkind == diplo.Summit) {
		score--
	}
	// Words.
	if m := min(len(a.words), len(b.words)); m > 0 {
		score += wordScore(overlap(a.words, b.words), m)
	}
	return score
}

// wordScore is what n shared evidence words add to a meeting score when
// the smaller of the two word sets has m words.
func wordScore(n, m int) int {
	switch {
	case n < 2:
		return 0
	case 2*n >= m:
		return 2
	case 4*n >= m:
		return 1
	}
	return 0
}

// placeScore is what two named places add to a meeting score.
func placeScore(same bool) int {
	if same {
		return 2
	}
	return -1
}

// statusScore is what the statuses of two meeting reports add to their
// score; ok is false when they rule the pair out (a meeting held before
// the other article still calls it future). aFirst and bFirst say whose
// article is dated first.
func statusScore(a, b diplo.Status, aFirst, bFirst bool) (score int, ok bool) {
	switch {
	case a == diplo.Planned && b == diplo.Planned:
		return 1, true
	case a == diplo.Held && future(b) && aFirst, b == diplo.Held && future(a) && bFirst:
		return 0, false
	}
	return 0, true
}

// publishedBefore reports whether a's article is dated before b's.
func publishedBefore(a, b *item) bool {
	return a.hasPub && b.hasPub && a.pubSec < floorDiv(b.pubSec, 86400)*86400
}

// gap is the time between two disjoint intervals (0 when they are not
// known to be disjoint).
func gap(a, b diplo.Interval) time.Duration {
	switch a.Compare(b) {
	case diplo.RelAfter:
		a, b = b, a
	case diplo.RelBefore:
	default:
		return 0
	}
	return b.Start.Sub(a.End)
}

// namedPlace reports whether l names a place, rather than being unknown
// or "a third country".
func namedPlace(l *diplo.Location) bool { return !l.ThirdCountry && (l.Name != "" || l.Country != "") }

// samePlace reports whether two known locations agree: the same name once
// folded, or the same country.
func samePlace(a, b diplo.Location) bool {
	if a.Name != "" && b.Name != "" && diplo.Slug(a.Name) == diplo.Slug(b.Name) {
		return true
	}
	return a.Country != "" && a.Country == b.Country
}

// floorDiv is a/b rounded down.
func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && a < 0 {
		q--
	}
	return q
}

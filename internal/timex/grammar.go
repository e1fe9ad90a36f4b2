package timex

import "time"

// Expression types.
const (
	tDate     = "DATE"
	tTime     = "TIME"
	tDuration = "DURATION"
	tSet      = "SET"
)

func calRes(start, end int, d dv) res {
	typ := tDate
	if d.g >= gPart {
		typ = tTime
	}
	return res{start: start, end: end, typ: typ, cal: true, d: d, ok: true}
}

func refRes(start, end int, v string) res {
	return res{start: start, end: end, typ: tDate, val: v, ok: true, noAnchor: true}
}

// match finds the longest expression starting at token i.
func (p *parser) match(i int) res {
	r := p.prefixed(i)
	if !r.ok {
		return r
	}
	r = p.suffix(r)
	return r
}

// prefixed handles modifiers before a core expression.
func (p *parser) prefixed(i int) res {
	w := p.w(i)
	mod := ""
	j := i
	kind := 0 // 1: quantity modifier (durations), 2: position (dates), 3: approx (any)
	switch w {
	case "about", "around", "approximately", "roughly", "some", "circa":
		if pw := particleVerbs[p.w(i-1)]; pw != "" && pw == w {
			// "get around Wednesday's ruling": a particle, no modifier
			return res{}
		}
		mod, j, kind = "APPROX", i+1, 3
	case "nearly", "almost":
		mod, j, kind = "APPROX", i+1, 3
	case "more", "less", "fewer":
		if p.w(i+1) == "than" {
			j, kind = i+2, 1
			mod = "MORE_THAN"
			if w != "more" {
				mod = "LESS_THAN"
			}
		}
	case "over":
		if p.w(i+1) != "the" {
			mod, j, kind = "MORE_THAN", i+1, 1
		}
	case "under":
		mod, j, kind = "LESS_THAN", i+1, 1
	case "at":
		switch p.w(i + 1) {
		case "least":
			mod, j, kind = "EQUAL_OR_MORE", i+2, 1
		case "most":
			mod, j, kind = "EQUAL_OR_LESS", i+2, 1
		}
	case "up":
		if p.w(i+1) == "to" {
			mod, j, kind = "EQUAL_OR_LESS", i+2, 1
		}
	case "no":
		if p.w(i+1) == "more" && p.w(i+2) == "than" {
			mod, j, kind = "EQUAL_OR_LESS", i+3, 1
		}
	case "within":
		mod, j, kind = "EQUAL_OR_LESS", i+1, 4
	case "early", "late", "mid":
		if w == "early" {
			mod = "START"
		} else if w == "late" {
			mod = "END"
		} else {
			mod = "MID"
		}
		j, kind = i+1, 2
		if p.hyph(j) {
			j++
		}
	case "earlier", "later":
		switch p.w(i + 1) {
		case "this", "that", "today", "yesterday", "tonight", "tomorrow", "last", "next":
			j, kind = i+1, 5
		case "in":
			if p.w(i+2) == "the" {
				// "earlier in the year"
				if u, pl, k, ok := p.unit(i + 3); ok && !pl && u >= uDay {
					d := p.refUnit(u)
					if d.g != gNone {
						r := calRes(i, k, d)
						return r
					}
				}
			}
		}
		if kind == 0 && p.isWeekday(i+1) {
			j, kind = i+1, 5
		}
	case "the":
		switch p.w(i + 1) {
		case "beginning", "start", "end", "middle":
			if p.w(i+2) == "of" {
				j, kind = i+3, 2
				switch p.w(i + 1) {
				case "beginning", "start":
					mod = "START"
				case "middle":
					mod = "MID"
				default:
					mod = "END"
				}
			}
		case "first", "second", "last":
			if p.w(i+2) == "half" && p.w(i+3) == "of" {
				j, kind = i+4, 6
				if p.w(i+1) == "first" {
					mod = "START"
				} else {
					mod = "END"
				}
			}
		}
	case "this", "that":
		if p.w(i+1) == "same" {
			return p.core(i)
		}
	}
	if kind == 0 {
		return p.core(i)
	}
	r := p.core(j)
	if !r.ok || r.start != j {
		if kind == 2 || kind == 5 || kind == 6 {
			return res{}
		}
		return p.core(i)
	}
	switch kind {
	case 1:
		if r.typ != tDuration && !r.ago {
			return p.core(i)
		}
	case 4:
		if r.typ != tDuration {
			return p.core(i)
		}
	case 2, 5, 6:
		if r.typ != tDate && r.typ != tTime {
			return res{}
		}
	case 3:
		if !r.cal && !r.ago && r.typ != tDuration && r.typ != tSet {
			// "about current policy"
			return p.core(i)
		}
	}
	switch {
	case kind == 4:
		// TempEval-3 leaves "within" out of the extent; Mod and Bound
		// keep it
	case kind == 5 && r.cal && r.d.g >= gDay && p.isWeekday(j):
		// "earlier Friday": the extent is the day
	case kind == 3 && r.typ == tSet:
	default:
		r.start = i
	}
	if kind != 5 && r.mod == "" {
		r.mod = mod
	}
	if kind == 6 && r.cal && r.d.g == gYear && r.d.y >= 0 {
		// "the first half of 1989"
		r.d = dv{g: gHalf, y: r.d.y, q: 1}
		if mod == "END" {
			r.d.q = 2
		}
		r.mod = ""
	}
	if kind == 4 && !r.bnd.ok {
		r.bnd = r.pend
	}
	return r
}

// suffix extends a core expression: part of day after a day.
func (p *parser) suffix(r res) res {
	if r.cal && r.d.g == gDay {
		if part, ok := dayParts[p.w(r.end)]; ok && part != "" && !p.isP(r.end+1, '\'') {
			if part == "MO" || part == "NI" {
				// TempEval-3 data mostly values "Friday morning" and
				// "Friday night" as the day
			} else {
				r.d.g = gPart
				r.d.part = part
				r.typ = tTime
			}
			r.end++
		}
	}
	return r
}

// core tries every core rule at i and keeps the longest match.
func (p *parser) core(i int) res {
	var best res
	if i < 0 || i >= len(p.t) {
		return best
	}
	try := func(r res) {
		if r.ok && r.end > best.end {
			best = r
		}
	}
	tok := p.t[i]
	if tok.k == kNum {
		try(p.cNumeric(i))
		try(p.cDuration(i))
		try(p.cTime(i))
		try(p.cDecade(i))
		try(p.cCentury(i))
		return best
	}
	if tok.k == kPunct {
		if tok.n == '\'' {
			try(p.cDecade(i))
		}
		return best
	}
	w := p.w(i)
	if _, ok := monthNames[w]; ok {
		try(p.cMonth(i))
	} else if _, ok := monthAbbr[w]; ok {
		try(p.cMonth(i))
	}
	if _, ok := weekdays[w]; ok {
		try(p.cWeekday(i))
	}
	if w == "the" {
		try(p.cDecade(i))
		try(p.cCentury(i))
	}
	try(p.cDuration(i))
	try(p.cRelWord(i))
	try(p.cRelUnit(i))
	try(p.cQuarter(i))
	try(p.cTime(i))
	try(p.cSet(i))
	try(p.cHoliday(i))
	try(p.cSeason(i))
	try(p.cYearWord(i))
	try(p.cNumeric(i))
	return best
}

func (p *parser) isWeekday(i int) bool {
	v, ok := weekdays[p.w(i)]
	return ok && v&plural == 0
}

// ---- resolution helpers ----

// refUnit returns the reference's calendar value for a unit ("this year").
func (p *parser) refUnit(u int) dv {
	if !p.hasRef {
		switch u {
		case uDay:
			return dv{g: gDay, y: -1}
		case uWeek:
			return dv{g: gWeek, y: -1}
		case uMonth:
			return dv{g: gMonth, y: -1, m: 0}
		case uQuarter:
			return dv{g: gQuarter, y: -1}
		case uYear:
			return dv{g: gYear, y: -1}
		case uDecade:
			return dv{g: gDecade, y: -1}
		case uCentury:
			return dv{g: gCentury, y: -1}
		}
		return dv{}
	}
	r := p.ref
	switch u {
	case uDay:
		return r
	case uWeek:
		return weekOf(p.refT)
	case uMonth:
		return r.coarsen(gMonth)
	case uQuarter:
		return r.coarsen(gQuarter)
	case uYear:
		return dv{g: gYear, y: r.y}
	case uDecade:
		return dv{g: gDecade, y: r.y / 10}
	case uCentury:
		return dv{g: gCentury, y: r.y / 100}
	}
	return dv{}
}

// pickPenalty weighs a date on the wrong side of the reference for the
// tense of its clause.
const pickPenalty = 4

// pickYearMD chooses the year of a month-day (d == 0: a month) without
// one: of the reference year and its neighbours the closest to the
// reference, where a date on the wrong side of the reference for the tense
// of the clause counts double.
func (p *parser) pickYearMD(m, d, tense int) dv {
	v := dv{g: gDay, y: -1, m: m, d: d}
	if d == 0 {
		v.g = gMonth
	}
	if !p.hasRef {
		return v
	}
	best, bestCost := p.ref.y, 1e18
	for y := p.ref.y - 1; y <= p.ref.y+1; y++ {
		var diff float64
		if d == 0 {
			diff = float64((y*12+m)-(p.ref.y*12+p.ref.m)) * 30.4
		} else {
			cand := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
			diff = cand.Sub(p.refT).Hours() / 24
		}
		cost := diff
		if cost < 0 {
			cost = -cost
		}
		if tense < 0 && diff > 1 || tense > 0 && diff < -1 {
			cost *= pickPenalty
		} else if tense == 0 && diff > 1 {
			// news reports mostly look back: with no tense to go by, a
			// past date up to three times as far away still wins
			cost *= 3
		}
		if cost < bestCost {
			best, bestCost = y, cost
		}
	}
	v.y = best
	return v
}

// pickWeekday resolves a weekday (1=Monday) by tense; rel is -1 for "last",
// +1 for "next", 0 otherwise.
func (p *parser) pickWeekday(wd, tense, rel int) dv {
	if !p.hasRef {
		return dv{uw: true, wd: wd, g: gDay}
	}
	rw := int(p.refT.Weekday())
	if rw == 0 {
		rw = 7
	}
	var off int
	switch {
	case rel < 0:
		off = -((rw - wd + 7) % 7)
		if off == 0 {
			off = -7
		}
	case rel > 0:
		off = (wd - rw + 7) % 7
		if off == 0 {
			off = 7
		}
	case tense > 0:
		off = (wd - rw + 7) % 7
	default:
		off = -((rw - wd + 7) % 7)
	}
	return dayOf(p.refT.AddDate(0, 0, off))
}

// anchorDay returns the anchor for "the next day": the last day mentioned,
// or the reference.
func (p *parser) anchor(g gran) dv {
	if p.last.g >= g && p.last.y >= 0 && !p.last.uw {
		if p.last.g >= gDay && (p.last.m == 0 || p.last.d == 0) && g >= gDay {
			return p.refOrUnknown(g)
		}
		if v := p.last.coarsen(g); v.g == g {
			return v
		}
	}
	return p.refOrUnknown(g)
}

func (p *parser) refOrUnknown(g gran) dv {
	if !p.hasRef {
		return dv{g: g, y: -1}
	}
	return p.ref.coarsen(g)
}

// particleVerbs map verbs to the word they take as a particle rather than
// as an approximation ("get around the ruling", "brought about by",
// "worried about the future"), so that the word modifies no following
// date. Verbs after which "about" often means "roughly" ("worked about
// ten years", "talked about two hours") are left out.
var particleVerbs = map[string]string{
	"get": "around", "gets": "around", "got": "around", "getting": "around", "gotten": "around",
	"bring": "about", "brings": "about", "brought": "about", "bringing": "about",
	"worry": "about", "worries": "about", "worried": "about", "worrying": "about",
	"concerned": "about", "concern": "about", "concerns": "about",
}

package timex

// ---- explicit dates ----

// yearAt reports whether token i is a plausible 4-digit year (or a spelled
// "nineteen ninety-six") and returns it with the next index.
func (p *parser) yearAt(i int) (int, int, bool) {
	if p.isNum(i) {
		if p.nd(i) != 4 {
			return 0, i, false
		}
		n := p.num(i)
		if n < 1000 || n > 2999 {
			return 0, i, false
		}
		if p.glued(i+1) && (p.t[i+1].k == kWord || p.t[i+1].k == kNum) {
			return 0, i, false
		}
		if p.glued(i+1) && (p.isP(i+1, '%') || p.isP(i+1, ':')) {
			return 0, i, false
		}
		if p.glued(i+1) && (p.isP(i+1, ',') || p.isP(i+1, '.')) && p.isNum(i+2) && p.glued(i+2) {
			return 0, i, false
		}
		return n, i + 1, true
	}
	if p.isP(i, '\'') && p.isNum(i+1) && p.nd(i+1) == 2 && p.glued(i+1) && !(p.glued(i+2) && p.w(i+2) == "s") {
		n := p.num(i + 1)
		if n < 30 {
			return 2000 + n, i + 2, true
		}
		return 1900 + n, i + 2, true
	}
	return p.spelledYear(i)
}

// spelledYear parses "nineteen ninety-six", "two thousand (and) one".
func (p *parser) spelledYear(i int) (int, int, bool) {
	w := p.w(i)
	if w == "nineteen" || w == "eighteen" || w == "twenty" && p.w(i+1) != "" {
		base := 1900
		if w == "eighteen" {
			base = 1800
		} else if w == "twenty" {
			base = 2000
		}
		j := i + 1
		if v, ok := tens[p.w(j)]; ok {
			j++
			if p.hyph(j) {
				j++
			}
			if v2, ok := ones[p.w(j)]; ok && v2 > 0 && v2 < 10 {
				return base + v + v2, j + 1, true
			}
			return base + v, j, true
		}
		if p.w(j) == "oh" {
			if v2, ok := ones[p.w(j+1)]; ok && v2 > 0 && v2 < 10 {
				return base + v2, j + 2, true
			}
		}
		if v, ok := ones[p.w(j)]; ok && v >= 10 && w != "twenty" {
			return base + v, j + 1, true
		}
		return 0, i, false
	}
	if w == "two" && p.w(i+1) == "thousand" {
		j := i + 2
		if p.w(j) == "and" {
			j++
		}
		if v, ok := ones[p.w(j)]; ok && v > 0 {
			return 2000 + v, j + 1, true
		}
		if v, ok := tens[p.w(j)]; ok {
			return 2000 + v, j + 1, true
		}
		return 2000, i + 2, true
	}
	return 0, i, false
}

// dayAt parses a day of the month: "13", "13th", "thirteenth".
func (p *parser) dayAt(i int) (int, int, bool) {
	if p.isNum(i) {
		if p.nd(i) > 2 {
			return 0, i, false
		}
		d := p.num(i)
		if d < 1 || d > 31 {
			return 0, i, false
		}
		if o, k, ok := p.ordinal(i); ok {
			return o, k, true
		}
		if p.glued(i + 1) {
			switch {
			case p.t[i+1].k != kPunct:
				return 0, i, false
			case p.isP(i+1, ':') && p.isNum(i+2) || p.isP(i+1, '%') || p.isP(i+1, '/'):
				return 0, i, false
			case (p.isP(i+1, ',') || p.isP(i+1, '.')) && p.isNum(i+2) && p.glued(i+2):
				return 0, i, false
			}
		}
		if _, ok := unitWords[p.w(i+1)]; ok {
			return 0, i, false
		}
		switch p.w(i + 1) {
		case "percent", "million", "billion", "per", "pct", "people":
			return 0, i, false
		}
		return d, i + 1, true
	}
	if o, k, ok := p.ordinal(i); ok && o <= 31 {
		return o, k, true
	}
	return 0, i, false
}

// monthAt parses a month name at i (abbreviations need a period or a
// following number). It returns the month and the next index.
func (p *parser) monthAt(i int) (int, int, bool) {
	w := p.w(i)
	if w == "" {
		return 0, i, false
	}
	if !p.upper(i) {
		return p.lowerMonthAt(i, w)
	}
	if m, ok := monthNames[w]; ok {
		if p.isP(i+1, '.') && p.glued(i+1) && len(w) > 3 {
			return m, i + 1, true
		}
		return m, i + 1, true
	}
	if m, ok := monthAbbr[w]; ok {
		if p.isP(i+1, '.') && p.glued(i+1) {
			return m, i + 2, true
		}
		if p.isNum(i+1) && !p.glued(i+1) {
			return m, i + 1, true
		}
	}
	return 0, i, false
}

// lowerMonthAt accepts a month name that does not start with a capital
// ("august 2023", "on march 5, 2024", "since october") only where the
// shape around it leaves no other reading: a four-digit year or a digit
// day right after it, or, for names that are not also common words, a
// preposition or position word before it. "may" and "march" are also a
// modal and a verb or noun, so they need a year or day after them and,
// for a bare day, a date cue before them ("you may 2 ..." and "march on
// Sunday" stay words).
func (p *parser) lowerMonthAt(i int, w string) (int, int, bool) {
	m, full := monthNames[w]
	j := i + 1
	if !full {
		var ok bool
		if m, ok = monthAbbr[w]; !ok {
			return 0, i, false
		}
		if p.isP(j, '.') && p.glued(j) {
			j++
		}
	}
	risky := w == "may" || w == "march" || w == "mar"
	prev := p.w(i - 1)
	if risky && lowerSubject[prev] {
		// "it may 2 ...", "they march 10 ..."
		return 0, i, false
	}
	yearNext := func(k int) bool {
		return p.isNum(k) && p.nd(k) == 4 && p.num(k) >= 1000 && p.num(k) <= 2999 && !p.glued(k) && !(p.glued(k+1) && p.t[k+1].k != kPunct)
	}
	if yearNext(j) || (p.isP(j, ',') || p.w(j) == "of") && yearNext(j+1) {
		return m, j, true
	}
	if p.isNum(j) && !p.glued(j) {
		if _, k, ok := p.dayAt(j); ok {
			k2 := k
			if p.isP(k2, ',') {
				k2++
			}
			if yearNext(k2) {
				return m, j, true
			}
			if !risky || lowerDateCue(p, i-1) || lowerDayDet[prev] {
				return m, j, true
			}
		}
		return 0, i, false
	}
	if risky {
		return 0, i, false
	}
	// "since october", "in early june", "mid-august", "the 5th of july"
	if lowerDateCue(p, i-1) {
		return m, j, true
	}
	return 0, i, false
}

// lowerSubject are words after which a lower-case "may" or "march" is a
// verb, not a month.
var lowerSubject = map[string]bool{
	"i": true, "you": true, "he": true, "she": true, "it": true, "we": true, "they": true,
	"who": true, "which": true, "that": true, "this": true, "these": true, "those": true,
	"there": true, "what": true, "people": true, "protesters": true, "demonstrators": true,
	"troops": true, "not": true, "also": true, "still": true, "could": true, "would": true,
}

// lowerDayDet are determiners that make "may 5" or "march 5" a date
// ("the may 5 vote"); a modal or verb cannot follow them.
var lowerDayDet = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true, "our": true,
}

// lowerMonthCue are words before a lower-case month that mark a date.
var lowerMonthCue = map[string]bool{
	"in": true, "of": true, "since": true, "until": true, "till": true, "by": true, "during": true,
	"early": true, "late": true, "mid": true, "through": true, "throughout": true, "from": true,
	"before": true, "after": true, "on": true, "last": true, "next": true, "every": true, "each": true,
	"between": true, "to": true, "and": true, "end": true, "beginning": true, "middle": true,
}

// lowerDateCue reports whether the token at k, just before a lower-case
// month name, marks a date: a cue word, "mid-", or a day ordinal.
func lowerDateCue(p *parser, k int) bool {
	if lowerMonthCue[p.w(k)] {
		return true
	}
	if p.isP(k, '-') && p.w(k-1) == "mid" {
		return true
	}
	// "tuesday, march 5"
	if p.isWeekday(k) || p.isP(k, ',') && p.isWeekday(k-1) {
		return true
	}
	// "5th march", "the 5th of march" is handled by "of"
	if s := p.w(k); (s == "st" || s == "nd" || s == "rd" || s == "th") && p.isNum(k-1) && p.glued(k) {
		return true
	}
	return false
}

var monthCtx = map[string]bool{
	"in": true, "of": true, "since": true, "until": true, "till": true, "by": true, "last": true,
	"this": true, "next": true, "early": true, "late": true, "mid": true, "during": true,
	"through": true, "from": true, "to": true, "between": true, "and": true, "before": true,
	"after": true, "on": true, "or": true, "end": true, "beginning": true, "start": true, "middle": true,
	"each": true, "every": true, "throughout": true, "past": true, "coming": true, "for": true,
	"the": true, "around": true, "about": true,
}

func (p *parser) cMonth(i int) res {
	m, j, ok := p.monthAt(i)
	if !ok {
		return res{}
	}
	w := p.w(i)
	if d, k, ok := p.dayAt(j); ok {
		end := k
		if (p.isP(k, '-') || p.w(k) == "to" || p.w(k) == "through") && p.isNum(k+1) && p.nd(k+1) <= 2 && p.num(k+1) <= 31 && p.num(k+1) > d {
			end = k + 2
		}
		e2 := end
		if p.isP(e2, ',') {
			e2++
		}
		if y, k2, ok := p.yearAt(e2); ok {
			return calRes(i, k2, dv{g: gDay, y: y, m: m, d: d})
		}
		// "April 13" may still be "May 5" the modal? a day number is strong evidence.
		v := p.pickYearMD(m, d, p.tense(i, end))
		return calRes(i, end, v)
	}
	if y, k, ok := p.yearAt(j); ok {
		return calRes(i, k, dv{g: gMonth, y: y, m: m})
	}
	if (p.w(j) == "of" || p.isP(j, ',')) && p.isNum(j+1) {
		if y, k, ok := p.yearAt(j + 1); ok {
			return calRes(i, k, dv{g: gMonth, y: y, m: m})
		}
	}
	jj := j
	if p.w(jj) == "of" {
		jj++
	}
	switch p.w(jj) {
	case "last", "this", "next":
		if p.w(jj+1) == "year" {
			y := p.refUnit(uYear)
			if p.w(jj) == "last" {
				y = y.shift(-1)
			} else if p.w(jj) == "next" {
				y = y.shift(1)
			}
			return calRes(i, jj+2, dv{g: gMonth, y: y.y, m: m})
		}
	}
	if w == "may" || w == "march" {
		prev := p.w(i - 1)
		if !monthCtx[prev] && !(p.isP(i-1, '-') && p.glued(i)) {
			return res{}
		}
		if w == "may" && p.t[i].f&fSpace != 0 && prev == "" {
			return res{}
		}
	}
	if p.sentenceStart(i) && (w == "may" || w == "march") {
		return res{}
	}
	v := p.pickYearMD(m, 0, p.tense(i, j))
	return calRes(i, j, v)
}

// cNumeric handles dates that start with a number or an ordinal: ISO
// dates, 3/23/2025, "13 April 2025", "the 5th of May", and bare years.
func (p *parser) cNumeric(i int) res {
	if p.isNum(i) {
		// ISO 2025-03-23
		if p.nd(i) == 4 && p.isP(i+1, '-') && p.glued(i+1) && p.isNum(i+2) && p.nd(i+2) == 2 && p.glued(i+2) &&
			p.isP(i+3, '-') && p.glued(i+3) && p.isNum(i+4) && p.nd(i+4) == 2 && p.glued(i+4) {
			y, m, d := p.num(i), p.num(i+2), p.num(i+4)
			if m >= 1 && m <= 12 && d >= 1 && d <= 31 {
				end := i + 5
				// 2025-03-23T14:00
				if p.w(end) == "t" && p.glued(end) && p.isNum(end+1) && p.glued(end+1) && p.isP(end+2, ':') && p.isNum(end+3) {
					hh, mi := p.num(end+1), p.num(end+3)
					if hh < 24 && mi < 60 {
						return calRes(i, end+4, dv{g: gMinute, y: y, m: m, d: d, hh: hh, mi: mi})
					}
				}
				return calRes(i, end, dv{g: gDay, y: y, m: m, d: d})
			}
		}
		// 3/23/2025
		if p.nd(i) <= 2 && p.isP(i+1, '/') && p.glued(i+1) && p.isNum(i+2) && p.nd(i+2) <= 2 && p.glued(i+2) &&
			p.isP(i+3, '/') && p.glued(i+3) && p.isNum(i+4) && p.glued(i+4) && (p.nd(i+4) == 4 || p.nd(i+4) == 2) &&
			!(p.isP(i+5, '/') && p.glued(i+5)) {
			a, b, y := p.num(i), p.num(i+2), p.num(i+4)
			if p.nd(i+4) == 2 {
				if y < 30 {
					y += 2000
				} else {
					y += 1900
				}
			}
			m, d := a, b
			if a > 12 && b <= 12 {
				m, d = b, a
			}
			if m >= 1 && m <= 12 && d >= 1 && d <= 31 {
				return calRes(i, i+5, dv{g: gDay, y: y, m: m, d: d})
			}
		}
	}
	// 13 April 2025 / 13th of April / the 13th of April
	s := i
	j := i
	if p.w(j) == "the" {
		j++
	}
	if d, k, ok := p.dayAt(j); ok {
		if p.w(k) == "of" {
			k++
		}
		if m, k2, ok := p.monthAt(k); ok {
			e := k2
			if p.isP(e, ',') {
				e++
			}
			if y, k3, ok := p.yearAt(e); ok {
				return calRes(s, k3, dv{g: gDay, y: y, m: m, d: d})
			}
			return calRes(s, k2, p.pickYearMD(m, d, p.tense(s, k2)))
		}
	}
	if p.isNum(i) {
		// "April 24 and 25": a bare day right after a month-day
		if p.lastEnd > 0 && (p.w(i-1) == "and" || p.w(i-1) == "or" || p.isP(i-1, ',')) && p.lastEnd == i-1 &&
			p.lastMD.g == gDay && p.lastMD.m > 0 {
			if d, k, ok := p.dayAt(i); ok && d > p.lastMD.d {
				v := p.lastMD
				v.d = d
				return calRes(i, k, v)
			}
		}
		return p.cYear(i)
	}
	return res{}
}

// cYear matches a bare year such as "2026".
func (p *parser) cYear(i int) res {
	y, k, ok := p.yearAt(i)
	if !ok || !p.isNum(i) {
		return res{}
	}
	prev := p.w(i - 1)
	if i > 0 && p.glued(i) {
		if pt := p.t[i-1]; pt.k == kPunct {
			switch rune(pt.n) {
			case '$', '#', '-', '.', ',', '/', '+', '€', '£', ':':
				if !(pt.n == '-' && (p.w(i-2) == "mid" || p.w(i-2) == "post" || p.w(i-2) == "pre")) {
					return res{}
				}
			}
		} else {
			return res{}
		}
	}
	if p.isP(i-1, '$') || p.isP(i-1, '#') {
		return res{}
	}
	if !yearPrep[prev] {
		if y < 1800 || y > 2100 {
			return res{}
		}
		if prev != "" && p.upper(i-1) && !p.sentenceStart(i-1) && !calWord(prev) {
			// part of a name: "Orion 1980", "Expo 2020"
			return res{}
		}
		if prev == "s" && p.isP(i-2, '\'') && p.upper(k) && p.t[k].k == kWord {
			// a model year: "Kopp's 1987 Chevrolet"
			return res{}
		}
		if notYearBefore[prev] {
			return res{}
		}
		if p.isNum(i - 1) {
			return res{}
		}
	}
	nx := p.w(k)
	if notYearAfter[nx] {
		return res{}
	}
	if p.isP(k, '-') && p.isNum(k+1) && p.glued(k+1) && p.nd(k+1) == 4 && p.glued(k) {
		// phone or code like 1234-5678 unless a year range
		if n := p.num(k + 1); n < 1800 || n > 2100 {
			return res{}
		}
	}
	return calRes(i, k, dv{g: gYear, y: y})
}

// calWord reports whether w names a month, season, weekday or holiday,
// which a year may follow.
func calWord(w string) bool {
	if _, ok := monthNames[w]; ok {
		return true
	}
	if _, ok := monthAbbr[w]; ok {
		return true
	}
	if _, ok := seasons[w]; ok {
		return true
	}
	if _, ok := weekdays[w]; ok {
		return true
	}
	_, ok := holidays[w]
	return ok || w == "day" || w == "eve"
}

// cYearWord handles "fiscal 1987", "fiscal year 2025", spelled years, "the
// year", "year-end", "year-earlier", "year-ago".
func (p *parser) cYearWord(i int) res {
	w := p.w(i)
	switch w {
	case "fiscal", "fy":
		j := i + 1
		if p.w(j) == "year" {
			j++
		}
		if y, k, ok := p.yearAt(j); ok {
			return calRes(i, k, dv{g: gYear, y: y})
		}
		if w == "fy" && p.isNum(j) && p.nd(j) == 2 && p.glued(j) {
			y := 2000 + p.num(j)
			if p.num(j) >= 50 {
				y = 1900 + p.num(j)
			}
			return calRes(i, j+1, dv{g: gYear, y: y})
		}
	case "the":
		j := i + 1
		if p.w(j) == "fiscal" || p.w(j) == "full" || p.w(j) == "calendar" || p.w(j) == "whole" || p.w(j) == "entire" {
			j++
		}
		if p.w(j) == "week" && p.w(j+1) == "of" {
			if r := p.cMonth(j + 2); r.ok && r.cal && r.d.g == gDay && r.d.y >= 0 && r.d.m > 0 && r.d.d > 0 {
				return calRes(i, r.end, weekOf(r.d.time()))
			}
		}
		if p.w(j) == "week" || p.w(j) == "month" {
			if p.hyph(j + 1) {
				return res{}
			}
			if p.w(j) == "week" {
				// "for the week", "the week's most active session": an
				// anaphoric week that TempEval-3 leaves unresolved
				a := p.anchor(gYear)
				r := calRes(i, j+1, dv{g: gWeek, y: a.y})
				r.noAnchor = true
				return r
			}
			return calRes(i, j+1, p.refUnit(uMonth))
		}
		if p.w(j) == "year" {
			if y, k, ok := p.yearAt(j + 1); ok {
				return calRes(i, k, dv{g: gYear, y: y})
			}
			if p.hyph(j+1) || p.w(j+1) == "end" || p.isP(j+1, '\'') {
				return res{}
			}
			// "the year ended June 30" is the span of a (fiscal) year;
			// otherwise the year is the current one ("for the year").
			if nx := p.w(j + 1); nx == "ended" || nx == "ending" || nx == "ends" || nx == "to" && p.w(j+2) == "date" {
				return res{start: i, end: j + 1, typ: tDuration, val: "P1Y", ok: true, noAnchor: true}
			}
			return calRes(i, j+1, p.refUnit(uYear))
		}
	case "year":
		// year-end, year end, year's end
		if p.hyph(i+1) && p.w(i+2) == "end" {
			return calRes(i, i+3, p.refUnit(uYear))
		}
		if p.w(i+1) == "end" {
			return calRes(i, i+2, p.refUnit(uYear))
		}
		if p.isP(i+1, '\'') && p.w(i+2) == "s" && p.w(i+3) == "end" {
			return calRes(i, i+4, p.refUnit(uYear))
		}
		if p.hyph(i+1) && (p.w(i+2) == "earlier" || p.w(i+2) == "ago") {
			// year-earlier quarter / period
			base := p.refUnit(uYear)
			if p.last.g == gQuarter && p.last.y >= 0 && p.last.y == base.y && !p.ytd {
				base = p.focusQ(p.last)
			}
			k := i + 3
			switch p.w(k) {
			case "quarter", "period":
				k++
				if base.g != gQuarter {
					base = p.lastQuarter()
				}
			}
			r := calRes(i, k, shiftBy(base, -1, uYear))
			r.noAnchor = true
			return r
		}
	}
	if y, k, ok := p.spelledYear(i); ok {
		return calRes(i, k, dv{g: gYear, y: y})
	}
	return res{}
}

// focusQ returns the quarter a report is about in place of quarter v
// of the same year: the first quarter of the reference year mentioned.
// Other values are returned unchanged.
func (p *parser) focusQ(v dv) dv {
	if v.g == gQuarter && p.firstQ.g == gQuarter && v.y == p.firstQ.y {
		return p.firstQ
	}
	return v
}

// lastQuarter is the last completed quarter before the reference.
func (p *parser) lastQuarter() dv {
	if p.last.g == gQuarter && p.last.y >= 0 && (!p.hasRef || p.last.y == p.ref.y) {
		return p.focusQ(p.last)
	}
	if p.lastQ.g == gQuarter && (!p.hasRef || p.lastQ.y == p.ref.y) {
		return p.lastQ
	}
	return p.refUnit(uQuarter).shift(-1)
}

// cDecade: "the 1990s", "the early 1980s", "'90s", "the nineties".
func (p *parser) cDecade(i int) res {
	j := i
	mod := ""
	the := false
	if p.w(j) == "the" {
		j++
		the = true
	}
	switch p.w(j) {
	case "early":
		mod, j = "START", j+1
	case "late":
		mod, j = "END", j+1
	case "mid":
		mod, j = "MID", j+1
		if p.hyph(j) {
			j++
		}
	}
	if p.isNum(j) && p.nd(j) == 4 && p.num(j)%10 == 0 {
		k := j + 1
		if p.isP(k, '\'') && p.glued(k) {
			k++
		}
		if p.w(k) == "s" && p.glued(k) {
			r := calRes(i, k+1, dv{g: gDecade, y: p.num(j) / 10})
			r.mod = mod
			return r
		}
	}
	if p.isP(j, '\'') && p.isNum(j+1) && p.nd(j+1) == 2 && p.num(j+1)%10 == 0 && p.glued(j+1) && p.w(j+2) == "s" && p.glued(j+2) {
		n := p.num(j + 1)
		y := 190 + n/10
		if n < 30 {
			y = 200 + n/10
		}
		r := calRes(i, j+3, dv{g: gDecade, y: y})
		r.mod = mod
		return r
	}
	if the {
		dec := decadeWords[p.w(j)]
		if dec != 0 {
			r := calRes(i, j+1, dv{g: gDecade, y: dec})
			r.mod = mod
			return r
		}
	}
	return res{}
}

// decadeWords are the spelled decades of the twentieth century.
var decadeWords = map[string]int{"twenties": 192, "thirties": 193, "forties": 194, "fifties": 195, "sixties": 196,
	"seventies": 197, "eighties": 198, "nineties": 199}

// cCentury: "the 20th century", "the nineteenth century".
func (p *parser) cCentury(i int) res {
	j := i
	if p.w(j) == "the" {
		j++
	}
	if o, k, ok := p.ordinal(j); ok && o > 0 && o < 30 {
		if p.w(k) == "century" {
			return calRes(i, k+1, dv{g: gCentury, y: o - 1})
		}
	}
	return res{}
}

// ---- weekdays ----

func (p *parser) cWeekday(i int) res {
	v, ok := weekdays[p.w(i)]
	if !ok {
		// weekday names have no other reading, so case does not matter:
		// scraped text writes "on tuesday" as often as "on Tuesday"
		return res{}
	}
	wd := v &^ plural
	if v&plural != 0 {
		r := res{start: i, end: i + 1, typ: tSet, val: "XXXX-WXX-" + string(rune('0'+wd)), ok: true, noAnchor: true}
		if part, ok := dayParts[p.w(i+1)]; ok {
			r.end++
			r.val += "T" + part
		}
		return r
	}
	// plural part of day: "Tuesday nights" is a set
	if p.w(i+1) == "nights" || p.w(i+1) == "mornings" || p.w(i+1) == "evenings" || p.w(i+1) == "afternoons" {
		return res{start: i, end: i + 2, typ: tSet, val: "XXXX-WXX-" + string(rune('0'+wd)) + "T" + dayParts[p.w(i+1)], ok: true, noAnchor: true}
	}
	// "Friday, April 25" / "Friday Oct. 13"
	j := i + 1
	if p.isP(j, ',') {
		j++
	}
	if r := p.cMonth(j); r.ok {
		if r.cal && r.d.g == gDay {
			r.start = i
			return r
		}
	}
	if r := p.cNumeric(j); r.ok && r.cal && r.d.g == gDay && !p.isNum(j) {
		r.start = i
		return r
	}
	tn := p.tense(i, i+1)
	if p.possessive(i + 1) {
		// "get around Wednesday's ruling": a weekday in the possessive
		// names an event the news already reports, whatever modal
		// governs the clause, unless a cue next to it looks ahead
		// ("ahead of Sunday's vote", "will attend Friday's summit") or
		// a future verb follows ("Sunday's vote will decide")
		switch c := p.nearFutureCue(i); {
		case c == 2 || p.futureAfter(i+3, 5):
			tn = 1
		case c == 0 && tn > 0:
			tn = -1
		}
	}
	return calRes(i, i+1, p.pickWeekday(wd, tn, 0))
}

// possessive reports whether tokens k, k+1 are the possessive "'s".
func (p *parser) possessive(k int) bool {
	return (p.isP(k, '\'') || p.isP(k, '\u2019')) && p.w(k+1) == "s"
}

// futureAfter reports whether a future marker follows within n tokens
// from k in the same clause: "Sunday's vote will decide".
func (p *parser) futureAfter(k, n int) bool {
	for j := k; j < len(p.t) && j < k+n; j++ {
		if p.clauseEnd(j) || p.isP(j, ',') {
			return false
		}
		if t, strong := p.tenseWordStrength(j); t != 0 {
			return t > 0 && strong
		}
	}
	return false
}

// nearFutureCue reports whether one of the three words before token i
// looks ahead: 2 for a word that places the event after the reference
// ("ahead of", "upcoming"), 1 for a future auxiliary or deadline ("will",
// "until") that leaves the clause tense in charge, 0 for none.
func (p *parser) nearFutureCue(i int) int {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch p.w(k) {
		case "ahead", "upcoming", "forthcoming":
			return 2
		case "will", "shall", "ll", "until", "till":
			return 1
		}
	}
	return 0
}

// ---- relative words ----

func (p *parser) dayRel(n int) dv {
	if !p.hasRef {
		return dv{g: gDay, y: -1}
	}
	return dayOf(p.refT.AddDate(0, 0, n))
}

func (p *parser) cRelWord(i int) res {
	w := p.w(i)
	switch w {
	case "today":
		if p.possessive(i+1) && p.genericToday(i) {
			return res{}
		}
		return calRes(i, i+1, p.dayRel(0))
	case "tonight":
		d := p.dayRel(0)
		d.g, d.part = gPart, "NI"
		return calRes(i, i+1, d)
	case "yesterday":
		return calRes(i, i+1, p.dayRel(-1))
	case "tomorrow":
		return calRes(i, i+1, p.dayRel(1))
	case "now", "currently", "presently", "nowadays":
		if w == "now" && p.isP(i+1, '-') {
			return res{}
		}
		if w == "now" && p.w(i-1) == "right" {
			return res{}
		}
		if p.upper(i) && p.isP(i+1, ',') && p.sentenceStart(i) {
			// "Now, ...", "Currently, ..." as a discourse marker
			return res{}
		}
		return refRes(i, i+1, "PRESENT_REF")
	case "right", "just":
		if p.w(i+1) == "now" {
			return refRes(i, i+2, "PRESENT_REF")
		}
	case "current":
		switch p.w(i + 1) {
		case "account", "accounts", "affairs", "events", "flows", "flow", "density":
			return res{}
		}
		if p.isP(i-1, '-') || p.w(i-1) == "alternating" || p.w(i-1) == "direct" {
			return res{}
		}
		return refRes(i, i+1, "PRESENT_REF")
	case "these":
		if p.w(i+1) == "days" {
			return refRes(i, i+2, "PRESENT_REF")
		}
	case "as":
		if p.w(i+1) == "soon" && p.w(i+2) == "as" && p.w(i+3) == "possible" {
			return refRes(i, i+4, "FUTURE_REF")
		}
	case "more", "most":
		if p.w(i+1) == "recently" {
			return refRes(i, i+2, "PAST_REF")
		}
	case "recently", "lately":
		if p.w(i-1) == "more" || p.w(i-1) == "most" || p.w(i-1) == "until" {
			r := refRes(i-1, i+1, "PAST_REF")
			if p.w(i-1) == "until" {
				r.start = i
			}
			return r
		}
		return refRes(i, i+1, "PAST_REF")
	case "recent":
		if p.w(i-1) == "most" || p.w(i-1) == "more" {
			return res{}
		}
		if u, pl, k, ok := p.unit(i + 1); ok && pl {
			if u == uYear {
				// TempEval-3 mostly values "in recent years" as PAST_REF
				return refRes(i, k, "PAST_REF")
			}
			return res{start: i, end: k, typ: tDuration, val: durValue(-1, false, u), ok: true, noAnchor: true}
		}
		return res{}
	case "soon":
		if p.w(i-1) == "as" && p.w(i+1) == "as" {
			if p.w(i+2) == "possible" {
				return refRes(i-1, i+3, "FUTURE_REF")
			}
			return res{}
		}
		if p.w(i+1) == "as" || p.w(i+1) == "after" {
			return res{}
		}
		if p.tense(i, i+1) < 0 {
			// narrative "he was soon released": shortly afterwards, not
			// the future
			return res{}
		}
		return refRes(i, i+1, "FUTURE_REF")
	case "future":
		if _, pl, k, ok := p.unit(i + 1); ok && pl {
			return refRes(i, k, "FUTURE_REF")
		}
	case "the":
		switch p.w(i + 1) {
		case "past":
			if p.w(i+2) == "" || p.isP(i+2, ',') || p.isP(i+2, '.') {
				return refRes(i, i+2, "PAST_REF")
			}
			switch p.w(i + 2) {
			case "and", "or", "but", "as", "is", "was", "that", "when", "we", "they", "he", "she", "it", "i", "to", "in", "with", "has", "have":
				return refRes(i, i+2, "PAST_REF")
			}
		case "future":
			if p.w(i+2) == "of" {
				return res{}
			}
			return refRes(i, i+2, "FUTURE_REF")
		case "foreseeable":
			// TempEval-3 leaves "the foreseeable future" unannotated
		case "near", "immediate", "distant":
			if p.w(i+2) == "future" || p.w(i+2) == "term" {
				return refRes(i, i+3, "FUTURE_REF")
			}
		case "short", "long", "medium":
			if p.w(i+2) == "term" && !p.hyph(i+2) {
				return refRes(i, i+3, "FUTURE_REF")
			}
		case "weekend":
			return calRes(i, i+2, p.weekend(p.tense(i, i+2), 0))
		case "morning", "afternoon", "evening":
			if p.w(i+2) == "of" {
				return res{}
			}
			d := p.anchor(gDay)
			if d.g == gDay && d.y >= 0 {
				d.g, d.part = gPart, dayParts[p.w(i+1)]
				return calRes(i, i+2, d)
			}
		}
	case "weekend":
		return res{}
	case "noon", "midday", "midnight":
		return p.cTime(i)
	case "morning", "afternoon", "evening", "night":
		// "mid-afternoon", "late morning", "early evening yesterday"
		prev := p.w(i - 1)
		if p.isP(i-1, '-') {
			prev = p.w(i - 2)
		}
		if prev != "mid" && prev != "early" && prev != "late" {
			return res{}
		}
		d := p.refOrUnknown(gDay)
		k := i + 1
		if r := p.dayAfterTime(i, k); r.ok && r.cal && r.d.g == gDay {
			d, k = r.d, r.end
		}
		if d.uw {
			d.part = dayParts[w]
			return calRes(i, k, d)
		}
		d.g, d.part = gPart, dayParts[w]
		return calRes(i, k, d)
	case "overnight":
		return res{}
	case "once":
		return res{}
	}
	return res{}
}

// weekend resolves "the weekend".
func (p *parser) weekend(tense, rel int) dv {
	if !p.hasRef {
		return dv{g: gWeekend, y: -1}
	}
	t := p.refT
	wd := int(t.Weekday())
	if wd == 0 {
		wd = 7
	}
	w := weekOf(t)
	switch {
	case rel < 0:
		if wd < 6 {
			w = w.shift(-1)
		} else {
			w = w.shift(-1)
		}
	case rel > 0:
		w = w.shift(1)
	case tense < 0 && wd < 6, tense == 0 && wd <= 2:
		// a past clause, or early in the week: the weekend just gone
		w = w.shift(-1)
	}
	w.g = gWeekend
	return w
}

// ---- determiners + unit ("last year", "next Tuesday", "that day") ----

const (
	dLast     = iota + 1
	dPast     // "past" without "the": a duration ("past decade")
	dThePast  // "the past", "the last": a duration
	dThis     // "this", "current", "the current"
	dNext     // "next", "coming", "this coming"
	dTheNext  // "the next": anchored for days, else like next
	dFollow   // "the following"
	dPrev     // "the previous"
	dThat     // "that", "the same"
	dLatest   // "the latest": last completed
	dThisPast // "this past"
	dEarly    // "earlier"
)

func (p *parser) determiner(i int) (int, int) {
	w := p.w(i)
	switch w {
	case "last":
		return dLast, i + 1
	case "past":
		return dPast, i + 1
	case "this", "these":
		switch p.w(i + 1) {
		case "past":
			return dThisPast, i + 2
		case "coming", "upcoming":
			return dNext, i + 2
		}
		return dThis, i + 1
	case "current":
		return dThis, i + 1
	case "next", "coming", "upcoming":
		return dNext, i + 1
	case "that":
		if p.w(i+1) == "same" {
			return dThat, i + 2
		}
		return dThat, i + 1
	case "the", "its":
		switch p.w(i + 1) {
		case "past", "last":
			return dThePast, i + 2
		case "current", "present":
			return dThis, i + 2
		case "next":
			return dTheNext, i + 2
		case "coming", "upcoming":
			return dNext, i + 2
		case "following", "subsequent", "succeeding", "ensuing":
			return dFollow, i + 2
		case "previous", "preceding", "prior":
			return dPrev, i + 2
		case "same":
			return dThat, i + 2
		case "latest", "most":
			if p.w(i+1) == "most" {
				if p.w(i+2) == "recent" {
					return dLatest, i + 3
				}
				return 0, i
			}
			return dLatest, i + 2
		}
	case "previous", "prior":
		return dPrev, i + 1
	}
	return 0, i
}

func (p *parser) cRelUnit(i int) res {
	det, j := p.determiner(i)
	if det == 0 {
		return res{}
	}
	if det == dThis && p.upper(i) && p.upper(j) && (!p.sentenceStart(i) || p.isP(i-1, '"') || p.isP(i-1, '\u201c')) {
		// a title such as "This Week"
		return res{}
	}
	if p.w(j) == "fiscal" {
		j++
	}
	tense := 0
	// unit
	if u, pl, k, ok := p.unit(j); ok && !pl {
		return p.relUnit(i, k, det, u)
	}
	w := p.w(j)
	if part, ok := dayParts[w]; ok && part != "" {
		var d dv
		switch det {
		case dLast:
			if w != "night" {
				return res{}
			}
			d = p.dayRel(-1)
		case dThis:
			d = p.dayRel(0)
		case dTheNext, dFollow:
			d = p.anchor(gDay).shift(1)
		case dThat:
			d = p.anchor(gDay)
		default:
			return res{}
		}
		if d.g == gDay {
			d.g, d.part = gPart, part
		}
		return calRes(i, j+1, d)
	}
	if w == "weekend" {
		switch det {
		case dLast, dThisPast:
			return calRes(i, j+1, p.weekend(0, -1))
		case dThis:
			return calRes(i, j+1, p.weekend(p.tense(i, j+1), 0))
		case dNext:
			return calRes(i, j+1, p.weekend(0, 1))
		}
		return res{}
	}
	if m, k, ok := p.monthAt(j); ok && !p.isNum(k) {
		v := dv{g: gMonth, y: -1, m: m}
		if p.hasRef {
			v.y = p.ref.y
			switch det {
			case dLast, dThisPast:
				if m >= p.ref.m {
					v.y--
				}
			case dNext:
				if m <= p.ref.m {
					v.y++
				}
			case dThis:
			default:
				return res{}
			}
		}
		return calRes(i, k, v)
	}
	if p.isWeekday(j) {
		wd := weekdays[w]
		switch det {
		case dLast, dThisPast:
			return calRes(i, j+1, p.pickWeekday(wd, -1, -1))
		case dNext:
			return calRes(i, j+1, p.pickWeekday(wd, 1, 1))
		case dThis:
			return calRes(i, j+1, p.pickWeekday(wd, p.tense(i, j+1), 0))
		case dPrev:
			a := p.anchor(gDay)
			if a.y >= 0 && a.m > 0 && a.d > 0 {
				t := a.time()
				rw := int(t.Weekday())
				if rw == 0 {
					rw = 7
				}
				off := -((rw - wd + 7) % 7)
				if off == 0 {
					off = -7
				}
				return calRes(i, j+1, dayOf(t.AddDate(0, 0, off)))
			}
		}
		return res{}
	}
	if s, ok := seasons[w]; ok {
		v := dv{g: gSeason, y: -1, q: s}
		if p.hasRef {
			cur := seasonOf(p.ref.m)
			// January and February belong to the winter that began the
			// year before
			curY := p.ref.y
			if p.ref.m <= 2 {
				curY--
			}
			v.y = curY
			switch det {
			case dLast, dThisPast:
				if s >= cur {
					v.y--
				}
			case dNext:
				if s <= cur {
					v.y++
				}
			case dThis:
				v.y = p.ref.y
				if s == 4 {
					v.y = curY
				}
			default:
				return res{}
			}
		}
		k := j + 1
		return calRes(i, k, v)
	}
	if hs, ok := holidays[w]; ok && p.upper(j) {
		if h, k, ok := p.holidayAt(j, hs); ok {
			rel := 0
			switch det {
			case dLast, dThisPast:
				rel = -1
			case dNext:
				rel = 1
			case dThis:
			default:
				return res{}
			}
			return calRes(i, k, p.pickHoliday(h, tense, rel))
		}
	}
	return res{}
}

// comparedFigure reports whether the expression [i, k) dates a figure
// that is compared with another: a number or an amount right before it
// ("$3 million last year", "up from 12% last year") or an amount right
// after its possessive ("last year's $1.55 billion").
func (p *parser) comparedFigure(i, k int) bool {
	if i > 0 && (p.isNum(i-1) || amountWords[p.w(i-1)]) {
		return true
	}
	if p.possessive(k) {
		j := k + 2
		return p.isP(j, '$') || p.isNum(j) || p.w(j) == "us" && p.isP(j+1, '$')
	}
	return false
}

// amountWords end a quantity ("$3 million", "5 cents", "12 percent").
var amountWords = setOf("million", "billion", "trillion", "cents", "percent", "pct", "share", "dollars", "yen", "marks", "francs", "pounds")

func seasonOf(m int) int {
	switch {
	case m >= 3 && m <= 5:
		return 1
	case m >= 6 && m <= 8:
		return 2
	case m >= 9 && m <= 11:
		return 3
	}
	return 4
}

// relUnit resolves determiner + singular unit.
func (p *parser) relUnit(i, k, det, u int) res {
	switch det {
	case dPast, dThePast:
		if u == uQuarter && det == dPast {
			return res{}
		}
		if u == uYear && det == dThePast && p.hasRef {
			// TempEval-3 values "over the past year" as the previous
			// calendar year; Bound keeps the span
			r := calRes(i, k, p.refUnit(uYear).shift(-1))
			r.noAnchor = true
			r.bnd = bspec{n: 1, u: u, back: true, ok: true}
			return r
		}
		r := res{start: i, end: k, typ: tDuration, val: durValue(1, false, u), ok: true, noAnchor: true}
		r.bnd = bspec{n: 1, u: u, back: true, ok: true}
		return r
	}
	if u <= uHour {
		return res{}
	}
	if u == uDay {
		switch det {
		case dTheNext, dFollow:
			return calRes(i, k, p.anchor(gDay).shift(1))
		case dPrev:
			return calRes(i, k, p.anchor(gDay).shift(-1))
		case dThat:
			if p.last.g == gMonth && p.last.y >= 0 && p.last.m > 0 {
				// "last October ... that same day": a day of that month
				return calRes(i, k, dv{g: gDay, y: p.last.y, m: p.last.m})
			}
			return calRes(i, k, p.anchor(gDay))
		}
		return res{}
	}
	if u == uCentury && det == dThis {
		// the TempEval-3 data values "this century" as the span P100Y
		return res{start: i, end: k, typ: tDuration, val: "P100Y", ok: true, noAnchor: true}
	}
	base := p.refUnit(u)
	if base.g == gNone {
		return res{}
	}
	switch det {
	case dLast, dThisPast:
		if u == uYear && det == dLast && p.hasRef && p.comparedFigure(i, k) && p.last.g == gQuarter && p.last.y >= 0 && p.last.y == p.ref.y && !p.ytd {
			// "profit of $5 million, compared with $3 million last
			// year": in a quarterly report the comparison is with the
			// same quarter a year before, as for "a year ago"
			r := calRes(i, k, p.focusQ(p.last).shift(-4))
			r.noAnchor = true
			return r
		}
		return calRes(i, k, base.shift(-1))
	case dThis:
		return calRes(i, k, base)
	case dNext:
		return calRes(i, k, base.shift(1))
	case dTheNext:
		return calRes(i, k, base.shift(1))
	case dFollow, dPrev, dThat:
		g := base.g
		a := p.anchor(g)
		if a.g != g {
			a = a.coarsen(g)
		}
		switch det {
		case dFollow:
			a = a.shift(1)
		case dPrev:
			a = a.shift(-1)
		}
		return calRes(i, k, a)
	case dLatest:
		return calRes(i, k, base.shift(-1))
	}
	return res{}
}

// ---- quarters and halves ----

func (p *parser) cQuarter(i int) res {
	j := i
	yearShift := 0
	explicitYear := -1
	the := false
	if w := p.w(j); w == "the" || w == "its" || w == "a" {
		j++
		the = true
	}
	comparable := false
	switch p.w(j) {
	case "comparable", "corresponding", "same":
		j++
		comparable = true
	}
	base := gNone
	latest := false
	for n := 0; n < 4; n++ {
		w := p.w(j)
		switch {
		case w == "fiscal" || w == "calendar" || w == "flat" || w == "strong" || w == "weak":
			j++
			if p.hyph(j) {
				j++
			}
			continue
		case w == "latest" || w == "current" || w == "recent" || w == "previous" || w == "prior":
			latest = true
			if w == "current" {
				base = gYear
			}
			if w == "previous" || w == "prior" {
				yearShift = -100
			}
			j++
			continue
		case (w == "year") && p.hyph(j+1) && (p.w(j+2) == "ago" || p.w(j+2) == "earlier"):
			yearShift = -1
			j += 3
			continue
		case (w == "this" || w == "last" || w == "next") && p.w(j+1) == "year" && p.isP(j+2, '\'') && p.w(j+3) == "s":
			if w == "last" {
				yearShift = -1
			} else if w == "next" {
				yearShift = 1
			}
			j += 4
			continue
		}
		if y, k, ok := p.yearAt(j); ok && the && p.isNum(j) {
			explicitYear = y
			j = k
			continue
		}
		break
	}
	q := 0
	half := false
	k := j
	start := i
	if w := p.w(i); w == "its" || w == "a" || w == "their" {
		start = i + 1
	}
	if o, k2, ok := p.ordinal(j); ok && o >= 1 && o <= 4 {
		kk := k2
		if p.hyph(kk) {
			kk++
		}
		switch p.w(kk) {
		case "quarter":
			q, k = o, kk+1
			if kk > k2 && start == i && the && j == i+1 {
				// "the third-quarter results": the determiner belongs
				// to the noun
				start = j
			}
		case "half":
			if o <= 2 {
				q, k, half = o, kk+1, true
			}
		}
	}
	if q == 0 {
		w := p.w(j)
		if w == "q" && p.isNum(j+1) && p.glued(j+1) && p.num(j+1) >= 1 && p.num(j+1) <= 4 && p.upper(j) {
			q, k = p.num(j+1), j+2
		} else if w == "quarter" && p.w(i) != "a" && !p.hyph(j+1) && (the || latest || yearShift != 0 || explicitYear >= 0) {
			// not "its quarter-century low", "the quarter-to-quarter
			// comparison"
			k = j + 1
		} else if w == "period" && (latest || yearShift != 0 || explicitYear >= 0 ||
			comparable && (p.w(j+1) == "last" && p.w(j+2) == "year" || p.w(j+1) == "a" && p.w(j+2) == "year")) {
			// "the corresponding period last year"
			k = j + 1
			base = gQuarter
		} else {
			return res{}
		}
	}
	if p.w(k) == "quarters" {
		return res{}
	}
	// "of 1990", "of fiscal 1990", "1990"
	y := -1
	if p.w(k) == "of" {
		kk := k + 1
		if p.w(kk) == "fiscal" {
			kk++
		}
		if yy, k2, ok := p.yearAt(kk); ok {
			y, k = yy, k2
		} else if p.w(kk) == "this" && p.w(kk+1) == "year" {
			k = kk + 2
		} else if p.w(kk) == "last" && p.w(kk+1) == "year" {
			k = kk + 2
			yearShift = -1
		} else if p.w(kk) == "next" && p.w(kk+1) == "year" {
			k = kk + 2
			yearShift = 1
		}
	} else if yy, k2, ok := p.yearAt(k); ok && p.isNum(k) {
		y, k = yy, k2
	}
	if y < 0 {
		y = explicitYear
	}
	// "the quarter a year ago"
	if p.w(k) == "a" && p.w(k+1) == "year" && (p.w(k+2) == "ago" || p.w(k+2) == "earlier") {
		yearShift = -1
		k += 3
	} else if p.w(k) == "last" && p.w(k+1) == "year" {
		yearShift = -1
		k += 2
	}
	var v dv
	if half {
		v = dv{g: gHalf, y: y, q: q}
		if y < 0 && p.hasRef {
			v.y = p.ref.y
		}
		if yearShift == -1 {
			v = v.shiftYears(-1)
		}
		return calRes(start, k, v)
	}
	if q == 0 {
		if base == gQuarter && explicitYear >= 0 && !latest && yearShift == 0 {
			// "the 1988 period": the year, or the quarter in focus in that year
			if p.last.g == gQuarter && p.last.y >= 0 && p.last.q > 0 && !p.ytd {
				return calRes(start, k, dv{g: gQuarter, y: explicitYear, q: p.focusQ(p.last).q})
			}
			return calRes(start, k, dv{g: gYear, y: explicitYear})
		}
		switch {
		case base == gYear:
			v = p.refUnit(uQuarter)
		case latest:
			v = p.refUnit(uQuarter).shift(-1)
			if p.lastQ.g == gQuarter && p.hasRef && p.lastQ.y == p.ref.y && yearShift != -100 {
				// "the latest period" after "its fiscal second quarter"
				v = p.lastQ
			}
		default:
			v = p.lastQuarter()
		}
		if explicitYear >= 0 {
			v.y = explicitYear
		}
		if yearShift == -100 {
			v = v.shift(-1)
		} else if yearShift != 0 {
			v = v.shift(4 * yearShift)
		}
		r := calRes(start, k, v)
		r.noAnchor = yearShift != 0
		return r
	}
	v = dv{g: gQuarter, y: y, q: q}
	if y < 0 && p.hasRef {
		v.y = p.ref.y
		rq := (p.ref.m-1)/3 + 1
		if yearShift == 0 && q > rq && p.tense(i, k) < 0 {
			v.y--
		}
		if yearShift != 0 && yearShift != -100 {
			v.y += yearShift
		}
	}
	r := calRes(start, k, v)
	r.noAnchor = yearShift != 0
	return r
}

// ---- seasons ----

func (p *parser) cSeason(i int) res {
	j := i
	the := false
	if p.w(j) == "the" {
		the = true
		j++
	}
	mod := ""
	switch p.w(j) {
	case "early":
		if the {
			mod, j = "START", j+1
		}
	case "late":
		if the {
			mod, j = "END", j+1
		}
	}
	s, ok := seasons[p.w(j)]
	if !ok {
		return res{}
	}
	k := j + 1
	y := -1
	if p.w(k) == "of" {
		if yy, k2, ok := p.yearAt(k + 1); ok {
			y, k = yy, k2
		}
	} else if yy, k2, ok := p.yearAt(k); ok {
		y, k = yy, k2
	}
	if y < 0 {
		prev := p.w(i - 1)
		if !the && !monthCtx[prev] && prev != "over" {
			return res{}
		}
		if p.w(k) == "of" || p.hyph(k) || p.w(j) == "fall" && !the && prev != "in" && prev != "this" && prev != "last" && prev != "since" && prev != "until" && prev != "by" {
			return res{}
		}
		if the && (p.w(j) == "fall" || p.w(j) == "spring") && k < len(p.t) && p.t[k].k == kWord {
			// "the fall in prices", "the spring offensive"
			switch p.w(k) {
			case "and", "or", "when", "as", "before", "after", "session", "season", "semester", "term":
			default:
				return res{}
			}
		}
		if _, isUnit := unitWords[p.w(k)]; isUnit {
			return res{}
		}
		if p.hasRef {
			y = p.ref.y
			if cur := seasonOf(p.ref.m); s > cur && p.tense(i, k) < 0 {
				y--
			}
		}
	}
	r := calRes(i, k, dv{g: gSeason, y: y, q: s})
	r.mod = mod
	return r
}

// ---- holidays ----

func (p *parser) holidayAt(i int, hs []holiday) (holiday, int, bool) {
	for _, h := range hs {
		k := i + 1
		ok := true
		for _, w := range h.words {
			if w == "'" {
				if !p.isP(k, '\'') {
					ok = false
					break
				}
			} else if p.w(k) != w {
				ok = false
				break
			}
			k++
		}
		if ok {
			return h, k, true
		}
	}
	return holiday{}, i, false
}

func (p *parser) pickHoliday(h holiday, tense, rel int) dv {
	if !p.hasRef {
		if h.kind == hFixed {
			return dv{g: gDay, y: -1, m: h.m, d: h.d}
		}
		return dv{g: gDay, y: -1}
	}
	at := func(y int) dv {
		switch h.kind {
		case hEaster:
			return easter(y)
		case hNth:
			return nthWeekday(y, h.m, h.wd, h.nth)
		}
		return dv{g: gDay, y: y, m: h.m, d: h.d}
	}
	if rel != 0 {
		tense = rel
	}
	best, bestCost := at(p.ref.y), 1e18
	for y := p.ref.y - 1; y <= p.ref.y+1; y++ {
		v := at(y)
		diff := v.time().Sub(p.refT).Hours() / 24
		if rel < 0 && diff >= 0 || rel > 0 && diff <= 0 {
			continue
		}
		cost := diff
		if cost < 0 {
			cost = -cost
		}
		if tense < 0 && diff > 1 || tense > 0 && diff < -1 {
			cost *= 2
		}
		if cost < bestCost {
			best, bestCost = v, cost
		}
	}
	return best
}

func (p *parser) cHoliday(i int) res {
	hs, ok := holidays[p.w(i)]
	if !ok || !p.upper(i) {
		return res{}
	}
	h, k, ok := p.holidayAt(i, hs)
	if !ok {
		return res{}
	}
	if yy, k2, ok := p.yearAt(k); ok && p.isNum(k) {
		switch h.kind {
		case hEaster:
			return calRes(i, k2, easter(yy))
		case hNth:
			return calRes(i, k2, nthWeekday(yy, h.m, h.wd, h.nth))
		}
		return calRes(i, k2, dv{g: gDay, y: yy, m: h.m, d: h.d})
	}
	// "Easter week"
	if p.w(k) == "week" && h.kind == hEaster {
		d := p.pickHoliday(h, p.tense(i, k+1), 0)
		if d.y >= 0 {
			return calRes(i, k+1, weekOf(d.time()))
		}
	}
	return calRes(i, k, p.pickHoliday(h, p.tense(i, k), 0))
}

// ---- clock times ----

var timeZones = map[string]bool{
	"est": true, "edt": true, "cst": true, "cdt": true, "mst": true, "mdt": true, "pst": true, "pdt": true,
	"gmt": true, "utc": true, "bst": true, "cet": true, "cest": true, "eet": true, "eest": true, "jst": true,
	"ist": true, "msk": true, "et": true, "pt": true, "ct": true, "aest": true, "hkt": true, "sgt": true,
}

// ampm parses "a.m.", "p.m.", "am", "pm" at i.
func (p *parser) ampm(i int) (int, int, bool) {
	w := p.w(i)
	switch w {
	case "am", "pm":
		if w == "am" && !p.glued(i) && p.upper(i) && p.t[i].e-p.t[i].s == 2 && p.text[p.t[i].s+1] == 'm' {
			// "Am" capitalised is likely a word
			return 0, i, false
		}
		k := i + 1
		if w == "am" {
			return 0, k, true
		}
		return 12, k, true
	case "a", "p":
		if p.isP(i+1, '.') && p.glued(i+1) && p.w(i+2) == "m" && p.glued(i+2) {
			k := i + 3
			if p.isP(k, '.') && p.glued(k) {
				k++
			}
			if w == "a" {
				return 0, k, true
			}
			return 12, k, true
		}
	}
	return 0, i, false
}

func (p *parser) cTime(i int) res {
	hh, mi := -1, 0
	k := i
	w := p.w(i)
	switch {
	case (w == "noon" || w == "midday") && p.w(i-1) == "high":
		// "high noon": an idiom
		return res{}
	case w == "noon" || w == "midday":
		hh, k = 12, i+1
	case w == "midnight":
		hh, k = 24, i+1
	case p.isNum(i) && p.nd(i) <= 2:
		h := p.num(i)
		j := i + 1
		hasMin := false
		if p.isP(j, ':') && p.glued(j) && p.isNum(j+1) && p.nd(j+1) == 2 && p.glued(j+1) {
			mi = p.num(j + 1)
			j += 2
			hasMin = true
			if mi > 59 {
				return res{}
			}
		} else if p.isP(j, '.') && p.glued(j) && p.isNum(j+1) && p.nd(j+1) == 2 && p.glued(j+1) {
			if _, _, ok := p.ampm(j + 2); ok {
				mi = p.num(j + 1)
				j += 2
				hasMin = true
				if mi > 59 {
					return res{}
				}
			}
		}
		if off, k2, ok := p.ampm(j); ok {
			if h < 1 || h > 12 {
				return res{}
			}
			hh = h%12 + off
			k = k2
		} else if p.w(j) == "o" && p.isP(j+1, '\'') && p.w(j+2) == "clock" {
			if h < 1 || h > 12 {
				return res{}
			}
			hh, k = h, j+3
		} else if hasMin && h < 24 && (timeZones[p.w(j)] || p.w(i-1) == "at" || p.w(j) == "hours" || p.w(j) == "local") {
			hh, k = h, j
		} else if p.w(j) == "in" && p.w(j+1) == "the" && dayParts[p.w(j+2)] != "" && h >= 1 && h <= 12 {
			part := dayParts[p.w(j+2)]
			hh = h
			if (part == "AF" || part == "EV" || part == "NI" && h >= 6) && h < 12 {
				hh = h + 12
			}
			k = j + 3
		} else {
			return res{}
		}
	default:
		return res{}
	}
	// timezone and a following day
	if timeZones[p.w(k)] {
		k++
	} else if p.w(k) == "local" && p.w(k+1) == "time" {
		k += 2
	} else if w := p.w(k); (w == "eastern" || w == "pacific" || w == "central" || w == "mountain") && p.upper(k) {
		k++
		if p.w(k) == "time" {
			k++
		}
	}
	day := dv{}
	j := k
	if p.isP(j, ',') {
		j++
	}
	if p.w(j) == "on" {
		j++
	}
	if r := p.dayAfterTime(i, j); r.ok {
		day, k = r.d, r.end
	} else {
		day = p.anchor(gDay)
		if p.hasRef && (p.last.g < gDay || p.last.m == 0) {
			day = p.ref
		}
	}
	v := dv{g: gMinute, y: day.y, m: day.m, d: day.d, hh: hh, mi: mi}
	if day.uw {
		v = dv{g: gMinute, uw: true, wd: day.wd, hh: hh, mi: mi}
	}
	if hh == 24 && mi == 0 {
		// T24:00 as TimeBank writes midnight
		r := calRes(i, k, v)
		r.cal = false
		r.val = v.String()[:len(v.String())-5] + "24"
		if day.y < 0 && day.m == 0 {
			r.val = "XXXX-XX-XXT24"
		}
		r.noAnchor = true
		return r
	}
	return calRes(i, k, v)
}

// dayAfterTime parses a day following a clock time: a weekday, today, a
// date.
func (p *parser) dayAfterTime(from, j int) res {
	switch p.w(j) {
	case "today", "yesterday", "tomorrow", "tonight":
		r := p.cRelWord(j)
		if r.ok && r.cal {
			r.d.g, r.d.part = gDay, ""
		}
		return r
	}
	if p.isWeekday(j) {
		r := p.cWeekday(j)
		if r.ok && r.cal && r.end == j+1 {
			// the tense of the clause is read around the whole
			// expression: "until 9 a.m. Tuesday"
			r.d = p.pickWeekday(weekdays[p.w(j)], p.tense(from, j+1), 0)
		}
		return r
	}
	if r := p.cMonth(j); r.ok && r.cal && r.d.g == gDay {
		return r
	}
	return res{}
}

// ---- sets ----

// freqWords give the TIMEX3 freq of "once", "twice", "thrice".
var freqWords = map[string]string{"once": "1X", "twice": "2X", "thrice": "3X"}

// quantOf is the TIMEX3 quant of "every" or "each".
func quantOf(w string) string {
	if w == "each" {
		return "EACH"
	}
	return "EVERY"
}

func (p *parser) cSet(i int) res {
	w := p.w(i)
	switch w {
	case "daily":
		if p.w(i-1) == "average" {
			// "average daily volume": a rate, not a recurrence
			return res{}
		}
		return res{start: i, end: i + 1, typ: tSet, val: "P1D", ok: true, noAnchor: true}
	case "weekly":
		return res{start: i, end: i + 1, typ: tSet, val: "P1W", ok: true, noAnchor: true}
	case "monthly":
		return res{start: i, end: i + 1, typ: tSet, val: "P1M", ok: true, noAnchor: true}
	case "quarterly", "annually":
		// only as an adverb ("paid quarterly"), not "a quarterly report"
		if i+1 < len(p.t) && p.t[i+1].k == kWord && p.w(i+1) != "and" && p.w(i+1) != "or" {
			return res{}
		}
		v := "P3M"
		if w == "annually" {
			v = "P1Y"
		}
		return res{start: i, end: i + 1, typ: tSet, val: v, ok: true, noAnchor: true}
	case "yearly":
		return res{start: i, end: i + 1, typ: tSet, val: "P1Y", ok: true, noAnchor: true}
	case "hourly":
		return res{start: i, end: i + 1, typ: tSet, val: "PT1H", ok: true, noAnchor: true}
	case "nightly":
		return res{start: i, end: i + 1, typ: tSet, val: "XXXX-XX-XXTNI", ok: true, noAnchor: true}
	case "every", "each":
		j := i + 1
		every := 1
		if p.w(j) == "other" {
			// "every other week"
			every, j = 2, j+1
		}
		if u, pl, k, ok := p.unit(j); ok && !pl {
			r := res{start: i, end: k, typ: tSet, val: durValue(every, false, u), ok: true, noAnchor: true}
			r.quant = quantOf(w)
			return r
		}
		if n, half, k, ok := p.number(j); ok && n > 1 {
			if u, pl, k2, ok := p.unit(k); ok && pl {
				r := res{start: i, end: k2, typ: tSet, val: durValue(n, half, u), ok: true, noAnchor: true}
				r.quant = quantOf(w)
				return r
			}
		}
		if p.isWeekday(j) {
			r := res{start: i, end: j + 1, typ: tSet, val: "XXXX-WXX-" + string(rune('0'+weekdays[p.w(j)])), ok: true, noAnchor: true}
			r.quant = quantOf(w)
			return r
		}
		if m, k, ok := p.monthAt(j); ok {
			r := res{start: i, end: k, typ: tSet, val: dv{g: gMonth, y: -1, m: m}.String(), ok: true, noAnchor: true}
			r.quant = quantOf(w)
			return r
		}
		if s, ok := seasons[p.w(j)]; ok {
			r := res{start: i, end: j + 1, typ: tSet, val: "XXXX-" + seasonCode[s], ok: true, noAnchor: true}
			r.quant = quantOf(w)
			return r
		}
		if part, ok := dayParts[p.w(j)]; ok {
			return res{start: i, end: j + 1, typ: tSet, val: "XXXX-XX-XXT" + part, ok: true, noAnchor: true}
		}
	case "once", "twice", "thrice":
		f := freqWords[w]
		j := i + 1
		if p.w(j) == "a" || p.w(j) == "per" || p.w(j) == "every" || p.w(j) == "each" {
			if u, pl, k, ok := p.unit(j + 1); ok && !pl {
				r := res{start: i, end: k, typ: tSet, val: durValue(1, false, u), ok: true, noAnchor: true}
				r.freq = f
				return r
			}
		}
	}
	// "N times a year"
	if n, _, k, ok := p.number(i); ok && n > 0 && p.w(k) == "times" && (p.w(k+1) == "a" || p.w(k+1) == "per" || p.w(k+1) == "each" || p.w(k+1) == "every") {
		if u, pl, k2, ok := p.unit(k + 2); ok && !pl {
			r := res{start: i, end: k2, typ: tSet, val: durValue(1, false, u), ok: true, noAnchor: true}
			r.freq = itoa(n) + "X"
			return r
		}
	}
	return res{}
}

// genericToday reports whether "today's" at token i means "nowadays"
// rather than the news day: "today's youth", "in today's world", "many
// of today's computers" (a quantifier before "of today's").
func (p *parser) genericToday(i int) bool {
	if genericNow[p.w(i+3)] {
		return true
	}
	if p.w(i-1) == "of" {
		switch p.w(i - 2) {
		case "many", "most", "some", "all", "few", "much", "none", "any":
			return true
		}
	}
	return false
}

// genericNow are nouns that, after "today's", speak of the present era.
var genericNow = setOf(
	"world", "youth", "society", "generation", "generations", "young", "youngsters", "children",
	"kids", "teenagers", "students", "economy", "era", "age", "times", "standards", "terms",
	"dollars", "technology", "culture", "environment", "climate", "realities", "reality",
	"politics", "media", "consumers", "families", "parents", "workers", "workforce", "global",
	"modern", "fast-changing", "changing",
)

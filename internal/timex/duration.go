package timex

import (
	"strconv"
	"time"
)

func itoa(n int) string { return strconv.Itoa(n) }

// cDuration matches "two weeks", "the past two months", "five-year",
// "a year ago", "two days later", "the coming months", "for years".
func (p *parser) cDuration(i int) res {
	j := i
	back, fwd, the := false, false, false
	switch p.w(j) {
	case "the":
		the = true
		j++
	}
	switch p.w(j) {
	case "past", "last", "previous", "preceding", "prior":
		back = true
		j++
	case "next", "coming", "following", "upcoming", "ensuing", "remaining":
		fwd = true
		j++
	case "first", "initial", "final", "latest", "entire", "whole", "full", "same":
		if the {
			j++
		}
	}
	n, half, k, ok := p.number(j)
	if ok && n == 1 && (p.w(j) == "a" || p.w(j) == "an") && (the || back || fwd) {
		ok = false
	}
	var u int
	var pl bool
	end := 0
	adjective := false
	if ok {
		if w := p.w(k); w == "more" || w == "additional" || w == "further" || w == "consecutive" || w == "straight" || w == "full" || w == "long" {
			k++
		}
		// "two to three weeks", "12 to 18 months", "two or three days"
		if w := p.w(k); (w == "to" || w == "or" || p.isP(k, '-') && !p.glued(k+1)) && k+1 < len(p.t) {
			if _, _, k2, ok2 := p.number(k + 1); ok2 {
				if _, _, _, ok3 := p.unit(k2); ok3 {
					k = k2
				}
			}
		}
		var ok2 bool
		if p.hyph(k) {
			u, pl, end, ok2 = p.unit(k + 1)
			adjective = true
			if !ok2 || pl && p.w(k+1) != "years" {
				return res{}
			}
		} else {
			u, pl, end, ok2 = p.unit(k)
			if !ok2 {
				return res{}
			}
		}
		if p.w(j) == "a" || p.w(j) == "an" {
			if pl && n == 1 || u == uSecond && p.w(j+1) == "second" {
				return res{}
			}
		}
		if p.isNum(j) && n > 1 && !pl && !adjective {
			return res{}
		}
		if p.hyph(end) && p.w(end+1) != "long" {
			// "a year-earlier", "12-year-old": not a duration here
			return res{}
		}
		if n == 0 {
			return res{}
		}
	} else {
		// no number: a plural unit after a determiner, "for years"
		var ok2 bool
		u, pl, end, ok2 = p.unit(j)
		if !ok2 {
			// "day-long", "year-long"
			return res{}
		}
		if !pl {
			if p.hyph(end) && p.w(end+1) == "long" && !the && !back && !fwd {
				return res{start: i, end: end + 2, typ: tDuration, val: durValue(1, false, u), ok: true, noAnchor: true}
			}
			return res{}
		}
		n = -1
		if !(back || fwd || the) {
			if p.hyph(end) && p.w(end+1) == "long" {
				return res{start: i, end: end + 2, typ: tDuration, val: durValue(-1, false, u), ok: true, noAnchor: true}
			}
			switch p.w(i - 1) {
			case "for", "over", "within", "coming", "past":
			default:
				if p.w(end) != "ago" {
					return res{}
				}
			}
		} else if the && !back && !fwd {
			// "the weeks ahead", "the years"
			if p.w(end) != "ahead" {
				return res{}
			}
		}
	}
	if u == uQuarter && !ok && !back && !fwd {
		return res{}
	}
	if !ok && back && !the && u == uYear && p.w(i) == "past" {
		// "in past years": TempEval-3 values it PAST_REF, like "recent
		// years"
		return refRes(i, end, "PAST_REF")
	}
	if u == uQuarter && p.w(end) == "of" {
		// "three quarters of the members": a fraction
		if _, _, ok := p.yearAt(end + 1); !ok {
			return res{}
		}
	}
	if p.w(end) == "and" && p.w(end+1) == "a" && p.w(end+2) == "half" && n > 0 && !half {
		half = true
		end += 3
	}
	if p.w(end) == "or" && p.w(end+1) == "so" {
		end += 2
	}
	if n == 1 && u == uDay && p.w(j) == "one" && end == j+2 && !the && !back && !fwd {
		switch p.w(i - 1) {
		case "will", "would", "could", "may", "might", "can", "should", "must", "he", "she", "they", "we", "i", "you", "it":
			// "Islam will one day be ...": some day in the future
			return refRes(i, end, "FUTURE_REF")
		}
	}
	if p.w(end) == "old" && n > 0 && !back && !fwd && !the {
		// "Mr. Smith, 52 years old": an age, which TempEval-3 does not
		// annotate
		return res{}
	}
	switch p.w(end) {
	case "ago":
		r := p.agoValue(i, end+1, n, u)
		return r
	case "earlier", "later":
		if the || back || fwd || n < 0 || n > 5000 || adjective {
			break
		}
		sign := -1
		if p.w(end) == "later" {
			sign = 1
		}
		a := p.anchorFor(u)
		if p.ytd && u == uYear && a.y >= 0 {
			a = dv{g: gYear, y: a.y}
		}
		a = p.focusQ(a)
		d := shiftKeep(a, sign*n, u)
		if sign > 0 {
			// TempEval-3 annotates "three days later" as the duration
			// "three days" ("later" is a signal); the day it lands on
			// becomes the anchor and the Bound
			r := res{start: i, end: end, typ: tDuration, val: durValue(n, half, u), ok: true, noAnchor: true}
			r.land, r.hasLand = d, true
			return r
		}
		r := calRes(i, end+1, d)
		r.noAnchor = true
		return r
	case "from":
		if p.w(end+1) == "now" && !the && !back && !fwd && n > 0 && n <= 5000 {
			r := calRes(i, end+2, shiftBy(p.refOrUnknown(gDay), n, u))
			r.noAnchor = true
			return r
		}
	case "hence":
		if !the && !back && !fwd && n > 0 && n <= 5000 {
			r := calRes(i, end+1, shiftBy(p.refOrUnknown(gDay), n, u))
			r.noAnchor = true
			return r
		}
	case "ahead":
		fwd = true
		end++
	}
	if ok && !the && !back && !fwd && p.titleUnit(i, end) {
		return res{}
	}
	r := res{start: i, end: end, typ: tDuration, val: durValue(n, half, u), ok: true, noAnchor: true}
	if adjective && the && !back && !fwd {
		// "the two-week talks": the determiner belongs to the noun
		r.start = j
	}
	if u == uQuarter && n > 0 && !back && !fwd {
		r.val = durValue(3*n, false, uMonth)
	}
	switch {
	case back:
		r.bnd = bspec{n: n, half: half, u: u, back: true, ok: true}
	case fwd:
		r.bnd = bspec{n: n, half: half, u: u, ok: true}
	default:
		r.pend = bspec{n: n, half: half, u: u, ok: true}
	}
	return r
}

// titleUnit reports whether the duration in tokens [i, end) ends in a
// capitalised unit inside lower-case text or right after a quote, as in a
// title: "CBS's 60 Minutes".
func (p *parser) titleUnit(i, end int) bool {
	if !p.upper(end-1) || p.upper(i) {
		return false
	}
	if p.isP(i-1, '\'') || p.isP(i-1, '"') || p.isP(i-1, '\u201c') {
		return p.isNum(i)
	}
	return !p.upper(i-1) && !p.sentenceStart(i)
}

// anchorFor picks the anchor of "two days later": the last mentioned
// calendar value, or the reference.
func (p *parser) anchorFor(u int) dv {
	g := unitGran(u)
	if p.last.g != gNone && p.last.y >= 0 && !p.last.uw {
		if g >= gDay && (p.last.g < gDay || p.last.m == 0 || p.last.d == 0) {
			// a day count needs a day to count from
			return p.refOrUnknown(gDay)
		}
		return p.last
	}
	return p.refOrUnknown(gDay)
}

// shiftKeep moves anchor a by n units u, keeping the anchor's granularity
// where the unit allows it ("a year earlier" than a quarter is a quarter).
func shiftKeep(a dv, n, u int) dv {
	if a.y < 0 {
		// unknown anchor: only the granularity is known
		g := unitGran(u)
		if a.g > g || a.uw {
			return dv{g: g, y: -1}
		}
		return a
	}
	switch a.g {
	case gDay, gPart, gMinute:
		if a.m > 0 && a.d > 0 {
			t := addUnits(a.time(), n, u)
			if u <= uHour {
				return dayOf(t)
			}
			v := a
			v.y, v.m, v.d = t.Year(), int(t.Month()), t.Day()
			if v.g == gMinute {
				v.g = gDay
			}
			return v
		}
	case gQuarter:
		switch u {
		case uYear:
			return a.shift(4 * n)
		case uQuarter:
			return a.shift(n)
		case uMonth:
			if n%3 == 0 {
				return a.shift(n / 3)
			}
		case uDecade:
			return a.shift(40 * n)
		}
	case gMonth:
		switch u {
		case uYear:
			return a.shift(12 * n)
		case uMonth:
			return a.shift(n)
		case uQuarter:
			return a.shift(3 * n)
		case uDecade:
			return a.shift(120 * n)
		}
	case gWeek, gWeekend:
		switch u {
		case uWeek:
			return a.shift(n)
		case uYear:
			return a.shift(52 * n)
		}
	case gSeason, gYear, gHalf:
		switch u {
		case uYear:
			return a.shiftYears(n)
		case uDecade:
			return a.shiftYears(10 * n)
		case uCentury:
			return a.shiftYears(100 * n)
		}
	}
	return shiftBy(a, n, u)
}

// agoValue resolves "N units ago".
func (p *parser) agoValue(i, end, n, u int) res {
	r := p.agoValue1(i, end, n, u)
	r.ago = true
	return r
}

func (p *parser) agoValue1(i, end, n, u int) res {
	if n < 0 || n > 5000 {
		// an unspecified or astronomical distance
		r := refRes(i, end, "PAST_REF")
		return r
	}
	if !p.hasRef {
		g := unitGran(u)
		r := calRes(i, end, dv{g: g, y: -1})
		r.noAnchor = true
		return r
	}
	var v dv
	if u == uYear && p.last.g == gQuarter && p.last.y >= 0 && p.last.y == p.ref.y && !p.ytd {
		v = p.focusQ(p.last).shift(-4 * n)
	} else {
		v = shiftBy(p.ref, -n, u)
	}
	r := calRes(i, end, v)
	r.noAnchor = true
	return r
}

// easter returns Easter Sunday of year y (Gregorian, anonymous algorithm).
func easter(y int) dv {
	a := y % 19
	b := y / 100
	c := y % 100
	d := b / 4
	e := b % 4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i := c / 4
	k := c % 4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return dv{g: gDay, y: y, m: month, d: day}
}

// nthWeekday returns the nth weekday wd (1=Monday) of month m; nth < 0
// means the last one; nth == 0 means the Tuesday after the first Monday
// (US election day).
func nthWeekday(y, m, wd, nth int) dv {
	if nth == 0 {
		first := nthWeekday(y, m, 1, 1)
		return dayOf(first.time().AddDate(0, 0, 1))
	}
	if nth < 0 {
		t := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC)
		for isoWD(t) != wd {
			t = t.AddDate(0, 0, -1)
		}
		return dayOf(t)
	}
	t := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
	for isoWD(t) != wd {
		t = t.AddDate(0, 0, 1)
	}
	return dayOf(t.AddDate(0, 0, 7*(nth-1)))
}

func isoWD(t time.Time) int {
	w := int(t.Weekday())
	if w == 0 {
		return 7
	}
	return w
}

package timex

import (
	"strconv"
	"time"
)

// parser holds the state of one Tag call.
type parser struct {
	text    string
	low     string // lower-case forms of the words with capitals (see fCaps)
	vals    []byte // backing store of the Value and Bound strings of this call
	t       []token
	hasRef  bool
	ref     dv // reference day (g == gDay) when hasRef
	refT    time.Time
	last    dv  // last resolved calendar value, the anchor of "two days later"
	lastEnd int // token index after the last expression
	lastMD  dv  // value of the last expression when it was a day
	// ytd is set after a year-to-date span ("the nine months", "the
	// first half"): "a year earlier" then means the previous year, not
	// the previous quarter. A quarter mention clears it.
	ytd bool
	// tenseA, tenseB, tenseV memoise the last tense call: rules and Tag
	// ask for the same span.
	tenseA, tenseB, tenseV int
	tenseOK                bool
	// lastQ is the last quarter mentioned, the referent of "the quarter"
	// even after a day ("the quarter ended Sept. 30") has moved the anchor.
	lastQ dv
	// firstQ is the latest completed quarter of the reference year the
	// text mentions: the quarter a company report is about, the referent
	// of "the year-earlier period" and "a year ago" in such a report even
	// after a look back ("after a flat second quarter") or ahead ("into
	// the fourth quarter").
	firstQ dv
	out    []Expr
}

// res is one matched expression in token indexes [start, end).
type res struct {
	start, end int
	typ        string
	val        string
	mod        string
	quant      string
	freq       string
	bnd        bspec // the interval a bounded duration covers
	tense      int
	pend       bspec // forward bound a "within" prefix may claim
	cal        bool  // val is given by d
	d          dv
	noAnchor   bool // do not update the anchor
	land       dv   // for "N units later": the value it lands on
	hasLand    bool // land is set
	ago        bool // a date given as a distance from the reference
	ok         bool
}

// Token access helpers. All are safe for out-of-range indexes.

func (p *parser) w(i int) string {
	if i < 0 || i >= len(p.t) || p.t[i].k != kWord {
		return ""
	}
	return p.word(&p.t[i])
}

// word returns the lower-case form of word token t.
func (p *parser) word(t *token) string {
	if t.f&fCaps != 0 {
		return p.low[t.n : t.n+t.e-t.s]
	}
	return p.text[t.s:t.e]
}

func (p *parser) isP(i int, c rune) bool {
	return i >= 0 && i < len(p.t) && p.t[i].k == kPunct && rune(p.t[i].n) == c
}

func (p *parser) isNum(i int) bool {
	return i >= 0 && i < len(p.t) && p.t[i].k == kNum && p.t[i].f&fBig == 0
}

func (p *parser) num(i int) int { return int(p.t[i].n) }

func (p *parser) nd(i int) int { return int(p.t[i].nd) }

// glued reports whether token i directly follows token i-1.
func (p *parser) glued(i int) bool {
	return i > 0 && i < len(p.t) && p.t[i].f&fSpace == 0
}

func (p *parser) upper(i int) bool {
	return i >= 0 && i < len(p.t) && p.t[i].f&fUpper != 0
}

// hyph reports whether token i is a hyphen glued on both sides.
func (p *parser) hyph(i int) bool {
	return p.isP(i, '-') && p.glued(i) && p.glued(i+1)
}

// sentenceStart reports whether token i begins a sentence or line.
func (p *parser) sentenceStart(i int) bool {
	if i <= 0 {
		return true
	}
	if p.t[i].f&fLine != 0 {
		return true
	}
	k := p.t[i-1]
	if k.k == kPunct {
		switch rune(k.n) {
		case '.', '!', '?', '"', '\'', '(', '[', ':', '-', '\u201c':
			return true
		}
	}
	return false
}

// ---- numbers ----

// number parses a cardinal number at i: digits, "twenty-four", "a",
// "a couple of", "a dozen", "a few", "several". It returns the value (-1 for
// an unspecified quantity "X"), the half flag for "2 1/2", and the index after.
func (p *parser) number(i int) (n int, half bool, next int, ok bool) {
	if i >= len(p.t) {
		return
	}
	if p.isNum(i) {
		if p.isP(i+1, ',') && p.isNum(i+2) && p.nd(i+2) == 3 && p.glued(i+1) && p.glued(i+2) {
			// 1,000 style: take the whole group
			v := p.num(i)
			j := i
			for g := 0; g < 4 && p.isP(j+1, ',') && p.isNum(j+2) && p.nd(j+2) == 3 && p.glued(j+1) && p.glued(j+2); g++ {
				if v < 1e6 {
					v = v*1000 + p.num(j+2)
				}
				j += 2
			}
			return v, false, j + 1, true
		}
		if p.isP(i+1, '.') && p.glued(i+1) && p.isNum(i+2) && p.glued(i+2) {
			// decimal: 1.5
			if p.t[i+2].nd == 1 && p.num(i+2) == 5 {
				return p.num(i), true, i + 3, true
			}
			return 0, false, 0, false
		}
		v := p.num(i)
		j := i + 1
		// "2 1/2"
		if p.isNum(j) && p.num(j) == 1 && p.isP(j+1, '/') && p.isNum(j+2) && p.num(j+2) == 2 {
			return v, true, j + 3, true
		}
		return v, false, j, true
	}
	w := p.w(i)
	switch w {
	case "":
		return
	case "a", "an", "one":
		// "a couple of", "a dozen", "a few", "a half"
		switch p.w(i + 1) {
		case "couple":
			if p.w(i+2) == "of" {
				return 2, false, i + 3, true
			}
			return 2, false, i + 2, true
		case "dozen":
			return 12, false, i + 2, true
		case "few":
			return -1, false, i + 2, true
		case "hundred":
			return 100, false, i + 2, true
		case "thousand":
			return 1000, false, i + 2, true
		}
		return 1, false, i + 1, true
	case "few", "several", "many", "some", "numerous":
		return -1, false, i + 1, true
	case "couple":
		if p.w(i+1) == "of" {
			return 2, false, i + 2, true
		}
		return
	case "dozen":
		return 12, false, i + 1, true
	case "dozens", "hundreds", "thousands":
		if p.w(i+1) == "of" {
			return -1, false, i + 2, true
		}
		return
	}
	v, j, ok := p.wordNumber(i)
	if !ok {
		return
	}
	// "two and a half"
	if p.w(j) == "and" && p.w(j+1) == "a" && p.w(j+2) == "half" {
		return v, true, j + 3, true
	}
	return v, false, j, true
}

// wordNumber parses a spelled cardinal below one million.
func (p *parser) wordNumber(i int) (int, int, bool) {
	total, cur, j := 0, 0, i
	seen := false
	for {
		w := p.w(j)
		if v, ok := ones[w]; ok {
			cur += v
			j++
			seen = true
		} else if v, ok := tens[w]; ok {
			cur += v
			j++
			seen = true
			if p.hyph(j) {
				if v2, ok := ones[p.w(j+1)]; ok && v2 < 10 && v2 > 0 {
					cur += v2
					j += 2
				}
			} else if v2, ok := ones[p.w(j)]; ok && v2 < 10 && v2 > 0 {
				cur += v2
				j++
			}
		} else if seen && w == "hundred" {
			if cur == 0 {
				cur = 1
			}
			cur *= 100
			j++
			if p.w(j) == "and" {
				if _, ok := ones[p.w(j+1)]; ok {
					j++
				} else if _, ok := tens[p.w(j+1)]; ok {
					j++
				}
			}
			continue
		} else if seen && w == "thousand" {
			if cur == 0 {
				cur = 1
			}
			total += cur * 1000
			cur = 0
			j++
			continue
		} else {
			break
		}
		// only allow continuation with hundred/thousand
		w2 := p.w(j)
		if w2 != "hundred" && w2 != "thousand" {
			break
		}
	}
	if !seen {
		return 0, i, false
	}
	return total + cur, j, true
}

// ordinal parses "third", "twenty-first", "3rd", "21st".
func (p *parser) ordinal(i int) (int, int, bool) {
	if p.isNum(i) {
		if s := p.w(i + 1); (s == "st" || s == "nd" || s == "rd" || s == "th") && p.glued(i+1) {
			return p.num(i), i + 2, true
		}
		return 0, i, false
	}
	w := p.w(i)
	if len(w) < 5 || w[0] < 'e' || w[0] > 't' {
		// every ordinal word and tens word is at least five letters
		// long and starts with e..t
		return 0, i, false
	}
	if v, ok := ordinals[w]; ok {
		return v, i + 1, true
	}
	if v, ok := tens[w]; ok {
		j := i + 1
		if p.hyph(j) {
			j++
		}
		if v2, ok := ordinals[p.w(j)]; ok && v2 < 10 {
			return v + v2, j + 1, true
		}
	}
	return 0, i, false
}

// unit parses a unit word at i ("years", "day"), returning the unit code,
// whether it is plural, and the next index.
func (p *parser) unit(i int) (u int, pl bool, next int, ok bool) {
	w := p.w(i)
	if w == "" {
		return
	}
	if w == "trading" || w == "business" || w == "working" || w == "calendar" {
		if v, ok2 := unitWords[p.w(i+1)]; ok2 && v&^plural == uDay {
			return uDay, v&plural != 0, i + 2, true
		}
		return
	}
	v, ok2 := unitWords[w]
	if !ok2 {
		return
	}
	return v &^ plural, v&plural != 0, i + 1, true
}

// durValue formats a duration of n units (n < 0: unspecified).
func durValue(n int, half bool, u int) string {
	var b []byte
	b = append(b, 'P')
	num := func(k int) {
		if n < 0 {
			b = append(b, 'X')
		} else {
			b = strconv.AppendInt(b, int64(k), 10)
		}
	}
	switch u {
	case uSecond, uMinute, uHour:
		b = append(b, 'T')
		num(n)
		switch u {
		case uSecond:
			b = append(b, 'S')
		case uMinute:
			b = append(b, 'M')
			if half {
				b = append(b, "30S"...)
			}
		case uHour:
			b = append(b, 'H')
			if half {
				b = append(b, "30M"...)
			}
		}
	case uDay:
		num(n)
		b = append(b, 'D')
		if half {
			b = append(b, "T12H"...)
		}
	case uWeek:
		num(n)
		b = append(b, 'W')
	case uFortnight:
		num(2 * n)
		b = append(b, 'W')
	case uMonth:
		num(n)
		b = append(b, 'M')
	case uQuarter:
		num(3 * n)
		b = append(b, 'M')
	case uYear:
		num(n)
		b = append(b, 'Y')
		if half {
			b = append(b, "6M"...)
		}
	case uDecade:
		// an unknown count of decades, centuries or millennia is an
		// unknown count of years, as the known counts are ("two
		// decades" = P20Y); TempEval-3 values "decades-long" PXY
		if n < 0 {
			b = append(b, "XY"...)
		} else {
			num(10 * n)
			b = append(b, 'Y')
		}
	case uCentury:
		if n < 0 {
			b = append(b, "XY"...)
		} else {
			num(100 * n)
			b = append(b, 'Y')
		}
	case uMillennium:
		if n < 0 {
			b = append(b, "XY"...)
		} else {
			num(1000 * n)
			b = append(b, 'Y')
		}
	}
	return string(b)
}

// addUnits adds n units to t.
func addUnits(t time.Time, n int, u int) time.Time {
	switch u {
	case uSecond:
		return t.Add(time.Duration(n) * time.Second)
	case uMinute:
		return t.Add(time.Duration(n) * time.Minute)
	case uHour:
		return t.Add(time.Duration(n) * time.Hour)
	case uDay:
		return t.AddDate(0, 0, n)
	case uWeek:
		return t.AddDate(0, 0, 7*n)
	case uFortnight:
		return t.AddDate(0, 0, 14*n)
	case uMonth:
		return t.AddDate(0, n, 0)
	case uQuarter:
		return t.AddDate(0, 3*n, 0)
	case uYear:
		return t.AddDate(n, 0, 0)
	case uDecade:
		return t.AddDate(10*n, 0, 0)
	case uCentury:
		return t.AddDate(100*n, 0, 0)
	case uMillennium:
		return t.AddDate(1000*n, 0, 0)
	}
	return t
}

// bspec describes the interval of a bounded duration; it is formatted
// only for the expressions Tag returns.
type bspec struct {
	n          int
	u          int
	half, back bool
	ok         bool
}

// appendBound appends the interval "ref/ref+n units" (or "ref-n/ref" when
// back is set) of a bounded duration, nothing when the anchor is unknown.
func (p *parser) appendBound(b []byte, bs bspec) []byte {
	n, half, u, back := bs.n, bs.half, bs.u, bs.back
	if !bs.ok || !p.hasRef || n > 5000 {
		return b
	}
	if n < 0 {
		// an unspecified count: assume a few (three) units
		n = 3
	}
	t0 := p.refT
	t1 := addUnits(t0, n, u)
	if half {
		switch u {
		case uYear:
			t1 = t1.AddDate(0, 6, 0)
		case uDay:
			t1 = t1.Add(12 * time.Hour)
		case uHour:
			t1 = t1.Add(30 * time.Minute)
		}
	}
	if back {
		t1 = addUnits(t0, -n, u)
		t0, t1 = t1, t0
	}
	layout := "2006-01-02"
	if u <= uHour {
		layout = "2006-01-02T15:04"
	}
	b = t0.AppendFormat(b, layout)
	b = append(b, '/')
	return t1.AppendFormat(b, layout)
}

// unitGran maps a unit to the granularity of "N units ago".
func unitGran(u int) gran {
	switch u {
	case uSecond, uMinute, uHour, uDay:
		return gDay
	case uWeek, uFortnight:
		return gWeek
	case uMonth:
		return gMonth
	case uQuarter:
		return gQuarter
	case uYear:
		return gYear
	case uDecade:
		return gYear
	case uCentury, uMillennium:
		return gYear
	}
	return gDay
}

// shiftBy moves calendar value v by n units u, giving a value of the
// granularity that suits the unit.
func shiftBy(v dv, n int, u int) dv {
	if v.y < 0 {
		g := unitGran(u)
		if g < v.g {
			v = v.coarsen(g)
		}
		return v
	}
	g := unitGran(u)
	if v.g == gQuarter && (u == uYear || u == uQuarter) {
		if u == uYear {
			return v.shift(4 * n)
		}
		return v.shift(n)
	}
	if v.g >= gDay && v.m > 0 && v.d > 0 {
		t := addUnits(v.time(), n, u)
		d := dayOf(t)
		switch g {
		case gDay:
			return d
		case gWeek:
			return weekOf(t)
		case gMonth:
			return d.coarsen(gMonth)
		case gQuarter:
			return d.coarsen(gQuarter)
		default:
			return dv{g: gYear, y: t.Year()}
		}
	}
	// coarser value: shift in its own terms
	switch u {
	case uYear:
		return v.shiftYears(n)
	case uDecade:
		return v.shiftYears(10 * n)
	case uCentury:
		return v.shiftYears(100 * n)
	case uMonth:
		if v.g == gMonth {
			return v.shift(n)
		}
		if v.g == gQuarter && n%3 == 0 {
			return v.shift(n / 3)
		}
	case uWeek:
		if v.g == gWeek || v.g == gWeekend {
			return v.shift(n)
		}
	case uQuarter:
		if v.g == gQuarter {
			return v.shift(n)
		}
	}
	return v
}

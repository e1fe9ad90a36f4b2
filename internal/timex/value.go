package timex

import (
	"strconv"
	"time"
)

// gran is the granularity of a calendar value.
type gran int8

const (
	gNone gran = iota
	gCentury
	gDecade
	gYear
	gHalf
	gQuarter
	gSeason
	gMonth
	gWeek
	gWeekend
	gDay
	gPart   // a day plus a part of the day (MO, AF, EV, NI)
	gMinute // a day plus hour and minute
)

// dv is a calendar value of some granularity. y < 0 means the year is
// unknown. For gCentury y is the century number minus one ("19" for the 20th
// century), for gDecade the decade prefix ("199").
type dv struct {
	g    gran
	y    int
	m, d int    // month and day
	q    int    // half, quarter, season index (1-4) or ISO week
	part string // part of day for gPart; "" otherwise
	hh   int
	mi   int
	uw   bool // unknown week: "XXXX-WXX-d" (weekday with unknown reference)
	wd   int  // ISO weekday 1..7 for uw
}

var seasonCode = [...]string{"", "SP", "SU", "FA", "WI"}

// pad appends n, zero-padded to w digits.
func pad(b []byte, n, w int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	var d [20]byte
	k := len(d)
	for {
		k--
		d[k] = byte('0' + n%10)
		n /= 10
		if n <= 0 || k == 0 {
			break
		}
	}
	for i := len(d) - k; i < w; i++ {
		b = append(b, '0')
	}
	return append(b, d[k:]...)
}

func (v dv) year(b []byte) []byte {
	if v.y < 0 {
		return append(b, "XXXX"...)
	}
	return pad(b, v.y, 4)
}

// String formats v as a TIMEX3 value.
func (v dv) String() string {
	var buf [32]byte
	return string(v.appendTo(buf[:0]))
}

// appendTo appends the TIMEX3 value of v to b.
func (v dv) appendTo(b []byte) []byte {
	if v.uw {
		b = append(b, "XXXX-WXX-"...)
		b = strconv.AppendInt(b, int64(v.wd), 10)
		return v.appendClock(b, v.part != "")
	}
	switch v.g {
	case gCentury:
		if v.y < 0 {
			return append(b, "XX"...)
		}
		return strconv.AppendInt(b, int64(v.y), 10)
	case gDecade:
		// TimeML writes a decade as its first three digits ("199" for
		// the 1990s), as the TempEval-3 data mostly does
		if v.y < 0 {
			return append(b, "XXX"...)
		}
		return strconv.AppendInt(b, int64(v.y), 10)
	case gYear:
		b = v.year(b)
	case gHalf:
		b = append(v.year(b), "-H"...)
		b = strconv.AppendInt(b, int64(v.q), 10)
	case gQuarter:
		b = append(v.year(b), "-Q"...)
		if v.q == 0 {
			b = append(b, 'X')
		} else {
			b = strconv.AppendInt(b, int64(v.q), 10)
		}
	case gSeason:
		b = append(v.year(b), '-')
		if v.q >= 1 && v.q <= 4 {
			b = append(b, seasonCode[v.q]...)
		}
	case gMonth:
		b = append(v.year(b), '-')
		if v.m == 0 {
			b = append(b, "XX"...)
		} else {
			b = pad(b, v.m, 2)
		}
	case gWeek, gWeekend:
		b = append(v.year(b), "-W"...)
		if v.y < 0 || v.q == 0 {
			b = append(b, "XX"...)
		} else {
			b = pad(b, v.q, 2)
		}
		if v.g == gWeekend {
			b = append(b, "-WE"...)
		}
	case gDay, gPart, gMinute:
		b = append(v.year(b), '-')
		if v.m == 0 {
			b = append(b, "XX-XX"...)
		} else {
			b = pad(b, v.m, 2)
			b = append(b, '-')
			if v.d == 0 {
				b = append(b, "XX"...)
			} else {
				b = pad(b, v.d, 2)
			}
		}
		b = v.appendClock(b, v.g == gPart)
	}
	return b
}

// fromTime builds a day value.
func dayOf(t time.Time) dv {
	return dv{g: gDay, y: t.Year(), m: int(t.Month()), d: t.Day()}
}

func (v dv) time() time.Time {
	m, d := v.m, v.d
	if m == 0 {
		m = 1
	}
	if d == 0 {
		d = 1
	}
	return time.Date(v.y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
}

func weekOf(t time.Time) dv {
	y, w := t.ISOWeek()
	return dv{g: gWeek, y: y, q: w}
}

// mondayOf returns the Monday of ISO week w of year y.
func mondayOf(y, w int) time.Time {
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	wd := int(jan4.Weekday())
	if wd == 0 {
		wd = 7
	}
	return jan4.AddDate(0, 0, 1-wd+(w-1)*7)
}

// shift moves v by n units of its own granularity.
func (v dv) shift(n int) dv {
	if v.y < 0 || n == 0 {
		return v
	}
	switch v.g {
	case gCentury, gDecade, gYear:
		v.y += n
	case gHalf:
		k := v.y*2 + v.q - 1 + n
		v.y, v.q = floorDiv(k, 2), k-floorDiv(k, 2)*2+1
	case gQuarter:
		if v.q == 0 {
			v.y += floorDiv(n, 4)
			return v
		}
		k := v.y*4 + v.q - 1 + n
		v.y, v.q = floorDiv(k, 4), k-floorDiv(k, 4)*4+1
	case gSeason:
		v.y += n
	case gMonth:
		k := v.y*12 + v.m - 1 + n
		v.y, v.m = floorDiv(k, 12), k-floorDiv(k, 12)*12+1
	case gWeek, gWeekend:
		w := weekOf(mondayOf(v.y, v.q).AddDate(0, 0, 7*n))
		v.y, v.q = w.y, w.q
	case gDay, gPart, gMinute:
		if v.m == 0 || v.d == 0 {
			return v
		}
		t := v.time().AddDate(0, 0, n)
		v.y, v.m, v.d = t.Year(), int(t.Month()), t.Day()
	}
	return v
}

// shiftYears moves v by n years keeping its granularity.
func (v dv) shiftYears(n int) dv {
	if v.y < 0 {
		return v
	}
	switch v.g {
	case gWeek, gWeekend:
		return v.shift(52 * n)
	case gDay, gPart, gMinute:
		if v.m == 0 || v.d == 0 {
			v.y += n
			return v
		}
		t := v.time().AddDate(n, 0, 0)
		v.y, v.m, v.d = t.Year(), int(t.Month()), t.Day()
		return v
	case gCentury:
		v.y += n / 100
	case gDecade:
		v.y += n / 10
	default:
		v.y += n
	}
	return v
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// coarsen returns v reduced to granularity g (g coarser than v.g).
func (v dv) coarsen(g gran) dv {
	if v.g <= g {
		return v
	}
	switch g {
	case gYear:
		return dv{g: gYear, y: v.y}
	case gQuarter:
		if v.g >= gMonth && v.m > 0 {
			return dv{g: gQuarter, y: v.y, q: (v.m-1)/3 + 1}
		}
	case gMonth:
		if v.g >= gDay && v.m > 0 {
			return dv{g: gMonth, y: v.y, m: v.m}
		}
	case gWeek:
		if v.g >= gDay && v.m > 0 && v.d > 0 && v.y >= 0 {
			return weekOf(v.time())
		}
	case gDay:
		if v.g > gDay {
			return dv{g: gDay, y: v.y, m: v.m, d: v.d}
		}
	}
	return v
}

// appendClock appends the time-of-day part of a value: "T" and the part of
// day when part is set ("TMO"), else "THH:MM" at minute granularity.
func (v dv) appendClock(b []byte, part bool) []byte {
	switch {
	case part:
		b = append(b, 'T')
		b = append(b, v.part...)
	case v.g == gMinute:
		b = append(b, 'T')
		b = pad(b, v.hh, 2)
		b = append(b, ':')
		b = pad(b, v.mi, 2)
	}
	return b
}

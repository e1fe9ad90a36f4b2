package diplo

import (
	"strconv"
	"strings"
	"time"
)

// Time is one time expression of the article, normalized against the
// publication date in TIMEX3 style.
type Time struct {
	ID          string      `json:"id"` // "time:N", in text order
	Span        Span        `json:"span"`
	Text        string      `json:"text"`
	Type        TimeType    `json:"type"`
	Value       string      `json:"value"` // TIMEX3 value: "2025-02", "2025-W08", "P2W", "XXXX-XX-XX"
	Mod         Mod         `json:"mod,omitzero"`
	Granularity Granularity `json:"granularity,omitzero"`
	// Interval is what the expression denotes on the calendar: for a date
	// its extent (widened or narrowed by Mod), for a bounded duration such
	// as "within two weeks" the period it bounds. Zero when unknown.
	Interval Interval `json:"interval,omitzero"`
	// Unresolved is set when the value could not be fully resolved because
	// no reference date was known ("on Tuesday" in an undated article).
	Unresolved bool `json:"unresolved,omitzero"`
	// Anchor is the ID of the Time a relative expression was resolved
	// against ("two days later"); empty when it is the publication date.
	Anchor string `json:"anchor,omitzero"`
}

// Interval is a span of calendar time [Start, End): the earliest start and
// the latest end a time value allows. A zero Start or End means unbounded
// (or unknown) on that side.
type Interval struct {
	Start time.Time `json:"start,omitzero"`
	End   time.Time `json:"end,omitzero"`
}

// IsZero reports whether nothing is known of the interval.
func (iv Interval) IsZero() bool { return iv.Start.IsZero() && iv.End.IsZero() }

// Relation is how two intervals stand to each other.
type Relation uint8

// Relations between intervals.
const (
	RelUnknown  Relation = iota // not enough is known
	RelBefore                   // the first ends no later than the second starts
	RelAfter                    // the first starts no earlier than the second ends
	RelOverlaps                 // they share some time
)

var relationNames = []string{"unknown", "before", "after", "overlaps"}

// String returns the lowercase name of r, as in JSON.
func (r Relation) String() string { return enumString(relationNames, uint8(r)) }

// MarshalText encodes r as its lowercase name.
func (r Relation) MarshalText() ([]byte, error) {
	return enumText("relation", relationNames, uint8(r))
}

// UnmarshalText decodes a lowercase name; unknown names are an error.
func (r *Relation) UnmarshalText(b []byte) error {
	v, err := enumParse("relation", relationNames, b)
	*r = Relation(v)
	return err
}

// Compare says whether iv is certainly before, certainly after, or
// certainly overlapping other; RelUnknown when the bounds do not decide.
func (iv Interval) Compare(other Interval) Relation {
	if iv.IsZero() || other.IsZero() {
		return RelUnknown
	}
	if !iv.End.IsZero() && !other.Start.IsZero() && !iv.End.After(other.Start) {
		return RelBefore
	}
	if !other.End.IsZero() && !iv.Start.IsZero() && !other.End.After(iv.Start) {
		return RelAfter
	}
	// Both bounded on all sides and neither before the other: they overlap.
	if !iv.Start.IsZero() && !iv.End.IsZero() && !other.Start.IsZero() && !other.End.IsZero() {
		return RelOverlaps
	}
	return RelUnknown
}

// ParseValue computes the interval and granularity of a TIMEX3 value with
// its modifier. It understands years ("2025"), months ("2025-02"), days
// ("2025-02-18"), times ("2025-02-18T14:00"), weeks ("2025-W08"), quarters
// ("2025-Q1"), halves ("2025-H2"), seasons ("2025-SU"), decades ("199X"),
// centuries ("19XX"), parts of day ("2025-02-18TMO") and ranges of any two of
// these ("2025-02/2025-03"). ok is false for values with no calendar extent
// (durations, "PRESENT_REF", unresolved "XXXX-02-13").
//
// The modifier reshapes the interval: Start, Mid and End keep its first,
// middle and last third; Approx widens it by half its length on each side;
// Before and After give the open interval ending where it starts or
// starting where it ends; OnOrBefore and OnOrAfter open it on one side.
// The duration modifiers (LessThan and the like) leave it unchanged.
func ParseValue(value string, mod Mod) (iv Interval, g Granularity, ok bool) {
	if a, b, found := strings.Cut(value, "/"); found {
		// parsePoint, not ParseValue: "a/b/c" is malformed, and a value of
		// many slashes must not recurse.
		ia, ga, oka := parsePoint(a)
		ib, gb, okb := parsePoint(b)
		if !oka || !okb || ib.End.Before(ia.Start) {
			return Interval{}, 0, false
		}
		g = ga
		if gb < g {
			g = gb
		}
		return applyMod(Interval{ia.Start, ib.End}, mod), g, true
	}
	iv, g, ok = parsePoint(value)
	if !ok {
		return Interval{}, 0, false
	}
	return applyMod(iv, mod), g, true
}

func applyMod(iv Interval, mod Mod) Interval {
	d := iv.End.Sub(iv.Start)
	switch mod {
	case Start:
		return Interval{iv.Start, iv.Start.Add(d / 3)}
	case Mid:
		return Interval{iv.Start.Add(d / 3), iv.End.Add(-d / 3)}
	case End:
		return Interval{iv.End.Add(-d / 3), iv.End}
	case Before:
		return Interval{End: iv.Start}
	case After:
		return Interval{Start: iv.End}
	case OnOrBefore:
		return Interval{End: iv.End}
	case OnOrAfter:
		return Interval{Start: iv.Start}
	case Approx:
		return Interval{iv.Start.Add(-d / 2), iv.End.Add(d / 2)}
	}
	return iv
}

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// num parses s as a non-negative decimal number of exactly len(s) digits.
func num(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

func parsePoint(v string) (Interval, Granularity, bool) {
	if len(v) < 4 {
		return Interval{}, 0, false
	}
	switch {
	case len(v) == 4 && v[2:] == "XX":
		c, ok := num(v[:2])
		if !ok {
			break
		}
		return Interval{day(c*100, 1, 1), day(c*100+100, 1, 1)}, Century, true
	case len(v) == 4 && v[3] == 'X':
		d, ok := num(v[:3])
		if !ok {
			break
		}
		return Interval{day(d*10, 1, 1), day(d*10+10, 1, 1)}, Decade, true
	}
	y, ok := num(v[:4])
	if !ok {
		return Interval{}, 0, false
	}
	rest := v[4:]
	if rest == "" {
		return Interval{day(y, 1, 1), day(y+1, 1, 1)}, Year, true
	}
	if rest[0] != '-' || len(rest) < 3 {
		return Interval{}, 0, false
	}
	rest = rest[1:]
	switch {
	case rest[0] == 'W' && rest != "WI": // "WI" is winter
		w, ok := num(rest[1:])
		if !ok || w < 1 || w > 53 {
			return Interval{}, 0, false
		}
		// ISO week 1 contains January 4th.
		jan4 := day(y, 1, 4)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
		s := monday.AddDate(0, 0, 7*(w-1))
		return Interval{s, s.AddDate(0, 0, 7)}, Week, true
	case rest[0] == 'Q':
		q, ok := num(rest[1:])
		if !ok || q < 1 || q > 4 {
			return Interval{}, 0, false
		}
		return Interval{day(y, 3*q-2, 1), day(y, 3*q+1, 1)}, Quarter, true
	case rest[0] == 'H':
		h, ok := num(rest[1:])
		if !ok || h < 1 || h > 2 {
			return Interval{}, 0, false
		}
		return Interval{day(y, 6*h-5, 1), day(y, 6*h+1, 1)}, Half, true
	case len(rest) == 2 && rest[0] >= 'A':
		switch rest {
		case "SP":
			return Interval{day(y, 3, 1), day(y, 6, 1)}, Season, true
		case "SU":
			return Interval{day(y, 6, 1), day(y, 9, 1)}, Season, true
		case "FA":
			return Interval{day(y, 9, 1), day(y, 12, 1)}, Season, true
		case "WI":
			return Interval{day(y, 12, 1), day(y+1, 3, 1)}, Season, true
		}
		return Interval{}, 0, false
	}
	m, ok := num(rest[:2])
	if !ok || m < 1 || m > 12 {
		return Interval{}, 0, false
	}
	rest = rest[2:]
	if rest == "" {
		return Interval{day(y, m, 1), day(y, m+1, 1)}, Month, true
	}
	if len(rest) < 3 || rest[0] != '-' {
		return Interval{}, 0, false
	}
	d, ok := num(rest[1:3])
	if !ok || d < 1 || d > 31 || day(y, m, d).Month() != time.Month(m) {
		return Interval{}, 0, false
	}
	s := day(y, m, d)
	rest = rest[3:]
	if rest == "" {
		return Interval{s, s.AddDate(0, 0, 1)}, Day, true
	}
	if rest[0] != 'T' || len(rest) < 3 {
		return Interval{}, 0, false
	}
	rest = rest[1:]
	switch rest {
	case "MO":
		return Interval{s.Add(6 * time.Hour), s.Add(12 * time.Hour)}, PartOfDay, true
	case "AF":
		return Interval{s.Add(12 * time.Hour), s.Add(18 * time.Hour)}, PartOfDay, true
	case "EV":
		return Interval{s.Add(18 * time.Hour), s.Add(22 * time.Hour)}, PartOfDay, true
	case "NI":
		return Interval{s.Add(20 * time.Hour), s.Add(30 * time.Hour)}, PartOfDay, true
	case "DT":
		return Interval{s.Add(9 * time.Hour), s.Add(17 * time.Hour)}, PartOfDay, true
	}
	h, ok := num(rest[:2])
	if !ok || h > 24 {
		return Interval{}, 0, false
	}
	t := s.Add(time.Duration(h) * time.Hour)
	rest = rest[2:]
	if rest == "" {
		return Interval{t, t.Add(time.Hour)}, Hour, true
	}
	if len(rest) < 3 || rest[0] != ':' {
		return Interval{}, 0, false
	}
	mi, ok := num(rest[1:3])
	if !ok || mi > 59 {
		return Interval{}, 0, false
	}
	t = t.Add(time.Duration(mi) * time.Minute)
	rest = rest[3:]
	if rest == "" {
		return Interval{t, t.Add(time.Minute)}, Minute, true
	}
	if len(rest) != 3 || rest[0] != ':' {
		return Interval{}, 0, false
	}
	se, ok := num(rest[1:])
	if !ok || se > 60 {
		return Interval{}, 0, false
	}
	t = t.Add(time.Duration(se) * time.Second)
	return Interval{t, t.Add(time.Second)}, Second, true
}

package text

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// PublicationDate reads the publication date from the text, in this order:
//
//   - a "date YYYY-MM-DD" first line (block kind DateLine);
//   - a line near the top that is only a full date ("Friday, January 4,
//     2019", "4 January 2019", "2019-01-04", "Published: March 3, 2025
//     10:30 AM");
//   - a wire dateline opening one of the first paragraphs: "MOSCOW, April
//     13 -", "WASHINGTON, Feb 26 (Reuters) -", "ABHA, Saudi Arabia, March
//     15 -", with or without a year ("April 13, 1987"). Without a year in
//     the text the year is ref's (a date more than six months after ref is
//     taken from the year before); with ref zero, there is no date.
//
// The result is midnight UTC. A date given by the caller wins over all of
// these; that is the caller's business.
func PublicationDate(d *Doc, ref time.Time) (time.Time, bool) {
	bs := d.Blocks
	i := 0
	if len(bs) > 0 && bs[0].Kind == DateLine {
		t := d.Norm[bs[0].Start:bs[0].End]
		if len(t) >= 10 {
			if tm, err := time.Parse("2006-01-02", t[len(t)-10:]); err == nil {
				return tm, true
			}
		}
		i = 1
	}
	for n := 0; i < len(bs) && n < 5; i, n = i+1, n+1 {
		b := bs[i]
		if b.End-b.Start <= 40 {
			if tm, ok := fullDate(d.Low[b.Start:b.End]); ok {
				return tm, true
			}
		}
		if b.Kind == Paragraph || b.Kind == Title || b.Kind == Heading {
			if tm, ok := dateline(d, b.Start, b.End, ref); ok {
				return tm, true
			}
		}
	}
	return time.Time{}, false
}

// fullDate parses a line that is only a date with a year.
func fullDate(low string) (time.Time, bool) {
	low = strings.TrimSpace(strings.TrimRight(low, ". "))
	if len(low) == 10 && isISODate(low) {
		t, err := time.Parse("2006-01-02", low)
		return t, err == nil
	}
	f := strings.FieldsFunc(low, func(r rune) bool { return r == ' ' || r == ',' })
	if len(f) > 0 {
		switch strings.TrimSuffix(f[0], ":") {
		case "published", "posted", "date", "dated", "on":
			f = f[1:]
		}
	}
	if len(f) > 0 && weekdays[strings.TrimSuffix(f[0], ".")] {
		f = f[1:]
	}
	// a trailing time of day: "10:30 am", "14:05 gmt"
	if len(f) > 3 && strings.IndexByte(f[3], ':') > 0 && atoi(strings.ReplaceAll(f[3], ":", "")) >= 0 {
		f = f[:3]
	}
	// a place before the date, set off by a comma: "Manila, April 8, 2026"
	if n := len(f); n > 3 && n <= 6 {
		if at := strings.Index(low, f[n-3]); at > 0 && strings.HasSuffix(strings.TrimSpace(low[:at]), ",") {
			f = f[n-3:]
		}
	}
	if len(f) != 3 {
		return time.Time{}, false
	}
	var m, day, y int
	if m = Month(strings.TrimSuffix(f[0], ".")); m > 0 {
		day, y = atoi(strings.TrimRight(f[1], "stndrh")), atoi(f[2])
	} else if m = Month(strings.TrimSuffix(f[1], ".")); m > 0 {
		day, y = atoi(strings.TrimRight(f[0], "stndrh")), atoi(f[2])
	}
	return mkDate(y, m, day)
}

func mkDate(y, m, day int) (time.Time, bool) {
	if m < 1 || m > 12 || day < 1 || day > 31 || y < 1000 || y > 9999 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day { // February 30
		return time.Time{}, false
	}
	return t, true
}

// atoi parses a short decimal number; -1 when s is not one.
func atoi(s string) int {
	if len(s) == 0 || len(s) > 4 {
		return -1
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return -1
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// dateline parses "PLACE, Month D[, YYYY] [(Agency)] -" at the start of
// the block [st, en).
func dateline(d *Doc, st, en int, ref time.Time) (time.Time, bool) {
	s, low := d.Norm, d.Low
	lim := min(en, st+120)
	if st >= lim || !isUpperStart(s[st:]) {
		return time.Time{}, false
	}
	commas := 0
	for i := st; i < lim && commas < 3; i++ {
		if s[i] != ',' {
			continue
		}
		commas++
		if !placeLike(s[st:i]) {
			return time.Time{}, false
		}
		if tm, ok := afterPlace(s, low, i+1, lim, ref); ok {
			return tm, true
		}
	}
	return time.Time{}, false
}

// placeLike reports whether t looks like a dateline place: at most six
// words, each capitalised ("NEW YORK", "ABHA, Saudi Arabia").
func placeLike(t string) bool {
	f := strings.FieldsFunc(t, func(r rune) bool { return r == ' ' || r == ',' })
	if len(f) == 0 || len(f) > 6 {
		return false
	}
	for _, w := range f {
		if !isUpperStart(w) {
			return false
		}
	}
	return true
}

func isUpperStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// afterPlace parses " Month D[, YYYY] [(...)] -" starting at i.
func afterPlace(s, low string, i, lim int, ref time.Time) (time.Time, bool) {
	skip := func() {
		for i < lim && s[i] == ' ' {
			i++
		}
	}
	word := func() string {
		j := i
		for j < lim && ('a' <= low[j] && low[j] <= 'z') {
			j++
		}
		w := low[i:j]
		i = j
		return w
	}
	skip()
	m := Month(word())
	if m == 0 {
		return time.Time{}, false
	}
	if i < lim && s[i] == '.' {
		i++
	}
	skip()
	j := i
	for j < lim && j-i < 2 && '0' <= s[j] && s[j] <= '9' {
		j++
	}
	day := atoi(s[i:j])
	if day < 1 {
		return time.Time{}, false
	}
	i = j
	y := 0
	if i < lim && s[i] == ',' {
		i++
		skip()
		j = i
		for j < lim && '0' <= s[j] && s[j] <= '9' {
			j++
		}
		if j-i == 4 {
			y = atoi(s[i:j])
			i = j
		} else {
			return time.Time{}, false
		}
	}
	skip()
	if i < lim && s[i] == '(' {
		j = strings.IndexByte(s[i:lim], ')')
		if j < 0 || j > 40 {
			return time.Time{}, false
		}
		i += j + 1
		skip()
	}
	if i >= lim || s[i] != '-' {
		return time.Time{}, false
	}
	if y == 0 {
		if ref.IsZero() {
			return time.Time{}, false
		}
		y = ref.Year()
		t, ok := mkDate(y, m, day)
		if ok && t.After(ref.AddDate(0, 6, 0)) {
			return mkDate(y-1, m, day)
		}
		return t, ok
	}
	return mkDate(y, m, day)
}

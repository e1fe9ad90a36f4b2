package text

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize folds s for matching and returns the folded text with a dense
// offset map: entry i is the offset in s of the rune that produced byte i
// of the result (so every entry is a rune boundary of s), and one extra
// entry, len(s), stands for the end.
//
// The folding is: Unicode NFC; curly and angle quotes, primes and the
// backtick to ' or "; a doubled backtick or a doubled apostrophe (the
// typewriter quotes of older wire text) to one "; hyphens, dashes and the
// minus sign to -; every Unicode space, tab, NUL, C0/C1 control and invalid
// UTF-8 byte to ' '; vertical tab, form feed, a lone carriage return and the
// Unicode line and paragraph separators to '\n' (the \r of a \r\n pair
// becomes ' '); soft hyphen, zero width space, word joiner and byte order
// mark are dropped.
//
// Analyze uses the same folding with a compact map; see Doc.Orig.
func Normalize(s string) (string, []int32) {
	n, pts := normalize(s)
	off := make([]int32, len(n)+1)
	for i := 0; i < len(n); i++ {
		off[i] = int32(origAt(n, pts, len(s), i))
	}
	off[len(n)] = int32(len(s))
	return n, off
}

// mapPoint starts a run of the compact offset map: from Norm offset n on,
// Norm offset i maps to Src offset s + (i - n), until the next point.
type mapPoint struct{ n, s int }

// origAt maps Norm offset i to its Src offset with the compact map pts.
// A byte inside a multi-byte rune maps to the start of the rune's source.
func origAt(nrm string, pts []mapPoint, srcLen, i int) int {
	if i >= len(nrm) {
		return srcLen
	}
	if i < 0 {
		i = 0
	}
	for k := 0; k < 3 && i > 0 && nrm[i]&0xC0 == 0x80; k++ {
		i--
	}
	j := sort.Search(len(pts), func(j int) bool { return pts[j].n > i }) - 1
	r := i
	if j >= 0 {
		r = pts[j].s + (i - pts[j].n)
	}
	if r < 0 {
		r = 0
	}
	if r > srcLen {
		r = srcLen
	}
	return r
}

// normalize folds src (see Normalize) and returns the folded text and its
// compact offset map. When nothing changes, the result is src itself and
// the map is empty.
func normalize(src string) (string, []mapPoint) {
	if norm.NFC.QuickSpanString(src) == len(src) {
		return fold(src)
	}
	// Rare path: NFC first, with a compact map of the NFC text back to
	// src, then fold, then compose the two maps (both monotone, so two
	// forward cursors do) and compress the result.
	nfc, p1 := nfcMap(src)
	out, p2 := fold(nfc)
	var res []mapPoint
	c1, c2 := cursor{pts: p1}, cursor{pts: p2}
	for i := 0; i < len(out); {
		_, sz := utf8.DecodeRuneInString(out[i:])
		res = addPoint(res, i, c1.at(c2.at(i)))
		i += sz
	}
	return out, res
}

// cursor walks a compact offset map forward.
type cursor struct {
	pts []mapPoint
	j   int
}

// at maps offset i through the map; i must not decrease between calls.
func (c *cursor) at(i int) int {
	for c.j+1 < len(c.pts) && c.pts[c.j+1].n <= i {
		c.j++
	}
	if len(c.pts) == 0 || c.pts[c.j].n > i {
		return i
	}
	return c.pts[c.j].s + (i - c.pts[c.j].n)
}

// nfcMap returns the NFC form of src and its compact offset map: bytes of
// unchanged segments map to themselves, every rune of a changed segment to
// the segment's start.
func nfcMap(src string) (string, []mapPoint) {
	var it norm.Iter
	it.InitString(norm.NFC, src)
	out := make([]byte, 0, len(src)+8)
	var pts []mapPoint
	for !it.Done() {
		p0 := it.Pos()
		seg := it.Next()
		p1 := it.Pos()
		if p1 <= p0 && len(seg) == 0 {
			break // no progress: cannot happen, but never loop forever
		}
		if p1-p0 == len(seg) && string(seg) == src[p0:p1] {
			pts = addPoint(pts, len(out), p0)
		} else {
			for k := 0; k < len(seg); {
				pts = addPoint(pts, len(out)+k, p0)
				_, n := utf8.DecodeRune(seg[k:])
				k += n
			}
		}
		out = append(out, seg...)
	}
	return string(out), pts
}

// addPoint records that Norm offset n maps to Src offset s, adding a map
// point only when the current run does not already say so.
func addPoint(pts []mapPoint, n, s int) []mapPoint {
	if len(pts) == 0 {
		if n == s {
			return pts
		}
		return appendPoint(pts, mapPoint{n, s})
	}
	last := &pts[len(pts)-1]
	if last.s+(n-last.n) == s {
		return pts
	}
	if last.n == n {
		last.s = s
		// the overwritten point may now repeat its predecessor's run
		if len(pts) >= 2 {
			p := pts[len(pts)-2]
			if p.s+(n-p.n) == s {
				return pts[:len(pts)-1]
			}
		} else if n == s {
			return pts[:0]
		}
		return pts
	}
	return appendPoint(pts, mapPoint{n, s})
}

// appendPoint appends p, doubling the array when it is full: a text of
// quotation marks or dashes has a map point every few bytes, and append's
// gentler growth for large slices would copy them several times over.
func appendPoint(pts []mapPoint, p mapPoint) []mapPoint {
	if len(pts) == cap(pts) {
		pts = slices.Grow(pts, max(len(pts), 16))
	}
	return append(pts, p)
}

// fold applies the character folding of Normalize to an NFC string.
func fold(src string) (string, []mapPoint) {
	var (
		// b is the folded text once something changes (started). The
		// folding never lengthens the text, so one Grow is all it needs
		// and String does not copy.
		b       strings.Builder
		started bool
		pts     []mapPoint
		run     int // start in src of the pending unchanged run (when started)
	)
	start := func(i int) {
		if !started {
			started = true
			b.Grow(len(src))
			run = 0
		}
		b.WriteString(src[run:i])
	}
	for i := 0; i < len(src); {
		for i < len(src) && plainByte[src[i]] {
			i++
		}
		if i >= len(src) {
			break
		}
		c := src[i]
		if c < utf8.RuneSelf {
			if c == '`' || c == '\'' {
				if i+1 < len(src) && src[i+1] == c {
					// `` and '' (typewriter double quotes) become one "
					start(i)
					pts = addPoint(pts, b.Len(), i)
					b.WriteByte('"')
					i += 2
					run = i
					pts = addPoint(pts, b.Len(), i)
					continue
				}
				if c == '\'' {
					i++
					continue
				}
			}
			// one byte for one byte: the map does not change
			rep := byte(' ')
			switch c {
			case '`':
				rep = '\''
			case '\v', '\f':
				rep = '\n'
			case '\r':
				if i+1 >= len(src) || src[i+1] != '\n' {
					rep = '\n'
				}
			}
			start(i)
			b.WriteByte(rep)
			i++
			run = i
			continue
		}
		r, sz := utf8.DecodeRuneInString(src[i:])
		var rep string
		switch {
		case r == utf8.RuneError && sz <= 1:
			start(i)
			b.WriteByte(' ')
			i++
			run = i
			continue
		case isSingleQuote(r):
			rep = "'"
		case isDoubleQuote(r):
			rep = "\""
		case isDash(r):
			rep = "-"
		case r == '\u0085' || r == '\u2028' || r == '\u2029':
			rep = "\n"
		case r == '\u00ad' || r == '\u200b' || r == '\u2060' || r == '\ufeff':
			rep = ""
		case r < 0xa0 || unicode.Is(unicode.Zs, r):
			rep = " " // C1 controls and odd spaces
		default:
			i += sz
			continue
		}
		start(i)
		pts = addPoint(pts, b.Len(), i)
		b.WriteString(rep)
		i += sz
		run = i
		pts = addPoint(pts, b.Len(), i)
	}
	if !started {
		return src, nil
	}
	b.WriteString(src[run:])
	return b.String(), pts
}

// plainByte marks the ASCII bytes fold keeps as they are.
var plainByte = func() (t [256]bool) {
	for c := 0x20; c < 0x7f; c++ {
		t[c] = c != '`' && c != '\''
	}
	t['\n'] = true
	return t
}()

func isSingleQuote(r rune) bool {
	switch r {
	case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '\u2035', '\u2039', '\u203a', '\u00b4', '\uff07', '\u02bc':
		return true
	}
	return false
}

func isDoubleQuote(r rune) bool {
	switch r {
	case '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb', '\u2033', '\u2036', '\u301d', '\u301e', '\u301f', '\uff02':
		return true
	}
	return false
}

func isDash(r rune) bool {
	switch r {
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\u2e3a', '\u2e3b', '\ufe58', '\ufe63', '\uff0d':
		return true
	}
	return false
}

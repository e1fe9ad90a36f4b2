package text

import (
	"strings"
	"unicode/utf8"
)

// Normalize folds s for matching: curly quotes to ' and ", dashes to -,
// odd spaces to ' ', and returns the offset map (entry i is the offset in s
// of byte i of the result; one extra entry for the end).
func Normalize(s string) (string, []int32) {
	var b strings.Builder
	b.Grow(len(s))
	off := make([]int32, 0, len(s)+1)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		var rep string
		switch r {
		case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '`':
			rep = "'"
		case '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb', '\u2033':
			rep = "\""
		case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
			rep = "-"
		case '\u00a0', '\u2002', '\u2003', '\u2009', '\u200a', '\u202f', '\u3000', '\t':
			rep = " "
		case 0:
			rep = " "
		}
		if rep == "" {
			rep = s[i : i+n]
		}
		for k := 0; k < len(rep); k++ {
			off = append(off, int32(i))
		}
		b.WriteString(rep)
		i += n
	}
	off = append(off, int32(len(s)))
	return b.String(), off
}

package timex

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// kind is the lexical class of a token.
type kind uint8

const (
	kWord  kind = iota + 1 // a run of letters
	kNum                   // a run of ASCII digits
	kPunct                 // any other single rune
)

// Token flags.
const (
	fSpace uint8 = 1 << iota // whitespace precedes the token
	fLine                    // a line break precedes the token
	fUpper                   // the token starts with an upper-case letter
	fBig                     // a digit run that was too long to hold
	fCaps                    // a word with an ASCII capital: its lower-case form is in the fold buffer
)

// token is one lexical item; s and e are byte offsets into the text.
type token struct {
	s, e int32
	// n is the value of a digit run, the rune of a punctuation token, or
	// for a word with fCaps the offset of its lower-case form in the fold
	// buffer
	n  int32
	k  kind
	f  uint8
	nd uint8 // number of digits of a digit run (capped at 255)
	_  uint8
}

// maxText is the largest text Tag handles; offsets are stored as int32.
const maxText = 1<<31 - 1

// scan splits text into tokens. It never fails: invalid UTF-8 bytes become
// one-byte punctuation tokens. The lower-case forms of words with ASCII
// capitals are appended to fold (ASCII folding keeps byte lengths).
func scan(text string, toks []token, fold []byte) ([]token, []byte) {
	var flags uint8 = fSpace | fLine
	i := 0
	n := len(text)
	for i < n {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
				flags |= fSpace
				i++
				continue
			case c == '\n':
				flags |= fSpace | fLine
				i++
				continue
			case c >= '0' && c <= '9':
				j := i
				var v int64
				for j < n && text[j] >= '0' && text[j] <= '9' {
					if v < 1e9 {
						v = v*10 + int64(text[j]-'0')
					}
					j++
				}
				t := token{s: int32(i), e: int32(j), k: kNum, f: flags}
				if v >= 1e9 {
					t.f |= fBig
					v = 1e9
				}
				t.n = int32(v)
				if d := j - i; d > 255 {
					t.nd = 255
				} else {
					t.nd = uint8(d)
				}
				toks = pushTok(toks, t)
				flags = 0
				i = j
				continue
			case c|0x20 >= 'a' && c|0x20 <= 'z':
				t := token{s: int32(i), k: kWord, f: flags}
				if c >= 'A' && c <= 'Z' {
					t.f |= fUpper
				}
				var caps bool
				i, caps = scanWord(text, i+1)
				t.e = int32(i)
				if caps || t.f&fUpper != 0 {
					t.f |= fCaps
					t.n = int32(len(fold))
					fold = appendLower(fold, text[t.s:t.e])
				}
				toks = pushTok(toks, t)
				flags = 0
				continue
			default:
				toks = pushTok(toks, token{s: int32(i), e: int32(i + 1), k: kPunct, n: int32(c), f: flags})
				flags = 0
				i++
				continue
			}
		}
		r, sz := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == utf8.RuneError && sz <= 1:
			toks = pushTok(toks, token{s: int32(i), e: int32(i + 1), k: kPunct, n: -1, f: flags})
			flags = 0
			i++
		case unicode.IsSpace(r):
			flags |= fSpace
			if r == 0x2028 || r == 0x2029 || r == 0x85 {
				flags |= fLine
			}
			i += sz
		case unicode.IsLetter(r):
			t := token{s: int32(i), k: kWord, f: flags}
			if unicode.IsUpper(r) {
				t.f |= fUpper
			}
			var caps bool
			i, caps = scanWord(text, i+sz)
			t.e = int32(i)
			if caps {
				t.f |= fCaps
				t.n = int32(len(fold))
				fold = appendLower(fold, text[t.s:t.e])
			}
			toks = pushTok(toks, t)
			flags = 0
		default:
			switch r {
			case '\u2018', '\u2019', '\u02bc':
				r = '\''
			case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212':
				r = '-'
			}
			toks = pushTok(toks, token{s: int32(i), e: int32(i + sz), k: kPunct, n: r, f: flags})
			flags = 0
			i += sz
		}
	}
	return toks, fold
}

// scanWord returns the end of the letter run that continues at i and
// whether the run holds an ASCII capital.
func scanWord(text string, i int) (int, bool) {
	caps := false
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if c >= 'a' && c <= 'z' {
				i++
				continue
			}
			if c >= 'A' && c <= 'Z' {
				caps = true
				i++
				continue
			}
			return i, caps
		}
		r, sz := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && sz <= 1 || !unicode.IsLetter(r) {
			return i, caps
		}
		i += sz
	}
	return i, caps
}

// appendLower appends w with ASCII letters folded to lower case.
func appendLower(b []byte, w string) []byte {
	if cap(b)-len(b) < len(w) {
		b = slices.Grow(b, max(len(w), len(b))) // double: see pushTok
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// pushTok appends t to toks, doubling the array when it is full (append
// grows large arrays by a quarter at a time, which on megabytes of
// tokens copies several times over).
func pushTok(toks []token, t token) []token {
	if len(toks) == cap(toks) {
		toks = slices.Grow(toks, len(toks)+64)
	}
	return append(toks, t)
}

package text

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tokenization rules (all offsets into Doc.Norm):
//
//   - A word is a run of letters, digits and combining marks starting with a
//     letter, with inner apostrophes ("don't", "O'Brien") and inner hyphens
//     ("de-escalation", "COVID-19"; class Hyphenated). A dash folded from an
//     en or em dash never joins words: "talks—the" is three tokens.
//   - The possessive clitic is split off: "Russia's" is "Russia" + "'s"
//     (class Word|Possessive), also "RUSSIA'S" and "U.S.'s"; the
//     contractions "it's", "that's", "let's" (and the like) stay one token.
//     A plural possessive "countries'" is "countries" + the quote "'".
//   - A period belongs to the word before it (class Abbrev) for dotted
//     abbreviations ("U.S.", "e.g.", "a.m.", "M.A.D."), single-letter
//     initials ("F."), and known abbreviations ("Dr.", "Gen.", "Inc.",
//     "Jan." when capitalised, "No." before a number). A dotted abbreviation
//     may head a hyphenated word: "U.S.-Russia" is one Hyphenated token.
//   - A period with no space after it ends the word: "stability.The" is
//     "stability" "." "The", "talks.how" is "talks" "." "how"; but domain
//     names ("whitehouse.gov") and URLs ("https://...", "www....") are one
//     Word token.
//   - A number is a run of digits with inner "," or "." before a digit
//     ("3.5", "1,000"); letters glued after it make it Number|Word ("1980s",
//     "2nd").
//   - Every other character is a one-rune Punct token, except that runs of
//     periods ("...") and of hyphens ("--") are one token; ' and " (after
//     folding) are also Quote.

const (
	chLetter uint8 = 1 << iota
	chUpper
	chDigit
	chSpace
)

var asciiClass = func() (t [256]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case 'a' <= c && c <= 'z':
			t[c] = chLetter
		case 'A' <= c && c <= 'Z':
			t[c] = chLetter | chUpper
		case '0' <= c && c <= '9':
			t[c] = chDigit
		case c <= ' ' || c == 0x7f:
			t[c] = chSpace
		}
	}
	return t
}()

func isLetterRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.In(r, unicode.Mn, unicode.Mc)
}

// letterAt reports whether a letter starts at s[i].
func letterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	if c := s[i]; c < utf8.RuneSelf {
		return asciiClass[c]&chLetter != 0
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// wordCharAt reports whether a letter or digit starts at s[i].
func wordCharAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	if c := s[i]; c < utf8.RuneSelf {
		return asciiClass[c]&(chLetter|chDigit) != 0
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isLetterRune(r) || unicode.IsDigit(r)
}

func digitAt(s string, i int) bool {
	return i < len(s) && '0' <= s[i] && s[i] <= '9'
}

type tokenizer struct {
	d    *Doc
	s    string
	low  string
	toks []Token
	ends int // tokens that may end a sentence (see endKind), or more
}

// tokenize returns the tokens of d.Norm and a bound on the number of them
// that may end a sentence.
func tokenize(d *Doc) ([]Token, int) {
	tz := tokenizer{d: d, s: d.Norm, low: d.Low}
	// one array of the right size: growing it by append would copy the
	// tokens several times over and leave the garbage collector the
	// discarded arrays (on a text of punctuation, a token per byte)
	tz.toks = make([]Token, 0, estimateTokens(d.Norm)+16)
	s := tz.s
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			cl := asciiClass[c]
			switch {
			case cl&chSpace != 0:
				i++
			case cl&chLetter != 0:
				i = tz.word(i)
			case cl&chDigit != 0:
				i = tz.number(i)
			default:
				i = tz.punct(i, 1)
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsLetter(r):
			i = tz.word(i)
		case unicode.IsDigit(r):
			i = tz.number(i)
		case unicode.IsSpace(r):
			i += n
		default:
			i = tz.punct(i, n)
		}
	}
	return tz.toks, tz.ends
}

func (tz *tokenizer) add(st, en int, c Class) {
	if len(tz.toks) == cap(tz.toks) {
		// the estimate fell short (it rarely does): double
		tz.toks = slices.Grow(tz.toks, len(tz.toks)+16)
	}
	tz.toks = append(tz.toks, Token{Start: st, End: en, Class: c})
}

// estimateTokens returns about the number of tokens tokenize makes of s,
// rarely fewer. News text has about 1.1 tokens per space or line break
// (rarely over 1.25): two vectorised byte counts give the estimate at a
// tiny fraction of tokenize's cost. Dense text (punctuation, tables, long
// words) with few spaces is counted byte by byte instead (see
// countTokens), so that it too is allocated once rather than grown.
func estimateTokens(s string) int {
	ws := strings.Count(s, " ") + strings.Count(s, "\n")
	if est := ws + ws/4; est >= len(s)/8 {
		return min(est, len(s)-ws) + 16
	}
	return countTokens(s) + 16
}

// countTokens counts the starts of runs of letters and digits (every byte
// of a multi-byte rune counts as a letter) and the ASCII punctuation
// bytes, a run of periods or of hyphens counting once: about the number of
// tokens of s, with one table look-up and no branch per byte.
func countTokens(s string) int {
	n := 0
	var prevK, prev byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		k := estClass[c]
		n += int(k&^prevK&estWord) + int(k&estPunct>>1) + int(k&estRun>>2)*b2i(c != prev)
		prevK, prev = k, c
	}
	return n
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Byte classes of countTokens (bits).
const (
	estWord  = 1 << iota // a letter or digit, or a byte of a multi-byte rune
	estPunct             // an ASCII punctuation byte
	estRun               // '.' and '-', whose runs are one token
)

var estClass = func() (t [256]byte) {
	for c := range 256 {
		switch {
		case c >= utf8.RuneSelf || asciiClass[c]&(chLetter|chDigit) != 0:
			t[c] = estWord
		case asciiClass[c]&chSpace != 0:
		case c == '.' || c == '-':
			t[c] = estRun
		default:
			t[c] = estPunct
		}
	}
	return t
}()

func (tz *tokenizer) punct(i, n int) int {
	s := tz.s
	if s[i] == '\'' && i+1 < len(s) && (s[i+1] == 's' || s[i+1] == 'S') && !wordCharAt(s, i+2) {
		// "'s" glued to a word the word scanner stopped at ("U.S.'s")
		if k := len(tz.toks); k > 0 && tz.toks[k-1].End == i && tz.toks[k-1].Class&Word != 0 {
			tz.add(i, i+2, Word|Possessive)
			return i + 2
		}
	}
	c := Punct
	j := i + n
	if n > 1 || s[i] == '.' || s[i] == '!' || s[i] == '?' {
		tz.ends++
	}
	switch s[i] {
	case '\'', '"':
		c |= Quote
	case '.', '-':
		for j < len(s) && s[j] == s[i] {
			j++
		}
	}
	tz.add(i, j, c)
	return j
}

// realHyphen reports whether the '-' at Norm offset j was a hyphen in the
// source (not a folded en or em dash).
func (tz *tokenizer) realHyphen(j int) bool {
	d := tz.d
	if len(d.pts) == 0 {
		return true
	}
	o := d.Orig(j)
	if o >= len(d.Src) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(d.Src[o:])
	return r == '-' || r == '\u2010' || r == '\u2011'
}

// url scans a URL starting at i ("https://...", "www...."), returning its
// end, or i when there is none.
func (tz *tokenizer) url(i int) int {
	s, low := tz.s, tz.low
	rest := low[i:]
	if !(hasPrefix(rest, "http://") || hasPrefix(rest, "https://") || hasPrefix(rest, "www.") && letterAt(s, i+4)) {
		return i
	}
	j := i
	for j < len(s) {
		c := s[j]
		if c < utf8.RuneSelf && (asciiClass[c]&chSpace != 0 || c == '"' || c == '<' || c == '>') {
			break
		}
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(s[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += n
			continue
		}
		j++
	}
	for j > i {
		switch s[j-1] {
		case '.', ',', ';', ':', '!', '?', ')', ']', '\'':
			j--
			continue
		}
		break
	}
	return j
}

func hasPrefix(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }

// word scans a word starting at s[i] (a letter) and appends its token(s).
func (tz *tokenizer) word(i int) int {
	s := tz.s
	if c := s[i]; c == 'h' || c == 'H' || c == 'w' || c == 'W' {
		if j := tz.url(i); j > i {
			tz.add(i, j, Word)
			return j
		}
	}
	var (
		j              = i
		letters, upper int
		firstUpper     bool
		seg            int  // letters and digits since the word start or the last inner period
		dotted         bool // "U.S": single letters joined by periods
		hyph           bool
		abbrev         bool
		poss           bool
	)
scan:
	for j < len(s) {
		c := s[j]
		if 'a' <= c && c <= 'z' { // the common case first
			letters++
			seg++
			j++
			continue
		}
		if c < utf8.RuneSelf {
			cl := asciiClass[c]
			if cl&chLetter != 0 {
				if j == i && cl&chUpper != 0 {
					firstUpper = true
				}
				letters++
				if cl&chUpper != 0 {
					upper++
				}
				seg++
				j++
				continue
			}
			if cl&chDigit != 0 {
				seg++
				j++
				continue
			}
			switch c {
			case '\'':
				if !letterAt(s, j+1) {
					break scan
				}
				if (s[j+1] == 's' || s[j+1] == 'S') && !wordCharAt(s, j+2) {
					if possessiveStay[tz.low[i:j]] {
						j += 2
						letters++
						break scan
					}
					poss = true
					break scan
				}
				j++
				seg = 0
				continue
			case '-':
				if (letterAt(s, j+1) || digitAt(s, j+1)) && tz.realHyphen(j) {
					hyph = true
					j++
					seg = 0
					continue
				}
				break scan
			case '.':
				nextLetter := j+1 < len(s) && asciiClass[s[j+1]]&chLetter != 0
				if seg == 1 && nextLetter && j+2 < len(s) && s[j+2] == '.' {
					dotted = true
					j++
					seg = 0
					continue
				}
				if dotted && seg == 1 {
					// the final period of "U.S."
					j++
					abbrev = true
					if j+1 < len(s) && s[j] == '-' && letterAt(s, j+1) && tz.realHyphen(j) {
						hyph = true
						abbrev = false
						j++
						seg = 0
						continue
					}
					break scan
				}
				if nextLetter && 'a' <= s[j+1] && s[j+1] <= 'z' {
					k := j + 1
					for k < len(s) && 'a' <= s[k] && s[k] <= 'z' {
						k++
					}
					if tlds[s[j+1:k]] && !wordCharAt(s, k) {
						j = k
						seg = 0
						continue
					}
				}
				break scan
			}
			break scan
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		switch {
		case unicode.IsLetter(r):
			if j == i && unicode.IsUpper(r) {
				firstUpper = true
			}
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		case unicode.IsDigit(r), unicode.In(r, unicode.Mn, unicode.Mc), r == '\u200c', r == '\u200d':
		default:
			break scan
		}
		seg++
		j += n
	}
	if j == i { // cannot happen (s[i] is a letter), but always progress
		_, n := utf8.DecodeRuneInString(s[i:])
		j = i + n
	}
	if !abbrev && !poss && !hyph && j < len(s) && s[j] == '.' && tz.isAbbrev(i, j, letters, firstUpper) {
		j++
		abbrev = true
	}
	c := Word
	if firstUpper {
		c |= Cap
	}
	if letters >= 2 && upper == letters {
		c |= AllCaps
	}
	if abbrev {
		c |= Abbrev
		tz.ends++
	}
	if hyph {
		c |= Hyphenated
	}
	tz.add(i, j, c)
	if poss {
		tz.add(j, j+2, Word|Possessive)
		j += 2
	}
	return j
}

// isAbbrev reports whether the period at s[j] belongs to the word s[i:j].
func (tz *tokenizer) isAbbrev(i, j, letters int, firstUpper bool) bool {
	if letters == 1 && utf8.RuneCountInString(tz.s[i:j]) == 1 {
		return true // an initial: "John F. Kennedy"
	}
	if j-i > 8 {
		return false
	}
	switch abbrevs[tz.low[i:j]] {
	case abbrPrefix, abbrFinal:
		return true
	case abbrMonth:
		return firstUpper
	case abbrNumero:
		k := j + 1
		for k < len(tz.s) && tz.s[k] == ' ' {
			k++
		}
		return digitAt(tz.s, k)
	}
	return false
}

// number scans a number starting at s[i] (a digit).
func (tz *tokenizer) number(i int) int {
	s := tz.s
	j := i
	for j < len(s) {
		c := s[j]
		if '0' <= c && c <= '9' {
			j++
			continue
		}
		if (c == ',' || c == '.') && j > i && digitAt(s, j+1) {
			j++
			continue
		}
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(s[j:])
			if unicode.IsDigit(r) {
				j += n
				continue
			}
		}
		break
	}
	if j == i {
		_, n := utf8.DecodeRuneInString(s[i:])
		j = i + n
	}
	c := Number
	k := j
	for k < len(s) && asciiClass[s[k]]&chLetter != 0 && s[k] < utf8.RuneSelf {
		k++
	}
	if k > j {
		c |= Word
		j = k
	}
	tz.add(i, j, c)
	return j
}

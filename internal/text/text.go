// Package text is Parley's text layer: normalization with an offset map back
// to the caller's bytes, blocks (title, headings, list items, tables,
// transcript turns), sentences and tokens with word classes.
//
// All offsets in Block, Sentence and Token are byte offsets into Doc.Norm;
// Doc.Orig maps them back to the original text.
package text

import (
	"unicode"
	"unicode/utf8"
)

// Class is a bit set of token word classes.
type Class uint16

// Token classes.
const (
	Word    Class = 1 << iota // letters (may contain inner ' - . as in "U.S.", "bin-Salman")
	Number                    // digits, possibly with , . inside
	Punct                     // any other single symbol
	Cap                       // first letter upper case
	AllCaps                   // every letter upper case (and at least two letters)
	Quote                     // a quotation mark (after folding: ' or ")
	Abbrev                    // word ending in a period that belongs to it ("Dr.", "U.S.")
)

// Token is one token of Doc.Norm.
type Token struct {
	Start, End int
	Class      Class
}

// Is reports whether the token has all classes in c.
func (t Token) Is(c Class) bool { return t.Class&c == c }

// BlockKind says what a block of the article is.
type BlockKind uint8

// Block kinds.
const (
	Paragraph BlockKind = iota
	Title
	Heading
	TOCItem
	ListItem
	TableHeader
	TableRow
	TableRule
	Turn     // a transcript or interview turn: "NAME: text" or "Q text"
	DateLine // the "date YYYY-MM-DD" first line
)

// Span is a [Start, End) byte range in Doc.Norm.
type Span struct{ Start, End int }

// Block is a line-level unit of the article.
type Block struct {
	Kind       BlockKind
	Start, End int    // whole block
	Label      Span   // Turn: the speaker label without the colon; zero otherwise
	Body       Span   // the text after any label or bullet marker
	Cells      []Span // TableHeader/TableRow: the trimmed cells
}

// Sentence is a sentence within one block.
type Sentence struct {
	Start, End int
	Block      int // index into Doc.Blocks
	Tok0, Tok1 int // tokens [Tok0, Tok1) of Doc.Toks
}

// Doc is one analysed article.
type Doc struct {
	Src    string // the original text, as given
	Norm   string // normalized for matching (see Normalize)
	Low    string // Norm with ASCII letters lowered; same length as Norm
	Blocks []Block
	Sents  []Sentence
	Toks   []Token
	off    []int32 // off[i]: offset in Src of Norm byte i; len(Norm)+1 entries
}

// Orig maps a byte offset in Norm to the corresponding offset in Src.
func (d *Doc) Orig(i int) int {
	if i < 0 {
		return 0
	}
	if i >= len(d.off) {
		return len(d.Src)
	}
	return int(d.off[i])
}

// Text is the normalized text of [s, e).
func (d *Doc) Text(s, e int) string { return d.Norm[s:e] }

// Lower is the lower-cased normalized text of [s, e).
func (d *Doc) Lower(s, e int) string { return d.Low[s:e] }

// TokText is the normalized text of token i.
func (d *Doc) TokText(i int) string { t := d.Toks[i]; return d.Norm[t.Start:t.End] }

// TokLower is the lower-cased text of token i.
func (d *Doc) TokLower(i int) string { t := d.Toks[i]; return d.Low[t.Start:t.End] }

// Analyze builds the text layer of src. src must be valid UTF-8 (the caller
// checks); Analyze never panics and runs in linear time.
func Analyze(src string) *Doc {
	d := &Doc{Src: src}
	d.Norm, d.off = Normalize(src)
	low := []byte(d.Norm)
	for i, c := range low {
		if 'A' <= c && c <= 'Z' {
			low[i] = c + 'a' - 'A'
		}
	}
	d.Low = string(low)
	d.Toks = tokenize(d.Norm)
	d.Blocks = splitBlocks(d.Norm)
	d.Sents = splitSentences(d)
	return d
}

func isLetter(r rune) bool { return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) }

func tokenize(s string) []Token {
	toks := make([]Token, 0, len(s)/5)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case isLetter(r):
			j := i + n
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if isLetter(r2) || unicode.IsDigit(r2) {
					j += n2
					continue
				}
				if (r2 == '\'' || r2 == '-' || r2 == '.') && j+1 < len(s) {
					r3, _ := utf8.DecodeRuneInString(s[j+1:])
					if isLetter(r3) && !(r2 == '.' && !isAbbrevDot(s, i, j)) {
						j += 1
						continue
					}
				}
				break
			}
			c := Word
			// "U.S." keeps its final period
			if j < len(s) && s[j] == '.' && isAbbrevDot(s, i, j) {
				j++
				c |= Abbrev
			}
			c |= caseClass(s[i:j])
			toks = append(toks, Token{i, j, c})
			i = j
		case unicode.IsDigit(r):
			j := i + n
			for j < len(s) {
				if s[j] >= '0' && s[j] <= '9' {
					j++
					continue
				}
				if (s[j] == ',' || s[j] == '.') && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9' {
					j++
					continue
				}
				break
			}
			toks = append(toks, Token{i, j, Number})
			i = j
		default:
			c := Punct
			if r == '\'' || r == '"' {
				c |= Quote
			}
			toks = append(toks, Token{i, i + n, c})
			i += n
		}
	}
	return toks
}

// isAbbrevDot reports whether the period at s[j] ends or continues an
// abbreviation that starts at s[i] ("U.S", "e.g"): single letters between dots.
func isAbbrevDot(s string, i, j int) bool {
	w := s[i:j]
	if len(w) == 1 {
		return true
	}
	// letters separated by dots: U.S -> true
	for k := 0; k < len(w); k++ {
		if k%2 == 1 && w[k] != '.' {
			return false
		}
	}
	return len(w) >= 3
}

func caseClass(w string) Class {
	var c Class
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(r) {
		c |= Cap
	}
	letters, upper := 0, 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	if letters >= 2 && upper == letters {
		c |= AllCaps
	}
	return c
}

// splitBlocks makes one Paragraph block per non-empty line.
func splitBlocks(s string) []Block {
	var bs []Block
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] != '\n' {
			j++
		}
		st, en := i, j
		for st < en && (s[st] == ' ' || s[st] == '\t' || s[st] == '\r') {
			st++
		}
		for en > st && (s[en-1] == ' ' || s[en-1] == '\t' || s[en-1] == '\r') {
			en--
		}
		if st < en {
			bs = append(bs, Block{Kind: Paragraph, Start: st, End: en, Body: Span{st, en}})
		}
		i = j + 1
	}
	return bs
}

// splitSentences splits each block's body at . ! ? followed by space and a
// capital (naive; see the hardened version).
func splitSentences(d *Doc) []Sentence {
	var out []Sentence
	t := 0
	for bi, b := range d.Blocks {
		for t < len(d.Toks) && d.Toks[t].Start < b.Body.Start {
			t++
		}
		st, t0 := b.Body.Start, t
		for t < len(d.Toks) && d.Toks[t].End <= b.Body.End {
			tk := d.Toks[t]
			t++
			if tk.Is(Punct) && (d.Norm[tk.Start] == '.' || d.Norm[tk.Start] == '!' || d.Norm[tk.Start] == '?') {
				if t < len(d.Toks) && d.Toks[t].End <= b.Body.End && d.Toks[t].Is(Quote) {
					t++
				}
				en := d.Toks[t-1].End
				out = append(out, Sentence{Start: st, End: en, Block: bi, Tok0: t0, Tok1: t})
				t0 = t
				if t < len(d.Toks) {
					st = d.Toks[t].Start
				}
			}
		}
		if t0 < t {
			out = append(out, Sentence{Start: st, End: d.Toks[t-1].End, Block: bi, Tok0: t0, Tok1: t})
		}
	}
	return out
}

// Package text is Parley's text layer: normalization with an offset map back
// to the caller's bytes, blocks (title, headings, list items, tables,
// transcript turns), sentences and tokens with word classes.
//
// All offsets in Block, Sentence and Token are byte offsets into Doc.Norm;
// Doc.Orig maps them back to the original text, always onto rune
// boundaries of it.
//
// Analyze runs four linear passes: Normalize-style folding (NFC, quotes,
// dashes, spaces, controls), tokenization (see token.go for the rules:
// possessive "'s" is its own token, "U.S." keeps its period, "stability.The"
// is split), blocks line by line (see block.go: date line, title,
// headings, table of contents, list items, pipe tables, transcript turns,
// paragraphs) and sentences inside each block (see sentence.go:
// abbreviations, initials, decimals, closing quotes, missing spaces). It
// never panics, is deterministic, and keeps per-byte work small (see
// BenchmarkAnalyze: well over 40 MB/s on one core for news text).
package text

import (
	"iter"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Class is a bit set of token word classes.
type Class uint16

// Token classes.
const (
	Word       Class = 1 << iota // letters (may contain inner ' - . as in "U.S.", "bin-Salman", "don't"); also "1980s", "2nd" and URLs
	Number                       // digits, possibly with , . inside ("3.5", "1,000"); with Word when letters are glued on ("2nd")
	Punct                        // any other single symbol; also "..." and "--"
	Cap                          // first letter upper case
	AllCaps                      // every letter upper case (and at least two letters)
	Quote                        // a quotation mark (after folding: ' or ")
	Abbrev                       // word ending in a period that belongs to it ("Dr.", "U.S.")
	Hyphenated                   // word with an inner hyphen ("de-escalation", "U.S.-Russia"); see Doc.Parts
	Possessive                   // the possessive clitic "'s" split off its word ("Russia" + "'s"); also Word
)

// Token is one token of Doc.Norm. Tokens are sorted, never overlap and
// never contain a space; together they cover every non-space character.
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

var blockKindNames = [...]string{"paragraph", "title", "heading", "toc-item", "list-item", "table-header", "table-row", "table-rule", "turn", "date-line"}

// String returns the kind's name ("paragraph", "list-item", ...).
func (k BlockKind) String() string {
	if int(k) < len(blockKindNames) {
		return blockKindNames[k]
	}
	return "unknown"
}

// Span is a [Start, End) byte range in Doc.Norm.
type Span struct{ Start, End int }

// Block is a line-level unit of the article: one trimmed line, or several
// when a hard-wrapped sentence continues on the next line. Blocks are
// sorted and never overlap.
type Block struct {
	Kind       BlockKind
	Start, End int    // whole block
	Label      Span   // Turn: the speaker label without the colon ("Dr. Elena Ivanova", "Q"); zero otherwise
	Body       Span   // the text after any label or list marker (may be empty for a bare "Q")
	Cells      []Span // TableHeader/TableRow: the trimmed cells (an empty cell is an empty span)
}

// Sentence is a sentence within one block's Body; it never crosses a
// block. Date lines and table rules have no sentences; a table row is one
// sentence; labels and list markers are outside any sentence.
type Sentence struct {
	Start, End int
	Block      int // index into Doc.Blocks
	Tok0, Tok1 int // tokens [Tok0, Tok1) of Doc.Toks
}

// Doc is one analysed article.
type Doc struct {
	Src    string // the original text, as given
	Norm   string // normalized for matching (see Normalize)
	Low    string // Norm lower-cased (ASCII, and other letters whose lower case has the same length); same length as Norm
	Blocks []Block
	Sents  []Sentence
	Toks   []Token
	pts    []mapPoint // compact offset map from Norm to Src (see Orig)
	turnOf []int32    // turnOf[b]: the Turn block whose speaker block b continues, or -1
}

// Orig maps a byte offset in Norm to the corresponding offset in Src.
// The result is always a rune boundary of Src: a byte inside a multi-byte
// rune of Norm maps to the start of the rune (or NFC segment) it came from,
// and len(Norm) maps to len(Src). Offsets out of range are clamped.
func (d *Doc) Orig(i int) int {
	if len(d.pts) == 0 && len(d.Norm) == len(d.Src) {
		if i <= 0 {
			return 0
		}
		if i >= len(d.Src) {
			return len(d.Src)
		}
		for k := 0; k < 3 && i > 0 && d.Norm[i]&0xC0 == 0x80; k++ {
			i--
		}
		return i
	}
	return origAt(d.Norm, d.pts, len(d.Src), i)
}

// Text is the normalized text of [s, e).
func (d *Doc) Text(s, e int) string { return d.Norm[s:e] }

// Lower is the lower-cased normalized text of [s, e).
func (d *Doc) Lower(s, e int) string { return d.Low[s:e] }

// TokText is the normalized text of token i.
func (d *Doc) TokText(i int) string { t := d.Toks[i]; return d.Norm[t.Start:t.End] }

// TokLower is the lower-cased text of token i.
func (d *Doc) TokLower(i int) string { t := d.Toks[i]; return d.Low[t.Start:t.End] }

// Analyze builds the text layer of src: normalization, tokens, blocks and
// sentences. src should be valid UTF-8 (the caller checks); invalid bytes,
// NUL and control characters are folded to spaces. Analyze never panics,
// runs in linear time and is deterministic.
func Analyze(src string) *Doc {
	d := &Doc{Src: src}
	d.Norm, d.pts = normalize(src)
	d.Low = lowerASCIIPlus(d.Norm)
	var ends int
	d.Toks, ends = tokenize(d)
	d.Blocks = splitBlocks(d)
	d.Sents = splitSentences(d, ends)
	markTitle(d)
	d.turnOf = turnOwners(d.Blocks)
	return d
}

// turnOwners finds, for each block, the Turn block whose speaker goes on
// talking in it: the Turn itself, and the paragraphs and list items after
// it up to the next Turn or a title, heading, table or date line.
func turnOwners(bs []Block) []int32 {
	var out []int32
	cur := int32(-1)
	for i, b := range bs {
		switch b.Kind {
		case Turn:
			cur = int32(i)
		case Paragraph, ListItem:
		default:
			cur = -1
		}
		if cur >= 0 && out == nil {
			out = make([]int32, len(bs))
			for k := range i {
				out[k] = -1
			}
		}
		if out != nil {
			out[i] = cur
		}
	}
	return out
}

// SpeakerTurn returns the index of the Turn block whose speaker is talking
// in block bi: bi itself for a Turn, the last Turn before it for the
// unlabelled paragraphs and list items that continue an answer in a
// transcript ("MS. PSAKI: ..." followed by paragraphs), or -1.
func (d *Doc) SpeakerTurn(bi int) int {
	if bi < 0 || bi >= len(d.turnOf) {
		return -1
	}
	return int(d.turnOf[bi])
}

// lowerASCIIPlus lowers ASCII letters, and other letters whose lower case
// has the same UTF-8 length, so that the result has the length of s.
func lowerASCIIPlus(s string) string {
	i := 0
	for i < len(s) && lowerKeep[s[i]] {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	run := 0
	for i < len(s) {
		c := s[i]
		if lowerKeep[c] {
			i++
			continue
		}
		if c < utf8.RuneSelf { // 'A'..'Z'
			b.WriteString(s[run:i])
			b.WriteByte(c + 'a' - 'A')
			i++
			run = i
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r != utf8.RuneError && unicode.IsUpper(r) {
			if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == n {
				b.WriteString(s[run:i])
				b.WriteRune(l)
				run = i + n
			}
		}
		i += n
	}
	b.WriteString(s[run:])
	return b.String()
}

// lowerKeep marks the bytes lowerASCIIPlus copies as they are.
var lowerKeep = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = c < 'A' || c > 'Z'
	}
	return t
}()

// TokenAt returns the index of the token that contains Norm offset pos, or
// of the first token after it; len(d.Toks) when there is none.
func (d *Doc) TokenAt(pos int) int {
	return sort.Search(len(d.Toks), func(i int) bool { return d.Toks[i].End > pos })
}

// SentenceAt returns the index of the sentence that contains Norm offset
// pos, or -1 when pos is in no sentence (between sentences, in a label, a
// list marker, a date line or a table rule).
func (d *Doc) SentenceAt(pos int) int {
	i := sort.Search(len(d.Sents), func(i int) bool { return d.Sents[i].End > pos })
	if i < len(d.Sents) && d.Sents[i].Start <= pos {
		return i
	}
	return -1
}

// BlockAt returns the index of the block that contains Norm offset pos, or
// -1 when pos is in no block (blank lines).
func (d *Doc) BlockAt(pos int) int {
	i := sort.Search(len(d.Blocks), func(i int) bool { return d.Blocks[i].End > pos })
	if i < len(d.Blocks) && d.Blocks[i].Start <= pos {
		return i
	}
	return -1
}

// SentText is the normalized text of sentence i.
func (d *Doc) SentText(i int) string { s := d.Sents[i]; return d.Norm[s.Start:s.End] }

// Parts yields the hyphen-separated parts of token i: "U.S.-Russia" gives
// "U.S." and "Russia", "de-escalation" gives "de" and "escalation"; a token
// without an inner hyphen gives itself.
func (d *Doc) Parts(i int) iter.Seq[Span] {
	return func(yield func(Span) bool) {
		if i < 0 || i >= len(d.Toks) {
			return
		}
		t := d.Toks[i]
		if !t.Is(Hyphenated) {
			yield(Span{t.Start, t.End})
			return
		}
		st := t.Start
		for j := t.Start; j < t.End; j++ {
			if d.Norm[j] == '-' {
				if j > st && !yield(Span{st, j}) {
					return
				}
				st = j + 1
			}
		}
		if st < t.End {
			yield(Span{st, t.End})
		}
	}
}

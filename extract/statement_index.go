package extract

import (
	"sort"
	"strings"
	"sync"

	"github.com/parleyhq/parley/diplo"
	"github.com/parleyhq/parley/internal/text"
)

// stmIndex is what the statement and condition rules look up per token:
// which mention starts or ends at a token, which quotation mark pairs with
// which, which time expression covers a token.
type stmIndex struct {
	a      *article
	d      *text.Doc
	mStart []int32 // mention whose first token this is, or -1
	mEnd   []int32 // mention whose last token this is, or -1
	quote  []int32 // partner of a paired double quotation mark, or -1
	opens  []int   // the opening marks, in text order
	// unclosed are the double quotation marks that open the first token of
	// a block and are never closed in it (a quotation that runs on into
	// the next paragraph), with the block's end token
	unclosed [][2]int
	timeAt   []int32 // index into a.times of the time starting at a token, or -1
	timeTo   []int32 // that time's end token (exclusive)
}

// quoteOf returns the quotation mark paired with the one at token i.
func (x *stmIndex) quoteOf(i int) (int, bool) {
	if i < 0 || i >= len(x.quote) || x.quote[i] < 0 {
		return 0, false
	}
	return int(x.quote[i]), true
}

// timeStart returns the index into a.times of the time expression that
// starts at token i.
func (x *stmIndex) timeStart(i int) (int, bool) {
	if i < 0 || i >= len(x.timeAt) || x.timeAt[i] < 0 {
		return 0, false
	}
	return int(x.timeAt[i]), true
}

// timeEnd returns the token after the time expression that starts at i.
func (x *stmIndex) timeEnd(i int) (int, bool) {
	if i < 0 || i >= len(x.timeAt) || x.timeAt[i] < 0 {
		return 0, false
	}
	return int(x.timeTo[i]), true
}

// stmBuf holds the per-token arrays of one statement or condition run;
// runs borrow them from stmPool, so a document costs no allocation
// proportional to its length once the pool is warm.
type stmBuf struct {
	i32  []int32
	used []bool
}

var stmPool = sync.Pool{New: func() any { return new(stmBuf) }}

// int32s returns the buffer's first n int32s, all set to -1.
func (b *stmBuf) int32s(n int) []int32 {
	if cap(b.i32) < n {
		b.i32 = make([]int32, n)
	}
	buf := b.i32[:n]
	if n > 0 {
		buf[0] = -1
		for i := 1; i < n; i *= 2 {
			copy(buf[i:], buf[:i])
		}
	}
	return buf
}

// bools returns the buffer's first n bools, all false.
func (b *stmBuf) bools(n int) []bool {
	if cap(b.used) < n {
		b.used = make([]bool, n)
	}
	u := b.used[:n]
	clear(u)
	return u
}

// newStmIndex builds the index of a; its arrays come from buf, which must
// not be released while the index is in use. extra asks for that many more
// int32s per token, returned (set to -1) for the caller's own use.
func newStmIndex(a *article, b *stmBuf, extra int) (*stmIndex, []int32) {
	d := a.t
	x := &stmIndex{a: a, d: d}
	n := len(d.Toks)
	buf := b.int32s((5 + extra) * n)
	x.mStart, x.mEnd, x.quote, x.timeAt, x.timeTo = buf[:n:n], buf[n:2*n:2*n], buf[2*n:3*n:3*n], buf[3*n:4*n:4*n], buf[4*n:5*n:5*n]
	rest := buf[5*n:]
	// mentions and times are (nearly always) in text order: walk the
	// tokens with them, falling back to a binary search when one is not
	at := func(off, from int) int {
		if from < 0 || from > n || (from > 0 && d.Toks[from-1].End > off) {
			return x.tokAt(off)
		}
		for from < n && d.Toks[from].End <= off {
			from++
		}
		return from
	}
	t := 0
	for i, m := range a.mentions {
		if m.actor < 0 || m.actor >= len(a.actors) || m.end <= m.start {
			continue
		}
		s := at(m.start, t)
		e := at(m.end-1, s)
		t = s
		if s >= n || e >= n || e < s {
			continue
		}
		if x.mStart[s] < 0 {
			x.mStart[s] = int32(i)
		}
		x.mEnd[e] = int32(i)
	}
	t = 0
	for ti, tm := range a.times {
		if tm.end <= tm.start {
			continue
		}
		s := at(tm.start, t)
		e := at(tm.end-1, s)
		t = s
		if s < n && e < n && e >= s {
			if x.timeAt[s] < 0 {
				x.timeAt[s] = int32(ti)
				x.timeTo[s] = int32(e + 1)
			}
		}
	}
	// pair the double quotation marks of each block in turn
	t = 0
	for _, b := range d.Blocks {
		for t < n && d.Toks[t].Start < b.Start {
			t++
		}
		open, single := -1, -1
		for ; t < n && d.Toks[t].Start < b.End; t++ {
			c := d.Norm[d.Toks[t].Start]
			if c == '\'' && d.Toks[t].End-d.Toks[t].Start == 1 && open < 0 {
				// single quotation marks, outside double ones: 'We are
				// ready,' he said. An apostrophe ("the states' rights")
				// neither opens nor closes.
				switch {
				case single >= 0 && x.singleCloses(t, b.End):
					if t-single > 1 {
						x.quote[single], x.quote[t] = int32(t), int32(single)
						x.opens = append(x.opens, single)
					}
					single = -1
				case x.singleOpens(t):
					single = t
				}
				if single >= 0 && t-single > stmMaxContent {
					single = -1
				}
				continue
			}
			if c != '"' {
				continue
			}
			single = -1
			if open < 0 {
				open = t
			} else {
				x.quote[open], x.quote[t] = int32(t), int32(open)
				x.opens = append(x.opens, open)
				open = -1
			}
		}
		if open >= 0 && d.Toks[open].Start == b.Start {
			x.unclosed = append(x.unclosed, [2]int{open, t})
		}
	}
	return x, rest
}

// singleOpens reports whether the "'" at token t opens a quotation: it
// follows a space, a colon or an opening bracket (or starts the text) and
// a word follows it directly.
func (x *stmIndex) singleOpens(t int) bool {
	d := x.d
	if t+1 >= len(d.Toks) || d.Toks[t+1].Start != d.Toks[t].End || !d.Toks[t+1].Is(text.Word) {
		return false
	}
	return t == 0 || d.Toks[t-1].End < d.Toks[t].Start || x.isPunct(t-1, '(') || x.isPunct(t-1, ':')
}

// singleCloses reports whether the "'" at token t closes a quotation: it
// follows its last word or punctuation directly, and punctuation, the end
// of the block or (after a comma, full stop, "!" or "?") a space follows.
func (x *stmIndex) singleCloses(t, blockEnd int) bool {
	d := x.d
	if t == 0 || d.Toks[t-1].End != d.Toks[t].Start {
		return false
	}
	if x.isPunct(t-1, ',') || x.isPunct(t-1, '.') || x.isPunct(t-1, '!') || x.isPunct(t-1, '?') {
		return true
	}
	if t+1 >= len(d.Toks) || d.Toks[t+1].Start >= blockEnd {
		return true
	}
	nx := t + 1
	return !d.Toks[nx].Is(text.Word) && !d.Toks[nx].Is(text.Number) && !x.isPunct(nx, '\'')
}

// tokAt is the index of the first token that ends after off.
func (x *stmIndex) tokAt(off int) int {
	return sort.Search(len(x.d.Toks), func(i int) bool { return x.d.Toks[i].End > off })
}

func (x *stmIndex) low(i int) string {
	if i < 0 || i >= len(x.d.Toks) {
		return ""
	}
	return x.d.TokLower(i)
}

func (x *stmIndex) isPunct(i int, c byte) bool {
	if i < 0 || i >= len(x.d.Toks) {
		return false
	}
	t := x.d.Toks[i]
	return t.End-t.Start == 1 && x.d.Norm[t.Start] == c
}

// isQuote reports whether token i is a double quotation mark or a paired
// single one.
func (x *stmIndex) isQuote(i int) bool {
	return x.isPunct(i, '"') || (x.isPunct(i, '\'') && i < len(x.quote) && x.quote[i] >= 0)
}

// mentionAt returns the mention ending at token i, if any.
func (x *stmIndex) mentionEnd(i int) (mention, bool) {
	if i < 0 || i >= len(x.mEnd) || x.mEnd[i] < 0 {
		return mention{}, false
	}
	return x.a.mentions[x.mEnd[i]], true
}

func (x *stmIndex) mentionStart(i int) (mention, bool) {
	if i < 0 || i >= len(x.mStart) || x.mStart[i] < 0 {
		return mention{}, false
	}
	return x.a.mentions[x.mStart[i]], true
}

// possessive reports whether mention m is followed by "'s" or "'".
func (x *stmIndex) possessive(m mention) bool {
	s := x.d.Norm
	return m.end < len(s) && s[m.end] == '\''
}

// matchPhrase reports the number of tokens from i on that match p (a "*"
// matches up to three words), or 0. end bounds the tokens.
func (x *stmIndex) matchPhrase(p phrase, i, end int) int {
	k := i
	for j := 0; j < len(p); j++ {
		if p[j] == "*" {
			if j+1 >= len(p) {
				return 0
			}
			next := p[j+1]
			for skip := 1; skip <= 3; skip++ {
				if k+skip < end && x.low(k+skip) == next {
					// the words skipped must be words
					ok := true
					for q := k; q < k+skip; q++ {
						if !x.d.Toks[q].Is(text.Word) {
							ok = false
						}
					}
					if ok {
						if n := x.matchPhrase(p[j+1:], k+skip, end); n > 0 {
							return k + skip + n - i
						}
					}
				}
			}
			return 0
		}
		if k >= end || x.low(k) != p[j] {
			return 0
		}
		k++
	}
	return k - i
}

// findPhrase returns the length of the longest phrase of m that starts at
// token i, or 0.
func (x *stmIndex) findPhrase(m *phraseSet, i, end int) int {
	for _, p := range m.get(x.low(i)) {
		if n := x.matchPhrase(p, i, end); n > 0 {
			return n
		}
	}
	return 0
}

// anyPhrase reports whether a phrase of m occurs in tokens [s, e).
func (x *stmIndex) anyPhrase(m *phraseSet, s, e int) bool {
	for i := max(s, 0); i < e && i < len(x.d.Toks); i++ {
		if x.findPhrase(m, i, e) > 0 {
			return true
		}
	}
	return false
}

// actorKind is the kind of actor i.
func (x *stmIndex) actorKind(i int) diplo.ActorKind {
	if i < 0 || i >= len(x.a.actors) {
		return 0
	}
	return x.a.actors[i].kind
}

// wordsOf counts the word tokens in [s, e).
func (x *stmIndex) wordsOf(s, e int) int {
	n := 0
	for i := max(s, 0); i < e && i < len(x.d.Toks); i++ {
		if x.d.Toks[i].Is(text.Word) || x.d.Toks[i].Is(text.Number) {
			n++
		}
	}
	return n
}

// tokSpan is the Norm range of tokens [s, e).
func (x *stmIndex) tokSpan(s, e int) (int, int) {
	return x.d.Toks[s].Start, x.d.Toks[e-1].End
}

// isLy reports whether token i is an -ly adverb in lower case.
func (x *stmIndex) isLy(i int) bool {
	w := x.low(i)
	return len(w) > 4 && strings.HasSuffix(w, "ly") && !x.d.Toks[i].Is(text.Cap)
}

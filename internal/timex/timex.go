// Package timex finds time expressions in English news text and normalises
// them to TimeML TIMEX3 values, following the TempEval-3 annotation
// conventions.
//
// A Tagger is built once with New and is safe for concurrent use. Tag scans
// the text with a hand-written tokenizer and a small rule grammar over word
// lexicons; it runs in time linear in the length of the text, never panics
// and returns the same result for the same input.
//
// Relative expressions are resolved against the reference (publication)
// date, and the tense of the clause decides their direction: "on Tuesday"
// in a past-tense clause is the Tuesday on or before the reference date, in
// a future clause ("will", "is due", "next") the Tuesday on or after it.
// Expressions such as "two days later" or "the next day" are anchored to the
// last calendar date mentioned earlier in the text. When the reference date
// is unknown the values keep unresolved parts ("XXXX-02-13").
package timex

import (
	"sync"
	"time"
	"unsafe"
)

// scratch is the per-call working memory that is recycled between calls:
// the tokens and the lower-case forms of capitalised words. Nothing in it
// reaches the results.
type scratch struct {
	toks []token
	fold []byte
}

// scratchPool recycles scratch buffers between calls; Tagger itself stays
// immutable.
var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// maxPooled is the largest token buffer kept for reuse.
const maxPooled = 1 << 18

// Ref is the reference (publication) date. Known=false means none known.
type Ref struct {
	Date  time.Time // the reference day; the time of day is ignored
	Known bool      // whether Date is set
}

// Expr is one time expression found by Tag.
type Expr struct {
	// Start and End are UTF-8 byte offsets [Start,End) into the text given
	// to Tag.
	Start, End int
	// Type is the TIMEX3 type: "DATE", "TIME", "DURATION" or "SET".
	Type string
	// Value is the TIMEX3 value, for example "2025-02-18", "2025-W08",
	// "199", "2025-Q1", "PRESENT_REF", "P2W", "2025-02-18T14:00", or a
	// partly unresolved value such as "XXXX-02-13".
	Value string
	// Mod is the TIMEX3 mod: "", "START", "MID", "END", "APPROX",
	// "MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS".
	Mod string
	// Quant and Freq are the TIMEX3 quant ("EVERY", "EACH") and freq
	// ("2X") attributes of a SET, or "".
	Quant, Freq string
	// Bound is, for a bounded duration ("within two weeks", "the next two
	// weeks", "the past two months", "the coming months") when the
	// reference is known, the ISO interval the duration covers, e.g.
	// "2025-02-22/2025-03-08"; "" otherwise. Unspecified counts ("the
	// coming months") are taken as three units. For a duration counted
	// from an earlier date ("three days" in "three days later") it is the
	// date the count lands on, e.g. "2025-03-06".
	Bound string
	// Tense is the tense of the clause: -1 past, 0 unknown or present, +1
	// future.
	Tense int
}

// Tagger finds time expressions. It holds no mutable state and is safe for
// concurrent use.
type Tagger struct{}

// New returns a Tagger.
func New() *Tagger { return &Tagger{} }

// Tag returns the time expressions of text, sorted by Start and not
// overlapping. Relative expressions are resolved against ref.
func (t *Tagger) Tag(text string, ref Ref) []Expr { return t.TagSized(text, ref, 0) }

// TagSized is Tag for a caller that knows about how many tokens text has
// (words, numbers and punctuation marks; 0 when it does not know), which
// saves growing the token array.
func (t *Tagger) TagSized(text string, ref Ref, tokens int) []Expr {
	if len(text) == 0 || len(text) > maxText {
		return nil
	}
	p := parser{text: text}
	sc := scratchPool.Get().(*scratch)
	var fold []byte
	toks := sc.toks[:0]
	est := tokens + tokens/8 + 64
	if tokens <= 0 {
		// News text has about one token per 6 bytes; past maxPooled,
		// scan doubles the array as it fills, so that text of few long
		// tokens does not pay for many.
		est = min(len(text)/6+64, maxPooled)
	}
	if cap(toks) < est {
		toks = make([]token, 0, est)
	}
	p.t, fold = scan(text, toks, sc.fold[:0])
	if len(fold) > 0 {
		p.low = unsafe.String(&fold[0], len(fold))
	}
	defer func() {
		if cap(p.t) <= maxPooled && cap(fold) <= 8*maxPooled {
			sc.toks, sc.fold = p.t[:0], fold[:0]
			scratchPool.Put(sc)
		}
	}()
	if ref.Known {
		y, m, d := ref.Date.Date()
		p.hasRef = true
		p.refT = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		p.ref = dayOf(p.refT)
	}
	var out []Expr
	for i := 0; i < len(p.t); {
		tk := p.t[i]
		switch tk.k {
		case kWord:
			if !isTrigger(p.word(&tk)) || p.deadEnd(i) {
				i++
				continue
			}
		case kPunct:
			if tk.n != '\'' {
				i++
				continue
			}
		}
		r := p.match(i)
		if !r.ok || r.end <= i || r.start < i || r.start >= r.end {
			i++
			continue
		}
		e := Expr{
			Start: int(p.t[r.start].s),
			End:   int(p.t[r.end-1].e),
			Type:  r.typ,
			Value: r.val,
			Mod:   r.mod,
			Quant: r.quant,
			Freq:  r.freq,
			Tense: p.tense(r.start, r.end),
		}
		if p.vals == nil {
			// sized for the whole call so that it rarely grows
			p.vals = make([]byte, 0, 32+min(len(text)/64, 1<<20))
			out = make([]Expr, 0, 2+min(len(text)/1024, 1<<16))
		}
		if r.bnd.ok {
			k := len(p.vals)
			p.vals = p.appendBound(p.vals, r.bnd)
			e.Bound = p.str(k)
		}
		if r.hasLand && r.land.y >= 0 && !r.land.uw {
			k := len(p.vals)
			p.vals = r.land.appendTo(p.vals)
			e.Bound = p.str(k)
			if r.land.g >= gYear {
				p.last = r.land
			}
		}
		if r.cal {
			k := len(p.vals)
			p.vals = r.d.appendTo(p.vals)
			e.Value = p.str(k)
			if !r.noAnchor && !r.d.uw && r.d.y >= 0 && r.d.g >= gYear {
				p.last = r.d
			}
		}
		if e.Value != "" {
			switch {
			case r.cal && r.d.g == gQuarter:
				p.ytd = false
				// a quarter counted back from another ("a year ago",
				// "the year-earlier quarter") is a comparison, not the
				// quarter the text reports on
				if r.d.y >= 0 && r.d.q > 0 && !r.noAnchor {
					p.lastQ = r.d
					if p.hasRef && r.d.y == p.ref.y && r.d.q < (p.ref.m+2)/3 && r.d.q > p.firstQ.q {
						p.firstQ = r.d
					}
				}
			case r.cal && r.d.g == gHalf, e.Value == "P6M" || e.Value == "P9M":
				p.ytd = true
			}
			out = append(out, e)
			p.lastEnd = r.end
			p.lastMD = dv{}
			if r.cal && r.d.g == gDay && !r.d.uw {
				p.lastMD = r.d
			}
		}
		i = r.end
	}
	return out
}

// str returns the bytes of p.vals from k on as a string. p.vals only ever
// grows by appending, so the bytes a returned string covers are never
// written again, even when append moves the buffer.
func (p *parser) str(k int) string {
	if k >= len(p.vals) {
		return ""
	}
	return unsafe.String(&p.vals[k], len(p.vals)-k)
}

package text

import (
	"unicode"
	"unicode/utf8"
)

// Sentence rules. Sentences are split inside each block's Body (never
// across blocks; date lines and table rules have none). A sentence ends
// at . ! ? or an ellipsis, together with any closing quotes, brackets and
// further end marks glued to it ("talks.\"", "?!"). Then:
//
//   - "." ends a sentence before a space and a capital, a digit, a quote or
//     an opening bracket, and before a space and a lower-case word when the
//     word before the period is a word (mis-cased starts are common in
//     scraped news: "stability. the second track"). With no space, it ends
//     one before a capital ("stability.The") and before a lower-case word
//     when the word before has three or more letters ("talks.how").
//   - "!" and "?" end a sentence unless a lower-case word follows a closing
//     quote ("\"Why?\" he asked") or , ; : ) follows.
//   - An ellipsis ends one only before a space and a capital or a quote.
//   - An abbreviation's period (token class Abbrev) ends a sentence only for
//     abbreviations that can close one ("U.S.", "Inc.", "etc.", "a.m.",
//     an initial after a non-capitalised word), and only before a
//     capitalised sentence starter ("The", "It", "However"; see IsStarter).
//     Titles and prefixes ("Dr.", "Gen.", "St.", "Jan.", "No.", "vs.") and
//     "e.g.", "i.e." never end one; nor does an initial after a capitalised
//     word ("John F. Kennedy").

// splitSentences splits every block into sentences. ends bounds the
// number of tokens that may end a sentence, so that the result is
// allocated once: each block gives at most one sentence more than it has
// such tokens.
func splitSentences(d *Doc, ends int) []Sentence {
	toks := d.Toks
	out := make([]Sentence, 0, min(ends+len(d.Blocks), len(toks))+1)
	t := 0
	for bi, b := range d.Blocks {
		if b.Kind == DateLine || b.Kind == TableRule {
			continue
		}
		for t < len(toks) && toks[t].Start < b.Body.Start {
			t++
		}
		t1 := t
		for t1 < len(toks) && toks[t1].End <= b.Body.End {
			t1++
		}
		out = splitRange(d, bi, t, t1, out)
		t = t1
	}
	return out
}

func splitRange(d *Doc, bi, t0, t1 int, out []Sentence) []Sentence {
	if t0 >= t1 {
		return out
	}
	toks := d.Toks
	emit := func(a, b int) {
		out = append(out, Sentence{Start: toks[a].Start, End: toks[b-1].End, Block: bi, Tok0: a, Tok1: b})
	}
	s0 := t0
	for k := t0; k < t1; k++ {
		if toks[k].Class&(Punct|Abbrev) == 0 {
			continue
		}
		e, split := boundary(d, t0, k, t1)
		if split {
			emit(s0, e)
			s0 = e
			k = e - 1
		}
	}
	if s0 < t1 {
		emit(s0, t1)
	}
	return out
}

// end-mark kinds
const (
	endNone = iota
	endPeriod
	endBang
	endEllipsis
	endAbbrev
)

func endKind(d *Doc, tk Token) int {
	if tk.Class&Abbrev != 0 {
		return endAbbrev
	}
	if tk.Class&Punct == 0 {
		return endNone
	}
	t := d.Norm[tk.Start:tk.End]
	switch {
	case t == ".":
		return endPeriod
	case t == "!" || t == "?" || t == "\u203d" || t == "\u00bf":
		return endBang
	case t == "\u2026" || len(t) >= 2 && t[0] == '.':
		return endEllipsis
	}
	return endNone
}

func isCloser(d *Doc, tk Token) bool {
	if tk.Class&Quote != 0 {
		return true
	}
	if tk.Class&Punct == 0 || tk.End-tk.Start != 1 {
		return false
	}
	switch d.Norm[tk.Start] {
	case ')', ']', '}':
		return true
	}
	return false
}

// boundary decides whether the end mark at token k ends a sentence; it
// returns the end of the sentence (after glued closers) and the decision.
func boundary(d *Doc, t0, k, t1 int) (int, bool) {
	toks := d.Toks
	kind := endKind(d, toks[k])
	if kind == endNone {
		return k + 1, false
	}
	e := k + 1
	quoted := false
	for e < t1 && toks[e].Start == toks[e-1].End {
		x := toks[e]
		if isCloser(d, x) {
			quoted = quoted || x.Class&Quote != 0
			e++
			continue
		}
		if kind != endAbbrev && endKind(d, x) != endNone && x.Class&Abbrev == 0 {
			e++
			continue
		}
		break
	}
	if e >= t1 {
		return t1, true
	}
	nx := toks[e]
	gap := nx.Start > toks[e-1].End
	r, _ := utf8.DecodeRuneInString(d.Norm[nx.Start:])
	upper := unicode.IsUpper(r)
	lower := unicode.IsLower(r)
	digit := nx.Class&Number != 0
	switch kind {
	case endPeriod:
		var prev Token
		hasPrev := k > t0
		if hasPrev {
			prev = toks[k-1]
		}
		if !gap {
			if upper {
				return e, true
			}
			if lower && hasPrev && prev.End == toks[k].Start && prev.Class&Word != 0 &&
				prev.Class&(Abbrev|Number) == 0 && utf8.RuneCountInString(d.Norm[prev.Start:prev.End]) >= 3 {
				return e, true
			}
			return e, false
		}
		switch {
		case upper, digit:
			return e, true
		case lower:
			// not after a closing quote: "We agree." said Peskov
			return e, !quoted && hasPrev && prev.Class&Word != 0 && prev.Class&Number == 0
		}
		if nx.Class&Punct != 0 {
			switch d.Norm[nx.Start] {
			case ',', ';', ':', ')', ']', '}', '.', '!', '?', '%':
				return e, false
			}
		}
		return e, true
	case endBang:
		if lower && quoted {
			return e, false
		}
		if lower && !gap {
			return e, false
		}
		if nx.Class&Punct != 0 && nx.Class&Quote == 0 {
			switch d.Norm[nx.Start] {
			case ',', ';', ':', ')', ']', '}':
				return e, false
			}
		}
		return e, true
	case endEllipsis:
		return e, gap && (upper || nx.Class&Quote != 0)
	case endAbbrev:
		return e, abbrevEnds(d, t0, k, e, t1)
	}
	return e, false
}

// abbrevEnds decides whether the abbreviation at token k ends a sentence,
// the next token being e.
func abbrevEnds(d *Doc, t0, k, e, t1 int) bool {
	toks := d.Toks
	tk := toks[k]
	full := d.Low[tk.Start:tk.End]
	if dottedNoEnd[full] {
		return false
	}
	w := full[:len(full)-1]
	hasDot := false
	for i := 0; i < len(w); i++ {
		if w[i] == '.' {
			hasDot = true
			break
		}
	}
	if !hasDot {
		if utf8.RuneCountInString(w) == 1 {
			// an initial: not after a capitalised word ("John F. Kennedy")
			if k > t0 && toks[k-1].Class&Cap != 0 && toks[k-1].End < tk.Start {
				return false
			}
		} else if abbrevs[w] != abbrFinal {
			return false
		}
	}
	return startsSentence(d, e, t1)
}

// startsSentence reports whether token e opens a sentence after an
// abbreviation: a capitalised starter word, or a quote before a capital.
func startsSentence(d *Doc, e, t1 int) bool {
	toks := d.Toks
	nx := toks[e]
	if nx.Class&Quote != 0 && e+1 < t1 {
		nx = toks[e+1]
		return nx.Class&Cap != 0
	}
	if nx.Class&Cap == 0 || nx.Class&Word == 0 || nx.Class&AllCaps != 0 {
		return false // all-caps text gives no case signal
	}
	return starters[d.Low[nx.Start:nx.End]]
}

// markTitle turns the first content block into a Title when it is a
// heading or a one-sentence paragraph of at most 320 bytes, and demotes
// headings of several sentences to paragraphs.
func markTitle(d *Doc) {
	for i := 1; i < len(d.Sents); i++ {
		if s := d.Sents[i]; s.Block == d.Sents[i-1].Block && d.Blocks[s.Block].Kind == Heading {
			d.Blocks[s.Block].Kind = Paragraph
		}
	}
	bi := 0
	if bi < len(d.Blocks) && d.Blocks[bi].Kind == DateLine {
		bi++
	}
	if bi >= len(d.Blocks) {
		return
	}
	b := &d.Blocks[bi]
	if b.Kind != Paragraph && b.Kind != Heading {
		return
	}
	n := b.End - b.Start
	if n > 320 {
		return
	}
	sents := 0
	for _, s := range d.Sents {
		if s.Block > bi {
			break
		}
		if s.Block == bi {
			sents++
		}
	}
	if sents > 1 {
		return
	}
	if b.Kind == Paragraph {
		// a one-sentence lede ends with a full stop; a title does not
		// (unless the stop is an abbreviation's: "... WITH U.S.")
		switch d.Norm[b.End-1] {
		case '.':
			k := d.TokenAt(b.End - 1)
			if k >= len(d.Toks) || d.Toks[k].Class&Abbrev == 0 {
				return
			}
		case ':', ';', ',', '-', '_':
			return // also a bare dateline: "NAIROBI, Kenya (AP) _"
		}
	}
	b.Kind = Title
}

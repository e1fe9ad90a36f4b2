package extract

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/parleyhq/parley/diplo"
	"github.com/parleyhq/parley/internal/text"
)

// condNouns are the heads of what a condition applies to: talks, a deal, a
// concession.
var condNouns = stmSet("talks", "dialogue", "dialog", "negotiations", "negotiation", "discussions",
	"discussion", "conversations", "conversation", "meeting", "meetings", "summit", "agreement",
	"agreements", "deal", "ceasefire", "truce", "visit", "contacts", "engagement", "cooperation",
	"ties", "relations", "concessions", "concession", "withdrawal", "peace", "settlement", "progress",
	"relief", "accord", "treaty", "consultations", "call", "exchange", "normalization",
	"normalisation", "recognition", "membership", "aid", "assistance", "support", "resumption",
	"return", "release", "deployment", "extension", "participation", "involvement")

// condRec is a condition under construction.
type condRec struct {
	holder   int
	kind     condKind
	cueS     int // Norm
	cueE     int
	reqS     int
	reqE     int
	appS     int
	appE     int
	target   string
	also     []condRec
	sentence int
}

// findConditions fills a.conditions: requirements a party sets ("provided
// that", "only if", "must first", "contingent upon") for talks, a deal or
// a concession. The holder is the speaker of the statement that carries
// the cue, or the party that is the subject of its sentence; conditions of
// analysts, outlets and the author are left out.
func (e *Extractor) findConditions(a *article) {
	if e.stm == nil || a.t == nil || len(a.t.Toks) == 0 || len(a.actors) == 0 {
		return
	}
	d := a.t
	// most sentences state no condition: only those holding the key word
	// of a cue are scanned, and the index is built only when there is one
	var cand []int
	for si, s := range d.Sents {
		for i := s.Tok0; i < s.Tok1 && i < len(d.Toks); i++ {
			if e.stm.isCondKey(d.TokLower(i)) {
				cand = append(cand, si)
				break
			}
		}
	}
	if len(cand) == 0 {
		return
	}
	// match the cues first (token text only); the index, the actor IDs
	// and the statement order are built only when one matches
	type hit struct {
		si, c0, c1 int
		kind       condKind
	}
	var hits []hit
	lite := &stmIndex{a: a, d: d}
	for _, si := range cand {
		s := d.Sents[si]
		if s.Block < 0 || s.Block >= len(d.Blocks) {
			continue
		}
		switch d.Blocks[s.Block].Kind {
		case text.Title, text.Heading, text.TOCItem, text.TableHeader, text.TableRule, text.TableRow, text.DateLine:
			continue
		}
		if s.End > s.Start && d.Norm[s.End-1] == '?' {
			continue
		}
		for i := s.Tok0; i < s.Tok1; i++ {
			found := false
			for _, c := range e.stm.condCues(lite.low(i)) {
				n := lite.matchPhrase(c.words, i, s.Tok1)
				if n == 0 {
					continue
				}
				hits = append(hits, hit{si, i, i + n, c.kind})
				i += n - 1
				found = true
				break
			}
			if !found && bareProvided(lite, i, s.Tok0, s.Tok1) {
				hits = append(hits, hit{si, i, i + 1, condClause})
			}
		}
	}
	if len(hits) == 0 {
		return
	}
	buf := stmPool.Get().(*stmBuf)
	defer stmPool.Put(buf)
	x, _ := newStmIndex(a, buf, 0)
	ids := make(map[string]int, len(a.actors))
	for i := range a.actors {
		ids[a.actorID(i)] = i
	}
	byCon := make([]int, len(a.statements))
	byCue := make([]int, len(a.statements))
	for i := range a.statements {
		byCon[i], byCue[i] = i, i
	}
	slices.SortStableFunc(byCon, func(p, q int) int { return a.statements[p].ContentSpan.Start - a.statements[q].ContentSpan.Start })
	slices.SortStableFunc(byCue, func(p, q int) int { return a.statements[p].CueSpan.Start - a.statements[q].CueSpan.Start })
	var recs []condRec
	for _, h := range hits {
		if r, ok := condAt(x, e.stm, ids, byCon, byCue, h.si, h.c0, h.c1, h.kind); ok {
			recs = append(recs, r)
		}
	}
	recs = mergeConditions(x, recs)
	for n, r := range recs {
		c := diplo.Condition{
			ID:      "condition:" + strconv.Itoa(n+1),
			Holder:  a.use(r.holder),
			Wording: condWording(a, r),
			Target:  r.target,
		}
		if r.appE > r.appS {
			c.AppliesTo = a.orig(r.appS, r.appE)
			c.AppliesToSpan = a.span(r.appS, r.appE)
		}
		for _, o := range r.also {
			c.Also = append(c.Also, condWording(a, o))
		}
		a.conditions = append(a.conditions, c)
	}
}

// condOpenEnded are the words after "as long as" that make it a duration
// rather than a requirement: "as long as needed".
var condOpenEnded = stmSet("needed", "necessary", "required", "possible", "useful", "appropriate")

// provModals are the words of a conditional offer that "provided" without
// "that" may follow: "Dushanbe would sign provided the Kyrgyz side ...".
var provModals = stmSet("would", "will", "could", "can", "ready", "prepared", "willing")

// provClause are the words a clause after a bare "provided" may open with.
var provClause = stmSet("the", "a", "an", "it", "they", "he", "she", "we", "its", "their", "both", "all", "no", "there", "this", "these")

// bareProvided reports whether token i of sentence [t0, t1) is
// "provided" used as a conditional conjunction without
// "that": after a modal of the same clause ("would sign provided the
// Kyrgyz side guarantees ..."), not after an auxiliary ("has provided",
// "was provided") and before the opening of a clause, not an object.
func bareProvided(x *stmIndex, i, t0, t1 int) bool {
	if x.low(i) != "provided" {
		return false // "providing" is mostly the verb: "providing Ukraine ..."
	}
	if i == t0 || i+2 >= t1 || stmAux[x.low(i-1)] || x.low(i-1) == "and" || x.low(i-1) == "or" {
		return false
	}
	if n := x.low(i + 1); !provClause[n] && !(x.d.Toks[i+1].Is(text.Cap) && x.d.Toks[i+1].Is(text.Word)) {
		return false
	}
	for k := i - 1; k >= t0 && k >= i-10; k-- {
		if x.isPunct(k, ',') || x.isPunct(k, ';') || x.isQuote(k) {
			break
		}
		if provModals[x.low(k)] {
			return k < i-1 // a verb between: "would sign provided"
		}
	}
	return false
}

func condWording(a *article, r condRec) diplo.Wording {
	return diplo.Wording{
		Cue: a.orig(r.cueS, r.cueE), CueSpan: a.span(r.cueS, r.cueE),
		Requirement: a.orig(r.reqS, r.reqE), RequirementSpan: a.span(r.reqS, r.reqE),
	}
}

// condParty reports whether actor i may hold a condition: a state, an
// organization, or a person who belongs to a state.
func condParty(a *article, i int) bool {
	if i < 0 || i >= len(a.actors) {
		return false
	}
	r := a.actors[i]
	switch r.kind {
	case diplo.Country, diplo.Organization:
		return true
	case diplo.Person:
		return r.country != ""
	}
	return false
}

// condOfficial reports whether actor i is a person who holds an office
// of a party whose state the text leaves implicit ("Defence Minister
// Ricardo Mejía warned", "the group's delegation head", "European
// Commission Vice-President Lukas Brenner"): in reported speech such a
// person sets conditions too. An analyst's role is no such office.
func condOfficial(a *article, i int) bool {
	if i < 0 || i >= len(a.actors) {
		return false
	}
	r := &a.actors[i]
	return r.kind == diplo.Person && r.country == "" && r.office && r.dressed
}

// condAt builds the condition whose cue is tokens [c0, c1) of sentence si.
func condAt(x *stmIndex, lx *statementLex, ids map[string]int, byCon, byCue []int, si, c0, c1 int, kind condKind) (condRec, bool) {
	a, d := x.a, x.d
	s := d.Sents[si]
	t0, t1 := s.Tok0, s.Tok1
	r := condRec{kind: kind, holder: -1, sentence: si}
	r.cueS, r.cueE = x.tokSpan(c0, c1)

	// the clause that holds the cue starts after "that", a comma, a colon
	// or a quotation mark
	cl := c0
	for cl > t0 && cl > c0-30 {
		p := cl - 1
		if x.low(p) == "that" || x.isPunct(p, ',') || x.isPunct(p, ';') || x.isPunct(p, ':') || x.isQuote(p) || (lx.isCue(x.low(p)) && !x.d.Toks[p].Is(text.Cap)) {
			break
		}
		cl--
	}
	var rs, re int
	switch kind {
	case condClause:
		// "unless growth revives, unemployment will rise": a clause that
		// opens its sentence or clause ends at the first comma
		rs, re = c1, condEnd(x, c1, t1, c0 == t0 || c0 == x.lead(t0, c0) || x.low(c0-1) == "that" || x.isQuote(c0-1) || x.isPunct(c0-1, ':'))
	case condNP:
		rs, re = c1, condEnd(x, c1, t1, true)
	case condMust:
		for cl < c0-1 && condConj[x.low(cl)] {
			cl++ // ", but the agency must first ..."
		}
		rs, re = cl, condEnd(x, c1, t1, false)
		if w := x.low(c1); (w == "be" || w == "been") && c0 > cl && !condBeforeIn(x, c1, re) {
			// "any new arrangement must first be discussed within ...":
			// the subject is what is conditioned, the requirement the
			// passive predicate (with "before any talks" the subject is
			// part of the requirement)
			rs = c1
			re = condEnd(x, c1, t1, false)
			for k := c1 + 2; k < re; k++ {
				if x.isPunct(k, ',') && (x.low(k+1) == "where" || x.low(k+1) == "which" || x.low(k+1) == "who") {
					re = k // a relative clause after the requirement
					break
				}
			}
		}
	case condBefore:
		rs, re = cl, c0
	}
	for re > rs && (x.isPunct(re-1, ',') || x.isPunct(re-1, ':') || x.isPunct(re-1, ';')) {
		re-- // "unless the people decide so," he said
	}
	if re <= rs || x.wordsOf(rs, re) < 1 || (kind != condNP && x.wordsOf(rs, re) < 2) {
		return r, false
	}
	if kind == condClause && x.low(c1-2) == "long" && (x.low(rs) == "it" && (x.low(rs+1) == "takes" || x.low(rs+1) == "took") || condOpenEnded[x.low(rs)]) {
		return r, false // "as long as it takes", "as long as needed": a duration, no requirement
	}
	r.reqS, r.reqE = x.tokSpan(rs, re)

	// the holder: the speaker of the statement carrying the cue
	cueOrig := d.Orig(r.cueS)
	sentS, sentE := d.Orig(s.Start), d.Orig(s.End)
	stmt := stmtAt(a, byCon, byCue, cueOrig, sentS, sentE)
	official := false
	if stmt >= 0 {
		for _, id := range a.statements[stmt].Speakers {
			if i, ok := ids[id]; ok {
				r.holder = i
				break
			}
		}
		// reported speech (not a transcript's labelled answer) of an
		// official whose state is left implicit
		official = !a.statements[stmt].Direct && condOfficial(a, r.holder)
	} else if k := turnStmt(a, byCue, s.Block); k >= 0 {
		// a sentence of a labelled answer: the one who answers
		stmt = k
		for _, id := range a.statements[k].Speakers {
			if i, ok := ids[id]; ok {
				r.holder = i
				break
			}
		}
	} else {
		// the subject of the sentence
		if actors, _, _, ok := x.clauseSubject(t0, c0); ok {
			r.holder = actors[0]
		}
	}
	if !condParty(a, r.holder) && !official && cl > t0 && (stmt >= 0 || x.low(cl-1) == "that") {
		// a party's offer reported by others: "According to two officials,
		// Rwanda has offered X in exchange for Y" is Rwanda's condition,
		// and so is the offer a leaked draft shows ("A draft suggests that
		// Australia would fund X provided that Y")
		if actors, _, _, ok := x.clauseSubject(cl, c0); ok && condParty(a, actors[0]) {
			r.holder = actors[0]
		}
	}
	if !condParty(a, r.holder) && !official {
		return r, false
	}

	// what it applies to
	as, ae := -1, -1
	switch {
	case kind == condBefore:
		as, ae = c1, condEnd(x, c1, t1, true)
	case kind == condMust && rs == c1 && c0 > cl:
		as, ae = cl, c0 // the passive's subject: "Any new arrangement"
	case kind == condMust:
		for k := c0; k < c1+4 && k < t1; k++ {
			if x.low(k) == "step" || x.low(k) == "move" {
				if w := x.low(k + 1); w == "in" || w == "toward" || w == "towards" || w == "to" || w == "on" || w == "for" {
					as, ae = k+2, condEnd(x, k+2, t1, false)
				}
				break
			}
		}
		if as < 0 {
			// "We will answer every question, but the agency must first
			// stop leaking": the verb phrase of the clause before
			p := cl - 1
			for p > t0 && condConj[x.low(p)] {
				p--
			}
			if x.isPunct(p, ',') {
				q := p
				for q > t0 && q > p-30 && !x.isPunct(q-1, ',') && !x.isPunct(q-1, ';') && !x.isPunct(q-1, ':') && !x.isQuote(q-1) && x.low(q-1) != "that" {
					q--
				}
				if vs, ve, ok := condVerbPhrase(x, q, p); ok {
					as, ae = vs, ve
				}
			}
		}
		if as < 0 {
			// "must first withdraw its troops before any talks"
			for k := c1; k < re; k++ {
				if w := x.low(k); w == "before" || (w == "prior" && x.low(k+1) == "to") {
					if w == "prior" {
						k++
					}
					as, ae = k+1, re
					if k > rs+2 {
						// the requirement ends before what it conditions
						r.reqS, r.reqE = x.tokSpan(rs, k)
					}
					for q := k + 2; q < re; q++ {
						if stmAux[x.low(q)] {
							ae = q // "before any talks can begin"
							break
						}
					}
					break
				}
			}
		}
	case x.isPunct(condComma(x, c0), ','):
		p := condComma(x, c0)
		// "Kyiv will not trade land for peace, unless ...": the verb
		// phrase after a modal; after "to" ("willingness to engage in
		// direct talks, provided that") the noun phrase is clearer
		q := p
		for q > t0 && q > p-30 && !x.isPunct(q-1, ',') && !x.isPunct(q-1, ';') && !x.isPunct(q-1, ':') && !x.isQuote(q-1) && x.low(q-1) != "that" {
			q--
		}
		if vs, ve, ok := condVerbPhrase(x, q, p); ok && x.low(vs-1) != "to" {
			as, ae = vs, ve
			break
		}
		as, ae = nounPhraseBefore(x, max(cl, t0), p)
		if as < 0 {
			as, ae = nounPhraseBefore(x, t0, p)
		}
	default:
		if vs, ve, ok := condVerbPhrase(x, cl, c0); ok {
			// "was prepared to extend the tariff pause provided that"
			as, ae = vs, ve
			break
		}
		// "such conversations would only be feasible if": the subject
		j := c0 - 1
		for j >= cl && stmAux[x.low(j)] {
			j--
		}
		if j >= cl && j < c0-1 && x.wordsOf(cl, j+1) <= 8 && x.wordsOf(cl, j+1) >= 1 {
			as, ae = cl, j+1
		} else {
			as, ae = nounPhraseBefore(x, max(t0, c0-25), c0)
		}
	}
	if as >= 0 && ae > as && x.wordsOf(as, ae) > 0 {
		r.appS, r.appE = x.tokSpan(as, ae)
	}

	// the target: a meeting mentioned there, else the statement
	if r.appE > r.appS {
		os, oe := d.Orig(r.appS), d.Orig(r.appE)
		for _, m := range a.meetings {
			for _, ev := range m.Evidence {
				if ev.Start < oe && os < ev.End {
					r.target = m.ID
					break
				}
			}
			if r.target != "" {
				break
			}
		}
	}
	if r.target == "" && stmt >= 0 {
		r.target = a.statements[stmt].ID
	}
	return r, true
}

// condBeforeIn reports whether tokens [p, e) hold "before" or "prior
// to": what the requirement precedes is named there.
func condBeforeIn(x *stmIndex, p, e int) bool {
	for k := p; k < e; k++ {
		if w := x.low(k); w == "before" || w == "prior" && x.low(k+1) == "to" {
			return true
		}
	}
	return false
}

// turnStmt is the labelled answer ("MS. SMITH: ...") that block bi
// belongs to: the statement whose cue is the label opening bi or the turn
// bi continues, or -1.
func turnStmt(a *article, byCue []int, bi int) int {
	if k := labelStmt(a, byCue, bi); k >= 0 {
		return k
	}
	if tb := a.t.SpeakerTurn(bi); tb >= 0 && tb != bi {
		return labelStmt(a, byCue, tb)
	}
	return -1
}

// labelStmt is the labelled answer that opens block bi, or -1.
func labelStmt(a *article, byCue []int, bi int) int {
	d := a.t
	if bi < 0 || bi >= len(d.Blocks) {
		return -1
	}
	start := d.Orig(d.Blocks[bi].Start)
	sts := a.statements
	k, _ := slices.BinarySearchFunc(byCue, start, func(i, t int) int { return sts[i].CueSpan.Start - t })
	if k >= len(byCue) {
		return -1
	}
	st := sts[byCue[k]]
	if st.CueSpan.Start != start || !st.Direct || !strings.HasSuffix(st.Cue, ":") || len(st.Speakers) == 0 {
		return -1
	}
	return byCue[k]
}

// stmtAt finds the statement that carries a condition cue at orig offset
// cue: the one whose content holds it, else one whose cue is in the same
// sentence [sentS, sentE) (the last before the condition cue, else the
// first after). byCon and byCue index a.statements by content and cue
// start.
func stmtAt(a *article, byCon, byCue []int, cue, sentS, sentE int) int {
	sts := a.statements
	k, _ := slices.BinarySearchFunc(byCon, cue+1, func(i, t int) int { return sts[i].ContentSpan.Start - t })
	// the outermost statement holding the cue: "Zelenskyy said Ukraine
	// would agree ... as long as ..." is Zelenskyy's
	outer := -1
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		if st := sts[byCon[j]]; st.ContentSpan.Start <= cue && cue < st.ContentSpan.End {
			outer = byCon[j]
		}
	}
	if outer >= 0 {
		return outer
	}
	k, _ = slices.BinarySearchFunc(byCue, sentS, func(i, t int) int { return sts[i].CueSpan.Start - t })
	best := -1
	for j := k; j < len(byCue) && j < k+16; j++ {
		st := sts[byCue[j]]
		if st.CueSpan.Start >= sentE {
			break
		}
		if st.CueSpan.End <= sentE {
			if best >= 0 && st.CueSpan.Start > cue {
				break
			}
			best = byCue[j]
		}
	}
	return best
}

// condEnd is where a requirement starting at p ends: the sentence end, a
// semicolon, a dash, a quotation mark, or a comma before a new clause (for
// a noun phrase, any comma).
func condEnd(x *stmIndex, p, t1 int, np bool) int {
	t1 = min(t1, p+stmMaxContent)
	for k := p; k < t1; k++ {
		if x.isQuote(k) {
			if q, ok := x.quoteOf(k); ok && q > k && q < t1 {
				k = q // a quotation inside the requirement
				continue
			}
			return k
		}
		if x.isPunct(k, ';') || x.isPunct(k, ')') || x.isPunct(k, '(') {
			return k
		}
		if x.isPunct(k, '-') && k > p && x.d.Toks[k].Start > x.d.Toks[k-1].End {
			return k
		}
		if x.isPunct(k, ',') {
			n := x.low(k + 1)
			if np || n == "but" || n == "while" || n == "whereas" || n == "which" || n == "although" || n == "though" ||
				n == "he" || n == "she" || n == "they" || n == "according" || n == "as" || stmComment[n] || n == "adding" || n == "saying" ||
				n == "and" && x.low(k+2) == "that" || (n == "a" || n == "an") && !np {
				// (", and that ...": a second reported clause; ", a demand
				// ...": a remark on the requirement)
				return k
			}
			if _, ok := x.mentionStart(k + 1); ok {
				// ", Peskov said"
				for j := k + 1; j < t1 && j < k+8; j++ {
					if len(x.a.t.Toks) > j && condCueWord(x.low(j)) {
						return k
					}
				}
			}
		}
		if np && (x.low(k) == "and" || x.low(k) == "but") && k+1 < t1 {
			if _, ok := x.mentionStart(k + 1); ok {
				// "..., and Russia said" ends the phrase only before a verb
				continue
			}
		}
	}
	e := t1
	for e > p && (x.isPunct(e-1, '.') || x.isPunct(e-1, '!') || x.isPunct(e-1, ',') || x.isPunct(e-1, ':')) {
		e--
	}
	return e
}

// condCueWord reports whether w is a common verb of saying.
func condCueWord(w string) bool {
	switch w {
	case "said", "says", "told", "added", "stated", "noted", "stressed", "insisted", "warned":
		return true
	}
	return false
}

// nounPhraseBefore finds the last condition noun in [lo, hi) and returns
// the noun phrase around it ("direct talks with President Putin").
func nounPhraseBefore(x *stmIndex, lo, hi int) (int, int) {
	for k := hi - 1; k >= lo && k >= hi-30; k-- {
		if !condNouns[x.low(k)] {
			continue
		}
		s := k
		for s-1 >= lo && s > k-4 {
			w := x.low(s - 1)
			tk := x.d.Toks[s-1]
			if !tk.Is(text.Word) || stmPrep[w] || stmAux[w] || w == "that" || condCueWord(w) {
				break
			}
			s--
			if w == "the" || w == "a" || w == "an" || w == "such" || w == "these" || w == "any" || w == "those" || w == "this" {
				break
			}
		}
		e := k + 1
		for e < hi && e < k+14 {
			w := x.low(e)
			if x.isPunct(e, ',') || x.isPunct(e, ';') || x.isPunct(e, '.') || x.isQuote(e) || x.isPunct(e, ':') ||
				stmAux[w] || w == "that" || w == "which" || w == "but" || w == "if" || w == "unless" || w == "provided" || condCueWord(w) {
				break
			}
			e++
		}
		return s, e
	}
	return -1, -1
}

// condVerbPhrase finds the verb phrase a condition cue at c0 follows in
// the clause [cl, c0): the words after the last modal, "to" or "not"
// ("would not discuss export controls unless", "will sign the treaty only
// if"). It fails for a form of "be" ("would only be feasible if") and for
// a bare verb ("will come only if").
func condVerbPhrase(x *stmIndex, cl, c0 int) (int, int, bool) {
	e := c0
	for e > cl && (x.low(e-1) == "only" || x.low(e-1) == "even" || x.low(e-1) == "but" || x.isPunct(e-1, ',')) {
		e--
	}
	for k := e - 1; k >= cl && k >= e-12; k-- {
		w := x.low(k)
		if !x.d.Toks[k].Is(text.Word) || w == "that" {
			return 0, 0, false
		}
		switch w {
		case "will", "would", "can", "could", "shall", "should", "may", "might", "must", "to", "not", "never", "wo", "ca":
			v := k + 1
			if w == "to" && v < e && (x.d.Toks[v].Is(text.Cap) || !x.d.Toks[v].Is(text.Word) || condDet[x.low(v)]) {
				continue // a preposition: "return to all sites", "travel to Vienna"
			}
			if v >= e-1 || x.wordsOf(v, e) < 2 || x.d.Toks[v].Is(text.Cap) {
				return 0, 0, false
			}
			switch x.low(v) {
			case "be", "been", "have", "only", "not", "also":
				return 0, 0, false
			}
			return v, e, true
		}
	}
	return 0, 0, false
}

// condConj are the conjunctions that may open the clause holding a "must
// first" cue.
var condConj = stmSet("but", "and", "yet", "so", "while", "whereas")

// condDet are the determiners that show a "to" before them is a
// preposition.
var condDet = stmSet("the", "a", "an", "all", "any", "some", "its", "their", "his", "her", "our", "this",
	"that", "these", "those", "every", "each", "both", "no", "my", "your", "one", "two", "three")

// condComma skips "but", "only", "and", "even" back from the cue at c0
// and returns the token before them (a comma when the cue follows one).
func condComma(x *stmIndex, c0 int) int {
	p := c0 - 1
	for p > c0-4 && p >= 0 {
		switch x.low(p) {
		case "but", "only", "and", "even", "yet", "then", "though":
			p--
			continue
		}
		break
	}
	return p
}

// condRank orders wordings: the clearest (a clause after its cue) first.
func condRank(k condKind) int {
	switch k {
	case condClause:
		return 0
	case condMust:
		return 1
	case condNP:
		return 2
	}
	return 3
}

// mergeConditions joins the wordings of one condition stated more than
// once (same holder and overlapping requirement) and orders the result by
// the position of each condition's first wording.
func mergeConditions(x *stmIndex, recs []condRec) []condRec {
	var out []condRec
	for _, r := range recs {
		merged := false
		for k := max(0, len(out)-64); k < len(out); k++ {
			o := &out[k]
			if o.holder != r.holder {
				continue
			}
			same := condOverlap(x.d.Norm[r.reqS:r.reqE], x.d.Norm[o.reqS:o.reqE]) >= 0.4
			if !same {
				for _, w := range o.also {
					if condOverlap(x.d.Norm[r.reqS:r.reqE], x.d.Norm[w.reqS:w.reqE]) >= 0.4 {
						same = true
					}
				}
			}
			if !same && r.appE > r.appS && o.appE > o.appS && stmAbs(r.sentence-o.sentence) <= 2 &&
				condOverlap(x.d.Norm[r.appS:r.appE], x.d.Norm[o.appS:o.appE]) >= 0.6 {
				same = true
			}
			if !same {
				continue
			}
			if condRank(r.kind) < condRank(o.kind) {
				prim := r
				prim.also = append([]condRec{}, o.also...)
				old := *o
				old.also = nil
				prim.also = append(prim.also, old)
				if prim.appE <= prim.appS {
					prim.appS, prim.appE = old.appS, old.appE
				}
				if prim.target == "" {
					prim.target = old.target
				}
				*o = prim
			} else {
				r.also = nil
				o.also = append(o.also, r)
			}
			merged = true
			break
		}
		if !merged {
			out = append(out, r)
		}
	}
	slices.SortStableFunc(out, func(p, q condRec) int { return p.cueS - q.cueS })
	return out
}

// condStop are the words left out of requirement overlap.
var condStop = stmSet("the", "a", "an", "of", "to", "and", "in", "on", "for", "that", "is", "be")

// condOverlap is the word-overlap F1 of two texts (case-folded, stop words
// left out).
func condOverlap(p, q string) float64 {
	wp, wq := condWords(p), condWords(q)
	if len(wp) == 0 || len(wq) == 0 {
		return 0
	}
	pool := slices.Clone(wq)
	common := 0
	for _, w := range wp {
		if i := slices.Index(pool, w); i >= 0 {
			pool = slices.Delete(pool, i, i+1)
			common++
		}
	}
	if common == 0 {
		return 0
	}
	pr, rc := float64(common)/float64(len(wp)), float64(common)/float64(len(wq))
	return 2 * pr * rc / (pr + rc)
}

func condWords(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if !condStop[f] {
			out = append(out, f)
		}
		if len(out) > 64 {
			break
		}
	}
	return out
}

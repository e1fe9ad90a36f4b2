package extract

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/parleyhq/parley/diplo"
	"github.com/parleyhq/parley/internal/text"
)

// Evidence strength of one mention of a state, organization or group.
const (
	evWeak   = 0 // a location or a modifier ("in Ukraine", "the Ukraine war")
	evMedium = 1 // a party ("talks with the United States")
	evStrong = 2 // an agent: a subject, a possessor, a speaker
)

// Small closed word classes used by the actor patterns.
var (
	locativePreps = setOf("in", "at", "inside", "near", "across", "throughout", "around", "within", "into", "outside", "over", "beyond", "near", "towards", "toward", "onto", "via")
	motionWords   = setOf("visit", "visits", "visited", "visiting", "trip", "travel", "travels", "traveled", "travelled", "traveling", "travelling", "flew", "fly", "flies", "flying", "arrive", "arrived", "arrives", "arriving", "return", "returned", "returns", "returning", "went", "go", "goes", "going", "came", "come", "comes", "coming", "head", "headed", "heading", "heads", "moved", "move", "moving", "deployed", "journey", "tour", "route", "flight", "flights", "way", "back", "exports", "export", "imports", "import", "shipments", "supplies", "sent", "send", "sending", "delivered", "deliveries", "transit", "border", "borders")
	functionWords = setOf("and", "or", "nor", "but", "that", "which", "who", "whom", "whose", "regarding", "about", "over", "on", "in", "at", "for", "to", "from", "with", "by", "as", "than", "rather", "into", "amid", "amidst", "after", "before", "during", "since", "until", "while", "when", "where", "despite", "including", "against", "without", "within", "through", "toward", "towards", "under", "upon", "of", "itself", "if", "unless", "because", "so", "yet", "both", "alone", "too", "also", "not", "the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "via", "per", "like", "concerning", "together", "jointly")
	determiners   = setOf("the", "a", "an")
	particles     = setOf("bin", "bint", "ibn", "al", "el", "de", "da", "di", "del", "della", "der", "den", "van", "von", "la", "le", "du", "dos", "das", "ter", "abu", "ben", "y")
	evalAdjs      = setOf("prominent", "leading", "renowned", "well-known", "noted", "respected", "distinguished", "influential", "longtime", "veteran", "seasoned", "celebrated", "eminent", "widely", "respected", "known", "independent", "political", "noted")
	surnameFirst  = setOf("kim", "xi", "li", "wang", "moon", "park", "yoon", "lee", "hu", "wen", "zhang", "wu", "chen", "liu", "zhao", "yang", "huang", "zhou", "choe", "choi", "hun", "jiang", "deng", "mao")
	interviewer   = setOf("q", "question", "questions", "interviewer", "moderator", "host", "editor", "senior editor", "reporter", "journalist", "anchor", "audience", "questioner", "participant", "narrator", "interviewer", "headline", "note", "editor's note", "source", "sources", "update", "correction", "q.")
	expletiveNext = setOf("is", "was", "'s", "seems", "seemed", "appears", "appeared", "remains", "remained", "will", "would", "could", "may", "might", "has", "had", "can", "must", "should", "takes", "took", "becomes", "became", "looks")
	relativeWords = setOf("which", "who", "whom", "whose", "that", "including", "such", "where", "when", "while", "whereas", "as", "and", "or", "but", "especially", "particularly", "notably")
	prepositions  = setOf("of", "from", "by", "with", "to", "for", "among", "between", "about", "on", "in", "at", "against", "than", "like", "into", "over", "toward", "towards", "without", "within", "through", "via", "amid", "amidst")
	monthSurname  = setOf("may", "march", "june", "april", "august")
	quantifiers   = setOf("other", "some", "several", "senior", "many", "most", "the", "these", "those", "a", "few", "two", "three", "numerous", "various", "leading", "independent", "top", "unnamed", "anonymous")
	beForms       = setOf("is", "are", "was", "were", "be", "been", "being")
	auxiliaries   = setOf("has", "have", "had", "will", "shall", "may", "does", "do", "did", "also", "now", "still")
	modals        = setOf("should", "can", "could", "must", "would", "might", "need", "ought", "cannot")
	collectiveish = setOf("diplomat", "official", "negotiator", "source", "representative", "envoy", "officer", "aide", "lawmaker", "spokesperson", "spokesman", "spokeswoman")
)

// setOf makes a set of words.
func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// actorScan is the working state of findActors.
type actorScan struct {
	e    *Extractor
	l    *actorLex
	a    *article
	d    *text.Doc
	ws   []word
	blk  []int32 // block of each word; -1 outside blocks
	snt  []int32 // sentence of each word; -1 outside sentences
	hb   []bool  // per block: a heading, title, table or contents line
	bEnd []int32 // per word: end (word index) of its block

	chN  []uint8    // per word: length in words of the lexicon phrase starting here
	chE  []*lexNode // per word: that phrase's meanings
	chK  []uint32   // per word: the kinds of those meanings that fit the text's case
	done []bool     // per word: consumed by a pattern

	lowSeen *bloom // words that occur in lower case in running text

	keys   map[string]int // actor key -> index
	cands  []mention      // candidate mentions (may overlap until finish)
	bodies []int          // actors that are a state's body named with its possessive
	refs   []titleRef     // title-only mentions to resolve
	prons  []int          // pronoun word indices

	lastEntEnd int // word index just after the last state/organization mention
	lastEntEv  int

	labelWords [][2]int // turn labels left to the name pass
	buf        *scanBuf // reused per-word arrays

	strongAt map[int]bool   // Norm starts of mentions that are subjects or possessors
	cidx     map[string]int // country actors by ISO code
	oidx     map[int]int    // organization actors by lexicon index
	sigs     []signal       // states named near each sentence, for people's countries
	dateISO  string         // the state of a wire dateline's capital ("SUVA -")
}

// signal is a state named in a sentence, with a weight: adjectives and
// collectives weigh more than passing names.
type signal struct {
	sent int
	iso  string
	w    int
}

// signal records a state named at word i.
func (s *actorScan) signal(i int, iso string, w int) {
	if iso == "" || w <= 0 || i < 0 || i >= len(s.ws) {
		return
	}
	s.sigs = append(s.sigs, signal{int(s.snt[i]), iso, w})
}

// titleRef is a title used without a name ("the Deputy Foreign Minister").
type titleRef struct {
	start, end int // Norm span (with the determiner)
	title      string
	head       string
	iso        string
	w          int  // word index of the start
	label      bool // a transcript label ("THE PRESIDENT")
	qual       bool // the title names its state or organization
	org        int  // the organization it names; -1 when none
	state      bool // an official of the state or body it names ("Lebanon's president")
}

// titleInfo is a parsed title phrase.
type titleInfo struct {
	s, e   int // words [s, e) of the whole phrase
	ts     int // first word of the title as written (after a determiner or possessive state)
	det    string
	iso    string
	org    int
	gender byte
	leader bool
	head   string
	bare   bool // a single head word with no modifier ("President")
	role   bool // the head is a role noun ("expert"), not an office
	defISO bool // iso is the office's usual state, not named in the text
	qual   bool // a complement names the state or organization ("President of Ukraine")
	ok     bool
}

// findActors fills a.actors and a.mentions: named states, organizations,
// outlets, groups and people found by lexicon and by pattern, with their
// titles, and the mentions that refer to them again (surnames, titles,
// pronouns, metonyms, collectives, transcript labels).
func (e *Extractor) findActors(a *article) {
	if e == nil || e.act == nil || a == nil || a.t == nil {
		return
	}
	buf, _ := scanBufs.Get().(*scanBuf)
	if buf == nil {
		buf = &scanBuf{keys: map[string]int{}, strongAt: map[int]bool{}, cidx: map[string]int{}, oidx: map[int]int{}}
	}
	defer buf.put()
	s := &actorScan{e: e, l: e.act, a: a, d: a.t, keys: buf.keys, lastEntEnd: -1, strongAt: buf.strongAt, cidx: buf.cidx, oidx: buf.oidx, cands: buf.cands[:0]}
	for i := range a.actors {
		s.keys[a.actors[i].key] = i
	}
	if cap(a.actors) == 0 {
		a.actors = make([]actorRec, 0, 16)
	}
	buf.s = s
	s.ws = appendWords(buf.ws, a.t)
	s.buf = buf
	s.layout()
	s.chunk()
	s.labels()
	s.scan()
	s.mergePersons()
	s.names()
	s.contextCountries()
	s.finish()
	s.outletNames()
}

// outletNames names each named outlet or organization by the fullest form
// the text uses ("Korean Central News Agency" over "KCNA"), and a group that only one
// member of speaks for in the singular ("one Western diplomat"); the
// other forms used stay aliases.
func (s *actorScan) outletNames() {
	a := s.a
	type use struct {
		best    string
		nameUse bool
	}
	var us map[int]*use
	for _, m := range a.mentions {
		if m.actor < 0 || m.actor >= len(a.actors) {
			continue
		}
		r := &a.actors[m.actor]
		if (r.kind != diplo.Media && r.kind != diplo.Group && r.kind != diplo.Organization) || r.generic || r.guess || r.merged >= 0 {
			continue
		}
		if r.kind == diplo.Organization && (m.kind != diplo.ByName || !strings.HasPrefix(r.key, "o:")) {
			continue
		}
		t := a.orig(m.start, m.end)
		if strings.HasPrefix(t, "The ") && !strings.HasPrefix(r.name, "The ") {
			continue
		}
		if r.kind == diplo.Group && !(strings.EqualFold(t, r.name) || strings.EqualFold(t+"s", r.name)) {
			continue // a group is named in the plural or, when only one speaks, in the singular
		}
		if us == nil {
			us = map[int]*use{}
		}
		u := us[m.actor]
		if u == nil {
			u = &use{}
			us[m.actor] = u
		}
		if t == r.name || (r.kind == diplo.Group && strings.EqualFold(t, r.name)) {
			u.nameUse = true
		}
		if t != "" && (r.kind == diplo.Group || t[0] >= 'A' && t[0] <= 'Z') && len(t) > len(u.best) {
			u.best = t
		}
	}
	for i, u := range us { // each entry touches only its own actor
		r := &a.actors[i]
		if u.best == "" || u.best == r.name || (u.nameUse && len(u.best) <= len(r.name)) {
			continue
		}
		if r.kind == diplo.Organization && len(u.best) <= len(r.name) {
			continue // an organization keeps its lexicon name unless the text spells it out longer
		}
		if r.kind == diplo.Group {
			if u.nameUse {
				continue
			}
			u.best = r.name[:len(u.best)] // the lexicon's spelling, in the singular
		}
		als := make([]string, 0, len(r.aliases)+1)
		if u.nameUse {
			als = append(als, r.name)
		}
		for _, al := range r.aliases {
			if al != u.best {
				als = append(als, al)
			}
		}
		r.name, r.aliases = u.best, als
	}
}

// scanBuf holds the per-word arrays of one scan, reused across articles
// through scanBufs to keep allocation low.
type scanBuf struct {
	ws             []word
	blk, snt, bEnd []int32
	done           []bool
	chN            []uint8
	chE            []*lexNode
	chK            []uint32
	low            *bloom
	cands          []mention
	keys           map[string]int
	strongAt       map[int]bool
	cidx           map[string]int
	oidx           map[int]int
	s              *actorScan // the scan using the buffer
}

var scanBufs sync.Pool

// grow returns b resized to n zero elements, reusing its memory.
func grow[T any](b []T, n int) []T {
	if cap(b) < n {
		return make([]T, n)
	}
	b = b[:n]
	clear(b)
	return b
}

// put returns the arrays of s to the pool (words hold no pointers, so
// nothing of the article's text is kept alive).
func (b *scanBuf) put() {
	s := b.s
	b.s = nil
	if s == nil || cap(s.ws) > 1<<20 || len(b.keys) > 1<<12 {
		return // do not keep huge arrays alive
	}
	b.cands = s.cands[:0]
	clear(b.keys) // the maps keep their room but no article's strings
	clear(b.strongAt)
	clear(b.cidx)
	clear(b.oidx)
	b.ws, b.blk, b.snt, b.bEnd, b.done, b.chN, b.chE, b.chK = s.ws[:0], s.blk, s.snt, s.bEnd, s.done, s.chN, s.chE, s.chK
	s.lowSeen = nil
	scanBufs.Put(b)
}

// layout computes per-word block and sentence indices.
func (s *actorScan) layout() {
	n := len(s.ws)
	s.blk = grow(s.buf.blk, n)
	s.snt = grow(s.buf.snt, n)
	s.bEnd = grow(s.buf.bEnd, n)
	s.done = grow(s.buf.done, n)
	s.hb = make([]bool, len(s.d.Blocks))
	bi, si := 0, 0
	for i := range s.ws {
		w := &s.ws[i]
		if s.l.wfAny.hasH(w.h) {
			w.f, _ = s.l.wf.get(w.h)
		}
		for bi < len(s.d.Blocks) && s.d.Blocks[bi].End <= w.start {
			bi++
		}
		if bi < len(s.d.Blocks) && s.d.Blocks[bi].Start <= w.start {
			s.blk[i] = int32(bi)
		} else {
			s.blk[i] = -1
		}
		for si < len(s.d.Sents) && s.d.Sents[si].End <= w.start {
			si++
		}
		if si < len(s.d.Sents) && s.d.Sents[si].Start <= w.start {
			s.snt[i] = int32(si)
		} else {
			s.snt[i] = -1
		}
	}
	for i := n - 1; i >= 0; i-- {
		if i == n-1 || s.blk[i+1] != s.blk[i] {
			s.bEnd[i] = int32(i + 1)
		} else {
			s.bEnd[i] = s.bEnd[i+1]
		}
	}
	// heading-like blocks
	for b := range s.d.Blocks {
		switch s.d.Blocks[b].Kind {
		case text.Title, text.Heading, text.TOCItem, text.TableHeader, text.TableRow, text.TableRule, text.DateLine:
			s.hb[b] = true
		}
	}
	// title-cased lines without final punctuation are headings too
	if s.buf.low == nil {
		s.buf.low = new(bloom)
	} else {
		clear(s.buf.low[:])
	}
	s.lowSeen = s.buf.low
	// One pass per block: count words and capitals, and collect the words
	// written in lower case; a block of more than 20 words is no heading,
	// so its words go to lowSeen at once, the others when the block is
	// known to be running text.
	var pend [20]uint64
	for i := 0; i < n; {
		b := s.blk[i]
		j := int(s.bEnd[i])
		if j <= i {
			j = i + 1
		}
		if b < 0 || s.hb[b] {
			i = j
			continue
		}
		words, caps, np := 0, 0, 0
		for k := i; k < j; k++ {
			w := &s.ws[k]
			if !w.is(text.Word) {
				continue
			}
			words++
			if w.capd() {
				caps++
			}
			if words == len(pend)+1 {
				for _, h := range pend[:np] {
					s.lowSeen.addH(h)
				}
				np = 0
			}
			if w.cls&(text.Cap|text.AllCaps) != 0 {
				continue
			}
			if k > i && k+1 < j && s.ws[k-1].capd() && s.low(k+1) == ":" {
				continue // a mis-cased name in a turn label ("Hossein farahani:")
			}
			if words > len(pend) {
				s.lowSeen.addH(w.h)
			} else {
				pend[np] = w.h
				np++
			}
		}
		last := s.low(j - 1)
		if words > 0 && words <= len(pend) && last != "." && last != "!" && last != "\"" && 3*caps >= 2*words {
			s.hb[b] = true
		} else {
			for _, h := range pend[:np] {
				s.lowSeen.addH(h)
			}
		}
		i = j
	}
}

// heading reports whether word i is in a heading-like block.
func (s *actorScan) heading(i int) bool {
	b := s.blk[i]
	return b >= 0 && s.hb[b]
}

// chunk finds, at each word, the longest lexicon phrase that starts there.
func (s *actorScan) chunk() {
	n := len(s.ws)
	s.chN = grow(s.buf.chN, n)
	s.chE = grow(s.buf.chE, n)
	s.chK = grow(s.buf.chK, n)
	max := s.l.maxWords
	if max > 8 {
		max = 8
	}
	for i := 0; i < n; i++ {
		if !s.ws[i].has(wFirst) || (!s.ws[i].is(text.Word) && !s.ws[i].poss) {
			continue
		}
		var h uint64
		end := int(s.bEnd[i])
		for k := 0; k < max && i+k < end; k++ {
			if k == 0 {
				h = s.ws[i].h
			} else {
				h = seqHash(h, s.ws[i+k].h)
			}
			nd, _ := s.l.phr.get(h)
			if nd == nil {
				break
			}
			if len(nd.entries) > 0 {
				if m := s.okMask(nd, i, k+1); m != 0 {
					s.chN[i], s.chE[i], s.chK[i] = uint8(k+1), nd, m
				}
			}
			if !nd.prefix {
				break
			}
		}
	}
}

// okMask is the set (bit 1<<kind) of the kinds of the meanings of nd that
// fit the case of words [i, i+n).
func (s *actorScan) okMask(nd *lexNode, i, n int) uint32 {
	var m uint32
	for k := range nd.entries {
		if s.caseOK(&nd.entries[k], i, n) {
			m |= 1 << nd.entries[k].kind
		}
	}
	return m
}

// caseOK applies the case rules of a lexicon entry to words [i, i+n).
func (s *actorScan) caseOK(e *lexEntry, i, n int) bool {
	if e.acronym {
		for k := i; k < i+n; k++ {
			w := &s.ws[k]
			if !w.is(text.Word) || w.is(text.AllCaps) {
				continue
			}
			if c := s.d.Norm[w.start]; c >= 'a' && c <= 'z' {
				return false // "us", not "US"
			}
			if hasLower(s.d.Norm[w.start:w.end]) {
				return false
			}
		}
		return true
	}
	if e.capital {
		last := &s.ws[i+n-1]
		if !last.capd() && !last.poss {
			return false
		}
		if n == 1 && s.low(i) == "the" {
			return false
		}
	}
	return true
}

// hasLower reports whether t has a lower-case letter.
func hasLower(t string) bool {
	for _, r := range t {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// entry returns the first meaning of the phrase at word i of one of the
// kinds, checked for case.
func (s *actorScan) entry(i int, kinds ...entryKind) (lexEntry, int, bool) {
	if i < 0 || i >= len(s.ws) || s.chE[i] == nil {
		return lexEntry{}, 0, false
	}
	var want uint32
	for _, k := range kinds {
		want |= 1 << k
	}
	if s.chK[i]&want == 0 {
		return lexEntry{}, 0, false
	}
	n := int(s.chN[i])
	for _, k := range kinds {
		for x := range s.chE[i].entries {
			en := &s.chE[i].entries[x]
			if en.kind == k && s.caseOK(en, i, n) {
				return *en, n, true
			}
		}
	}
	return lexEntry{}, 0, false
}

// isEntity reports whether a state, organization, metonym or person phrase
// starts at word i.
func (s *actorScan) isEntity(i int) bool {
	_, _, ok := s.entry(i, eCountry, eOrg, eMetonym, ePerson)
	return ok
}

// low is the lower-cased word i, or "" out of range.
func (s *actorScan) low(i int) string {
	if i < 0 || i >= len(s.ws) {
		return ""
	}
	return s.wlow(&s.ws[i])
}

// wlow is the lower-cased text of word w.
func (s *actorScan) wlow(w *word) string { return w.lowIn(s.d) }

// isVerb reports whether word i is a verb (or auxiliary) after a subject.
func (s *actorScan) isVerb(i int) bool {
	if i < 0 || i >= len(s.ws) {
		return false
	}
	w := s.ws[i]
	if !w.is(text.Word) {
		return false
	}
	if w.capd() && !w.is(text.AllCaps) {
		return false
	}
	if w.has(wVerb) {
		return true
	}
	lw := s.wlow(&w)
	return !w.capd() && len(lw) > 4 && strings.HasSuffix(lw, "ed") && !w.has(wNonname)
}

// subjectAfter reports whether the phrase ending before word j is the
// subject of a verb: "Russia has", "The U.S., on the other hand,
// maintains", "Russia and the United States are".
func (s *actorScan) subjectAfter(j int) bool {
	if j <= 0 || j >= len(s.ws) {
		return false
	}
	end := int(s.bEnd[j-1])
	if j >= end {
		return false
	}
	if s.ws[j].poss {
		return false
	}
	if s.low(j) == "," {
		if j+1 < end && s.l.speech[s.low(j+1)] && j >= 2 && s.low(j-2) == "," {
			return true // in apposition: "The UN mission, MINUSCA, said"
		}
		// a parenthetical between commas: "The U.S., on the other hand, maintains"
		if relativeWords[s.low(j+1)] {
			// "Qatar, which mediates, said": the relative's verb is its own
			w := s.low(j + 1)
			return (w == "which" || w == "who") && s.relVerb(j+2)
		}
		k := j + 1
		for ; k < end && k < j+7; k++ {
			if s.low(k) == "," {
				break
			}
			if s.low(k) == "." || s.low(k) == ";" {
				return false
			}
		}
		if k >= end || k >= j+7 || k == j+1 || strings.HasSuffix(s.low(k+1), "ing") {
			return false
		}
		// "Name, the title, said": an apposition is handled by the caller
		j = k + 1
	}
	// coordination: "Russia and the United States are"
	j0 := j
	for r := 0; r < 2 && j < end && (s.low(j) == "and" || s.low(j) == "or"); r++ {
		k := j + 1
		if s.low(k) == "the" && k+1 < end {
			k++
		}
		if _, n, ok := s.entry(k, eCountry, eOrg, eMetonym, eGroup, ePerson, eCapital); ok {
			j = k + n
			continue
		}
		if k < len(s.ws) && s.looksName(k) {
			if ne, ok := s.parseNameEnd(k, false); ok {
				j = ne
				continue
			}
		}
		return false
	}
	if j > j0 && j < end && s.low(j) == "," {
		// "Qatar and Egypt, which mediate between the two, said"
		if w := s.low(j + 1); (w == "which" || w == "who") && s.relVerb(j+2) {
			return true
		}
		return false
	}
	for r := 0; r < 2 && j < end && strings.HasSuffix(s.low(j), "ly") && !s.ws[j].has(wVerb); r++ {
		j++
	}
	if j < end && (s.low(j) == "itself" || s.low(j) == "themselves") {
		return true
	}
	return j < end && s.isVerb(j)
}

// relVerb reports whether word k, after "which" or "who", is a full verb
// the relative's antecedent does ("which mediate", "who said"), not an
// auxiliary or a form of "be" that only describes it.
func (s *actorScan) relVerb(k int) bool {
	w := s.low(k)
	if beForms[w] || modals[w] || auxiliaries[w] {
		return false
	}
	if s.isVerb(k) {
		return true
	}
	// a word in -s or -ed right after "which"/"who" is its verb: "which
	// handles defence", "who heads the council"
	if k >= len(s.ws) || !s.ws[k].is(text.Word) || s.ws[k].capd() || s.ws[k].has(wFunction|wDeterminer) || len(w) < 4 {
		return false
	}
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us")
}

// speaksAfter reports whether a verb of saying follows word j, perhaps
// after an auxiliary or an adverb: "analysts suggest", "sources have said".
func (s *actorScan) speaksAfter(j int) bool {
	end := len(s.ws)
	if j > 0 {
		end = int(s.bEnd[j-1])
	}
	passive := false
	for k := j; k < end && k < j+3; k++ {
		w := s.low(k)
		if s.l.speech[w] {
			return !passive
		}
		if beForms[w] {
			passive = true
		}
		if !(s.l.verbs[w] && !modals[w]) && !strings.HasSuffix(w, "ly") {
			return false
		}
	}
	return false
}

// evidence classifies the mention in words [i, j) of a state, an
// organization or a group.
func (s *actorScan) evidence(i, j int) int {
	end := int(s.bEnd[i])
	p := i - 1
	if p >= 0 && s.blk[p] == s.blk[i] && s.low(p) == "the" {
		p--
	}
	if p >= 0 && s.blk[p] == s.blk[i] && locativePreps[s.low(p)] {
		return evWeak
	}
	if s.low(p) == "to" && s.low(p-1) == "according" {
		return evStrong
	}
	if s.subjectAfter(j) {
		return evStrong
	}
	if j < end && (s.ws[j].poss || s.low(j) == "itself") {
		return evStrong
	}
	if p < 0 || s.blk[p] != s.blk[i] {
		return s.modifier(j, end, evMedium)
	}
	pl := s.low(p)
	switch {
	case locativePreps[pl]:
		return evWeak
	case pl == "like" || (pl == "as" && s.low(p-1) == "such"):
		return evWeak
	case pl == "to" || pl == "from":
		for k := p - 1; k >= 0 && k >= p-3 && s.blk[k] == s.blk[i]; k-- {
			if motionWords[s.low(k)] {
				return evWeak
			}
		}
	case pl == "and" || pl == "or" || pl == ",":
		if s.lastEntEnd == p || (s.lastEntEnd == p-1 && s.low(p-1) == ",") {
			if s.lastEntEv == evWeak {
				return evWeak
			}
		}
	case pl == "according" || (pl == "to" && s.low(p-1) == "according"):
		return evStrong
	}
	return s.modifier(j, end, evMedium)
}

// modifier returns evWeak when the word at j makes the phrase before it a
// noun modifier ("Ukraine war", "US policy"), else ev.
func (s *actorScan) modifier(j, end, ev int) int {
	if j >= end {
		return ev
	}
	w := s.ws[j]
	if !w.is(text.Word) || w.has(wFunction) || s.isVerb(j) || s.isEntity(j) {
		return ev
	}
	if _, _, ok := s.entry(j, eColl, eHead); ok {
		return ev
	}
	if outletNouns[s.low(j)] || s.low(j) == "news" && outletNouns[s.low(j+1)] {
		return ev // "the TASS news agency" is the outlet itself
	}
	return evWeak
}

// outletNouns are the lower-case nouns that describe a news outlet
// around its name: "state television EBC", "the Novosti agency".
var outletNouns = setOf("agency", "television", "tv", "radio", "broadcaster", "newspaper", "daily", "weekly", "channel", "site", "website", "portal", "outlet")

// webNouns are the outlet nouns that describe a news outlet after its
// name only with "news": "the Meduza news site", not "the CEA website".
var webNouns = setOf("site", "website", "portal", "outlet")

// stateRun are the adjectives of ownership that may describe a news
// outlet just before its name: "the state-run Global New Light of Myanmar".
var stateRun = setOf("state-run", "state-owned", "state-controlled", "government-run", "government-owned", "pro-government", "pro-kremlin")

// outletShape finds a news outlet the lexicon does not know by the noun
// that describes it: a descriptor before capitalised words ("state
// television EBC", "the news agency Petra", "the daily Vecer") or after
// them ("the Novosti Pridnestrovya agency"). Its state comes from the
// context, as for other organizations found by shape.
func (s *actorScan) outletShape(i int) int {
	if w := &s.ws[i]; !w.has(wShape) && s.chE[i] == nil && !(w.has(wDeterminer) && s.low(i) == "the") && !(i > 0 && s.ws[i-1].has(wShape)) {
		return i // the cheap test first: most words open no outlet
	}
	end := int(s.bEnd[i])
	if s.heading(i) {
		return i
	}
	readName := func(k int) int {
		m := k
		for m < end && m < k+3 && s.ws[m].is(text.Word) && (s.ws[m].capd() || s.ws[m].is(text.AllCaps)) &&
			!s.ws[m].has(wFunction|wDeterminer|wNonname) && !s.namedAt(m) && !s.ws[m].poss {
			m++
		}
		return m
	}
	var ns, ne int
	dn := 0 // the descriptor's length when it comes first
	if _, n, ok := s.entry(i, eBody); ok && n > 1 && outletNouns[s.low(i+n-1)] && !s.ws[i].capd() {
		dn = n // "state television EBC"
	} else if outletNouns[s.low(i)] && !s.ws[i].capd() {
		if p := s.low(i - 1); p == "state" || p == "news" || p == "the" || p == "public" || p == "national" || p == "private" || p == "state-run" || p == "state-owned" || p == "independent" {
			dn = 1
		}
	}
	switch {
	case dn == 0 && i > 0 && s.blk[i-1] == s.blk[i] && stateRun[s.low(i-1)] && s.ws[i].capd() && !s.namedAt(i):
		// "the state-run Global New Light of Myanmar"
		ns, ne = i, s.outletName(i, end)
		if ne == ns || ne < end && s.snt[ne] == s.snt[i] && (s.ws[ne].capd() || s.ws[ne].poss) || !s.reportsNear(i-1, ne) {
			return i
		}
	case dn > 0 && i+dn < end:
		// descriptor first: the name follows and ends before a lower-case
		// word or punctuation
		ns = i + dn
		ne = s.outletName(ns, end)
		if ne == ns || ne < end && s.snt[ne] == s.snt[ns] && (s.ws[ne].capd() || s.ws[ne].poss) {
			return i
		}
	case s.low(i) == "the" && i+2 < end:
		ns = i + 1
		ne = readName(ns)
		if ne == ns || ne >= end {
			return i
		}
		k := ne
		if s.low(k) == "news" {
			k++
		}
		if k >= end || !outletNouns[s.low(k)] || s.ws[k].capd() || webNouns[s.low(k)] && s.low(k-1) != "news" {
			return i // "the CEA website" is no outlet; "the Kloop news site" is
		}
		if ne-ns == 1 && s.ws[ns].is(text.AllCaps) && len(s.d.Norm[s.ws[ns].start:s.ws[ns].end]) < 2 {
			return i
		}
		// the outlet acts: it is told, quoted or reports
		if !s.reportsNear(i, k+1) {
			return i
		}
	default:
		return i
	}
	if dn > 0 && !s.reportsNear(i, ne) {
		return i
	}
	name := s.a.orig(s.ws[ns].start, s.ws[ne-1].end)
	ai := s.actor("m:"+strings.ToLower(name), diplo.Media, name, "")
	r := &s.a.actors[ai]
	r.guess = true
	if r.tsent < 0 {
		r.tsent = int(s.snt[ns])
	}
	s.mention(ns, ne, ai, diplo.ByName)
	s.addEvidence(ai, evStrong)
	s.consume(i, ne)
	return ne
}

// outletName is the end of an outlet's name starting at word i after a
// descriptor ("the state broadcaster Tele Sahel", "the state-run Global
// New Light of Myanmar"): up to five capitalised words, which may be words
// of no person's name or, after the first, a place; then "of" and one
// capitalised word may close it.
func (s *actorScan) outletName(i, end int) int {
	ne := i
	if s.namedAt(i) {
		return i
	}
	for ne < end && ne < i+5 && s.snt[ne] == s.snt[i] && s.ws[ne].is(text.Word) && (s.ws[ne].capd() || s.ws[ne].is(text.AllCaps)) &&
		!s.ws[ne].has(wFunction|wDeterminer) && !s.ws[ne].poss {
		ne++
	}
	if ne > i+1 && ne+1 < end && s.low(ne) == "of" && s.ws[ne+1].is(text.Word) && s.ws[ne+1].capd() && !s.ws[ne+1].poss &&
		(ne+2 >= end || s.snt[ne+2] != s.snt[ne] || !s.ws[ne+2].capd()) {
		ne += 2 // "Global New Light of Myanmar"
	}
	return ne
}

// reportsNear reports whether words [i, j) are an outlet used as a channel
// or a source: after "told", "to", "by", "according to", or before a verb
// of saying.
func (s *actorScan) reportsNear(i, j int) bool {
	for k := i - 1; k >= 0 && k >= i-3 && s.blk[k] == s.blk[i]; k-- {
		switch s.low(k) {
		case "told", "tells", "tell", "telling", "by":
			return true
		case "to", "in", "on", "with":
			// "speaking to", "according to", "said on", "an interview with"
			p := s.low(k - 1)
			return k > 0 && s.blk[k-1] == s.blk[i] && (s.l.speech[p] || p == "speaking" || p == "talking" || p == "according" || p == "interview" || p == "appearing")
		}
		if w := s.low(k); w != "state" && w != "the" && w != "news" && w != "a" {
			break
		}
	}
	return s.speaksAfter(j)
}

// actor returns the index of the actor with key k, creating it.
func (s *actorScan) actor(k string, kind diplo.ActorKind, name, iso string) int {
	if i, ok := s.keys[k]; ok {
		return i
	}
	s.a.actors = append(s.a.actors, actorRec{key: k, kind: kind, name: name, country: iso, first: -1, merged: -1, tsent: -1})
	s.keys[k] = len(s.a.actors) - 1
	return len(s.a.actors) - 1
}

// countryIdx is the actor of the state with the ISO code, created on first use.
func (s *actorScan) countryIdx(iso string) int {
	if i, ok := s.cidx[iso]; ok {
		return i
	}
	i := s.actor("c:"+iso, diplo.Country, s.l.countries[iso], iso)
	s.cidx[iso] = i
	return i
}

// orgIdx is the actor of lexicon organization o, created on first use.
func (s *actorScan) orgIdx(o int) int {
	if i, ok := s.oidx[o]; ok {
		return i
	}
	oe := s.l.orgs[o]
	i := s.actor("o:"+strings.ToLower(oe.name), oe.kind, oe.name, oe.country)
	s.oidx[o] = i
	return i
}

// entityIdx is the actor a state/organization/metonym entry names.
func (s *actorScan) entityIdx(en lexEntry) int {
	switch {
	case en.kind == eOrg || (en.kind == eMetonym && en.org >= 0):
		return s.orgIdx(en.org)
	case en.kind == ePerson:
		p := s.l.people[en.person]
		i := s.actor("p:"+strings.ToLower(p.name), diplo.Person, p.name, p.country)
		r := &s.a.actors[i]
		for _, t := range p.titles {
			r.titles = addTitle(r.titles, t)
		}
		return i
	case en.iso != "":
		return s.countryIdx(en.iso)
	}
	return -1
}

// mention records a candidate mention of actor ai over words [i, j).
func (s *actorScan) mention(i, j, ai int, kind diplo.MentionKind) {
	if ai < 0 || i >= j {
		return
	}
	s.cands = append(s.cands, mention{start: s.ws[i].start, end: s.ws[j-1].end, actor: ai, kind: kind})
	for k := i; k < j; k++ {
		s.done[k] = true
	}
}

// consume marks words [i, j) as used by a pattern.
// emit records tokens i..j as a mention of actor ai made as kind, with
// its evidence, unless the evidence is weak: then it only consumes tokens
// from..j. It returns j, where scanning resumes.
func (s *actorScan) emit(i, j, from, ai int, kind diplo.MentionKind) int {
	ev := s.evidence(i, j)
	if ev == evWeak {
		s.consume(from, j)
		return j
	}
	s.mention(i, j, ai, kind)
	s.addEvidence(ai, ev)
	s.lastEntEnd, s.lastEntEv = j, ev
	return j
}

func (s *actorScan) consume(i, j int) {
	for k := i; k < j && k < len(s.done); k++ {
		s.done[k] = true
	}
}

// addEvidence adds one mention's evidence to actor ai.
func (s *actorScan) addEvidence(ai, ev int) {
	if ai < 0 {
		return
	}
	switch ev {
	case evStrong:
		s.a.actors[ai].strong++
	case evMedium:
		s.a.actors[ai].medium++
	}
}

// scan runs the patterns over every block.
func (s *actorScan) scan() {
	n := len(s.ws)
	for i := 0; i < n; {
		if s.done[i] || (s.chE[i] == nil && !s.ws[i].capd() && !s.ws[i].has(wShape)) {
			i++
			continue
		}
		if j := s.tryAt(i); j > i {
			i = j
			continue
		}
		i++
	}
}

// tryAt tries the patterns at word i and returns the word after what it
// consumed, or i.
func (s *actorScan) tryAt(i int) int {
	if s.chE[i] == nil && s.ws[i].has(wDeterminer) && (i+1 >= len(s.ws) || s.chE[i+1] == nil) {
		return i // every pattern after a determiner starts with a lexicon phrase
	}
	if s.chK[i] == 1<<ePronoun {
		s.prons = append(s.prons, i) // a pronoun starts no other pattern
		return i + int(s.chN[i])
	}
	if j := s.homeGovernment(i); j > i {
		return j
	}
	if j := s.outletShape(i); j > i {
		return j
	}
	if s.chE[i] == nil && !s.ws[i].has(wDeterminer) {
		// no lexicon phrase starts here: only informants described by
		// their access ("two people briefed on the talks") or a name by
		// its shape can
		if j := s.familiarGroup(i); j > i {
			return j
		}
		if !s.ws[i].capd() {
			return i
		}
		if j := s.shapeOrg(i); j > i {
			return j
		}
		if j := s.acronymOrg(i); j > i {
			return j
		}
		if j := s.hyphenStates(i); j > i {
			return j
		}
		return s.shapeName(i)
	}
	if j := s.familiarGroup(i); j > i {
		return j
	}
	if j := s.collective(i); j > i {
		return j
	}
	if j := s.titled(i); j > i {
		return j
	}
	if j := s.army(i); j > i {
		return j
	}
	if j := s.body(i); j > i {
		return j
	}
	if j := s.honorific(i); j > i {
		return j
	}
	if en, n, ok := s.entry(i, ePerson); ok {
		ai := s.entityIdx(en)
		s.mention(i, i+n, ai, diplo.ByName)
		s.personEvidence(ai, i+n)
		return i + n
	}
	if j := s.placeGiven(i); j > i {
		return j
	}
	if en, n, ok := s.entry(i, eCountry, eOrg, eMetonym, eGroup, eCapital, ePlace, ePronoun); ok {
		return s.entity(i, n, en)
	}
	if en, n, ok := s.entry(i, eAdj); ok {
		s.signal(i, en.iso, 2)
		return i + n
	}
	if j := s.officialsIn(i); j > i {
		return j
	}
	if j := s.shapeName(i); j > i {
		return j
	}
	return i
}

// army finds a state's army named by the state: "Sudan's army", "the
// Sudanese military", when the lexicon knows that state's armed forces
// ("Sudanese Armed Forces").
func (s *actorScan) army(i int) int {
	st := i
	if s.low(i) == "the" {
		i++
	}
	en, n, ok := s.entry(i, eCountry, eAdj)
	if !ok || en.iso == "" {
		return st
	}
	o, ok := s.l.armies[en.iso]
	if !ok {
		return st
	}
	end := int(s.bEnd[i])
	j := i + n
	if j < end && s.ws[j].poss && en.kind == eCountry {
		j++
	}
	switch {
	case j < end && (s.low(j) == "army" || s.low(j) == "military"):
		j++
	case j+1 < end && s.low(j) == "armed" && s.low(j+1) == "forces":
		j += 2
	default:
		return st
	}
	return s.emit(i, j, st, s.orgIdx(o), diplo.ByAlias)
}

// entity handles a state, organization, metonym, group, place or pronoun
// phrase at words [i, i+n).
func (s *actorScan) entity(i, n int, en lexEntry) int {
	j := i + n
	switch en.kind {
	case eCountry, eOrg:
		if s.credit(i, j) {
			s.consume(i, j)
			return j
		}
		ai := s.entityIdx(en)
		if s.low(i) == "the" {
			i++ // the mention is the name; "the" stays out
		}
		ev := s.evidence(i, j)
		if ev != evWeak {
			s.mention(i, j, ai, diplo.ByName)
			if ev == evStrong {
				s.strongAt[s.ws[i].start] = true
			}
		} else {
			s.consume(i, j)
		}
		s.addEvidence(ai, ev)
		if en.kind == eCountry {
			s.signal(i, en.iso, ev)
		} else if ev == evStrong && en.org >= 0 && en.org < len(s.l.orgs) {
			// a national body that acts names its state: "Transnistria's
			// chief negotiator"
			if o := s.l.orgs[en.org]; o.kind == diplo.Organization && o.country != "" {
				s.signal(i, o.country, 2)
			}
		}
		s.lastEntEnd, s.lastEntEv = j, ev
	case eMetonym:
		ai := s.entityIdx(en)
		ev := s.evidence(i, j)
		if ev != evWeak {
			s.mention(i, j, ai, diplo.ByMetonym)
			s.addEvidence(ai, ev)
		} else {
			s.consume(i, j)
		}
		s.lastEntEnd, s.lastEntEv = j, ev
	case eCapital:
		// a capital is a place unless it acts: a dateline, "in Moscow" or
		// "Moscow State University" is not the government
		end := int(s.bEnd[i])
		if j < end && s.low(j) == "," && i > 0 && s.low(i-1) == "in" && (i-1 == 0 || s.snt[i-2] != s.snt[i-1]) {
			// "In Bogotá, Defence Minister X warned": the officials of
			// the sentence are that state's
			s.signal(i, en.iso, 2)
		}
		if j < end && s.ws[j].capd() && s.ws[j].is(text.Word) {
			s.consume(i, j)
			return j
		}
		if s.blk[i] >= 0 && s.ws[i].start == s.d.Blocks[s.blk[i]].Body.Start && j < end && (s.low(j) == "," || dashWord(s.low(j))) {
			// a dateline: "MONTEVIDEO, May 28 -", "SUVA - ..."
			if s.dateISO == "" && s.blk[i] < 8 && s.ws[i].is(text.AllCaps) {
				s.dateISO = en.iso
			}
			s.consume(i, j)
			return j
		}
		ev := s.evidence(i, j)
		pl := s.low(i - 1)
		if ev == evStrong || (ev == evMedium && (pl == "between" || pl == "with" || pl == "by" || pl == "and")) {
			ai := s.countryIdx(en.iso)
			s.mention(i, j, ai, diplo.ByMetonym)
			s.addEvidence(ai, ev)
			s.signal(i, en.iso, ev)
		} else {
			s.consume(i, j)
		}
	case ePlace:
		s.consume(i, j)
	case eGroup:
		name := en.name
		if sf := s.a.orig(s.ws[i].start, s.ws[j-1].end); len(sf)+1 == len(name) && strings.EqualFold(sf+"s", name) {
			name = name[:len(sf)] // "a Western diplomat": the group is named as written, in the singular
		}
		ai := s.actor("g:"+strings.ToLower(en.name), diplo.Group, name, "")
		if name == en.name {
			s.a.actors[ai].name = name // a plural mention names the group in the plural
		}
		ev := s.evidence(i, j)
		// a group speaks as a subject: not "from other sources", not
		// the advice "diplomats should"
		p := i - 1
		for p >= 0 && p > i-4 && quantifiers[s.low(p)] {
			p--
		}
		me := j
		if prepositions[s.low(p)] && !(s.low(p) == "to" && s.low(p-1) == "according") {
			ev = evMedium
		} else if !s.speaksAfter(j) && !(s.low(p) == "to" && s.low(p-1) == "according") {
			if e, ok := s.groupSpeaks(j); ok {
				ev, me = evStrong, e
			} else if ev == evStrong {
				ev = evMedium
			}
		}
		if ev == evStrong {
			s.mention(i, me, ai, diplo.ByName)
			s.addEvidence(ai, ev)
		} else {
			s.consume(i, j)
		}
	case ePronoun:
		s.prons = append(s.prons, i)
	}
	return j
}

// groupSpeaks reports whether a verb of saying follows a group's noun
// ending before word j across a short place phrase ("Analysts in the
// region believe") or an aside between commas ("two Western diplomats,
// speaking on condition of anonymity, said"). It returns the end of the
// group's mention (with the place phrase).
func (s *actorScan) groupSpeaks(j int) (int, bool) {
	if j <= 0 || j >= len(s.ws) {
		return j, false
	}
	end := int(s.bEnd[j-1])
	switch w := s.low(j); {
	case w == "in" || w == "at" || w == "from" || w == "across" || w == "around":
		for k := j + 2; k < end && k <= j+5; k++ {
			if s.low(k-1) == "," && k-1 > j+1 {
				// "a Western diplomat in Amman, who asked not to be
				// named, said": the place phrase, then an aside
				if _, ok := s.groupSpeaks(k - 1); ok {
					return k - 1, true
				}
				return j, false
			}
			if !s.ws[k-1].is(text.Word) {
				return j, false
			}
			if s.speaksAfter(k) {
				return k, true
			}
		}
	case w == "who" || w == "that":
		// "A Western diplomat who asked not to be named said"
		for k := j + 2; k < end && k <= j+9; k++ {
			if !s.ws[k-1].is(text.Word) {
				return j, false
			}
			if s.speaksAfter(k) {
				return j, true
			}
		}
	case w == ",":
		for k := j + 2; k < end && k <= j+10; k++ {
			if s.low(k) == "," {
				if s.speaksAfter(k + 1) {
					return j, true
				}
				return j, false
			}
			if !s.ws[k].is(text.Word) {
				return j, false
			}
		}
	}
	return j, false
}

// familiarNouns are the nouns of unnamed informants described by what
// they know: "officials familiar with the negotiations".
var familiarNouns = setOf("officials", "official", "sources", "source", "people", "person", "diplomats", "diplomat", "delegates", "delegate", "insiders", "insider")

// familiarGroup finds informants described by their access: "two
// officials familiar with the negotiations", "sources close to the
// talks", "a diplomat briefed on the discussions". They are a group named
// by the noun and its complement; a quantifier before it stays out of the
// name.
func (s *actorScan) familiarGroup(i int) int {
	if !s.ws[i].has(wShape) || !familiarNouns[s.low(i)] {
		return i
	}
	if _, n, ok := s.entry(i, eGroup); ok && n > 1 {
		return i // the lexicon knows the phrase: "sources familiar with the matter"
	}
	end := int(s.bEnd[i])
	k := i + 1
	switch s.low(k) {
	case "familiar":
		if s.low(k+1) != "with" {
			return i
		}
	case "close":
		if s.low(k+1) != "to" {
			return i
		}
	case "briefed":
		if s.low(k+1) != "on" {
			return i
		}
	default:
		return i
	}
	k += 2
	if k < end && (s.low(k) == "the" || s.low(k) == "these" || s.low(k) == "those") {
		k++
	}
	j := k
	for j < end && j < k+3 && s.ws[j].is(text.Word) && !s.ws[j].capd() && !prepositions[s.low(j)] &&
		!s.ws[j].has(wFunction|wDeterminer) && s.low(j) != "and" && s.low(j) != "who" {
		if s.ws[j].has(wVerb) || s.isVerb(j) {
			// a noun that is also a verb form ("the talks") ends the phrase
			if n := s.low(j + 1); j+1 < end && s.ws[j+1].is(text.Word) && n != "who" && n != "that" && !s.speaksAfter(j+1) {
				break
			}
			j++
			break
		}
		j++
	}
	if j == k {
		return i
	}
	name := strings.ToLower(s.a.orig(s.ws[i].start, s.ws[j-1].end))
	ai := s.actor("g:"+name, diplo.Group, name, "")
	p := i
	for p-1 >= 0 && p > i-3 && s.blk[p-1] == s.blk[i] && (quantifiers[s.low(p-1)] || s.ws[p-1].is(text.Number) || s.low(p-1) == "an") {
		p--
	}
	ev := s.evidence(p, j)
	if ev != evStrong {
		if _, ok := s.groupSpeaks(j); ok {
			ev = evStrong
		}
	}
	if ev == evStrong {
		s.mention(p, j, ai, diplo.ByName)
		s.addEvidence(ai, ev)
	} else {
		s.consume(i, j)
	}
	return j
}

// dashWord reports whether w is a hyphen or dash standing alone.
func dashWord(w string) bool {
	switch w {
	case "-", "--", "\u2013", "\u2014":
		return true
	}
	return false
}

// credit reports whether words [i, j) are a wire agency's credit in a
// dateline, "GENEVA, March 4 (Reuters) -": the author, not an actor.
func (s *actorScan) credit(i, j int) bool {
	if s.low(i-1) != "(" || s.low(j) != ")" {
		return false
	}
	switch s.low(j + 1) {
	case "-", "--", "\u2013", "\u2014":
	default:
		return false
	}
	b := s.blk[i]
	return b >= 0 && s.ws[i].start-s.d.Blocks[b].Body.Start < 80
}

// collective finds unnamed officials of a state or organization: "senior
// Russian officials", "the Ukrainian delegation", "European Union
// officials", "Russian and U.S. representatives".
func (s *actorScan) collective(i int) int {
	end := int(s.bEnd[i])
	j := i
	for r := 0; r < 3 && j < end; r++ {
		if _, n, ok := s.entry(j, ePre); ok {
			j += n
			continue
		}
		if _, n, ok := s.entry(j, eMod); ok && s.low(j) != "former" {
			j += n
			continue
		}
		break
	}
	type part struct {
		s, e, ai int
	}
	var parts [4]part
	np := 0
	for np < len(parts) && j < end {
		en, n, ok := s.entry(j, eAdj, eCountry, eOrg, eMetonym)
		if !ok || en.kind == eCapital {
			break
		}
		ps := j
		if s.low(j) == "the" && n > 1 {
			ps = j + 1
		}
		parts[np] = part{ps, j + n, s.entityIdx(en)}
		np++
		j += n
		if j < end && s.ws[j].poss {
			j++
		}
		if j+1 < end && (s.low(j) == "and" || s.low(j) == ",") {
			if _, _, ok := s.entry(j+1, eAdj, eCountry, eOrg, eMetonym); ok {
				j++
				continue
			}
		}
		break
	}
	if np == 0 {
		return i
	}
	if _, n, ok := s.entry(j, ePre); ok && j+n < end {
		j += n
	}
	cn := 0
	if _, n, ok := s.entry(j, eColl); ok {
		cn = n
	} else if en, n, ok := s.entry(j, eHead); ok && collectiveish[en.name] && (s.low(i) == "a" || s.low(i) == "an") {
		cn = n
	} else {
		// one or two plain words before the noun: "Chinese coast guard
		// officials", "Polish and Belarusian border guard commanders"
		for m := j; m < end && m < j+2; m++ {
			w := &s.ws[m]
			if !w.is(text.Word) || w.capd() || s.chE[m] != nil || w.has(wFunction|wVerb|wDeterminer) || s.isVerb(m) {
				break
			}
			if _, n, ok := s.entry(m+1, eColl); ok && strings.HasSuffix(s.low(m+n), "s") && s.low(m+n) != "sources" {
				j, cn = m+1, n
				break
			}
		}
	}
	if cn == 0 {
		return i
	}
	k := j + cn
	// a title head after the noun makes it part of a title ("the Colombian
	// delegation head, Pedro Ruiz")
	if _, hn, ok := s.entry(k, eHead); ok && k+hn < end && !s.ws[k].capd() && s.low(i) != "a" && s.low(i) != "an" &&
		(s.low(k+hn) == "," || s.ws[k+hn].capd() && s.ws[k+hn].is(text.Word)) {
		return i
	}
	// a name after the noun makes it a title ("Russian diplomat Ivan Petrov")
	if k < end && s.ws[k].capd() && s.ws[k].is(text.Word) && !s.ws[k].has(wNonname) && s.chE[k] == nil {
		return i
	}
	if k < end && s.ws[k].poss {
		k++
	}
	for x := 0; x < np; x++ {
		if parts[x].ai < 0 {
			return i
		}
	}
	for x := 0; x < np; x++ {
		s.signal(i, s.a.actors[parts[x].ai].country, 2)
	}
	if np == 1 {
		s.mention(i, j+cn, parts[0].ai, diplo.ByAlias)
		s.addEvidence(parts[0].ai, evStrong)
		if r := &s.a.actors[parts[0].ai]; r.kind == diplo.Organization {
			// "EU interior ministers": the organization's own form is used too
			r.extra = mergeStrings(r.extra, []string{s.a.orig(s.ws[parts[0].s].start, s.ws[parts[0].e-1].end)})
		}
	} else {
		for x := 0; x < np; x++ {
			s.mention(parts[x].s, parts[x].e, parts[x].ai, diplo.ByAlias)
			s.addEvidence(parts[x].ai, evStrong)
		}
		s.consume(i, j+cn)
	}
	s.lastEntEnd, s.lastEntEv = j+cn, evStrong
	return j + cn
}

// officialsIn finds "officials in Seoul", "diplomats from Russia": unnamed
// officials placed in a state's capital speak for it.
func (s *actorScan) officialsIn(i int) int {
	_, n, ok := s.entry(i, eColl)
	if !ok {
		return i
	}
	k := i + n
	if p := s.low(k); p != "in" && p != "from" {
		return i
	}
	en, cn, ok := s.entry(k+1, eCapital, eCountry)
	if !ok || en.iso == "" {
		return i
	}
	if s.owned(i) {
		return i // "the agency's team in Vienna", "Platform representatives in Bogota"
	}
	st := i
	for st > 0 && st > i-3 && s.blk[st-1] == s.blk[i] && !s.done[st-1] {
		if _, _, ok := s.entry(st-1, ePre); !ok {
			break
		}
		st--
	}
	ai := s.countryIdx(en.iso)
	ev := evMedium
	if s.subjectAfter(k + 1 + cn) {
		ev = evStrong
	}
	s.mention(st, k+1+cn, ai, diplo.ByAlias)
	s.addEvidence(ai, ev)
	s.signal(i, en.iso, 2)
	return k + 1 + cn
}

// recentOwner is the state of the organization or state named last
// before word i (within a bounded window), for "its"/"their".
func (s *actorScan) recentOwner(i int) string {
	lo := s.ws[max(0, i-80)].start
	for k := len(s.cands) - 1; k >= 0 && k >= len(s.cands)-20; k-- {
		c := s.cands[k]
		if c.start < lo {
			break
		}
		if c.start >= s.ws[i].start || c.actor < 0 || c.actor >= len(s.a.actors) {
			continue
		}
		r := &s.a.actors[c.actor]
		if r.kind == diplo.Organization || r.kind == diplo.Country {
			return r.country
		}
	}
	return ""
}

// owned reports whether the noun phrase whose head starts at word i has an
// owner or a name before it ("the agency's team", "Unitary Platform
// representatives", "safeguards team"), so that a place after it only
// locates it.
func (s *actorScan) owned(i int) bool {
	p := i - 1
	if p < 0 || s.blk[p] != s.blk[i] {
		return false
	}
	if _, _, ok := s.entry(p, ePre); ok {
		return false
	}
	w := &s.ws[p]
	if w.poss {
		return true
	}
	if !w.is(text.Word) || w.has(wFunction|wDeterminer) || s.isVerb(p) || w.is(text.Number) {
		return false
	}
	if p > 0 && s.snt[p-1] != s.snt[p] && w.capd() {
		return false // a capitalised sentence start
	}
	return true
}

// parseTitle parses a title phrase at word i: "Deputy Foreign Minister",
// "Russia's ambassador to Washington", "the Kremlin spokesperson", "U.S.
// President". In apposition (appos) role nouns ("expert") and evaluative
// adjectives are allowed too.
func (s *actorScan) parseTitle(i int, appos bool) titleInfo {
	t := titleInfo{s: i, ts: i, org: -1}
	if i < 0 || i >= len(s.ws) {
		return t
	}
	end := int(s.bEnd[i])
	j := i
	if j < end && s.ws[j].has(wDeterminer) && !(s.chE[j] != nil && s.chN[j] > 1) {
		t.det = s.low(j)
		j++
		t.ts = j
	}
	if !appos && t.det == "" && i > 0 && s.blk[i-1] == s.blk[i] && (s.low(i-1) == "its" || s.low(i-1) == "their") {
		t.iso = s.recentOwner(i - 1) // "Its adviser Ibrahim Nour"
	}
	if t.det == "the" && j+1 < end && stateNouns[s.low(j)] && s.ws[j+1].poss {
		// "the country's foreign minister": the state named last
		if iso := s.recentOwner(i); iso != "" {
			t.iso = iso
			j += 2
			t.ts = j
		}
	}
	if appos && j < end && (s.low(j) == "his" || s.low(j) == "her") && t.det == "" {
		j++
		t.ts = j
	}
	lastHead := -1
	former := false
	for steps := 0; steps < 10 && j < end; steps++ {
		if en, n, ok := s.entry(j, eHead); ok && !(lastHead < 0 && s.isDomainBeforeHead(j, n)) {
			if lastHead >= 0 && nobleHeads[en.name] && s.ws[j].capd() {
				break // "Saudi Energy Minister Prince Faisal": a second title
			}
			t.head, t.gender, t.role = en.name, en.gender, false
			t.leader = en.leader
			if en.iso != "" && t.iso == "" {
				t.iso, t.defISO = en.iso, true
			}
			if lastHead < 0 && j == t.ts && n == 1 {
				t.bare = true
			} else {
				t.bare = false
			}
			j += n
			lastHead = j
			continue
		}
		if appos {
			if en, n, ok := s.entry(j, eRole); ok {
				t.head, t.gender, t.bare, t.role = en.name, en.gender, false, true
				j += n
				lastHead = j
				continue
			}
		}
		if lastHead >= 0 {
			break
		}
		if en, n, ok := s.entry(j, eCountry, eAdj, eMetonym, eOrg); ok && en.kind != eCapital {
			if t.iso == "" {
				t.iso = en.iso
				if en.kind == eOrg || (en.kind == eMetonym && en.org >= 0) {
					t.org = en.org
					t.iso = s.l.orgs[en.org].country
					if iso := s.namedBody(en.org); iso != "" {
						// "Pakistan's Foreign Office said ... Foreign Office
						// spokesperson": the state's body named before
						t.org, t.iso = -1, iso
					}
				}
			}
			first := j == t.ts
			j += n
			if j < end && s.ws[j].poss {
				j++
				if first && (en.kind == eCountry || en.kind == eOrg) {
					t.ts = j
				}
			}
			continue
		}
		if _, n, ok := s.entry(j, eMod, eDomain, eBody, eColl); ok {
			if s.low(j) == "former" || s.low(j) == "ex" || s.low(j) == "deputy" || s.low(j) == "vice" {
				former = true
			}
			j += n
			if j+1 < end && s.ws[j].poss && (n > 1 || j-n > t.ts) && s.headAt(j+1) > 0 {
				j++ // "the Spanish foreign ministry's spokeswoman"
			}
			continue
		}
		if w := s.ws[j]; (t.iso != "" || t.org >= 0 || appos) && w.is(text.Word) && !w.capd() && s.chE[j] == nil && !w.has(wFunction) && !s.isVerb(j) && s.headWithin(j+1, end, 3) {
			// "Russia's sovereign wealth fund chief"
			j++
			continue
		}
		if appos && evalAdjs[s.low(j)] {
			if j == t.ts {
				t.ts = j + 1
			}
			j++
			continue
		}
		break
	}
	if lastHead < 0 {
		return t
	}
	if former {
		t.leader = false
	}
	j = lastHead
	// complements: "of Ukraine", "to Washington", "for Ukraine", "in international diplomacy"
	if j+1 < end {
		switch c := s.low(j); c {
		case "of", "to", "for":
			k := j + 1
			if en, n, ok := s.entry(k, eCountry, eCapital, eOrg, eMetonym, ePlace); ok && en.kind == eCountry && k+n+1 < end && s.ws[k+n].poss && s.headAt(k+n+1) > 0 && c != "for" {
				// "adviser to Azerbaijan's president": serves that state
				if t.iso == "" || t.defISO {
					t.iso, t.defISO, t.qual = en.iso, false, true
				}
				j = k + n + 1 + s.headAt(k+n+1)
			} else if ok {
				if c == "of" && (t.iso == "" || t.defISO) {
					t.iso, t.defISO, t.qual = en.iso, false, true
					if en.kind == eOrg || (en.kind == eMetonym && en.org >= 0) {
						t.org = en.org
						t.iso = s.l.orgs[en.org].country
					}
				}
				j = k + n
				if en.kind == eOrg && j < end && s.ws[j].capd() {
					// "Minister for European Union Relations, ..."
					m := j
					for m < end && m < j+2 && s.ws[m].is(text.Word) && s.ws[m].capd() && s.chE[m] == nil {
						m++
					}
					if m > j && m < end && s.low(m) == "," {
						j = m
					}
				}
			} else if en, n, ok := s.entry(k+1, eAdj, eCountry, eOrg, eMetonym); ok && s.low(k) == "the" {
				// "head of the Russian delegation", "of the Kremlin administration"
				m := k + 1 + n
				if _, cn, ok := s.entry(m, eColl, eBody); ok {
					m += cn
				}
				if c == "of" && (t.iso == "" || t.defISO) {
					t.iso, t.defISO, t.qual = en.iso, false, true
					if en.org >= 0 {
						t.org, t.iso = en.org, s.l.orgs[en.org].country
					}
				}
				j = m
			} else if c != "to" {
				if s.low(k) == "the" {
					k++
				}
				m := k
				if d := s.domainRun(k, end); d > k {
					// a portfolio: "Minister of Petroleum", "Minister for
					// Trade and Industry"
					m = d
				}
				for m < end && m < k+4 && s.ws[m].is(text.Word) && s.ws[m].capd() && !s.looksName(m) {
					m++
				}
				if m > k {
					j = m
				} else if c == "for" {
					// a domain in lower case closed by a comma: "deputy
					// prime minister for (European) reintegration, Ion
					// Munteanu," or "..., minister for trade, said"
					for m < end && m < k+4 && s.ws[m].is(text.Word) && !s.ws[m].has(wFunction|wVerb) && !s.isVerb(m) &&
						(!s.ws[m].capd() || s.chE[m] != nil) {
						m++
					}
					if m > k && m < end && s.low(m) == "," {
						j = m
					}
				}
			}
		case "and":
			// "Minister of Foreign Affairs and Cooperation": a second
			// portfolio after a head that names one
			if strings.Contains(t.head, " of ") || strings.Contains(t.head, " for ") {
				if d := s.domainRun(j+1, end); d > j+1 {
					j = d
				}
			}
		case "in", "at", "on":
			if appos {
				k := j + 1
				for k < end && k < j+11 && s.ws[k].is(text.Word) && !s.isVerb(k) && s.low(k) != "and" {
					k++
				}
				if k > j+1 {
					j = k
				}
			}
		}
	}
	t.e = j
	t.ok = true
	return t
}

// headWithin reports whether a title head starts within n plain lower-case
// words from j.
// headAt is the length in words of a title head (after modifiers) that
// starts at word j, or 0.
func (s *actorScan) headAt(j int) int {
	k := j
	for r := 0; r < 3; r++ {
		if _, n, ok := s.entry(k, eHead); ok {
			return k + n - j
		}
		_, n, ok := s.entry(k, eMod, eDomain)
		if !ok {
			return 0
		}
		k += n
	}
	return 0
}

func (s *actorScan) headWithin(j, end, n int) bool {
	for k := j; k < end && k < j+n; k++ {
		if _, _, ok := s.entry(k, eHead); ok {
			return true
		}
		w := s.ws[k]
		if !w.is(text.Word) || w.capd() || s.chE[k] != nil || w.has(wFunction) || s.isVerb(k) {
			return false
		}
	}
	return false
}

// isDomainBeforeHead reports whether the head-word phrase at j is used as
// a modifier of a following head ("chief negotiator": "chief" before
// "negotiator").
func (s *actorScan) isDomainBeforeHead(j, n int) bool {
	if _, _, ok := s.entry(j, eMod, eDomain); !ok {
		return false
	}
	_, _, ok := s.entry(j+n, eHead)
	return ok
}

// looksName reports whether word m may start a person's name (a
// capitalised word that is no lexicon entry and no non-name word).
func (s *actorScan) looksName(m int) bool {
	w := s.ws[m]
	return w.is(text.Word) && (w.capd() || w.is(text.AllCaps)) && !w.has(wNonname) && s.chE[m] == nil
}

// titled handles the patterns built around a title: title + name, title +
// ", " + name, and a title used alone ("the Deputy Foreign Minister").
func (s *actorScan) titled(i int) int {
	t := s.parseTitle(i, false)
	if !t.ok {
		return i
	}
	end := int(s.bEnd[i])
	// title + name
	if ne, nm, ok := s.parseName(t.e, false); ok && (t.det != "the" || !t.bare) && s.nameFits(t.e, ne) {
		if !(t.bare && !s.ws[t.ts].capd() && ne-t.e == 1 && !s.ws[t.e].capd()) {
			ai := s.person(t.e, ne, nm)
			s.attachTitle(ai, t)
			if t.bare && ne-t.e == 1 {
				s.a.actors[ai].extra = mergeStrings(s.a.actors[ai].extra, []string{s.a.orig(s.ws[t.ts].start, s.ws[ne-1].end)})
			}
			s.mention(t.e, ne, ai, diplo.ByName)
			s.consume(i, t.e)
			ne = s.ofCountry(ai, ne, t)
			s.personEvidence(ai, ne)
			return s.apposAfter(ai, ne)
		}
	}
	// title + title of rank + name: "Saudi Energy Minister Prince Faisal
	// bin Turki said"
	if (t.det != "the" || !t.bare) && t.e < end && nobleHeads[s.low(t.e)] && s.ws[t.e].capd() {
		if t2 := s.parseTitle(t.e, false); t2.ok && t2.det == "" {
			if ne, nm, ok := s.parseName(t2.e, false); ok && s.nameFits(t2.e, ne) {
				ai := s.person(t2.e, ne, nm)
				s.attachTitle(ai, t)
				s.attachTitle(ai, t2)
				s.mention(t2.e, ne, ai, diplo.ByName)
				s.consume(i, t2.e)
				s.personEvidence(ai, ne)
				return s.apposAfter(ai, ne)
			}
		}
	}
	// title + mis-cased given name + name: "Foreign Minister nick Thornton told"
	if s.misCasedGiven(t.e) && (t.det != "the" || !t.bare) && s.ws[t.ts].capd() {
		if ne, nm, ok := s.parseName(t.e, true); ok && ne-t.e == 2 && s.nameFits(t.e, ne) {
			ai := s.person(t.e, ne, nm)
			s.attachTitle(ai, t)
			s.mention(t.e, ne, ai, diplo.ByName)
			s.consume(i, t.e)
			s.personEvidence(ai, ne)
			return s.apposAfter(ai, ne)
		}
	}
	// title + a name written all in lower case: "rwandan Foreign Minister
	// jean-paul habimana told"
	if (t.det != "the" || !t.bare) && !t.bare {
		if ne, ok := s.lowerNameEnd(t.e, true); ok {
			ai := s.person(t.e, ne, s.nameText(t.e, ne))
			s.attachTitle(ai, t)
			s.mention(t.e, ne, ai, diplo.ByName)
			s.consume(i, t.e)
			s.personEvidence(ai, ne)
			return s.apposAfter(ai, ne)
		}
	}
	// title + complement + ", " + name + ",": "China's special envoy for
	// Asian affairs, Zhou Hanlin, said", "UNHCR's representative in
	// Jordan, Elodie Marchetti, said"; the complement is part of the title
	if (titlePrep[s.low(t.e)] || t.e+1 < end && s.low(t.e) != "," && titlePrepWithin(s, t.ts, t.e)) && t.det != "a" && t.det != "an" && (t.iso != "" || t.org >= 0) {
		k := t.e
		if titlePrep[s.low(k)] {
			k++
		}
		for k < end && k <= t.e+5 && s.ws[k].is(text.Word) && !s.isVerb(k) && !s.ws[k].poss {
			k++
		}
		if k > t.e && !titlePrep[s.low(k-1)] && k+1 < end && s.low(k) == "," {
			if ne, nm, ok := s.parseApposName(k + 1); ok && ne-(k+1) >= 2 && s.nameFits(k+1, ne) && (ne >= end || s.low(ne) == "," && s.low(ne+1) != "and" || s.isVerb(ne)) {
				// (not a list: "Secretary of State for Democracy, Human
				// Rights, and Labor")
				tc := t
				tc.e = k
				ai := s.person(k+1, ne, nm)
				s.attachTitle(ai, tc)
				s.mention(k+1, ne, ai, diplo.ByName)
				s.consume(i, k+1)
				s.personEvidence(ai, ne)
				return ne
			}
		}
	}
	// title + ", " + name + "," / verb
	if t.e+1 < end && s.low(t.e) == "," && t.det != "a" && t.det != "an" {
		ne, nm, ok := s.parseApposName(t.e + 1)
		if !ok && s.misCasedGiven(t.e+1) {
			// "the Minister for Trade, nick Thornton,"
			ne, nm, ok = s.parseName(t.e+1, true)
		}
		if ok && ne-(t.e+1) >= 2 {
			if ne >= end || s.low(ne) == "," || s.low(ne) == "." || s.isVerb(ne) {
				ai := s.person(t.e+1, ne, nm)
				s.attachTitle(ai, t)
				s.mention(t.e+1, ne, ai, diplo.ByName)
				s.consume(i, t.e+1)
				s.personEvidence(ai, ne)
				return ne
			}
		}
		// a name with a title of its own: "The OSCE mission chief,
		// Ambassador Karl Lunde, said"
		if !ok && s.ws[t.e+1].capd() && !t.bare {
			if t2 := s.parseTitle(t.e+1, false); t2.ok && t2.det == "" && t2.e < end {
				if ne, nm, ok := s.parseName(t2.e, false); ok && ne-t2.e >= 2 && s.nameFits(t2.e, ne) && (ne >= end || s.low(ne) == ",") {
					ai := s.person(t2.e, ne, nm)
					s.attachTitle(ai, t)
					s.attachTitle(ai, t2)
					s.mention(t2.e, ne, ai, diplo.ByName)
					s.consume(i, t2.e)
					s.personEvidence(ai, ne)
					return ne
				}
			}
		}
	}
	// a title alone
	if t.det == "the" || s.subjectAfter(t.e) {
		st := t.s
		state := (t.iso != "" && !t.defISO || t.org >= 0) && t.det != "a" && t.det != "an" && !t.role
		if state && t.org >= 0 {
			s.orgIdx(t.org) // the body it speaks for when no name fits
		} else if state {
			s.countryIdx(t.iso) // the state it speaks for when no name fits
		}
		s.refs = append(s.refs, titleRef{
			start: s.ws[st].start, end: s.ws[t.e-1].end,
			title: strings.ToLower(s.a.orig(s.ws[t.ts].start, s.ws[t.e-1].end)),
			head:  t.head, iso: t.iso, w: st, qual: t.qual, org: t.org, state: state,
		})
		s.consume(i, t.e)
		return t.e
	}
	return i
}

// ofCountry handles "President Widodo of the Republic of Indonesia": the
// state after the name is the person's, and completes the title.
func (s *actorScan) ofCountry(ai, j int, t titleInfo) int {
	end := int(s.bEnd[j-1])
	if j+1 >= end || s.low(j) != "of" {
		return j
	}
	en, n, ok := s.entry(j+1, eCountry)
	if !ok && s.low(j+1) == "the" {
		// "of the Republic of Korea" where the lexicon form has no "the"
		if en, n, ok = s.entry(j+2, eCountry); ok {
			n++
		}
	}
	if !ok {
		return j
	}
	r := &s.a.actors[ai]
	if r.country == "" || t.defISO || r.country == t.iso {
		r.country = en.iso
	}
	s.consume(j, j+1)
	if s.low(j+1) == "the" {
		s.mention(j+2, j+1+n, s.countryIdx(en.iso), diplo.ByName)
	} else {
		s.mention(j+1, j+1+n, s.countryIdx(en.iso), diplo.ByName)
	}
	return j + 1 + n
}

// nameFits checks a name found after a title at words [i, j): it is not
// the start of a longer title ("Chief Operating Officer"), and in an
// all-capitals or title-cased heading its words are not words the text
// uses in lower case ("President Biden Announces").
func (s *actorScan) nameFits(i, j int) bool {
	if _, _, ok := s.entry(j, eHead, eRole); ok {
		return false
	}
	if !s.heading(i) {
		return true
	}
	if j-i > 3 {
		return false
	}
	for k := i; k < j; k++ {
		if s.ws[k].is(text.AllCaps) || (k > i && s.lowSeen.hasH(s.ws[k].h)) {
			return false
		}
	}
	return true
}

// attachTitle gives person ai the title t.
func (s *actorScan) attachTitle(ai int, t titleInfo) {
	r := &s.a.actors[ai]
	ts := t.ts
	if w := s.low(ts); (w == "the" || w == "a" || w == "an") && ts+1 < t.e {
		ts++ // "the UN Special Envoy": a determiner in an owner's name is no part of the role
	}
	if ts < t.e {
		r.titles = addTitle(r.titles, s.a.orig(s.ws[ts].start, s.ws[t.e-1].end))
	}
	if t.head != "" && !slices.Contains(r.heads, t.head) {
		r.heads = append(r.heads, t.head)
	}
	if r.country == "" && t.iso != "" {
		r.country = t.iso
	}
	if !t.bare && !t.leader && !t.role {
		r.dressed = true
	}
	if r.gender == 0 {
		r.gender = t.gender
	}
	if t.leader {
		r.leader = true
	}
	if !t.role && r.tsent < 0 {
		r.tsent = int(s.snt[t.s])
	}
	if !t.role {
		r.office = true
	}
	if t.org >= 0 {
		r.inOrg = true
	}
}

// titlePrep are the prepositions of a title's complement: "envoy for
// Asian affairs", "representative in Jordan".
var titlePrep = setOf("in", "for", "to", "on")

// titlePrepWithin reports whether words [i, j) of a title hold the
// preposition of a complement.
func titlePrepWithin(s *actorScan, i, j int) bool {
	for k := i; k < j; k++ {
		if titlePrep[s.low(k)] {
			return true
		}
	}
	return false
}

// addTitle appends title t unless an equal one (ignoring case) is there.
func addTitle(ts []string, t string) []string {
	t = strings.TrimSpace(t)
	if t == "" || len(ts) >= maxTitles {
		return ts
	}
	for i, x := range ts {
		if strings.EqualFold(x, t) {
			if !hasLower(x) && hasLower(t) {
				ts[i] = t // prefer "President" to "PRESIDENT"
			}
			return ts
		}
	}
	return append(ts, t)
}

// apposAfter handles ", the/a title," after a person's name at word j.
func (s *actorScan) apposAfter(ai, j int) int {
	end := int(s.bEnd[j-1])
	if j+2 < end && (s.low(j) == "is" || s.low(j) == "was" || s.low(j) == "has" && s.low(j+1) == "been") {
		// a title given by the predicate: "Katarina Lindqvist has been
		// the European Union's Special Representative for ... since"
		k := j + 1
		if s.low(j) == "has" {
			k++
		}
		q := k
		if s.low(q) == "the" {
			q++
		}
		if w := s.low(q); w == "first" || w == "second" || w == "third" || w == "last" || w == "only" || w == "next" {
			return j // "Biden was the first president to ...": a description
		}
		if s.low(k) == "the" || s.ws[k].capd() {
			if t := s.parseTitle(k, false); t.ok && !t.bare && (t.e >= end || !s.ws[t.e].capd() && s.low(t.e) != "to" && s.low(t.e) != "who" && s.low(t.e) != "that") {
				s.attachTitle(ai, t)
				// the possessor of the office acts through it: "the
				// European Union's Special Representative"
				os := k
				if s.low(os) == "the" {
					os++
				}
				if t.ts > os && s.ws[t.ts-1].poss {
					if en, n, ok := s.entry(os, eOrg, eCountry); ok && os+n == t.ts-1 {
						oi := s.entityIdx(en)
						s.mention(os, os+n, oi, diplo.ByName)
						s.addEvidence(oi, evStrong)
					}
				}
				s.consume(k, t.e)
				return t.e
			}
		}
		return j
	}
	if j+1 >= end || s.low(j) != "," {
		return j
	}
	t := s.parseTitle(j+1, true)
	if !t.ok {
		return j
	}
	if t.e < end && s.low(t.e) != "," && s.low(t.e) != "." && !s.isVerb(t.e) && s.low(t.e) != "and" {
		return j
	}
	s.attachTitle(ai, t)
	s.consume(j, t.e)
	if t.e < end && s.low(t.e) == "," && s.subjectAfter(t.e+1) {
		s.a.actors[ai].strong++
	}
	return t.e
}

// body finds a generic body of a state: "the Russian Foreign Ministry",
// "China's Commerce Ministry", "Russian state media".
func (s *actorScan) body(i int) int {
	end := int(s.bEnd[i])
	j := i
	if determiners[s.low(j)] && (s.chE[j] == nil || s.chN[j] == 1) {
		j++
	}
	en, n, ok := s.entry(j, eAdj, eCountry)
	iso := ""
	ns := j
	nameAt := ns // where the body's name starts
	if ok {
		iso = en.iso
		j += n
		nameAt = ns
		if j < end && s.ws[j].poss {
			j++
			nameAt = j // "China's Ministry of Commerce" is the Ministry of Commerce
		}
	}
	b, bn, ok := s.entry(j, eBody)
	if !ok {
		return i
	}
	be := j + bn
	// "the Russian news agency RIA Novosti": the outlet gets the country
	if m, mn, ok := s.entry(be, eOrg); ok {
		ai := s.orgIdx(m.org)
		if s.a.actors[ai].country == "" && iso != "" {
			s.a.actors[ai].country = iso
		}
		ev := s.evidence(be, be+mn)
		s.mention(be, be+mn, ai, diplo.ByName)
		s.addEvidence(ai, ev)
		s.consume(i, be)
		return be + mn
	}
	if iso == "" {
		return i // "the Foreign Ministry" of no named state is left to context
	}
	kind := diplo.Organization
	if b.media {
		kind = diplo.Media
	}
	name := normalCase(s.a.orig(s.ws[ns].start, s.ws[be-1].end), !b.media)
	ai := s.actor("b:"+iso+":"+strings.ToLower(name), kind, name, iso)
	if nameAt > ns && s.a.actors[ai].short == "" {
		s.a.actors[ai].short = normalCase(s.a.orig(s.ws[nameAt].start, s.ws[be-1].end), !b.media)
		// the body without its state's possessive is another form of its
		// name; the name stays the fullest form ("Brazil's Ministry of
		// Foreign Affairs")
		s.a.actors[ai].extra = mergeStrings(s.a.actors[ai].extra, []string{s.a.actors[ai].short})
		if len(s.bodies) < 64 {
			s.bodies = append(s.bodies, ai)
		}
	}
	s.a.actors[ai].generic = b.media
	s.signal(ns, iso, 2)
	ev := s.evidence(ns, be)
	s.mention(ns, be, ai, diplo.ByName)
	s.addEvidence(ai, ev)
	s.consume(i, be)
	return be
}

// honorific handles "Dr. Elena Ivanova", "Mr. Kushner", "dr. elena
// Ivanova".
func (s *actorScan) honorific(i int) int {
	en, n, ok := s.entry(i, eHonor)
	if !ok {
		return i
	}
	ne, nm, ok := s.parseName(i+n, true)
	if !ok || !s.nameFits(i+n, ne) {
		// "dr. amara okafor": a name all in lower case
		if ne, ok = s.lowerNameEnd(i+n, false); !ok || !strings.HasSuffix(en.name, ".") {
			return i
		}
		nm = s.nameText(i+n, ne)
	}
	// "Miss", "Lord", "Lady" need a capitalised honorific
	if !strings.HasSuffix(en.name, ".") && !s.ws[i].capd() {
		return i
	}
	ai := s.person(i+n, ne, nm)
	r := &s.a.actors[ai]
	if r.gender == 0 {
		r.gender = en.gender
	}
	r.extra = mergeStrings(r.extra, []string{honorCase(s.a.orig(s.ws[i].start, s.ws[i+n-1].end)) + " " + nm})
	s.mention(i+n, ne, ai, diplo.ByName)
	s.consume(i, i+n)
	s.personEvidence(ai, ne)
	return s.apposAfter(ai, ne)
}

// shapeName finds a person by the shape of the name alone: two or more
// capitalised words that act ("Anatoly Antonov said"), stand in
// apposition to a role, or follow "according to".
func (s *actorScan) shapeName(i int) int {
	if !s.looksName(i) {
		return i
	}
	if s.heading(i) {
		return s.headerName(i)
	}
	ne, ok := s.parseNameEnd(i, false)
	if !ok {
		return i
	}
	if ne-i == 1 && i > 0 && s.misCasedGiven(i-1) && s.speaksAfter(ne) && (i == 1 || s.snt[i-1] != s.snt[i-2] || s.headEndsAt(i-2)) {
		// "lukas Brenner said": a given name mis-cased at the start of a
		// sentence or after a title
		ai := s.person(i-1, ne, s.nameText(i-1, ne))
		s.mention(i-1, ne, ai, diplo.ByName)
		s.personEvidence(ai, ne)
		return s.apposAfter(ai, ne)
	}
	if ne-i < 2 || s.anyLowSeen(i, ne) {
		return i
	}
	end := int(s.bEnd[i])
	ev := s.subjectAfter(ne)
	if !ev && ne+1 < end && s.low(ne) == "," {
		if t := s.parseTitle(ne+1, true); t.ok {
			ev = true
		}
	}
	if !ev && s.low(i-1) == "," && ne+1 < end && s.low(ne) == "," && s.isVerb(ne+1) && s.roleEndsAt(i-1) {
		ev = true // "The head of the delegation, Vladimir Medinsky, said"
	}
	if !ev && i > 0 && s.blk[i-1] == s.blk[i] && s.l.speech[s.low(i-1)] && !s.ws[i-1].capd() && (ne >= end || s.low(ne) == "," || s.low(ne) == ".") {
		ev = true // "..., said Anatoly Antonov, the ambassador."
	}
	if !ev && s.low(i-1) == "to" && s.low(i-2) == "according" {
		ev = true
	}
	if !ev && ne < end && s.ws[ne].poss {
		if _, _, ok := s.entry(ne+1, eHead); ok {
			ev = true
		}
	}
	if !ev {
		return i
	}
	ai := s.person(i, ne, s.nameText(i, ne))
	s.mention(i, ne, ai, diplo.ByName)
	s.personEvidence(ai, ne)
	return s.apposAfter(ai, ne)
}

// hyphenStates finds the states joined in one hyphenated word:
// "U.S.-Russia talks", "Sino-Japanese" aside, "Russia-Ukraine war". Each
// part is a mention of its state, as a party.
func (s *actorScan) hyphenStates(i int) int {
	w := &s.ws[i]
	lw := s.wlow(w)
	if !w.is(text.Word) || strings.IndexByte(lw, '-') < 0 || len(lw) > 60 {
		return i
	}
	type part struct {
		start, end int
		iso        string
	}
	var ps [3]part
	np, off := 0, 0
	for rest, more := lw, true; more; {
		var p string
		p, rest, more = strings.Cut(rest, "-")
		if np == len(ps) {
			return i
		}
		nd, _ := s.l.phr.get(wordHash(p))
		iso := ""
		if nd != nil {
			for _, en := range nd.entries {
				if (en.kind == eCountry || en.kind == eAdj) && en.iso != "" && !en.acronym {
					iso = en.iso
					break
				}
			}
		}
		if iso == "" {
			return i
		}
		ps[np] = part{w.start + off, w.start + off + len(p), iso}
		np++
		off += len(p) + 1
	}
	if np < 2 {
		return i
	}
	ev := evMedium // a compound names the parties: "U.S.-Russia talks"
	if p := s.low(i - 1); locativePreps[p] || (p == "the" && locativePreps[s.low(i-2)]) {
		ev = evWeak // "along the Russia-Ukraine border"
	}
	for _, p := range ps[:np] {
		ai := s.countryIdx(p.iso)
		if ev != evWeak {
			s.cands = append(s.cands, mention{start: p.start, end: p.end, actor: ai, kind: diplo.ByName})
			s.addEvidence(ai, ev)
		}
		s.signal(i, p.iso, 1)
	}
	s.consume(i, i+1)
	return i + 1
}

// namedAt reports whether a state, place, organization or person of the
// lexicon starts at word j.
func (s *actorScan) namedAt(j int) bool {
	if s.chE[j] == nil {
		return false
	}
	_, _, ok := s.entry(j, eCountry, eAdj, eCapital, eMetonym, ePlace, eOrg, ePerson, eGroup)
	return ok
}

// nobleHeads are titles of rank that follow an office as a title of
// their own: "Energy Minister Prince Faisal", "Foreign Minister Sheikh
// Abdullah".
var nobleHeads = setOf("prince", "princess", "sheikh", "sheikha", "king", "queen", "emir", "sultan", "crown prince", "lord", "lady", "sir", "dame")

// stateNouns stand for the state named last: "the country's minister".
var stateNouns = setOf("country", "nation", "kingdom", "republic")

// orgDescriptors are the words that introduce an organization's name by
// what it is: "the opposition Unitary Platform", "the rebel Arakan Army".
var orgDescriptors = setOf("opposition", "rebel", "rebels", "militant", "insurgent", "separatist", "paramilitary", "militia", "coalition", "movement", "party", "alliance", "bloc")

// shapeOrg finds an organization introduced by a descriptor word before
// capitalised words: "the opposition Unitary Platform said".
func (s *actorScan) shapeOrg(i int) int {
	if i == 0 || s.blk[i-1] != s.blk[i] || s.heading(i) || !orgDescriptors[s.low(i-1)] || s.ws[i-1].capd() {
		return i
	}
	end := int(s.bEnd[i])
	j, last := i, -1
	for j < end && j < i+6 {
		w := &s.ws[j]
		switch {
		case w.is(text.Word) && w.capd() && !w.has(wFunction|wDeterminer) && !s.namedAt(j):
			last = j
		case j > i && (s.wlow(w) == "of" || s.wlow(w) == "for" || s.wlow(w) == "and"):
		default:
			goto stop
		}
		j++
	}
stop:
	if last < 0 {
		return i
	}
	j = last + 1
	if s.anyLowSeen(i, j) && j-i < 2 {
		return i
	}
	name := s.a.orig(s.ws[i].start, s.ws[j-1].end)
	ai := s.actor("o:"+strings.ToLower(name), diplo.Organization, name, "")
	r := &s.a.actors[ai]
	r.guess = true
	if r.tsent < 0 {
		r.tsent = int(s.snt[i])
	}
	if j+2 < end && s.low(j) == "(" && s.low(j+2) == ")" && s.ws[j+1].is(text.AllCaps) {
		// its acronym names it later: "the rebel Union for Peace and
		// Renewal (UPR)"
		if at := s.d.Norm[s.ws[j+1].start:s.ws[j+1].end]; len(at) >= 2 && len(at) <= 8 {
			r.extra = mergeStrings(r.extra, []string{at})
			j += 3
		}
	}
	return s.emit(i, j, i, ai, diplo.ByName)
}

// armedWords describe an organization after its name and acronym: "the
// National Liberation Army (ELN) rebel group".
var armedWords = setOf("rebel", "rebels", "militia", "militias", "guerrilla", "guerrillas", "insurgent", "insurgents",
	"armed", "separatist", "separatists", "paramilitary", "paramilitaries", "movement", "faction", "group", "party", "coalition", "alliance")

// orgHeads end the name of an organization: "... Liberation Army (ELN)".
var orgHeads = setOf("army", "front", "movement", "forces", "brigades", "brigade", "militia", "party", "alliance",
	"council", "congress", "union", "organization", "organisation", "federation", "coalition", "commission", "committee", "authority")

// acronymOrg finds an organization the lexicon does not know by its shape:
// capitalised words, its acronym in brackets, and a descriptor or an
// organization's head word ("the National Liberation Army (ELN) rebel
// group", "the Democratic Forces for the Liberation of Rwanda (FDLR)").
// Later uses of the acronym name it too; its state comes from the
// context.
func (s *actorScan) acronymOrg(i int) int {
	if s.heading(i) || !s.ws[i].capd() || s.ws[i].has(wFunction|wDeterminer) {
		return i
	}
	if i > 0 && s.blk[i-1] == s.blk[i] && (s.low(i-1) == "," || s.ws[i-1].capd() && s.ws[i-1].is(text.Word) && !s.ws[i-1].has(wDeterminer)) {
		return i // inside a longer name: "United Nations Educational, Scientific and ..."
	}
	end := int(s.bEnd[i])
	j, last := i, -1
	for j < end && j < i+8 {
		w := &s.ws[j]
		switch {
		case w.is(text.Word) && w.capd() && !w.poss && !s.namedAt(j):
			last = j
		case j > i && last == j-1 && (s.wlow(w) == "of" || s.wlow(w) == "for" || s.wlow(w) == "and" || s.wlow(w) == "the"):
		default:
			goto stop
		}
		j++
	}
stop:
	if last < i+1 || last+3 >= end || s.low(last+1) != "(" || s.low(last+3) != ")" {
		return i
	}
	ac := &s.ws[last+2]
	at := s.d.Norm[ac.start:ac.end]
	if !ac.is(text.AllCaps) || len(at) < 2 || len(at) > 8 {
		return i
	}
	if !orgHeads[s.low(last)] && !armedWords[s.low(last+4)] {
		return i
	}
	name := s.a.orig(s.ws[i].start, s.ws[last].end)
	ai := s.actor("o:"+strings.ToLower(name), diplo.Organization, name, "")
	r := &s.a.actors[ai]
	r.guess = true
	r.extra = mergeStrings(r.extra, []string{at})
	if r.tsent < 0 {
		r.tsent = int(s.snt[i])
	}
	k := last + 4
	for k < end && k < last+7 && armedWords[s.low(k)] {
		k++ // "rebel group" belongs to the mention
	}
	return s.emit(i, k, i, ai, diplo.ByName)
}

// headerName reads a header line that is a name and a title: "Margaret
// Smith, Department Spokesperson" (a briefing's masthead).
func (s *actorScan) headerName(i int) int {
	end := int(s.bEnd[i])
	if i > 0 && s.blk[i-1] == s.blk[i] {
		return i // not the line's start
	}
	ne, nm, ok := s.parseName(i, false)
	if !ok || ne-i < 2 || ne-i > 4 || ne+1 >= end || s.low(ne) != "," || s.anyLowSeen(i, ne) {
		return i
	}
	t := s.parseTitle(ne+1, true)
	if !t.ok || t.role || t.e != end {
		return i
	}
	ai := s.person(i, ne, nm)
	s.mention(i, ne, ai, diplo.ByName)
	s.attachTitle(ai, t)
	s.consume(ne, t.e)
	return t.e
}

// roleEndsAt reports whether a title head, role or collective noun ends
// just before word j ("the head of the delegation" before its comma).
func (s *actorScan) roleEndsAt(j int) bool {
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		if s.chE[k] != nil && k+int(s.chN[k]) == j {
			_, _, ok := s.entry(k, eHead, eRole, eColl, eBody)
			return ok
		}
	}
	return false
}

// personEvidence counts a person's mention ending before word j as acting
// when a verb follows.
func (s *actorScan) personEvidence(ai, j int) {
	if ai >= 0 && s.subjectAfter(j) {
		s.a.actors[ai].strong++
	}
}

// parseName reads a person's name at word i: capitalised words with name
// particles inside ("Mohammed bin Salman"). When lenient (after an
// honorific), mis-cased leading words are accepted ("elena Ivanova").
func (s *actorScan) parseNameEnd(i int, lenient bool) (int, bool) {
	if i >= len(s.ws) || (!lenient && !s.ws[i].capd()) {
		return i, false
	}
	end := int(s.bEnd[i])
	j := i
	lastCap := -1
	for j < end && j < i+5 {
		w := &s.ws[j]
		if t := s.d.Norm[w.start:w.end]; !w.is(text.Word) || !(nameWord(t) || (j > i && hyphenGiven(t))) {
			break
		}
		if w.has(wNonname) && !(j > i && monthSurname[s.wlow(w)] && w.capd() && (j+1 >= end || !s.ws[j+1].is(text.Number))) {
			break
		}
		if s.chE[j] != nil {
			if _, _, ok := s.entry(j, ePerson); !ok {
				break
			}
		}
		switch {
		case (w.capd() || w.is(text.AllCaps)) && !w.has(wParticle):
			lastCap = j
		case j > i && particlePrefixed(s.d.Norm[w.start:w.end]):
			lastCap = j // "el-Sisi", "al-Sudani"
		case w.has(wParticle) && (j > i || w.capd()):
			// inside a name, or a capitalised particle that opens one
			// ("Le Hoai Nam", "Abu Mazen")
		case lenient && j < i+2 && !w.capd() && !s.isVerb(j) && !w.has(wFunction):
		default:
			goto stop
		}
		j++
	}
stop:
	if lastCap < 0 {
		return i, false
	}
	ne := lastCap + 1
	if !s.ws[i].capd() && !lenient {
		return i, false
	}
	return ne, true
}

// parseName is parseNameEnd with the name in normal capitalisation.
func (s *actorScan) parseName(i int, lenient bool) (int, string, bool) {
	ne, ok := s.parseNameEnd(i, lenient)
	if !ok {
		return i, "", false
	}
	return ne, s.nameText(i, ne), true
}

// nameText is the name at words [i, ne) in normal capitalisation.
func (s *actorScan) nameText(i, ne int) string {
	parts := make([]string, 0, ne-i)
	for k := i; k < ne; k++ {
		w := s.ws[k]
		t := s.d.Norm[w.start:w.end]
		if (w.has(wParticle) || particlePrefixed(t)) && k > i {
			if w.is(text.AllCaps) {
				t = s.wlow(&w)
			}
			parts = append(parts, t)
			continue
		}
		parts = append(parts, nameCase(t))
	}
	return strings.Join(parts, " ")
}

// nameWord reports whether a token can be part of a person's name: letters,
// an initial ("R."), or hyphen parts that each start with a capital or
// are particles ("Gallego-Lazo", "al-Sisi"; not "U.S.-Canada",
// "Fifteen-year-old").
func nameWord(t string) bool {
	if strings.IndexByte(t, '.') < 0 && strings.IndexByte(t, '-') < 0 {
		return t != ""
	}
	if strings.HasSuffix(t, ".") {
		return utf8.RuneCountInString(t) == 2
	}
	if strings.ContainsRune(t, '.') {
		return false
	}
	for i, p := range strings.Split(t, "-") {
		if p == "" {
			return false
		}
		r, _ := utf8.DecodeRuneInString(p)
		if i > 0 && !unicode.IsUpper(r) && !particles[strings.ToLower(p)] {
			return false
		}
	}
	return true
}

// hyphenGiven reports whether t is a hyphenated given name with short
// lower-case syllables after the first, as Korean names are written
// ("Jae-won", "Kyung-wha").
func hyphenGiven(t string) bool {
	first, rest, ok := strings.Cut(t, "-")
	if !ok || first == "" || first[0] < 'A' || first[0] > 'Z' || len(first) > 6 {
		return false
	}
	for _, p := range strings.Split(rest, "-") {
		if p == "" || len(p) > 5 {
			return false
		}
		for k := 0; k < len(p); k++ {
			if p[k] < 'a' || p[k] > 'z' {
				return false
			}
		}
	}
	return true
}

// particlePrefixed reports whether t is a particle joined by a hyphen to a
// capitalised name: "el-Sisi", "al-Assad", "bin-Salman".
func particlePrefixed(t string) bool {
	p, rest, ok := strings.Cut(t, "-")
	if !ok || !particles[strings.ToLower(p)] || rest == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

// nameCase puts a name word in normal capitalisation: "elena" -> "Elena",
// "PUTIN" -> "Putin"; mixed case ("McCarthy") is kept.
func nameCase(t string) string {
	lower, upper := 0, 0
	for _, r := range t {
		if unicode.IsLower(r) {
			lower++
		} else if unicode.IsUpper(r) {
			upper++
		}
	}
	if upper > 0 && lower > 0 {
		r, n := utf8.DecodeRuneInString(t)
		if unicode.IsUpper(r) {
			return t
		}
		return string(unicode.ToUpper(r)) + t[n:]
	}
	if upper == 1 && lower == 0 && utf8.RuneCountInString(t) <= 2 {
		return t // an initial, "R."
	}
	var b strings.Builder
	start := true
	for _, r := range t {
		if start {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		start = r == '-' || r == ' '
	}
	return b.String()
}

// honorCase capitalises an honorific: "dr." -> "Dr.".
func honorCase(t string) string {
	r, n := utf8.DecodeRuneInString(t)
	if r == utf8.RuneError {
		return t
	}
	return string(unicode.ToUpper(r)) + strings.ToLower(t[n:])
}

// normalCase capitalises the words of a body's name ("russian foreign
// ministry" -> "Russian Foreign Ministry"); with all false only the first
// letter of each word that is capitalised in the lexicon sense is kept.
func normalCase(t string, all bool) string {
	fs := strings.Fields(t)
	for i, f := range fs {
		if all && f != "of" && f != "and" && f != "for" && f != "the" {
			r, n := utf8.DecodeRuneInString(f)
			fs[i] = string(unicode.ToUpper(r)) + f[n:]
		}
	}
	return strings.Join(fs, " ")
}

// person returns the actor for the name found at words [i, j).
func (s *actorScan) person(i, j int, name string) int {
	k := "p:" + strings.ToLower(name)
	ai := s.actor(k, diplo.Person, name, "")
	r := &s.a.actors[ai]
	// prefer a correctly capitalised spelling
	if r.name != name && strings.EqualFold(r.name, name) && s.ws[i].capd() {
		r.name = name
	}
	return ai
}

// bloom is a small Bloom filter of words (8 KiB, two hashes): a cheap
// "certainly not" before a map lookup.
type bloom [1 << 10]uint64

// add adds w to the filter.
func (b *bloom) add(w string) { b.addH(wordHash(w)) }

// has reports whether w may have been added.
func (b *bloom) has(w string) bool { return b.hasH(wordHash(w)) }

// addH adds the word with hash h.
func (b *bloom) addH(h uint64) {
	x, y := uint32(h)&(1<<16-1), uint32(h>>32)&(1<<16-1)
	b[x>>6] |= 1 << (x & 63)
	b[y>>6] |= 1 << (y & 63)
}

// hasH reports whether the word with hash h may have been added.
func (b *bloom) hasH(h uint64) bool {
	x, y := uint32(h)&(1<<16-1), uint32(h>>32)&(1<<16-1)
	return b[x>>6]&(1<<(x&63)) != 0 && b[y>>6]&(1<<(y&63)) != 0
}

// lowerNameEnd reads a person's name written all in lower case after a
// title or an honorific ("jean-paul habimana told", "dr. amara okafor,"):
// two or three plain lower-case words that are no lexicon entry, function
// word, verb or non-name, followed by a verb (or, when verbAfter is
// false, a comma or the end of the sentence). It returns the end of the
// name.
func (s *actorScan) lowerNameEnd(i int, verbAfter bool) (int, bool) {
	if i >= len(s.ws) {
		return i, false
	}
	end := int(s.bEnd[i])
	j := i
	for j < end && j < i+3 {
		w := &s.ws[j]
		if !w.is(text.Word) || w.capd() || w.is(text.AllCaps) || w.poss || s.chE[j] != nil ||
			w.has(wFunction|wNonname|wDeterminer|wVerb) || s.isVerb(j) {
			break
		}
		t := s.d.Norm[w.start:w.end]
		if len(t) < 2 || len(t) > 16 || strings.HasSuffix(t, "ly") || strings.HasSuffix(t, "ing") {
			break
		}
		for k := 0; k < len(t); k++ {
			if (t[k] < 'a' || t[k] > 'z') && t[k] != '-' {
				return i, false
			}
		}
		j++
	}
	if j-i < 2 {
		return i, false
	}
	if j < end {
		if w := s.low(j); (verbAfter || w != "," && w != ".") && !s.isVerb(j) {
			return i, false
		}
	} else if verbAfter {
		return i, false
	}
	return j, true
}

// misCasedGiven reports whether word k is a given name written in lower
// case before a capitalised surname ("lukas Brenner"): a plain lower-case
// word that is no lexicon phrase, function word, verb or common word shape.
func (s *actorScan) misCasedGiven(k int) bool {
	if k < 0 || k+1 >= len(s.ws) || s.chE[k] != nil {
		return false
	}
	w := &s.ws[k]
	if !w.is(text.Word) || w.capd() || w.is(text.AllCaps) || w.has(wFunction) || w.has(wNonname) || s.isVerb(k) {
		return false
	}
	t := s.d.Norm[w.start:w.end]
	if len(t) < 3 || len(t) > 12 || strings.HasSuffix(t, "ly") || strings.HasSuffix(t, "ing") || strings.HasSuffix(t, "ed") {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] < 'a' || t[i] > 'z' {
			return false
		}
	}
	return s.bEnd[k] == s.bEnd[k+1] && s.looksName(k+1)
}

// headEndsAt reports whether a title head ends at word k ("Minister").
func (s *actorScan) headEndsAt(k int) bool {
	for n := 1; n <= 3 && k-n+1 >= 0; n++ {
		if _, m, ok := s.entry(k-n+1, eHead); ok && m == n {
			return true
		}
	}
	return false
}

// namedBody returns the state of a body the text has named with its
// state's possessive under the same name as organization o ("Pakistan's
// Foreign Office"), or "".
func (s *actorScan) namedBody(o int) string {
	if len(s.bodies) == 0 || o < 0 || o >= len(s.l.orgs) {
		return ""
	}
	for _, ai := range s.bodies {
		if r := &s.a.actors[ai]; strings.EqualFold(r.short, s.l.orgs[o].name) && r.country != s.l.orgs[o].country {
			return r.country
		}
	}
	return ""
}

// domainRun is the end of a run of portfolio words (title domains) at word
// k, joined by "and" or commas ("Petroleum", "Trade and Industry"), or k
// when none starts there. It looks at most six words ahead.
func (s *actorScan) domainRun(k, end int) int {
	m := k
	for r := 0; r < 3 && m < end; r++ {
		_, n, ok := s.entry(m, eDomain)
		if !ok || !s.ws[m].capd() {
			break
		}
		m += n
		if m+1 < end && (s.low(m) == "and" || s.low(m) == ",") {
			if _, _, ok := s.entry(m+1, eDomain); ok && s.ws[m+1].capd() {
				m++
				continue
			}
		}
		break
	}
	return m
}

// placeGiven finds a person whose given name is also a place ("Sofia
// Marchetti said", "Victoria Lund, the envoy,"): a one-word capital or
// place, not after a preposition, followed by a surname-shaped word and a
// predicate or an apposition.
func (s *actorScan) placeGiven(i int) int {
	en, n, ok := s.entry(i, eCapital, ePlace)
	if !ok || n != 1 || (en.kind != eCapital && en.kind != ePlace) {
		return i
	}
	w := s.ws[i]
	end := int(s.bEnd[i])
	if !w.capd() || w.is(text.AllCaps) || i+1 >= end || !s.looksName(i+1) || s.ws[i+1].is(text.AllCaps) {
		return i
	}
	if i > 0 && s.blk[i-1] == s.blk[i] && (placePreps[s.low(i-1)] || s.ws[i-1].poss) {
		return i
	}
	ne, ok := s.parseNameEnd(i+1, false)
	if !ok || ne-i > 3 || s.anyLowSeen(i+1, ne) {
		return i
	}
	ev := s.subjectAfter(ne)
	if !ev && ne+1 < end && s.low(ne) == "," {
		ev = s.parseTitle(ne+1, true).ok
	}
	if !ev {
		return i
	}
	ai := s.person(i, ne, s.nameText(i, ne))
	s.mention(i, ne, ai, diplo.ByName)
	s.personEvidence(ai, ne)
	return s.apposAfter(ai, ne)
}

// placePreps are the words after which a place name stays a place.
var placePreps = setOf("in", "to", "from", "at", "of", "for", "near", "via", "between", "into", "across",
	"around", "outside", "inside", "through", "toward", "towards", "the", "and", "or", "visit", "visited", "visiting")

// parseApposName parses a name in apposition at word k, also one whose
// given name is a place ("the envoy, Sofia Marchetti, said").
func (s *actorScan) parseApposName(k int) (int, string, bool) {
	if ne, nm, ok := s.parseName(k, false); ok {
		return ne, nm, ok
	}
	if k+1 >= len(s.ws) || k+1 >= int(s.bEnd[k]) {
		return k, "", false
	}
	if _, n, ok := s.entry(k, eHonor); ok && k+n < int(s.bEnd[k]) {
		// "the Minister of Foreign Affairs, Dr. Bendito Soares,"
		if ne, nm, ok := s.parseName(k+n, false); ok && ne-(k+n) >= 2 {
			return ne, nm, ok
		}
	}
	if _, n, ok := s.entry(k, eCapital, ePlace); ok && n == 1 && s.ws[k].capd() && !s.ws[k].is(text.AllCaps) && s.looksName(k+1) {
		if ne, ok := s.parseNameEnd(k+1, false); ok && ne-k <= 3 && !s.anyLowSeen(k+1, ne) {
			return ne, s.nameText(k, ne), true
		}
	}
	return k, "", false
}

// homeGovernment finds "the government" or "the authorities" as the
// subject of a wire story: the state of its dateline's capital
// ("BANGUI, Dec 3 - ... The government rejected the demand").
func (s *actorScan) homeGovernment(i int) int {
	if s.dateISO == "" || s.low(i) != "the" || i+2 >= int(s.bEnd[i]) {
		return i
	}
	if w := s.low(i + 1); w != "government" && w != "authorities" || s.ws[i+1].poss {
		return i
	}
	if !s.subjectAfter(i + 2) {
		return i
	}
	ai := s.countryIdx(s.dateISO)
	s.mention(i, i+2, ai, diplo.ByAlias)
	s.addEvidence(ai, evStrong)
	return i + 2
}

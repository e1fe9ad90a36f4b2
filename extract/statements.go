package extract

import (
	"slices"
	"strconv"
	"strings"

	"github.com/parleyhq/parley/diplo"
	"github.com/parleyhq/parley/internal/text"
)

// stmRec is a statement under construction; offsets are Norm offsets.
type stmRec struct {
	speakers   []int // actor indices
	spkS, spkE int   // the mention naming the speaker
	cueS, cueE int
	conS, conE int
	direct     bool
	flags      cueFlag
	sent       int  // sentence of the cue
	according  bool // "according to X"
	turn       bool // a labelled transcript answer
	partOf     bool // "one of them": takes its evidential from the group's statement
	joint      bool // a table row "Joint statement on ..."

	channel    []int // media actors it came through
	explicit   bool  // the channel is named in its own sentence
	state      bool  // "speaking to state media" without a name
	stateActor int   // the unnamed state media actor + 1, or 0
	evid       diplo.Evidential
	time       int // index into a.times, or -1
}

// stmScanner holds the state of one findStatements run.
type stmScanner struct {
	*stmIndex
	lx       *statementLex
	used     []bool // cue tokens already taken
	recs     []stmRec
	sentOf   []int32 // token -> sentence, -1 outside sentences
	blockSen []int   // block -> its first sentence, -1 for none

	defaultParties []int          // the parties of an unnamed joint statement (lazy)
	ids            map[string]int // actor ID -> index (lazy)
	counts         []int          // mentions per actor (lazy)
	names          map[string]int // lower-cased actor names and aliases (lazy)
	inTurn         int            // the speaker of the answer being scanned, or -1
	partOf         bool           // the last subject found was partitive
	nameMemo       [2][]int8      // per actor: 0 unknown, 1 no, 2 yes (state media, insider)
	curFlags       cueFlag        // the flags of the cue being handled
	surnames       map[string]int // family names written first ("pak" of Pak Myong-su) -> actor, -1 when shared (lazy)
}

// findStatements fills a.statements: reported speech, direct quotes,
// stance verbs, "according to X", labelled interview answers and joint
// statements, each attributed through the actor layer's mentions.
func (e *Extractor) findStatements(a *article) {
	if e.stm == nil || a.t == nil || len(a.t.Toks) == 0 {
		return
	}
	buf := stmPool.Get().(*stmBuf)
	defer stmPool.Put(buf)
	sc := newStmScanner(e.stm, a, buf)
	d := a.t
	for bi, b := range d.Blocks {
		switch b.Kind {
		case text.Title, text.Heading, text.TOCItem, text.TableHeader, text.TableRule, text.DateLine:
			continue
		case text.TableRow:
			sc.tableRow(bi)
			continue
		}
		if ok, who := sc.turn(bi); ok {
			if who >= 0 {
				// a report inside an answer ("The Secretary underlined
				// that ...") is a statement of its own
				sc.inTurn = who
				for si := sc.blockSen[bi]; si >= 0 && si < len(d.Sents) && d.Sents[si].Block == bi; si++ {
					sc.scanSentence(si)
				}
				sc.inTurn = -1
			}
			continue
		}
		if sc.tableRow(bi) {
			continue
		}
		for si := sc.blockSen[bi]; si >= 0 && si < len(d.Sents) && d.Sents[si].Block == bi; si++ {
			sc.scanSentence(si)
		}
	}
	sc.standaloneQuotes()
	sc.continuedQuotes()
	sc.according()
	sc.channels()
	sc.evidentials()
	sc.times()
	sc.emit()
}

func newStmScanner(lx *statementLex, a *article, buf *stmBuf) *stmScanner {
	x, rest := newStmIndex(a, buf, 1)
	d := a.t
	sc := &stmScanner{stmIndex: x, lx: lx, used: buf.bools(len(d.Toks)), inTurn: -1}
	sc.sentOf = rest
	sc.blockSen = make([]int, len(d.Blocks))
	for i := range sc.blockSen {
		sc.blockSen[i] = -1
	}
	for si, s := range d.Sents {
		for t := s.Tok0; t < s.Tok1 && t < len(d.Toks); t++ {
			sc.sentOf[t] = int32(si)
		}
		if s.Block >= 0 && s.Block < len(sc.blockSen) && sc.blockSen[s.Block] < 0 {
			sc.blockSen[s.Block] = si
		}
	}
	return sc
}

// scanSentence finds the statements whose cue is in sentence si.
func (sc *stmScanner) scanSentence(si int) {
	s := sc.d.Sents[si]
	for i := s.Tok0; i < s.Tok1; i++ {
		if sc.used[i] {
			continue
		}
		tk := sc.d.Toks[i]
		if !tk.Is(text.Word) {
			continue
		}
		w := sc.low(i)
		if w == "according" && sc.low(i+1) == "to" && i+1 < s.Tok1 {
			sc.accordingTo(si, i)
			continue
		}
		if (w == "came" || w == "comes") && sc.low(i+1) == "from" && i+2 < s.Tok1 {
			sc.cameFrom(si, i)
			continue
		}
		if tk.Is(text.Cap) {
			continue
		}
		forms := sc.lx.cueForms(w)
		if len(forms) == 0 {
			continue
		}
		for _, f := range forms {
			n := 0
			for k, fw := range f.words {
				if i+k >= s.Tok1 || sc.low(i+k) != fw {
					break
				}
				n = k + 1
			}
			if n == len(f.words) {
				sc.cue(si, i, i+n, f)
				break
			}
		}
	}
}

// add records a statement.
func (sc *stmScanner) add(r stmRec) {
	if r.conE <= r.conS || len(r.speakers) == 0 {
		return
	}
	if sc.inTurn >= 0 && len(r.speakers) == 1 && r.speakers[0] == sc.inTurn {
		return // the answer itself is the speaker's statement
	}
	if r.flags&cuePerf != 0 && !r.turn && !r.according && !r.joint {
		// a perfect auxiliary belongs to the cue: "have insisted", "has said"
		if t := sc.tokAt(r.cueS); t > 0 && t < len(sc.d.Toks) && sc.d.Toks[t].Start == r.cueS {
			if w := sc.low(t - 1); (w == "has" || w == "have" || w == "had") && sc.d.Toks[t-1].End < r.cueS && sc.sentOf[t-1] == sc.sentOf[t] {
				r.cueS = sc.d.Toks[t-1].Start
			}
		}
	}
	for t := sc.tokAt(r.cueS); t < len(sc.used) && sc.d.Toks[t].Start < r.cueE; t++ {
		sc.used[t] = true
	}
	sc.recs = append(sc.recs, r)
}

// group collects the mentions joined by "and" that end at token j:
// "Russia and the United States". It returns the actors, the first token
// of the group and the span of the mention nearest the cue.
func (sc *stmScanner) groupLeft(j, t0 int) (actors []int, g0, ms, me int) {
	m, ok := sc.mentionEnd(j)
	if !ok {
		return nil, 0, 0, 0
	}
	ms, me = m.start, m.end
	actors = []int{m.actor}
	g0 = sc.tokAt(m.start)
	for g0-1 > t0 && sc.isDet(g0-1) {
		g0--
	}
	for {
		// title words before the name: "Rubio and British Foreign
		// Secretary David Lammy"
		k := g0
		for steps := 0; steps < 5 && k-1 > t0 && sc.d.Toks[k-1].Is(text.Cap) && sc.d.Toks[k-1].Is(text.Word) && sc.low(k-1) != "and"; steps++ {
			if _, ok := sc.mentionEnd(k - 1); ok {
				break
			}
			k--
		}
		if sc.low(k-1) != "and" || k-2 < t0 {
			k = g0
		}
		if k-2 < t0 || sc.low(k-1) != "and" {
			break
		}
		m2, ok := sc.mentionEnd(k - 2)
		if !ok || sc.possessive(m2) {
			break
		}
		if !slices.Contains(actors, m2.actor) {
			actors = append(actors, m2.actor)
		}
		g0 = sc.tokAt(m2.start)
		for g0-1 > t0 && sc.isDet(g0-1) {
			g0--
		}
	}
	slices.Reverse(actors)
	return actors, g0, ms, me
}

// isDet reports whether token i is an article.
func (sc *stmIndex) isDet(i int) bool {
	w := sc.low(i)
	return w == "the" || w == "a" || w == "an"
}

// groupRight collects the mention group that starts at or just after token
// i ("said Deputy Foreign Minister Sergei Ryabkov" skips title words). It
// returns the actors, the token after the group and the first mention.
func (sc *stmScanner) groupRight(i, t1 int) (actors []int, g1, ms, me int) {
	j := i
	for ; j < t1 && j < i+6; j++ {
		if _, ok := sc.mentionStart(j); ok {
			break
		}
		w := sc.low(j)
		if !(w == "the" || w == "a" || w == "an" || sc.d.Toks[j].Is(text.Cap) || sc.d.Toks[j].Is(text.Abbrev) ||
			(j > i && sc.d.Toks[j].Is(text.Word) && !stmPrep[w] && w != "that")) {
			return nil, 0, 0, 0
		}
	}
	m, ok := sc.mentionStart(j)
	if !ok {
		return nil, 0, 0, 0
	}
	ms, me = m.start, m.end
	actors = []int{m.actor}
	g1 = sc.tokAt(m.end-1) + 1
	for g1+1 < t1 && sc.low(g1) == "and" {
		m2, ok := sc.mentionStart(g1 + 1)
		if !ok {
			break
		}
		if !slices.Contains(actors, m2.actor) {
			actors = append(actors, m2.actor)
		}
		g1 = sc.tokAt(m2.end-1) + 1
	}
	return actors, g1, ms, me
}

// subjectLeft finds the subject of a cue starting at token c0: a mention
// group ending just before it (auxiliaries, adverbs, a time expression or
// an apposition between commas may intervene) that is not the object of a
// preposition and not a possessive.
func (sc *stmScanner) subjectLeft(c0, t0 int) (actors []int, g0, ms, me int, ok bool) {
	j := c0 - 1
	if ai, ok := sc.surnameFirst(j, t0); ok {
		s, e := sc.tokSpan(j, j+1)
		return []int{ai}, j, s, e, true
	}
	if k := sc.relativeBefore(c0, t0); k > t0 {
		// "A Western diplomat who asked not to be named said"
		actors, g0, ms, me := sc.groupLeft(k-1, t0)
		return actors, g0, ms, me, true
	}
	for steps := 0; j >= t0 && steps < 8; steps++ {
		if _, ok := sc.mentionEnd(j); ok {
			break
		}
		w := sc.low(j)
		if stmAux[w] || sc.isLy(j) {
			j--
			continue
		}
		if sc.sentOf[j] >= 0 && sc.inTime(j) {
			j--
			continue
		}
		if stmTimePrep[w] && j+1 < c0 && sc.inTime(j+1) {
			j-- // "North Korea on Monday rejected"
			continue
		}
		if w == "who" && sc.isPunct(j-1, ',') && sc.curFlags&cuePerf != 0 {
			// "... came from Peskov, who told reporters that"
			if m, ok := sc.mentionEnd(j - 2); ok && j-2 >= t0 && !sc.possessive(m) {
				actors, g0, ms, me := sc.groupLeft(j-2, t0)
				return actors, g0, ms, me, true
			}
			return nil, 0, 0, 0, false
		}
		if w == "," {
			// a name in apposition after its title: "Malaysia's foreign
			// minister, Azman Hashim, said"
			if m, ok := sc.mentionEnd(j - 1); ok && !sc.possessive(m) {
				k := sc.tokAt(m.start) - 1
				if sc.actorKind(m.actor) == diplo.Person && k > t0 && k < j-1 && sc.d.Toks[k].Is(text.Cap) && sc.isPunct(k-1, ',') && sc.titleBefore(k-1, t0) {
					// "The OSCE mission chief, Ambassador Karl Lunde, said":
					// the name keeps a title of its own
					k--
				}
				if k > t0 && k == j-2 && sc.isPunct(k, ',') && sc.actorKind(m.actor) == diplo.Organization && stmOrgNoun[sc.low(k-1)] {
					// an organization in apposition to what it is: "The UN
					// peacekeeping mission, MINUSCA, said"
					g0 := k - 1
					for steps := 0; steps < 5 && g0-1 >= t0 && sc.d.Toks[g0-1].Is(text.Word) && !stmPrep[sc.low(g0-1)] && sc.low(g0-1) != "that"; steps++ {
						g0--
					}
					return []int{m.actor}, g0, m.start, m.end, true
				}
				if k > t0 && k < j-1 && sc.isPunct(k, ',') && sc.titleBefore(k, t0) {
					g0 := k
					for steps := 0; steps < 8 && g0-1 >= t0 && sc.d.Toks[g0-1].Is(text.Word) && !stmPrep[sc.low(g0-1)] && sc.low(g0-1) != "that"; steps++ {
						g0--
					}
					return []int{m.actor}, g0, m.start, m.end, true
				}
			}
			// "We, President Biden and President Putin, note ..."
			for k := j - 1; k > t0 && k > j-40; k-- {
				if !sc.isPunct(k, ',') {
					continue
				}
				if w := sc.low(k - 1); w == "we" || w == "they" {
					var actors []int
					ms, me := 0, 0
					for q := k + 1; q < j; q++ {
						if m, ok := sc.mentionStart(q); ok {
							if !slices.Contains(actors, m.actor) {
								actors = append(actors, m.actor)
							}
							if me == 0 {
								ms, me = m.start, m.end
							}
						}
					}
					if len(actors) > 0 {
						return actors, k - 1, ms, me, true
					}
				}
				break
			}
			// an apposition: "Peskov, the Kremlin spokesman, said"
			found := false
			for k := j - 1; k > t0 && k >= j-24; k-- {
				if sc.isPunct(k, ',') {
					if _, ok := sc.mentionEnd(k - 1); ok && k < j-1 {
						j = k - 1
						found = true
					} else if m, ok := sc.mentionEnd(k - 2); ok && k < j-1 && stmOfficialNoun[sc.low(k-1)] && !sc.possessive(m) {
						// "A Turkish government official, speaking on
						// condition of anonymity, said"
						_, oe := sc.tokSpan(k-1, k)
						return []int{m.actor}, sc.tokAt(m.start), m.start, oe, true
					}
					break
				}
				if sc.low(k) == "that" || sc.isQuote(k) || sc.isPunct(k, ';') {
					break
				}
			}
			if found {
				break
			}
		}
		// "the ministry's statement said": the owner speaks
		if stmSpokesNoun[w] && j-2 >= t0 {
			if m, ok := sc.mentionEnd(j - 2); ok && sc.possessive(m) && sc.possessiveTok(j-1) {
				g0 := sc.tokAt(m.start)
				return []int{m.actor}, g0, m.start, m.end, true
			}
		}
		// "one of them said": the group that spoke just before
		if actors, g0, ok := sc.partitive(j, t0); ok {
			s, e := sc.tokSpan(g0, j+1)
			return actors, g0, s, e, true
		}
		// "..., officials in both capitals said": the two the sentence
		// names first
		if _, known := stmCollective[w]; known && j-3 >= t0 && (sc.low(j-1) == "both" || sc.low(j-1) == "two") {
			k := j - 2
			if sc.low(k) == "the" {
				k--
			}
			if w := sc.low(k); (w == "in" || w == "from" || w == "of" || w == "on") && k-1 >= t0 && stmOfficialNoun[sc.low(k-1)] {
				if actors, ms, _, ok := sc.clauseSubject(t0, k-1); ok && len(actors) == 2 && ms < sc.d.Toks[k-1].Start {
					s, e := sc.tokSpan(k-1, j+1)
					return actors, k - 1, s, e, true
				}
			}
		}
		// "A and B agreed to extend the truce, negotiators said": the
		// parties the clause names first speak jointly
		if stmJointNoun[w] && j-1 > t0 && sc.isPunct(j-1, ',') {
			if actors, _, _, ok := sc.clauseSubject(t0, j-1); ok && len(actors) >= 2 {
				s, e := sc.tokSpan(j, j+1)
				return actors, j, s, e, true
			}
		}
		// "Both leaders underscored ...": the parties of the meeting
		if actors, g0, ok := sc.collective(j, t0); ok {
			s, e := sc.tokSpan(g0, j+1)
			return actors, g0, s, e, true
		}
		return nil, 0, 0, 0, false
	}
	m, found := sc.mentionEnd(j)
	if !found || j < t0 || sc.possessive(m) || stmPossPron[sc.low(j)] {
		return nil, 0, 0, 0, false
	}
	actors, g0, ms, me = sc.groupLeft(j, t0)
	if g0-1 >= t0 {
		w := sc.low(g0 - 1)
		if w == "of" && g0-2 >= t0 && stmPartitive[sc.low(g0-2)] {
			// "one of them said", "one of the diplomats said": the group
			sc.partOf = true
			return actors, g0 - 2, ms, me, true
		}
		if (w == "for" || w == "of") && g0-2 >= t0 && stmSpokesNoun[sc.low(g0-2)] {
			// "a spokesman for the ministry said": the ministry speaks
			k := g0 - 2
			for k-1 >= t0 && k > g0-5 && (sc.isDet(k-1) || sc.d.Toks[k-1].Is(text.Word) && !stmPrep[sc.low(k-1)] && !stmAux[sc.low(k-1)] && sc.low(k-1) != "that") {
				k--
			}
			return actors, k, ms, me, true
		}
		if w == "of" && g0-2 >= t0 && len(actors) == 1 {
			// "Foreign Minister Luis Vega of Peru said": the person
			if p, ok := sc.mentionEnd(g0 - 2); ok && p.actor != actors[0] && sc.actorKind(p.actor) == diplo.Person && !sc.possessive(p) {
				return []int{p.actor}, sc.tokAt(p.start), p.start, p.end, true
			}
		}
		if stmPrep[w] {
			return nil, 0, 0, 0, false
		}
	}
	return actors, g0, ms, me, true
}

// relativeBefore finds a restrictive relative clause that ends just
// before the cue at c0 and follows a mention: "a diplomat who asked not to
// be named said". It returns the token of "who", or -1.
func (sc *stmScanner) relativeBefore(c0, t0 int) int {
	if _, ok := sc.mentionEnd(c0 - 1); ok || sc.low(c0-1) == "to" {
		return -1 // "who came to announce": an infinitive, not a report
	}
	for k := c0 - 2; k > t0 && k >= c0-10; k-- {
		if !sc.d.Toks[k].Is(text.Word) {
			return -1
		}
		if sc.low(k) != "who" {
			continue
		}
		own := false // the clause has a verb of its own: "who asked not to be named"
		for q := k + 1; q < c0; q++ {
			if !stmAux[sc.low(q)] {
				own = true
				break
			}
		}
		if !own {
			return -1 // "the Senate, who have said": the cue is the clause's own
		}
		if m, ok := sc.mentionEnd(k - 1); ok && !sc.possessive(m) {
			switch sc.actorKind(m.actor) {
			case diplo.Group, diplo.Person, diplo.Country, diplo.Organization:
				return k
			}
		}
		return -1
	}
	return -1
}

// surnameFirst resolves a lone capitalised word at token j that is not a
// mention to the person whose name puts the family name first and
// hyphenates the given name ("Pak said" for Pak Myong-su, "Han" for Han
// Jae-ho); a family name two such persons share resolves to nobody.
func (sc *stmScanner) surnameFirst(j, t0 int) (int, bool) {
	if j < t0 || !sc.d.Toks[j].Is(text.Cap) || !sc.d.Toks[j].Is(text.Word) {
		return 0, false
	}
	if _, ok := sc.mentionEnd(j); ok {
		return 0, false
	}
	if j-1 >= t0 && sc.d.Toks[j-1].Is(text.Word) && sc.low(j-1) != "and" && sc.low(j-1) != "but" {
		// part of a longer name or noun phrase; only a clause start,
		// punctuation or a conjunction may precede it
		return 0, false
	}
	if sc.surnames == nil {
		sc.surnames = make(map[string]int)
		for i := range sc.a.actors {
			ac := &sc.a.actors[i]
			if ac.kind != diplo.Person {
				continue
			}
			sp := strings.IndexByte(ac.name, ' ')
			given := ac.name[sp+1:]
			h := strings.IndexByte(given, '-')
			if sp <= 0 || strings.IndexByte(given, ' ') >= 0 || h < 0 || h+1 >= len(given) || given[h+1] < 'a' || given[h+1] > 'z' {
				continue // not "Pak Myong-su" ("Karine Jean-Pierre" is given name first)
			}
			k := strings.ToLower(ac.name[:sp])
			if _, dup := sc.surnames[k]; dup {
				sc.surnames[k] = -1
			} else {
				sc.surnames[k] = i
			}
		}
	}
	ai, ok := sc.surnames[sc.low(j)]
	if !ok || ai < 0 {
		return 0, false
	}
	return ai, true
}

// stmMediumNoun are the nouns of the occasion or medium of a statement:
// "said in a statement", "told in an interview".
var stmMediumNoun = stmSet("statement", "interview", "speech", "letter", "briefing", "address", "broadcast",
	"column", "communique", "communiqué", "message", "post", "tweet", "report", "conference", "declaration",
	"remarks", "comments", "editorial", "op-ed", "video", "email", "posting", "testimony")

// stmClauseStart are the words a content clause without "that" may open
// with after a medium phrase.
var stmClauseStart = stmSet("he", "she", "it", "they", "we", "i", "the", "there", "his", "her", "its", "their")

// mediumPhrase reports the token after "in a statement" (or "in a
// television interview", "at a news conference", optionally followed by
// a time) at p when a content clause without "that" opens there: a
// pronoun, "the" or a mention. It returns p when there is none.
func (sc *stmScanner) mediumPhrase(p, t1 int) int {
	if w := sc.low(p); w != "in" && w != "at" || p+2 >= t1 {
		return p
	}
	j := p + 1
	if m, ok := sc.mentionStart(j); ok && !sc.possessive(m) {
		// a place: "told a summit in Lima the region needed ..."
		j = sc.tokAt(m.end-1) + 1
		if j < t1 && stmClauseStart[sc.low(j)] {
			return j
		}
		return p
	}
	if !sc.isDet(j) {
		return p
	}
	for j++; j < t1 && j < p+6; j++ {
		if stmMediumNoun[sc.low(j)] {
			break
		}
		if !sc.d.Toks[j].Is(text.Word) || stmPrep[sc.low(j)] {
			return p
		}
	}
	if j >= t1 || j >= p+6 {
		return p
	}
	q := j + 1
	if w := sc.low(q); w == "on" || w == "late" || w == "early" || w == "last" {
		if to, ok := sc.timeEnd(q + 1); ok {
			q = to
		}
	} else if to, ok := sc.timeEnd(q); ok {
		q = to
	}
	if q >= t1 {
		return p
	}
	if _, ok := sc.mentionStart(q); ok || stmClauseStart[sc.low(q)] {
		return q
	}
	return p
}

// stmOfficialNoun are the nouns of an unnamed source that speaks for the
// mention before it: "a Turkish government official".
var stmOfficialNoun = stmSet("official", "officials", "diplomat", "diplomats", "spokesman", "spokeswoman",
	"spokesperson", "source", "sources", "negotiator", "negotiators", "aide", "aides")

// stmTimePrep are the prepositions that open a time expression between a
// subject and its verb: "X on Monday said".
var stmTimePrep = stmSet("on", "in", "at", "late", "early", "earlier")

// titleBefore reports whether the tokens ending just before the comma at
// k are a title (lower-case or capitalised words, not a mention, not a
// verb of saying): "Malaysia's foreign minister, Azman Hashim, said".
func (sc *stmScanner) titleBefore(k, t0 int) bool {
	j := k - 1
	if j < t0 || !sc.d.Toks[j].Is(text.Word) {
		return false
	}
	if m, ok := sc.mentionEnd(j); ok {
		// "the president of the Chilean League for Human Rights, Marta
		// Diaz, said": a head, "of" or "for" and its owner
		j = sc.tokAt(m.start) - 1
		if j > t0 && sc.isDet(j) {
			j--
		}
		if w := sc.low(j); j <= t0 || w != "of" && w != "for" && w != "to" && w != "at" && w != "in" {
			return false
		}
		j--
	} else {
		// "deputy prime minister for (European) reintegration, Ion
		// Munteanu, said": a head and a short domain after "for"
		for q := j; q > t0 && q >= j-3; q-- {
			if w := sc.low(q); w == "for" || w == "in" {
				// "UNHCR's representative in Jordan, Elodie Marchetti,"
				if stmTitleHead[sc.low(q-1)] {
					return true
				}
				break
			}
			if !sc.d.Toks[q].Is(text.Word) || stmAux[sc.low(q)] {
				break
			}
		}
	}
	return stmTitleHead[sc.low(j)]
}

// titledName finds the name after a title that follows a possessive
// owner, from token i (after the owner): "said Qatar's Minister of State
// for Foreign Affairs, Khalid Al-Mansouri". The title may be set off by a
// comma. It returns the name's mention.
func (sc *stmScanner) titledName(i, t1 int) (mention, int, bool) {
	head := false
	for k := i; k < t1 && k < i+10; k++ {
		if m, ok := sc.mentionStart(k); ok {
			if !head || sc.possessive(m) || m.kind == diplo.ByPronoun {
				return mention{}, 0, false
			}
			return m, sc.tokAt(m.end-1) + 1, true
		}
		if sc.isPunct(k, ',') {
			if !head {
				return mention{}, 0, false
			}
			continue
		}
		if w := sc.low(k); !sc.d.Toks[k].Is(text.Word) || w == "that" || sc.isPunct(k-1, ',') ||
			stmPrep[w] && w != "of" && w != "for" && w != "to" || stmAux[w] || strings.HasSuffix(w, "ing") {
			return mention{}, 0, false
		}
		if stmTitleHead[sc.low(k)] {
			head = true
		}
	}
	return mention{}, 0, false
}

// stmTitleHead are the head nouns of a title that a name may follow in
// apposition.
var stmTitleHead = stmSet("minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "envoy",
	"ambassador", "president", "vice-president", "premier", "chancellor", "chief", "adviser", "advisor",
	"negotiator", "representative", "commissioner", "director", "head", "leader", "official", "diplomat",
	"counselor", "counsellor", "deputy", "undersecretary", "under-secretary", "governor", "affairs",
	"mediator", "coordinator", "chairman", "chairwoman", "chair", "general", "spokespeople")

// stmOrgNoun are the nouns that describe an organization named after
// them in apposition: "the UN peacekeeping mission, MINUSCA,".
var stmOrgNoun = stmSet("mission", "agency", "bloc", "organization", "organisation", "body", "alliance", "force",
	"group", "movement", "court", "council", "commission", "fund", "bank", "watchdog", "operation", "office", "secretariat")

// stmSpokesNoun are the nouns that speak for their owner: "a spokesman for
// the ministry said", "the Kremlin's statement said".
var stmSpokesNoun = stmSet("spokesman", "spokeswoman", "spokesperson", "spokespeople", "statement", "office",
	"representative", "representatives", "envoy", "delegation", "communique", "communiqué", "declaration")

// stmPartitive are the quantifiers of a partitive subject: "one of them".
var stmPartitive = stmSet("one", "some", "another", "two", "three", "both", "each", "several", "many", "most", "none")

// partitive resolves "one of them" (or "one of those", "some of them")
// ending at token j to the speakers of the last statement of the two
// sentences before, when those are a group or several actors.
func (sc *stmScanner) partitive(j, t0 int) ([]int, int, bool) {
	if j-2 < t0 || sc.low(j-1) != "of" || (sc.low(j) != "them" && sc.low(j) != "those") {
		return nil, 0, false
	}
	if !stmPartitive[sc.low(j-2)] {
		return nil, 0, false
	}
	si := int(sc.sentOf[j])
	for k := len(sc.recs) - 1; k >= 0 && k >= len(sc.recs)-64; k-- {
		r := sc.recs[k]
		if r.sent >= si {
			continue
		}
		if si-r.sent > 2 || r.turn || r.joint {
			break
		}
		if len(r.speakers) > 1 || sc.actorKind(r.speakers[0]) == diplo.Group {
			sc.partOf = true
			return r.speakers, j - 2, true
		}
		break
	}
	return nil, 0, false
}

// stmSpeechNoun are nouns of a speech act that a participle cue may follow:
// "issued a statement calling for".
var stmSpeechNoun = stmSet("statement", "declaration", "communique", "communiqué", "letter", "resolution",
	"speech", "interview", "message", "address", "post", "op-ed", "article", "note", "appeal", "remarks")

// stmNounish are cue forms that are also nouns ("a report on the economy
// said"); they count only before "that", a colon, a quotation or a comma.
var stmNounish = stmSet("report", "comment", "claim", "answer", "demand", "promise", "estimate",
	"forecast", "call", "remark", "pledge", "vow", "appeal", "reply", "tweet", "hope", "concern", "welcome",
	"voice", "praise", "remarks", "comments")

// stmJointDoc are the documents two parties issue together: "according
// to a joint communique".
var stmJointDoc = stmSet("statement", "communique", "communiqué", "declaration", "readout")

// stmJointNoun are the plural nouns of unnamed sources that, after a
// clause naming two parties, speak for both: "..., negotiators said".
var stmJointNoun = stmSet("negotiators", "officials", "delegations", "sources")

// stmCollective are the heads of a collective subject ("both leaders",
// "the two sides"); true for people, false for states.
var stmCollective = map[string]bool{"leaders": true, "presidents": true, "ministers": true,
	"heads": true, "counterparts": true, "sides": false, "countries": false, "nations": false,
	"governments": false, "parties": false, "delegations": false, "allies": false, "capitals": false}

// collective resolves a collective subject ending at token j ("both
// leaders", "the two sides") to the participants or parties of the
// meeting the article last mentioned before it.
func (sc *stmScanner) collective(j, t0 int) ([]int, int, bool) {
	people, ok := stmCollective[sc.low(j)]
	if !ok || j-1 < t0 {
		return nil, 0, false
	}
	g0 := j - 1
	switch sc.low(g0) {
	case "both", "all":
	case "two", "three":
		if g0-1 >= t0 && sc.low(g0-1) == "the" {
			g0--
		}
	case "the":
		if people {
			break
		}
		return nil, 0, false
	default:
		return nil, 0, false
	}
	if len(sc.a.meetings) == 0 {
		return nil, 0, false
	}
	if sc.ids == nil {
		sc.ids = make(map[string]int, len(sc.a.actors))
		for i := range sc.a.actors {
			sc.ids[sc.a.actorID(i)] = i
		}
	}
	at := sc.d.Orig(sc.d.Toks[j].Start)
	if sc.counts == nil {
		sc.counts = make([]int, len(sc.a.actors))
		for _, m := range sc.a.mentions {
			if m.actor >= 0 && m.actor < len(sc.counts) {
				sc.counts[m.actor]++
			}
		}
	}
	// the meeting mentioned before it whose sides the article names most:
	// "the two leaders" of a readout are the two on the call, not the two
	// at a meeting it mentions in passing
	weight := func(m *diplo.Meeting) int {
		ids := m.Participants
		if !people || len(ids) < 2 {
			ids = m.Parties
		}
		w := 0
		for _, id := range ids {
			if i, ok := sc.ids[id]; ok {
				w += sc.counts[i]
			}
		}
		return w
	}
	var mt *diplo.Meeting
	best := -1
	for i := range sc.a.meetings {
		m := &sc.a.meetings[i]
		if len(m.Evidence) > 0 && m.Evidence[0].Start > at && mt != nil {
			continue
		}
		if w := weight(m); w >= best {
			mt, best = m, w
		}
	}
	pick := func(ids []string) []int {
		var out []int
		for _, id := range ids {
			if i, ok := sc.ids[id]; ok && !slices.Contains(out, i) {
				out = append(out, i)
			}
		}
		return out
	}
	var out []int
	if people {
		out = pick(mt.Participants)
	}
	if len(out) < 2 {
		out = pick(mt.Parties)
	}
	if len(out) < 2 {
		return nil, 0, false
	}
	return out, g0, true
}

// stmPlacePrep are prepositions of place: a mention after one locates,
// it does not speak.
var stmPlacePrep = stmSet("in", "at", "on", "near", "into", "across", "inside", "outside", "over", "during", "around", "throughout")

// stmRoleNoun are the nouns "of X" / "for X" may follow when X is the
// source: "a spokesman for the ministry", "statements of the Kremlin".
var stmRoleNoun = stmSet("spokesman", "spokeswoman", "spokesperson", "representative", "representatives",
	"official", "officials", "minister", "members", "member", "source", "sources", "statement", "statements",
	"report", "reports", "remarks", "comments", "office", "envoy", "ambassador", "head", "chief", "leader",
	"leaders", "delegation", "press", "secretary", "data", "figures", "estimates", "ministry")

// stmPossPron are possessive pronouns: "his remarks" has no subject.
var stmPossPron = stmSet("his", "her", "its", "their", "our", "my", "your")

// inTime reports whether token j lies inside a time expression.
func (sc *stmScanner) inTime(j int) bool {
	for k := j; k >= 0 && k > j-6; k-- {
		if to, ok := sc.timeEnd(k); ok {
			return to > j
		}
	}
	return false
}

// clauseSubject is the subject of the main clause of [t0, c0): a mention
// group at its start, after any leading adverbial or subordinate clause
// and title words.
func (sc *stmIndex) clauseSubject(t0, c0 int) (actors []int, ms, me int, ok bool) {
	st := sc.lead(t0, c0)
	for j := st; j < c0 && j < st+5; j++ {
		m, found := sc.mentionStart(j)
		if found {
			if sc.possessive(m) {
				return nil, 0, 0, false
			}
			actors = []int{m.actor}
			g1 := sc.tokAt(m.end-1) + 1
			for g1+1 < c0 && sc.low(g1) == "and" {
				k := g1 + 1
				if sc.isDet(k) {
					k++
				}
				m2, ok := sc.mentionStart(k)
				if !ok || sc.possessive(m2) {
					break
				}
				if !slices.Contains(actors, m2.actor) {
					actors = append(actors, m2.actor)
				}
				g1 = sc.tokAt(m2.end-1) + 1
			}
			return actors, m.start, m.end, true
		}
		tk := sc.d.Toks[j]
		if !(tk.Is(text.Word) && (tk.Is(text.Cap) || tk.Is(text.Abbrev))) && !sc.isDet(j) {
			break
		}
	}
	return nil, 0, 0, false
}

// cue handles a reporting cue at tokens [c0, c1) of sentence si.
func (sc *stmScanner) cue(si, c0, c1 int, f cueForm) {
	s := sc.d.Sents[si]
	t0, t1 := s.Tok0, s.Tok1
	if sc.insideQuote(c0) {
		return // speech reported inside a quotation
	}
	if sc.modal(c0, t0) {
		return // "Ukraine would agree to ...": not said yet
	}
	for k := c0 - 1; k >= t0 && k >= c0-3; k-- {
		if w := sc.low(k); w == "not" || w == "never" || w == "nor" || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			return // "Sudan has not commented": nothing was said
		}
		if !stmAux[sc.low(k)] && !sc.isLy(k) {
			break
		}
	}
	if stmNounish[f.words[0]] && !(sc.low(c1) == "that" || sc.isPunct(c1, ':') || sc.isQuote(c1) || sc.isPunct(c1, ',') || sc.isPunct(c1, '.')) {
		return // "a report on the economy said"
	}
	cs, ce := sc.tokSpan(c0, c1)
	r := stmRec{cueS: cs, cueE: ce, flags: f.flags, sent: si}
	sc.curFlags = f.flags

	if f.words[0] == "quoted" && c0 > t0 && sc.beAux(c0, t0) {
		sc.quotedAs(r, c0, c1, t0, t1, f)
		return
	}

	// passive: "was raised by X", "as announced by X", "was announced on
	// Friday by X"; a passive without its agent is no statement
	by := c1
	if w := sc.low(by); w == "on" || w == "in" || w == "at" || w == "last" || w == "earlier" {
		if to, ok := sc.timeEnd(by + 1); ok {
			by = to
		}
	}
	if to, ok := sc.timeEnd(by); ok {
		by = to
	}
	passive := !f.ing && sc.beAux(c0, t0)
	if by < t1 && sc.low(by) == "by" || passive {
		if f.flags&cueReport != 0 || by >= t1 || sc.low(by) != "by" {
			return
		}
		actors, _, ms, me := sc.groupRight(by+1, t1)
		if len(actors) == 0 {
			return
		}
		r.speakers, r.spkS, r.spkE = actors, ms, me
		if by == c1 {
			_, r.cueE = sc.tokSpan(c1, c1+1)
		}
		j := c0 - 1
		if sc.low(j) == "as" {
			r.cueS, _ = sc.tokSpan(j, j+1)
			if j == sc.lead(t0, j) {
				// "As stated by Peskov, the talks will resume."
				_, g1, _, _ := sc.groupRight(by+1, t1)
				if !sc.isPunct(g1, ',') {
					return
				}
				e := sc.clauseEnd(g1+1, t1)
				if sc.wordsOf(g1+1, e) < 2 {
					return
				}
				r.conS, r.conE = sc.tokSpan(g1+1, e)
				sc.add(r)
				return
			}
			j--
			if !sc.isPunct(j, ',') {
				return
			}
		} else {
			aux := false
			for j >= t0 && stmAux[sc.low(j)] {
				aux = true
				j--
			}
			if !aux && !sc.isPunct(j, ',') {
				return
			}
			j++
			if sc.isPunct(j-1, ',') {
				j--
			}
		}
		st := sc.lead(max(t0, j-stmMaxContent), j)
		for k := j - 1; k > st; k-- {
			if sc.low(k) == "that" || sc.used[k] || sc.isPunct(k, ';') || sc.isPunct(k, ':') || sc.isQuote(k) {
				st = k + 1
				break
			}
		}
		if sc.wordsOf(st, j) < 2 {
			return
		}
		r.conS, r.conE = sc.tokSpan(st, j)
		sc.add(r)
		return
	}

	if f.ing {
		if sc.isPunct(c0-1, ',') {
			if f.flags&cuePart == 0 {
				return
			}
			var actors []int
			var ms, me int
			for k := len(sc.recs) - 1; k >= 0 && sc.recs[k].sent == si; k-- {
				if sc.recs[k].cueS < cs {
					actors, ms, me = sc.recs[k].speakers, sc.recs[k].spkS, sc.recs[k].spkE
					break
				}
			}
			if actors == nil {
				var ok bool
				if actors, ms, me, ok = sc.clauseSubject(t0, c0); !ok {
					return
				}
			}
			r.speakers, r.spkS, r.spkE = actors, ms, me
			if sc.forward(&r, c1, sc.subEnd(t0, c0, t1), f) {
				sc.add(r)
			}
			return
		}
		if stmSpeechNoun[sc.low(c0-1)] && f.flags&cuePart != 0 {
			// "Russia and China issued a joint statement calling for ..."
			if actors, ms, me, ok := sc.clauseSubject(t0, c0); ok {
				r.speakers, r.spkS, r.spkE = actors, ms, me
				if sc.forward(&r, c1, t1, f) {
					sc.add(r)
				}
			}
			return
		}
		if sc.low(c0-1) == "as" {
			// "X was quoted by TASS as saying"
			for k := c0 - 2; k >= t0 && k > c0-8; k-- {
				if sc.low(k) == "quoted" || sc.low(k) == "cited" {
					if actors, _, ms, me, ok := sc.subjectLeft(k, t0); ok {
						r.speakers, r.spkS, r.spkE = actors, ms, me
						if sc.forward(&r, c1, t1, f) {
							sc.add(r)
						}
					}
					return
				}
			}
			return
		}
		if c0-3 >= t0 && sc.low(c0-3) == "with" || c0-4 >= t0 && sc.low(c0-4) == "with" && sc.low(c0-3) == "the" {
			// "..., with both sides saying a deal was within reach": the
			// parties of the meeting, else the group that is the subject
			actors, _, ok := sc.collective(c0-1, c0-3)
			if !ok {
				if _, known := stmCollective[sc.low(c0-1)]; known && (sc.low(c0-2) == "both" || sc.low(c0-2) == "two") {
					var ms, me int
					actors, ms, me, ok = sc.clauseSubject(t0, c0)
					ok = ok && len(actors) >= 2
					r.spkS, r.spkE = ms, me
				}
			} else {
				r.spkS, r.spkE = sc.tokSpan(c0-2, c0)
			}
			if ok {
				r.speakers = actors
				if sc.forward(&r, c1, sc.subEnd(t0, c0, t1), f) {
					sc.add(r)
				}
			}
			return
		}
		if !stmAux[sc.low(c0-1)] {
			return
		}
	}

	if !f.ing && sc.low(c0-1) == "and" && c0-1 > t0 {
		// a coordinated verb phrase: "X welcomed A and reaffirmed B" has
		// the subject of the first verb
		if actors, ms, me, ok := sc.coordSubject(si, c0, cs); ok {
			r.speakers, r.spkS, r.spkE = actors, ms, me
			if sc.forward(&r, c1, sc.subEnd(t0, c0, t1), f) {
				sc.add(r)
			}
		}
		return
	}
	sc.partOf = false
	if actors, g0, ms, me, ok := sc.subjectLeft(c0, t0); ok {
		r.speakers, r.spkS, r.spkE, r.partOf = actors, ms, me, sc.partOf
		q := g0 - 1
		for steps := 0; steps < 6 && q > t0 && sc.d.Toks[q].Is(text.Word) && !stmPrep[sc.low(q)]; steps++ {
			q-- // title words: "\"...,\" Kremlin spokesman Dmitry Peskov said"
		}
		closes := q >= t0 && (sc.isQuote(q) || (sc.isPunct(q, ',') && sc.isQuote(q-1)))
		if (closes || sc.restSkippable(c1, t1, f)) && sc.before(&r, g0, t0) {
			sc.add(r)
			if r.direct {
				sc.quoteTail(r, c1, t1)
			}
			return
		}
		if sc.parenthetical(&r, g0, c1, t0, t1) {
			sc.add(r) // "The United States, Blinken said, would not ..."
			return
		}
		if sc.forward(&r, c1, sc.subEnd(t0, c0, t1), f) {
			sc.add(r)
		}
		return
	}
	// inversion: "...," said X
	if f.flags&cueSay != 0 && f.flags&cueTell == 0 && !f.ing && (sc.isPunct(c0-1, ',') || sc.isQuote(c0-1)) {
		actors, g1, ms, me := sc.groupRight(c1, t1)
		if len(actors) == 0 {
			// "...," said Canada's Minister of Trade, Laura Bennett
			n, e, ok := sc.titledName(c1, t1)
			if !ok {
				return
			}
			actors, g1, ms, me = []int{n.actor}, e, n.start, n.end
		} else if m, ok := sc.mentionStart(sc.tokAt(ms)); ok && sc.possessive(m) && len(actors) == 1 {
			// "...," said Qatar's Minister of State, Khalid Al-Mansouri
			i := sc.tokAt(m.end-1) + 1
			if sc.possessiveTok(i) || sc.low(i) == "'" {
				i++
			}
			if n, e, ok := sc.titledName(i, t1); ok {
				actors, g1, ms, me = []int{n.actor}, e, n.start, n.end
			}
		}
		// the source closes its clause: "...," said Peskov. / , said X, adding
		if g1 < t1 && !sc.isPunct(g1, '.') && !sc.isPunct(g1, ',') && !sc.isPunct(g1, ';') && !sc.isPunct(g1, '!') {
			return
		}
		r.speakers, r.spkS, r.spkE = actors, ms, me
		if sc.before(&r, c0, t0) {
			sc.add(r)
			if r.direct {
				sc.quoteTail(r, g1, t1)
			}
		}
	}
}

// quotedAs handles the passive "X was quoted as saying" (cue tokens
// [c0, c1), "was" before it): the subject is the source, the cue keeps its
// auxiliary, and the content is the quotation before it ("\"...,\" X was
// quoted as saying by the state broadcaster") or the clause after it. The
// outlet after "by" is a channel, found later by channels.
func (sc *stmScanner) quotedAs(r stmRec, c0, c1, t0, t1 int, f cueForm) {
	aux := c0 - 1
	for aux > t0 && aux > c0-4 && !stmBeWord(sc.low(aux)) {
		aux--
	}
	if !stmBeWord(sc.low(aux)) {
		return
	}
	actors, g0, ms, me, ok := sc.subjectLeft(aux, t0)
	if !ok {
		return
	}
	r.speakers, r.spkS, r.spkE = actors, ms, me
	r.cueS, _ = sc.tokSpan(aux, aux+1)
	// after the cue: "by OUTLET" and a time, then the sentence end when
	// the content came before
	e := c1
	if sc.low(e) == "by" {
		e++
		for n := 0; e < t1 && n < 8 && !sc.isPunct(e, '.') && !sc.isPunct(e, ',') && !sc.isPunct(e, ';') && sc.low(e) != "that" && !sc.isQuote(e); n++ {
			e++
		}
	}
	if e >= t1 || sc.isPunct(e, '.') || sc.isPunct(e, '!') {
		if sc.before(&r, g0, t0) {
			sc.add(r)
		}
		return
	}
	if sc.low(e) == "," && e == c1 {
		e++
	}
	if sc.forward(&r, e, sc.subEnd(t0, c0, t1), f) {
		sc.add(r)
	}
}

// stmBeWord reports whether w is a form of "be".
func stmBeWord(w string) bool {
	switch w {
	case "is", "are", "was", "were", "be", "been", "being":
		return true
	}
	return false
}

// quoteTail adds the second half of a split quotation after its
// attribution: "\"A,\" Zhao told reporters, \"and B.\"" is two statements
// with one speaker and cue. The tail opens after a comma or colon within a
// few tokens of from.
func (sc *stmScanner) quoteTail(r stmRec, from, t1 int) {
	for k := from; k < t1 && k < from+16; k++ {
		if sc.isQuote(k) {
			if !sc.isPunct(k-1, ',') && !sc.isPunct(k-1, ':') {
				return
			}
			q, ok := sc.quoteOf(k)
			if !ok || q <= k+1 || q-k > stmMaxContent {
				return
			}
			e := q
			for e > k+1 && (sc.isPunct(e-1, ',') || sc.isPunct(e-1, ':')) {
				e--
			}
			if sc.wordsOf(k+1, e) < 2 || sc.isPunct(e-1, '?') {
				return
			}
			r.conS, r.conE = sc.tokSpan(k+1, e)
			r.direct = true
			sc.recs = append(sc.recs, r)
			return
		}
		if sc.isPunct(k, '.') || sc.isPunct(k, ';') || sc.isPunct(k, '!') || sc.isPunct(k, '?') {
			return
		}
	}
}

// coordSubject is the subject of a cue at c0 (Norm offset cs) that follows
// "and": the speaker of the statement just before it in sentence si, else
// the subject of the sentence.
func (sc *stmScanner) coordSubject(si, c0, cs int) ([]int, int, int, bool) {
	for k := len(sc.recs) - 1; k >= 0 && k >= len(sc.recs)-64 && sc.recs[k].sent == si; k-- {
		if r := sc.recs[k]; r.cueS < cs && !r.turn && !r.according {
			return r.speakers, r.spkS, r.spkE, true
		}
	}
	t0 := sc.d.Sents[si].Tok0
	return sc.clauseSubject(t0, c0)
}

// coordCue reports whether tokens from k on are "and" and a finite
// reporting verb (auxiliaries may intervene): "... and reaffirmed". After
// content that is a noun phrase (np: "reaffirmed their commitment ... and
// agreed to continue talks") a verb that needs "that" ends it too.
func (sc *stmScanner) coordCue(k, t1 int, np bool) bool {
	if sc.low(k) != "and" {
		return false
	}
	for j := k + 1; j < t1 && j < k+4; j++ {
		w := sc.low(j)
		if w == "has" || w == "have" || w == "had" || w == "also" || w == "then" || w == "later" || sc.isLy(j) {
			continue // "and has called on", "and later warned"; a modal ("he can and may declare") is the content's own
		}
		if sc.d.Toks[j].Is(text.Cap) || stmNounish[w] {
			return false
		}
		for _, f := range sc.lx.cueForms(w) {
			if !f.ing && (np || f.flags&cueWeak == 0) && sc.matchWords(f.words, j, t1) {
				return true
			}
		}
		return false
	}
	return false
}

// matchWords reports whether the words ws stand at tokens from i on.
func (sc *stmScanner) matchWords(ws []string, i, t1 int) bool {
	for k, w := range ws {
		if i+k >= t1 || sc.low(i+k) != w {
			return false
		}
	}
	return true
}

// stmCameNoun are the nouns of "The warning came from X", which names the
// speaker of the quotation just before it.
var stmCameNoun = stmSet("warning", "warnings", "remark", "remarks", "comment", "comments", "statement",
	"message", "appeal", "call", "threat", "criticism", "assessment", "admission", "pledge", "promise",
	"claim", "rebuke", "response", "words", "plea", "accusation", "announcement", "assurance", "verdict")

// cameFrom handles "\"C.\" The warning came from X": the cue is the
// phrase up to "from" (at tokens from c0 = "came"), the content the
// quotation that forms the sentence before.
func (sc *stmScanner) cameFrom(si, c0 int) {
	t0, t1 := sc.sentToks(si)
	if c0-t0 < 1 || c0-t0 > 3 || !stmCameNoun[sc.low(c0-1)] || si == 0 {
		return
	}
	if c0-t0 == 2 && !sc.isDet(t0) && sc.low(t0) != "this" && sc.low(t0) != "that" {
		return
	}
	actors, _, ms, me := sc.groupRight(c0+2, t1)
	if len(actors) == 0 {
		// a lower-case title first: "came from foreign ministry
		// spokesman Diego Herrera"
		n, _, ok := sc.titledName(c0+2, t1)
		if !ok {
			return
		}
		actors, ms, me = []int{n.actor}, n.start, n.end
	}
	p0, p1 := sc.sentToks(si - 1)
	if p1-p0 >= 2 && !sc.isQuote(p0) {
		// a quotation of several sentences: "A. B." The remark came from X
		for k := p1 - 1; k >= p1-2 && k > p0; k-- {
			if !sc.isQuote(k) {
				continue
			}
			if o, ok := sc.quoteOf(k); ok && o < p0 && o < k {
				for back := 2; back <= 4 && si-back >= 0; back++ {
					b0, _ := sc.sentToks(si - back)
					if b0 == o {
						p0 = o
						break
					}
				}
			}
			break
		}
	}
	if p1-p0 < 3 || !sc.isQuote(p0) || sc.d.Sents[si].Block-sc.d.Sents[si-1].Block > 1 {
		return
	}
	q, ok := sc.quoteOf(p0)
	if !ok || q <= p0+1 || q < p1-2 {
		return // the quotation is not the whole sentence
	}
	e := q
	for e > p0+1 && (sc.isPunct(e-1, ',') || sc.isPunct(e-1, ':')) {
		e--
	}
	if sc.wordsOf(p0+1, e) < 2 || sc.isPunct(e-1, '?') {
		return
	}
	cs, ce := sc.tokSpan(t0, c0+2)
	r := stmRec{speakers: actors, spkS: ms, spkE: me, cueS: cs, cueE: ce, sent: si, direct: true, flags: cueSay}
	r.conS, r.conE = sc.tokSpan(p0+1, e)
	sc.add(r)
}

// stmSub are the subordinators that open a leading clause.
var stmSub = stmSet("as", "when", "while", "if", "although", "though", "because", "since", "after",
	"before", "once", "unless", "whereas", "whilst")

// subEnd bounds content in a leading subordinate clause: in "As officials
// confirm that talks will resume, the world watches" the content of
// "confirm" ends at the comma that closes the clause.
func (sc *stmScanner) subEnd(t0, c0, t1 int) int {
	if !stmSub[sc.low(t0)] || c0-t0 > 40 {
		return t1
	}
	for k := t0; k < c0; k++ {
		if sc.isPunct(k, ',') {
			return t1
		}
	}
	for k := c0; k < t1 && k < c0+stmMaxContent; k++ {
		if sc.isPunct(k, ',') {
			return k
		}
	}
	return t1
}

// possessiveTok reports whether token i ends in "'s".
func (sc *stmScanner) possessiveTok(i int) bool {
	if i < 0 || i >= len(sc.d.Toks) {
		return false
	}
	w := sc.low(i)
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "s'")
}

// modal reports whether a modal verb stands before the cue at c0:
// "would agree", "could say", "may announce".
func (sc *stmScanner) modal(c0, t0 int) bool {
	for k := c0 - 1; k >= t0 && k > c0-4; k-- {
		switch sc.low(k) {
		case "would", "could", "might", "may", "will", "should", "can", "shall", "must", "wo", "ca":
			return true
		}
		if !sc.isLy(k) && !stmAux[sc.low(k)] {
			return false
		}
	}
	return false
}

// beAux reports whether a form of "be" stands before the cue at c0
// (adverbs may intervene): "was raised", "has been announced".
func (sc *stmScanner) beAux(c0, t0 int) bool {
	for k := c0 - 1; k >= t0 && k > c0-4; k-- {
		switch sc.low(k) {
		case "is", "are", "was", "were", "be", "been", "being":
			return true
		}
		if !sc.isLy(k) && !stmAux[sc.low(k)] {
			return false
		}
		if sc.low(k) == "has" || sc.low(k) == "have" || sc.low(k) == "had" || sc.low(k) == "will" || sc.low(k) == "would" {
			return false
		}
	}
	return false
}

// parenthetical takes the whole clause around an attribution set off by
// commas in the middle of it ("Talks, Peskov said, will resume"): the
// content must be one span of the text, so it covers the attribution too.
func (sc *stmScanner) parenthetical(r *stmRec, g0, c1, t0, t1 int) bool {
	if !sc.isPunct(g0-1, ',') || !sc.isPunct(c1, ',') || c1+1 >= t1 || !sc.d.Toks[c1+1].Is(text.Word) {
		return false
	}
	if n := sc.low(c1 + 1); stmStop[n] || stmComment[n] || sc.partCue(c1+1) || n == "that" {
		return false
	}
	st := sc.lead(max(t0, g0-stmMaxContent), g0-1)
	if sc.wordsOf(st, g0-1) < 1 || sc.isQuote(st) {
		return false
	}
	e := sc.clauseEnd(c1+1, t1)
	if e <= c1+1 || sc.wordsOf(c1+1, e) < 2 {
		return false
	}
	r.conS, r.conE = sc.tokSpan(st, e)
	return true
}

// restSkippable reports whether nothing but a time, an adverb, a recipient
// or a prepositional phrase follows the cue to the end of the sentence
// ("..., Peskov said in a statement on Monday.").
func (sc *stmScanner) restSkippable(c1, t1 int, f cueForm) bool {
	p := c1
	if f.flags&cueTell != 0 {
		for p < t1 && sc.d.Toks[p].Is(text.Word) && !stmPrep[sc.low(p)] && sc.low(p) != "that" && p < c1+4 {
			p++
		}
	}
	if p < t1 && stmPrep[sc.low(p)] && sc.low(p) != "to" {
		// a prepositional tail: "said in an interview published by Izvestia."
		for k := p; k < t1 && k < p+24; k++ {
			if sc.low(k) == "that" || sc.isQuote(k) || sc.isPunct(k, ':') || sc.isPunct(k, ';') {
				break
			}
			if k == t1-1 || sc.isPunct(k, '.') && k == t1-1 {
				return true
			}
		}
	}
	for p < t1 {
		if p > c1+12 {
			return false
		}
		if sc.isPunct(p, '.') || sc.isPunct(p, '!') {
			return true
		}
		w := sc.low(p)
		if w == "that" || sc.isQuote(p) || sc.isPunct(p, ':') {
			return false
		}
		if to, ok := sc.timeEnd(p); ok {
			p = to
			continue
		}
		if sc.isPunct(p, ',') {
			n := sc.low(p + 1)
			if stmStop[n] || stmComment[n] || sc.partCue(p+1) || sc.isQuote(p+1) {
				return true
			}
		}
		if stmAux[w] || sc.isLy(p) || stmPrep[w] || w == "the" || w == "a" || w == "an" || sc.isPunct(p, ',') {
			p++
			continue
		}
		if p > c1 && (stmPrep[sc.low(p-1)] || sc.low(p-1) == "the" || sc.low(p-1) == "a" || sc.low(p-1) == "an" || sc.d.Toks[p].Is(text.Cap)) {
			// the object of a prepositional phrase
			p++
			continue
		}
		return false
	}
	return true
}

// lead skips a leading adverbial ("Amid the war, ...") in tokens [t0, e).
func (sc *stmIndex) lead(t0, e int) int {
	// a wire dateline: "WASHINGTON, March 6 - ", "Moscow, May 2 -"
	if t0 < e && (sc.d.Toks[t0].Is(text.AllCaps) || sc.d.Toks[t0].Is(text.Cap) && sc.isPunct(t0+1, ',')) {
		for k := t0 + 1; k < e && k < t0+10; k++ {
			if sc.isPunct(k, '-') && k > 0 && sc.d.Toks[k].Start > sc.d.Toks[k-1].End {
				if sc.wordsOf(k+1, e) >= 2 {
					t0 = k + 1
				}
				break
			}
			if sc.isPunct(k, '.') || sc.isQuote(k) {
				break
			}
		}
	}
	for t0+1 < e && stmLeadAdv[sc.low(t0)] && sc.isPunct(t0+1, ',') && sc.wordsOf(t0+2, e) >= 2 {
		t0 += 2
	}
	if t0 >= e || !stmLead[sc.low(t0)] {
		return t0
	}
	for k := t0 + 1; k < e && k < t0+16; k++ {
		if sc.isPunct(k, ',') {
			if sc.wordsOf(k+1, e) >= 2 {
				return k + 1
			}
			return t0
		}
		if sc.isQuote(k) {
			break
		}
	}
	return t0
}

// before takes the content before the speaker group at g0: "C, X said" or
// "\"C,\" X said". It fails when no comma or quotation mark ends C.
func (sc *stmScanner) before(r *stmRec, g0, t0 int) bool {
	k := g0 - 1
	// title words before the name: "..., Kremlin spokesman Dmitry Peskov said"
	for steps := 0; steps < 6 && k > t0 && sc.d.Toks[k].Is(text.Word) && (!stmPrep[sc.low(k)] || sc.titleOf(k)) &&
		!stmAux[sc.low(k)] && sc.low(k) != "that" && !sc.lx.isCue(sc.low(k)); steps++ {
		k--
	}
	if !sc.isPunct(k, ',') && !sc.isQuote(k) {
		k = g0 - 1
	}
	if k < t0 || k < 0 {
		return false
	}
	if sc.isQuote(k) {
		if sc.quoteStarts(k) {
			return sc.quoted(r, k)
		}
		k++ // "... by "objective criteria" officials said"
	} else if !sc.isPunct(k, ',') {
		return false
	} else if sc.isQuote(k-1) && sc.quoteStarts(k-1) {
		return sc.quoted(r, k-1)
	}
	// an opening quote that runs to this comma
	st := sc.lead(max(t0, k-stmMaxContent), k)
	if sc.isQuote(st) {
		if q, ok := sc.quoteOf(st); ok && q > k {
			return false
		}
		st++
	}
	if sc.wordsOf(st, k) < 2 {
		return false
	}
	if sc.isPunct(k-1, '?') {
		return false
	}
	if w := sc.low(st); stmPrep[w] || stmLeadAdv[w] {
		// a leading adverbial alone is no content: "At the opening of
		// the summit, X said, \"...\"", "For example, X told us ..."
		alone := sc.wordsOf(st, k) <= 8
		for i := st; i < k && alone; i++ {
			if sc.isPunct(i, ',') || sc.isQuote(i) || stmAux[sc.low(i)] {
				alone = false // "Under the deal Russia would withdraw, X said"
			}
		}
		if alone {
			return false
		}
	}
	r.conS, r.conE = sc.tokSpan(st, k)
	return true
}

// titleOf reports whether the "of" or "for" at token k joins a title head
// to its portfolio ("Minister of Petroleum", "Secretary for Trade") or two
// capitalised words of an owner's name.
func (sc *stmScanner) titleOf(k int) bool {
	w := sc.low(k)
	if (w != "of" && w != "for") || k == 0 || k+1 >= len(sc.d.Toks) || !sc.d.Toks[k-1].Is(text.Cap) {
		return false
	}
	// or inside the capitalised name of a title's owner: "Bank of Ghana
	// Governor Kwabena Adjei"
	return stmTitleHead[sc.low(k-1)] || sc.d.Toks[k+1].Is(text.Cap) && sc.d.Toks[k+1].Is(text.Word)
}

// quoteStarts reports whether the quotation closing at token k opens a
// clause (at a sentence start or after a colon or comma), so that it is
// the whole content of a "\"C,\" X said" statement.
func (sc *stmScanner) quoteStarts(k int) bool {
	o, ok := sc.quoteOf(k)
	if !ok || o >= k {
		return false
	}
	if o == 0 || sc.sentOf[o] != sc.sentOf[o-1] {
		return true
	}
	return sc.isPunct(o-1, ':') || sc.isPunct(o-1, ',') || sc.isPunct(o-1, '(') || sc.isPunct(o-1, '-')
}

// quoteEnds reports whether the quotation opening at token p closes its
// clause: "said: \"C.\"" rather than "said \"double licensing\" has been
// dropped", where the quotation is only a part of the content.
func (sc *stmScanner) quoteEnds(p, t1 int) bool {
	q, ok := sc.quoteOf(p)
	if !ok || q <= p {
		return false
	}
	n := q + 1
	if n >= t1 || n >= len(sc.d.Toks) || int(sc.sentOf[n]) != int(sc.sentOf[q]) {
		return true
	}
	return !sc.d.Toks[n].Is(text.Word) || sc.trailingSay(n, t1) || sc.partCue(n)
}

// insideQuote reports whether token i lies between a pair of quotation
// marks.
func (sc *stmScanner) insideQuote(i int) bool {
	k, _ := slices.BinarySearch(sc.opens, i)
	if k == 0 {
		return false
	}
	c, _ := sc.quoteOf(sc.opens[k-1])
	return c > i
}

// quoted sets r's content to the quotation that closes at token k.
func (sc *stmScanner) quoted(r *stmRec, k int) bool {
	o, ok := sc.quoteOf(k)
	if !ok || o >= k {
		return false
	}
	s, e := o+1, k
	for e > s && (sc.isPunct(e-1, ',') || sc.isPunct(e-1, ':')) {
		e--
	}
	if sc.wordsOf(s, e) < 2 || sc.isPunct(e-1, '?') {
		return false
	}
	r.conS, r.conE = sc.tokSpan(s, e)
	r.direct = true
	return true
}

// forward takes the content after the cue: "X said (that) C", "X told
// reporters C", "X said: \"C\"", "X underscored the importance of C".
func (sc *stmScanner) forward(r *stmRec, c1, t1 int, f cueForm) bool {
	p := c1
	if f.flags&cueTell != 0 {
		j := p
		for j < t1 && j < p+8 {
			if sc.low(j) == "that" || sc.isPunct(j, ',') || sc.isPunct(j, ':') || sc.isQuote(j) {
				break
			}
			j++
		}
		if j < t1 && j > p && (sc.low(j) == "that" || sc.isPunct(j, ':') || sc.isQuote(j) || (sc.isPunct(j, ',') && sc.isQuote(j+1))) {
			p = j
		} else if q, ok := sc.recipient(p, t1); ok {
			// "told reporters the talks were useful", "told Reuters ..."
			p = q
		} else if f.words[0] == "told" || f.words[0] == "tell" || f.words[0] == "tells" || f.words[0] == "telling" {
			return false
		}
	}
	for guard := 0; guard < 4 && p < t1; guard++ {
		if w := sc.low(p); w == "on" || w == "in" || w == "at" || w == "last" || w == "earlier" || w == "late" || w == "early" {
			if to, ok := sc.timeEnd(p + 1); ok && !sc.possessiveTok(to-1) {
				p = to // "announced on January 26 that"
				continue
			}
		}
		if to, ok := sc.timeEnd(p); ok {
			if to < t1 && sc.d.Norm[sc.d.Toks[to].Start] == '\'' || sc.possessiveTok(to-1) {
				break // "reported Sunday's attack"
			}
			p = to
			continue
		}
		w := sc.low(p)
		if w != "that" && (stmAux[w] || sc.isLy(p)) && w != "not" {
			p++
			continue
		}
		if stmPrep[w] && w != "that" && !sc.quantityAt(p) {
			// "said in a statement that", "said on Twitter: ..."
			j := p + 1
			for j < t1 && j < p+12 && sc.low(j) != "that" && !sc.isPunct(j, ',') && !sc.isPunct(j, ':') && !sc.isQuote(j) {
				j++
			}
			if j < t1 && (sc.low(j) == "that" || sc.isPunct(j, ':') || sc.isQuote(j) ||
				(sc.isPunct(j, ',') && (sc.isQuote(j+1) || sc.low(j+1) == "that"))) {
				p = j
				continue
			}
			if q := sc.mediumPhrase(p, t1); q > p {
				p = q // "said in an interview he expected ..."
				continue
			}
		}
		break
	}
	if q := sc.dashPair(p, t1); q > p {
		p = q
		if sc.low(p) != "that" && !sc.isPunct(p, ':') && !sc.isQuote(p) && f.flags&cueWeak != 0 {
			return false
		}
	}
	// "said, however, that ..."
	if sc.isPunct(p, ',') && (stmLeadAdv[sc.low(p+1)] || sc.isLy(p+1)) && sc.isPunct(p+2, ',') && p+3 < t1 {
		p += 3
	}
	that, colon := false, false
	if sc.low(p) == "that" {
		p++
		that = true
	}
	if sc.isPunct(p, ':') || sc.isPunct(p, ',') {
		p++
		colon = true
	}
	if sc.isQuote(p) && sc.quoteEnds(p, t1) {
		if q, ok := sc.quoteOf(p); ok && q > p+1 {
			s, e := p+1, q
			for e > s && (sc.isPunct(e-1, ',') || sc.isPunct(e-1, ':')) {
				e--
			}
			if sc.wordsOf(s, e) >= 2 && !sc.isPunct(e-1, '?') {
				r.conS, r.conE = sc.tokSpan(s, e)
				r.direct = true
				return true
			}
		}
		return false
	}
	if f.flags&cueWeak != 0 && !that && !colon {
		return false
	}
	if colon && !that && p > c1 && sc.isPunct(p-1, ',') {
		return false // "X said, ..." without a quote: not content
	}
	if !that && !colon && stmParticle[sc.low(p)] && !sc.quantityAt(p) {
		return false // "the formula he agreed upon with ..."
	}
	e := sc.clauseEnd(p, t1)
	if !that && !colon {
		e = sc.trimTime(p, e)
		e = sc.trimMedium(p, e)
	}
	if e <= p || sc.wordsOf(p, e) < 2 {
		return false
	}
	r.conS, r.conE = sc.tokSpan(p, e)
	return true
}

// trimMedium drops a medium phrase that ends the object of a stance verb:
// "welcomed the agreement in a statement" -> "the agreement".
func (sc *stmScanner) trimMedium(p, e int) int {
	if e-p < 4 || !stmMediumNoun[sc.low(e-1)] {
		return e
	}
	for k := e - 3; k > p && k >= e-6; k-- {
		if w := sc.low(k); (w == "in" || w == "at") && sc.isDet(k+1) {
			return k
		}
		if !sc.d.Toks[k].Is(text.Word) || stmPrep[sc.low(k)] {
			break
		}
	}
	return e
}

// trimTime drops a time expression in a prepositional phrase that ends the
// object of a stance verb: "announced the decision on Monday" -> "the
// decision".
func (sc *stmScanner) trimTime(p, e int) int {
	for k := e - 1; k > p+1 && k > e-8; k-- {
		if to, ok := sc.timeEnd(k); ok {
			if to != e {
				return e
			}
			if w := sc.low(k - 1); (w == "on" || w == "in" || w == "at") && k-1 > p+1 {
				return k - 1
			}
			return e
		}
	}
	return e
}

// quantityAt reports whether a quantity opens at token p, so that its
// preposition-like first word opens content, not a phrase about the
// saying: "say at least 40 children", "said about 300 people".
func (sc *stmScanner) quantityAt(p int) bool {
	switch sc.low(p) {
	case "at":
		n := sc.low(p + 1)
		return n == "least" || n == "most"
	case "about", "around", "over", "under", "nearly", "almost", "up":
		q := p + 1
		if sc.low(q) == "to" {
			q++
		}
		return q < len(sc.d.Toks) && sc.d.Toks[q].Is(text.Number)
	}
	return false
}

// stmParticle are words that cannot open the object of a stance verb.
var stmParticle = stmSet("upon", "with", "by", "at", "from", "about", "of", "in", "into", "off", "out",
	"up", "down", "and", "or", "but", "if", "when", "which", "who", "whether", "so", "than", "because")

// stmRecipients are the nouns that end the recipient of "told": "told
// reporters", "told a news conference", "told state television".
var stmRecipients = stmSet("reporters", "journalists", "correspondents", "newsmen", "lawmakers",
	"parliament", "legislators", "senators", "congress", "conference", "briefing", "audience", "crowd",
	"supporters", "students", "delegates", "television", "tv", "radio", "agency", "newspaper", "daily",
	"network", "broadcaster", "interviewer", "counterpart", "counterparts", "colleagues", "him", "her",
	"them", "us", "me", "cabinet", "members", "officials", "diplomats", "ministers", "forum", "committee",
	"council", "assembly", "gathering", "rally", "guests", "visitors", "press", "media", "parliamentarians",
	"listeners", "viewers", "readers", "investors", "workers", "veterans", "troops", "nation", "country",
	"people", "everyone", "lawmaker", "reporter", "journalist", "senate", "summit", "meeting", "session",
	"hearing", "panel", "chamber", "commission", "seminar", "symposium", "convention", "congress")

// recipient skips the recipient after "told": a mention or a short phrase
// ending in a recipient noun. It returns the token after it.
func (sc *stmScanner) recipient(p, t1 int) (int, bool) {
	k := p
	if sc.isDet(k) {
		k++
	}
	if m, ok := sc.mentionStart(k); ok {
		return sc.tokAt(m.end-1) + 1, true
	}
	for k = p; k < t1 && k < p+5; k++ {
		if !sc.d.Toks[k].Is(text.Word) || k > p && stmPrep[sc.low(k)] {
			return 0, false // "urged leaders to use the summit"
		}
		if stmRecipients[sc.low(k)] {
			for k+1 < t1 && stmRecipients[sc.low(k+1)] {
				k++ // "a press conference"
			}
			return k + 1, true
		}
	}
	return 0, false
}

// clauseEnd finds where reported content starting at p ends: the sentence
// end, a semicolon, a dash, or a comma before "as reported", "according
// to", a comment ("..., highlighting ..."), a new cue or a condition cue.
// It returns p when the sentence is a question.
func (sc *stmScanner) clauseEnd(p, t1 int) int {
	depth := 0
	if t1 > p+stmMaxContent {
		t1 = p + stmMaxContent
	}
	for k := p; k < t1; k++ {
		if sc.isQuote(k) {
			if q, ok := sc.quoteOf(k); ok && q > k && q < t1 {
				k = q
				continue
			}
		}
		if sc.isPunct(k, '(') {
			depth++
		}
		if sc.isPunct(k, ')') && depth > 0 {
			depth--
		}
		if depth > 0 {
			continue
		}
		if sc.isPunct(k, ';') {
			return k
		}
		if k > p+1 && sc.coordCue(k, t1, stmPossPron[sc.low(p)]) {
			if sc.isPunct(k-1, ',') {
				return k - 1 // "affirmed A, and reiterated B"
			}
			return k // "welcomed A and reaffirmed B"
		}
		if sc.isPunct(k, '-') && k > p && sc.d.Toks[k].Start > sc.d.Toks[k-1].End && k+1 < t1 && sc.d.Toks[k+1].Start > sc.d.Toks[k].End {
			if q := sc.dashPair(k, t1); q > k {
				k = q - 1
				continue
			}
			return k
		}
		if sc.isPunct(k, ',') {
			n := sc.low(k + 1)
			if q := sc.relativeAside(p, k, t1); q > k {
				k = q // "the United States, which brokered X, is pressing"
				continue
			}
			if stmStop[n] || stmComment[n] || sc.partCue(k+1) || sc.condAt(k+1, t1) {
				return k
			}
			if (n == "but" || n == "and") && sc.condAt(k+2, t1) {
				return k
			}
			if sc.trailingSay(k+1, t1) {
				return k // "..., a Treasury spokesman said."
			}
		}
	}
	e := t1
	if e > p && sc.isPunct(e-1, '?') {
		return p
	}
	for e > p && (sc.isPunct(e-1, '.') || sc.isPunct(e-1, '!') || sc.isPunct(e-1, ',') || sc.isPunct(e-1, ':')) {
		e--
	}
	return e
}

// relativeAside returns the closing comma of a relative clause between
// commas that opens at the comma k inside the subject of the content: the
// content so far is a short noun phrase and an auxiliary or a modal
// follows the clause ("that the United States, which brokered an earlier
// declaration, is pressing"). It returns k when there is none.
func (sc *stmScanner) relativeAside(p, k, t1 int) int {
	if n := sc.low(k + 1); (n != "which" && n != "who") || k-p > 6 || k <= p {
		return k
	}
	for q := k + 2; q < t1 && q < k+25; q++ {
		switch {
		case sc.isQuote(q) || sc.isPunct(q, ';') || sc.isPunct(q, '.') || sc.isPunct(q, '(') || sc.isPunct(q, ')'):
			return k
		case sc.isPunct(q, ','):
			if w := sc.low(q + 1); q+1 < t1 && stmAux[w] || modals[w] {
				return q
			}
			return k
		}
	}
	return k
}

// stmMaxContent bounds the tokens of reported content (and of every
// window the statement rules scan), keeping the work per cue constant.
const stmMaxContent = 300

// dashPair returns the token after a parenthetical dash pair that opens at
// p ("noted - I think on Sunday - that"), or p when there is none.
func (sc *stmScanner) dashPair(p, t1 int) int {
	if !sc.isPunct(p, '-') || p == 0 || sc.d.Toks[p].Start == sc.d.Toks[p-1].End {
		return p
	}
	for k := p + 1; k < t1 && k < p+14; k++ {
		if sc.isPunct(k, '-') && sc.d.Toks[k].Start > sc.d.Toks[k-1].End {
			if k+1 < t1 {
				return k + 1
			}
			return p
		}
		if sc.isPunct(k, '.') || sc.isPunct(k, ';') {
			return p
		}
	}
	return p
}

// trailingSay reports whether tokens [i, t1) are a closing attribution: a
// short source and a verb of saying that ends the sentence ("a Treasury
// spokesman said.", "officials told reporters.").
func (sc *stmScanner) trailingSay(i, t1 int) bool {
	for k := i; k < t1 && k < i+7; k++ {
		if !sc.d.Toks[k].Is(text.Word) && !sc.d.Toks[k].Is(text.Abbrev) && !sc.isPunct(k, '.') {
			return false
		}
		for _, f := range sc.lx.cueForms(sc.low(k)) {
			if len(f.words) == 1 && !f.ing && f.flags&cueSay != 0 && k > i && sc.d.Toks[k].Is(text.Word) && !sc.d.Toks[k].Is(text.Cap) {
				rest := t1 - k - 1
				return rest <= 3
			}
		}
	}
	return false
}

// partCue reports whether token i is the -ing form of a cue that continues
// its source after a comma.
func (sc *stmScanner) partCue(i int) bool {
	for _, f := range sc.lx.cueForms(sc.low(i)) {
		if !f.ing || f.flags&cuePart == 0 {
			continue
		}
		n := 1
		for n < len(f.words) && sc.low(i+n) == f.words[n] {
			n++
		}
		if n == len(f.words) {
			return true
		}
	}
	return false
}

// condAt reports whether a condition cue starts at token i.
func (sc *stmScanner) condAt(i, end int) bool {
	for _, c := range sc.lx.condCues(sc.low(i)) {
		if sc.matchPhrase(c.words, i, end) > 0 {
			return true
		}
	}
	return false
}

// accordingTo handles "according to X, C" and "C, according to X".
func (sc *stmScanner) accordingTo(si, c0 int) {
	s := sc.d.Sents[si]
	t0, t1 := s.Tok0, s.Tok1
	c1 := c0 + 2
	pe := c1
	for pe < t1 && pe < c1+16 && !sc.isPunct(pe, ',') && !sc.isPunct(pe, '.') && !sc.isPunct(pe, ';') {
		pe++
	}
	var actors []int
	var ms, me int
	for j := c1; j < pe; j++ {
		if _, ok := sc.mentionStart(j); ok {
			q := j - 1
			if sc.isDet(q) {
				q--
			}
			if stmPlacePrep[sc.low(q)] {
				continue // "according to the bishop of a diocese in the Philippines"
			}
			if (sc.low(q) == "of" || sc.low(q) == "for") && !stmRoleNoun[sc.low(q-1)] {
				continue // "according to the Conference of the Philippines"
			}
			actors, _, ms, me = sc.groupRight(j, pe)
			break
		}
	}
	if len(actors) == 0 {
		// "according to a joint communique": the parties speak together
		for j := c1; j+1 < pe; j++ {
			if sc.low(j) == "joint" && stmJointDoc[sc.low(j+1)] {
				if ps := sc.articleParties(); len(ps) >= 2 {
					actors = ps
					ms, me = sc.tokSpan(j, j+2)
				}
				break
			}
		}
	}
	if len(actors) == 0 {
		return
	}
	cs, ce := sc.tokSpan(c0, c1)
	r := stmRec{cueS: cs, cueE: ce, sent: si, speakers: actors, spkS: ms, spkE: me, according: true, flags: cueSay}
	if c0 > t0 && (sc.isPunct(c0-1, ',') || sc.isQuote(c0-1)) {
		if sc.before(&r, c0, t0) {
			sc.add(r)
			return
		}
	}
	if sc.isPunct(pe, ',') && (c0 == t0 || sc.lead(t0, c0) == c0) {
		st := pe + 1
		if w := sc.low(st); w == "who" || w == "which" {
			// "according to two officials, who spoke on condition of
			// anonymity, Rwanda has offered": the aside describes the source
			for q := st + 1; q < t1 && q < st+16; q++ {
				if sc.isPunct(q, '.') || sc.isPunct(q, ';') || sc.isQuote(q) {
					break
				}
				if sc.isPunct(q, ',') {
					st = q + 1
					break
				}
			}
		}
		e := sc.clauseEnd(st, t1)
		if sc.wordsOf(st, e) >= 2 {
			r.conS, r.conE = sc.tokSpan(st, e)
			sc.add(r)
		}
	}
}

// turn handles a labelled interview or transcript turn. It reports whether
// block bi is a turn of a known speaker or an interviewer (whose body is
// then not scanned as prose), and the actor who answers in it, or -1.
func (sc *stmScanner) turn(bi int) (bool, int) {
	d := sc.d
	b := d.Blocks[bi]
	ls, le := b.Label.Start, b.Label.End
	if b.Kind != text.Turn || le <= ls {
		var ok bool
		if ls, le, ok = sc.labelOf(b); !ok {
			return false, -1
		}
	}
	var m mention
	found := false
	for t := sc.tokAt(ls); t < len(d.Toks) && d.Toks[t].Start < le; t++ {
		if mm, ok := sc.mentionStart(t); ok && mm.end <= le+1 {
			m, found = mm, true
			break
		}
	}
	label := strings.Trim(strings.ToLower(d.Low[ls:le]), " .")
	if stmProseLabels[label] {
		return false, -1
	}
	if stmAskers[label] || strings.HasSuffix(label, "editor") || strings.HasSuffix(label, "interviewer") {
		return true, -1
	}
	if !found {
		// a label the actor layer did not mark, mis-cased: "Hossein farahani"
		if i, ok := sc.actorNamed(label); ok {
			m, found = mention{start: ls, end: le, actor: i}, true
		}
	}
	if !found && (label == "a" || label == "answer") {
		// "A: ..." answers for the person the interview is with: the
		// nearest person named before
		m, found = sc.answerer(ls)
	}
	if !found {
		return false, -1
	}
	if sc.actorKind(m.actor) == diplo.Media {
		return true, -1
	}
	body := strings.TrimSpace(d.Norm[min(le+1, b.End):b.End])
	if strings.HasSuffix(body, "?") {
		return true, -1
	}
	for si := sc.blockSen[bi]; si >= 0 && si < len(d.Sents) && d.Sents[si].Block == bi; si++ {
		s := d.Sents[si]
		if s.End <= le+1 {
			continue
		}
		st := s.Start
		if st <= le {
			st = le + 1
			for st < s.End && (d.Norm[st] == ' ' || d.Norm[st] == ':') {
				st++
			}
		}
		if st >= s.End || d.Norm[s.End-1] == '?' || !sc.substantive(st, s.End) {
			continue
		}
		if sc.wordsOf(sc.tokAt(st), sc.tokAt(s.End)) < 4 && !sc.afterQuestion(bi) {
			continue // a short first sentence answers a question, else it is chatter
		}
		ce := le
		if ce < len(d.Norm) && d.Norm[ce] == ':' {
			ce++
		}
		r := stmRec{speakers: []int{m.actor}, spkS: m.start, spkE: m.end, cueS: ls, cueE: ce,
			conS: st, conE: s.End, direct: true, sent: si, turn: true}
		sc.add(r)
		break
	}
	return true, m.actor
}

// actorNamed finds the actor whose name or alias is label (lower case).
func (sc *stmScanner) actorNamed(label string) (int, bool) {
	if sc.names == nil {
		sc.names = make(map[string]int, 2*len(sc.a.actors))
		for i := len(sc.a.actors) - 1; i >= 0; i-- {
			r := &sc.a.actors[i]
			if r.kind != diplo.Person {
				continue
			}
			sc.names[strings.ToLower(r.name)] = i
			for _, al := range r.aliases {
				sc.names[strings.ToLower(al)] = i
			}
		}
	}
	i, ok := sc.names[label]
	return i, ok
}

// stmCourtesy are the words that open a sentence of courtesy, not content:
// "Thank you, Jen."
var stmCourtesy = stmSet("thank", "thanks", "hi", "hello", "good", "welcome", "okay", "ok", "sorry",
	"yes", "yeah", "no", "sure", "well", "please", "go", "mm-hmm")

// afterQuestion reports whether the block before block bi ends with a
// question mark: the turn at bi answers it.
func (sc *stmScanner) afterQuestion(bi int) bool {
	if bi <= 0 || bi >= len(sc.d.Blocks) {
		return false
	}
	p := sc.d.Blocks[bi-1]
	e := p.End
	for e > p.Start && (sc.d.Norm[e-1] == ' ' || sc.d.Norm[e-1] == '\n' || sc.d.Norm[e-1] == '"') {
		e--
	}
	return e > p.Start && sc.d.Norm[e-1] == '?'
}

// stmChatter are the words of a short answer that is chatter, not
// content: interjections, first and second persons, floor management.
var stmChatter = stmSet("i", "i'm", "i’m", "me", "you", "you're", "you’re", "we", "all", "oh", "ah", "hey",
	"right", "alright", "sorry", "safe", "last", "next", "heck", "wow", "great", "nice", "absolutely",
	"exactly", "correct", "indeed", "totally", "anyway", "bye", "goodbye", "pardon", "excuse", "slick",
	"lovely", "cool", "fine", "appreciate", "question", "questions", "again", "here", "there's", "that's")

// substantive reports whether Norm[s:e] is a sentence with content: two
// words or more ("Less so." is an answer), not a courtesy and not a stage
// direction in brackets.
func (sc *stmScanner) substantive(s, e int) bool {
	t0, t1 := sc.tokAt(s), sc.tokAt(e)
	if t0 >= t1 || sc.isPunct(t0, '(') || sc.isPunct(t0, '[') || sc.isPunct(t0, '-') {
		return false
	}
	if last := t1 - 1; sc.isPunct(last, '-') || (last > t0 && sc.isPunct(last-1, '-') && sc.isPunct(last, '.')) {
		return false // an interrupted answer: "That was the thing about -"
	}
	n := sc.wordsOf(t0, t1)
	if n < 2 {
		return false
	}
	if n < 4 {
		// a short answer counts ("Less so.", "There was movement."), not
		// chatter ("All right.", "Oh, okay.", "I know.", "Safe travels.")
		for k := t0; k < t1; k++ {
			if w := sc.low(k); stmChatter[w] || stmCourtesy[w] || sc.isPunct(k, ',') {
				return false
			}
		}
	}
	return !(stmCourtesy[sc.low(t0)] && n < 8)
}

// answerer is the person mentioned nearest before offset off (within a
// bounded window), for "A:" turns.
func (sc *stmScanner) answerer(off int) (mention, bool) {
	t := sc.tokAt(off)
	for k := t - 1; k >= 0 && k > t-2000; k-- {
		if m, ok := sc.mentionStart(k); ok && sc.actorKind(m.actor) == diplo.Person {
			return m, true
		}
	}
	return mention{}, false
}

// labelOf finds a speaker label "Dr. Elena Ivanova:" at the start of a
// paragraph the text layer did not mark as a turn: at most six capitalised
// words or abbreviations before a colon, covering a mention.
func (sc *stmScanner) labelOf(b text.Block) (int, int, bool) {
	if b.Kind != text.Paragraph {
		return 0, 0, false
	}
	t := sc.tokAt(b.Start)
	mentioned := false
	mEnd := -1 // the end of the mention the label holds
	for k := t; k < len(sc.d.Toks) && k < t+7 && sc.d.Toks[k].Start < b.End; k++ {
		tk := sc.d.Toks[k]
		if sc.isPunct(k, ':') {
			if k == t || !mentioned || k+1 >= len(sc.d.Toks) || sc.d.Toks[k+1].Start >= b.End {
				return 0, 0, false
			}
			return b.Start, sc.d.Toks[k-1].End, true
		}
		if m, ok := sc.mentionStart(k); ok {
			mentioned = true
			mEnd = m.end
		}
		// a mis-cased word counts inside a mention: "Hossein farahani:"
		if !(tk.Is(text.Word) && (tk.Is(text.Cap) || tk.Is(text.Abbrev) || tk.End <= mEnd)) && !sc.isPunct(k, '.') {
			return sc.namedLabel(b, t, k)
		}
	}
	return 0, 0, false
}

// namedLabel finds a mis-cased label the actor layer did not mark
// ("Sergei lavrov:"): the words from token t to a colon (token k is the
// first word that is not capitalised) are a person's name or alias.
func (sc *stmScanner) namedLabel(b text.Block, t, k int) (int, int, bool) {
	for c := k; c < len(sc.d.Toks) && c < t+7 && sc.d.Toks[c].Start < b.End; c++ {
		if sc.isPunct(c, ':') {
			if c == t || c+1 >= len(sc.d.Toks) || sc.d.Toks[c+1].Start >= b.End {
				break
			}
			le := sc.d.Toks[c-1].End
			if _, ok := sc.actorNamed(sc.d.Low[b.Start:le]); ok {
				return b.Start, le, true
			}
			break
		}
		if !sc.d.Toks[c].Is(text.Word) && !sc.isPunct(c, '.') {
			break
		}
	}
	return 0, 0, false
}

// jointCue lists the cells that open a joint statement in a table row.
var jointCue = [][]string{{"joint", "statement"}, {"joint", "declaration"}, {"joint", "communique"}, {"joint", "communiqué"}, {"joint", "communiqu"}}

// tableRow handles a table row; a cell "Joint statement on X" is a joint
// statement of the parties. It reports whether block bi is a table row.
func (sc *stmScanner) tableRow(bi int) bool {
	d := sc.d
	b := d.Blocks[bi]
	cells := b.Cells
	if b.Kind != text.TableRow {
		line := d.Norm[b.Start:b.End]
		if strings.Count(line, "|") < 2 {
			return false
		}
		st := b.Start
		for i := b.Start; i <= b.End; i++ {
			if i == b.End || d.Norm[i] == '|' {
				s, e := st, i
				for s < e && d.Norm[s] == ' ' {
					s++
				}
				for e > s && d.Norm[e-1] == ' ' {
					e--
				}
				if e > s {
					cells = append(cells, text.Span{Start: s, End: e})
				}
				st = i + 1
			}
		}
	}
	t0, t1 := sc.tokAt(b.Start), sc.tokAt(b.End)
	for _, c := range cells {
		ct0, ct1 := sc.tokAt(c.Start), sc.tokAt(c.End)
		for _, jc := range jointCue {
			if ct0+len(jc) > ct1 || sc.low(ct0) != jc[0] || !strings.HasPrefix(sc.low(ct0+1), jc[1]) {
				continue
			}
			p := ct0 + 2
			switch sc.low(p) {
			case "on", "about", "regarding", "concerning", "of", "with", "by":
				p++
			}
			if p >= ct1 {
				break
			}
			actors := sc.rowParties(t0, t1)
			if len(actors) == 0 {
				break
			}
			cs, ce := sc.tokSpan(ct0, ct0+2)
			conS, conE := sc.tokSpan(p, ct1)
			si := -1
			if ct0 < len(sc.sentOf) {
				si = int(sc.sentOf[ct0])
			}
			r := stmRec{speakers: actors, cueS: cs, cueE: ce, conS: conS, conE: conE, sent: si, joint: true, time: -1}
			for t := t0; t < t1; t++ {
				if ti, ok := sc.timeStart(t); ok && (t < ct0 || t >= ct1) {
					r.time = ti
					break
				}
			}
			sc.add(r)
			break
		}
	}
	return true
}

// rowParties are the parties of a joint statement in a table row: the
// states and organizations the row names, else the parties of the
// article's first meeting, else its two most mentioned countries.
func (sc *stmScanner) rowParties(t0, t1 int) []int {
	var out []int
	for t := t0; t < t1; t++ {
		if m, ok := sc.mentionStart(t); ok {
			k := sc.actorKind(m.actor)
			if (k == diplo.Country || k == diplo.Organization) && !slices.Contains(out, m.actor) {
				out = append(out, m.actor)
			}
		}
	}
	if len(out) > 0 {
		return out
	}
	if sc.defaultParties == nil {
		sc.defaultParties = sc.articleParties()
	}
	return sc.defaultParties
}

// articleParties are the parties of the article's first meeting with two,
// else its two most mentioned countries.
func (sc *stmScanner) articleParties() []int {
	out := []int{}
	ids := map[string]int{}
	for i := range sc.a.actors {
		ids[sc.a.actorID(i)] = i
	}
	for _, mt := range sc.a.meetings {
		for _, p := range mt.Parties {
			if i, ok := ids[p]; ok && !slices.Contains(out, i) {
				out = append(out, i)
			}
		}
		if len(out) >= 2 {
			return out
		}
		out = out[:0]
	}
	count := make([]int, len(sc.a.actors))
	for _, m := range sc.a.mentions {
		if m.actor >= 0 && m.actor < len(count) && sc.actorKind(m.actor) == diplo.Country {
			count[m.actor]++
		}
	}
	for range 2 {
		best := -1
		for i, c := range count {
			if c > 0 && (best < 0 || c > count[best]) && !slices.Contains(out, i) {
				best = i
			}
		}
		if best >= 0 {
			out = append(out, best)
		}
	}
	if len(out) < 2 {
		return []int{}
	}
	return out
}

// standaloneQuotes attributes a quotation that stands as its own sentence
// to the speaker of the statement just before it.
func (sc *stmScanner) standaloneQuotes() {
	if len(sc.opens) == 0 || len(sc.recs) == 0 {
		return
	}
	opens := sc.opens
	// intervals of content and cues, sorted by start, with the running
	// maximum of their ends
	type iv struct{ s, e int }
	ivs := make([]iv, 0, 2*len(sc.recs))
	for _, r := range sc.recs {
		ivs = append(ivs, iv{r.conS, r.conE}, iv{r.cueS, r.cueE})
	}
	slices.SortFunc(ivs, func(x, y iv) int { return x.s - y.s })
	maxEnd := make([]int, len(ivs))
	for i, v := range ivs {
		maxEnd[i] = v.e
		if i > 0 && maxEnd[i-1] > v.e {
			maxEnd[i] = maxEnd[i-1]
		}
	}
	covered := func(s, e int) bool {
		k, _ := slices.BinarySearchFunc(ivs, e, func(v iv, t int) int { return v.s - t })
		return k > 0 && maxEnd[k-1] > s
	}
	ri := 0
	prev := slices.Clone(sc.recs)
	slices.SortFunc(prev, func(x, y stmRec) int { return x.conE - y.conE })
	for _, o := range opens {
		c, _ := sc.quoteOf(o)
		si := int(sc.sentOf[o])
		if si < 0 || sc.d.Sents[si].Tok0 != o || sc.wordsOf(o+1, c) < 4 {
			continue
		}
		if n := c + 1; n < len(sc.d.Toks) && int(sc.sentOf[n]) == int(sc.sentOf[c]) && !sc.isPunct(n, '.') {
			continue // "...," said someone: not a quote standing alone
		}
		s, e := sc.tokSpan(o+1, c)
		if covered(s, e) {
			continue
		}
		for ri < len(prev) && prev[ri].conE <= s {
			ri++
		}
		if ri == 0 {
			continue
		}
		p := prev[ri-1]
		if p.sent < 0 || si-p.sent > 2 || p.turn || p.joint || sc.d.Sents[si].Block-sc.d.Sents[p.sent].Block > 1 {
			continue
		}
		ee := c
		for ee > o+1 && sc.isPunct(ee-1, ',') {
			ee--
		}
		r := stmRec{speakers: p.speakers, spkS: p.spkS, spkE: p.spkE, cueS: p.cueS, cueE: p.cueE,
			direct: true, sent: si, flags: p.flags}
		r.conS, r.conE = sc.tokSpan(o+1, ee)
		sc.recs = append(sc.recs, r)
	}
}

// continuedQuotes attributes a paragraph that opens a quotation and does
// not close it (the next paragraph goes on with the same quotation, as
// news style has it) to the speaker of the quotation that opens the next
// paragraph.
func (sc *stmScanner) continuedQuotes() {
	if len(sc.unclosed) == 0 || len(sc.recs) == 0 {
		return
	}
	// the direct statements by content start
	byCon := make([]int, 0, len(sc.recs))
	for i := range sc.recs {
		if sc.recs[i].direct && !sc.recs[i].turn {
			byCon = append(byCon, i)
		}
	}
	slices.SortStableFunc(byCon, func(p, q int) int { return sc.recs[p].conS - sc.recs[q].conS })
	var chain map[int]int // content start -> statement, for those added here
	for k := len(sc.unclosed) - 1; k >= 0; k-- {
		o, bend := sc.unclosed[k][0], sc.unclosed[k][1]
		if bend >= len(sc.d.Toks) || !sc.isPunct(bend, '"') || o+1 >= bend || sc.used[o+1] {
			continue // the next paragraph does not open with a quotation
		}
		next := sc.d.Toks[bend].End
		// the statement whose content starts the next paragraph
		var src stmRec
		if c, ok := chain[next]; ok {
			src = sc.recs[c]
		} else if c, ok := chain[next+1]; ok {
			src = sc.recs[c]
		} else {
			j, _ := slices.BinarySearchFunc(byCon, next, func(i, t int) int { return sc.recs[i].conS - t })
			if j >= len(byCon) || sc.recs[byCon[j]].conS > next+1 {
				continue
			}
			src = sc.recs[byCon[j]]
		}
		e := min(bend, o+1+stmMaxContent)
		for e > o+1 && (sc.isPunct(e-1, ',') || sc.isPunct(e-1, ':')) {
			e--
		}
		if sc.wordsOf(o+1, e) < 3 {
			continue
		}
		r := stmRec{speakers: src.speakers, spkS: src.spkS, spkE: src.spkE, cueS: src.cueS, cueE: src.cueE,
			direct: true, sent: int(sc.sentOf[o]), flags: src.flags}
		r.conS, r.conE = sc.tokSpan(o+1, e)
		sc.recs = append(sc.recs, r)
		// a chain of such paragraphs: this one now opens with the quotation
		if chain == nil {
			chain = map[int]int{}
		}
		chain[r.conS] = len(sc.recs) - 1
	}
}

// according turns "according to <outlet>" into a channel when its sentence
// has another statement by a non-media source.
func (sc *stmScanner) according() {
	drop := make([]bool, len(sc.recs))
	for i, r := range sc.recs {
		if !r.according || len(r.speakers) != 1 || sc.actorKind(r.speakers[0]) != diplo.Media {
			continue
		}
		for j := max(0, i-20); j < len(sc.recs) && j <= i+20; j++ {
			o := &sc.recs[j]
			if j == i || drop[j] || o.sent != r.sent || o.according || len(o.speakers) == 0 || sc.actorKind(o.speakers[0]) == diplo.Media {
				continue
			}
			if !slices.Contains(o.channel, r.speakers[0]) {
				o.channel = append(o.channel, r.speakers[0])
			}
			o.explicit = true
			drop[i] = true
		}
	}
	out := sc.recs[:0]
	for i, r := range sc.recs {
		if !drop[i] {
			out = append(out, r)
		}
	}
	sc.recs = out
}

// emit sorts the statements into text order and writes a.statements.
func (sc *stmScanner) emit() {
	a := sc.a
	slices.SortStableFunc(sc.recs, func(x, y stmRec) int {
		return min(x.cueS, x.conS) - min(y.cueS, y.conS)
	})
	seen := map[[2]int]bool{}
	n := 0
	for _, r := range sc.recs {
		k := [2]int{r.conS, r.conE}
		if seen[k] {
			continue
		}
		seen[k] = true
		n++
		st := diplo.Statement{
			ID:          "statement:" + strconv.Itoa(n),
			Cue:         a.orig(r.cueS, r.cueE),
			CueSpan:     a.span(r.cueS, r.cueE),
			Content:     a.orig(r.conS, r.conE),
			ContentSpan: a.span(r.conS, r.conE),
			Direct:      r.direct,
			Evidential:  r.evid,
		}
		for _, sp := range r.speakers {
			id := a.use(sp)
			if !slices.Contains(st.Speakers, id) {
				st.Speakers = append(st.Speakers, id)
			}
		}
		for _, ch := range r.channel {
			id := a.use(ch)
			if !slices.Contains(st.ReportedBy, id) && !slices.Contains(st.Speakers, id) {
				st.ReportedBy = append(st.ReportedBy, id)
			}
		}
		if r.spkE > r.spkS {
			st.SpeakerSpan = a.span(r.spkS, r.spkE)
		}
		if r.time >= 0 && r.time < len(a.times) {
			st.Time = a.times[r.time].ID
		}
		if st.Evidential == 0 {
			st.Evidential = diplo.Asserted
		}
		a.statements = append(a.statements, st)
	}
}

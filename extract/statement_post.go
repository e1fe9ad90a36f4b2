package extract

import (
	"slices"

	"github.com/parleyhq/parley/diplo"
	"github.com/parleyhq/parley/internal/text"
)

// chainWords are the participles before "by <outlet>" that name a channel:
// "as reported by Reuters", "carried by TASS".
var chainWords = stmSet("reported", "carried", "quoted", "cited", "published", "broadcast", "aired", "relayed", "confirmed")

// chainNouns are the nouns a passage-wide channel sentence is about: "the
// minister's comments were reported by RIA Novosti".
var chainNouns = stmSet("comments", "comment", "remarks", "remark", "statements", "statement", "words",
	"proclamation", "announcement", "declaration", "interview", "claims", "claim", "account", "report",
	"assertion", "assertions", "message", "position", "views", "response")

// inContent reports whether token t lies inside the content of r.
func (sc *stmScanner) inContent(r *stmRec, t int) bool {
	tk := sc.d.Toks[t]
	return tk.Start >= r.conS && tk.End <= r.conE
}

// contentToks is the token range of r's content: the tokens that lie
// wholly inside it.
func (sc *stmScanner) contentToks(r *stmRec) (int, int) {
	s := sc.tokAt(r.conS)
	for s < len(sc.d.Toks) && sc.d.Toks[s].Start < r.conS {
		s++
	}
	e := s
	if r.conE > r.conS {
		e = sc.tokAt(r.conE - 1)
		if e < len(sc.d.Toks) && sc.d.Toks[e].End <= r.conE {
			e++
		}
	}
	return s, max(s, e)
}

// window is the token range of r's sentence within stmWin tokens of its
// cue.
func (sc *stmScanner) window(r *stmRec) (int, int) {
	t0, t1 := sc.sentToks(r.sent)
	c := sc.tokAt(r.cueS)
	return max(t0, c-stmWin), min(t1, c+stmWin)
}

// stmWin is how far from a cue the reporting clause is looked for.
const stmWin = 48

// sentToks is the token range of sentence si.
func (sc *stmScanner) sentToks(si int) (int, int) {
	if si < 0 || si >= len(sc.d.Sents) {
		return 0, 0
	}
	s := sc.d.Sents[si]
	return s.Tok0, s.Tok1
}

// stateMedia reports whether media actor i is unnamed state media ("Russian
// state media"), which a later named outlet may specify.
func (sc *stmScanner) stateMedia(i int) bool {
	if i < 0 || i >= len(sc.a.actors) {
		return false
	}
	return sc.nameClass(i, &sc.lx.state, 0)
}

// nameClass reports whether the name of actor i holds a phrase of ps,
// remembering the answer per actor in slot (0 state media, 1 insider).
func (sc *stmScanner) nameClass(i int, ps *phraseSet, slot int) bool {
	if sc.nameMemo[slot] == nil {
		sc.nameMemo[slot] = make([]int8, len(sc.a.actors))
	}
	memo := sc.nameMemo[slot]
	if memo[i] == 0 {
		memo[i] = 1
		if nameHas(ps, sc.a.actors[i].name) {
			memo[i] = 2
		}
	}
	return memo[i] == 2
}

// mediaAfter returns the media actor mentioned within n tokens from i.
func (sc *stmScanner) mediaAfter(i, n, end int) (int, bool) {
	for j := i; j < end && j < i+n; j++ {
		if m, ok := sc.mentionStart(j); ok && sc.actorKind(m.actor) == diplo.Media {
			return m.actor, true
		}
	}
	return -1, false
}

func stmAddActor(list []int, a int) []int {
	if a < 0 || slices.Contains(list, a) {
		return list
	}
	return append(list, a)
}

// channels fills the reporting chain of each statement: channels named in
// its own sentence ("as reported by Reuters", "told the BBC", "speaking to
// state media"), then channel sentences about a source's comments ("his
// comments were reported by RIA Novosti") for the statements they cover.
func (sc *stmScanner) channels() {
	if len(sc.recs) == 0 {
		return
	}
	slices.SortStableFunc(sc.recs, func(x, y stmRec) int { return x.sent - y.sent })
	bySent := map[int][]int{}
	for i := range sc.recs {
		bySent[sc.recs[i].sent] = append(bySent[sc.recs[i].sent], i)
	}
	// channels in the statement's own sentence
	for i := range sc.recs {
		r := &sc.recs[i]
		if r.turn || r.joint {
			continue
		}
		t0, t1 := sc.window(r)
		cs, ce := sc.contentToks(r)
		for t := t0; t < t1; t++ {
			if t >= cs && t < ce {
				t = ce - 1 // skip the content
				continue
			}
			if sc.low(t) == "by" && (chainWords[sc.low(t-1)] || sc.low(t-1) == "saying" && sc.low(t-2) == "as" && chainWords[sc.low(t-3)]) {
				if m, ok := sc.mediaAfter(t+1, 4, t1); ok {
					r.channel = stmAddActor(r.channel, m)
					r.explicit = true
				}
				continue
			}
			if n := sc.findPhrase(&sc.lx.channel, t, t1); n > 0 {
				if (sc.low(t-1) == "who" || sc.low(t-1) == "which") && sc.tokAt(r.cueS) != t && sc.cueStatementAt(bySent[r.sent], t) {
					// "according to X, who told Rudaw that ...": the
					// relative clause's own statement has that channel
					t += n - 1
					continue
				}
				if m, ok := sc.mediaAfter(t+n, 5, t1); ok && !sc.inContent(r, t+n) {
					if sc.stateMedia(m) {
						r.state, r.stateActor = true, m+1
					} else {
						r.channel = stmAddActor(r.channel, m)
						r.explicit = true
					}
				} else if sc.anyPhrase(&sc.lx.state, t+n, min(t+n+5, t1)) {
					r.state = true
				}
				t += n - 1
				continue
			}
			if sc.findPhrase(&sc.lx.state, t, t1) > 0 && t > t0 && (sc.low(t-1) == "to" || stmPrep[sc.low(t-1)] || sc.d.Toks[t-1].Is(text.Cap)) {
				r.state = true
			}
		}
	}
	// "X told the BBC that A. He added that B.": the next sentence by the
	// same source came through the same channel
	for i := 1; i < len(sc.recs); i++ {
		r, p := &sc.recs[i], &sc.recs[i-1]
		if len(r.channel) > 0 || r.turn || r.joint || r.state || !p.explicit || len(p.channel) == 0 || r.sent != p.sent+1 ||
			!slices.Equal(r.speakers, p.speakers) || sc.d.Sents[r.sent].Block-sc.d.Sents[p.sent].Block > 1 {
			continue
		}
		r.channel = append([]int(nil), p.channel...)
		r.explicit = true // and so on through a run of sentences by the source
	}
	// channel sentences without a statement of their own
	for si := range sc.d.Sents {
		if _, has := bySent[si]; has {
			continue
		}
		t0, t1 := sc.sentToks(si)
		media := -1
		for t := t0; t < t1; t++ {
			if sc.low(t) == "by" && chainWords[sc.low(t-1)] {
				if m, ok := sc.mediaAfter(t+1, 6, t1); ok {
					media = m
					break
				}
			}
		}
		if media < 0 {
			continue
		}
		// whose comments: a possessive or "of X" before the chain noun
		owner := -1
		for t := t0; t < t1; t++ {
			if !chainNouns[sc.low(t)] {
				continue
			}
			for k := t - 1; k >= t0 && k >= t-3; k-- {
				if m, ok := sc.mentionEnd(k); ok && sc.possessive(m) && sc.actorKind(m.actor) != diplo.Media {
					owner = m.actor
					break
				}
			}
			if owner < 0 && sc.low(t+1) == "of" || sc.low(t+1) == "by" || sc.low(t+1) == "from" {
				if m, ok := sc.mentionStart(t + 2); ok && sc.actorKind(m.actor) != diplo.Media {
					owner = m.actor
				}
			}
			if owner < 0 && sc.low(t+1) == "made" && sc.low(t+2) == "by" {
				if m, ok := sc.mentionStart(t + 3); ok && sc.actorKind(m.actor) != diplo.Media {
					owner = m.actor
				}
			}
			break
		}
		lo, _ := slices.BinarySearchFunc(sc.recs, si-30, func(r stmRec, t int) int { return r.sent - t })
		if owner >= 0 {
			for i := lo; i < len(sc.recs) && sc.recs[i].sent <= si+30; i++ {
				r := &sc.recs[i]
				if r.explicit || r.turn || !slices.Contains(r.speakers, owner) || stmAbs(r.sent-si) > 30 {
					continue
				}
				r.channel = stmAddActor(r.channel, media)
			}
			continue
		}
		// the statements just before it, by the last source that spoke
		var last []int
		for i := lo; i < len(sc.recs) && sc.recs[i].sent <= si; i++ {
			if r := &sc.recs[i]; !r.turn && si-r.sent <= 3 {
				last = r.speakers
			}
		}
		for i := lo; i < len(sc.recs) && sc.recs[i].sent <= si; i++ {
			r := &sc.recs[i]
			if r.explicit || r.turn || r.sent > si || si-r.sent > 3 || len(r.channel) > 0 || !slices.Equal(r.speakers, last) {
				continue
			}
			if sc.d.Sents[si].Block-sc.d.Sents[max(r.sent, 0)].Block > 1 {
				continue
			}
			r.channel = stmAddActor(r.channel, media)
		}
	}
	// unnamed state media: the outlet named nearest after (else before)
	for i := range sc.recs {
		r := &sc.recs[i]
		if !r.state || len(r.channel) > 0 {
			continue
		}
		t0, _ := sc.sentToks(r.sent)
		best := -1
		for t := t0; t < len(sc.d.Toks) && t < t0+8*stmWin && int(sc.sentOf[t]) <= r.sent+12; t++ {
			if m, ok := sc.mentionStart(t); ok && sc.actorKind(m.actor) == diplo.Media && !sc.stateMedia(m.actor) {
				best = m.actor
				break
			}
		}
		if best < 0 {
			for t := t0 - 1; t >= 0 && t > t0-8*stmWin && int(sc.sentOf[t]) >= r.sent-12; t-- {
				if m, ok := sc.mentionStart(t); ok && sc.actorKind(m.actor) == diplo.Media && !sc.stateMedia(m.actor) {
					best = m.actor
					break
				}
			}
		}
		if best < 0 {
			best = r.stateActor - 1
		}
		if best >= 0 {
			r.channel = stmAddActor(r.channel, best)
		}
	}
}

func stmAbs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// evidentials sets how firmly each statement is presented: insider for
// anonymous or leaked sources, unverified when the article says the
// source's statements are not confirmed, hedged for hedging cues, else
// asserted.
func (sc *stmScanner) evidentials() {
	if len(sc.recs) == 0 {
		return
	}
	unverActor := map[int]bool{}
	unverSent := map[int]bool{}
	for si := range sc.d.Sents {
		t0, t1 := sc.sentToks(si)
		if !sc.lx.unverified.hasKey(sc.stmIndex, t0, t1) || !sc.anyPhrase(&sc.lx.unverified, t0, t1) {
			continue
		}
		named := false
		for t := t0; t < t1; t++ {
			if m, ok := sc.mentionStart(t); ok && sc.actorKind(m.actor) != diplo.Media {
				unverActor[m.actor] = true
				named = true
			}
		}
		if !named {
			for k := si; k >= 0 && k >= si-1; k-- {
				unverSent[k] = true
			}
		}
	}
	for i := range sc.recs {
		r := &sc.recs[i]
		if r.turn {
			r.evid = diplo.Asserted
			continue
		}
		switch {
		case sc.insider(r) || r.partOf && sc.groupInsider(i):
			r.evid = diplo.Insider
		case unverSent[r.sent] || slices.ContainsFunc(r.speakers, func(a int) bool { return unverActor[a] }):
			r.evid = diplo.Unverified
		case r.flags&cueHedge != 0 || sc.hedged(r):
			r.evid = diplo.Hedged
		default:
			r.evid = diplo.Asserted
		}
	}
}

// groupInsider reports whether the last statement before recs[i] by the
// same speakers is an insider's: "one of them said" after "two diplomats,
// speaking on condition of anonymity, said".
func (sc *stmScanner) groupInsider(i int) bool {
	r := &sc.recs[i]
	for k := i - 1; k >= 0 && k >= i-16; k-- {
		if o := &sc.recs[k]; slices.Equal(o.speakers, r.speakers) && o.sent < r.sent {
			return o.evid == diplo.Insider
		}
	}
	return false
}

// insider reports whether r's source is anonymous, leaked or an insider.
func (sc *stmScanner) insider(r *stmRec) bool {
	for _, a := range r.speakers {
		if a >= 0 && a < len(sc.a.actors) && sc.actorKind(a) == diplo.Group && sc.nameClass(a, &sc.lx.insider, 1) {
			return true
		}
	}
	if r.cueE > r.cueS {
		// "a Polish diplomat said on condition of anonymity"
		c := sc.tokAt(r.cueE)
		switch sc.low(c) {
		case "anonymously", "privately":
			return true
		case "on":
			if sc.low(c+1) == "condition" && sc.low(c+2) == "of" && sc.low(c+3) == "anonymity" {
				return true
			}
		}
	}
	if r.spkE <= r.spkS {
		return false
	}
	s := sc.tokAt(r.spkS)
	e := sc.tokAt(r.spkE - 1)
	if m, ok := sc.mentionStart(s); ok && m.kind == diplo.ByPronoun {
		return false
	}
	t0, t1 := sc.sentToks(r.sent)
	if sc.anyPhrase(&sc.lx.insider, max(s-3, t0), e+1) {
		return true
	}
	// "officials, speaking on condition of anonymity, said"; "a diplomat
	// who asked not to be named said"
	if w := sc.low(e + 1); w == "," || w == "who" {
		return sc.anyPhrase(&sc.lx.insider, e+2, min(e+9, t1))
	}
	return false
}

// hedged reports whether r's reporting clause (its sentence outside the
// content) hedges: "reportedly", "may have said".
func (sc *stmScanner) hedged(r *stmRec) bool {
	t0, t1 := sc.window(r)
	cs, ce := sc.contentToks(r)
	for t := t0; t < t1; t++ {
		if t >= cs && t < ce {
			t = ce - 1 // skip the content
			continue
		}
		if n := sc.findPhrase(&sc.lx.hedge, t, t1); n > 0 && !sc.inContent(r, t+n-1) {
			return true
		}
	}
	// "said a broader deal could come", "\"Suva may be using the offer,\"
	// said X": a modal early in the content, reported or quoted
	if r.conE > r.conS {
		s := sc.tokAt(r.conS)
		e := min(sc.tokAt(r.conE-1)+1, s+stmContentModal)
		for k := s; k < e; k++ {
			if stmSubClause[sc.low(k)] || sc.isPunct(k, ',') {
				break // "declared a state of emergency so he could build": not the main clause
			}
			if sc.low(k) == "may" && k > s && sc.d.Toks[k].Is(text.Cap) {
				continue // the month: "lifted in May"
			}
			if sc.findPhrase(&sc.lx.content, k, e) > 0 {
				return true
			}
		}
	}
	// "X may have said"
	if r.spkE > r.spkS && r.spkE <= r.cueS {
		if sc.anyPhrase(&sc.lx.modal, sc.tokAt(r.spkE), sc.tokAt(r.cueE-1)+1) {
			return true
		}
	}
	return false
}

// stmSubClause are the words that open a subordinate clause, past which a
// modal no longer hedges the reported content.
var stmSubClause = stmSet("so", "that", "which", "who", "because", "if", "when", "while", "unless", "as",
	"after", "before", "but", "since", "until", "whether", "where")

// stmContentModal is how many tokens of reported content are searched for
// a modal that hedges it.
const stmContentModal = 8

// times ties each statement to the first time expression of its sentence
// outside its content ("Speaking on Saturday, X said ...").
func (sc *stmScanner) times() {
	for i := range sc.recs {
		r := &sc.recs[i]
		if r.joint {
			continue
		}
		r.time = -1
		t0, t1 := sc.window(r)
		for t := t0; t < t1; t++ {
			if ti, ok := sc.timeStart(t); ok && !sc.inContent(r, t) {
				r.time = ti
				break
			}
		}
	}
}

// cueStatementAt reports whether one of the statements recs (indexes
// into sc.recs, those of one sentence) has its cue at token t. Only the
// first 64 are looked at, which bounds the work in a sentence without end.
func (sc *stmScanner) cueStatementAt(recs []int, t int) bool {
	for n, k := range recs {
		if n >= 64 {
			break
		}
		if sc.tokAt(sc.recs[k].cueS) == t {
			return true
		}
	}
	return false
}

package extract

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/parleyhq/parley/diplo"
	"github.com/parleyhq/parley/internal/text"
)

// Meetings are found in three steps. Each trigger ("talks", "met", "phone
// call") becomes a mention with the noun phrase or clause around it, its
// parties, place, time and status, read from the words nearby. Mentions
// are then grouped: a mention joins the most recent compatible meeting
// (same parties, compatible status, time and place; demonstratives such as
// "these talks" join the latest), or starts a new one when it is anchored
// (it names parties, people, a time or a place). Last, each group becomes a
// diplo.Meeting whose evidence starts with its most informative mention.
//
// Parties are the states and organizations named in the mention, those a
// state adjective names ("Chinese and U.S. negotiators"), and hosts and
// mediators ("brokered by Qatar", "offered to host talks"); a state's own
// body stands for the state, a movement or armed group for itself. A
// "round" continues talks already mentioned ("another round is planned").
// Clauses after the meeting noun add to it: a scheduled-event clause
// ("talks, due to open in Vienna under the auspices of the World Bank,";
// "talks that were due to bring Russian and Ukrainian delegations to
// Istanbul") gives place, time, sponsor and delegations; "X will host Y in
// Z next week for a round of talks" makes host and guests parties; a
// bare "Y would join the talks" adds Y to the talks last spoken of.
// The word classes are small open-addressing sets and the scan skips most
// tokens by length and a Bloom filter, so the stage costs little per token.

// mtgMention is one mention of a meeting.
type mtgMention struct {
	kind          diplo.MeetingKind
	trig          int // first trigger token
	tok0, tok1    int // evidence tokens [tok0, tok1)
	start, end    int // evidence in Norm
	parties       []int
	weak          []int
	participants  []int
	both          bool // "both countries", "the two sides", "bilateral"
	loc           diplo.Location
	time          int // index into a.times; -1 when none
	status        diplo.Status
	demonstrative bool // "these talks", "that meeting", "such conversations"
	definite      bool // "the talks"
	verbal        bool
	list, row     bool
	topic         bool     // it has a topic phrase ("talks on arms control")
	mods          []string // content words before the trigger ("preliminary")
	outcome       string
	again         bool  // "meet again", "reconvene": talks taken up anew
	joiner        bool  // a bare "the talks" whose party joins a cluster's talks
	hosts         []int // the parties that are hosts or mediators ("hosted by X")
	apart         bool  // "Separately, ...", "separate talks": not a meeting already named
}

// mtgState is the working state of one findMeetings call.
type mtgState struct {
	e       *Extractor
	lx      *meetingLex
	a       *article
	d       *text.Doc
	ctry    []ctryPos // country-bearing mentions in text order, for salience
	timeT   []int32   // token index -> 1 + index into a.times of a time starting there; 0 for none
	tLast   []int32   // time index -> its last token
	dline   string    // the dateline city, when the text has one
	dlISO   string
	docSal  []cnt // country counts over the whole document, once needed
	callDoc bool  // the title announces a call ("Readout of ... Call with ...")
	party   []int // partyOf by actor; -2 when not yet known
	seen    int   // mentions found so far
	ready   bool  // prepare has run (at the first trigger candidate)
	// orgHeads are the head nouns of organizations' names, once needed
	orgHeads []orgHead
	// orgWords are the one-word organization names, once needed
	orgWords []orgHead
	// club is the organization whose members the text names as a
	// collective ("OPEC+ members", "members of the G20"), or -1: its
	// meetings that name no party are the club's own
	club int
	// mediator is the state or organization the text says mediates the
	// dispute ("The African Union, which has mediated the dispute"), or
	// -1: a party to the talks over it
	mediator int
}

// orgNamed returns the organization actor whose one-word name is w
// (lower case), or -1. The names are collected once per document.
func (st *mtgState) orgNamed(w string) int {
	if len(w) < 3 {
		return -1
	}
	if st.orgWords == nil {
		st.orgWords = []orgHead{}
		for i, r := range st.a.actors {
			if r.kind == diplo.Organization && len(r.name) >= 3 && !strings.ContainsAny(r.name, " -.") && len(st.orgWords) < 64 {
				st.orgWords = append(st.orgWords, orgHead{strings.ToLower(r.name), i})
			}
		}
	}
	for _, o := range st.orgWords {
		if o.word == w {
			return o.actor
		}
	}
	return -1
}

// orgHead is the last word of an organization's name ("agency").
type orgHead struct {
	word  string
	actor int
}

// cnt counts the references to one actor.
type cnt struct{ actor, n, last int }

// ctryPos is a place where a country (or an organization) is referred to.
type ctryPos struct {
	pos, actor int
}

// Closed word classes used to read phrases.
var (
	mtgDeterminers = mtgSet("a", "an", "the", "this", "these", "that", "those", "such", "another", "any", "its", "their", "his", "her", "our", "your", "both", "all", "some", "each", "every", "no", "whose", "my")
	mtgDemonstr    = mtgSet("this", "these", "that", "those", "such")
	mtgLeftStop    = mtgSet("off", "of", "in", "to", "for", "with", "on", "at", "by", "from", "about", "into", "over", "between", "among", "and", "or", "but", "nor", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could", "should", "may", "might", "must", "can", "shall", "do", "does", "did", "not", "that", "which", "who", "as", "than", "during", "after", "before", "amid", "amidst", "despite", "through", "toward", "towards", "against", "via", "regarding", "without", "within", "upon", "if", "when", "while", "where", "whether", "then", "also", "already", "still", "just", "only", "even", "more", "most", "very", "so", "it", "they", "we", "he", "she", "i", "you", "there")
	mtgBoundary    = mtgSet("that", "which", "who", "whom", "whose", "while", "whereas", "because", "although", "though", "unless", "when", "where", "if", "whether", "since", "so")
	mtgPPHeads     = mtgSet("between", "with", "in", "at", "on", "within", "from", "among", "involving", "over", "about", "by", "during", "near", "outside", "inside", "later", "next", "this", "last", "early", "late", "until")
	mtgTimeHeads   = mtgSet("by", "until", "later", "next", "this", "last", "early", "late")
	mtgPartyHeads  = mtgSet("between", "with", "from", "among", "involving", "and", "by+")
	mtgPlaceHeads  = mtgSet("in", "at", "near", "outside", "inside")
	mtgTopicHeads  = mtgSet("on", "over", "about")
	mtgObjStop     = mtgSet("is", "are", "was", "were", "be", "been", "being", "will", "would", "could", "should", "may", "might", "must", "can", "shall", "has", "have", "had", "do", "does", "did", "that", "which", "who", "whom", "whose", "where", "when", "while", "as", "amid", "amidst", "but", "because", "if", "although", "though", "to", "than", "so", "not", "aimed", "said", "says", "say", "told", "after", "before", "since", "despite", "including", "such", "regarding", "concerning", "for", "via", "like", "according", "through", "into", "toward", "towards", "against", "under", "without", "over", "about", "on", "near", "by", "during", "within", "at", "in", "with", "between", "among", "involving")
	mtgParticiple  = mtgSet("scheduled", "planned", "set", "slated", "expected", "due", "held", "anticipated", "proposed", "arranged", "hosted", "organized", "organised", "convened", "taking", "being", "led", "brokered", "mediated", "chaired", "headed", "facilitated", "sponsored", "co-chaired", "co-hosted", "attended")
	// mtgByVerbs name, with "by", who leads, hosts or mediates a meeting;
	// those named are its parties ("talks brokered by Qatar").
	mtgByVerbs     = mtgSet("led", "brokered", "mediated", "hosted", "chaired", "headed", "facilitated", "sponsored", "co-chaired", "co-hosted", "attended", "convened", "organized", "organised", "co-sponsored")
	mtgAdverbs     = mtgSet("again", "once", "soon", "shortly", "later", "today", "tomorrow", "yesterday", "here", "privately", "separately", "virtually", "directly", "face-to-face", "recently", "already", "also", "reportedly", "likely", "now", "still", "only", "currently", "finally", "formally", "officially", "tonight", "this", "next", "last", "early", "late")
	mtgExclPrep    = mtgSet("in", "at", "of", "on", "to", "into", "against", "about", "regarding", "over", "for", "by", "toward", "towards", "amid", "amidst", "across", "throughout", "within", "under", "near", "concerning", "than", "despite")
	mtgBothNouns   = mtgSet("countries", "nations", "sides", "parties", "governments", "states", "leaders", "delegations", "presidents", "capitals", "powers", "neighbours", "neighbors", "administrations", "teams", "ministers", "militaries", "armies", "navies", "commanders", "foes", "rivals", "adversaries", "ministries", "blocs", "banks", "governors")
	mtgBareSkip    = mtgSet("of", "for", "under", "up", "through", "via", "by", "to")
	mtgBareWords   = mtgSet("discussion", "dialogue", "dialog", "negotiation", "conversation", "consultation", "talk")
	mtgMeetNot     = mtgSet("the", "its", "their", "his", "her", "our", "these", "those", "all", "some", "any", "this", "that", "a", "an", "expectations", "demands", "needs", "requirements", "targets", "goals", "criteria", "standards", "deadlines", "deadline", "obligations", "conditions", "resistance", "opposition", "criticism", "skepticism", "scepticism", "approval", "success", "protests", "silence", "challenges", "threats", "commitments", "quotas", "quota", "the")
	mtgMetWithNot  = mtgSet("criticism", "resistance", "skepticism", "scepticism", "opposition", "approval", "protests", "silence", "derision", "dismay", "disbelief", "applause", "condemnation", "hostility", "indifference", "success", "failure")
	mtgObjGlue     = mtgSet("and", "or", "of", "the", "from", "plus", "de", "la", "al", "von", "van", "der", "bin", "ibn", "el", "da", "di", "du", "le")
	mtgPeopleNouns = mtgSet("officials", "representatives", "leaders", "delegations", "delegation", "diplomats", "negotiators", "envoys", "ministers", "teams", "team", "officials'", "counterparts", "counterpart")
	mtgOccur       = mtgSet("place", "held", "begin", "start", "resume", "convene", "reconvene", "happen", "occur", "feasible", "possible", "commence", "scheduled", "planned", "set", "slated", "due", "postponed", "delayed", "cancelled", "canceled", "off", "back", "way", "underway", "ongoing", "began", "begun", "started", "commenced", "continue", "continued", "resumed", "ended", "concluded", "finished", "up", "collapsed", "down", "announced", "proposed", "rescheduled", "produced", "yielded", "scrapped", "continuing", "progress")
)

// mtgPartStatus2 are words after "meet" that do not make it transitive.
var mtgPartStatus2 = mtgSet("again", "separately", "privately", "briefly", "later", "soon", "today", "tomorrow", "face-to-face", "regularly", "twice", "once", "informally", "formally")

// mtgAsAs are the words of "as early as", "as soon as".
var mtgAsAs = mtgSet("early", "soon", "late", "recently", "quickly")

// mtgPartStatus is the status a participle right after a trigger gives.
var mtgPartStatus = map[string]diplo.Status{
	"scheduled": diplo.Planned, "planned": diplo.Planned, "set": diplo.Planned, "slated": diplo.Planned,
	"due": diplo.Planned, "expected": diplo.Planned, "anticipated": diplo.Planned, "arranged": diplo.Planned,
	"held": diplo.Held, "hosted": diplo.Held, "convened": diplo.Held, "proposed": diplo.Proposed,
}

var (
	mtgSubjPron  = mtgSet("he", "she", "it", "who", "one")
	mtgVisitMods = mtgSet("state", "official", "working", "first", "planned", "upcoming", "recent", "surprise", "historic", "two-day", "three-day", "one-day", "week-long", "brief", "private")
)

func mtgSet(ws ...string) wordSet {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	keys := make([]string, 0, len(m))
	for w := range m {
		keys = append(keys, w)
	}
	return newWordSet(keys)
}

// wordSet is a small set of words: an open-addressing table probed with
// topicWordHash, cheaper than a map for the closed word classes the
// meeting rules test at every step.
type wordSet struct {
	mask uint32
	keys []string
}

func newWordSet(ws []string) wordSet {
	n := 8
	for n < 4*len(ws) {
		n *= 2
	}
	s := wordSet{mask: uint32(n - 1), keys: make([]string, n)}
	for _, w := range ws {
		if w == "" {
			continue
		}
		for i := uint32(topicWordHash(w)>>32) & s.mask; ; i = (i + 1) & s.mask {
			if s.keys[i] == w {
				break
			}
			if s.keys[i] == "" {
				s.keys[i] = w
				break
			}
		}
	}
	return s
}

// has reports whether w is in the set.
func (s wordSet) has(w string) bool {
	if w == "" || len(s.keys) == 0 {
		return false
	}
	for i := uint32(topicWordHash(w)>>32) & s.mask; s.keys[i] != ""; i = (i + 1) & s.mask {
		if s.keys[i] == w {
			return true
		}
	}
	return false
}

// findMeetings fills a.meetings.
func (e *Extractor) findMeetings(a *article) {
	if e.mtg == nil || a.t == nil || len(a.t.Toks) == 0 {
		return
	}
	st := &mtgState{e: e, lx: e.mtg, a: a, d: a.t, club: -1, mediator: -1}
	ms := st.mentions() // prepares the indexes at the first candidate
	if len(ms) == 0 {
		return
	}
	st.output(ms, st.cluster(ms))
}

// mentions reads every meeting mention of the document, in text order.
func (st *mtgState) mentions() []mtgMention {
	a := st.a
	toks, low := st.d.Toks, st.d.Low
	var ms []mtgMention
	lastRow := -1
	header := -1
	for si := range a.t.Sents {
		s := a.t.Sents[si]
		if s.Block < 0 || s.Block >= len(a.t.Blocks) {
			continue
		}
		b := a.t.Blocks[s.Block]
		switch b.Kind {
		case text.Title, text.Heading, text.TOCItem, text.TableRule, text.DateLine:
			continue
		case text.TableHeader:
			header = s.Block
			continue
		case text.TableRow:
			if s.Block != lastRow {
				lastRow = s.Block
				st.prepare()
				if m, ok := st.row(s.Block, header); ok {
					ms = append(ms, m)
				}
			}
			continue
		}
		for i := s.Tok0; i < s.Tok1; {
			if t := toks[i]; !st.lx.first.hasLen(t.End-t.Start) || !st.lx.first.hasHash(topicWordHash(low[t.Start:t.End])) {
				i++ // the common case: no trigger starts here
				continue
			}
			st.prepare()
			m, ok := st.mention(s, i)
			if !ok {
				i++
				continue
			}
			m.list = b.Kind == text.ListItem
			if len(ms) == cap(ms) {
				// double: append's gentle growth of large slices would
				// copy these big records several times over
				ms = slices.Grow(ms, max(len(ms), 8))
			}
			ms = append(ms, m)
			st.seen = len(ms)
			if m.tok1 > i {
				i = m.tok1
			} else {
				i++
			}
		}
	}
	return ms
}

// prepare indexes times by token and country-bearing mentions, and reads
// the dateline; once, and only for documents with a trigger candidate.
func (st *mtgState) prepare() {
	if st.ready {
		return
	}
	st.ready = true
	a, d := st.a, st.d
	st.ctry = make([]ctryPos, 0, len(a.mentions))
	st.timeT = make([]int32, len(d.Toks)) // zero: no time starts there
	st.tLast = make([]int32, len(a.times))
	k, prev := 0, -1
	for ti, t := range a.times {
		if t.start < prev {
			k = 0 // out of order: walk again from the start
		}
		prev = t.start
		k = st.tokFrom(k, t.start)
		if k < len(d.Toks) && d.Toks[k].Start >= t.start && d.Toks[k].Start < t.end && st.timeAt(k) < 0 {
			st.timeT[k] = int32(ti) + 1
		}
		st.tLast[ti] = int32(st.tokFrom(k, t.end-1))
	}
	k = 0
	for _, m := range a.mentions {
		if m.kind == diplo.ByMetonym {
			if k = st.tokFrom(k, m.start); k > 0 && (mtgPlaceHeads.has(st.low(k-1)) || st.low(k-1) == "to" || st.low(k-1) == "from") {
				continue // "in Vienna": a place, not a party
			}
		}
		if p := st.partyOf(m.actor); p >= 0 {
			st.ctry = append(st.ctry, ctryPos{m.start, p})
			if st.mediator < 0 && p == m.actor && st.mediates(m.end) {
				st.mediator = p
			}
		}
	}
	st.club = st.findClub()
	st.dateline()
	for bi, b := range d.Blocks {
		if b.Kind == text.DateLine {
			continue
		}
		if b.Kind == text.Title || bi < 2 && b.End-b.Start < 200 {
			low := d.Low[b.Start:b.End]
			st.callDoc = st.callDoc || strings.Contains(low, " call") || strings.Contains(low, "phone")
		}
		if bi >= 2 {
			break
		}
	}
}

// mtgMemberNouns name the members of an organization as a collective.
var mtgMemberNouns = mtgSet("members", "member", "ministers", "leaders", "countries", "states", "nations", "allies", "delegates", "producers", "governments", "partners")

// findClub returns the international organization whose members the
// lead (title and first paragraphs) names as a collective ("OPEC+
// members", "EU interior ministers", one word between, "members of the
// G20"), or -1: a text about that club's members.
func (st *mtgState) findClub() int {
	var names []orgHead
	for i, r := range st.a.actors {
		if r.kind == diplo.Organization && r.country == "" && r.name != "" && len(names) < 64 {
			names = append(names, orgHead{strings.ToLower(r.name), i})
		}
	}
	if len(names) == 0 {
		return -1
	}
	d := st.d
	named := func(s, e int) int {
		for _, n := range names {
			if strings.TrimSpace(d.Low[s:e]) == n.word {
				return n.actor
			}
		}
		return -1
	}
	lead := len(d.Toks)
	for bi, n := 0, 0; bi < len(d.Blocks); bi++ {
		if k := d.Blocks[bi].Kind; k == text.DateLine || k == text.Title || k == text.Heading {
			continue
		}
		if n++; n == 2 {
			lead = st.tokAt(d.Blocks[bi].End)
			break
		}
	}
	for j := 1; j < lead && j < 400; j++ {
		if !mtgMemberNouns.has(st.low(j)) {
			continue
		}
		if st.low(j) == "members" && j+2 < len(d.Toks) && st.low(j+1) == "of" {
			k := j + 2
			if st.low(k) == "the" {
				k++
			}
			for e := k + 1; e <= k+4 && e <= len(d.Toks); e++ {
				if o := named(d.Toks[k].Start, d.Toks[e-1].End); o >= 0 {
					return o
				}
			}
		}
		// the name ends right before the noun, or one word before it
		for _, last := range [2]int{j - 1, j - 2} {
			for first := last; first >= 0 && first > last-4; first-- {
				if o := named(d.Toks[first].Start, d.Toks[last].End); o >= 0 {
					return o
				}
			}
		}
	}
	return -1
}

// dateline reads a Reuters-style dateline city ("GENEVA, March 3 -").
func (st *mtgState) dateline() {
	d := st.d
	for _, s := range d.Sents {
		if s.Block >= 0 && s.Block < len(d.Blocks) {
			if k := d.Blocks[s.Block].Kind; k == text.DateLine || k == text.Title || k == text.Heading {
				continue
			}
		}
		j := s.Tok0
		for j < s.Tok1 && j-s.Tok0 < 4 && d.Toks[j].Is(text.Word|text.AllCaps) {
			j++
		}
		if j > s.Tok0 && j < s.Tok1 && d.Norm[d.Toks[j].Start] == ',' {
			if name, iso, ok := st.e.place(d.Low[d.Toks[s.Tok0].Start:d.Toks[j-1].End]); ok {
				st.dline, st.dlISO = name, iso
			}
		}
		return
	}
}

// tokAt is the index of the first token that ends after Norm offset p.
func (st *mtgState) tokAt(p int) int {
	toks := st.d.Toks
	lo, hi := 0, len(toks)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if toks[h].End > p {
			hi = h
		} else {
			lo = h + 1
		}
	}
	return lo
}

// tokFrom is tokAt for a p at or after the start of token k: a forward
// walk, for callers that visit offsets in text order. A p before token k
// falls back to the binary search.
func (st *mtgState) tokFrom(k, p int) int {
	toks := st.d.Toks
	if k > 0 && (k > len(toks) || toks[k-1].End > p) {
		return st.tokAt(p)
	}
	for k < len(toks) && toks[k].End <= p {
		k++
	}
	return k
}

// timeLast is the index of the last token of time ti.
func (st *mtgState) timeLast(ti int) int {
	if ti >= 0 && ti < len(st.tLast) {
		return int(st.tLast[ti])
	}
	return st.tokAt(st.a.times[ti].end - 1)
}

// timeAt is the time starting at token j, or -1.
func (st *mtgState) timeAt(j int) int {
	if j < 0 || j >= len(st.timeT) {
		return -1
	}
	return int(st.timeT[j]) - 1
}

func (st *mtgState) low(i int) string {
	if i < 0 || i >= len(st.d.Toks) {
		return ""
	}
	t := st.d.Toks[i]
	return st.d.Low[t.Start:t.End]
}

func (st *mtgState) isPunct(i int) bool {
	return i >= 0 && i < len(st.d.Toks) && st.d.Toks[i].Is(text.Punct)
}

// punctIs reports whether token i is the punctuation c.
func (st *mtgState) punctIs(i int, c byte) bool {
	return st.isPunct(i) && st.d.Norm[st.d.Toks[i].Start] == c
}

// matchFwd reports whether the tokens from i on, before lim, spell words.
func (st *mtgState) matchFwd(i, lim int, words []string) bool {
	if i+len(words) > lim {
		return false
	}
	for k, w := range words {
		if st.low(i+k) != w {
			return false
		}
	}
	return true
}

// matchBack reports whether the tokens ending at i (inclusive), from lo
// on, spell words.
func (st *mtgState) matchBack(i, lo int, words []string) bool {
	if i-len(words)+1 < lo {
		return false
	}
	for k := range words {
		if st.low(i-len(words)+1+k) != words[k] {
			return false
		}
	}
	return true
}

// mentionRange returns the indices of the mentions lying in [s, e), by
// binary search (a.mentions is sorted by start).
func (st *mtgState) mentionRange(s, e int) (lo, hi int) {
	ms := st.a.mentions
	lo = sort.Search(len(ms), func(i int) bool { return ms[i].start >= s })
	hi = lo
	for hi < len(ms) && ms[hi].start < e {
		hi++
	}
	return lo, hi
}

// partyOf is the actor that stands as a party for actor i: a country or
// an international organization itself, a person's or a national body's
// country; -1 for media, groups and stateless people.
func (st *mtgState) partyOf(i int) int {
	a := st.a
	if i < 0 || i >= len(a.actors) {
		return -1
	}
	if i < len(st.party) && st.party[i] != -2 {
		return st.party[i]
	}
	p := st.partyOf1(i)
	for len(st.party) <= i && len(st.party) < len(a.actors) {
		st.party = append(st.party, -2)
	}
	if i < len(st.party) {
		st.party[i] = p
	}
	return p
}

// partyOf1 computes partyOf without the cache.
func (st *mtgState) partyOf1(i int) int {
	a := st.a
	r := a.actors[i]
	switch r.kind {
	case diplo.Country:
		return i
	case diplo.Person:
		if r.country != "" {
			return st.e.countryActor(a, r.country)
		}
	case diplo.Organization:
		if r.country != "" && govBody(r.name) {
			return st.e.countryActor(a, r.country)
		}
		return i // an international body, or a movement or armed group of one state
	}
	return -1
}

// mtgGovWords are words in the name of a state's own body, which stands
// for the state ("Ministry of Commerce"); other organizations of a state
// (an opposition platform, an armed group) are parties in their own name.
var mtgGovWords = mtgSet("ministry", "department", "government", "cabinet", "kremlin", "presidency", "embassy", "parliament", "congress", "senate", "office", "administration", "council", "commission", "committee", "house", "state", "foreign", "agency", "bureau", "service", "mission", "delegation", "national", "central", "federal", "royal", "court", "assembly", "duma", "knesset", "bundestag", "secretariat", "navy", "police")

// govBody reports whether an organization's name names a body of a state.
func govBody(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if mtgGovWords.has(strings.Trim(w, ".,'")) {
			return true
		}
	}
	return false
}

// clauseStart is the first token of the clause holding token i, looking no
// further back than 30 tokens and not before lo.
func (st *mtgState) clauseStart(i, lo int) int {
	stop := max(lo, i-30)
	for j := i - 1; j >= stop; j-- {
		if st.isPunct(j) {
			c := st.d.Norm[st.d.Toks[j].Start]
			if c == ';' || c == ':' || c == '(' || c == ')' || c == '"' || c == '|' || c == '.' || c == '!' || c == '?' {
				return j + 1
			}
			continue
		}
		if mtgBoundary.has(st.low(j)) {
			return j
		}
	}
	return stop
}

// mention reads a meeting mention whose trigger starts at token i of
// sentence s.
func (st *mtgState) mention(s text.Sentence, i int) (mtgMention, bool) {
	cands := st.lx.trig[st.low(i)]
	if len(cands) == 0 {
		return mtgMention{}, false
	}
	for _, t := range cands {
		if !st.matchFwd(i, s.Tok1, t.words) {
			continue
		}
		if m, ok := st.build(s, i, i+len(t.words), t); ok {
			return m, true
		}
		return mtgMention{}, false
	}
	return mtgMention{}, false
}

// build checks the sense of trigger tokens [t0, t1) and reads the mention.
func (st *mtgState) build(s text.Sentence, t0, t1 int, tr mtgTrigger) (mtgMention, bool) {
	prev, next := "", ""
	if t0 > s.Tok0 {
		prev = st.low(t0 - 1)
	}
	if t1 < s.Tok1 {
		next = st.low(t1)
	}
	if st.lx.beforeNot[prev] || st.lx.not[next] {
		return mtgMention{}, false
	}
	form := tr.form
	w := st.low(t0)
	switch form {
	case formNoun:
		if t1 == t0+1 && mtgBareWords.has(w) && mtgBareSkip.has(prev) {
			return mtgMention{}, false
		}
		if w == "session" && !st.bodySession(s, t0) {
			return mtgMention{}, false
		}
		if t1 < s.Tok1 && len(st.lx.trig[next]) > 0 && !st.isPunct(t1) {
			// "summit meeting": the second word heads the phrase
			for _, t2 := range st.lx.trig[next] {
				if t2.form == formNoun && st.matchFwd(t1, s.Tok1, t2.words) {
					return mtgMention{}, false
				}
			}
		}
		if w == "talks" && mtgSubjPron.has(prev) {
			return mtgMention{}, false
		}
		if w == "meeting" && t1 < s.Tok1 && mtgMeetNot.has(next) && !mtgDeterminers.has(prev) {
			form = formVerb // "meeting the needs", "meeting President X"
		}
		if w == "meeting" && t0-1 > s.Tok0 && (mtgBeAuxNow.has(prev) || mtgAdverbs.has(prev) && mtgBeAuxNow.has(st.low(t0-2))) {
			form = formVerb // "teams are still meeting at the border post"
		}
	case formVerb:
		if len(tr.words) == 2 && tr.words[1] == "on" && !st.callOn(s, t1) {
			return mtgMention{}, false
		}
	case formCall:
		if next != "with" && next != "between" && !st.heldCall(s, t0, t1) {
			return mtgMention{}, false
		}
		form = formNoun
	case formRound:
		if !st.roundOfTalks(s, t0, t1) {
			return mtgMention{}, false
		}
		form = formNoun
	}
	m := mtgMention{kind: tr.kind, trig: t0, time: -1}
	switch form {
	case formNoun:
		if !st.nounPhrase(s, t0, t1, &m) {
			return mtgMention{}, false
		}
	case formVerb:
		if !st.clause(s, t0, t1, &m, w) {
			return mtgMention{}, false
		}
	case formVisit:
		if !st.visit(s, t0, t1, &m) {
			return mtgMention{}, false
		}
	case formHost:
		if !st.host(s, t0, t1, &m) {
			return mtgMention{}, false
		}
	case formSpoke:
		if !st.spoke(s, t0, t1, &m) {
			return mtgMention{}, false
		}
	}
	if st.low(s.Tok0) == "separately" || slices.Contains(m.mods, "separate") {
		m.apart = true // "Separately, technical teams are meeting ...": another meeting
		if m.tok0 == s.Tok0 && m.tok0+2 < m.tok1 && st.punctIs(m.tok0+1, ',') {
			m.tok0 += 2
		}
	}
	m.start, m.end = st.d.Toks[m.tok0].Start, st.d.Toks[m.tok1-1].End
	st.timeOf(&m)
	// a past time outweighs a marker of intent ("not invited to the talks
	// in Riyadh last week"); otherwise it only fills a gap
	if ts, sure := st.timeStatus(m.time); m.status == 0 || sure && ts == diplo.Held && (m.status == diplo.Planned || m.status == diplo.Proposed) {
		m.status = ts
	}
	return m, true
}

// mtgRoundPrev are the words before "round" that make it a round of talks
// already mentioned ("another round", "the next round").
var mtgRoundPrev = mtgSet("the", "a", "another", "next", "new", "fresh", "further", "special", "extra", "additional", "separate", "emergency", "latest", "last", "previous", "first", "second", "third", "fourth", "fifth", "final", "technical", "this", "that", "each", "every", "upcoming", "planned",
	// the level or form of the talks ("the last ministerial round")
	"ministerial", "bilateral", "trilateral", "formal", "informal", "high-level", "expert-level", "working-level", "preliminary", "exploratory", "inaugural", "opening", "decisive")

// mtgRoundNot are words in a sentence that make "round" a vote's round or
// a round of something else.
var mtgRoundNot = mtgSet("vote", "votes", "voting", "voters", "ballot", "ballots", "election", "elections", "runoff", "run-off", "polls", "poll", "candidate", "candidates", "applause", "golf", "match", "tournament", "bout", "fire", "ammunition", "shells", "rockets", "sanctions", "tariffs", "layoffs", "funding", "financing")

// roundOfTalks reports whether "round" at [t0, t1) is a round of talks the
// article has already spoken of: a meeting mention came before, a
// determiner or ordinal (or a place name: "the Washington round") precedes
// it, and what follows is a predicate or a phrase, not a noun ("round
// trip") or "of" (handled by "round of talks").
func (st *mtgState) roundOfTalks(s text.Sentence, t0, t1 int) bool {
	if st.seen == 0 || t0 == s.Tok0 {
		return false
	}
	prev := st.low(t0 - 1)
	if !mtgRoundPrev.has(prev) && !(st.d.Toks[t0-1].Is(text.Cap) && st.placeAt(t0-1)) {
		return false
	}
	if t1 < s.Tok1 && !st.isPunct(t1) {
		nx := st.low(t1)
		if nx == "of" || !(mtgAux.has(nx) || mtgParticiple.has(nx) || mtgPPHeads.has(nx) || mtgAdverbs.has(nx) || len(st.lx.after[nx]) > 0 || nx == "and" || nx == "that" || nx == "which") {
			return false
		}
	}
	for j := s.Tok0; j < s.Tok1 && j-s.Tok0 < 80; j++ {
		if mtgRoundNot.has(st.low(j)) {
			return false
		}
	}
	return true
}

// placeAt reports whether token i alone names a place the gazetteer knows.
func (st *mtgState) placeAt(i int) bool {
	_, _, ok := st.e.place(st.low(i))
	return ok
}

// premod finds the first token of the noun phrase whose head starts at t0:
// determiners, adjectives and names before it, at most six tokens.
func (st *mtgState) premod(s text.Sentence, t0 int) int {
	if t0-2 >= s.Tok0 && st.low(t0-1) == "of" && mtgRoundOf.has(st.low(t0-2)) {
		t0 -= 2 // "a new round of negotiations"
	}
	np0 := t0
	for j := t0 - 1; j >= s.Tok0 && t0-j <= 6; j-- {
		w := st.low(j)
		if st.isPunct(j) {
			if st.punctIs(j, '-') && j > s.Tok0 && !st.isPunct(j-1) {
				continue
			}
			break
		}
		if mtgDeterminers.has(w) {
			if (w == "that" || w == "this") && strings.HasSuffix(st.low(t0), "s") {
				break // "maintains that negotiations ...": a complementizer
			}
			return j
		}
		if w == "'s" || w == "'" {
			// "Prime Minister Sato's meeting": the possessor's name
			k := j
			for k-1 >= s.Tok0 && j-k < 5 && st.d.Toks[k-1].Is(text.Cap) && !st.isPunct(k-1) {
				k--
			}
			return k
		}
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "s'") {
			return j
		}
		if mtgLeftStop.has(w) || mtgVerbs.has(w) || (st.isJoinWord(w) || st.lx.event[w]) && !mtgDeterminers.has(st.low(j-1)) {
			break
		}
		if p := st.low(j - 1); j > s.Tok0 && (p == "to" || mtgAux.has(p)) {
			break // "to facilitate constructive dialogue", "will hold talks"
		}
		if (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) && !st.d.Toks[j].Is(text.Cap) {
			p := st.low(j - 1)
			if j-1 < s.Tok0 || !(mtgDeterminers.has(p) || (mtgLeftStop.has(p) && !mtgAux.has(p) && !mtgConj.has(p))) {
				break
			}
		}
		np0 = j
	}
	return np0
}

// callOn reports whether "called on" before token k is a courtesy call:
// its object is a titled name of two or more capitalized words ("called
// on Undersecretary Lourdes Pineda") that no "to" or "for" follows, as it
// does a demand ("called on President X to release ...").
func (st *mtgState) callOn(s text.Sentence, k int) bool {
	j := k
	if j < s.Tok1 && st.low(j) == "the" {
		j++
	}
	n := 0
	for j+n < s.Tok1 && n < 10 && !st.isPunct(j+n) && (st.d.Toks[j+n].Is(text.Cap) || n > 0 && mtgObjGlue.has(st.low(j+n)) && j+n+1 < s.Tok1 && st.d.Toks[j+n+1].Is(text.Cap)) {
		n++ // "Republic of Korea": a name goes on through "of"
	}
	if n < 2 {
		return false
	}
	e := j + n
	if e < s.Tok1 && st.punctIs(e, ',') {
		e++ // "called on Minister X, who ..."; "called on X, Y and Z to"
		for e < s.Tok1 && e-j < 24 && !st.isPunct(e) && st.low(e) != "to" {
			e++
		}
	}
	return e >= s.Tok1 || st.low(e) != "to" && st.low(e) != "for" && st.low(e) != "and"
}

// mtgLightVerbs make a call a meeting when they take it as object ("held
// a call last night with ...").
var mtgLightVerbs = mtgSet("held", "hold", "holds", "holding", "had", "have", "has", "having")

// heldCall reports whether the bare "call" at [t0, t1) is a call held
// with someone: "with" after a time ("a call last night with X"), or a
// light verb before it ("held a call", "had a brief call").
func (st *mtgState) heldCall(s text.Sentence, t0, t1 int) bool {
	if t1 < s.Tok1 {
		if ti := st.timeAt(t1); ti >= 0 {
			if k := st.timeLast(ti) + 1; k < s.Tok1 && k > t1 && (st.low(k) == "with" || st.low(k) == "between") {
				return true
			}
		}
	}
	for j := t0 - 1; j >= s.Tok0 && t0-j <= 3; j-- {
		w := st.low(j)
		if mtgLightVerbs.has(w) {
			return j < t0-1 // "held a call", never "held call"
		}
		if !(w == "a" || w == "an" || w == "brief" || w == "short" || w == "long" || w == "lengthy" || w == "first") {
			return false
		}
	}
	return false
}

// mtgReport are reporting verbs that frame a clause about a meeting.
var mtgReport = mtgSet("said", "says", "told", "stated", "announced", "added", "noted", "reported", "confirmed", "declared", "revealed", "indicated", "suggested", "claimed")

// mtgVerbs are common verb forms that end a noun phrase on its left.
var mtgVerbs = mtgSet("said", "says", "say", "told", "tells", "tell", "think", "thinks", "thought", "believe", "believes", "know", "knows", "knew", "see", "sees", "saw", "made", "makes", "make", "gave", "gives", "give", "took", "takes", "take", "got", "gets", "get", "went", "goes", "came", "comes", "felt", "feels", "found", "finds", "kept", "keeps", "left", "leaves", "led", "leads", "sent", "sends", "brought", "brings", "won", "wins", "lost", "loses", "paid", "pays", "put", "puts", "sought", "seeks", "hope", "hopes", "expect", "expects", "want", "wants", "need", "needs", "welcome", "welcomes", "welcomed", "support", "supports", "oppose", "opposes", "reject", "rejects", "urge", "urges", "avoid", "avoids", "delay", "delays", "facilitate", "facilitates", "promote", "promotes", "ensure", "ensures", "enable", "enables", "allow", "allows", "mean", "means", "represent", "represents", "remain", "remains", "become", "becomes", "became")

// mtgToMeet are the words before "to meet" that make it a meeting
// ("agreed to meet", "is set to meet"), not a purpose ("cooperation to meet
// challenges"); past participles ("invited", "expected") are accepted too.
var mtgToMeet = mtgSet("agree", "agrees", "plan", "plans", "set", "due", "going", "ready", "willing", "want", "wants", "hope", "hopes", "likely", "unlikely", "intend", "intends", "is", "are", "was", "were", "be", "able", "continue", "continues", "travel", "travels", "seek", "seeks", "try", "tries", "decide", "decides", "need", "needs", "expect", "expects", "prepared", "eager", "keen", "refuse", "refuses", "offer", "offers", "promise", "promises", "time", "opportunity", "chance", "invitation", "trip", "first", "scheduled")

var mtgRoundOf = mtgSet("round", "rounds", "series", "cycle")

var mtgConj = mtgSet("and", "or", "but", "nor")

// mtgBeAux are the forms of "be" that make "met" a passive ("are met").
var mtgBeAux = mtgSet("is", "are", "was", "were", "be", "been", "being")

// mtgBeAuxNow are the finite forms of "be" before a progressive.
var mtgBeAuxNow = mtgSet("is", "are", "was", "were")

var mtgAux = mtgSet("is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could", "should", "may", "might", "must", "can", "shall", "do", "does", "did")

func (st *mtgState) isJoinWord(w string) bool {
	for _, p := range st.lx.join[w] {
		if len(p.words) == 1 {
			return true
		}
	}
	return false
}

// segment is a prepositional phrase (or time) after a trigger.
type segment struct {
	head       string
	tok0, tok1 int // the object
}

// auspices reads "under the auspices of X" at token j: at says the phrase
// starts there, ok that X was found; seg is X as the host or mediator
// ("by+").
func (st *mtgState) auspices(j, lim int) (seg segment, at, ok bool) {
	if j+4 >= lim || st.low(j) != "under" || st.low(j+1) != "the" || st.low(j+2) != "auspices" || st.low(j+3) != "of" {
		return segment{}, false, false
	}
	k := st.object(j+4, lim, "by")
	if k == j+4 {
		return segment{}, true, false
	}
	return segment{"by+", j + 4, k}, true, true
}

// mtgOfBody are the triggers a body's name may follow with "of" ("a
// meeting of the Joint Ministerial Monitoring Committee"); talks, visits
// and discussions "of" something are about it.
var mtgOfBody = mtgSet("meeting", "meetings", "summit", "conference", "session", "sessions")

// walkRight reads the complements after token i0: prepositional phrases,
// times, postmodifying participles and a few adverbs. It returns the end
// token (exclusive) and the phrases.
func (st *mtgState) walkRight(i0, lim int, visit bool) (int, []segment) {
	var segs []segment
	j := i0
	topic := false
	for j < lim && j-i0 < 40 {
		if ti := st.timeAt(j); ti >= 0 {
			k := st.timeLast(ti)
			if k < j {
				k = j
			}
			segs = append(segs, segment{"time", j, k + 1})
			j = k + 1
			continue
		}
		w := st.low(j)
		if w == "as" && j+2 < lim && st.low(j+2) == "as" && mtgAsAs.has(st.low(j+1)) {
			j += 3 // "as early as February"
			continue
		}
		if w == "for" && j+1 < lim && (st.timeAt(j+1) >= 0 || mtgTimeHeads.has(st.low(j+1)) && j+2 < lim && st.timeAt(j+2) >= 0) {
			j++ // "planned for later this month"
			continue
		}
		if seg, at, ok := st.auspices(j, lim); at && !ok {
			break
		} else if ok {
			segs = append(segs, seg)
			j = seg.tok1
			continue
		}
		if st.punctIs(j, ',') && j+3 < lim && mtgDueWords.has(st.low(j+1)) && st.low(j+2) == "for" && st.timeAt(j+3) >= 0 {
			j += 3 // "the next meeting, scheduled for November 29 in Vienna"
			continue
		}
		if st.punctIs(j, ',') && j+2 < lim && mtgByVerbs.has(st.low(j+1)) && st.low(j+2) == "by" {
			// "The talks, brokered by Saudi Arabia and the United States,"
			k := st.object(j+3, lim, "by")
			if k == j+3 {
				break
			}
			segs = append(segs, segment{"by+", j + 3, k})
			j = k
			if st.punctIs(j, ',') {
				j++
			}
			continue
		}
		if w == "by" && j > i0 && mtgByVerbs.has(st.low(j-1)) {
			k := st.object(j+1, lim, "by")
			if k == j+1 {
				break
			}
			segs = append(segs, segment{"by+", j + 1, k})
			j = k
			continue
		}
		if w == "of" && j == i0 && j > 0 && mtgOfBody.has(st.low(j-1)) && !st.d.Toks[j-1].Is(text.Cap) && j+2 < lim && (st.d.Toks[j+1].Is(text.Cap) || st.low(j+1) == "the" && st.d.Toks[j+2].Is(text.Cap)) {
			// "a meeting of the Joint Ministerial Monitoring Committee":
			// the body that meets, named right after the trigger
			k := j + 1
			if st.low(k) == "the" {
				k++
			}
			for k < lim && k-j < 12 && (st.d.Toks[k].Is(text.Cap) || mtgObjGlue.has(st.low(k)) && k+1 < lim && st.d.Toks[k+1].Is(text.Cap)) {
				k++
			}
			segs = append(segs, segment{"with", j + 1, k})
			j = k
			continue
		}
		if w == "of" && j == i0 && j > 0 && mtgOfBody.has(st.low(j-1)) {
			// "a meeting of the two presidents", "a summit of Arab and
			// African leaders": the people who meet, ending in a noun for them
			k := -1
			for q := j + 1; q < lim && q-j <= 5 && !st.isPunct(q); q++ {
				if x := st.low(q); mtgBothNouns.has(x) || mtgPeopleNouns.has(x) {
					k = q + 1
					break
				}
			}
			if k > 0 {
				segs = append(segs, segment{"with", j + 1, k})
				j = k
				continue
			}
		}
		head := mtgPPHeads.has(w) || (visit && w == "to")
		if head && mtgTimeHeads.has(w) && !(j+1 < lim && st.timeAt(j+1) >= 0) && w != "later" && !(visit && w == "by") {
			head = false // "next" alone, "by setting conditions"
		}
		if head {
			k := st.object(j+1, lim, w)
			if k == j+1 {
				break
			}
			if mtgTopicHeads.has(w) && st.timeAt(j+1) < 0 && !st.sidelines(j+1, lim) {
				topic = true // not "on Nov. 3", "on the sidelines of"
			}
			if !(topic && mtgPlaceHeads.has(w)) || st.cityThen(j+1, k, lim) {
				segs = append(segs, segment{w, j + 1, k})
			}
			j = k
			continue
		}
		if mtgParticiple.has(w) || mtgAdverbs.has(w) {
			j++
			if (w == "set" || w == "scheduled" || w == "planned" || w == "slated" || w == "due") && j < lim && st.low(j) == "for" {
				j++
			}
			continue
		}
		break
	}
	// do not end on a participle, adverb or comma that led nowhere
	for j > i0 && (mtgParticiple.has(st.low(j-1)) || mtgAdverbs.has(st.low(j-1)) || st.low(j-1) == "for" || st.punctIs(j-1, ',')) && st.timeAt(j-1) < 0 && !st.inSeg(segs, j-1) {
		j--
	}
	return j, segs
}

// mtgSidelines head "on the sidelines of X": where, not what about.
var mtgSidelines = mtgSet("sidelines", "sideline", "margins", "margin", "fringes", "fringe")

// sidelines reports whether "the sidelines of" starts at token j.
func (st *mtgState) sidelines(j, lim int) bool {
	if j < lim && st.low(j) == "the" {
		j++
	}
	return j+1 < lim && mtgSidelines.has(st.low(j)) && st.low(j+1) == "of"
}

// cityThen reports whether the place phrase [j, k) after a topic is a city
// the gazetteer knows (not a country: "talks on the war in Ukraine"),
// right before a time: "talks on the dam in Addis Ababa next week".
func (st *mtgState) cityThen(j, k, lim int) bool {
	if k <= j || k-j > 4 {
		return false
	}
	if k >= lim || st.timeAt(k) < 0 {
		return false
	}
	name, iso, ok := st.e.place(st.d.Low[st.d.Toks[j].Start:st.d.Toks[k-1].End])
	return ok && iso != "" && !(st.e.act != nil && strings.EqualFold(st.e.act.countries[iso], name))
}

func (st *mtgState) inSeg(segs []segment, j int) bool {
	for _, s := range segs {
		if j >= s.tok0 && j < s.tok1 {
			return true
		}
	}
	return false
}

// object reads the object of a preposition from token j: a noun phrase,
// possibly coordinated, up to punctuation, a verb or another preposition.
func (st *mtgState) object(j, lim int, head string) int {
	k := j
	if j < lim && st.timeAt(j) >= 0 {
		return max(j+1, min(lim, st.timeLast(st.timeAt(j))+1)) // "on April 22"
	}
	if j < lim && (mtgBoundary.has(st.low(j)) || mtgAux.has(st.low(j))) {
		return j // "at which leaders ..."
	}
	for k < lim && k-j < 14 {
		if st.timeAt(k) >= 0 && k > j {
			break
		}
		if st.isPunct(k) {
			if st.punctIs(k, '-') || st.punctIs(k, '&') || st.punctIs(k, '\'') {
				k++
				continue
			}
			if st.punctIs(k, ',') && head == "between" && k+1 < lim && !mtgObjStop.has(st.low(k+1)) && !st.isPunct(k+1) && k+2 < lim {
				// "between Russia, China and India"
				if st.hasAndBefore(k+1, lim) {
					k++
					continue
				}
			}
			break
		}
		w := st.low(k)
		if k > j && k+1 < lim && mtgPlaceParticles.has(w) && st.d.Toks[k-1].Is(text.Cap) && st.d.Toks[k+1].Is(text.Cap) {
			k += 2 // "Foz do Iguacu", "Rio de Janeiro"
			continue
		}
		if k > j && (mtgObjStop.has(w) || (mtgPPHeads.has(w) && w != "from" && w != "of")) {
			if w == "of" || (w == "from" && head == "between") {
				k++
				continue
			}
			break
		}
		if k > j && !st.d.Toks[k].Is(text.Cap) && (strings.HasSuffix(w, "ed") || w == "met") {
			p := st.low(k - 1)
			if !mtgDeterminers.has(p) {
				break
			}
		}
		if k > j && st.d.Toks[k].Is(text.Word) && !st.d.Toks[k].Is(text.Cap) && !st.isPunct(k-1) && !mtgObjGlue.has(w) && !mtgPeopleNouns.has(w) && !mtgBothNouns.has(w) {
			p := st.low(k - 1)
			nextCap := k+1 < lim && st.d.Toks[k+1].Is(text.Cap)
			verbish := strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || mtgVerbs.has(w) || mtgReport.has(w) || st.isJoinWord(w)
			if verbish && (st.d.Toks[k-1].Is(text.Cap) && !mtgObjGlue.has(p) && !nextCap || mtgPeopleNouns.has(p)) {
				break // "the United States remains", "Russia offer", "representatives marks"
			}
		}
		k++
	}
	for k > j+1 && (st.isPunct(k-1) && !st.punctIs(k-1, '.') || mtgConj.has(st.low(k-1))) {
		k-- // "between Israel and Hamas, mediated by ...", "by X and"
	}
	return k
}

// hasAndBefore reports whether an "and" comes before the next punctuation
// other than a comma, within 12 tokens.
func (st *mtgState) hasAndBefore(j, lim int) bool {
	for k := j; k < lim && k-j < 12; k++ {
		if st.low(k) == "and" {
			return true
		}
		if st.isPunct(k) && !st.punctIs(k, ',') {
			return false
		}
	}
	return false
}

// nounPhrase reads a mention headed by a noun trigger [t0, t1).
func (st *mtgState) nounPhrase(s text.Sentence, t0, t1 int, m *mtgMention) bool {
	np0 := st.premod(s, t0)
	if np0 > t0 {
		np0 = t0
	}
	det := st.low(np0)
	for j := np0; j < t0; j++ {
		if w := st.low(j); !mtgDeterminers.has(w) && !st.isPunct(j) && len(m.mods) < 6 {
			m.mods = append(m.mods, w)
		}
	}
	m.demonstrative = mtgDemonstr.has(det)
	m.definite = det == "the"
	if slices.Contains(m.mods, "summit") {
		m.kind = diplo.Summit // "summit meeting", "summit talks"
	}
	end, segs := st.walkRight(t1, s.Tok1, false)
	// a scheduled-event postmodifier: "talks, due to open in Vienna on
	// Thursday," "talks that were due to bring Russian and Ukrainian
	// delegations to Istanbul"; its place, time and parties are the talks'
	var dueObj [2]int
	if e2, o0, o1, segs2, ok := st.dueClause(end, s.Tok1); ok {
		segs = append(segs, segs2...)
		dueObj = [2]int{o0, o1}
		end = e2
	}
	// the predicate: "talks are scheduled", "could take place"
	pst, pend := st.predicate(end, s.Tok1)
	if pst == 0 && dueObj[1] > 0 && st.punctIs(end, ',') {
		if p2, e2 := st.predicate(end+1, s.Tok1); p2 != 0 {
			pst, pend = p2, e2 // "Talks, due to open on Thursday, have been postponed"
		}
	}
	if pst == 0 && st.punctIs(end, ',') && len(segs) > 0 && segs[len(segs)-1].head == "by+" {
		if p2, e2 := st.predicate(end+1, s.Tok1); p2 != 0 {
			pst, pend = p2, e2 // "The talks, brokered by X, collapsed"
		}
	}
	partEnd := 0
	if pst == 0 && st.punctIs(end, ',') {
		// an inserted clause: "The talks, which began in May, have stalled",
		// "the talks, officials said, will resume"
		for k := end + 1; k < s.Tok1 && k-end < 15; k++ {
			if st.isPunct(k) {
				if st.punctIs(k, ',') {
					if p2, e2 := st.predicate(k+1, s.Tok1); p2 != 0 {
						pst, pend = p2, e2
						q := end + 1
						if w := st.low(q); len(w) > 4 && strings.HasSuffix(w, "ly") && q+1 < k {
							q++ // "initially foreseen for May", "originally planned for"
						}
						if w := st.low(q); mtgParticiple.has(w) || mtgForeseen.has(w) {
							// "The last round, held in Istanbul on May 2, ended":
							// the participle's place and time are the meeting's
							_, s2 := st.walkRight(q+1, k, false)
							segs = append(segs, s2...)
							partEnd = k // the evidence ends with the inserted clause
						} else if q == end+1 && (w == "in" || w == "at") {
							// "the last talks, in Damascus in February, ended": a
							// place phrase set off by commas is the meeting's
							_, s2 := st.walkRight(q, k, false)
							segs = append(segs, s2...)
							partEnd = k
						}
					}
				}
				break
			}
		}
	}
	if pend > end {
		end2, segs2 := st.walkRight(pend, s.Tok1, false)
		end = end2
		segs = append(segs, segs2...)
	}
	m.tok0, m.tok1 = np0, end
	if partEnd > np0 && partEnd < end {
		m.tok1 = partEnd
	}
	cl := st.clauseStart(np0, s.Tok0)
	// the parties: inside the phrase, then the subject of a verb taking it
	st.partiesIn(m, np0, t0, segs)
	if dueObj[1] > dueObj[0] {
		st.subject(m, dueObj[0], dueObj[1], true) // "bring Russian and Ukrainian delegations"
	}
	jp := st.joinBefore(cl, np0)
	if jp >= 0 {
		cl = st.afterConj(cl, jp) // "X said the bloc was ready for talks"
		st.subject(m, cl, jp, true)
		locked := st.low(np0-1) == "in" && np0-2 >= cl && mtgLockedIn.has(st.low(np0-2))
		// the verb may stand before a duration ("ended two days of talks")
		if p := st.low(np0 - 1); ((st.lx.event[p] || st.lx.event[st.low(jp)] && jp+4 >= np0) && len(m.parties) > 0 || locked && (len(m.parties) > 0 || st.hasPeopleNoun(cl, jp))) && t0-cl <= 25 {
			m.tok0 = st.afterDateline(cl, t0)
			if mtgBoundary.has(st.low(m.tok0)) {
				m.tok0++
			}
			m.verbal = true
			st.cutTopicTail(m, segs)
		}
	} else if h, f := st.hostFor(cl, np0); h >= 0 {
		// "Egypt will host Israeli and Hamas negotiators in Cairo next week
		// for a new round of talks": host and guests are parties, and the
		// place and time between them are the talks'
		st.subject(m, cl, f, true)
		o := h + 1
		for o < f && !mtgPPHeads.has(st.low(o)) && st.timeAt(o) < 0 {
			o++
		}
		if o < f {
			_, s2 := st.walkRight(o, f, false)
			segs = append(segs, s2...)
		}
		m.tok0 = st.afterDateline(cl, t0)
		if mtgBoundary.has(st.low(m.tok0)) {
			m.tok0++
		}
		m.verbal = true
		st.cutTopicTail(m, segs)
	} else if v := st.tripBefore(cl, np0); v >= 0 {
		// "X will travel to Nuuk on Thursday for two days of consultations
		// with Y": the traveller is a party, the trip's place and time are
		// the talks', and the clause is the clearest wording
		st.subject(m, cl, v, true)
		_, s2 := st.walkRight(v+1, np0, true)
		for x := range s2 {
			if s2[x].head == "to" {
				s2[x].head = "in" // the destination is where they meet
			}
		}
		segs = append(segs, s2...)
		m.tok0 = st.afterDateline(cl, t0)
		if mtgBoundary.has(st.low(m.tok0)) {
			m.tok0++
		}
		m.verbal = true
		if pst == 0 {
			switch w := st.low(v); {
			case strings.HasSuffix(w, "ed") || w == "flew" || w == "went" || w == "came":
				pst = diplo.Held
			case st.low(v-1) == "will" || st.low(v-1) == "to" || st.low(v-1) == "would":
				pst = diplo.Planned
			}
		}
	} else {
		st.subject(m, cl, np0, false)
	}
	st.placeOf(m, segs)
	if m.loc.IsZero() {
		st.placeBefore(m, np0, t0) // "the Jeddah talks"
	}
	for _, sg := range segs {
		if mtgTopicHeads.has(sg.head) {
			m.topic = true
		}
	}
	// status: cancelled or postponed anywhere, else the predicate or a
	// participle ("a meeting scheduled for"), else the nearest marker before
	if pst == 0 {
		for j := t1; j < end && j < t1+3; j++ {
			if s, ok := mtgPartStatus[st.low(j)]; ok {
				pst = s
				break
			}
			if !mtgAdverbs.has(st.low(j)) {
				break
			}
		}
	}
	bst := st.statusBefore(cl, t0)
	switch {
	case bst == diplo.Cancelled || bst == diplo.Postponed:
		m.status = bst
	case pst != 0:
		m.status = pst
	default:
		m.status = bst
	}
	if m.status == 0 && st.pastCopula(end, s.Tok1) {
		m.status = diplo.Held // "The talks, led by X, were the third round"
	}
	if m.status == diplo.Proposed && pst == diplo.Proposed && bst == 0 && pend > 0 && (st.low(pend-1) == "held" || st.low(pend-1) == "place") && !m.loc.IsZero() && st.segsHaveTime(segs) && !st.mayBefore(pend-1, t1) {
		// "a round would be held in Kuala Lumpur within the next month":
		// a reported arrangement with its place and time is planned; one
		// that "could be held" there is still a possibility
		m.status = diplo.Planned
	}
	return true
}

// mtgTravelVerbs are verbs of travel to a place ("will travel to Nuuk").
var mtgTravelVerbs = mtgSet("travel", "travels", "travelled", "traveled", "travelling", "traveling", "fly", "flies", "flew", "flying", "head", "heads", "headed", "heading", "go", "goes", "went", "going", "come", "comes", "came", "coming", "return", "returns", "returned", "returning")

// mtgForGap are the words between "for" and a meeting noun in a trip's
// purpose ("for two days of consultations", "for a round of talks").
var mtgForGap = mtgSet("a", "an", "the", "two", "three", "four", "five", "several", "day", "days", "of", "round", "new", "further", "fresh", "high-level", "formal", "informal", "bilateral", "official")

// tripBefore finds a verb of travel to a place whose purpose phrase is the
// meeting noun phrase at np0 ("travel to Nuuk on Thursday for two days of
// consultations"); it returns the verb's token, or -1. The search is
// bounded: five tokens back to "for", then 15 to the verb.
func (st *mtgState) tripBefore(cl, np0 int) int {
	f := -1
	for j := np0 - 1; j >= cl && np0-j <= 6; j-- {
		w := st.low(j)
		if w == "for" {
			f = j
			break
		}
		if !mtgForGap.has(w) && !isDigits(w) {
			return -1
		}
	}
	if f < 0 {
		return -1
	}
	for j := f - 1; j >= cl && f-j <= 15; j-- {
		if st.isPunct(j) && !st.punctIs(j, '-') {
			return -1
		}
		if mtgTravelVerbs.has(st.low(j)) && j+1 < f && st.low(j+1) == "to" {
			return j
		}
	}
	return -1
}

// mtgBodyHeads end the name of a joint body that meets in sessions;
// mtgOrdinalWords number a session.
var (
	mtgBodyHeads    = mtgSet("commission", "committee", "council", "dialogue", "board", "forum")
	mtgOrdinalWords = mtgSet("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "next", "inaugural", "last", "latest", "opening")
	mtgNotBodies    = mtgSet("assembly", "congress", "parliament", "senate", "house", "court", "legislature", "duma", "bundestag", "knesset")
)

// bodySession reports whether "session" at t0 is a session of a joint
// body: "the 56th session of the Joint Norwegian-Russian Fisheries
// Commission" (a capitalized name ending in a body noun, not a
// legislature) or "its first session" (a body's numbered session).
func (st *mtgState) bodySession(s text.Sentence, t0 int) bool {
	d := st.d
	if t0+2 < s.Tok1 && st.low(t0+1) == "of" {
		k := t0 + 2
		if st.low(k) == "the" {
			k++
		}
		last := ""
		for ; k < s.Tok1 && k-t0 < 12 && (d.Toks[k].Is(text.Cap) || st.punctIs(k, '-')); k++ {
			if d.Toks[k].Is(text.Cap) {
				last = st.low(k)
				if mtgNotBodies.has(last) {
					return false
				}
			}
		}
		return mtgBodyHeads.has(last)
	}
	if t0-2 >= s.Tok0 {
		o, p := st.low(t0-1), st.low(t0-2)
		if (mtgOrdinalWords.has(o) || isOrdinal(o)) && (p == "its" || p == "their") {
			return true
		}
	}
	return false
}

// isOrdinal reports whether w is a numeric ordinal ("56th", "1st").
func isOrdinal(w string) bool {
	if len(w) < 3 {
		return false
	}
	suf := w[len(w)-2:]
	return (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") && isDigits(w[:len(w)-2])
}

// dueInside reports whether [t0, end) holds an inserted scheduling clause
// (", planned for last week", ", due in May").
func (st *mtgState) dueInside(t0, end int) bool {
	for q := t0; q+1 < end && q-t0 < 40; q++ {
		if st.punctIs(q, ',') && (mtgDueWords.has(st.low(q+1)) || mtgForeseen.has(st.low(q+1))) {
			return true
		}
	}
	return false
}

// mtgForeseen are participles of expectation that, like mtgParticiple,
// open an inserted clause giving a meeting's place or time ("a meeting,
// initially foreseen for May, has been postponed").
var mtgForeseen = mtgSet("foreseen", "envisaged", "envisioned", "pencilled", "penciled", "earmarked", "intended", "meant", "originally")

// mtgMay are the modals of mere possibility.
var mtgMay = mtgSet("could", "might", "may")

// mayBefore reports whether a modal of possibility comes in [lo, k).
func (st *mtgState) mayBefore(k, lo int) bool {
	for j := k - 1; j >= lo && k-j <= 4; j-- {
		if mtgMay.has(st.low(j)) {
			return true
		}
	}
	return false
}

// segsHaveTime reports whether one of the phrases is a time.
func (st *mtgState) segsHaveTime(segs []segment) bool {
	for _, sg := range segs {
		if sg.head == "time" || sg.tok1 > sg.tok0 && st.timeAt(sg.tok0) >= 0 {
			return true
		}
	}
	return false
}

// mtgDueWords, before "to" and a verb, make a clause after a meeting noun
// say when and where it was to take place ("due to open in Vienna").
var mtgDueWords = mtgSet("due", "scheduled", "set", "slated", "expected", "planned", "supposed")

// mtgDueAux are the auxiliaries of a relative clause before mtgDueWords
// ("that were due to", "which had been scheduled to").
var mtgDueAux = mtgSet("is", "are", "was", "were", "had", "has", "have", "been", "being")

// dueClause reads a scheduled-event postmodifier from token j: an optional
// comma, an optional "that" or "which" with auxiliaries, a word of
// mtgDueWords, "to" and a verb, then the verb's object (up to a
// preposition or time: the people it brings together) and its complements
// ("in Vienna", "on Thursday", "to Istanbul", "under the auspices of").
// It returns the end token, the object's tokens and the phrases; ok is
// false when no such clause starts at j. The window is bounded.
func (st *mtgState) dueClause(j, lim int) (end, o0, o1 int, segs []segment, ok bool) {
	k := j
	if k < lim && st.punctIs(k, ',') {
		k++
	}
	if k < lim && (st.low(k) == "that" || st.low(k) == "which") {
		k++
		for n := 0; k < lim && n < 3 && mtgDueAux.has(st.low(k)); n++ {
			k++
		}
	} else if k == j && k+1 < lim && mtgBeAux.has(st.low(k)) && mtgDueWords.has(st.low(k+1)) && st.low(k+1) != "expected" && st.low(k+1) != "supposed" {
		k++ // "The next round is scheduled to start on Nov. 3 in Oslo", not "are expected to play a role"
	}
	if k+2 >= lim || !mtgDueWords.has(st.low(k)) || st.low(k+1) != "to" || st.isPunct(k+2) {
		return 0, 0, 0, nil, false
	}
	k += 3 // past the verb
	if k < lim && st.low(k) == "place" {
		k++ // "due to take place"
	}
	o0 = k
	for k < lim && k-o0 < 8 && !st.isPunct(k) && st.timeAt(k) < 0 && !mtgPPHeads.has(st.low(k)) && st.low(k) != "to" && st.low(k) != "under" && !mtgObjStop.has(st.low(k)) {
		k++
	}
	o1 = k
	var rs []segment
	for k < lim && len(rs) < 8 {
		if seg, at, ok := st.auspices(k, lim); at && !ok {
			break
		} else if ok {
			rs = append(rs, seg)
			k = seg.tok1
			continue
		}
		if st.low(k) == "to" && k+1 < lim && st.d.Toks[k+1].Is(text.Cap) {
			e := st.object(k+1, lim, "to")
			if e == k+1 {
				break
			}
			rs = append(rs, segment{"in", k + 1, e}) // "bring X to Istanbul"
			k = e
			continue
		}
		e, s2 := st.walkRight(k, lim, false)
		if e <= k {
			break
		}
		rs = append(rs, s2...)
		k = e
	}
	if k == o0 && o1 == o0 {
		return 0, 0, 0, nil, false
	}
	return k, o0, o1, rs, true
}

// pastCopula reports whether "was" or "were" follows at j (across a comma
// closing an apposition) as the main verb, not an auxiliary of a plan
// ("were expected", "was to").
func (st *mtgState) pastCopula(j, lim int) bool {
	if st.punctIs(j, ',') {
		j++
	}
	if j+1 >= lim || st.low(j) != "was" && st.low(j) != "were" {
		return false
	}
	nx := st.low(j + 1)
	return nx != "to" && nx != "not" && nx != "never" && !mtgParticiple.has(nx) && len(st.lx.after[nx]) == 0 && !strings.HasSuffix(nx, "ed") && !strings.HasSuffix(nx, "ing")
}

// predicate matches a status marker right after a mention's phrase,
// skipping adverbs; it returns the status and the end of the marker.
func (st *mtgState) predicate(j, lim int) (diplo.Status, int) {
	k := j
	for k < lim && (mtgAdverbs.has(st.low(k)) && st.low(k) != "this" && st.low(k) != "next") && k-j < 3 {
		k++
	}
	if k >= lim {
		return 0, j
	}
	if s, q := st.predicateAt(k, lim); s != 0 {
		return s, q
	}
	if w := st.low(k); (w == "has" || w == "have" || w == "had") && k+1 < lim {
		k++ // "have resumed", "has been postponed"
		for k < lim && k-j < 6 && mtgAdverbs.has(st.low(k)) {
			k++
		}
		if s, q := st.predicateAt(k, lim); s != 0 {
			return s, q
		}
	}
	return 0, j
}

// predicateAt matches a status marker starting at token k.
func (st *mtgState) predicateAt(k, lim int) (diplo.Status, int) {
	if k >= lim {
		return 0, k
	}
	for _, p := range st.lx.after[st.low(k)] {
		// allow adverbs inside ("have already taken place")
		q, ok := k, true
		for _, w := range p.words {
			for q < lim && st.low(q) != w && mtgAdverbs.has(st.low(q)) && q-k < len(p.words)+3 {
				q++
			}
			if q >= lim || st.low(q) != w {
				ok = false
				break
			}
			q++
		}
		if ok {
			return p.status, q
		}
	}
	return 0, k
}

// joinBefore finds a participation phrase right before np0 (across at
// most three prepositions or adverbs, not before cl); it returns its first
// token or -1.
func (st *mtgState) joinBefore(cl, np0 int) int {
	j := np0 - 1
	for k := 0; k < 5 && j >= cl; k++ {
		if w := st.low(j); st.lx.cueWords.has(w) && len(st.lx.join[w]) > 0 {
			break
		}
		w := st.low(j)
		if !(mtgJoinGap.has(w) || strings.HasSuffix(w, "ly")) {
			return -1
		}
		j--
	}
	if j < cl {
		return -1
	}
	for _, p := range st.lx.join[st.low(j)] {
		if st.matchBack(j, cl, p.words) {
			return j - len(p.words) + 1
		}
	}
	return -1
}

// cutTopicTail ends a clause-long evidence before a closing topic phrase
// that follows its place or time ("X and Y held talks in Brussels on
// Friday | on linking their carbon markets"): the clause already says
// who met where and when, and the topic would only lengthen it.
func (st *mtgState) cutTopicTail(m *mtgMention, segs []segment) {
	if len(segs) < 2 || segs[len(segs)-1].tok1 != m.tok1 {
		return
	}
	k := len(segs)
	for k > 0 && mtgTopicHeads.has(segs[k-1].head) && st.timeAt(segs[k-1].tok0) < 0 {
		k-- // "on Tuesday" is a time, not a topic
	}
	if k == len(segs) || k == 0 || segs[k].tok0-1 <= m.trig {
		return
	}
	if sg := segs[k-1]; sg.head == "time" || mtgPlaceHeads.has(sg.head) || sg.tok1 > sg.tok0 && st.timeAt(sg.tok0) >= 0 {
		m.tok1 = segs[k].tok0 - 1
	}
}

// mtgLockedIn, before "in", say that the subject is in the middle of the
// talks ("ministers were locked in negotiations"): the clause is the
// clearest wording of the meeting.
var mtgLockedIn = mtgSet("locked", "deadlocked", "mired", "embroiled", "engaged")

// hasPeopleNoun reports whether [lo, hi) holds a noun for the people who
// meet ("foreign ministers", "negotiators").
func (st *mtgState) hasPeopleNoun(lo, hi int) bool {
	for j := lo; j < hi && j-lo < 25; j++ {
		if mtgPeopleNouns.has(st.low(j)) {
			return true
		}
	}
	return false
}

// mtgHostVerbs take guests as their object and a meeting after "for"
// ("host the delegations in Doha for talks", "bring the sides together
// for a new round").
var mtgHostVerbs = mtgSet("host", "hosts", "hosted", "hosting", "bring", "brings", "brought", "bringing", "gather", "gathers", "gathered", "invite", "invites", "invited", "inviting", "welcome", "welcomes", "welcomed", "receive", "receives", "received")

// hostFor finds a host verb whose "for" phrase holds the meeting noun
// phrase at np0: it returns the verb's and the "for"'s tokens, or -1, -1.
// The backward search stays in the clause and within 20 tokens.
func (st *mtgState) hostFor(cl, np0 int) (int, int) {
	j := np0 - 1
	for k := 0; k < 5 && j >= cl && st.low(j) != "for"; k++ {
		if !mtgJoinGap.has(st.low(j)) {
			return -1, -1
		}
		j--
	}
	if j < cl || st.low(j) != "for" {
		return -1, -1
	}
	f := j
	for h := f - 1; h >= cl && f-h <= 20; h-- {
		if st.isPunct(h) && !st.punctIs(h, '-') {
			return -1, -1
		}
		if mtgHostVerbs.has(st.low(h)) {
			return h, f
		}
	}
	return -1, -1
}

var mtgJoinGap = mtgSet("at", "in", "for", "to", "into", "on", "of", "with", "up", "again", "once", "also", "now", "soon", "the", "a", "an", "round", "rounds", "series", "new", "another", "further", "fresh", "second", "third", "next", "first", "final", "latest", "more",
	// a duration before the meeting noun ("ended two days of talks")
	"day", "days", "hours", "weeks", "two", "three", "four", "five", "six", "several", "many")

// subject collects the actors named in [cl, end) as parties (strong) or
// weak parties, skipping those that are objects of a preposition.
func (st *mtgState) subject(m *mtgMention, cl, end int, strong bool) {
	d := st.d
	if cl >= end {
		return
	}
	lo, hi := st.mentionRange(d.Toks[cl].Start, d.Toks[end-1].End)
	for k := lo; k < hi; k++ {
		mn := st.a.mentions[k]
		if mn.end > d.Toks[end-1].End {
			continue
		}
		ti := st.tokAt(mn.start)
		if ti > cl {
			p := st.low(ti - 1)
			if mtgExclPrep.has(p) && !(p == "from" || (p == "of" && ti-2 >= cl && (mtgPeopleNouns.has(st.low(ti-2)) || st.d.Toks[ti-2].Is(text.Cap)))) {
				continue
			}
		}
		st.addActor(m, mn.actor, strong)
	}
	st.adjParties(m, cl, end, lo, hi, strong)
	st.bothIn(m, cl, end)
}

// adjParties adds the states named by adjectives in [cl, end) that no actor
// mention covers ("Chinese and U.S. trade negotiators", "the Venezuelan
// government"), skipping objects of a preposition as subject does.
// Mentions lo..hi are those of the range.
func (st *mtgState) adjParties(m *mtgMention, cl, end, lo, hi int, strong bool) {
	d := st.d
	if st.e.act == nil {
		return
	}
	k := lo
	for j := cl; j < end; j++ {
		t := d.Toks[j]
		cap := t.Is(text.Cap)
		if !cap && !t.Is(text.Word) {
			continue
		}
		for k < hi && st.a.mentions[k].end <= t.Start {
			k++
		}
		if k < hi && st.a.mentions[k].start < t.End {
			continue // inside a mention
		}
		if j > cl && mtgExclPrep.has(st.low(j-1)) {
			continue
		}
		if o := st.orgNamed(st.low(j)); o >= 0 {
			// a one-word organization the article names elsewhere, here
			// without a mention ("Hamas political leaders", "hamas negotiators")
			st.addActor(m, o, strong)
			continue
		}
		if !cap {
			continue
		}
		w := st.low(j)
		if h := strings.LastIndexByte(w, '-'); h > 0 && mtgByVerbs.has(w[h+1:]) {
			w = w[:h] // "Qatari-mediated talks", "Egyptian-brokered truce": the mediator
		}
		nd := st.e.act.phrases[w]
		if nd == nil && strings.IndexByte(w, '-') > 0 {
			// "ASEAN-China meeting", "UK-EU summit": the sides joined by a hyphen
			for part := range strings.SplitSeq(w, "-") {
				if o := st.orgNamed(part); o >= 0 {
					st.addActor(m, o, strong)
				} else if pd := st.e.act.phrases[part]; pd != nil {
					for _, en := range pd.entries {
						if (en.kind == eAdj || en.kind == eCountry) && en.iso != "" {
							st.addActor(m, st.e.countryActor(st.a, en.iso), strong)
							break
						}
					}
				}
			}
			continue
		}
		if nd == nil {
			continue
		}
		for _, en := range nd.entries {
			if (en.kind == eAdj || en.kind == eCountry && j+1 < end && !st.isPunct(j+1)) && en.iso != "" {
				st.addActor(m, st.e.countryActor(st.a, en.iso), strong)
				break
			}
		}
	}
}

// bothIn sets m.both when [t0, t1) says "both countries" or "the two sides".
func (st *mtgState) bothIn(m *mtgMention, t0, t1 int) {
	if t0 > 0 && t1 > t0 && t1 <= len(st.d.Toks) && st.low(t0-1) == "between" && mtgBothNouns.has(st.low(t1-1)) {
		// "a phone call between deputy foreign ministers": the two sides
		if lo, hi := st.mentionRange(st.d.Toks[t0].Start, st.d.Toks[t1-1].End); lo == hi {
			m.both = true
			return
		}
	}
	for j := t0; j+1 < t1; j++ {
		w := st.low(j)
		if (w == "both" || w == "two") && (mtgBothNouns.has(st.low(j+1)) || j+2 < t1 && !st.isPunct(j+1) && mtgBothNouns.has(st.low(j+2))) {
			// "the two presidents", "the two interior ministries"
			m.both = true
			return
		}
		if w == "the" && mtgTheBoth.has(st.low(j+1)) && st.low(j+2) != "of" {
			m.both = true // "the leaders agreed to hold"
			return
		}
		if w == "the" {
			// "the technical negotiating groups will meet": up to two
			// modifiers in lower case, then a plural noun for the teams
			for q := j + 1; q < t1 && q <= j+3 && !st.isPunct(q) && !st.d.Toks[q].Is(text.Cap); q++ {
				if x := st.low(q); q > j+1 && mtgTheTeams.has(x) {
					if st.low(q+1) != "of" && st.low(q+1) != "from" {
						m.both = true
						return
					}
					break
				}
			}
		}
		if w == "bilateral" || w == "each" && st.low(j+1) == "other" {
			m.both = true
		}
	}
}

// mtgTheTeams are plural nouns for working teams that, after "the" and a
// modifier, stand for the parties already named ("the technical teams").
var mtgTheTeams = mtgSet("teams", "groups", "negotiators", "delegations", "delegates", "experts", "envoys", "ministers", "leaders", "sides", "governors", "presidents", "committees", "commissions", "panels")

// mtgTheBoth are plural nouns that, after "the", stand for the parties
// already named.
var mtgTheBoth = mtgSet("leaders", "sides", "parties", "delegations", "presidents", "ministers")

// addActor records actor i as a party or participant of m.
func (st *mtgState) addActor(m *mtgMention, i int, strong bool) {
	a := st.a
	if i < 0 || i >= len(a.actors) {
		return
	}
	p := st.partyOf(i)
	if !strong {
		if p >= 0 && !slices.Contains(m.weak, p) {
			m.weak = append(m.weak, p)
		}
		return
	}
	if a.actors[i].kind == diplo.Person && !slices.Contains(m.participants, i) {
		m.participants = append(m.participants, i)
	}
	if p >= 0 && !slices.Contains(m.parties, p) {
		m.parties = append(m.parties, p)
	}
}

// partiesIn takes the parties named before the trigger ("U.S.-Russia
// talks") and in its party phrases ("between A and B", "with C").
func (st *mtgState) partiesIn(m *mtgMention, np0, t0 int, segs []segment) {
	if np0 < t0 {
		st.subject(m, np0, t0, true)
	}
	for _, sg := range segs {
		if mtgPartyHeads.has(sg.head) && sg.tok1 > sg.tok0 {
			n := len(m.parties)
			st.subject(m, sg.tok0, sg.tok1, true)
			st.bothIn(m, sg.tok0, sg.tok1)
			if sg.head == "by+" && len(m.parties) > n {
				m.hosts = append(m.hosts, m.parties[n:]...)
			}
		}
	}
}

// placeOf reads the location from the place phrases.
func (st *mtgState) placeOf(m *mtgMention, segs []segment) {
	d := st.d
	for _, sg := range segs {
		if !mtgPlaceHeads.has(sg.head) || sg.tok1 <= sg.tok0 {
			continue
		}
		t0 := sg.tok0
		for t0 < sg.tok1 && (mtgDeterminers.has(st.low(t0)) || st.low(t0) == "unspecified" || st.low(t0) == "unnamed" || st.low(t0) == "neutral") {
			t0++
		}
		if t0 >= sg.tok1 {
			continue
		}
		low := d.Low[d.Toks[t0].Start:d.Toks[sg.tok1-1].End]
		if low == "third country" || low == "third-country" || low == "third state" || low == "third countries" || low == "country" && t0 > sg.tok0 && st.low(t0-1) == "neutral" {
			m.loc = diplo.Location{Name: "third country", ThirdCountry: true, Span: st.a.span(d.Toks[sg.tok0].Start, d.Toks[sg.tok1-1].End)}
			return
		}
		// the longest prefix of up to four tokens the gazetteer knows
		for k := min(sg.tok1, t0+4); k > t0; k-- {
			if _, iso, ok := st.e.place(d.Low[d.Toks[t0].Start:d.Toks[k-1].End]); ok {
				m.loc = diplo.Location{Name: st.a.orig(d.Toks[t0].Start, d.Toks[k-1].End), Country: iso, Span: st.a.span(d.Toks[t0].Start, d.Toks[k-1].End)}
				return
			}
		}
		if t0 == sg.tok0 {
			if loc, ok := st.placeName(t0, sg.tok1); ok {
				m.loc = loc
				return
			}
		}
		if loc, ok := st.placeOfKind(t0, sg.tok1); ok {
			m.loc = loc
			return
		}
	}
	if st.dline != "" {
		for j := m.tok0; j < m.tok1; j++ {
			if st.low(j) == "here" {
				m.loc = diplo.Location{Name: st.dline, Country: st.dlISO}
				return
			}
		}
	}
}

// placeBefore takes a city named before the trigger as the location ("the
// Jeddah talks", "the Washington round"); a country there names a party
// ("U.S.-Russia talks"), not a place.
func (st *mtgState) placeBefore(m *mtgMention, np0, t0 int) {
	d := st.d
	for j := np0; j < t0; j++ {
		if !d.Toks[j].Is(text.Cap) {
			continue
		}
		name, iso, ok := st.e.place(st.low(j))
		if !ok || iso == "" || st.e.act != nil && strings.EqualFold(st.e.act.countries[iso], name) {
			continue
		}
		m.loc = diplo.Location{Name: st.a.orig(d.Toks[j].Start, d.Toks[j].End), Country: iso, Span: st.a.span(d.Toks[j].Start, d.Toks[j].End)}
		return
	}
}

// mtgTownNouns are kinds of place named by "of" ("the southern town of
// Bender"); mtgSiteNouns follow a site's name ("the Terespol crossing").
var (
	mtgTownNouns = mtgSet("town", "city", "village", "port", "capital", "resort", "region", "province", "district", "enclave", "island", "oasis")
	mtgSiteNouns = mtgSet("crossing", "checkpoint", "airport", "airbase", "palace", "residence", "retreat", "resort", "hotel", "post")
	// mtgSiteMods come between a site's name and its noun ("border post")
	mtgSiteMods = mtgSet("border", "frontier", "military", "air", "naval", "presidential", "royal")
)

// placeOfKind reads a place named by its kind, in [t0, t1) after any
// determiner: "southern town of Bender" (up to two words before the kind
// noun) or a site, "Terespol crossing" (capitalized words, then the noun).
func (st *mtgState) placeOfKind(t0, t1 int) (diplo.Location, bool) {
	d := st.d
	for j := t0; j < t1 && j-t0 < 3; j++ {
		if mtgTownNouns.has(st.low(j)) && j+2 < t1+1 && j+1 < t1 && st.low(j+1) == "of" && j+2 < t1 {
			if _, iso, ok := st.e.place(st.low(j + 2)); ok {
				return diplo.Location{Name: st.a.orig(d.Toks[j+2].Start, d.Toks[j+2].End), Country: iso, Span: st.a.span(d.Toks[j+2].Start, d.Toks[j+2].End)}, true
			}
			return st.placeName(j+2, t1)
		}
		if !d.Toks[j].Is(text.Word) {
			return diplo.Location{}, false
		}
	}
	k := t0
	for k < t1 && k-t0 < 3 && d.Toks[k].Is(text.Word|text.Cap) && !d.Toks[k].Is(text.AllCaps) && st.timeAt(k) < 0 {
		k++
	}
	if k > t0 && k+1 < t1 && mtgSiteMods.has(st.low(k)) && mtgSiteNouns.has(st.low(k+1)) {
		k++ // "the Jaber border post", "the Rafah border crossing"
	}
	if k > t0 && k < t1 && mtgSiteNouns.has(st.low(k)) && (k+1 == t1 || !d.Toks[k+1].Is(text.Cap)) {
		lo, hi := st.mentionRange(d.Toks[t0].Start, d.Toks[k-1].End)
		if lo < hi {
			return diplo.Location{}, false // "the Chinese embassy": a party's
		}
		return diplo.Location{Name: st.a.orig(d.Toks[t0].Start, d.Toks[k].End), Span: st.a.span(d.Toks[t0].Start, d.Toks[k].End)}, true
	}
	return diplo.Location{}, false
}

// mtgPlaceParticles join the words of a place name in lower case.
var mtgPlaceParticles = mtgSet("do", "da", "de", "dos", "das", "del", "di", "du", "el", "al", "la", "le", "es", "sur", "am", "an", "upon")

// placeName reads a place the gazetteer does not know: one to three
// capitalized words from t0 that are not a time or a person's or
// organization's name ("in Gabala", "to Port Sudan").
func (st *mtgState) placeName(t0, t1 int) (diplo.Location, bool) {
	d := st.d
	k := t0
	for k < t1 && k-t0 < 4 && st.timeAt(k) < 0 {
		if k-t0 < 3 && d.Toks[k].Is(text.Word|text.Cap) && !d.Toks[k].Is(text.AllCaps) && !mtgObjGlue.has(st.low(k)) {
			k++
			continue
		}
		if k > t0 && k+1 < t1 && mtgPlaceParticles.has(st.low(k)) && d.Toks[k+1].Is(text.Word|text.Cap) && !d.Toks[k+1].Is(text.AllCaps) && st.timeAt(k+1) < 0 {
			k += 2 // "Foz do Iguacu", "Sharm el-Sheikh", "Rio de Janeiro"
			continue
		}
		break
	}
	if k == t0 || k < t1 && !st.isPunct(k) && d.Toks[k].Is(text.Cap) {
		return diplo.Location{}, false
	}
	lo, hi := st.mentionRange(d.Toks[t0].Start, d.Toks[k-1].End)
	for x := lo; x < hi; x++ {
		if r := st.a.actors[st.a.mentions[x].actor]; r.kind == diplo.Person || r.kind == diplo.Organization || r.kind == diplo.Group || r.kind == diplo.Media {
			return diplo.Location{}, false
		}
	}
	return diplo.Location{Name: st.a.orig(d.Toks[t0].Start, d.Toks[k-1].End), Span: st.a.span(d.Toks[t0].Start, d.Toks[k-1].End)}, true
}

// statusBefore reads the status markers in [cl, t0): cancelled and
// postponed anywhere win, else the nearest marker.
func (st *mtgState) statusBefore(cl, t0 int) diplo.Status {
	var near diplo.Status
	lo := max(cl, t0-12) // cl may be a boundary word that is a marker ("if")
	for j := t0 - 1; j >= lo; j-- {
		w := st.low(j)
		if !st.lx.cueWords.has(w) {
			continue
		}
		for _, p := range st.lx.before[w] {
			if st.matchBack(j, lo, p.words) {
				if p.status == diplo.Cancelled || p.status == diplo.Postponed {
					return p.status
				}
				if near == 0 {
					near = p.status
				}
				break
			}
		}
	}
	return near
}

// clause reads a mention headed by a verb trigger ("met", "convene").
func (st *mtgState) clause(s text.Sentence, t0, t1 int, m *mtgMention, w string) bool {
	d := st.d
	m.verbal = true
	cl := st.clauseStart(t0, s.Tok0)
	next := st.low(t1)
	m.again = next == "again" || strings.HasPrefix(w, "reconvene")
	if w == "negotiate" || w == "negotiated" || w == "negotiating" {
		if next != "with" {
			return false
		}
	}
	if next == "with" && mtgMetWithNot.has(st.low(t1+1)) {
		return false
	}
	if p := st.low(t0 - 1); p == "to" && t0-2 >= s.Tok0 && !mtgToMeet.has(st.low(t0-2)) && !strings.HasSuffix(st.low(t0-2), "ed") {
		return false // "cooperation to meet 21st century challenges"
	}
	if p := st.low(t0 - 1); w == "met" && t0 > s.Tok0 && (mtgBeAux.has(p) || mtgAdverbs.has(p) && mtgBeAux.has(st.low(t0-2))) {
		return false // "the aspirations of the people are met": fulfilled
	}
	if p := st.low(t0 - 1); p == "ends" {
		return false // "make ends meet"
	}
	j := t1
	if k := st.bothObject(t1, s.Tok1); k > t1 {
		j, m.both = k, true // "convene both sides", "met the two delegations"
	} else if k, ok := st.objectActor(t1, s.Tok1); ok {
		j = k // "met President Putin", "met Funaro and Gros"
	} else if k, x := st.orgHead(t1, s.Tok1); x >= 0 {
		j = k // "met the agency's safeguards team"
		st.addActor(m, x, true)
	} else if k := st.peopleNounAfter(t1, s.Tok1); k > t1+1 && st.d.Toks[t1].Is(text.Cap) {
		j = k // "meet North Korean officials": the adjective names the state
	} else if k := st.titledObject(t1, s.Tok1); k > t1 {
		j = k // "met the Russian ambassador", "meets the Chinese delegation"
	} else if t1 < s.Tok1 && !st.isPunct(t1) && !mtgPPHeads.has(next) && !mtgAdverbs.has(next) && next != "and" && st.timeAt(t1) < 0 && !mtgPartStatus2.has(next) {
		return false // "meet its obligations", "meet domestic needs"
	}
	end, segs := st.walkRight(j, s.Tok1, false)
	// subject and object; a reporter before the clause ("Menon said the
	// two militaries' chiefs spoke") is its source, not a participant
	if k := st.afterConj(cl, t0); k > cl && mtgReport.has(st.low(k-1)) && st.hasSubject(k, t0) {
		cl = k
	}
	st.subject(m, cl, t0, true)
	if j > t1 {
		st.subject(m, t1, j, true)
	}
	st.partiesIn(m, t0, t0, segs)
	if len(m.parties) == 0 && !m.both && len(m.participants) < 2 && st.hasPeopleNoun(cl, t0) {
		// "the two ministers agreed that senior officials would meet
		// again": the officials are those of the agreeing sides
		if k := st.agreedThat(cl, s.Tok0); k > s.Tok0 {
			st.subject(m, st.clauseStart(k, s.Tok0), k, true)
		}
	}
	if j == t1 && len(m.parties) == 1 && !m.both && !st.hasPartySeg(segs) && st.nationalBody(cl, t0) {
		return false // "the Senate will meet on Monday": no diplomacy
	}
	if len(m.parties) == 0 && !m.both && len(m.participants) < 2 {
		// "the two sides met" is handled by bothIn; a subject that is a
		// meeting noun ("the talks will reconvene") is read by nounPhrase
		return false
	}
	if mtgBoundary.has(st.low(cl)) && cl+1 < t0 {
		cl++
	}
	cl = st.afterDateline(cl, t0)
	cl = st.afterConj(cl, t0)
	m.tok0, m.tok1 = cl, max(end, t1)
	if k := st.vpAnd(cl, t0); k > cl {
		m.tok0 = k // "negotiators ended talks and agreed to meet again": the second verb
	} else if t0-cl > 15 {
		// a long clause: start at the first party
		lo, hi := st.mentionRange(d.Toks[cl].Start, d.Toks[t0].Start)
		if lo < hi {
			m.tok0 = st.tokAt(st.a.mentions[lo].start)
		}
	}
	st.placeOf(m, segs)
	bst := st.statusBefore(cl, t0)
	switch {
	case strings.HasSuffix(w, "ing") && t0-2 >= cl && st.low(t0-1) == "been" && (st.low(t0-2) == "have" || st.low(t0-2) == "has"):
		m.status = diplo.Ongoing // "delegations have been meeting in Doha"
	case bst != 0:
		m.status = bst
	case w == "met" || strings.HasSuffix(w, "ed"):
		m.status = diplo.Held
	case st.low(t0-1) == "to":
		m.status = diplo.Planned
	case w == "meeting" || w == "negotiating":
		m.status = diplo.Ongoing
	}
	if m.status == diplo.Proposed && st.low(t0-1) == "would" && st.agreedThat(cl, s.Tok0) > s.Tok0 {
		m.status = diplo.Planned // "agreed that officials would meet again": agreed, so planned
	}
	return true
}

// mtgAgreeVerbs introduce what the sides agreed or decided ("agreed that
// their teams would meet").
var mtgAgreeVerbs = mtgSet("agreed", "agree", "agrees", "decided", "decide", "decides", "resolved", "committed", "concurred", "undertook")

// agreedThat returns the token of an agreement verb right before the
// clause at cl ("agreed that", "agreed", "decided that"), or -1.
func (st *mtgState) agreedThat(cl, lo int) int {
	k := cl - 1
	if k > lo && st.low(k) == "that" {
		k--
	}
	if k > lo && mtgAgreeVerbs.has(st.low(k)) {
		return k
	}
	return -1
}

// vpAnd returns the token after the last "and" in [cl, t0) that joins two
// verb phrases of one subject (no actor or comma follows it before t0,
// and an actor comes before it), or cl.
func (st *mtgState) vpAnd(cl, t0 int) int {
	for k := t0 - 1; k > cl && t0-k < 8; k-- {
		if st.isPunct(k) {
			return cl
		}
		if st.low(k) != "and" {
			continue
		}
		if lo, hi := st.mentionRange(st.d.Toks[k].Start, st.d.Toks[t0-1].End); lo < hi {
			return cl
		}
		if lo, hi := st.mentionRange(st.d.Toks[cl].Start, st.d.Toks[k].Start); lo == hi && !st.d.Toks[k-1].Is(text.Cap) {
			return cl
		}
		if st.d.Toks[k+1].Is(text.Cap) || mtgDeterminers.has(st.low(k+1)) {
			return cl // "X and the EU met", "Russia and China will meet"
		}
		return k + 1
	}
	return cl
}

// bothObject reads "both sides", "the two sides", "the parties" from token
// j and returns the token after it, or j.
func (st *mtgState) bothObject(j, lim int) int {
	k := j
	if k < lim && st.low(k) == "the" {
		k++
	}
	if k < lim && (st.low(k) == "both" || st.low(k) == "two") {
		k++
	} else if k == j {
		return j
	}
	if k < lim && mtgBothNouns.has(st.low(k)) {
		return k + 1
	}
	return j
}

// hasSubject reports whether [k, t0) names who meets: an actor mention,
// a state adjective's noun phrase or "the two sides".
func (st *mtgState) hasSubject(k, t0 int) bool {
	if k >= t0 {
		return false
	}
	lo, hi := st.mentionRange(st.d.Toks[k].Start, st.d.Toks[t0-1].End)
	if lo < hi {
		return true
	}
	for j := k; j < t0 && j-k < 40; j++ {
		if w := st.low(j); (w == "two" || w == "both") && j+1 < t0 && mtgBothNouns.has(st.low(j+1)) || mtgPeopleNouns.has(w) {
			return true
		}
	}
	return false
}

// afterConj moves a clause start past the last ", but" or ", and" before
// t0, which starts a new clause with its own subject.
func (st *mtgState) afterConj(cl, t0 int) int {
	for k := t0 - 1; k > cl; k-- {
		w := st.low(k)
		if (w == "but" || w == "and" || w == "while" || w == "yet") && st.punctIs(k-1, ',') && k+1 < t0 {
			return k + 1
		}
		if mtgReport.has(w) && k+1 < t0 {
			return k + 1 // "The Kremlin said Putin and Trump could meet"
		}
	}
	return cl
}

// afterDateline moves a clause start past a wire dateline ("PEKING,
// March 2 -") that opens the sentence.
func (st *mtgState) afterDateline(cl, t0 int) int {
	if cl < t0 && st.punctIs(cl, '-') {
		return cl + 1 // "ISTANBUL, Feb 27 (Reuters) - ..." cut at the parenthesis
	}
	if cl >= t0 || !st.d.Toks[cl].Is(text.AllCaps) {
		return cl
	}
	for k := cl + 1; k < t0 && k-cl < 10; k++ {
		if st.punctIs(k, '-') {
			return k + 1
		}
	}
	return cl
}

// objectActor reads a direct object of a meeting verb that is a person,
// or a country or organization standing alone ("met Funaro", "met
// Japan on Monday", not "meet Indonesia's needs"); it returns the token
// after it (and after any "and" + second actor).
func (st *mtgState) objectActor(j, lim int) (int, bool) {
	d := st.d
	ok := false
	for n := 0; n < 4 && j < lim; n++ {
		k := j
		for k < lim && k-j < 2 && (mtgDeterminers.has(st.low(k)) && st.low(k) != "its" && st.low(k) != "their" && st.low(k) != "his" && st.low(k) != "her") {
			k++
		}
		if k >= lim {
			break
		}
		// a mention starting here, or after up to four title words
		// ("Norwegian Foreign Minister Ingrid Solberg")
		lo, hi := st.mentionRange(d.Toks[k].Start, d.Toks[min(k+4, lim-1)].End)
		if lo == hi {
			break
		}
		capped := true
		for q := k; q < st.tokAt(st.a.mentions[lo].start) && q < lim; q++ {
			capped = capped && d.Toks[q].Is(text.Cap)
		}
		if !capped {
			break
		}
		mn := st.a.mentions[lo]
		if mn.kind == diplo.ByPronoun {
			break
		}
		e := st.tokAt(mn.end-1) + 1
		last := st.low(e - 1)
		if st.low(e) == "'s" || st.low(e) == "'" {
			e++
			last = "'s"
		}
		poss := false
		if strings.HasSuffix(last, "'s") || strings.HasSuffix(last, "s'") {
			poss = true
			// "met Iran's negotiating team", not "meet Indonesia's needs"
			q := st.peopleNounAfter(e, lim)
			if q < 0 {
				// "spoke with Timor-Leste's Minister of Foreign
				// Affairs": a capitalised title after the possessive
				q = st.titleAfter(e, lim)
			}
			if q < 0 {
				break
			}
			e = q
		}
		if st.a.actors[mn.actor].kind != diplo.Person && !poss {
			nx := st.low(e)
			if !(e >= lim || st.isPunct(e) || mtgPPHeads.has(nx) || mtgAdverbs.has(nx) || nx == "and" || nx == "to" || st.timeAt(e) >= 0) {
				break
			}
		}
		ok, j = true, e
		if j < lim && st.low(j) == "and" {
			j++
			continue
		}
		break
	}
	if ok && j > 0 && st.low(j-1) == "and" {
		j--
	}
	return j, ok
}

// peopleNounAfter finds a noun for people ("team", "delegation") within
// three tokens from j and returns the token after it, or -1.
func (st *mtgState) peopleNounAfter(j, lim int) int {
	for q := j; q < lim && q-j < 3 && !st.isPunct(q); q++ {
		if mtgPeopleNouns.has(st.low(q)) || mtgPeopleNouns2.has(st.low(q)) {
			return q + 1
		}
	}
	return -1
}

// titleAfter finds a title noun ("Minister", "foreign minister") within
// three tokens from j, all capitalised or all title words, and returns the
// token after it, or -1.
func (st *mtgState) titleAfter(j, lim int) int {
	for q := j; q < lim && q-j < 3 && !st.isPunct(q); q++ {
		if mtgTitleNouns.has(st.low(q)) {
			return q + 1
		}
		if !st.d.Toks[q].Is(text.Cap) && !mtgTitleMods.has(st.low(q)) {
			return -1
		}
	}
	return -1
}

// mtgTitleMods are the lower-case words before a title noun ("foreign
// minister", "deputy prime minister").
var mtgTitleMods = mtgSet("foreign", "prime", "deputy", "vice", "defence", "defense", "finance", "trade", "chief", "special", "top", "senior", "new", "former")

// mtgTitleNouns are the head nouns of an official named by office
// ("the Russian ambassador", "the Turkish foreign minister").
var mtgTitleNouns = mtgSet("ambassador", "ambassadors", "envoy", "minister", "president", "premier", "chancellor", "secretary", "counterpart", "delegation", "consul", "attache", "emissary", "negotiator", "representative", "commissioner")

// titledObject reads a definite object naming an official or a delegation
// by a capitalised adjective and a title or people noun ("the Russian
// ambassador", "the Chinese delegation"); it returns the token after the
// noun, or -1. The adjective's mention, if any, gives the party.
func (st *mtgState) titledObject(j, lim int) int {
	if j+2 >= lim || st.low(j) != "the" || !st.d.Toks[j+1].Is(text.Cap) {
		return -1
	}
	for q := j + 2; q < lim && q-j <= 3 && !st.isPunct(q); q++ {
		w := st.low(q)
		if mtgTitleNouns.has(w) || mtgPeopleNouns.has(w) || mtgPeopleNouns2.has(w) {
			return q + 1
		}
	}
	return -1
}

var mtgPeopleNouns2 = mtgSet("experts", "technicians", "inspectors", "staff", "mission", "envoy", "envoys", "negotiator", "chief", "head", "leadership", "secretariat")

// orgHead reads "the agency", "the bloc's team": a definite description
// whose head noun ends the name of an organization of the article; it
// returns the token after it (and after a possessive's team) and the
// actor, or -1.
func (st *mtgState) orgHead(j, lim int) (int, int) {
	if j+1 >= lim || st.low(j) != "the" || st.d.Toks[j+1].Is(text.Cap) {
		return j, -1
	}
	w := strings.TrimSuffix(st.low(j+1), "'s")
	e := j + 2
	poss := w != st.low(j+1)
	if !poss && (st.low(e) == "'s" || st.low(e) == "'") {
		poss = true
		e++
	}
	if st.orgHeads == nil {
		// once per document: the last words of international
		// organizations' multi-word names and aliases
		st.orgHeads = []orgHead{}
		for i := range st.a.actors {
			r := &st.a.actors[i]
			if r.kind != diplo.Organization || r.country != "" {
				continue
			}
			for _, n := range append([]string{r.name}, r.aliases...) {
				if k := strings.LastIndexByte(n, ' '); k > 0 && len(st.orgHeads) < 64 {
					st.orgHeads = append(st.orgHeads, orgHead{strings.ToLower(n[k+1:]), i})
				}
			}
		}
	}
	actor := -1
	for _, h := range st.orgHeads {
		if h.word == w {
			actor = h.actor
			break
		}
	}
	if actor < 0 {
		return j, -1
	}
	if poss {
		q := st.peopleNounAfter(e, lim)
		if q < 0 {
			return j, -1
		}
		e = q
	}
	return e, actor
}

// visit reads "a visit to Moscow", "visited Beijing", "Putin's visit".
func (st *mtgState) visit(s text.Sentence, t0, t1 int, m *mtgMention) bool {
	d := st.d
	w := st.low(t0)
	trip := w == "trip" || w == "trips"
	nounUse := w == "visit" || w == "visits" || trip
	prev := st.low(t0 - 1)
	if prev == "own" && t0-2 >= s.Tok0 {
		prev = st.low(t0 - 2) // "Whitby's own visit"
	}
	if nounUse && !(mtgDeterminers.has(prev) || strings.HasSuffix(prev, "'s") || mtgVisitMods.has(prev)) {
		if trip {
			return false
		}
		nounUse = false
	}
	j := t1
	if !nounUse && j < s.Tok1 {
		// verb: the object is the place or the host
		if st.low(j) == "to" {
			return false
		}
	}
	end, segs := st.walkRight(j, s.Tok1, true)
	if !nounUse && j < s.Tok1 && !st.isPunct(j) {
		// "visited Beijing on Monday": a place right after the verb
		k := j
		for k < s.Tok1 && k-j < 4 && d.Toks[k].Is(text.Cap) {
			k++
		}
		if k > j {
			segs = append([]segment{{"to", j, k}}, segs...)
			if end < k {
				e2, s2 := st.walkRight(k, s.Tok1, true)
				end = e2
				segs = append(segs, s2...)
			}
		}
	}
	var host diplo.Location
	for _, sg := range segs {
		if sg.head != "to" && (sg.head != "in" || trip) {
			continue // "a trip to Cairo", not "a trip in May"
		}
		for k := min(sg.tok1, sg.tok0+5); k > sg.tok0; k-- {
			t := sg.tok0
			for t < k && mtgDeterminers.has(st.low(t)) {
				t++
			}
			if t >= k {
				break
			}
			if _, iso, ok := st.e.place(d.Low[d.Toks[t].Start:d.Toks[k-1].End]); ok {
				host = diplo.Location{Name: st.a.orig(d.Toks[t].Start, d.Toks[k-1].End), Country: iso, Span: st.a.span(d.Toks[t].Start, d.Toks[k-1].End)}
				break
			}
		}
		if !host.IsZero() {
			break
		}
		if loc, ok := st.placeName(sg.tok0, sg.tok1); ok && nounUse && !trip {
			host = loc
			break
		}
	}
	if host.IsZero() {
		return false
	}
	m.loc = host
	cl := st.clauseStart(t0, s.Tok0)
	np0 := t0
	var pst diplo.Status
	if nounUse {
		np0 = st.premod(s, t0)
		m.demonstrative = mtgDemonstr.has(st.low(np0))
		m.definite = st.low(np0) == "the"
		st.subject(m, np0, t0, true) // "Putin's visit"
		for _, sg := range segs {
			if sg.head == "by" {
				st.subject(m, sg.tok0, sg.tok1, true) // "a visit by the minister"
			}
		}
		var pend int
		if pst, pend = st.predicate(end, s.Tok1); pend > end {
			end = pend
		} else if st.punctIs(end, ',') && st.dueInside(t1, end) {
			// "A visit to Baghdad, planned for last week, was called off"
			if pst, pend = st.predicate(end+1, s.Tok1); pend > end {
				end = pend
			}
		}
		if len(m.parties) == 0 {
			st.subject(m, cl, np0, true)
		}
	} else {
		m.verbal = true
		st.subject(m, cl, t0, true)
		if len(m.parties) == 0 && len(m.participants) == 0 {
			return false // "people visiting Hong Kong"
		}
		np0 = st.afterDateline(cl, t0)
	}
	if trip {
		// "the President's trip to Chicago": travel at home is no visit
		for _, p := range m.parties {
			if p >= 0 && p < len(st.a.actors) && st.a.actors[p].country == host.Country {
				return false
			}
		}
		for _, p := range m.participants {
			if p >= 0 && p < len(st.a.actors) && st.a.actors[p].country == host.Country {
				return false
			}
		}
	}
	if host.Country != "" {
		st.addActor(m, st.e.countryActor(st.a, host.Country), true)
	}
	m.tok0, m.tok1 = np0, max(end, t1)
	bst := st.statusBefore(cl, t0)
	switch {
	case bst == diplo.Cancelled || bst == diplo.Postponed:
		m.status = bst
	case pst != 0:
		m.status = pst
	case bst != 0:
		m.status = bst
	case w == "visited":
		m.status = diplo.Held
	case w == "visiting":
		m.status = diplo.Ongoing
	}
	return true
}

// hasPartySeg reports whether a phrase names parties ("with X").
func (st *mtgState) hasPartySeg(segs []segment) bool {
	for _, sg := range segs {
		if sg.head == "with" || sg.head == "between" || sg.head == "among" {
			return true
		}
	}
	return false
}

// nationalBody reports whether the actors named in [cl, t0) are all
// bodies of one state (a parliament, a ministry), not the state itself,
// its people or an international organization.
func (st *mtgState) nationalBody(cl, t0 int) bool {
	if cl >= t0 {
		return false
	}
	lo, hi := st.mentionRange(st.d.Toks[cl].Start, st.d.Toks[t0-1].End)
	if lo == hi {
		return false
	}
	for k := lo; k < hi; k++ {
		r := st.a.actors[st.a.mentions[k].actor]
		if r.kind != diplo.Organization || r.country == "" {
			return false
		}
	}
	return true
}

// endsMention reports whether an actor mention ends with token i.
func (st *mtgState) endsMention(i int) bool {
	e := st.d.Toks[i].End
	lo, hi := st.mentionRange(st.d.Toks[max(0, i-6)].Start, e)
	for k := lo; k < hi; k++ {
		if st.a.mentions[k].end == e {
			return true
		}
	}
	return false
}

// spoke reads "X spoke (today, by phone) with Y": a call in a call
// readout or when the sentence says phone, else talks.
func (st *mtgState) spoke(s text.Sentence, t0, t1 int, m *mtgMention) bool {
	k := t1
	phone := st.callDoc
	for k < s.Tok1 && k-t1 < 6 {
		w := st.low(k)
		switch {
		case st.timeAt(k) >= 0:
			k = st.timeLast(st.timeAt(k)) + 1
			continue
		case w == "by" || w == "over" || w == "on" && (st.low(k+1) == "the" || st.low(k+1) == "phone"):
			k++
			continue
		case w == "phone" || w == "telephone" || w == "video" || w == "videoconference" || w == "the":
			phone = phone || w != "the"
			k++
			continue
		case mtgAdverbs.has(w) || mtgPartStatus2.has(w) || mtgDayParts.has(w):
			k++
			continue
		}
		break
	}
	if k >= s.Tok1 || st.low(k) != "with" {
		return false
	}
	j, ok := st.objectActor(k+1, s.Tok1)
	if !ok {
		return false
	}
	for q := s.Tok0; q < s.Tok1 && !phone; q++ {
		w := st.low(q)
		phone = w == "phone" || w == "telephone" || w == "call" || w == "videoconference"
	}
	cl := st.clauseStart(t0, s.Tok0)
	st.subject(m, cl, t0, true)
	n0 := len(m.parties) + len(m.participants)
	st.subject(m, k+1, j, true)
	// two sides: two states or two people, or a named person on one side
	// and a state's official on the other ("Minister X spoke with
	// Timor-Leste's foreign minister")
	if len(m.parties) < 2 && len(m.participants) < 2 && (n0 == 0 || len(m.participants) == 0) {
		return false
	}
	end, segs := st.walkRight(j, s.Tok1, false)
	if !phone {
		// "X spoke with Y" is a call unless they were together somewhere
		for _, sg := range segs {
			if mtgPlaceHeads.has(sg.head) {
				m.kind = diplo.Talks
			}
		}
	}
	m.verbal = true
	if mtgBoundary.has(st.low(cl)) && cl+1 < t0 {
		cl++
	}
	m.tok0, m.tok1 = st.afterConj(st.afterDateline(cl, t0), t0), max(end, j)
	st.placeOf(m, segs)
	bst := st.statusBefore(cl, t0)
	switch {
	case bst != 0:
		m.status = bst
	case st.low(t0) == "spoke" || strings.HasSuffix(st.low(t0), "ed"):
		m.status = diplo.Held
	default:
		m.status = diplo.Planned
	}
	return true
}

// mtgDayParts are the parts of a day ("spoke this morning with").
var mtgDayParts = mtgSet("morning", "afternoon", "evening", "night", "overnight")

// host reads "X hosted Y": a meeting of host and guest.
func (st *mtgState) host(s text.Sentence, t0, t1 int, m *mtgMention) bool {
	d := st.d
	if t1 >= s.Tok1 {
		return false
	}
	// a verb: "hosted", "will host", "Japan hosts"; not "TV host X"
	w, prev := st.low(t0), st.low(t0-1)
	switch {
	case w == "hosted" || w == "hosting":
	case w == "host" && (prev == "to" || mtgAux.has(prev)):
	case w == "hosts" && t0 > s.Tok0 && st.endsMention(t0-1):
	default:
		return false
	}
	// "host talks": the noun is the trigger
	for k := t1; k < s.Tok1 && k < t1+3; k++ {
		if len(st.lx.trig[st.low(k)]) > 0 {
			return false
		}
	}
	lo, hi := st.mentionRange(d.Toks[t1].Start, d.Toks[min(t1+2, s.Tok1-1)].End)
	if lo == hi || st.a.actors[st.a.mentions[lo].actor].kind != diplo.Person && st.a.actors[st.a.mentions[lo].actor].kind != diplo.Country {
		return false
	}
	if st.a.mentions[lo].kind == diplo.ByPronoun {
		return false // "the cost of hosting them": refugees, not guests
	}
	j := st.tokAt(st.a.mentions[lo].end-1) + 1
	cl := st.clauseStart(t0, s.Tok0)
	st.subject(m, cl, t0, true)
	if len(m.parties) == 0 {
		return false
	}
	st.addActor(m, st.a.mentions[lo].actor, true)
	end, segs := st.walkRight(j, s.Tok1, false)
	m.verbal = true
	m.tok0, m.tok1 = st.afterDateline(cl, t0), max(end, j)
	st.placeOf(m, segs)
	bst := st.statusBefore(cl, t0)
	switch {
	case bst != 0:
		m.status = bst
	case st.low(t0) == "hosted":
		m.status = diplo.Held
	default:
		m.status = diplo.Planned
	}
	return true
}

// timeOf ties the mention to the time expression inside it nearest to the
// trigger; two dates joined by "or", "and", "to" or "-" make an interval.
func (st *mtgState) timeOf(m *mtgMention) {
	a := st.a
	best, bd := -1, 1<<30
	trigPos := st.d.Toks[m.trig].Start
	for j := m.tok0; j < m.tok1; j++ {
		ti := st.timeAt(j)
		if ti < 0 {
			continue
		}
		t := a.times[ti]
		if t.Type == diplo.Duration && !boundedDuration(strings.ToLower(t.Text)) && t.Mod != diplo.EqualOrLess && t.Mod != diplo.LessThan && !mtgWithin.has(st.low(j-1)) && !mtgWithin.has(st.low(j-2)) {
			continue // "a two-day visit", "for five years" say little about when
		}
		if t.Type == diplo.Set || t.Type == diplo.Duration && t.Interval.IsZero() && !strings.ContainsAny(t.Value, "0123456789") {
			continue // "within weeks" with nothing to count from
		}
		if t.Type == diplo.Duration && t.start < trigPos && j > m.tok0 && st.low(j-1) == "for" {
			continue // "for two days of consultations": how long, not when
		}
		dist := t.start - trigPos
		if dist < 0 {
			// before the trigger: a fronted adverbial ("In early February,
			// X and Y began talks") or no comma between
			commas := 0
			for k := st.timeLast(ti); k < m.trig; k++ {
				if st.punctIs(k, ',') {
					commas++
				}
			}
			if commas > 1 || commas == 1 && j-m.tok0 > 3 {
				continue
			}
			dist = 1<<20 - dist // only when no time follows the trigger
		}
		if dist < bd {
			best, bd = ti, dist
		}
	}
	if best < 0 {
		return
	}
	m.time = best
	// "February or March"
	t := a.times[best]
	k := st.timeLast(best)
	if k+2 < len(st.d.Toks) && k+1 >= m.tok1-1 {
		if c := st.low(k + 1); c == "or" || c == "and" || c == "to" || c == "through" || st.punctIs(k+1, '-') {
			if t2 := st.timeAt(k + 2); t2 >= 0 && a.times[t2].Type == diplo.Date && t.Type == diplo.Date {
				m.time = st.joinTimes(best, t2)
				if end := a.times[t2].end; end > m.end {
					m.end = end
					m.tok1 = st.tokAt(end-1) + 1
				}
			}
		}
	}
}

// joinTimes appends a time that spans times x and y with the interval
// value "X/Y" and returns its index.
func (st *mtgState) joinTimes(x, y int) int {
	a := st.a
	tx, ty := a.times[x], a.times[y]
	if tx.Value == "" || ty.Value == "" {
		return x
	}
	vx, vy := tx.Value, ty.Value
	if strings.HasPrefix(vx, "XXXX-") && strings.HasPrefix(vy, "XXXX-") {
		// "February or March" after "early February 2025": the year of
		// the latest dated expression before
		for k, n := x-1, 0; k >= 0 && n < 50; k, n = k-1, n+1 {
			if v := a.times[k].Value; len(v) >= 4 && isDigits(v[:4]) && a.times[k].start < tx.start {
				vx, vy = v[:4]+vx[4:], v[:4]+vy[4:]
				break
			}
		}
	}
	if strings.HasPrefix(vx, "XXXX") || strings.HasPrefix(vy, "XXXX") {
		return x
	}
	v := vx + "/" + vy
	iv, g, ok := diplo.ParseValue(v, 0)
	if !ok {
		return x
	}
	sp := a.span(tx.start, ty.end)
	t := timeRec{
		Time: diplo.Time{
			ID: fmt.Sprintf("time:%d", len(a.times)), Span: sp, Text: a.doc.Text[sp.Start:sp.End],
			Type: diplo.Date, Value: v, Interval: iv, Granularity: g, Anchor: tx.Anchor,
		},
		start: tx.start, end: ty.end, tense: tx.tense,
	}
	a.times = append(a.times, t)
	return len(a.times) - 1
}

var mtgWithin = mtgSet("within", "in")

// ivContains reports whether interval y lies inside x, both bounded.
func ivContains(x, y diplo.Interval) bool {
	if x.Start.IsZero() || x.End.IsZero() || y.Start.IsZero() || y.End.IsZero() {
		return false
	}
	return !y.Start.Before(x.Start) && !y.End.After(x.End)
}

// boundedDuration reports whether a duration's text places an event in
// time ("within two weeks", "in the next few days").
func boundedDuration(low string) bool {
	for _, p := range []string{"within", "in the next", "in the coming", "over the next", "over the coming", "in ", "during the next", "for the next"} {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	return false
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// timeStatus is the status a time alone implies: held when it is past,
// planned when it is to come. sure is set when the time says so by its
// calendar value or its words ("last week"), not only by tense.
func (st *mtgState) timeStatus(ti int) (s diplo.Status, sure bool) {
	if ti < 0 {
		return 0, false
	}
	t := st.a.times[ti]
	pub := st.a.published
	if !pub.IsZero() && !t.Interval.IsZero() {
		switch {
		case !t.Interval.End.IsZero() && !t.Interval.End.After(pub):
			return diplo.Held, true
		case !t.Interval.Start.IsZero() && t.Interval.Start.After(pub):
			return diplo.Planned, true
		}
	}
	for _, w := range strings.Fields(strings.ToLower(t.Text)) {
		switch w {
		case "last", "ago", "earlier", "yesterday", "previous", "past":
			return diplo.Held, true
		case "next", "coming", "tomorrow", "upcoming":
			return diplo.Planned, true
		}
	}
	switch t.tense {
	case -1:
		return diplo.Held, false
	case 1:
		return diplo.Planned, false
	}
	return 0, false
}

// row reads a table row such as "June 2023 | Initial talks in Geneva |
// Agreement to maintain communication channels": an event with a date.
func (st *mtgState) row(bi, header int) (mtgMention, bool) {
	d := st.d
	b := d.Blocks[bi]
	if len(b.Cells) < 2 {
		return mtgMention{}, false
	}
	var heads []string
	if header >= 0 && header < bi {
		for _, c := range d.Blocks[header].Cells {
			if len(heads) == 32 {
				break
			}
			heads = append(heads, d.Low[c.Start:c.End])
		}
	}
	isOutcome := func(ci int) bool {
		if ci >= len(heads) {
			return false
		}
		h := heads[ci]
		return strings.Contains(h, "outcome") || strings.Contains(h, "result") || strings.Contains(h, "impact") || strings.Contains(h, "importance") || strings.Contains(h, "benefit") || strings.Contains(h, "purpose") || strings.Contains(h, "significance")
	}
	// a date cell
	ti, dateCell := -1, -1
	cells := b.Cells[:min(len(b.Cells), 32)]
	for ci, c := range cells {
		k := st.tokAt(c.Start)
		for ; k < len(d.Toks) && d.Toks[k].End <= c.End; k++ {
			if st.timeAt(k) >= 0 && st.a.times[st.timeAt(k)].Type == diplo.Date {
				ti, dateCell = st.timeAt(k), ci
				break
			}
		}
		if ti >= 0 {
			break
		}
	}
	if ti < 0 {
		return mtgMention{}, false
	}
	for ci, c := range cells {
		if ci == dateCell || isOutcome(ci) {
			continue
		}
		k0 := st.tokAt(c.Start)
		k1 := k0
		for k1 < len(d.Toks) && d.Toks[k1].End <= c.End {
			k1++
		}
		for k := k0; k < k1; k++ {
			for _, tr := range st.lx.trig[st.low(k)] {
				if tr.form != formNoun && tr.form != formCall || !st.matchFwd(k, k1, tr.words) {
					continue
				}
				if st.lx.beforeNot[st.low(k-1)] && k > k0 {
					continue
				}
				m := mtgMention{kind: tr.kind, trig: k, tok0: k0, tok1: k1, time: ti, row: true, status: diplo.Held}
				m.start, m.end = d.Toks[k0].Start, d.Toks[k1-1].End
				_, segs := st.walkRight(k+len(tr.words), k1, false)
				st.partiesIn(&m, k0, k, segs)
				st.placeOf(&m, segs)
				if s, _ := st.timeStatus(ti); s == diplo.Planned {
					m.status = s
				}
				for cj := ci + 1; cj < len(cells); cj++ {
					if isOutcome(cj) || len(heads) == 0 && cj == ci+1 {
						oc := cells[cj]
						m.outcome = st.a.orig(oc.Start, oc.End)
						break
					}
				}
				return m, true
			}
		}
	}
	return mtgMention{}, false
}

// resolveBoth gives "both countries" and parties-less mentions the two
// countries most referred to in the passage before them.
func (st *mtgState) resolveBoth(ms []mtgMention) {
	for i := range ms {
		m := &ms[i]
		if m.both && len(m.parties) < 2 {
			for _, p := range st.salient(m.start, m.end, 2) {
				if !slices.Contains(m.parties, p) && len(m.parties) < 2 {
					m.parties = append(m.parties, p)
				}
			}
		}
	}
}

// salient returns up to n country actors most referred to in the 2,000
// bytes before end (ties: the latest).
func (st *mtgState) salient(start, end, n int) []int {
	lo := sort.Search(len(st.ctry), func(i int) bool { return st.ctry[i].pos >= start-2000 })
	var cs []cnt
	for k := lo; k < len(st.ctry) && st.ctry[k].pos < end && k-lo < 100; k++ {
		c := st.ctry[k]
		if !st.salientKind(c.actor) {
			continue
		}
		found := false
		for x := range cs {
			if cs[x].actor == c.actor {
				cs[x].n++
				cs[x].last = c.pos
				found = true
			}
		}
		if !found {
			cs = append(cs, cnt{c.actor, 1, c.pos})
		}
	}
	if len(cs) < n {
		// the whole document, counted once
		if st.docSal == nil {
			st.docSal = []cnt{}
			for k := 0; k < len(st.ctry); k++ {
				c := st.ctry[k]
				if !st.salientKind(c.actor) {
					continue
				}
				found := false
				for x := range st.docSal {
					if st.docSal[x].actor == c.actor {
						st.docSal[x].n++
						found = true
						break
					}
				}
				if !found && len(st.docSal) < 300 {
					st.docSal = append(st.docSal, cnt{c.actor, 1, c.pos})
				}
			}
		}
		cs = append(cs[:0], st.docSal...)
	}
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].n != cs[j].n {
			return cs[i].n > cs[j].n
		}
		return cs[i].last > cs[j].last
	})
	var out []int
	for _, c := range cs {
		if len(out) == n {
			break
		}
		out = append(out, c.actor)
	}
	return out
}

// salientKind reports whether actor i may stand as a party by salience: a
// country or an international organization.
func (st *mtgState) salientKind(i int) bool {
	r := st.a.actors[i]
	return r.kind == diplo.Country || r.kind == diplo.Organization && r.country == ""
}

// anchored reports whether a mention says enough to stand as a meeting of
// its own.
func (m *mtgMention) anchored() bool {
	return len(m.parties) > 0 || m.both || len(m.participants) > 0 || m.time >= 0 || !m.loc.IsZero() || m.verbal
}

// creates reports whether a mention that joins no meeting starts one: it
// must be anchored, or say what the talks are about and how they stand
// ("the possibility of discussions on arms control"). List items, which
// often name agenda items, need a party, a time or a place.
func (m *mtgMention) creates() bool {
	if m.row {
		return true
	}
	if m.list {
		return len(m.parties) > 0 || m.time >= 0 || !m.loc.IsZero()
	}
	if m.anchored() {
		return true
	}
	return !m.demonstrative && !m.definite && m.status != 0 && m.topic
}

// informative scores how clearly a mention describes its meeting.
func (m *mtgMention) informative() int {
	s := 0
	switch {
	case len(m.parties) >= 2 && !m.both:
		s += 3 + min(len(m.parties)-2, 1) // a third party: a host or mediator too
	case len(m.parties) >= 1 || m.both:
		s++
	}
	if m.topic {
		s++
	}
	if len(m.participants) > 0 {
		s += 2
	}
	if m.time >= 0 {
		s += 2
	}
	if !m.loc.IsZero() {
		s += 2
	}
	if m.status != 0 {
		s++
	}
	if m.verbal {
		s++
	}
	if m.demonstrative {
		s -= 4
	}
	if m.definite {
		s -= 2
	}
	return s
}

// mtgCluster is a meeting under construction.
type mtgCluster struct {
	ms      []int    // mention indices, in text order
	mods    []string // the content words before its triggers
	parties []int
	people  []int
	status  diplo.Status
	time    int
	loc     diplo.Location
	kind    diplo.MeetingKind
	row     bool
	// inherit holds the parties of the talks a "next round" continues
	inherit []int
	// ceremony: a signing ceremony, an event apart from the talks
	ceremony bool
	// series is the kind of the talks a new round or "meet again"
	// continues ("a fourth round of talks ... agreed to meet again": talks)
	series diplo.MeetingKind
}

// statusClass groups statuses that one meeting may show over an article.
func statusClass(s diplo.Status) int {
	switch s {
	case diplo.Held, diplo.Ongoing:
		return 1
	case diplo.Planned:
		return 2
	case diplo.Proposed:
		return 3
	case diplo.Cancelled, diplo.Postponed:
		return 4
	}
	return 0
}

// compatible reports whether mention m may be a mention of cluster c.
func (st *mtgState) compatible(c *mtgCluster, m *mtgMention) bool {
	if c.ceremony != (st.low(m.trig) == "signing") {
		return false // "talks in Doha" and "a signing ceremony in Doha"
	}
	if c.row || m.row {
		// a table row that repeats a meeting of the prose: same kind, same day
		return c.row != m.row && c.kind == m.kind && c.time >= 0 && m.time >= 0 && st.sameDay(c.time, m.time)
	}
	if !m.demonstrative {
		for _, k := range []diplo.MeetingKind{diplo.Call, diplo.Conference, diplo.Visit} {
			if (c.kind == k) != (m.kind == k) {
				return false
			}
		}
	}
	if m.apart && !m.demonstrative {
		return false
	}
	if !m.verbal && m.kind != diplo.Talks && m.kind != diplo.Negotiations && m.trig-m.tok0 < 4 && (st.low(m.tok0) == "a" || st.low(m.tok0) == "an") && (len(m.parties) > 0 || m.time >= 0 || !m.loc.IsZero()) {
		return false // "a meeting between the two leaders ...": an indefinite with its own anchors is a new meeting
	}
	if st.joinsLatest(c, m) {
		return true
	}
	if len(c.parties) > 0 && len(m.parties) > len(m.hosts) && !subset(m.parties, c.parties) && !subset(c.parties, m.parties) {
		return false // (hosts alone do not tell: "talks ..., meeting under the auspices of the OSCE")
	}
	if len(c.people) > 0 && len(m.participants) > 0 && !subset(m.participants, c.people) && !subset(c.people, m.participants) {
		return false // Witkoff and Putin met; a Trump-Putin summit is another
	}
	if c.time >= 0 && m.time >= 0 {
		x, y := st.a.times[c.time].Interval, st.a.times[m.time].Interval
		if r := x.Compare(y); r == diplo.RelBefore || r == diplo.RelAfter {
			return false
		}
	}
	if !c.loc.IsZero() && !m.loc.IsZero() && !c.loc.ThirdCountry && !m.loc.ThirdCountry && c.loc.Country != m.loc.Country && !strings.EqualFold(c.loc.Name, m.loc.Name) {
		return false
	}
	if m.demonstrative {
		return true
	}
	if c.status == diplo.Ongoing && m.status == diplo.Held && m.time >= 0 && c.time < 0 {
		return false // "experts met last week": a dated session, not the ongoing talks
	}
	cs, ms := statusClass(c.status), statusClass(m.status)
	if ms == 4 {
		return cs == 2 || cs == 3 || cs == 4 || cs == 0 // "the talks were postponed"
	}
	if cs == 4 {
		return ms == 0 || m.definite // a cancelled meeting is rarely taken up again
	}
	return cs == 0 || ms == 0 || cs == ms
}

// mtgMediateVerbs say an actor mediates; mtgMediatedObj what it mediates.
var (
	mtgMediateVerbs = mtgSet("mediated", "mediating", "mediates", "brokered", "brokering", "facilitated", "facilitating", "facilitates")
	mtgMediatedObj  = mtgSet("dispute", "talks", "negotiations", "conflict", "process", "dialogue")
)

// mediates reports whether the actor named up to Norm offset end is said
// to mediate the dispute or the talks: "The African Union, which has
// mediated the dispute since 2020", "Norway has been facilitating the
// talks".
func (st *mtgState) mediates(end int) bool {
	d := st.d
	k := st.tokAt(end)
	if k >= len(d.Toks) || d.Toks[k].Start < end {
		return false
	}
	if st.punctIs(k, ',') && k+1 < len(d.Toks) && (st.low(k+1) == "which" || st.low(k+1) == "who") {
		k += 2
	}
	for n := 0; n < 3 && k < len(d.Toks) && (mtgAux.has(st.low(k)) || st.low(k) == "long"); n++ {
		k++
	}
	if k >= len(d.Toks) || !mtgMediateVerbs.has(st.low(k)) {
		return false
	}
	for j := k + 1; j < len(d.Toks) && j <= k+3; j++ {
		if mtgMediatedObj.has(st.low(j)) {
			return true
		}
	}
	return false
}

// mtgSeries mark a session of talks in a series ("the next round").
var mtgSeries = mtgSet("next", "last", "previous", "new", "latest", "fresh", "further", "another")

// nextInSeries reports whether m is a round or meeting of talks in a
// series: "the next round", "the last round", "the next meeting".
func (st *mtgState) nextInSeries(m *mtgMention) bool {
	w := st.low(m.trig)
	if w != "round" && w != "rounds" && w != "meeting" && w != "session" {
		return false
	}
	for j := m.trig - 1; j >= m.tok0 && m.trig-j <= 2; j-- {
		if mtgSeries.has(st.low(j)) {
			return true
		}
	}
	return false
}

// sameDay reports whether times x and y are one and the same day.
func (st *mtgState) sameDay(x, y int) bool {
	tx, ty := st.a.times[x], st.a.times[y]
	return tx.Granularity == diplo.Day && ty.Granularity == diplo.Day && tx.Interval == ty.Interval
}

// joinsLatest reports whether m is a bare definite mention ("X would join
// the talks", "the talks will go ahead") of talks still to come that the
// cluster c already holds: it adds its party to them rather than starting
// other talks. Place, modifiers and a definite time keep them apart.
func (st *mtgState) joinsLatest(c *mtgCluster, m *mtgMention) bool {
	if !m.definite || m.demonstrative || !m.loc.IsZero() || len(m.mods) > 0 || c.kind != m.kind || len(m.parties) > 1 {
		return false
	}
	if m.time >= 0 && st.a.times[m.time].Type != diplo.Duration {
		return false
	}
	cs, ms := statusClass(c.status), statusClass(m.status)
	return (c.status == diplo.Planned || c.status == diplo.Proposed) && (m.status == diplo.Planned || m.status == diplo.Proposed || ms == 0) && cs != 0
}

// twoStates returns the parties "both countries" or "the two sides" take
// over from a meeting: its two states when it also had a host or
// mediator ("the two militaries" after India-Pakistan talks under the
// World Bank), else all its parties.
func (st *mtgState) twoStates(ps []int) []int {
	if len(ps) > 2 {
		var out []int
		for _, p := range ps {
			if p >= 0 && p < len(st.a.actors) && st.a.actors[p].kind == diplo.Country {
				out = append(out, p)
			}
		}
		if len(out) == 2 {
			return out
		}
	}
	return slices.Clone(ps)
}

// sharesWord reports whether x and y have a word in common, ignoring
// status words that any meeting may carry.
func sharesWord(x, y []string) bool {
	for _, w := range y {
		if !mtgModNeutral.has(w) && slices.Contains(x, w) {
			return true
		}
	}
	return false
}

var mtgModNeutral = mtgSet("upcoming", "further", "new", "potential", "possible", "future", "next", "proposed", "planned", "high-level", "diplomatic", "direct", "formal", "official", "key", "critical", "important", "crucial", "comprehensive")

func subset(x, y []int) bool {
	for _, v := range x {
		if !slices.Contains(y, v) {
			return false
		}
	}
	return true
}

func overlaps(x, y []int) bool {
	for _, v := range x {
		if slices.Contains(y, v) {
			return true
		}
	}
	return false
}

// cluster groups the mentions into meetings.
func (st *mtgState) cluster(ms []mtgMention) []*mtgCluster {
	var cs, recent []*mtgCluster // recent: most recently mentioned first
	for i := range ms {
		m := &ms[i]
		if m.both && len(m.parties) < 2 {
			// "both countries", "the two sides": the parties of the latest
			// meeting with two, else the passage's salient countries
			for _, c := range recent {
				if len(c.parties) >= 2 && subset(m.parties, c.parties) {
					m.parties = st.twoStates(c.parties)
					break
				}
			}
			st.resolveBoth(ms[i : i+1])
		}
		if !m.anchored() && !m.definite && !m.demonstrative && m.status == 0 && !m.row && !m.topic && !m.verbal && !mtgDeterminers.has(st.low(m.tok0)) && !strings.HasSuffix(st.low(m.tok0), "'s") {
			continue // "private diplomatic conversations": talk in general
		}
		var into *mtgCluster
		if len(m.mods) > 0 && len(m.parties) == 0 {
			// "these preliminary talks" after "preliminary discussions"
			for _, c := range recent {
				if st.compatible(c, m) && sharesWord(c.mods, m.mods) {
					into = c
					break
				}
			}
		}
		if into == nil {
			for _, c := range recent {
				if st.compatible(c, m) {
					into = c
					break
				}
			}
		}
		if into == nil {
			if !m.creates() {
				continue
			}
			into = &mtgCluster{time: -1, row: m.row, ceremony: st.low(m.trig) == "signing"}
			if len(m.parties) == 0 && !m.both && st.nextInSeries(m) {
				// "the next round", "the last round, held in Cairo": another
				// session of the talks just mentioned, between the same sides
				for _, c := range recent {
					if (c.kind == diplo.Talks || c.kind == diplo.Negotiations) && len(c.parties) >= 2 {
						into.inherit = slices.Clone(c.parties)
						break
					}
				}
			}
			if m.again || st.low(m.trig) == "round" || st.low(m.trig) == "rounds" {
				for _, c := range recent {
					if c.kind == diplo.Talks || c.kind == diplo.Negotiations {
						into.series = c.kind
						break
					}
				}
			}
			if len(into.inherit) > 0 {
				into.parties = slices.Clone(into.inherit)
			} else if len(m.parties) == 0 {
				// the passage's salient parties stand in, so that talks
				// between others later are not taken for these
				into.parties = st.salient(m.start, m.end, 2)
			}
			cs = append(cs, into)
		}
		if k := slices.Index(recent, into); k >= 0 {
			recent = slices.Delete(recent, k, k+1)
		}
		recent = slices.Insert(recent, 0, into)
		if len(recent) > 8 {
			recent = recent[:8]
		}
		m.joiner = len(into.ms) > 0 && st.joinsLatest(into, m)
		into.ms = append(into.ms, i)
		for _, w := range m.mods {
			if len(into.mods) < 24 && !slices.Contains(into.mods, w) {
				into.mods = append(into.mods, w)
			}
		}
		for _, p := range m.parties {
			if len(into.parties) < 32 && !slices.Contains(into.parties, p) {
				into.parties = append(into.parties, p)
			}
		}
		for _, p := range m.participants {
			if len(into.people) < 32 && !slices.Contains(into.people, p) {
				into.people = append(into.people, p)
			}
		}
		if into.status == 0 || (m.status == diplo.Cancelled || m.status == diplo.Postponed) {
			if m.status != 0 {
				into.status = m.status
			}
		}
		if into.time < 0 {
			into.time = m.time
		}
		if into.loc.IsZero() {
			into.loc = m.loc
		}
		if into.kind == 0 {
			into.kind = m.kind
		}
	}
	return cs
}

// output turns the clusters into a.meetings.
func (st *mtgState) output(ms []mtgMention, cs []*mtgCluster) {
	a := st.a
	sort.SliceStable(cs, func(i, j int) bool { return ms[cs[i].ms[0]].start < ms[cs[j].ms[0]].start })
	for _, c := range cs {
		best := c.ms[0]
		for _, i := range c.ms[1:] {
			if ms[i].informative() > ms[best].informative() {
				best = i
			}
		}
		b := &ms[best]
		mt := diplo.Meeting{ID: fmt.Sprintf("meeting:%d", len(a.meetings)+1), Kind: b.kind, Outcome: b.outcome}
		if b.verbal && b.kind == diplo.MeetingKindMeeting {
			// "agreed to meet again" and "the Washington round": the noun
			// says what kind of meeting the verb is
			for _, i := range c.ms {
				if !ms[i].verbal {
					// an anaphor ("the talks") does not rename "will meet"
					if k := ms[i].kind; (k == diplo.Talks || k == diplo.Negotiations) && (b.again || !ms[i].definite && !ms[i].demonstrative) {
						mt.Kind = k
					}
					break
				}
			}
		}
		if c.series != 0 && (mt.Kind == diplo.MeetingKindMeeting || mt.Kind == diplo.Talks) {
			mt.Kind = c.series // another session of the talks or negotiations
		}
		// a more specific kind from any mention
		for _, k := range []diplo.MeetingKind{diplo.Summit} {
			found := false
			for _, i := range c.ms {
				if ms[i].kind == k && !ms[i].list {
					found = true
				}
			}
			if found && (mt.Kind == diplo.Talks || mt.Kind == diplo.MeetingKindMeeting || mt.Kind == diplo.Negotiations) {
				mt.Kind = k
				break
			}
		}
		// parties: the clearest mention's, then the others', then weak
		// ones and the passage's salient countries
		parties := slices.Clone(b.parties)
		add := func(ps []int) {
			for _, p := range ps {
				if len(parties) < 2 && !slices.Contains(parties, p) {
					parties = append(parties, p)
				}
			}
		}
		if len(parties) < 2 {
			for _, i := range c.ms {
				add(ms[i].parties)
			}
		}
		for _, i := range c.ms {
			// "..., meeting under the auspices of the OSCE": hosts take part
			for _, p := range ms[i].hosts {
				if len(parties) < 32 && !slices.Contains(parties, p) {
					parties = append(parties, p)
				}
			}
		}
		for _, i := range c.ms {
			// "X would join the talks": X takes part too
			for _, p := range ms[i].parties {
				if ms[i].joiner && len(parties) < 32 && !slices.Contains(parties, p) {
					parties = append(parties, p)
				}
			}
		}
		if len(parties) == 0 && len(c.inherit) > 0 {
			parties = append(parties, c.inherit...)
		}
		if len(parties) == 0 && st.club >= 0 && len(c.people) == 0 && !b.both {
			// "a virtual meeting", "the next ministerial meeting" in a
			// text about OPEC+ members: the organization's own meeting
			parties = append(parties, st.club)
		}
		club := slices.Contains(parties, st.club)
		if len(parties) < 2 && !club {
			for _, i := range c.ms {
				add(ms[i].weak)
			}
		} else if len(b.hosts) > 0 && len(b.hosts) >= len(b.parties) {
			// "X and Y agreed ..., after talks hosted by Cuba and Norway":
			// the hosts and the sides the clause names
			for _, i := range c.ms {
				for _, p := range ms[i].weak {
					if len(parties) < 32 && !slices.Contains(parties, p) {
						parties = append(parties, p)
					}
				}
			}
		}
		stateless := false // a participant whose state the text does not give
		for _, i := range c.ms {
			for _, p := range ms[i].participants {
				if a.actors[p].country == "" {
					stateless = true
				}
			}
		}
		if len(parties) < 2 && !stateless && !club {
			add(st.salient(b.start, b.end, 2))
		}
		var people []int
		for _, i := range c.ms {
			for _, p := range ms[i].participants {
				if len(people) < 32 && !slices.Contains(people, p) {
					people = append(people, p)
				}
			}
		}
		if len(parties) == 0 && len(people) == 0 {
			continue // talks between no one the text names
		}
		if st.mediator >= 0 && (mt.Kind == diplo.Talks || mt.Kind == diplo.Negotiations) && len(parties) >= 2 && len(parties) < 32 && !slices.Contains(parties, st.mediator) {
			parties = append(parties, st.mediator) // the dispute's mediator
		}
		for _, p := range parties {
			mt.Parties = append(mt.Parties, a.use(p))
		}
		for _, p := range people {
			mt.Participants = append(mt.Participants, a.use(p))
		}
		// status: the clearest mention's, else the first one known
		mt.Status = b.status
		if c.status == diplo.Cancelled || c.status == diplo.Postponed {
			mt.Status = c.status
		}
		if mt.Status == 0 {
			for _, i := range c.ms {
				if ms[i].status != 0 {
					mt.Status = ms[i].status
					break
				}
			}
		}
		if mt.Status == 0 {
			mt.Status = diplo.Held
		}
		ti := b.time
		if ti < 0 {
			ti = c.time
		}
		if ti >= 0 {
			// "next week" and "January 20" of one round: the finer one
			for _, i := range c.ms {
				if x := ms[i].time; x >= 0 && a.times[x].Granularity > a.times[ti].Granularity && a.times[x].Granularity <= diplo.Day && ivContains(a.times[ti].Interval, a.times[x].Interval) {
					ti = x
				}
			}
		}
		if ti >= 0 {
			mt.Time = a.times[ti].ID
		}
		mt.Location = b.loc
		if mt.Location.IsZero() {
			mt.Location = c.loc
		}
		mt.Evidence = append(mt.Evidence, a.span(b.start, b.end))
		for _, i := range c.ms {
			if i != best {
				mt.Evidence = append(mt.Evidence, a.span(ms[i].start, ms[i].end))
			}
		}
		a.meetings = append(a.meetings, mt)
	}
}

package timeline

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/parleyhq/parley/diplo"
)

// Assumptions the merge and the order make when the text is silent. They
// are fixed so that merging stays a pure function of its inputs.
const (
	// Recency is how long before its article's publication a statement
	// with no date of its own is assumed to have been made: news reports
	// what was said in the last days or weeks. Two reports of one remark
	// more than about Recency apart are not merged.
	Recency = 30 * 24 * time.Hour
	// Horizon bounds, for merging only, how far from publication an
	// undated meeting may lie: held within a year before, planned within a
	// year after.
	Horizon = 365 * 24 * time.Hour
	// DateSlack is how far apart two dated reports of one meeting may put
	// it and still be merged (recording a time Conflict).
	DateSlack = 3 * 24 * time.Hour
)

const day = 24 * time.Hour

// docData is one report, normalized for merging: its items, its actors
// and the precedences its text states. It is never changed once built.
type docData struct {
	id        string // Document.ID, or a hash of the text when empty
	key       string // id plus a fingerprint: unique per distinct report
	outlet    string
	published time.Time
	items     []item
	actors    []actorRec
	byID      []int32 // indices of actors, sorted by ID (stably)
	precs     []prec
}

// prec says item before precedes item after (indices into docData.items).
type prec struct {
	before, after int
	basis         string
}

// actorRec is one actor of one report.
type actorRec struct {
	doc string // docData.key
	diplo.Actor
	key actorKey
}

// item is one meeting or statement of one report. The fields similar
// reads come first, together, so that comparing two items touches little
// memory.
type item struct {
	doc      *docData
	kind     diplo.EventKind
	status   diplo.Status
	mkind    diplo.MeetingKind // the meeting's kind
	dayGran  bool              // its time is a day or finer
	named    bool              // namedPlace(&meeting.Location)
	hasPub   bool              // its article has a publication date
	compat   diplo.Interval    // cert with Horizon and Recency estimates, for merging
	own      diplo.Interval    // what its own time says
	partiesH uint64            // hash of parties
	tval     uint64            // hash of its time's value and mod (0: no value)
	pubSec   int64             // the publication date in Unix seconds
	people   []actorKey        // participants or speakers
	words    []uint64          // sorted distinct content words (their wordID) of evidence or content
	parties  string            // sorted party keys, joined by spaces
	topics   []diplo.Topic
	locKey   string // the folded place name
	country  string // meeting.Location.Country

	id       string           // the Meeting or Statement ID in its report
	pos      int              // where it starts in its document
	meeting  *diplo.Meeting   // when kind is MeetingEvent: the meeting (a copy)
	stmt     *diplo.Statement // when kind is StatementEvent: the statement (a copy)
	conds    []diplo.Condition
	time     *diplo.Time    // its own time expression (&noTime if none)
	cert     diplo.Interval // own narrowed by the publication date
	bases    []uint64       // index bases, hashed (see bases)
	evidence []diplo.Span
	quote    string
}

// newDoc normalizes one report.
func newDoc(r diplo.Report) *docData {
	d := &docData{outlet: r.Document.Outlet, published: r.Document.Published}
	fp := fingerprint(r)
	d.id = r.Document.ID
	if d.id == "" {
		d.id = "doc-" + strconv.FormatUint(fp, 16)
	}
	d.key = d.id + "\x00" + strconv.FormatUint(fp, 16)

	d.actors = make([]actorRec, 0, len(r.Actors))
	d.items = make([]item, 0, len(r.Meetings)+len(r.Statements))
	var nameWords []uint64
	for _, a := range r.Actors {
		k := actorKey{id: a.ID, kind: a.Kind}
		if a.Kind == diplo.Person {
			k.person, _ = personName(a.Name)
		}
		k = k.withHashes()
		rec := a
		rec.Mentions = nil
		d.actors = append(d.actors, actorRec{doc: d.key, Actor: rec, key: k})
		nameWords = nameWordIDs(nameWords, a.Name)
		for _, al := range a.Aliases {
			nameWords = nameWordIDs(nameWords, al)
		}
	}
	nameWords = uniqSorted(nameWords)
	d.byID = make([]int32, len(d.actors))
	for i := range d.byID {
		d.byID[i] = int32(i)
	}
	slices.SortStableFunc(d.byID, func(a, b int32) int { return strings.Compare(d.actors[a].ID, d.actors[b].ID) })
	keyOf := func(id string) actorKey {
		if j, ok := d.actor(id); ok {
			return d.actors[j].key
		}
		return actorKey{}
	}
	allTimes := slices.Clone(r.Times)
	times := make(map[string]*diplo.Time, len(allTimes))
	for i := range allTimes {
		if _, dup := times[allTimes[i].ID]; !dup {
			times[allTimes[i].ID] = &allTimes[i]
		}
	}
	byStart := slices.Clone(r.Times)
	slices.SortStableFunc(byStart, func(a, b diplo.Time) int { return a.Span.Start - b.Span.Start })
	var conds map[string][]diplo.Condition
	for _, c := range r.Conditions {
		if c.Target != "" {
			if conds == nil {
				conds = map[string][]diplo.Condition{}
			}
			conds[c.Target] = append(conds[c.Target], c)
		}
	}
	text := r.Document.Text
	pub := d.published

	meetings := slices.Clone(r.Meetings)
	for mi := range meetings {
		m := &meetings[mi]
		it := item{doc: d, id: m.ID, kind: diplo.MeetingEvent, meeting: m, status: m.Status, time: &noTime,
			topics: m.Topics, locKey: diplo.Slug(m.Location.Name), conds: conds[m.ID], evidence: m.Evidence}
		it.pos = -1
		for _, e := range m.Evidence {
			if it.pos < 0 || e.Start < it.pos {
				it.pos = e.Start
			}
			it.words = contentWords(it.words, e.Of(text), nameWords)
		}
		it.pos = max(it.pos, 0)
		it.words = contentWords(it.words, m.Outcome, nameWords)
		if len(m.Evidence) > 0 {
			it.quote = m.Evidence[0].Of(text)
		}
		ps := make([]string, 0, len(m.Parties))
		for _, p := range m.Parties {
			ps = append(ps, keyOf(p).indexKeyOr(p))
		}
		it.parties = strings.Join(uniqSorted(ps), " ")
		it.people = make([]actorKey, 0, len(m.Participants))
		for _, p := range m.Participants {
			it.people = append(it.people, keyOf(p).orID(p))
		}
		tid := m.Time
		if tid == "" {
			tid = timeInside(byStart, m.Evidence)
		}
		it.setTime(times, tid, pub)
		d.items = append(d.items, it)
	}
	stmts := slices.Clone(r.Statements)
	for si := range stmts {
		s := &stmts[si]
		it := item{doc: d, id: s.ID, kind: diplo.StatementEvent, stmt: s, time: &noTime,
			topics: s.Topics, conds: conds[s.ID]}
		it.pos = s.ContentSpan.Start
		if s.CueSpan != (diplo.Span{}) && s.CueSpan.Start < it.pos {
			it.pos = s.CueSpan.Start
		}
		it.evidence = make([]diplo.Span, 0, 2)
		if s.ContentSpan != (diplo.Span{}) {
			it.evidence = append(it.evidence, s.ContentSpan)
		}
		if s.CueSpan != (diplo.Span{}) {
			it.evidence = append(it.evidence, s.CueSpan)
		}
		it.quote = s.Content
		if it.quote == "" {
			it.quote = s.ContentSpan.Of(text)
		}
		it.people = make([]actorKey, 0, len(s.Speakers))
		for _, sp := range s.Speakers {
			it.people = append(it.people, keyOf(sp).orID(sp))
		}
		it.words = contentWords(nil, it.quote, nameWords)
		it.setTime(times, s.Time, pub)
		d.items = append(d.items, it)
	}
	renumber(d.items)
	for i := range d.items {
		it := &d.items[i]
		it.words = uniqSorted(it.words)
		if !pub.IsZero() {
			it.hasPub, it.pubSec = true, pub.Unix()
		}
		if it.kind == diplo.MeetingEvent {
			it.partiesH = hashInit.str(it.parties).sum()
			it.mkind = it.meeting.Kind
			it.dayGran = it.time.Granularity >= diplo.Day
			if it.time.Value != "" {
				it.tval = hashInit.str(it.time.Value).u64(uint64(it.time.Mod)).sum()
			}
			it.named = namedPlace(&it.meeting.Location)
			it.country = it.meeting.Location.Country
		}
		slices.SortFunc(it.people, cmpActorKey)
		it.bases = bases(it)
	}
	d.precs = textPrecedences(d, text)
	return d
}

// actor is the index in d.actors of the first actor with ID id.
func (d *docData) actor(id string) (int32, bool) {
	i, ok := slices.BinarySearchFunc(d.byID, id, func(j int32, id string) int { return strings.Compare(d.actors[j].ID, id) })
	if !ok {
		return -1, false
	}
	return d.byID[i], true
}

// renumber keeps item IDs unique within a report: the k-th item with one
// ID (k > 1) gets "~k" appended.
func renumber(items []item) {
	ks := make([]int, len(items))
	if len(items) <= 32 {
		for i := range items {
			ks[i] = 1
			for j := range items[:i] {
				if items[j].id == items[i].id {
					ks[i]++
				}
			}
		}
	} else {
		seen := make(map[string]int, len(items))
		for i := range items {
			seen[items[i].id]++
			ks[i] = seen[items[i].id]
		}
	}
	for i, k := range ks {
		if k > 1 {
			items[i].id += "~" + strconv.Itoa(k)
		}
	}
}

// cmpItem orders items canonically: by document ID, item ID, then
// fingerprint, which makes the order total.
func cmpItem(a, b *item) int {
	if a == b {
		return 0
	}
	return cmp.Or(strings.Compare(a.doc.id, b.doc.id), strings.Compare(a.id, b.id), strings.Compare(a.doc.key, b.doc.key))
}

// timeInside is the ID of the first date or duration whose span lies
// inside one of the evidence spans ("... will meet within two weeks"), for
// a meeting the extractor tied to no time; times is sorted by start.
func timeInside(times []diplo.Time, evidence []diplo.Span) string {
	for _, e := range evidence {
		i, _ := slices.BinarySearchFunc(times, e.Start, func(t diplo.Time, start int) int { return t.Span.Start - start })
		for ; i < len(times) && times[i].Span.Start < e.End; i++ {
			t := times[i]
			if t.Span.End <= e.End && (t.Type == diplo.Date || t.Type == diplo.Duration) {
				return t.ID
			}
		}
	}
	return ""
}

// indexKeyOr is k's index key, or id when k is unknown.
func (k actorKey) indexKeyOr(id string) string {
	if k.id == "" {
		return id
	}
	return k.indexKey()
}

// orID is k, or a key made of id when the report has no such actor.
func (k actorKey) orID(id string) actorKey {
	if k.id == "" {
		return actorKey{id: id, kind: kindOfID(id)}.withHashes()
	}
	return k
}

// kindOfID reads the actor kind from an ID's prefix ("country:RUS").
func kindOfID(id string) diplo.ActorKind {
	p, _, _ := strings.Cut(id, ":")
	var k diplo.ActorKind
	_ = k.UnmarshalText([]byte(p))
	return k
}

// setTime fills the item's time fields from its time expression (ID tid)
// and its article's publication date pub.
func (it *item) setTime(times map[string]*diplo.Time, tid string, pub time.Time) {
	if t, ok := times[tid]; ok {
		it.time = t
		it.own = t.Interval
		if it.own.IsZero() && !t.Unresolved {
			if iv, _, ok := diplo.ParseValue(t.Value, t.Mod); ok {
				it.own = iv
			}
		}
	}
	it.cert = it.own
	if !pub.IsZero() {
		p := pub.UTC().Truncate(day)
		var bound diplo.Interval
		switch {
		case it.kind == diplo.StatementEvent, it.status == diplo.Held:
			bound.End = p.Add(day)
		case future(it.status):
			bound.Start = p
		}
		if iv, ok := intersect(it.own, bound); ok {
			it.cert = iv
		}
	}
	it.compat = it.cert
	if !pub.IsZero() {
		p := pub.UTC().Truncate(day)
		back := Horizon
		if it.kind == diplo.StatementEvent {
			back = Recency
		}
		if it.compat.Start.IsZero() {
			it.compat.Start = p.Add(-back)
		}
		if it.compat.End.IsZero() {
			it.compat.End = p.Add(Horizon + day)
		}
	}
}

// noTime is the time of items with none; never changed.
var noTime diplo.Time

// future reports whether a meeting with status s lies after the article.
func future(s diplo.Status) bool {
	return s == diplo.Planned || s == diplo.Proposed || s == diplo.Postponed
}

// intersect is the common part of a and b (zero bounds are unbounded); ok
// is false when they are disjoint.
func intersect(a, b diplo.Interval) (diplo.Interval, bool) {
	iv := a
	if !b.Start.IsZero() && (iv.Start.IsZero() || b.Start.After(iv.Start)) {
		iv.Start = b.Start
	}
	if !b.End.IsZero() && (iv.End.IsZero() || b.End.Before(iv.End)) {
		iv.End = b.End
	}
	if !iv.Start.IsZero() && !iv.End.IsZero() && !iv.End.After(iv.Start) {
		return a, false
	}
	return iv, true
}

// fingerprint hashes what distinguishes one report from another with the
// same document ID.
func fingerprint(r diplo.Report) uint64 {
	// FNV-1a, each part followed by a zero byte, written without
	// allocating.
	h := hashInit
	w := func(s string) {
		for i := 0; i < len(s); i++ {
			h = h.byte(s[i])
		}
		h = h.byte(0)
	}
	wb := func(b []byte) {
		for _, c := range b {
			h = h.byte(c)
		}
		h = h.byte(0)
	}
	var buf [64]byte
	w(r.Document.ID)
	w(r.Document.Text)
	wb(r.Document.Published.UTC().AppendFormat(buf[:0], time.RFC3339Nano))
	for _, m := range r.Meetings {
		w(m.ID)
		w(m.Status.String())
		w(m.Kind.String())
		w(m.Time)
		for _, p := range m.Parties {
			w(p)
		}
		for _, p := range m.Participants {
			w(p)
		}
		for _, e := range m.Evidence {
			b := strconv.AppendInt(buf[:0], int64(e.Start), 10)
			b = append(b, ':')
			wb(strconv.AppendInt(b, int64(e.End), 10))
		}
	}
	for _, s := range r.Statements {
		w(s.ID)
		w(s.Content)
		w(s.Time)
		for _, p := range s.Speakers {
			w(p)
		}
	}
	for _, a := range r.Actors {
		w(a.ID)
		w(a.Name)
	}
	return uint64(h)
}

// followCues are the words by which an article says that what it reports
// comes after a meeting: "This announcement follows talks in Riyadh".
var followCues = []string{"follows", "followed", "comes after", "came after", "on the heels of", "in the wake of", "after"}

// anaphors open a sentence that refers back to what was just reported.
var anaphors = []string{"this ", "these ", "the ", "that ", "it ", "those "}

// maxLookback bounds the backward search for a sentence start.
const maxLookback = 400

// textPrecedences finds the orderings one article states or implies:
//
//   - publication: everything the article reports as said, or as a held
//     meeting, precedes the meetings it calls planned, proposed or
//     postponed (the first are before the article, the others after it):
//     each item the maxFanout such meetings nearest to it in the text;
//   - text: a held meeting reported inside a statement's content precedes
//     the statement;
//   - text: a sentence "This announcement follows a meeting ..." puts the
//     meeting before the statements of the speaker reported just before.
func textPrecedences(d *docData, text string) []prec {
	var ps []prec
	// Publication: each past item precedes the maxFanout future meetings
	// nearest to it in the text (all of them in an ordinary article).
	var fut []int
	for j := range d.items {
		if b := &d.items[j]; b.kind == diplo.MeetingEvent && future(b.status) {
			fut = append(fut, j)
		}
	}
	slices.SortStableFunc(fut, func(x, y int) int { return d.items[x].pos - d.items[y].pos })
	for i := range d.items {
		a := &d.items[i]
		if past := a.kind == diplo.StatementEvent || a.status == diplo.Held; !past || len(fut) == 0 {
			continue
		}
		lo, hi := 0, len(fut)
		if len(fut) > maxFanout { // the nearest maxFanout by position
			k, _ := slices.BinarySearchFunc(fut, a.pos, func(j, pos int) int { return d.items[j].pos - pos })
			lo, hi = k, k
			for hi-lo < maxFanout {
				switch {
				case lo == 0:
					hi++
				case hi == len(fut):
					lo--
				case a.pos-d.items[fut[lo-1]].pos <= d.items[fut[hi]].pos-a.pos:
					lo--
				default:
					hi++
				}
			}
		}
		for _, j := range fut[lo:hi] {
			if a.own.Compare(d.items[j].own) == diplo.RelAfter {
				continue // the text dates them the other way round
			}
			ps = append(ps, prec{i, j, "publication"})
		}
	}
	// Statements by where their content starts, and by where they end.
	var byStart, byEnd []int
	for i := range d.items {
		if s := &d.items[i]; s.kind == diplo.StatementEvent {
			if s.stmt.ContentSpan.Len() > 0 {
				byStart = append(byStart, i)
			}
			byEnd = append(byEnd, i)
		}
	}
	slices.SortStableFunc(byStart, func(x, y int) int { return d.items[x].stmt.ContentSpan.Start - d.items[y].stmt.ContentSpan.Start })
	slices.SortStableFunc(byEnd, func(x, y int) int { return stmtEnd(&d.items[x]) - stmtEnd(&d.items[y]) })
	for j := range d.items {
		m := &d.items[j]
		if m.kind != diplo.MeetingEvent || m.status != diplo.Held || len(m.evidence) == 0 {
			continue
		}
		// A held meeting reported inside a statement precedes it: look at
		// the maxFanout statements starting last before it.
		ev := m.evidence[0]
		k, _ := slices.BinarySearchFunc(byStart, ev.Start+1, func(i, start int) int { return d.items[i].stmt.ContentSpan.Start - start })
		for n := k - 1; n >= 0 && n >= k-maxFanout; n-- {
			cs := d.items[byStart[n]].stmt.ContentSpan
			if cs.Start <= ev.Start && ev.End <= cs.End {
				ps = append(ps, prec{j, byStart[n], "text"})
			}
		}
		// "This proclamation follows a meeting ..."
		for _, e := range m.evidence {
			if !e.In(len(text)) {
				continue
			}
			start := sentenceStart(text, e.Start)
			head := strings.ToLower(text[start:e.Start])
			if !hasFollowCue(head) {
				continue
			}
			ps = followsPrecs(ps, d, byEnd, j, start)
			break
		}
	}
	slices.SortFunc(ps, func(a, b prec) int {
		if a.before != b.before {
			return a.before - b.before
		}
		return a.after - b.after
	})
	return slices.CompactFunc(ps, func(a, b prec) bool { return a.before == b.before && a.after == b.after })
}

// maxFanout bounds the precedences one item of an article gets from its
// text, so that an article with thousands of items costs linear time.
const maxFanout = 16

// sentenceStart finds where the sentence holding offset i begins, looking
// back at most maxLookback bytes.
func sentenceStart(text string, i int) int {
	lo := max(0, i-maxLookback)
	for k := i - 1; k >= lo; k-- {
		switch text[k] {
		case '.', '!', '?', '\n':
			k++
			for k < i && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r') {
				k++
			}
			return k
		}
	}
	return lo
}

// hasFollowCue reports whether a sentence head such as "this proclamation
// follows " opens with an anaphor and holds a follow cue.
func hasFollowCue(head string) bool {
	ok := false
	for _, a := range anaphors {
		if strings.HasPrefix(head, a) {
			ok = true
			break
		}
	}
	if !ok {
		return false
	}
	for _, c := range followCues {
		if k := strings.Index(head, c); k >= 0 {
			end := k + len(c)
			if (k == 0 || head[k-1] == ' ') && (end == len(head) || head[end] == ' ') {
				return true
			}
		}
	}
	return false
}

// followsPrecs appends the precedences that put meeting j before the
// statements that end before offset start and share a speaker with the
// last of them; byEnd lists the statements by end. It looks back at most
// 4*maxFanout statements.
func followsPrecs(ps []prec, d *docData, byEnd []int, j, start int) []prec {
	k, _ := slices.BinarySearchFunc(byEnd, start+1, func(i, end int) int { return stmtEnd(&d.items[i]) - end })
	if k == 0 {
		return ps
	}
	// The last statement: the first (in item order) of those ending last.
	f := k - 1
	for f > 0 && f > k-1-4*maxFanout && stmtEnd(&d.items[byEnd[f-1]]) == stmtEnd(&d.items[byEnd[k-1]]) {
		f--
	}
	last := byEnd[f]
	for n := k - 1; n >= 0 && n >= k-4*maxFanout; n-- {
		i := byEnd[n]
		if shareSpeaker(d.items[i].stmt.Speakers, d.items[last].stmt.Speakers) {
			ps = append(ps, prec{j, i, "text"})
		}
	}
	return ps
}

func stmtEnd(s *item) int { return max(s.stmt.ContentSpan.End, s.stmt.CueSpan.End) }

func shareSpeaker(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

package extract

import (
	"fmt"
	"math/bits"
	"strings"
	"unicode"

	"github.com/parleyhq/parley/diplo"
	"github.com/parleyhq/parley/internal/text"
)

// entryKind is the class of an actor lexicon entry.
type entryKind uint8

const (
	eCountry entryKind = iota + 1 // a state's name ("Russia", "the U.S.")
	eAdj                          // a state's adjective or demonym ("Russian")
	eCapital                      // a capital ("Moscow"): a place, or a metonym when it acts
	eMetonym                      // a seat of government ("the Kremlin")
	ePlace                        // another place or a region
	eOrg                          // an organization, body or outlet
	eGroup                        // an unnamed collective ("analysts")
	eHead                         // a role noun before a name ("President")
	eMod                          // a role modifier ("deputy")
	eDomain                       // a role's field ("foreign")
	eHonor                        // a form of address ("Dr.")
	eRole                         // a role noun only used in apposition ("expert")
	eColl                         // a collective noun ("officials")
	ePre                          // a word before a collective ("senior")
	ePerson                       // a user-supplied person
	ePronoun                      // a pronoun
	eBody                         // a generic body of a state ("foreign ministry", "state media")
)

// lexEntry is one meaning of a lexicon phrase.
type lexEntry struct {
	kind    entryKind
	iso     string // country of the entry, if any
	org     int    // eOrg, eMetonym of an organization: index into actorLex.orgs; -1 otherwise
	person  int    // ePerson: index into actorLex.people
	name    string // normal name: the country, place, group or organization name
	gender  byte   // 'm', 'f' or 0
	acronym bool   // must be written in capitals ("US", "UN")
	capital bool   // must be capitalised in the text (places, organizations)
	n       int    // number of words
	leader  bool   // eHead: a head of state or government
	media   bool   // eBody: an outlet rather than an organization
}

// orgEntry is an organization, body or outlet.
type orgEntry struct {
	name    string
	kind    diplo.ActorKind
	country string
}

// personEntry is a user-supplied person.
type personEntry struct {
	name    string
	country string
	titles  []string
}

// lexNode is the value of one phrase key: its meanings, and whether some
// longer phrase starts with it.
type lexNode struct {
	entries []lexEntry
	prefix  bool
}

// actorLex holds the actor lexicons (countries, organizations, media,
// places, titles, groups, people), parsed once by New.
type actorLex struct {
	phrases       map[string]*lexNode // lower-cased words joined by one space
	maxWords      int
	countries     map[string]string // ISO -> normal name
	orgs          []orgEntry
	people        []personEntry
	places        map[string]placeEntry // lower-cased place name -> place
	placesCompact map[string]placeEntry // the same without spaces
	verbs         map[string]bool       // verb forms that follow a subject
	speech        map[string]bool       // verbs of saying and thinking
	nonnames      map[string]bool       // words that are never part of a person's name
	first         bloom                 // first words of the phrases

	// Hash-keyed indexes built once by index, so that the scan looks a
	// word up by its precomputed hash instead of hashing strings again.
	phr   hashTab[*lexNode] // phrases by seqHash of their words
	wf    hashTab[uint8]    // word flags (wNonname, wVerb, ...) by wordHash
	wfAny bloom             // the words with flags

	armies map[string]int // ISO -> the organization that is the state's armed forces
}

// hashTab is an open-addressing table keyed by 64-bit word hashes, built
// once: cheaper per lookup than a Go map with string keys.
type hashTab[V any] struct {
	slots []tabSlot[V]
	mask  uint64
}

// tabSlot is one key and its value, side by side for one cache line.
type tabSlot[V any] struct {
	k uint64
	v V
}

// build fills the table from m.
func (t *hashTab[V]) build(m map[uint64]V) {
	n := 16
	for n < 2*len(m)+1 {
		n *= 2
	}
	t.slots, t.mask = make([]tabSlot[V], n), uint64(n-1)
	for k, v := range m {
		k = tabKey(k)
		i := (k >> 7) & t.mask
		for t.slots[i].k != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = tabSlot[V]{k, v}
	}
}

// get returns the value stored under hash k.
func (t *hashTab[V]) get(k uint64) (V, bool) {
	var zero V
	if len(t.slots) == 0 {
		return zero, false
	}
	k = tabKey(k)
	for i := (k >> 7) & t.mask; ; i = (i + 1) & t.mask {
		switch t.slots[i].k {
		case k:
			return t.slots[i].v, true
		case 0:
			return zero, false
		}
	}
}

// tabKey keeps 0 free as the empty-slot marker.
func tabKey(k uint64) uint64 {
	if k == 0 {
		return 1
	}
	return k
}

// Word flags: closed classes a word belongs to, looked up once per word.
const (
	wNonname uint8 = 1 << iota
	wVerb
	wSpeech
	wParticle
	wFunction
	wDeterminer
	wFirst // the first word of a lexicon phrase
	wShape // a noun that may open a pattern found by shape (outlets, informants)
)

// wordHash is the 64-bit FNV-1a hash of a lower-cased word.
func wordHash(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	return h
}

// seqHash extends the hash of a word sequence by one word's hash.
func seqHash(prev, h uint64) uint64 {
	return bits.RotateLeft64(prev*0x9e3779b97f4a7c15, 23) ^ h
}

// index builds the hash-keyed indexes from the string-keyed lexicons.
func (l *actorLex) index() {
	phr := make(map[uint64]*lexNode, len(l.phrases))
	wf := map[uint64]uint8{}
	for k, nd := range l.phrases {
		ws := strings.Split(k, " ")
		h := wordHash(ws[0])
		for _, w := range ws[1:] {
			h = seqHash(h, wordHash(w))
		}
		phr[h] = nd
		wf[wordHash(ws[0])] |= wFirst
	}
	set := func(m map[string]bool, f uint8) {
		for w, ok := range m {
			if ok {
				wf[wordHash(w)] |= f
			}
		}
	}
	set(l.nonnames, wNonname)
	set(l.verbs, wVerb)
	set(l.speech, wSpeech)
	set(particles, wParticle)
	set(functionWords, wFunction)
	set(determiners, wDeterminer)
	set(outletNouns, wShape)
	set(familiarNouns, wShape)
	set(stateRun, wShape)
	for h := range wf {
		l.wfAny.addH(h)
	}
	l.phr.build(phr)
	l.wf.build(wf)
	l.armies = map[string]int{}
	for o, oe := range l.orgs {
		n := strings.ToLower(oe.name)
		if oe.country != "" && oe.kind == diplo.Organization && (strings.HasSuffix(n, "armed forces") || strings.HasSuffix(n, " army") || strings.HasSuffix(n, "defense forces") || strings.HasSuffix(n, "defence forces")) {
			if _, ok := l.armies[oe.country]; !ok {
				l.armies[oe.country] = o
			}
		}
	}
}

// placeEntry is a gazetteer entry.
type placeEntry struct{ name, iso string }

// commonWords are lower-case English words that are also spellings of
// lexicon entries; they match only when capitalised.
var commonWords = map[string]bool{
	"turkey": true, "chad": true, "china": true, "guinea": true, "jordan": true,
	"georgia": true, "niger": true, "polish": true, "dane": true, "finn": true,
	"swede": true, "lao": true, "fed": true, "quad": true, "congo": true,
	"america": false, "us": true, "mission": true, "greek": true, "french": true,
	"dutch": true, "english": true, "german": true, "spanish": true, "india": true,
	"senate": true, "congress": true, "treasury": true, "pentagon": true, "rada": true,
	"duma": true, "council": true,
}

// newActorLex parses the built-in actor lexicons and adds the user's
// entries from opts; bad user entries are errors naming the entry.
func newActorLex(opts Options) (*actorLex, error) {
	l := &actorLex{
		phrases:       map[string]*lexNode{},
		countries:     map[string]string{},
		places:        map[string]placeEntry{},
		placesCompact: map[string]placeEntry{},
		verbs:         map[string]bool{},
		speech:        map[string]bool{},
		nonnames:      map[string]bool{},
	}
	if err := l.load(); err != nil {
		return nil, err
	}
	if err := l.addUser(opts); err != nil {
		return nil, err
	}
	l.index()
	return l, nil
}

// splitList splits a ";" list field, dropping empty items.
func splitList(f string) []string {
	var out []string
	for _, s := range strings.Split(f, ";") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// field is fs[i], or "" when the line has fewer fields.
func field(fs []string, i int) string {
	if i < len(fs) {
		return fs[i]
	}
	return ""
}

// validISO reports whether iso looks like an ISO 3166 alpha-3 code.
func validISO(iso string) bool {
	if len(iso) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if iso[i] < 'A' || iso[i] > 'Z' {
			return false
		}
	}
	return true
}

// load parses the embedded lexicon files.
func (l *actorLex) load() error {
	err := readLexicon("countries.txt", func(fs []string) error {
		iso, name := field(fs, 0), field(fs, 1)
		if !validISO(iso) || name == "" {
			return fmt.Errorf("bad country entry %q", strings.Join(fs, " | "))
		}
		l.countries[iso] = name
		for _, n := range append([]string{name}, splitList(field(fs, 2))...) {
			l.add(n, lexEntry{kind: eCountry, iso: iso, name: name, org: -1})
			l.place(n, name, iso)
		}
		for _, n := range splitList(field(fs, 3)) {
			l.add(n, lexEntry{kind: eAdj, iso: iso, name: name, org: -1})
		}
		for _, n := range splitList(field(fs, 4)) {
			l.add(n, lexEntry{kind: eCapital, iso: iso, name: n, org: -1, capital: true})
			l.place(n, n, iso)
		}
		return nil
	})
	if err != nil {
		return err
	}
	orgIndex := map[string]int{}
	err = readLexicon("organizations.txt", func(fs []string) error {
		kind, name, iso := field(fs, 0), field(fs, 1), field(fs, 3)
		var k diplo.ActorKind
		switch kind {
		case "organization":
			k = diplo.Organization
		case "media":
			k = diplo.Media
		default:
			return fmt.Errorf("unknown organization kind %q", kind)
		}
		if name == "" || (iso != "" && !validISO(iso)) {
			return fmt.Errorf("bad organization entry %q", strings.Join(fs, " | "))
		}
		return l.addOrg(orgIndex, orgEntry{name: name, kind: k, country: iso}, splitList(field(fs, 2)))
	})
	if err != nil {
		return err
	}
	err = readLexicon("metonyms.txt", func(fs []string) error {
		n, ref := field(fs, 0), field(fs, 1)
		// seats of government are unambiguous in any case ("kremlin")
		e := lexEntry{kind: eMetonym, org: -1}
		switch {
		case strings.HasPrefix(ref, "org:"):
			i, ok := orgIndex[strings.ToLower(strings.TrimPrefix(ref, "org:"))]
			if !ok {
				return fmt.Errorf("metonym %q: unknown organization %q", n, ref)
			}
			e.org, e.name = i, l.orgs[i].name
		case validISO(ref):
			e.iso, e.name = ref, l.countries[ref]
		default:
			return fmt.Errorf("metonym %q: bad reference %q", n, ref)
		}
		l.add(n, e)
		return nil
	})
	if err != nil {
		return err
	}
	err = readLexicon("places.txt", func(fs []string) error {
		n, iso := field(fs, 0), field(fs, 1)
		if iso == "-" {
			iso = ""
		} else if !validISO(iso) {
			return fmt.Errorf("place %q: bad ISO code %q", n, iso)
		}
		l.add(n, lexEntry{kind: ePlace, iso: iso, name: n, org: -1, capital: true})
		l.place(n, n, iso)
		return nil
	})
	if err != nil {
		return err
	}
	err = readLexicon("groups.txt", func(fs []string) error {
		name := field(fs, 0)
		for _, n := range append([]string{name}, splitList(field(fs, 1))...) {
			l.add(n, lexEntry{kind: eGroup, name: name, org: -1})
		}
		return nil
	})
	if err != nil {
		return err
	}
	err = readLexicon("titles.txt", func(fs []string) error {
		kind, w, g := field(fs, 0), field(fs, 1), field(fs, 2)
		e := lexEntry{org: -1, name: w}
		switch kind {
		case "head":
			e.kind = eHead
		case "mod":
			e.kind = eMod
		case "domain":
			e.kind = eDomain
		case "honorific":
			e.kind = eHonor
		case "role":
			e.kind = eRole
		default:
			return fmt.Errorf("unknown title line kind %q", kind)
		}
		if c := field(fs, 4); c != "" {
			if !validISO(c) {
				return fmt.Errorf("title %q: bad ISO code %q", w, c)
			}
			e.iso = c
		}
		switch field(fs, 3) {
		case "leader":
			e.leader = true
		case "":
		default:
			return fmt.Errorf("bad title flag %q", field(fs, 3))
		}
		switch g {
		case "m", "f":
			e.gender = g[0]
		case "":
		default:
			return fmt.Errorf("bad gender %q", g)
		}
		l.add(w, e)
		return nil
	})
	if err != nil {
		return err
	}
	err = readLexicon("collectives.txt", func(fs []string) error {
		kind, w := field(fs, 0), field(fs, 1)
		switch kind {
		case "noun":
			l.add(w, lexEntry{kind: eColl, name: w, org: -1})
		case "pre":
			l.add(w, lexEntry{kind: ePre, name: w, org: -1})
		default:
			return fmt.Errorf("unknown collectives line kind %q", kind)
		}
		return nil
	})
	if err != nil {
		return err
	}
	err = readLexicon("bodies.txt", func(fs []string) error {
		kind, w := field(fs, 0), field(fs, 1)
		e := lexEntry{kind: eBody, name: w, org: -1}
		switch kind {
		case "organization":
		case "media":
			e.media = true
		default:
			return fmt.Errorf("unknown body kind %q", kind)
		}
		l.add(w, e)
		return nil
	})
	if err != nil {
		return err
	}
	err = readLexicon("pronouns.txt", func(fs []string) error {
		w, g, c := field(fs, 0), field(fs, 1), field(fs, 2)
		e := lexEntry{kind: ePronoun, name: c, org: -1}
		if g == "m" || g == "f" {
			e.gender = g[0]
		}
		l.add(w, e)
		return nil
	})
	if err != nil {
		return err
	}
	err = readLexicon("actorverbs.txt", func(fs []string) error {
		for _, f := range fs {
			if f != "" {
				l.verbs[strings.ToLower(f)] = true
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	err = readLexicon("speechverbs.txt", func(fs []string) error {
		for _, f := range fs {
			if f != "" {
				l.speech[strings.ToLower(f)] = true
				l.verbs[strings.ToLower(f)] = true
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	return readLexicon("nonnames.txt", func(fs []string) error {
		for _, f := range fs {
			if f != "" {
				l.nonnames[strings.ToLower(f)] = true
			}
		}
		return nil
	})
}

// addOrg adds organization o (merged with an entry of the same name) and
// its other names.
func (l *actorLex) addOrg(index map[string]int, o orgEntry, aliases []string) error {
	key := strings.ToLower(o.name)
	i, ok := index[key]
	if !ok {
		i = len(l.orgs)
		l.orgs = append(l.orgs, o)
		index[key] = i
	}
	for _, n := range append([]string{o.name}, aliases...) {
		// one-word names may be common words ("Fed", "Quad"): they need a
		// capital; longer names match in any case ("european union")
		l.add(n, lexEntry{kind: eOrg, org: i, iso: o.country, name: o.name, capital: contentWords(n) == 1})
	}
	return nil
}

// addUser adds Options.People, Titles and Organizations.
func (l *actorLex) addUser(opts Options) error {
	orgIndex := map[string]int{}
	for i, o := range l.orgs {
		orgIndex[strings.ToLower(o.name)] = i
	}
	for i, p := range opts.People {
		name := strings.TrimSpace(p.Name)
		if name == "" || len(wordsOf(name)) == 0 {
			return fmt.Errorf("extract: Options.People[%d]: empty name", i)
		}
		if p.Country != "" && !validISO(p.Country) {
			return fmt.Errorf("extract: Options.People[%d] (%s): country %q is not an ISO 3166-1 alpha-3 code", i, name, p.Country)
		}
		pi := len(l.people)
		l.people = append(l.people, personEntry{name: name, country: p.Country, titles: p.Titles})
		for _, n := range append([]string{name}, p.Aliases...) {
			if strings.TrimSpace(n) == "" {
				continue
			}
			l.add(n, lexEntry{kind: ePerson, person: pi, name: name, org: -1, iso: p.Country})
		}
		for _, t := range p.Titles {
			if strings.TrimSpace(t) != "" {
				l.add(t, lexEntry{kind: eHead, name: t, org: -1})
			}
		}
	}
	for i, t := range opts.Titles {
		if strings.TrimSpace(t) == "" || len(wordsOf(t)) == 0 {
			return fmt.Errorf("extract: Options.Titles[%d]: empty title", i)
		}
		l.add(t, lexEntry{kind: eHead, name: t, org: -1})
	}
	for i, o := range opts.Organizations {
		name := strings.TrimSpace(o.Name)
		if name == "" || len(wordsOf(name)) == 0 {
			return fmt.Errorf("extract: Options.Organizations[%d]: empty name", i)
		}
		if o.Kind != diplo.Organization && o.Kind != diplo.Media {
			return fmt.Errorf("extract: Options.Organizations[%d] (%s): kind must be organization or media, not %v", i, name, o.Kind)
		}
		if o.Country != "" && !validISO(o.Country) {
			return fmt.Errorf("extract: Options.Organizations[%d] (%s): country %q is not an ISO 3166-1 alpha-3 code", i, name, o.Country)
		}
		if err := l.addOrg(orgIndex, orgEntry{name: name, kind: o.Kind, country: o.Country}, o.Aliases); err != nil {
			return err
		}
	}
	return nil
}

// place records a gazetteer entry (the first one for a name wins).
func (l *actorLex) place(n, name, iso string) {
	k := strings.Join(wordsOf(n), " ")
	k = strings.TrimPrefix(k, "the ")
	if _, ok := l.places[k]; !ok {
		l.places[k] = placeEntry{name: name, iso: iso}
	}
	if _, ok := l.placesCompact[compact(k)]; !ok {
		l.placesCompact[compact(k)] = placeEntry{name: name, iso: iso}
	}
}

// add adds phrase n with meaning e.
func (l *actorLex) add(n string, e lexEntry) {
	ws := wordsOf(n)
	if len(ws) == 0 {
		return
	}
	if isAcronym(n) {
		e.acronym = true
	}
	if len(ws) == 1 && commonWords[ws[0]] {
		e.capital = true
	}
	e.n = len(ws)
	if e.n > l.maxWords {
		l.maxWords = e.n
	}
	l.first.add(ws[0])
	for i := 1; i < len(ws); i++ {
		k := strings.Join(ws[:i], " ")
		nd := l.phrases[k]
		if nd == nil {
			nd = &lexNode{}
			l.phrases[k] = nd
		}
		nd.prefix = true
	}
	k := strings.Join(ws, " ")
	nd := l.phrases[k]
	if nd == nil {
		nd = &lexNode{}
		l.phrases[k] = nd
	}
	for _, x := range nd.entries {
		if x.kind == e.kind && x.iso == e.iso && x.org == e.org && x.name == e.name && x.person == e.person {
			return
		}
	}
	nd.entries = append(nd.entries, e)
}

// contentWords is the number of words of a lexicon phrase after a leading
// "the".
func contentWords(n string) int {
	ws := wordsOf(n)
	if len(ws) > 0 && ws[0] == "the" {
		return len(ws) - 1
	}
	return len(ws)
}

// isAcronym reports whether a lexicon form is an acronym written in
// capitals without dots ("US", "NATO", "G7"): such forms match only text
// written in capitals.
func isAcronym(n string) bool {
	letters := 0
	for _, r := range n {
		switch {
		case unicode.IsLower(r):
			return false
		case r == '.':
			return false
		case unicode.IsUpper(r):
			letters++
		}
	}
	return letters >= 2
}

// wordsOf splits a lexicon phrase into the lower-cased words the text layer
// would make of it.
func wordsOf(n string) []string {
	d := text.Analyze(n)
	ws := viewWords(d)
	out := make([]string, 0, len(ws))
	for _, w := range ws {
		out = append(out, w.lowIn(d))
	}
	return out
}

// word is one token of the actor layer's view of the text: the text
// layer's tokens, with a possessive "'s" always a word of its own.
type word struct {
	start, end int
	h          uint64 // wordHash of the lower-cased text
	cls        text.Class
	poss       bool  // the possessive "'s"
	f          uint8 // word flags (wNonname, ...), set by the scan's layout
}

// lowIn is the word's lower-cased text in d: the text layer's lower case,
// or "'s" for a possessive.
func (w *word) lowIn(d *text.Doc) string {
	if w.poss {
		return "'s"
	}
	return d.Low[w.start:w.end]
}

// has reports whether the word has one of the flags f.
func (w *word) has(f uint8) bool { return w.f&f != 0 }

// is reports whether the word has all classes in c.
func (w *word) is(c text.Class) bool { return w.cls&c == c }

// capd reports whether the word starts with an upper-case letter.
func (w *word) capd() bool { return w.cls&text.Cap != 0 }

// viewWords builds the word view of d.
func viewWords(d *text.Doc) []word { return appendWords(nil, d) }

// appendWords appends the word view of d to ws[:0].
func appendWords(ws []word, d *text.Doc) []word {
	if want := len(d.Toks) + len(d.Toks)/8 + 8; cap(ws) < want {
		ws = make([]word, 0, want)
	}
	ws = ws[:0]
	for i := range d.Toks {
		t := d.Toks[i]
		low := d.Low[t.Start:t.End]
		if t.Is(text.Possessive) || low == "'s" {
			ws = append(ws, word{start: t.Start, end: t.End, h: possHash, cls: text.Punct, poss: true})
			continue
		}
		if t.Is(text.Word) && len(low) > 2 && strings.HasSuffix(low, "'s") {
			ws = append(ws, word{start: t.Start, end: t.End - 2, h: wordHash(lowerWord(d, t.Start, t.End-2)), cls: t.Class})
			ws = append(ws, word{start: t.End - 2, end: t.End, h: possHash, cls: text.Punct, poss: true})
			continue
		}
		// "'" + "s" as two tokens
		if low == "s" && len(ws) > 0 && ws[len(ws)-1].lowIn(d) == "'" && ws[len(ws)-1].end == t.Start && len(ws) > 1 && ws[len(ws)-2].end == ws[len(ws)-1].start {
			ws[len(ws)-1] = word{start: ws[len(ws)-1].start, end: t.End, h: possHash, cls: text.Punct, poss: true}
			continue
		}
		ws = append(ws, word{start: t.Start, end: t.End, h: wordHash(low), cls: t.Class})
	}
	return ws
}

// possHash is the hash of the possessive word "'s".
var possHash = wordHash("'s")

// lowerWord is the lower-cased text of [s, e): the text layer's lower
// case (ASCII and same-length letters), which is also what the lexicon
// keys are made of.
func lowerWord(d *text.Doc, s, e int) string { return d.Low[s:e] }

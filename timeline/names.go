package timeline

import (
	"cmp"
	"slices"
	"strings"

	"github.com/parleyhq/parley/diplo"
)

// fold splits s into lower-case, accent-free tokens of letters and digits
// ("Zelenskyy's" gives "zelenskyy", "s").
func fold(s string) []string { return foldAppend(nil, s) }

// foldAppend appends the tokens of fold(s) to dst. ASCII text, the common
// case, is split in place without normalizing.
func foldAppend(dst []string, s string) []string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			if sl := diplo.Slug(s); sl != "" {
				dst = append(dst, strings.Split(sl, "-")...)
			}
			return dst
		}
	}
	s = strings.ToLower(s)
	start := -1
	for i := 0; i <= len(s); i++ {
		alnum := i < len(s) && ('a' <= s[i] && s[i] <= 'z' || '0' <= s[i] && s[i] <= '9')
		switch {
		case alnum && start < 0:
			start = i
		case !alnum && start >= 0:
			dst = append(dst, s[start:i])
			start = -1
		}
	}
	return dst
}

// honorifics and name suffixes that are not part of a person's name.
var nameNoise = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "sir": true, "prof": true,
	"jr": true, "sr": true, "ii": true, "iii": true, "iv": true,
}

// skeleton folds one name token to a key shared by its usual
// transliterations: Zelensky, Zelenskyy and Zelenskiy all give "zelensky";
// Dmitri and Dmitriy give "dmitry"; Sergei gives "sergey".
func skeleton(tok string) string {
	b := make([]byte, 0, len(tok))
	for i := 0; i < len(tok); i++ {
		c := lower(tok[i])
		switch c {
		case 'w':
			c = 'v'
		case 'j':
			c = 'y'
		}
		if c == 'h' && len(b) > 0 && b[len(b)-1] == 'k' { // kh -> h
			b[len(b)-1] = 'h'
			continue
		}
		if c == 's' && len(b) > 0 && b[len(b)-1] == 'k' { // ks -> x
			b[len(b)-1] = 'x'
			continue
		}
		if len(b) > 0 && b[len(b)-1] == c { // doubled letters
			continue
		}
		b = append(b, c)
	}
	if len(b) > 2 && b[0] == 'y' && b[1] == 'e' { // Yevgeny -> Evgeny
		b = b[1:]
	}
	n := len(b)
	switch {
	case n > 3 && b[n-2] == 'i' && b[n-1] == 'y': // -iy, -ij
		b = append(b[:n-2], 'y')
	case n > 3 && b[n-1] == 'i': // -i
		b[n-1] = 'y'
	}
	n = len(b)
	if n > 1 && b[n-1] == b[n-2] {
		b = b[:n-1]
	}
	return string(b)
}

// person is how a person's name is compared: the skeletons of the given
// name (empty when only a surname is known) and of the surname.
type person struct {
	given, surname string
}

// nameNoiseIDs are the hashes of nameNoise.
var nameNoiseIDs = func() map[uint64]struct{} {
	m := make(map[uint64]struct{}, len(nameNoise))
	for w := range nameNoise {
		m[wordID(w)] = struct{}{}
	}
	return m
}()

// personName splits a name into given name and surname skeletons;
// honorifics and suffixes are dropped. ok is false for an empty name.
func personName(name string) (p person, ok bool) {
	var first, last [2]int
	n := 0
	for w := newWordIter(name); ; {
		id, start, end, more := w.next()
		if !more {
			name = w.s
			break
		}
		if _, noise := nameNoiseIDs[id]; noise {
			continue
		}
		if n == 0 {
			first = [2]int{start, end}
		}
		last = [2]int{start, end}
		n++
	}
	switch n {
	case 0:
		return person{}, false
	case 1:
		return person{surname: skeleton(name[first[0]:first[1]])}, true
	}
	return person{given: skeleton(name[first[0]:first[1]]), surname: skeleton(name[last[0]:last[1]])}, true
}

// givenCompatible reports whether two given-name skeletons can name the
// same person: equal, one missing, or one an initial of the other.
func givenCompatible(a, b string) bool {
	if a == "" || b == "" || a == b {
		return true
	}
	if len(a) == 1 || len(b) == 1 {
		return a[0] == b[0]
	}
	return false
}

// actorKey is how an actor of one report is compared with actors of
// other reports without knowing the rest of the set: people by name
// skeleton, everything else by ID.
type actorKey struct {
	id     string // the actor ID in its own report (non-people: the match key)
	kind   diplo.ActorKind
	person person
	// Hashes of id, person.surname and person.given (see withHashes), so
	// that compatible reads no string data.
	idH, surH, givH uint64
}

// withHashes fills k's hashes.
func (k actorKey) withHashes() actorKey {
	k.idH = hashInit.str(k.id).sum()
	k.surH = hashInit.str(k.person.surname).sum()
	k.givH = hashInit.str(k.person.given).sum()
	return k
}

// compatible reports whether two actor keys (with hashes) can name the
// same actor.
func (a actorKey) compatible(b actorKey) bool {
	if a.kind != b.kind {
		return false
	}
	if a.idH == b.idH {
		return true
	}
	if a.kind != diplo.Person {
		return false
	}
	if a.person.surname == "" || a.surH != b.surH {
		return false
	}
	ga, gb := a.person.given, b.person.given
	if ga == "" || gb == "" || a.givH == b.givH {
		return true
	}
	if len(ga) == 1 || len(gb) == 1 {
		return ga[0] == gb[0]
	}
	return false
}

// indexKey is the part of the key an index can bucket on.
func (a actorKey) indexKey() string {
	if a.kind == diplo.Person && a.person.surname != "" {
		return "p:" + a.person.surname
	}
	return a.id
}

// indexHash adds the index key of a to h without building it.
func (a actorKey) indexHash(h hash64) hash64 {
	if a.kind == diplo.Person && a.person.surname != "" {
		return h.byte('p').str(a.person.surname)
	}
	return h.byte('i').str(a.id)
}

// cmpActorKey orders actor keys by their index keys.
func cmpActorKey(a, b actorKey) int {
	pa := a.kind == diplo.Person && a.person.surname != ""
	pb := b.kind == diplo.Person && b.person.surname != ""
	switch {
	case pa && pb:
		return cmp.Or(strings.Compare(a.person.surname, b.person.surname), strings.Compare(a.id, b.id))
	case pa != pb:
		if pa {
			return -1
		}
		return 1
	}
	return strings.Compare(a.id, b.id)
}

// editDistanceAtMostOne reports whether a and b differ by at most one
// inserted, deleted or substituted byte.
func editDistanceAtMostOne(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+min(1, len(a)-i):] == b[i+min(1, len(b)-i):]
	}
	return a[i:] == b[i+1:]
}

// stopwords are the function words, generic news words, time words and the
// generic vocabulary of diplomacy ("talks", "high-level") left out when two
// texts are compared by their words: what is left is what tells one
// meeting or remark from another.
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the and or but nor of to in on at by for with from into onto
	over under about as than then that this these those there here it its it's is are was were be been
	being has have had do does did will would shall should can could may might must not no so such
	which who whom whose what when where why how all any both each few more most other some own same
	very just also only s t he she they them their his her we our you your i me my us
	said says say saying told tell according stated statement added noted
	between among amid amidst after before during within while again once further
	new upcoming next last week weeks month months year years day days two three one
	early late mid january february march april may june july august september october november december
	monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
	talks talk dialogue dialogues dialog dialogs discussion discussions discuss negotiation negotiations
	negotiating meeting meetings meet met conversation conversations consultation consultations summit
	summits contact contacts round rounds session sessions diplomatic diplomacy high level officials
	official constructive comprehensive critical crucial potential possible further future bilateral
	multilateral important significant key hold held take taking place`) {
		m[w] = true
	}
	return m
}()

// hash64 is an FNV-1a hash being built. Words and index keys are
// compared by their 64-bit hashes: a fixed function of the text, so the
// result stays a pure function of the reports, with no allocation and no
// pointer for the garbage collector to follow.
type hash64 uint64

const hashInit hash64 = 14695981039346656037

func (h hash64) byte(c byte) hash64 { return (h ^ hash64(c)) * 1099511628211 }

// str hashes s and a terminator, so that parts cannot run together.
func (h hash64) str(s string) hash64 {
	for i := 0; i < len(s); i++ {
		h = h.byte(s[i])
	}
	return h.byte(0xff)
}

// u64 hashes x.
func (h hash64) u64(x uint64) hash64 {
	for i := 0; i < 64; i += 8 {
		h = h.byte(byte(x >> i))
	}
	return h
}

// sum finishes the hash with a bit mixer (splitmix64), so that every bit
// of the result depends on every input byte.
func (h hash64) sum() uint64 {
	x := uint64(h)
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// wordID is the hash of one folded word.
func wordID(w string) uint64 {
	h := hashInit
	for i := 0; i < len(w); i++ {
		h = h.byte(w[i])
	}
	return h.sum()
}

// wordIter walks the tokens of fold(s) without building them: ASCII text
// is folded in place, other text goes through diplo.Slug first.
type wordIter struct {
	s    string
	i    int
	slug bool
}

func newWordIter(s string) wordIter {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return wordIter{s: diplo.Slug(s), slug: true}
		}
	}
	return wordIter{s: s}
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func (w *wordIter) sep(c byte) bool {
	if w.slug {
		return c == '-'
	}
	c = lower(c)
	return !('a' <= c && c <= 'z' || '0' <= c && c <= '9')
}

// next returns the hash of the next token and where it lies in w.s (not
// yet lower-cased); ok is false at the end.
func (w *wordIter) next() (id uint64, start, end int, ok bool) {
	for w.i < len(w.s) && w.sep(w.s[w.i]) {
		w.i++
	}
	if w.i >= len(w.s) {
		return 0, 0, 0, false
	}
	start = w.i
	h := hashInit
	for w.i < len(w.s) && !w.sep(w.s[w.i]) {
		h = h.byte(lower(w.s[w.i]))
		w.i++
	}
	return h.sum(), start, w.i, true
}

// wordCount is len(fold(s)).
func wordCount(s string) int {
	n := 0
	for w := newWordIter(s); ; n++ {
		if _, _, _, ok := w.next(); !ok {
			return n
		}
	}
}

// stopwordIDs are the hashes of the stopwords.
var stopwordIDs = func() map[uint64]struct{} {
	m := make(map[uint64]struct{}, len(stopwords))
	for w := range stopwords {
		m[wordID(w)] = struct{}{}
	}
	return m
}()

// nameWordIDs appends the hashes of the tokens of s to dst.
func nameWordIDs(dst []uint64, s string) []uint64 {
	for w := newWordIter(s); ; {
		id, _, _, ok := w.next()
		if !ok {
			return dst
		}
		dst = append(dst, id)
	}
}

// contentWords appends to dst the hashes of the folded words of s that
// are not stopwords, not single letters, not numbers and not in skip
// (sorted).
func contentWords(dst []uint64, s string, skip []uint64) []uint64 {
	for w := newWordIter(s); ; {
		id, start, end, ok := w.next()
		if !ok {
			return dst
		}
		if end-start < 2 || '0' <= w.s[start] && w.s[start] <= '9' {
			continue
		}
		if _, stop := stopwordIDs[id]; stop {
			continue
		}
		if _, ok := slices.BinarySearch(skip, id); ok {
			continue
		}
		dst = append(dst, id)
	}
}

// uniqSorted sorts ws and removes duplicates in place.
func uniqSorted[T cmp.Ordered](ws []T) []T {
	if len(ws) < 2 {
		return ws
	}
	slices.Sort(ws)
	return slices.Compact(ws)
}

// overlap counts the words two sorted word lists share.
func overlap(a, b []uint64) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}

package timeline

import (
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
		c := tok[i]
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

// personName splits a name into given name and surname skeletons;
// honorifics and suffixes are dropped. ok is false for an empty name.
func personName(name string) (p person, ok bool) {
	toks := fold(name)
	kept := toks[:0]
	for _, t := range toks {
		if !nameNoise[t] {
			kept = append(kept, t)
		}
	}
	switch len(kept) {
	case 0:
		return person{}, false
	case 1:
		return person{surname: skeleton(kept[0])}, true
	}
	return person{given: skeleton(kept[0]), surname: skeleton(kept[len(kept)-1])}, true
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
}

// compatible reports whether two actor keys can name the same actor.
func (a actorKey) compatible(b actorKey) bool {
	if a.kind != b.kind {
		return false
	}
	if a.kind != diplo.Person {
		return a.id == b.id
	}
	if a.id == b.id {
		return true
	}
	return a.person.surname != "" && a.person.surname == b.person.surname &&
		givenCompatible(a.person.given, b.person.given)
}

// indexKey is the part of the key an index can bucket on.
func (a actorKey) indexKey() string {
	if a.kind == diplo.Person && a.person.surname != "" {
		return "p:" + a.person.surname
	}
	return a.id
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

// contentWords appends to dst the folded words of s that are not
// stopwords, not single letters and not in skip.
func contentWords(dst []string, s string, skip map[string]bool) []string {
	n := len(dst)
	dst = foldAppend(dst, s)
	out := dst[:n]
	for _, w := range dst[n:] {
		if len(w) < 2 || stopwords[w] || skip[w] || w[0] >= '0' && w[0] <= '9' {
			continue
		}
		out = append(out, w)
	}
	return out
}

// uniqSorted sorts ws and removes duplicates in place.
func uniqSorted(ws []string) []string {
	if len(ws) < 2 {
		return ws
	}
	slices.Sort(ws)
	out := ws[:1]
	for _, w := range ws[1:] {
		if w != out[len(out)-1] {
			out = append(out, w)
		}
	}
	return out
}

// overlap counts the words two sorted word lists share.
func overlap(a, b []string) int {
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

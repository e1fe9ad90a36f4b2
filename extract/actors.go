package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/parleyhq/parley/diplo"
)

// actorRec is an actor under construction.
type actorRec struct {
	name    string
	kind    diplo.ActorKind
	country string
	titles  []string
	aliases []string

	key     string   // identity within the article: "c:RUS", "p:dmitry peskov", "o:european union"
	gender  byte     // 'm', 'f' or 0 (persons)
	leader  bool     // a person with a head-of-state or -government title
	generic bool     // a generic body or outlet ("Russian state media"): reported only when used
	strong  int      // mentions that act: subjects of verbs, possessors, labels, collectives
	medium  int      // mentions as a party (after with, between, by ...)
	first   int      // Norm offset of the first mention; -1 when none
	heads   []string // lower-cased title heads ("president", "spokesperson")
	extra   []string // aliases that are not mention texts ("President Putin", "Dr. Ivanova")
	merged  int      // index of the actor this one was merged into; -1 when none
	tsent   int      // sentence where the person is first given an office; -1 when none
	dressed bool     // has a title with more than one bare word ("Deputy Foreign Minister")
	office  bool     // has a title that is an office, not a role noun ("expert")
	inOrg   bool     // has a title in a named organization ("IAEA Director General")
	guess   bool     // an organization found by shape: its state comes from context
	short   string   // a body's name without its state's possessive ("Ministry of Commerce")
}

// publicActors turns the actor records into the Report's actors: those
// other stages used, and those that act in the text. Places that only
// locate something, adjectives and passing mentions are left out.
func (a *article) publicActors() []diplo.Actor {
	type kept struct {
		i     int
		first int
	}
	var ks []kept
	for i := range a.actors {
		if a.keepActor(i) {
			ks = append(ks, kept{i, a.actors[i].first})
		}
	}
	sort.SliceStable(ks, func(x, y int) bool {
		fx, fy := ks[x].first, ks[y].first
		if (fx < 0) != (fy < 0) {
			return fy < 0
		}
		return fx < fy
	})
	ms := make([][]diplo.Mention, len(a.actors))
	for _, m := range a.mentions {
		if m.actor >= 0 && m.actor < len(ms) {
			ms[m.actor] = append(ms[m.actor], diplo.Mention{Span: a.span(m.start, m.end), Kind: m.kind})
		}
	}
	out := make([]diplo.Actor, 0, len(ks))
	byID := map[string]int{}
	for _, k := range ks {
		r := a.actors[k.i]
		id := diplo.ActorID(r.kind, r.name, r.country)
		if j, ok := byID[id]; ok {
			o := &out[j]
			o.Titles = mergeStrings(o.Titles, r.titles)
			o.Aliases = mergeStrings(o.Aliases, append([]string{r.name}, r.aliases...))
			o.Aliases = slices.DeleteFunc(o.Aliases, func(s string) bool { return s == o.Name })
			o.Mentions = append(o.Mentions, ms[k.i]...)
			slices.SortStableFunc(o.Mentions, func(x, y diplo.Mention) int { return x.Span.Start - y.Span.Start })
			continue
		}
		byID[id] = len(out)
		out = append(out, diplo.Actor{
			ID: id, Name: r.name, Kind: r.kind, Country: r.country,
			Titles: slices.Clone(r.titles), Aliases: slices.Clone(r.aliases), Mentions: ms[k.i],
		})
	}
	return out
}

// keepActor is the reporting policy: an actor is reported when another
// stage used it, or when the text shows it acting (a person with a title
// or a verb; a state or organization that is a subject, a possessor, a
// speaker, or named more than once as a party).
func (a *article) keepActor(i int) bool {
	r := &a.actors[i]
	if r.merged >= 0 || r.name == "" {
		return false
	}
	if a.used[i] {
		return true
	}
	if r.first < 0 {
		return false
	}
	switch r.kind {
	case diplo.Person:
		return true
	case diplo.Media:
		return !r.generic
	case diplo.Group:
		return r.strong > 0
	case diplo.Country:
		if r.strong > 0 || r.medium >= 2 {
			return true
		}
		if r.medium == 1 {
			for j := range a.actors {
				p := &a.actors[j]
				if p.kind == diplo.Person && p.leader && p.country == r.country && p.merged < 0 {
					return true
				}
			}
		}
		return false
	default:
		if r.generic {
			return false
		}
		return r.strong > 0 || r.medium >= 2
	}
}

// mergeStrings appends the strings of add not yet in dst (case-sensitive).
func mergeStrings(dst, add []string) []string {
	for _, s := range add {
		if len(dst) >= maxAliases {
			break
		}
		if s != "" && !slices.Contains(dst, s) {
			dst = append(dst, s)
		}
	}
	return dst
}

// The contract other stages rely on.

// place looks up a place name (country, capital, city, region; lower-cased,
// normalized text) and returns its normal name and the ISO alpha-3 code of
// its country ("" for regions).
func (e *Extractor) place(lower string) (name, iso string, ok bool) {
	if e == nil || e.act == nil {
		return "", "", false
	}
	k := strings.TrimSpace(lower)
	if len(k) > 100 {
		return "", "", false
	}
	if hasUpper(k) {
		k = strings.ToLower(k)
	}
	k = strings.TrimPrefix(k, "the ")
	if p, ok := e.act.places[k]; ok {
		return p.name, p.iso, true
	}
	if p, ok := e.act.placesCompact[compact(k)]; ok {
		return p.name, p.iso, true
	}
	return "", "", false
}

// countryActor returns the index of the country actor with the ISO code,
// adding it to a.actors when the article has none yet.
func (e *Extractor) countryActor(a *article, iso string) int {
	for i := range a.actors {
		r := &a.actors[i]
		if r.kind == diplo.Country && r.country == iso {
			for r.merged >= 0 {
				i = r.merged
				r = &a.actors[i]
			}
			return i
		}
	}
	name := iso
	if e != nil && e.act != nil {
		if n, ok := e.act.countries[iso]; ok {
			name = n
		}
	}
	a.actors = append(a.actors, actorRec{name: name, kind: diplo.Country, country: iso, key: "c:" + iso, first: -1, merged: -1, tsent: -1})
	return len(a.actors) - 1
}

// mentionsIn returns the indices (into a.mentions) of the mentions that lie
// inside [start, end), in text order. a.mentions is sorted by start and
// its mentions do not overlap, so this is a binary search.
func (a *article) mentionsIn(start, end int) []int {
	i := sort.Search(len(a.mentions), func(i int) bool { return a.mentions[i].start >= start })
	var out []int
	for ; i < len(a.mentions) && a.mentions[i].start < end; i++ {
		if a.mentions[i].end <= end {
			out = append(out, i)
		}
	}
	return out
}

// compact removes the spaces of a place name, so that "washington, d.c."
// and the lexicon's "washington , d.c." meet.
func compact(s string) string {
	if !strings.ContainsRune(s, ' ') {
		return s
	}
	return strings.ReplaceAll(s, " ", "")
}

// hasUpper reports whether s may have upper-case letters (ASCII capitals
// or any non-ASCII byte).
func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return true
		}
	}
	return false
}

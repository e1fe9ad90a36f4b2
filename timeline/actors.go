package timeline

import (
	"cmp"
	"maps"
	"slices"
	"strings"

	"github.com/parleyhq/parley/diplo"
)

// actorTable unifies the actors of all reports of a Set.
type actorTable struct {
	actors []diplo.Actor // unified, sorted by ID
	ids    []string      // the unified ID of each actor record, in input order
}

// unifyActors groups the actors of all reports and picks one ID per group.
// The grouping depends only on the set of actors:
//
//   - the same ID is the same actor (countries are "country:RUS" in every
//     report, whatever the article called them);
//   - people with the same given name and surname once folded and
//     transliterated (Zelensky, Zelenskyy, Zelenskiy), with surnames one
//     letter apart (five letters or more), or with an initial for the
//     given name that only one of them fits;
//   - a surname alone ("Peskov") joins the one full name with that surname,
//     and stays apart when there are several;
//   - other actors of one kind sharing a folded name or alias.
//
// The group's ID and Name are those of its fullest name (most words, then
// most letters, then most reports, then the first ID and name).
func unifyActors(all []*actorRec) actorTable {
	// Identical records without titles or aliases (one country in every
	// report) are unified once, with a weight: the result is the same.
	type plain struct {
		id, name, country string
		kind              diplo.ActorKind
	}
	seen := make(map[plain]int32)
	recs := make([]*actorRec, 0, len(all))
	var weight []int32
	of := make([]int32, len(all))
	for i, r := range all {
		if len(r.Titles) == 0 && len(r.Aliases) == 0 {
			k := plain{r.ID, r.Name, r.Country, r.Kind}
			if j, ok := seen[k]; ok {
				of[i] = j
				weight[j]++
				continue
			}
			seen[k] = int32(len(recs))
		}
		of[i] = int32(len(recs))
		recs = append(recs, r)
		weight = append(weight, 1)
	}
	t := unifyDistinct(recs, weight)
	ids := make([]string, len(all))
	for i, j := range of {
		ids[i] = t.ids[j]
	}
	t.ids = ids
	return t
}

// unifyDistinct is unifyActors on records of which record i stands for
// weight[i] reports.
func unifyDistinct(recs []*actorRec, weight []int32) actorTable {
	uf := newUF(len(recs))
	type joinKey struct {
		tag  byte
		kind diplo.ActorKind
		s    string
	}
	first := make(map[joinKey]int, len(recs))
	join := func(k joinKey, i int) {
		if j, ok := first[k]; ok {
			uf.union(i, j)
		} else {
			first[k] = i
		}
	}
	// Full person names by surname, for surname-only and initials.
	full := map[string]map[string]int{} // surname -> given -> a rec
	for i, r := range recs {
		join(joinKey{'i', 0, r.ID}, i)
		if r.Kind == diplo.Person {
			p := r.key.person
			if p.given != "" && len(p.given) > 1 {
				join(joinKey{'p', 0, p.given + " " + p.surname}, i)
				if full[p.surname] == nil {
					full[p.surname] = map[string]int{}
				}
				if _, ok := full[p.surname][p.given]; !ok {
					full[p.surname][p.given] = i
				}
			}
			continue
		}
		if r.Kind == diplo.Country && r.Country != "" {
			continue // the ID says it all
		}
		join(joinKey{'n', r.Kind, diplo.Slug(r.Name)}, i)
		for _, a := range r.Aliases {
			if s := diplo.Slug(a); len(s) > 1 {
				join(joinKey{'n', r.Kind, s}, i)
			}
		}
	}
	// Surnames one letter apart, same given name: compare within buckets of
	// given name and surname prefix.
	buckets := map[string][]string{}
	for sur, givens := range full {
		if len(sur) < 5 {
			continue
		}
		for g := range givens {
			k := g + "\x00" + sur[:3]
			buckets[k] = append(buckets[k], sur)
		}
	}
	for _, k := range slices.Sorted(maps.Keys(buckets)) {
		surs := buckets[k]
		slices.Sort(surs)
		g, _, _ := strings.Cut(k, "\x00")
		for x := 0; x < len(surs); x++ {
			for y := x + 1; y < len(surs) && y < x+32; y++ {
				if editDistanceAtMostOne(surs[x], surs[y]) {
					uf.union(full[surs[x]][g], full[surs[y]][g])
				}
			}
		}
	}
	// Surname only, or initial + surname: join when unambiguous.
	for i, r := range recs {
		if r.Kind != diplo.Person {
			continue
		}
		p := r.key.person
		if p.surname == "" || len(p.given) > 1 {
			continue
		}
		match := -1
		groups := map[int]bool{}
		for g, j := range full[p.surname] {
			if givenCompatible(p.given, g) {
				groups[uf.find(j)] = true
				match = j
			}
		}
		if len(groups) == 1 {
			uf.union(i, match)
		}
	}

	// Build the unified actors.
	// Group the records by root with a counting sort.
	count := make([]int32, len(recs)+1)
	for i := range recs {
		count[uf.find(i)+1]++
	}
	for i := 1; i < len(count); i++ {
		count[i] += count[i-1]
	}
	start := slices.Clone(count)
	grouped := make([]int, len(recs))
	for i := range recs {
		r := uf.find(i)
		grouped[count[r]] = i
		count[r]++
	}
	t := actorTable{ids: make([]string, len(recs))}
	for r := range recs {
		if g := grouped[start[r]:start[r+1]]; len(g) > 0 {
			t.actors = append(t.actors, mergeActors(recs, weight, g, t.ids))
		}
	}
	slices.SortFunc(t.actors, func(a, b diplo.Actor) int { return strings.Compare(a.ID, b.ID) })
	return t
}

// mergeActors merges one group of actor records (weighted as in
// unifyDistinct) and records the unified ID of each in ids.
func mergeActors(recs []*actorRec, weight []int32, group []int, ids []string) diplo.Actor {
	if r := recs[group[0]]; len(group) == 1 && weight[group[0]] == 1 && len(r.Titles) == 0 && len(r.Aliases) == 0 {
		ids[group[0]] = r.ID
		return r.Actor
	}
	nameCount := map[string]int{}
	for _, i := range group {
		nameCount[recs[i].Name] += int(weight[i])
	}
	best := group[0]
	for _, i := range group[1:] {
		a, b := recs[i], recs[best]
		wa, wb := wordCount(a.Name), wordCount(b.Name)
		la, lb := len(a.Name), len(b.Name)
		ca, cb := nameCount[a.Name], nameCount[b.Name]
		if cmp.Or(wa-wb, la-lb, ca-cb, strings.Compare(b.ID, a.ID), strings.Compare(b.Name, a.Name), strings.Compare(b.doc, a.doc)) > 0 {
			best = i
		}
	}
	out := diplo.Actor{ID: recs[best].ID, Name: recs[best].Name, Kind: recs[best].Kind}
	countries := map[string]int{}
	titles := map[string]string{}
	aliases := map[string]string{}
	for _, i := range group {
		r := recs[i]
		ids[i] = out.ID
		if r.Country != "" {
			countries[r.Country] += int(weight[i])
		}
		for _, ti := range r.Titles {
			k := strings.ToLower(ti)
			if old, ok := titles[k]; !ok || ti < old {
				titles[k] = ti
			}
		}
		for _, al := range append([]string{r.Name}, r.Aliases...) {
			if al == "" || al == out.Name {
				continue
			}
			if old, ok := aliases[al]; !ok || al < old {
				aliases[al] = al
			}
		}
	}
	for c, n := range countries {
		if n > countries[out.Country] || n == countries[out.Country] && (out.Country == "" || c < out.Country) {
			out.Country = c
		}
	}
	out.Titles = slices.Sorted(maps.Values(titles))
	out.Aliases = slices.Sorted(maps.Values(aliases))
	return out
}

// uf is a union-find forest over 0..n-1; the smaller index is the root.
type uf []int

func newUF(n int) uf {
	u := make(uf, n)
	for i := range u {
		u[i] = i
	}
	return u
}

func (u uf) find(i int) int {
	for u[i] != i {
		u[i] = u[u[i]]
		i = u[i]
	}
	return i
}

func (u uf) union(a, b int) {
	ra, rb := u.find(a), u.find(b)
	switch {
	case ra < rb:
		u[rb] = ra
	case rb < ra:
		u[ra] = rb
	}
}

package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/parleyhq/parley/diplo"
	"github.com/parleyhq/parley/internal/text"
)

// labels turns transcript turn labels into mentions of the labelled
// speaker: "Dr. Elena Ivanova:", "MS. PSAKI:"; "THE PRESIDENT:" is resolved
// like a title. Interviewers ("Q", "Senior Editor") are no actors.
func (s *actorScan) labels() {
	for bi := range s.d.Blocks {
		b := s.d.Blocks[bi]
		if b.Kind != text.Turn || b.Label.End <= b.Label.Start {
			continue
		}
		i := sort.Search(len(s.ws), func(k int) bool { return s.ws[k].start >= b.Label.Start })
		j := i
		for j < len(s.ws) && s.ws[j].end <= b.Label.End {
			j++
		}
		if i >= j {
			continue
		}
		lab := strings.ToLower(strings.TrimSpace(s.d.Norm[b.Label.Start:b.Label.End]))
		if interviewer[lab] || interviewer[s.low(j-1)] {
			s.consume(i, j)
			continue
		}
		// "Dr. Elena Ivanova", "MS. PSAKI"
		if en, n, ok := s.entry(i, eHonor); ok {
			if ne, nm, ok := s.parseName(i+n, true); ok && ne == j {
				ai := s.person(i+n, ne, nm)
				r := &s.a.actors[ai]
				if r.gender == 0 {
					r.gender = en.gender
				}
				r.strong++
				s.mention(i, j, ai, diplo.ByLabel)
				continue
			}
		}
		t := s.parseTitle(i, false)
		// "PRESIDENT BIDEN", "SECRETARY BLINKEN"
		if t.ok && t.e < j {
			if ne, nm, ok := s.parseName(t.e, true); ok && ne == j {
				ai := s.person(t.e, ne, nm)
				s.attachTitle(ai, t)
				s.a.actors[ai].strong++
				s.mention(i, j, ai, diplo.ByLabel)
				continue
			}
		}
		// "THE PRESIDENT", "THE SECRETARY"
		if t.ok && t.e == j {
			s.refs = append(s.refs, titleRef{start: s.ws[i].start, end: s.ws[j-1].end, head: t.head, iso: t.iso,
				title: strings.ToLower(s.a.orig(s.ws[t.ts].start, s.ws[t.e-1].end)), w: i, label: true})
			s.consume(i, j)
			continue
		}
		// a full name, of words the text never uses in lower case
		if ne, nm, ok := s.parseName(i, true); ok && ne == j && j-i >= 2 && !s.anyLowSeen(i, j) {
			ai := s.person(i, ne, nm)
			s.a.actors[ai].strong++
			s.mention(i, j, ai, diplo.ByLabel)
			continue
		}
		// a known surname is matched later
		s.labelWords = append(s.labelWords, [2]int{i, j})
	}
}

// anyLowSeen reports whether some word of [i, j) other than a name particle
// is used in lower case in the running text.
func (s *actorScan) anyLowSeen(i, j int) bool {
	for k := i; k < j; k++ {
		if s.lowSeen.hasH(s.ws[k].h) && !s.ws[k].has(wParticle) {
			return true
		}
	}
	return false
}

// mergePersons merges the persons named by a part of another's name
// ("Putin" from "President Putin" into "Vladimir Putin").
func (s *actorScan) mergePersons() {
	acts := s.a.actors
	// multi-word names by their last and first words
	byWord := map[string][]int{}
	for i := range acts {
		if acts[i].kind == diplo.Person && acts[i].merged < 0 && strings.Contains(acts[i].name, " ") {
			ws := strings.Fields(strings.ToLower(acts[i].name))
			byWord[ws[len(ws)-1]] = append(byWord[ws[len(ws)-1]], i)
			if surnameFirst[ws[0]] {
				byWord[ws[0]] = append(byWord[ws[0]], i)
			}
		}
	}
	for i := range acts {
		r := &acts[i]
		if r.kind != diplo.Person || r.merged >= 0 {
			continue
		}
		ws := strings.Fields(strings.ToLower(r.name))
		if len(ws) == 0 {
			continue
		}
		target := -1
		multi := byWord[ws[len(ws)-1]]
		if len(ws) == 1 && surnameFirst[ws[0]] {
			multi = byWord[ws[0]]
		}
		if len(multi) > maxCands {
			continue
		}
		for _, m := range multi {
			if m == i {
				continue
			}
			mw := strings.Fields(strings.ToLower(acts[m].name))
			if len(mw) <= len(ws) {
				continue
			}
			suffix := slices.Equal(mw[len(mw)-len(ws):], ws)
			prefix := len(ws) == 1 && surnameFirst[ws[0]] && mw[0] == ws[0]
			ends := len(ws) >= 2 && ws[0] == mw[0] && ws[len(ws)-1] == mw[len(mw)-1]
			if suffix || prefix || ends {
				if target >= 0 && target != m {
					target = -2
					break
				}
				target = m
			}
		}
		if target >= 0 {
			s.merge(i, target)
		}
	}
}

// merge merges actor src into dst.
func (s *actorScan) merge(src, dst int) {
	a, b := &s.a.actors[src], &s.a.actors[dst]
	for _, t := range a.titles {
		b.titles = addTitle(b.titles, t)
	}
	b.heads = mergeStrings(b.heads, a.heads)
	b.extra = mergeStrings(b.extra, a.extra)
	b.aliases = mergeStrings(b.aliases, a.aliases)
	b.strong += a.strong
	b.medium += a.medium
	if b.gender == 0 {
		b.gender = a.gender
	}
	if b.country == "" {
		b.country = a.country
	}
	b.leader = b.leader || a.leader
	a.merged = dst
	for k := range s.cands {
		if s.cands[k].actor == src {
			s.cands[k].actor = dst
		}
	}
}

// names finds the persons again wherever their name, surname or a part of
// it is used.
func (s *actorScan) names() {
	forms := map[uint64]int{}
	var firsts bloom
	maxw := 0
	add := func(ws []string, i int) {
		if len(ws) == 0 {
			return
		}
		h := wordHash(ws[0])
		firsts.addH(h)
		for _, w := range ws[1:] {
			h = seqHash(h, wordHash(w))
		}
		if j, ok := forms[h]; ok && j != i {
			forms[h] = -1
			return
		}
		forms[h] = i
	}
	// given names ("Tesfaye said" for Tesfaye Alemu): found only as the
	// source of a verb of saying, and only when no two persons share one
	givens := map[uint64]int{}
	for i := range s.a.actors {
		r := &s.a.actors[i]
		if r.guess && r.merged < 0 {
			ws := strings.Fields(strings.ToLower(r.name))
			maxw = max(maxw, len(ws))
			add(ws, i)
			for _, al := range r.extra {
				if ws := strings.Fields(strings.ToLower(al)); len(ws) > 0 && len(ws) <= 6 {
					maxw = max(maxw, len(ws))
					add(ws, i) // "ELN" for the National Liberation Army (ELN)
				}
			}
			continue
		}
		if r.kind == diplo.Person && r.merged < 0 {
			if ws := strings.Fields(strings.ToLower(r.name)); len(ws) == 2 && len(ws[0]) >= 3 && !particles[ws[0]] && !strings.HasSuffix(ws[0], ".") {
				h := wordHash(ws[0])
				if j, ok := givens[h]; ok && j != i {
					givens[h] = -1
				} else {
					givens[h] = i
					firsts.addH(h)
				}
			}
		}
		if r.kind != diplo.Person || r.merged >= 0 {
			continue
		}
		ws := strings.Fields(strings.ToLower(r.name))
		if len(ws) > maxw {
			maxw = len(ws)
		}
		add(ws, i)
		if len(ws) >= 2 {
			if last := ws[len(ws)-1]; len(last) >= 3 && !particles[last] {
				add(ws[len(ws)-1:], i)
			}
			if surnameFirst[ws[0]] {
				add(ws[:1], i)
			}
			if len(ws) >= 3 {
				add([]string{ws[0], ws[len(ws)-1]}, i)
			}
		}
	}
	if len(forms) == 0 && len(givens) == 0 {
		return
	}
	if maxw > 6 {
		maxw = 6
	}
	for i := 0; i < len(s.ws); i++ {
		if s.done[i] || !s.ws[i].is(text.Word) || !firsts.hasH(s.ws[i].h) {
			continue
		}
		low := !s.ws[i].capd() // a mis-cased known name: "thornton told"
		if low && (s.ws[i].has(wFunction) || s.chE[i] != nil) {
			continue
		}
		var h uint64
		best, bn := -1, 0
		end := int(s.bEnd[i])
		for k := 0; k < maxw && i+k < end && !s.done[i+k] && s.ws[i+k].is(text.Word); k++ {
			if k == 0 {
				h = s.ws[i].h
			} else {
				h = seqHash(h, s.ws[i+k].h)
			}
			if ai, ok := forms[h]; ok && ai >= 0 {
				best, bn = ai, k+1
			}
		}
		if best < 0 {
			// a given name alone, as the source of a verb of saying:
			// "Tesfaye said", "said Tesfaye."
			if g, ok := givens[s.ws[i].h]; ok && g >= 0 && !low && (i+1 >= end || !s.ws[i+1].capd()) {
				if _, taken := forms[s.ws[i].h]; !taken && (s.speaksAfter(i+1) || s.l.speech[s.low(i-1)] && s.blk[i-1] == s.blk[i]) {
					s.mention(i, i+1, g, diplo.ByName)
					s.a.actors[g].strong++
				}
			}
			continue
		}
		if low && !s.speaksAfter(i+bn) {
			continue
		}
		// "the Trump administration" is the state's government
		if nx := s.low(i + bn); nx == "administration" || nx == "government" || nx == "cabinet" || nx == "team" {
			if iso := s.a.actors[best].country; iso != "" {
				st := i
				if s.low(i-1) == "the" {
					st = i - 1
				}
				ai := s.countryIdx(iso)
				s.mention(st, i+bn+1, ai, diplo.ByAlias)
				if s.subjectAfter(i + bn + 1) {
					s.a.actors[ai].strong++
				} else {
					s.a.actors[ai].medium++
				}
			}
			i += bn
			continue
		}
		if s.a.actors[best].guess {
			if ev := s.evidence(i, i+bn); ev != evWeak {
				s.mention(i, i+bn, best, diplo.ByName)
				s.addEvidence(best, ev)
			}
			i += bn - 1
			continue
		}
		kind := diplo.ByName
		if s.inLabel(i) {
			kind = diplo.ByLabel
			s.a.actors[best].strong++
		}
		s.mention(i, i+bn, best, kind)
		s.personEvidence(best, i+bn)
		i = s.apposAfter(best, i+bn) - 1
	}
}

// inLabel reports whether word i is in a turn label not resolved yet.
func (s *actorScan) inLabel(i int) bool {
	k := sort.Search(len(s.labelWords), func(k int) bool { return s.labelWords[k][1] > i })
	return k < len(s.labelWords) && s.labelWords[k][0] <= i
}

// Bounds that keep adversarial texts linear.
const (
	maxCands   = 32 // candidates examined for one title or surname
	maxAliases = 64 // aliases kept for one actor
	maxTitles  = 16 // titles kept for one actor
)

type aliasKey struct {
	actor int
	text  string
}

// recent is an actor mentioned recently, for coreference.
type recent struct {
	actor int
	sent  int
	pos   int
	subj  bool // a person named as the subject of a verb ("Wrobel told")
}

// finish compacts the actors, orders the mentions, resolves title-only
// mentions and pronouns, and collects first mentions and aliases.
func (s *actorScan) finish() {
	a := s.a
	// compact merged actors away
	remap := make([]int, len(a.actors))
	n := 0
	for i := range a.actors {
		if a.actors[i].merged >= 0 {
			remap[i] = -1
			continue
		}
		remap[i] = n
		n++
	}
	for i := range a.actors {
		if remap[i] < 0 {
			t := a.actors[i].merged
			for n := 0; t >= 0 && a.actors[t].merged >= 0 && n < len(a.actors); n++ {
				t = a.actors[t].merged
			}
			if t >= 0 {
				remap[i] = remap[t]
			}
		}
	}
	for k := range s.cands {
		s.cands[k].actor = remap[s.cands[k].actor]
	}
	// compact in place: an actor only moves down (remap[i] <= i)
	for i := range a.actors {
		if a.actors[i].merged < 0 {
			if k := remap[i]; k != i {
				a.actors[k] = a.actors[i]
			}
		}
	}
	clear(a.actors[n:])
	a.actors = a.actors[:n]
	ms := nonOverlapping(s.cands)

	// resolve titles and pronouns in text order
	type event struct {
		pos  int
		kind int // 0 mention, 1 title ref, 2 pronoun
		idx  int
	}
	evs := make([]event, 0, len(ms)+len(s.refs)+len(s.prons))
	for i, m := range ms {
		evs = append(evs, event{m.start, 0, i})
	}
	for i, r := range s.refs {
		evs = append(evs, event{r.start, 1, i})
	}
	for i, w := range s.prons {
		evs = append(evs, event{s.ws[w].start, 2, i})
	}
	descs := s.orgDescriptions()
	if len(descs) > 256 {
		descs = descs[:256] // bounds the search of the actors per description
	}
	for i, dd := range descs {
		evs = append(evs, event{s.ws[dd.the].start, 3, i})
	}
	slices.SortStableFunc(evs, func(x, y event) int { return x.pos - y.pos })
	// persons by title and by title head, for title-only mentions
	byTitle, byHead := map[string][]int{}, map[string][]int{}
	for i := range a.actors {
		r := &a.actors[i]
		if r.kind != diplo.Person {
			continue
		}
		for _, t := range r.titles {
			byTitle[strings.ToLower(t)] = append(byTitle[strings.ToLower(t)], i)
		}
		for _, h := range r.heads {
			byHead[h] = append(byHead[h], i)
		}
	}
	lastPos := make([]int, len(a.actors))
	for i := range lastPos {
		lastPos[i] = -1
	}
	var persons [6]recent
	np := 0
	thing, plural, sthing := recent{actor: -1}, recent{actor: -1}, recent{actor: -1}
	var orgs [6]recent // the organizations named last, most recent first
	norgs := 0
	pushOrg := func(ai, sent, pos int) {
		k := 0
		for k < norgs-1 && orgs[k].actor != ai {
			k++
		}
		if k >= norgs || orgs[k].actor != ai {
			k = min(norgs, len(orgs)-1)
			if norgs < len(orgs) {
				norgs++
			}
		}
		copy(orgs[1:k+1], orgs[:k])
		orgs[0] = recent{actor: ai, sent: sent, pos: pos}
	}
	curSent := 0
	var extra []mention
	wi := 0 // the word at ev.pos: events come in text order
	for _, ev := range evs {
		for wi < len(s.ws) && s.ws[wi].end <= ev.pos {
			wi++
		}
		w := -1
		if wi < len(s.ws) {
			w = wi
		}
		if w >= 0 && s.snt[w] >= 0 {
			curSent = int(s.snt[w])
		}
		switch ev.kind {
		case 0:
			m := ms[ev.idx]
			lastPos[m.actor] = m.start
			r := &a.actors[m.actor]
			switch {
			case r.kind == diplo.Person && m.kind == diplo.ByLabel:
				// a speaker's label: "he" and "she" in the answer are
				// other people (the speaker says "I")
			case r.kind == diplo.Person:
				copy(persons[1:], persons[:len(persons)-1])
				persons[0] = recent{m.actor, curSent, m.start, s.subjectAt(m.start, m.end)}
				if np < len(persons) {
					np++
				}
			case m.kind == diplo.ByAlias:
				plural = recent{actor: m.actor, sent: curSent, pos: m.start}
				thing = plural
			case r.kind == diplo.Group:
				plural = recent{actor: m.actor, sent: curSent, pos: m.start}
			default:
				if r.kind == diplo.Organization {
					pushOrg(m.actor, curSent, m.start)
				}
				thing = recent{actor: m.actor, sent: curSent, pos: m.start}
				if (sthing.actor < 0 || sthing.sent != curSent) && (r.kind == diplo.Country || r.kind == diplo.Organization) && s.subjectAt(m.start, m.end) {
					// (checked only until its sentence has one)
					sthing = thing // the first subject of its sentence
				}
			}
		case 1:
			ref := s.refs[ev.idx]
			best, bestFit := -1, 0
			cands := byTitle[ref.title]
			if len(cands) < maxCands {
				cands = append(slices.Clip(cands), byHead[ref.head]...)
			}
			for n, i := range cands {
				if n >= maxCands {
					break
				}
				r := &a.actors[i]
				fit := titleFit(r, ref)
				if fit == 0 {
					continue
				}
				if best < 0 || fit > bestFit || (fit == bestFit && lastPos[i] > lastPos[best]) {
					best, bestFit = i, fit
				}
			}
			if best < 0 {
				// an unnamed official speaks for the state: "Lebanon's
				// president told lawmakers that ..."
				ci, ok := s.cidx[ref.iso]
				if ref.org >= 0 {
					ci, ok = s.oidx[ref.org]
				}
				if ok && ref.state && !ref.label && ci < len(lastPos) && s.subjectAt(ref.start, ref.end) {
					extra = append(extra, mention{start: ref.start, end: ref.end, actor: ci, kind: diplo.ByAlias})
					a.actors[ci].strong++
				}
				continue
			}
			if r := &a.actors[best]; r.country == "" && ref.iso != "" {
				r.country = ref.iso // "President Putin" ... "the Russian president"
			}
			kind := diplo.ByTitle
			if ref.label {
				kind = diplo.ByLabel
				a.actors[best].strong++
			}
			extra = append(extra, mention{start: ref.start, end: ref.end, actor: best, kind: kind})
			lastPos[best] = ref.start
			if ref.label {
				continue
			}
			copy(persons[1:], persons[:len(persons)-1])
			persons[0] = recent{best, curSent, ref.start, s.subjectAt(ref.start, ref.end)}
			if np < len(persons) {
				np++
			}
		case 2:
			pw := s.prons[ev.idx]
			en, _, ok := s.entry(pw, ePronoun)
			if !ok {
				continue
			}
			switch en.name {
			case "person":
				// the most recent person of the pronoun's gender, else (for
				// a subject "he"/"she") the most recent one named as a
				// subject in this sentence or the one before, else the
				// most recent of unknown gender
				best, subj, exact := -1, -1, false
				subjPron := s.low(pw) == "he" || s.low(pw) == "she"
				for k := 0; k < np; k++ {
					p := persons[k]
					if curSent-p.sent > 2 {
						break
					}
					g := a.actors[p.actor].gender
					if g != 0 && en.gender != 0 && g != en.gender {
						continue
					}
					if g == en.gender && g != 0 {
						best, exact = p.actor, true
						break
					}
					if best < 0 {
						best = p.actor
					}
					if subj < 0 && subjPron && p.subj && curSent-p.sent <= 1 {
						subj = p.actor
					}
				}
				if !exact && subj >= 0 {
					best = subj
				}
				if best >= 0 {
					extra = append(extra, mention{start: s.ws[pw].start, end: s.ws[pw].end, actor: best, kind: diplo.ByPronoun})
				}
			case "thing":
				// "its" and "it" refer within the sentence, or to the
				// subject of the one before when they open theirs
				// (the subject of the one before even when another state or
				// body was named after it: "The ministry said X, as reported
				// by BelTA. It accused ...")
				opens := pw == 0 || s.snt[pw-1] != s.snt[pw]
				cand := -1
				if thing.actor >= 0 && curSent-thing.sent <= 1 && (curSent == thing.sent || s.strongAt[thing.pos] && opens) {
					cand = thing.actor
				}
				if cand < 0 && opens && sthing.actor >= 0 && curSent-sthing.sent == 1 {
					cand = sthing.actor
				}
				if cand < 0 {
					continue
				}
				if s.low(pw) == "it" && expletiveNext[s.low(pw+1)] {
					continue
				}
				extra = append(extra, mention{start: s.ws[pw].start, end: s.ws[pw].end, actor: cand, kind: diplo.ByPronoun})
			case "plural":
				if plural.actor < 0 || curSent-plural.sent > 1 {
					continue
				}
				extra = append(extra, mention{start: s.ws[pw].start, end: s.ws[pw].end, actor: plural.actor, kind: diplo.ByPronoun})
			}
		case 3:
			// "the bloc", "the Sahel confederation", "the bank": an
			// organization named in the sentences before, one whose name
			// holds the noun first; a generic noun ("the bloc") may name
			// any body of no state, but not one named just before in
			// the sentence (the alliance does not accuse itself)
			dd := descs[ev.idx]
			best, named := -1, 0
			for k := 0; k < norgs && best < 0; k++ {
				o := orgs[k]
				if curSent-o.sent <= 6 && orgNameHas(a.actors[o.actor].name, s.low(dd.noun)) && s.descModsFit(dd, a.actors[o.actor].name) {
					best = o.actor
				}
			}
			if best < 0 {
				// the one organization of the article whose name holds
				// the noun, however far back
				for i := range a.actors {
					if r := &a.actors[i]; r.kind == diplo.Organization && lastPos[i] >= 0 && orgNameHas(r.name, s.low(dd.noun)) {
						named++
						if s.descModsFit(dd, r.name) {
							best = i
						}
					}
				}
				if named != 1 {
					best = -1
				}
			}
			if best < 0 && named == 0 && s.descCapMod(dd) {
				// "the Sahel confederation": the one organization whose
				// name holds the capitalised modifier
				n := 0
				for i := range a.actors {
					if r := &a.actors[i]; r.kind == diplo.Organization && lastPos[i] >= 0 && s.descModsFit(dd, r.name) {
						n++
						best = i
					}
				}
				if n != 1 {
					best = -1
				}
			}
			if best < 0 && named == 0 && genericOrgNouns[s.low(dd.noun)] {
				for k := 0; k < norgs && best < 0; k++ {
					o := orgs[k]
					r := &a.actors[o.actor]
					if curSent-o.sent <= 3 && r.country == "" && !(o.sent == curSent && s.ws[dd.the].start-o.pos < 60) && s.descModsFit(dd, r.name) {
						best = o.actor
					}
				}
			}
			if best < 0 {
				continue
			}
			extra = append(extra, mention{start: s.ws[dd.the].start, end: s.ws[dd.noun].end, actor: best, kind: diplo.ByAlias})
			pushOrg(best, curSent, s.ws[dd.the].start)
		}
	}
	ms = nonOverlapping(append(ms, extra...))
	a.mentions = slices.Clone(ms) // s.cands goes back to the pool
	ms = a.mentions

	// first mentions and aliases
	for i := range a.actors {
		a.actors[i].first = -1
	}
	seen := map[aliasKey]bool{}
	for _, m := range ms {
		r := &a.actors[m.actor]
		if r.first < 0 {
			r.first = m.start
		}
		if m.kind == diplo.ByPronoun || len(r.aliases) >= maxAliases {
			continue
		}
		al := strings.TrimSpace(a.orig(m.start, m.end))
		if k := (aliasKey{m.actor, al}); al != r.name && al != "" && !seen[k] {
			seen[k] = true
			r.aliases = append(r.aliases, al)
		}
	}
	for i := range a.actors {
		r := &a.actors[i]
		r.aliases = mergeStrings(r.aliases, r.extra)
		r.aliases = slices.DeleteFunc(r.aliases, func(x string) bool { return x == r.name })
	}
}

// titleFit says how well a title-only mention fits person r: 3 for the
// same title, 2 for the same head and state, 1 for the same head and a
// person of no known state (unless the title names its state in a
// complement, "the President of Ukraine"), 0 for no fit.
func titleFit(r *actorRec, ref titleRef) int {
	for _, t := range r.titles {
		if strings.EqualFold(t, ref.title) {
			return 3
		}
	}
	if ref.head == "" || !slices.Contains(r.heads, ref.head) {
		return 0
	}
	switch {
	case ref.qual && (ref.iso == "" || ref.iso != r.country):
		return 0
	case ref.iso == "" || ref.iso == r.country:
		return 2
	case r.country == "" && !ref.qual:
		return 1
	}
	return 0
}

// nonOverlapping sorts mentions by start (longer first at one start) and
// drops those that overlap an earlier one or name no actor.
func nonOverlapping(ms []mention) []mention {
	slices.SortStableFunc(ms, func(x, y mention) int {
		if x.start != y.start {
			return x.start - y.start
		}
		return (y.end - y.start) - (x.end - x.start)
	})
	out := ms[:0]
	end := -1
	for _, m := range ms {
		if m.actor < 0 || m.start < end || m.end <= m.start {
			continue
		}
		out = append(out, m)
		end = m.end
	}
	return out
}

// contextCountries gives a person holding an office of no named state
// ("Deputy Foreign Minister Sergei Ryabkov") the state most named around
// the sentence that gives the office, when one clearly leads.
func (s *actorScan) contextCountries() {
	slices.SortStableFunc(s.sigs, func(x, y signal) int { return x.sent - y.sent })
	for i := range s.a.actors {
		r := &s.a.actors[i]
		if r.country != "" || r.tsent < 0 || r.merged >= 0 {
			continue
		}
		if !(r.kind == diplo.Person && r.dressed || r.guess) {
			continue
		}
		// the sentence itself first, then the sentences around it
		for _, win := range [...]struct{ lo, hi, min int }{{r.tsent, r.tsent, 2}, {r.tsent - 1, r.tsent + 1, 3}} {
			if iso := s.leadingState(win.lo, win.hi, win.min); iso != "" {
				r.country = iso
				break
			}
		}
	}
	// Officials still without a state: the state of a masthead place line
	// ("Washington, DC" under a briefing's title) is the publisher's, and
	// holders of an office named more fully belong to the state the whole
	// article is about, when one clearly leads.
	home, global, gdone, dline := s.homeState(), "", false, ""
	for i := range s.a.actors {
		r := &s.a.actors[i]
		if r.kind != diplo.Person || r.country != "" || r.merged >= 0 || !r.office {
			continue
		}
		if home != "" {
			r.country = home
			continue
		}
		if !r.dressed && !r.leader && !r.inOrg && r.tsent >= 0 && diplomaticHead(r.heads) {
			// a bare diplomatic office ("the spokesman"): a state that
			// clearly leads in the sentence that gives it
			r.country = s.leadingState(r.tsent, r.tsent, 2)
			continue
		}
		if r.inOrg {
			continue
		}
		cabinet := cabinetHead(r.heads)
		if !r.dressed && !(cabinet && s.dateISO != "") {
			continue // (the counts below are needed only then)
		}
		if !gdone {
			global, dline = s.articleStates()
			gdone = true
		}
		if r.dressed {
			r.country = global
		}
		if r.country == "" && global == "" && cabinet {
			// no state leads the article clearly: a wire's dateline
			// ("SUVA -") in the state named most places the cabinet
			// whose offices go unqualified ("Prime Minister X")
			r.country = dline
		}
	}
}

// cabinetHead reports whether one of the heads is a cabinet office: a
// minister, a president, a premier or a chancellor.
func cabinetHead(heads []string) bool {
	for _, h := range heads {
		if strings.HasSuffix(h, "minister") || strings.HasSuffix(h, "president") || h == "premier" || h == "chancellor" {
			return true
		}
	}
	return false
}

// diplomaticHeads are bare offices of a state's diplomacy.
var diplomaticHeads = setOf("minister", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "secretary", "special envoy", "foreign minister", "deputy foreign minister")

// diplomaticHead reports whether one of the heads is a diplomatic office.
func diplomaticHead(heads []string) bool {
	for _, h := range heads {
		if diplomaticHeads[h] {
			return true
		}
	}
	return false
}

// articleState is the state the article names most often (by name,
// adjective or seat of government), when it is named at least four times and twice as
// often as any other; else "".
func (s *actorScan) articleState() string {
	st, _ := s.articleStates()
	return st
}

// articleStates is articleState and, when no state leads, the state of
// the dateline (datelineState), from one count of the namings.
func (s *actorScan) articleStates() (article, dateline string) {
	score := s.stateCounts()
	best, bw, second := leader(score)
	if best != "" && bw >= 4 && bw >= 2*second {
		return best, ""
	}
	return "", s.datelineState(score, bw)
}

// stateCounts counts the article's namings of each state (by name,
// adjective or seat of government).
func (s *actorScan) stateCounts() map[string]int {
	score := map[string]int{}
	for i := 0; i < len(s.ws); i++ {
		if s.chE[i] == nil {
			continue
		}
		if en, n, ok := s.entry(i, eCountry, eAdj, eMetonym); ok && en.iso != "" && (en.kind != eMetonym || en.org < 0) {
			score[en.iso]++
			i += n - 1
		}
	}
	return score
}

// datelineState is the state of the wire dateline's capital when the
// article names that state (score: the namings of each state; bw: the
// highest) at least as often as any other, so the dateline is not merely
// the venue of foreign talks; else "".
func (s *actorScan) datelineState(score map[string]int, bw int) string {
	if s.dateISO == "" {
		return ""
	}
	if score[s.dateISO] >= 2 && score[s.dateISO] == bw {
		return s.dateISO
	}
	return ""
}

// homeState is the state of a place line among the first blocks of the
// article (a masthead "Washington, DC"), or "".
func (s *actorScan) homeState() string {
	for i := 0; i < len(s.ws); {
		b := s.blk[i]
		j := int(s.bEnd[i])
		if j <= i {
			j = i + 1
		}
		if b > 6 {
			break
		}
		if b >= 0 && s.hb[b] {
			if en, n, ok := s.entry(i, eCapital, eCountry); ok && en.iso != "" && j-i <= n+8 {
				// the place alone, or followed by a date ("Manila, April
				// 8, 2026"): words other than a month name are few
				rest, month := 0, false
				for k := i + n; k < j; k++ {
					if !s.ws[k].is(text.Word) {
						continue
					}
					if !month && monthWords[s.low(k)] {
						month = true
						continue
					}
					rest++
				}
				if rest == 0 || rest <= 1 && j-i <= n+3 {
					return en.iso
				}
			}
		}
		i = j
	}
	return ""
}

// leadingState is the state most named in sentences [lo, hi] when it has
// at least min weight and twice the weight of any other; else "".
func (s *actorScan) leadingState(lo, hi, min int) string {
	score := map[string]int{}
	k0 := sort.Search(len(s.sigs), func(k int) bool { return s.sigs[k].sent >= lo })
	for k := k0; k < len(s.sigs) && k < k0+200 && s.sigs[k].sent <= hi; k++ {
		score[s.sigs[k].iso] += s.sigs[k].w
	}
	best, bw, second := leader(score)
	if best != "" && bw >= min && bw >= 2*second {
		return best
	}
	return ""
}

// leader returns the state with the highest score (the smallest code on a
// tie, so the result does not depend on map order), its score, and the
// runner-up's score.
func leader(score map[string]int) (best string, bw, second int) {
	for iso, w := range score {
		switch {
		case w > bw || (w == bw && iso < best):
			best, bw, second = iso, w, max(bw, second)
		default:
			second = max(second, w)
		}
	}
	return best, bw, second
}

// monthWords are the month names and their abbreviations, lower-cased.
var monthWords = setOf("january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
	"aug", "sep", "sept", "oct", "nov", "dec", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.",
	"aug.", "sep.", "sept.", "oct.", "nov.", "dec.")

// subjectAt reports whether the phrase from Norm offset start to end is
// the subject of a main clause ("Secretary Caldwell also met", "Wrobel
// told"), not of a clause reported after a verb of saying ("X said Tambo
// would urge").
func (s *actorScan) subjectAt(start, end int) bool {
	j := sort.Search(len(s.ws), func(k int) bool { return s.ws[k].start >= end })
	i := sort.Search(len(s.ws), func(k int) bool { return s.ws[k].start >= start })
	for k := i - 1; k >= 0 && k >= i-30 && i < len(s.ws) && s.snt[k] == s.snt[i]; k-- {
		if s.ws[k].has(wSpeech) {
			return false
		}
	}
	// "as President Steinmeier said": a parenthetical source
	for k := i - 1; k >= 0 && k >= i-3 && i < len(s.ws) && s.snt[k] == s.snt[i]; k-- {
		if s.low(k) == "as" {
			return false
		}
		if !s.ws[k].capd() {
			break
		}
	}
	for r := 0; r < 2 && j < len(s.ws) && pronAdverbs[s.low(j)]; r++ {
		j++
	}
	return s.subjectAfter(j)
}

// pronAdverbs are adverbs that may stand between a subject and its verb.
var pronAdverbs = setOf("also", "then", "later", "again", "still", "already", "separately", "further")

// orgDesc is a definite description of an organization: "the" at word
// the, the head noun at word noun, modifiers between.
type orgDesc struct{ the, noun int }

// orgAnaNouns are the head nouns of a definite description that may name
// an organization named before: "the bloc", "the alliance", "the bank".
var orgAnaNouns = setOf("bloc", "alliance", "confederation", "organization", "organisation", "forum", "union", "mission",
	"community", "commission", "council", "bank", "agency", "movement", "coalition", "federation", "grouping", "body")

// genericOrgNouns may name any international body, not only one whose
// name holds the noun: "the bloc" for ECOWAS.
var genericOrgNouns = setOf("bloc", "organization", "organisation", "grouping", "body", "confederation", "alliance", "mission")

// orgDescriptions finds the definite descriptions "the [modifier] noun"
// that are no part of a longer name: the noun is lower case and no
// capitalised word or "of" follows it.
func (s *actorScan) orgDescriptions() []orgDesc {
	orgs := false
	for i := range s.a.actors {
		if s.a.actors[i].kind == diplo.Organization {
			orgs = true
			break
		}
	}
	if !orgs {
		return nil // nothing to name again
	}
	var out []orgDesc
	for i := 0; i+1 < len(s.ws); i++ {
		if !s.ws[i].has(wDeterminer) || s.low(i) != "the" {
			continue
		}
		for k := i + 1; k < len(s.ws) && k <= i+2 && s.snt[k] == s.snt[i]; k++ {
			w := &s.ws[k]
			if !w.is(text.Word) {
				break
			}
			if orgAnaNouns[s.low(k)] && !w.capd() {
				if n := k + 1; n < len(s.ws) && s.snt[n] == s.snt[k] && (s.ws[n].capd() || s.low(n) == "of") {
					break // "the bank of ...", "the union Solidarity"
				}
				out = append(out, orgDesc{i, k})
				break
			}
			if w.has(wFunction|wDeterminer) || w.poss {
				break
			}
		}
	}
	return out
}

// descModsFit reports whether the modifiers of description dd fit the
// organization's name: a capitalised modifier must be a word of the name
// ("the Sahel confederation" for the Alliance of Sahel States).
func (s *actorScan) descModsFit(dd orgDesc, name string) bool {
	for k := dd.the + 1; k < dd.noun; k++ {
		if s.ws[k].capd() && !orgNameHas(name, s.low(k)) {
			return false
		}
	}
	return true
}

// descCapMod reports whether description dd has a capitalised modifier.
func (s *actorScan) descCapMod(dd orgDesc) bool {
	for k := dd.the + 1; k < dd.noun; k++ {
		if s.ws[k].capd() {
			return true
		}
	}
	return false
}

// orgNameHas reports whether the name holds the word w (lower case), case
// folded, as a whole word.
func orgNameHas(name, w string) bool {
	for _, f := range strings.Fields(name) {
		if strings.EqualFold(strings.Trim(f, ".,()'’"), w) {
			return true
		}
	}
	return false
}

package timex

import "strings"

// tense estimates the tense of the clause around tokens [a, b): -1 past,
// +1 future, 0 unknown. The nearest tense marker wins; markers before the
// expression win ties.
func (p *parser) tense(a, b int) int {
	bd, bt := 99, 0
	for k := a - 1; k >= 0 && a-k <= 20; k-- {
		if p.clauseEnd(k) {
			break
		}
		if t := p.tenseWord(k); t != 0 {
			bd, bt = a-k, t
			break
		}
		if k < len(p.t) && p.t[k].f&fLine != 0 {
			break
		}
	}
	fd, ft := 99, 0
	for k := b; k < len(p.t) && k-b < 8; k++ {
		if p.clauseEnd(k) || p.t[k].f&fLine != 0 || p.isP(k, ',') || p.isP(k, '\'') || p.isP(k, '"') || p.isP(k, ')') {
			break
		}
		if t := p.tenseWord(k); t != 0 {
			fd, ft = k-b+1, t
			break
		}
	}
	if bt != 0 && bd <= fd {
		return bt
	}
	return ft
}

// clauseEnd reports whether token k ends a sentence.
func (p *parser) clauseEnd(k int) bool {
	t := p.t[k]
	if t.k != kPunct {
		return false
	}
	switch rune(t.n) {
	case '!', '?', ';':
		return true
	case '.':
		// an abbreviation ("Sept.", "p.m.") is followed by a lower-case
		// word or a number
		if k+1 < len(p.t) && p.t[k+1].f&fUpper == 0 && p.t[k+1].k != kPunct {
			return false
		}
		if k > 0 && p.t[k-1].k == kWord && p.t[k-1].e-p.t[k-1].s <= 2 {
			return false
		}
		return true
	}
	return false
}

func (p *parser) tenseWord(k int) int {
	w := p.w(k)
	if w == "" {
		return 0
	}
	if (w == "early" || w == "soon") && p.w(k-1) == "as" && p.w(k+1) == "as" {
		// "as early as Tuesday"
		return 1
	}
	if futureWords[w] && p.w(k-1) == "been" && p.w(k-2) == "had" {
		// "had been scheduled to": a plan in the past
		return -1
	}
	if futureWords[w] {
		if w == "ll" && !p.isP(k-1, '\'') {
			return 0
		}
		if w == "going" && p.w(k+1) != "to" {
			return 0
		}
		if w == "set" && p.w(k+1) != "to" && p.w(k+1) != "for" {
			return 0
		}
		if (w == "plan" || w == "plans") && p.w(k+1) != "to" {
			return 0
		}
		if w == "next" && p.w(k+1) == "to" {
			return 0
		}
		if w == "may" && p.upper(k) {
			return 0
		}
		return 1
	}
	past := pastWords[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && !notPastEd[w]
	if past && w != "was" && w != "were" && w != "had" && w != "did" {
		// a participle after "be" ("will be held") takes the tense of
		// the auxiliary further back
		switch p.w(k - 1) {
		case "be", "being":
			return 0
		}
	}
	if past {
		return -1
	}
	return 0
}

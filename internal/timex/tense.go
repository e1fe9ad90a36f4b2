package timex

// tense estimates the tense of the clause around tokens [a, b): -1 past,
// +1 future, 0 unknown. In order: a cue word right before the expression
// ("payable", "since", a present-tense scheduling verb); the nearest tense
// marker before it in the clause, where a guess from an "-ed" ending gives
// way to a modal further back; the nearest marker after it (past the comma
// of an introductory phrase); a deadline preposition ("by", "until").
// Markers before the expression win ties. All windows are bounded.
func (p *parser) tense(a, b int) int {
	if p.tenseOK && p.tenseA == a && p.tenseB == b {
		return p.tenseV
	}
	t := p.tense1(a, b)
	p.tenseA, p.tenseB, p.tenseV, p.tenseOK = a, b, t, true
	return t
}

// tense1 computes tense without the memo.
func (p *parser) tense1(a, b int) int {
	// a cue right before the date: "payable Dec. 7", "effective Feb. 1"
	switch p.w(a - 1) {
	case "payable", "effective", "due", "starting":
		return 1
	case "since":
		return -1
	}
	// a scheduling verb in the present tense right before the date:
	// "Arafat meet separately Monday", "the council votes on Friday"
	for k := a - 1; k >= 0 && k >= a-3; k-- {
		if schedVerbs[p.w(k)] && !nounBefore[p.w(k-1)] && !p.isP(k-1, '\'') {
			return 1
		}
		if p.t[k].k != kWord {
			break
		}
	}
	bd, bt, bstrong, bk := 99, 0, false, -1
	for k := a - 1; k >= 0 && a-k <= 20; k-- {
		if p.clauseEnd(k) {
			break
		}
		if t, strong := p.tenseWordStrength(k); t != 0 {
			if bt == 0 {
				bd, bt, bstrong, bk = a-k, t, strong, k
				// a verb right before the date is strong evidence
				// ("announced Wednesday", "closed on Friday")
				if strong || a-k <= 1 || a-k == 2 && p.w(a-1) == "on" {
					break
				}
				continue
			}
			// a bare participle ("unspecified", "authorized") gives way
			// to a modal further back in the clause ("would be paid on
			// a still unspecified date")
			if strong && (t > 0 || t == bt) {
				bt, bstrong, bk = t, true, k
			}
			break
		}
		if k < len(p.t) && p.t[k].f&fLine != 0 {
			break
		}
	}
	// an introductory phrase ("In January, the company ...", "Until
	// Thursday, they had ...") takes the tense of the clause after its
	// comma
	intro := p.sentenceStart(a) || p.sentenceStart(a-1) && p.t[a-1].k == kWord
	fd, ft, fstrong := 99, 0, false
	lim := 8
	if intro {
		lim = 14
	}
	for k := b; k < len(p.t) && k-b < lim; k++ {
		if intro && k == b && p.isP(k, ',') {
			continue
		}
		if p.clauseEnd(k) || p.t[k].f&fLine != 0 || p.isP(k, ',') || p.isP(k, '\'') || p.isP(k, '"') || p.isP(k, ')') {
			break
		}
		if t, strong := p.tenseWordStrength(k); t != 0 {
			if intro && k > b && p.isP(b, ',') && (!strong || p.w(k) == "planned") {
				// past the comma only a clear marker counts
				break
			}
			fd, ft, fstrong = k-b+1, t, strong
			break
		}
	}
	if ft == 0 && !(bt < 0 && bstrong && p.w(bk) != "has" && p.w(bk) != "have") {
		switch p.w(a - 1) {
		case "by", "until", "till":
			// a deadline: "by August", "postponed until Tuesday"; a
			// past auxiliary ("had filed by Wednesday") still wins
			return 1
		}
	}
	// the nearer marker wins, but a guess from an "-ed" ending after the
	// date ("new markets untouched by") never outweighs an auxiliary or
	// modal before it
	if bt != 0 && (bd <= fd || bstrong && !fstrong) {
		return bt
	}
	return ft
}

// Classes of tenseLex.
const (
	tlFuture    = 1 << iota // a future marker (futureWords)
	tlPast                  // a past form (pastWords)
	tlNotPastEd             // an "-ed" word that is no past verb (notPastEd)
)

// tenseLex merges the tense lexicons so that one lookup classifies a word.
var tenseLex = func() map[string]uint8 {
	m := map[string]uint8{}
	for w := range futureWords {
		m[w] |= tlFuture
	}
	for w := range pastWords {
		m[w] |= tlPast
	}
	for w := range notPastEd {
		m[w] |= tlNotPastEd
	}
	return m
}()

// schedVerbs are present-tense verbs that announce a scheduled event when
// they come right before a date.
var schedVerbs = setOf(
	"meet", "meets", "visit", "visits", "arrive", "arrives", "travel", "travels", "leave", "leaves",
	"begin", "begins", "start", "starts", "resume", "resumes", "vote", "votes", "open", "opens",
	"convene", "convenes", "return", "returns", "hold", "holds", "sign", "signs",
	"host", "hosts", "attend", "attends", "testify", "testifies",
)

// nounBefore are words after which a schedVerbs word is a noun ("a
// visit", "their return").
var nounBefore = setOf(
	"a", "an", "the", "this", "that", "his", "her", "its", "their", "our", "my", "your", "s",
	"televised", "official", "state", "first", "second", "last", "next",
)

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
	t, _ := p.tenseWordStrength(k)
	return t
}

// tenseWordStrength returns the tense token k marks and whether the
// evidence is strong (an auxiliary, a modal, a listed verb form) rather
// than a guess from an "-ed" ending.
func (p *parser) tenseWordStrength(k int) (int, bool) {
	w := p.w(k)
	if w == "" {
		return 0, true
	}
	cls := tenseLex[w]
	ed := len(w) > 4 && w[len(w)-2] == 'e' && w[len(w)-1] == 'd'
	if cls == 0 && !ed {
		switch w {
		case "early", "soon", "is", "are":
		default:
			// most words mark no tense: one lookup decides
			return 0, true
		}
	}
	fut, pastW := cls&tlFuture != 0, cls&tlPast != 0
	if (w == "early" || w == "soon") && p.w(k-1) == "as" && p.w(k+1) == "as" {
		// "as early as Tuesday"
		return 1, true
	}
	if fut && p.w(k-1) == "been" && p.w(k-2) == "had" {
		// "had been scheduled to": a plan in the past
		return -1, true
	}
	if (w == "is" || w == "are") && p.w(k+1) == "to" {
		// "is to resume trading Tuesday"
		return 1, true
	}
	if fut {
		if w == "ll" && !p.isP(k-1, '\'') {
			return 0, true
		}
		if w == "going" && p.w(k+1) != "to" {
			return 0, true
		}
		if w == "set" && p.w(k+1) != "to" && p.w(k+1) != "for" {
			return 0, true
		}
		if (w == "plan" || w == "plans") && p.w(k+1) != "to" {
			return 0, true
		}
		if w == "next" && p.w(k+1) == "to" {
			return 0, true
		}
		if w == "may" && (p.upper(k) || p.isNum(k+1)) {
			// the month, also lower-case before a day or year: "in may 2024"
			return 0, true
		}
		return 1, true
	}
	if w == "was" || w == "were" {
		switch p.w(k + 1) {
		case "planning", "going", "scheduled", "expected", "due", "set", "about", "supposed", "slated":
			// a plan seen from the past says nothing about the date
			return 0, true
		}
	}
	past := pastW || ed && cls&tlNotPastEd == 0
	if past && w != "was" && w != "were" && w != "had" && w != "did" {
		// a participle after "be" ("will be held") takes the tense of
		// the auxiliary further back
		switch p.w(k - 1) {
		case "be", "being", "is", "are":
			// "will be held", "when the case is heard"
			return 0, true
		}
	}
	if past {
		return -1, pastW
	}
	return 0, true
}

package timex

// triggers are the words at which a time expression may start.
var triggers = func() map[string]bool {
	m := map[string]bool{}
	for _, lex := range []map[string]int{monthNames, monthAbbr, weekdays, ones, tens, ordinals, unitWords, seasons} {
		for w := range lex {
			m[w] = true
		}
	}
	for w := range holidays {
		m[w] = true
	}
	for _, w := range []string{
		"the", "its", "a", "an", "about", "around", "approximately", "roughly", "some", "circa", "nearly",
		"almost", "more", "less", "fewer", "over", "under", "at", "up", "no", "within", "early", "late",
		"mid", "earlier", "later", "this", "that", "these", "last", "past", "next", "coming", "upcoming",
		"current", "previous", "prior", "today", "tonight", "yesterday", "tomorrow", "now", "currently",
		"presently", "nowadays", "right", "just", "recently", "lately", "recent", "soon", "future", "noon",
		"midday", "midnight", "daily", "weekly", "monthly", "yearly", "annually", "quarterly", "hourly", "nightly",
		"every", "each", "once", "twice", "thrice", "fiscal", "fy", "q", "few", "several", "many",
		"couple", "dozen", "dozens", "hundreds", "thousands", "numerous", "as", "year", "trading",
		"business", "working", "calendar", "more", "most",
	} {
		m[w] = true
	}
	return m
}()

// trigFilter is a cheap first test for triggers, a bit set indexed by
// the first two letters, the last letter and the length of a lower-case
// word: a clear bit means the word cannot be a trigger, so most words skip
// the map lookup.
var trigFilter = func() *[26 * 26 * 26 * 16 / 64]uint64 {
	var f [26 * 26 * 26 * 16 / 64]uint64
	for w := range triggers {
		if k, ok := filterKey(w); ok {
			f[k>>6] |= 1 << (k & 63)
		}
	}
	return &f
}()

// filterKey returns the trigFilter bit of w; ok is false when w is not
// made of at least two ASCII letters or is too long for the filter.
func filterKey(w string) (int, bool) {
	if len(w) < 2 || len(w) >= 16 {
		return 0, false
	}
	a, b, z := w[0]-'a', w[1]-'a', w[len(w)-1]-'a'
	if a >= 26 || b >= 26 || z >= 26 {
		return 0, false
	}
	return ((int(a)*26+int(b))*26+int(z))*16 + len(w), true
}

// isTrigger reports whether the lower-case word w may start an expression.
func isTrigger(w string) bool {
	if k, ok := filterKey(w); ok {
		if trigFilter[k>>6]&(1<<(k&63)) == 0 {
			return false
		}
	} else if len(w) >= 16 {
		return false
	}
	return triggers[w]
}

// needsNext are triggers that never form an expression on their own: when
// the next token is a word that cannot continue an expression, Tag skips
// them without trying the rules.
var needsNext = setOf(
	"the", "its", "a", "an", "about", "around", "approximately", "roughly", "some", "circa", "nearly",
	"almost", "more", "less", "fewer", "over", "under", "at", "up", "no", "within", "early", "late",
	"mid", "earlier", "later", "this", "that", "these", "past", "next", "coming", "upcoming",
	"previous", "prior", "right", "just", "recent", "every", "each", "once", "twice", "thrice",
	"fiscal", "fy", "few", "several", "many", "couple", "dozen", "dozens", "hundreds", "thousands",
	"numerous", "as", "trading", "business", "working", "calendar", "most",
)

// contWords may follow a needsNext word inside an expression without
// being triggers themselves.
var contWords = setOf(
	"end", "least", "than", "to", "beginning", "start", "middle", "half", "term", "near", "short",
	"long", "medium", "foreseeable", "immediate", "distant", "weekend", "morning", "afternoon",
	"evening", "night", "nights", "mornings", "evenings", "afternoons", "comparable", "corresponding",
	"same", "latest", "following", "subsequent", "succeeding", "ensuing", "preceding", "other", "full",
	"entire", "whole", "initial", "final", "remaining", "flat", "strong", "weak", "nineties",
	"eighties", "seventies", "sixties", "fifties", "forties", "thirties", "twenties", "ago", "period",
	"possible", "additional", "further", "consecutive", "straight", "present", "soon", "s", "of", "in",
)

// determiners are triggers that cannot directly follow one another.
var determiners = setOf("the", "its", "a", "an", "this", "that", "these")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// deadEnd reports whether the trigger at token i cannot start an
// expression because the word after it cannot continue one.
func (p *parser) deadEnd(i int) bool {
	w0 := p.w(i)
	// triggers that only start an expression before one given word
	switch w0 {
	case "at":
		return !(p.w(i+1) == "least" || p.w(i+1) == "most")
	case "up":
		return p.w(i+1) != "to"
	case "no":
		return p.w(i+1) != "more"
	case "right", "just":
		return p.w(i+1) != "now"
	case "as":
		return p.w(i+1) != "soon"
	case "more":
		return !(p.w(i+1) == "than" || p.w(i+1) == "recently")
	case "most":
		return p.w(i+1) != "recently"
	case "less", "fewer":
		return p.w(i+1) != "than"
	case "q":
		// "Q4", "Q 4"; not the "Q:" of a transcript
		return !p.isNum(i + 1)
	}
	f0 := nextLex[w0]
	if f0&nlNeeds == 0 {
		return false
	}
	if i+1 >= len(p.t) {
		return true
	}
	if p.t[i+1].k != kWord {
		return false
	}
	w := p.word(&p.t[i+1])
	f1 := nextLex[w]
	if f0&f1&nlDet != 0 {
		// "the the", "that a": two determiners never start an expression
		return true
	}
	return f1&nlCont == 0 && !isTrigger(w)
}

// Classes of nextLex.
const (
	nlNeeds = 1 << iota // needsNext
	nlCont              // contWords
	nlDet               // determiners
)

// nextLex merges needsNext, contWords and determiners so that deadEnd
// needs one lookup a word.
var nextLex = func() map[string]uint8 {
	m := map[string]uint8{}
	for w := range needsNext {
		m[w] |= nlNeeds
	}
	for w := range contWords {
		m[w] |= nlCont
	}
	for w := range determiners {
		m[w] |= nlDet
	}
	return m
}()

package extract

import (
	"fmt"
	"slices"
	"strings"
)

// cueFlag describes how a reporting cue behaves.
type cueFlag uint16

const (
	cueSay    cueFlag = 1 << iota // "C, X said" and "C," said X
	cuePart                       // ", stating that ..." continues the source
	cueHedge                      // the verb hedges: "suggest"
	cueTell                       // takes a recipient: "told reporters that"
	cueReport                     // media verb: "reported by X" is a channel
	cueWeak                       // needs "that", a colon or a quotation
	cuePerf                       // "has said": the perfect auxiliary is part of the cue
)

var cueFlagNames = map[string]cueFlag{
	"say": cueSay, "part": cuePart, "hedge": cueHedge, "tell": cueTell,
	"report": cueReport, "weak": cueWeak, "perf": cuePerf,
}

// cueForm is one form of a reporting cue: its words (lower case) and flags.
type cueForm struct {
	words []string
	flags cueFlag
	ing   bool // an -ing form
}

// phrase is a lower-case token sequence; "*" matches up to three words.
type phrase []string

// wordFilter is a bit set over a hash of a word: a word whose bit is
// clear is in no lexicon of the set, so the per-token map lookup is
// skipped for nearly every token.
type wordFilter [256]uint64

func filterKey(w string) uint {
	n := len(w)
	if n == 0 {
		return 0
	}
	// the length and the first two and last two bytes, mixed
	h := uint32(n)*0x9e3779b1 ^ uint32(w[0]) ^ uint32(w[n-1])<<8 ^ uint32(w[n/2])<<16 ^ uint32(w[n>>2])<<24
	h *= 0x85ebca6b
	return uint(h>>18) & (256*64 - 1)
}

func (f *wordFilter) add(w string) { k := filterKey(w); f[k>>6] |= 1 << (k & 63) }

func (f *wordFilter) has(w string) bool { k := filterKey(w); return f[k>>6]&(1<<(k&63)) != 0 }

// phraseSet is a lexicon of phrases by first word, longest first, with
// the key words of its phrases (each phrase's first word outside
// condKeyStop and phraseKeyStop): a stretch of text without a key word
// holds no phrase.
type phraseSet struct {
	m    map[string][]phrase
	f    wordFilter
	key  map[string]bool
	keyF wordFilter
}

// phraseKeyStop are common words never chosen as a phrase's key.
var phraseKeyStop = stmSet("not", "no", "could", "cannot", "can", "did", "yet", "unable", "lack", "without",
	"impossible", "difficult", "immediately", "declined")

// hasKey reports whether a key word of p is among tokens [s, e) of x.
func (p *phraseSet) hasKey(x *stmIndex, s, e int) bool {
	for i := max(s, 0); i < e && i < len(x.d.Toks); i++ {
		if w := x.low(i); p.keyF.has(w) && p.key[w] {
			return true
		}
	}
	return false
}

// get returns the phrases that start with word w.
func (p *phraseSet) get(w string) []phrase {
	if !p.f.has(w) {
		return nil
	}
	return p.m[w]
}

// statementLex holds the reporting cues, evidential markers and condition
// cues, parsed once by New.
type statementLex struct {
	cues  map[string][]cueForm // by first word, longest first
	cueF  wordFilter
	condF wordFilter

	hedge      phraseSet
	modal      phraseSet
	content    phraseSet
	insider    phraseSet
	unverified phraseSet
	state      phraseSet
	channel    phraseSet

	cond map[string][]condCue // by first word, longest first

	// condKey holds one distinctive word of every condition cue ("if" of
	// "only if", "condition" of "on condition that"): a sentence without
	// one holds no condition cue, so common first words ("on", "with")
	// are looked up only in the few sentences that have one
	condKey  map[string]bool
	condKeyF wordFilter
}

// condKeyStop are the common words never chosen as a cue's key.
var condKeyStop = stmSet("with", "the", "on", "under", "that", "only", "as", "so", "in", "for", "to", "of",
	"a", "an", "is", "was", "are", "must", "should", "have", "has", "need", "needs", "take", "make", "be",
	"remains", "upon", "*")

// isCondKey reports whether w is the key word of a condition cue.
func (lx *statementLex) isCondKey(w string) bool {
	return lx.condKeyF.has(w) && lx.condKey[w]
}

// cueForms returns the reporting cues whose first word is w.
func (lx *statementLex) cueForms(w string) []cueForm {
	if !lx.cueF.has(w) {
		return nil
	}
	return lx.cues[w]
}

// condCues returns the condition cues whose first word is w.
func (lx *statementLex) condCues(w string) []condCue {
	if !lx.condF.has(w) {
		return nil
	}
	return lx.cond[w]
}

// condKind says where a condition's requirement lies relative to its cue.
type condKind uint8

const (
	condClause condKind = iota + 1 // the clause after the cue
	condNP                         // the noun phrase after the cue
	condMust                       // the clause holding the cue
	condBefore                     // the noun phrase before the cue
)

// condCue is one condition cue.
type condCue struct {
	words phrase
	kind  condKind
}

func newStatementLex(opts Options) (*statementLex, error) {
	lx := &statementLex{
		cues:    map[string][]cueForm{},
		cond:    map[string][]condCue{},
		condKey: map[string]bool{},
	}
	for _, p := range []*phraseSet{&lx.hedge, &lx.modal, &lx.content, &lx.insider, &lx.unverified, &lx.state, &lx.channel} {
		p.m = map[string][]phrase{}
	}
	err := readLexicon("cues.txt", func(f []string) error {
		if len(f) != 2 {
			return fmt.Errorf("want 2 fields, got %d", len(f))
		}
		var fl cueFlag
		for _, n := range strings.Fields(f[1]) {
			v, ok := cueFlagNames[n]
			if !ok {
				return fmt.Errorf("unknown flag %q", n)
			}
			fl |= v
		}
		for _, form := range strings.Split(f[0], ",") {
			ws := strings.Fields(strings.ToLower(form))
			if len(ws) == 0 {
				continue
			}
			c := cueForm{words: ws, flags: fl, ing: strings.HasSuffix(ws[0], "ing")}
			lx.cues[ws[0]] = append(lx.cues[ws[0]], c)
			lx.cueF.add(ws[0])
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for k, v := range lx.cues {
		slices.SortStableFunc(v, func(x, y cueForm) int { return len(y.words) - len(x.words) })
		lx.cues[k] = v
	}
	err = readLexicon("evidential.txt", func(f []string) error {
		if len(f) != 2 {
			return fmt.Errorf("want 2 fields, got %d", len(f))
		}
		var m *phraseSet
		switch f[0] {
		case "hedge":
			m = &lx.hedge
		case "modal":
			m = &lx.modal
		case "content":
			m = &lx.content
		case "insider":
			m = &lx.insider
		case "unverified":
			m = &lx.unverified
		case "state":
			m = &lx.state
		case "channel":
			m = &lx.channel
		default:
			return fmt.Errorf("unknown class %q", f[0])
		}
		addPhrases(m, f[1])
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readLexicon("conditions.txt", func(f []string) error {
		if len(f) != 2 {
			return fmt.Errorf("want 2 fields, got %d", len(f))
		}
		var k condKind
		switch f[0] {
		case "clause":
			k = condClause
		case "np":
			k = condNP
		case "must":
			k = condMust
		case "before":
			k = condBefore
		default:
			return fmt.Errorf("unknown kind %q", f[0])
		}
		for _, c := range strings.Split(f[1], ",") {
			ws := strings.Fields(strings.ToLower(c))
			if len(ws) == 0 || ws[0] == "*" {
				continue
			}
			lx.cond[ws[0]] = append(lx.cond[ws[0]], condCue{words: ws, kind: k})
			lx.condF.add(ws[0])
			key := ws[0]
			for _, w := range ws {
				if !condKeyStop[w] {
					key = w
					break
				}
			}
			lx.condKey[key] = true
			lx.condKeyF.add(key)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for k, v := range lx.cond {
		slices.SortStableFunc(v, func(x, y condCue) int { return len(y.words) - len(x.words) })
		lx.cond[k] = v
	}
	return lx, nil
}

// isCue reports whether w is a one-word reporting verb ("said").
func (lx *statementLex) isCue(w string) bool {
	for _, f := range lx.cueForms(w) {
		if len(f.words) == 1 && !f.ing {
			return true
		}
	}
	return false
}

// addPhrases adds the comma-separated phrases of s to ps.
func addPhrases(ps *phraseSet, s string) {
	m := ps.m
	for _, p := range strings.Split(s, ",") {
		ws := strings.Fields(strings.ToLower(p))
		if len(ws) == 0 {
			continue
		}
		m[ws[0]] = append(m[ws[0]], phrase(ws))
		ps.f.add(ws[0])
		key := ws[0]
		for _, w := range ws {
			if !condKeyStop[w] && !phraseKeyStop[w] {
				key = w
				break
			}
		}
		if ps.key == nil {
			ps.key = map[string]bool{}
		}
		ps.key[key] = true
		ps.keyF.add(key)
	}
	for k, v := range m {
		slices.SortStableFunc(v, func(x, y phrase) int { return len(y) - len(x) })
		m[k] = v
	}
}

// nameHas reports whether a phrase of ps occurs in the words of name: "an
// anonymous source" holds the insider word "anonymous".
func nameHas(ps *phraseSet, name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	for i, w := range ws {
		for _, p := range ps.get(w) {
			if len(p) <= len(ws)-i && slices.Equal([]string(p), ws[i:i+len(p)]) {
				return true
			}
		}
	}
	return false
}

// Word classes used by the statement and condition rules (lower case).
var (
	// auxiliaries, modals and adverbs that may stand between a subject and
	// its reporting verb
	stmAux = stmSet("has", "have", "had", "is", "was", "were", "are", "be", "been", "being",
		"will", "would", "can", "could", "may", "might", "shall", "should", "must", "did", "does", "do",
		"also", "further", "again", "previously", "earlier", "later", "repeatedly", "reportedly",
		"publicly", "recently", "once", "then", "now", "already", "not", "never", "still", "firmly",
		"clearly", "strongly", "explicitly", "privately", "separately", "too", "himself", "herself",
		"itself", "themselves", "first", "jointly", "had", "allegedly", "apparently", "reiterated")
	// prepositions: a mention after one is not a subject
	stmPrep = stmSet("of", "between", "with", "by", "from", "for", "to", "in", "on", "at", "about",
		"against", "among", "amongst", "toward", "towards", "like", "than", "into", "over", "under",
		"via", "despite", "amid", "amidst", "through", "without", "within", "involving", "including",
		"nor", "upon", "onto", "beyond", "across", "behind", "besides")
	// words that open a leading adverbial ("Amid the war, ...")
	stmLead = stmSet("amid", "amidst", "in", "on", "at", "after", "before", "despite", "during",
		"following", "with", "since", "while", "as", "for", "from", "ahead", "speaking", "by", "under",
		"over", "when", "although", "though", "against", "within", "throughout", "if", "because",
		"once", "unless", "whereas", "whilst", "according", "given", "to", "without", "regarding", "asked")
	// sentence adverbs that open a sentence with a comma right after them
	stmLeadAdv = stmSet("meanwhile", "however", "additionally", "moreover", "furthermore", "still",
		"yet", "also", "separately", "elsewhere", "today", "yesterday", "overall", "nonetheless",
		"nevertheless", "earlier", "later", "instead", "indeed", "similarly", "likewise", "thus",
		"therefore", "now", "then", "finally", "first", "second", "third", "again", "previously", "so",
		"well", "but", "and", "notably", "importantly", "crucially", "historically", "currently")
	// words after a comma that close reported content
	stmStop = stmSet("as", "according", "reported", "while", "whereas", "although", "though",
		"which", "citing", "quoting", "speaking", "adding")
	// -ing words after a comma that begin the author's comment
	stmComment = stmSet("highlighting", "signaling", "signalling", "underscoring", "underlining",
		"marking", "reflecting", "suggesting", "indicating", "illustrating", "showing", "demonstrating",
		"raising", "prompting", "sparking", "fueling", "fuelling", "setting", "paving", "amid", "amidst")
	// turn labels of interviewers and audiences
	stmAskers = stmSet("q", "question", "questions", "interviewer", "host", "moderator", "editor",
		"senior editor", "reporter", "anchor", "presenter", "correspondent", "journalist", "audience",
		"audience member", "participant", "questioner", "the moderator", "staff writer", "managing editor",
		"news editor", "co-host", "press")
	// labels that introduce the author's own text, scanned as prose
	stmProseLabels = stmSet("headline", "final thoughts", "note", "editor's note", "conclusion", "summary",
		"update", "background", "context", "disclaimer", "in conclusion", "key takeaways", "bottom line",
		"analysis", "outlook", "related", "read more", "see also", "source", "sources")
)

func stmSet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

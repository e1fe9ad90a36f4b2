package extract

import (
	"fmt"
	"strings"

	"github.com/parleyhq/parley/diplo"
)

// meetingLex holds the meeting triggers and status markers, parsed once
// from lexicon/meetings.txt.
type meetingLex struct {
	trig      map[string][]mtgTrigger // by first word, longest phrase first
	first     topicFilter             // the first words of triggers
	cueWords  topicFilter             // the keys of before, after and join
	not       map[string]bool         // nouns that make a trigger a modifier
	beforeNot map[string]bool         // words before a trigger that void it
	before    map[string][]cuePhrase  // status markers before a trigger, by last word
	after     map[string][]cuePhrase  // status markers after a mention, by first word
	join      map[string][]cuePhrase  // participation verbs, by last word
	event     map[string]bool         // verbs whose clause is the evidence
}

// Trigger forms.
const (
	formNoun  uint8 = iota // heads a noun phrase
	formVerb               // heads a clause
	formCall               // "call": needs "phone" before or "with" after
	formVisit              // "visit": needs a place or a host
	formHost               // "host": needs a guest
	formSpoke              // "spoke with": needs "with" and a person or country
	formRound              // "round": talks already mentioned, as a noun
)

// mtgTrigger is one trigger word or phrase.
type mtgTrigger struct {
	words []string
	kind  diplo.MeetingKind
	form  uint8
}

// cuePhrase is a phrase of one or more lower-case words with a status.
type cuePhrase struct {
	words  []string
	status diplo.Status
}

var triggerForms = map[string]uint8{"noun": formNoun, "verb": formVerb, "call": formCall, "visit": formVisit, "host": formHost, "spoke": formSpoke, "round": formRound}

func newMeetingLex(opts Options) (*meetingLex, error) {
	lx := &meetingLex{
		trig: map[string][]mtgTrigger{}, not: map[string]bool{}, beforeNot: map[string]bool{},
		before: map[string][]cuePhrase{}, after: map[string][]cuePhrase{},
		join: map[string][]cuePhrase{}, event: map[string]bool{},
	}
	err := readLexicon("meetings.txt", func(f []string) error {
		switch {
		case f[0] == "trigger" && len(f) == 4:
			var k diplo.MeetingKind
			if err := k.UnmarshalText([]byte(f[1])); err != nil {
				return err
			}
			form, ok := triggerForms[f[2]]
			if !ok {
				return fmt.Errorf("unknown trigger form %q", f[2])
			}
			w := strings.Fields(strings.ToLower(f[3]))
			if len(w) == 0 {
				return fmt.Errorf("empty trigger")
			}
			lx.trig[w[0]] = append(lx.trig[w[0]], mtgTrigger{w, k, form})
		case f[0] == "not" && len(f) == 2:
			lx.not[strings.ToLower(f[1])] = true
		case f[0] == "before-not" && len(f) == 2:
			lx.beforeNot[strings.ToLower(f[1])] = true
		case f[0] == "status" && len(f) == 4:
			var s diplo.Status
			if err := s.UnmarshalText([]byte(f[1])); err != nil {
				return err
			}
			w := strings.Fields(strings.ToLower(f[3]))
			if len(w) == 0 {
				return fmt.Errorf("empty status phrase")
			}
			switch f[2] {
			case "before":
				lx.before[w[len(w)-1]] = append(lx.before[w[len(w)-1]], cuePhrase{w, s})
			case "after":
				lx.after[w[0]] = append(lx.after[w[0]], cuePhrase{w, s})
			default:
				return fmt.Errorf("status position %q is not before or after", f[2])
			}
		case f[0] == "join" && len(f) == 2:
			w := strings.Fields(strings.ToLower(f[1]))
			if len(w) == 0 {
				return fmt.Errorf("empty join phrase")
			}
			lx.join[w[len(w)-1]] = append(lx.join[w[len(w)-1]], cuePhrase{words: w})
		case f[0] == "event" && len(f) == 2:
			lx.event[strings.ToLower(f[1])] = true
		default:
			return fmt.Errorf("malformed meeting lexicon line %q", strings.Join(f, " | "))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	// Longest phrases first so that "phone call" wins over "call".
	for _, m := range []map[string][]cuePhrase{lx.before, lx.after, lx.join} {
		for k, v := range m {
			sortPhrases(v)
			m[k] = v
			lx.cueWords.add(k)
		}
	}
	for k, v := range lx.trig {
		for i := 1; i < len(v); i++ {
			for j := i; j > 0 && len(v[j].words) > len(v[j-1].words); j-- {
				v[j], v[j-1] = v[j-1], v[j]
			}
		}
		lx.trig[k] = v
		lx.first.add(k)
	}
	return lx, nil
}

// sortPhrases orders phrases longest first, stably (insertion sort: the
// lists are short).
func sortPhrases(v []cuePhrase) {
	for i := 1; i < len(v); i++ {
		for j := i; j > 0 && len(v[j].words) > len(v[j-1].words); j-- {
			v[j], v[j-1] = v[j-1], v[j]
		}
	}
}

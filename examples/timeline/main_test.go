package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parleyhq/parley/diplo"
	"github.com/parleyhq/parley/timeline"
)

// goldItem is what the test needs of a meeting or statement in the seed
// answer key: the words that locate it in the article.
type goldItem struct {
	Evidence string `json:"evidence"`
	Content  string `json:"content"`
}

type goldDoc struct {
	Meetings   []goldItem `json:"meetings"`
	Statements []goldItem `json:"statements"`
}

type goldMerges struct {
	SameMeeting [][]string  `json:"same_meeting"`
	SameActor   [][2]string `json:"same_actor_across_articles"`
	Order       [][3]string `json:"order"`
}

// TestSeedMerges checks the cross-article facts of the seed answer key on
// the timeline this command builds from the seed articles (extraction,
// merge, order). It needs the shared answer key and skips without it.
func TestSeedMerges(t *testing.T) {
	const gold = "../../../shared/gold/seeds"
	raw, err := os.ReadFile(filepath.Join(gold, "merges.json"))
	if err != nil {
		t.Skipf("no shared answer key: %v", err)
	}
	var facts goldMerges
	if err := json.Unmarshal(raw, &facts); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("../../testdata/articles/*.txt")
	if len(files) == 0 {
		t.Fatal("no seed articles in ../../testdata/articles")
	}
	texts := map[string]string{}
	golds := map[string]goldDoc{}
	for _, f := range files {
		id := strings.TrimSuffix(filepath.Base(f), ".txt")
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts[id] = string(b)
		if gb, err := os.ReadFile(filepath.Join(gold, id+".json")); err == nil {
			var g goldDoc
			if err := json.Unmarshal(gb, &g); err != nil {
				t.Fatalf("%s: %v", id, err)
			}
			golds[id] = g
		}
	}
	// The timeline exactly as the command builds it.
	tl, err := build(files)
	if err != nil {
		t.Fatal(err)
	}
	ord := timeline.NewOrder(tl)
	pos := map[string]int{}
	for i, e := range tl.Events {
		pos[e.ID] = i
	}

	// find maps "DOC#meetings#N" to the event holding the extracted item
	// whose evidence overlaps the answer key's.
	find := func(ref string) (diplo.Event, bool) {
		parts := strings.Split(ref, "#")
		if len(parts) != 3 {
			t.Fatalf("bad reference %q", ref)
		}
		doc, list := parts[0], parts[1]
		var n int
		if err := json.Unmarshal([]byte(parts[2]), &n); err != nil {
			t.Fatalf("bad reference %q", ref)
		}
		g := golds[doc]
		var quote string
		switch {
		case list == "meetings" && n < len(g.Meetings):
			quote = g.Meetings[n].Evidence
		case list == "statements" && n < len(g.Statements):
			quote = g.Statements[n].Content
		default:
			t.Fatalf("reference %q not in the answer key", ref)
		}
		i := strings.Index(texts[doc], quote)
		if i < 0 {
			t.Fatalf("%q not found in %s", quote, doc)
		}
		want := diplo.Span{Start: i, End: i + len(quote)}
		for _, e := range tl.Events {
			for _, s := range e.Sources {
				if s.Document != doc || !strings.HasPrefix(s.Item, strings.TrimSuffix(list, "s")) {
					continue
				}
				for _, sp := range s.Evidence {
					if sp.Start < want.End && want.Start < sp.End {
						return e, true
					}
				}
			}
		}
		return diplo.Event{}, false
	}

	for _, pair := range facts.SameMeeting {
		t.Run("same meeting "+strings.Join(pair, " = "), func(t *testing.T) {
			var ids []string
			for _, ref := range pair {
				e, ok := find(ref)
				if !ok {
					t.Fatalf("%s: not extracted", ref)
				}
				ids = append(ids, e.ID)
			}
			for _, id := range ids[1:] {
				if id != ids[0] {
					t.Errorf("different events: %v", ids)
				}
			}
		})
	}
	for _, fact := range facts.SameActor {
		t.Run("same actor "+fact[0], func(t *testing.T) {
			a, ok := timeline.FindActor(tl, fact[0])
			if !ok {
				t.Fatalf("%s: no such actor on the timeline", fact[0])
			}
			docs := map[string]bool{}
			for _, e := range timeline.Select(tl, timeline.WithActor(a.ID)) {
				for _, s := range e.Sources {
					docs[s.Document[:3]] = true
				}
			}
			for _, d := range strings.Split(fact[1], ",") {
				if !docs[strings.TrimSpace(d)] {
					t.Errorf("%s (%s) has no event from article %s; has %v", fact[0], a.ID, d, docs)
				}
			}
		})
	}
	for _, fact := range facts.Order {
		t.Run("order "+strings.Join(fact[:], " "), func(t *testing.T) {
			a, okA := find(fact[0])
			b, okB := find(fact[2])
			if !okA || !okB {
				t.Fatalf("not extracted: %s %v, %s %v", fact[0], okA, fact[2], okB)
			}
			switch fact[1] {
			case "before":
				if got := ord.Before(a.ID, b.ID); got != timeline.Yes {
					t.Errorf("Before(%s, %s) = %v, want yes", a.ID, b.ID, got)
				}
				if pos[a.ID] >= pos[b.ID] {
					t.Errorf("displayed at %d and %d", pos[a.ID], pos[b.ID])
				}
			case "not after":
				if got := ord.Before(b.ID, a.ID); got == timeline.Yes {
					t.Errorf("Before(%s, %s) = yes", b.ID, a.ID)
				}
				if pos[a.ID] > pos[b.ID] {
					t.Errorf("displayed at %d and %d", pos[a.ID], pos[b.ID])
				}
			default:
				t.Fatalf("unknown relation %q", fact[1])
			}
		})
	}
}

func TestSeedArticlesFound(t *testing.T) {
	files, err := seedArticles()
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 5 {
		t.Errorf("found %d seed articles, want at least 5", len(files))
	}
}

func TestReport(t *testing.T) {
	tests := []struct {
		name string
		tl   diplo.Timeline
		want []string
	}{
		{"empty", diplo.Timeline{}, []string{"# Timeline: 2 articles, 0 events", "The articles report no meetings or statements."}},
		{"one event", diplo.Timeline{
			Actors: []diplo.Actor{{ID: "country:RUS", Name: "Russia", Kind: diplo.Country}},
			Events: []diplo.Event{{ID: "a#meeting:0", Kind: diplo.MeetingEvent,
				Meeting: &diplo.Meeting{Kind: diplo.Talks, Parties: []string{"country:RUS"}}, Status: diplo.Held,
				Sources: []diplo.Source{{Document: "a", Item: "meeting:0"}, {Document: "b", Item: "meeting:3"}}}},
		}, []string{"1 events (1 reported by several articles)", "| 1 | date unknown | Talks: Russia | held |  | a, b |  |", "- Russia: in 2 articles"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			if err := writeReport(&b, tc.tl, 2); err != nil {
				t.Fatal(err)
			}
			for _, w := range tc.want {
				if !strings.Contains(b.String(), w) {
					t.Errorf("output lacks %q:\n%s", w, b.String())
				}
			}
		})
	}
}

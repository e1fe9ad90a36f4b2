package timeline_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parleyhq/parley/diplo"
	"github.com/parleyhq/parley/extract"
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
// the timeline the extractor and the merge build from the seed articles.
// It needs the shared answer key and skips without it.
func TestSeedMerges(t *testing.T) {
	const gold = "../../shared/gold/seeds"
	raw, err := os.ReadFile(filepath.Join(gold, "merges.json"))
	if err != nil {
		t.Skipf("no shared answer key: %v", err)
	}
	var facts goldMerges
	if err := json.Unmarshal(raw, &facts); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("../testdata/articles/*.txt")
	if len(files) == 0 {
		t.Fatal("no seed articles in ../testdata/articles")
	}
	ex, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{}
	golds := map[string]goldDoc{}
	var set timeline.Set
	for _, f := range files {
		id := strings.TrimSuffix(filepath.Base(f), ".txt")
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts[id] = string(b)
		r, err := ex.Extract(diplo.Document{ID: id, Text: string(b)})
		if err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		set.Add(r)
		if gb, err := os.ReadFile(filepath.Join(gold, id+".json")); err == nil {
			var g goldDoc
			if err := json.Unmarshal(gb, &g); err != nil {
				t.Fatalf("%s: %v", id, err)
			}
			golds[id] = g
		}
	}
	tl := set.Timeline()
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

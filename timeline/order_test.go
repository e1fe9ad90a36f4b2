package timeline

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/parleyhq/parley/diplo"
)

func TestBefore(t *testing.T) {
	tl := mergeAll(allFixtures()...).Timeline()
	o := NewOrder(tl)
	id := func(doc, item string) string {
		e, ok := eventOf(tl, doc, item)
		if !ok {
			t.Fatalf("%s#%s not on the timeline", doc, item)
		}
		return e.ID
	}
	tests := []struct {
		name string
		a, b [2]string
		want Answer
	}{
		{"dated rows of a digest", [2]string{"digest", "meeting:0"}, [2]string{"digest", "statement:0"}, Yes},
		{"dated rows, the other way", [2]string{"digest", "statement:0"}, [2]string{"digest", "meeting:0"}, No},
		{"statement then later talks", [2]string{"digest", "statement:0"}, [2]string{"digest", "meeting:1"}, Yes},
		{"dated talks before a statement known by its article's date", [2]string{"digest", "meeting:1"}, [2]string{"kremlin", "statement:0"}, Yes},
		{"a 2024 statement before 2025 talks", [2]string{"kremlin", "statement:0"}, [2]string{"february", "meeting:0"}, Yes},
		{"early February vs February or March", [2]string{"february", "meeting:1"}, [2]string{"february", "meeting:0"}, Unknown},
		{"early February vs February or March, reversed", [2]string{"february", "meeting:0"}, [2]string{"february", "meeting:1"}, Unknown},
		{"held meeting the announcement follows", [2]string{"wire-a", "meeting:1"}, [2]string{"wire-a", "statement:0"}, Yes},
		{"statement before the meeting it announces", [2]string{"wire-a", "statement:0"}, [2]string{"wire-a", "meeting:0"}, Yes},
		{"held before planned, transitively", [2]string{"wire-a", "meeting:1"}, [2]string{"wire-b", "meeting:0"}, Yes},
		{"planned meeting after the other article's statement", [2]string{"wire-b", "statement:0"}, [2]string{"wire-a", "meeting:0"}, Yes},
		{"undated articles, unrelated", [2]string{"wire-b", "statement:0"}, [2]string{"wire-a", "statement:0"}, Unknown},
		{"itself", [2]string{"kyiv", "statement:0"}, [2]string{"kyiv", "statement:0"}, No},
		{"planned then held meeting vs earlier talks", [2]string{"february", "meeting:0"}, [2]string{"readout", "meeting:0"}, Yes},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, b := id(tc.a[0], tc.a[1]), id(tc.b[0], tc.b[1])
			if got := o.Before(a, b); got != tc.want {
				t.Errorf("Before(%s, %s) = %v, want %v", a, b, got, tc.want)
			}
			if got := Before(tl, a, b); got != tc.want {
				t.Errorf("package Before(%s, %s) = %v, want %v", a, b, got, tc.want)
			}
		})
	}
	if got := o.Before("no-such", tl.Events[0].ID); got != Unknown {
		t.Errorf("unknown id: got %v", got)
	}
}

// TestDisplayOrder checks that the display order agrees with every Yes of
// Before and puts partial dates by what is known.
func TestDisplayOrder(t *testing.T) {
	tl := mergeAll(allFixtures()...).Timeline()
	o := NewOrder(tl)
	for i, a := range tl.Events {
		for _, b := range tl.Events[:i] {
			if o.Before(a.ID, b.ID) == Yes {
				t.Errorf("%s is displayed after %s but comes before it", a.ID, b.ID)
			}
		}
	}
	pos := map[string]int{}
	for i, e := range tl.Events {
		pos[e.ID] = i
	}
	early, _ := eventOf(tl, "february", "meeting:0")
	either, _ := eventOf(tl, "february", "meeting:1")
	if pos[early.ID] > pos[either.ID] {
		t.Errorf("early February (%d) displayed after February or March (%d)", pos[early.ID], pos[either.ID])
	}
	for _, p := range tl.Order {
		if pos[p.Before] >= pos[p.After] {
			t.Errorf("edge %v against the display order", p)
		}
	}
}

func TestOrderEdges(t *testing.T) {
	tl := FromReport(wireA()).Timeline()
	want := []diplo.Precedence{
		{Before: "wire-a#meeting:1", After: "wire-a#statement:0", Basis: "text"},
		{Before: "wire-a#meeting:1", After: "wire-a#meeting:0", Basis: "publication"},
		{Before: "wire-a#statement:0", After: "wire-a#meeting:0", Basis: "publication"},
	}
	if diff := cmp.Diff(want, tl.Order); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
	var ids []string
	for _, e := range tl.Events {
		ids = append(ids, e.ID)
	}
	if diff := cmp.Diff([]string{"wire-a#meeting:1", "wire-a#statement:0", "wire-a#meeting:0"}, ids); diff != "" {
		t.Errorf("display order (-want +got)\n%s", diff)
	}
}

func TestFollowCue(t *testing.T) {
	tests := []struct {
		name string
		head string
		want bool
	}{
		{"this follows", "this proclamation follows ", true},
		{"the comes after", "the announcement comes after ", true},
		{"these in the wake of", "these remarks came in the wake of ", true},
		{"no anaphor", "russia follows ", false},
		{"no cue", "this proclamation praises ", false},
		{"cue inside a word", "this afterthought mentions ", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := hasFollowCue(tc.head); got != tc.want {
				t.Errorf("hasFollowCue(%q) = %v, want %v", tc.head, got, tc.want)
			}
		})
	}
}

func TestSelect(t *testing.T) {
	tl := mergeAll(allFixtures()...).Timeline()
	ids := func(es []diplo.Event) []string {
		var out []string
		for _, e := range es {
			out = append(out, e.ID)
		}
		return out
	}
	tests := []struct {
		name    string
		filters []Filter
		want    []string
	}{
		{"by person", []Filter{WithActor("person:dmitry-peskov")}, []string{"kremlin#statement:0", "kremlin-again#statement:1"}},
		{"by status", []Filter{WithStatus(diplo.Planned)}, []string{"wire-a#meeting:0"}},
		{"by topic and kind", []Filter{WithTopic(diplo.UkraineWar), WithKind(diplo.MeetingEvent), During(diplo.Interval{Start: date(2025, 2, 1), End: date(2025, 3, 1)})},
			[]string{"riyadh-1#meeting:0"}},
		{"window before 2024, dated only", []Filter{During(diplo.Interval{End: date(2024, 1, 1)}), Dated},
			[]string{"digest#meeting:0", "digest#statement:0", "digest#meeting:1"}},
		{"nothing matches", []Filter{WithActor("person:nobody")}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, ids(Select(tl, tc.filters...))); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

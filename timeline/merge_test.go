package timeline

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/parleyhq/parley/diplo"
)

func allFixtures() []diplo.Report {
	return []diplo.Report{
		wireA(), wireB(), digest(), kremlin(), kremlinAgain(), february(), kyiv(), kyivToo(),
		plannedReport(), heldReport(),
		riyadh("riyadh-1", "2025-02-19", "on Tuesday", "2025-02-18", "Riyadh", "SAU"),
		riyadh("riyadh-2", "2025-02-20", "on February 19", "2025-02-19", "Riyadh", "SAU"),
		envoys(),
	}
}

func TestSameEvent(t *testing.T) {
	tl := mergeAll(allFixtures()...).Timeline()
	tests := []struct {
		name   string
		a, b   [2]string // document, item
		same   bool
		reason string
	}{
		{"planned meeting in two undated articles", [2]string{"wire-a", "meeting:0"}, [2]string{"wire-b", "meeting:0"}, true,
			"same parties, planned, the same unresolved 'within two weeks', shared words"},
		{"one remark by one spokesman, two outlets", [2]string{"kremlin", "statement:0"}, [2]string{"kremlin-again", "statement:0"}, true,
			"surname-only speaker, near-identical content"},
		{"same remark spelled differently", [2]string{"kyiv", "statement:0"}, [2]string{"kyiv-too", "statement:0"}, true,
			"Zelensky and Zelenskiy are one person"},
		{"planned then held", [2]string{"announce", "meeting:0"}, [2]string{"readout", "meeting:0"}, true,
			"same parties, place and day"},
		{"dates a day apart", [2]string{"riyadh-1", "meeting:0"}, [2]string{"riyadh-2", "meeting:0"}, true,
			"same participants and place; the dates conflict"},
		{"different remark by the same speaker", [2]string{"kremlin", "statement:0"}, [2]string{"kremlin-again", "statement:1"}, false,
			"content differs"},
		{"other envoys the same day", [2]string{"riyadh-1", "meeting:0"}, [2]string{"envoys", "meeting:0"}, false,
			"disjoint participants"},
		{"held talks and planned talks", [2]string{"wire-a", "meeting:1"}, [2]string{"wire-b", "meeting:0"}, false,
			"held and planned in undated articles, different participants"},
		{"history rows", [2]string{"digest", "meeting:0"}, [2]string{"digest", "meeting:1"}, false,
			"one article, months apart"},
		{"statement by a country and one by a person", [2]string{"wire-b", "statement:0"}, [2]string{"wire-a", "statement:0"}, false,
			"different speakers"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ea, okA := eventOf(tl, tc.a[0], tc.a[1])
			eb, okB := eventOf(tl, tc.b[0], tc.b[1])
			if !okA || !okB {
				t.Fatalf("items not on the timeline: %v %v", okA, okB)
			}
			if got := ea.ID == eb.ID; got != tc.same {
				t.Errorf("same event = %v, want %v (%s): %s vs %s", got, tc.same, tc.reason, ea.ID, eb.ID)
			}
		})
	}
}

func TestMergedEvent(t *testing.T) {
	tl := mergeAll(allFixtures()...).Timeline()
	tests := []struct {
		name string
		doc  string
		item string
		want func(diplo.Event) any
		val  any
	}{
		{"sources of the shared planned meeting", "wire-b", "meeting:0",
			func(e diplo.Event) any {
				var s []string
				for _, x := range e.Sources {
					s = append(s, x.Document+"#"+x.Item)
				}
				return s
			}, []string{"wire-a#meeting:0", "wire-b#meeting:0"}},
		{"evidence quotes kept", "wire-b", "meeting:0",
			func(e diplo.Event) any { return e.Sources[1].Quote },
			"envoys of Russia and the United States will meet again within the next two weeks"},
		{"the third country survives the merge", "wire-b", "meeting:0",
			func(e diplo.Event) any { return e.Meeting.Location.ThirdCountry }, true},
		{"status history planned then held", "readout", "meeting:0",
			func(e diplo.Event) any {
				var s []string
				for _, h := range e.History {
					s = append(s, h.Status.String()+"@"+h.Document)
				}
				return s
			}, []string{"planned@announce", "held@readout"}},
		{"latest status", "announce", "meeting:0", func(e diplo.Event) any { return e.Status }, diplo.Held},
		{"date conflict recorded", "riyadh-2", "meeting:0", func(e diplo.Event) any { return e.Conflicts },
			[]diplo.Conflict{{Field: "time", Values: []diplo.ConflictValue{
				{Value: "2025-02-18", Documents: []string{"riyadh-1"}}, {Value: "2025-02-19", Documents: []string{"riyadh-2"}}}}}},
		{"no conflict when sources agree", "readout", "meeting:0", func(e diplo.Event) any { return len(e.Conflicts) }, 0},
		{"speakers unified", "kremlin-again", "statement:0", func(e diplo.Event) any { return e.Statement.Speakers },
			[]string{"person:dmitry-peskov"}},
		{"participants unified", "riyadh-2", "meeting:0", func(e diplo.Event) any { return e.Meeting.Participants },
			[]string{"person:marco-rubio", "person:sergei-lavrov"}},
		{"held meeting window bounded by publication", "readout", "meeting:0", func(e diplo.Event) any { return e.Window },
			diplo.Interval{Start: date(2025, 3, 10), End: date(2025, 3, 11)}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e, ok := eventOf(tl, tc.doc, tc.item)
			if !ok {
				t.Fatalf("%s#%s not on the timeline", tc.doc, tc.item)
			}
			if diff := cmp.Diff(tc.val, tc.want(e)); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

func TestLocationConflict(t *testing.T) {
	tl := mergeAll(
		riyadh("riyadh-1", "2025-02-19", "on Tuesday", "2025-02-18", "Riyadh", "SAU"),
		riyadh("gulf", "2025-02-19", "on Tuesday", "2025-02-18", "Jeddah", ""),
	).Timeline()
	if len(tl.Events) != 1 {
		t.Fatalf("got %d events, want 1", len(tl.Events))
	}
	want := []diplo.Conflict{{Field: "location", Values: []diplo.ConflictValue{
		{Value: "Jeddah", Documents: []string{"gulf"}}, {Value: "Riyadh", Documents: []string{"riyadh-1"}}}}}
	if diff := cmp.Diff(want, tl.Events[0].Conflicts); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
}

func TestActors(t *testing.T) {
	tl := mergeAll(allFixtures()...).Timeline()
	tests := []struct {
		name   string
		query  string
		wantID string
	}{
		{"full name", "Dmitry Peskov", "person:dmitry-peskov"},
		{"surname alone, unambiguous", "Peskov", "person:dmitry-peskov"},
		{"spelling variant (ties go to the first ID)", "Zelensky", "person:volodymyr-zelenskiy"},
		{"another variant", "Volodymyr Zelenskiy", "person:volodymyr-zelenskiy"},
		{"accents folded", "Volodymyr Zelénskyy", "person:volodymyr-zelenskiy"},
		{"country", "country:RUS", "country:RUS"},
		{"unknown person", "Angela Merkel", ""},
		{"surname shared by two people", "Sergei", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, _ := FindActor(tl, tc.query)
			if a.ID != tc.wantID {
				t.Errorf("FindActor(%q) = %q, want %q", tc.query, a.ID, tc.wantID)
			}
		})
	}
	var zel []string
	for _, a := range tl.Actors {
		if slices.Contains([]string{"person:volodymyr-zelensky", "person:volodymyr-zelenskiy", "person:volodymyr-zelenskiy"}, a.ID) {
			zel = append(zel, a.ID)
		}
	}
	if diff := cmp.Diff([]string{"person:volodymyr-zelenskiy"}, zel); diff != "" {
		t.Errorf("Zelenskyy actors (-want +got)\n%s", diff)
	}
}

func TestUnifyAmbiguousSurname(t *testing.T) {
	recs := []actorRec{
		{doc: "a", Actor: diplo.Actor{ID: "person:ivan-petrov", Name: "Ivan Petrov", Kind: diplo.Person}},
		{doc: "b", Actor: diplo.Actor{ID: "person:oleg-petrov", Name: "Oleg Petrov", Kind: diplo.Person}},
		{doc: "c", Actor: diplo.Actor{ID: "person:petrov", Name: "Petrov", Kind: diplo.Person}},
		{doc: "d", Actor: diplo.Actor{ID: "person:o-petrov", Name: "O. Petrov", Kind: diplo.Person}},
		{doc: "e", Actor: diplo.Actor{ID: "person:dmitri-medvedev", Name: "Dmitri Medvedev", Kind: diplo.Person}},
		{doc: "f", Actor: diplo.Actor{ID: "person:dmitry-medvedev", Name: "Dmitry Medvedev", Kind: diplo.Person}},
		{doc: "g", Actor: diplo.Actor{ID: "person:ilham-aliyev", Name: "Ilham Aliyev", Kind: diplo.Person}},
		{doc: "h", Actor: diplo.Actor{ID: "person:ilham-aliev", Name: "Ilham Aliev", Kind: diplo.Person}},
	}
	for i := range recs {
		recs[i].key = actorKey{id: recs[i].ID, kind: diplo.Person}
		recs[i].key.person, _ = personName(recs[i].Name)
	}
	ptrs := make([]*actorRec, len(recs))
	for i := range recs {
		ptrs[i] = &recs[i]
	}
	at := unifyActors(ptrs)
	got := map[string]string{}
	for i, r := range recs {
		got[r.ID] = at.ids[i]
	}
	want := map[string]string{
		"person:ivan-petrov":     "person:ivan-petrov",
		"person:oleg-petrov":     "person:oleg-petrov",
		"person:petrov":          "person:petrov", // two Petrovs: stays apart
		"person:o-petrov":        "person:oleg-petrov",
		"person:dmitri-medvedev": "person:dmitri-medvedev",
		"person:dmitry-medvedev": "person:dmitri-medvedev",
		"person:ilham-aliyev":    "person:ilham-aliyev",
		"person:ilham-aliev":     "person:ilham-aliyev", // the longer spelling
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
}

func TestSkeleton(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"yy", "zelenskyy", "zelensky"},
		{"iy", "zelenskiy", "zelensky"},
		{"y", "zelensky", "zelensky"},
		{"final i", "dmitri", "dmitry"},
		{"ei", "sergei", "sergey"},
		{"kh", "khrushchev", "hrushchev"},
		{"ye", "yevgeny", "evgeny"},
		{"w", "wladimir", "vladimir"},
		{"ks", "aleksandr", "alexandr"},
		{"short name kept", "li", "li"},
		{"different names differ", "putin", "putin"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := skeleton(tc.in); got != tc.want {
				t.Errorf("skeleton(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestIdempotent(t *testing.T) {
	a := mergeAll(allFixtures()...)
	if diff := cmp.Diff(a.Timeline(), Merge(a, a).Timeline()); diff != "" {
		t.Errorf("Merge(a, a) differs from a (-want +got)\n%s", diff)
	}
	b := a.Clone()
	b.Add(wireA())
	if diff := cmp.Diff(a.Timeline(), b.Timeline()); diff != "" {
		t.Errorf("adding a report twice changed the timeline (-want +got)\n%s", diff)
	}
	if a.Len() != len(allFixtures()) {
		t.Errorf("Len = %d, want %d", a.Len(), len(allFixtures()))
	}
}

func TestMergeDoesNotChangeInputs(t *testing.T) {
	a := FromReport(wireA())
	before := a.Timeline()
	_ = Merge(a, FromReport(wireB()))
	_ = Merge(FromReport(wireB()), a)
	if diff := cmp.Diff(before, a.Timeline()); diff != "" {
		t.Errorf("Merge changed its input (-want +got)\n%s", diff)
	}
}

func TestEmpty(t *testing.T) {
	var s Set
	if diff := cmp.Diff(diplo.Timeline{}, s.Timeline()); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
	s = FromReport(diplo.Report{})
	if got := s.Timeline(); len(got.Events) != 0 {
		t.Errorf("empty report gave %d events", len(got.Events))
	}
}

func TestFold(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"ascii", "Zelenskyy's U.S. visit", []string{"zelenskyy", "s", "u", "s", "visit"}},
		{"accents", "Jean-Noël Barrot", []string{"jean", "noel", "barrot"}},
		{"digits", "New START-2026", []string{"new", "start", "2026"}},
		{"nothing", " -- ", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, fold(tc.in)); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

package diplo

import (
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"
)

// fullText is the article of fullReport. It is written for these tests and
// holds non-ASCII text (curly quotes, a diacritic) so that rune boundaries
// matter.
const fullText = `OSLO, March 3 (Reuters) - Norwegian Foreign Minister Ingrid Sørlie said on Monday that talks with Finland would resume in early April, provided that the border crossings are reopened first. “We are ready to meet,” Sørlie told NRK. The talks could be held in a third country two days later.`

// at is the span of the n-th (0-based) occurrence of sub in fullText; it
// panics when there is none, which fails the test that called it.
func at(sub string, n int) Span {
	off := 0
	for {
		i := strings.Index(fullText[off:], sub)
		if i < 0 {
			panic("at: " + sub + " not in fullText")
		}
		if n == 0 {
			return Span{off + i, off + i + len(sub)}
		}
		n--
		off += i + len(sub)
	}
}

// fullReport is a Report in which every field of every type it contains is
// set somewhere (TestFullCoverage checks this), so that the JSON round trip
// and the schema validation exercise every field. It is valid.
func fullReport() Report {
	published := time.Date(2025, 3, 3, 9, 30, 0, 0, time.UTC)
	return Report{
		Document: Document{
			ID:        "doc-1",
			Title:     "Norway and Finland to resume border talks",
			Outlet:    "Reuters",
			URL:       "https://example.com/news/1",
			Published: published,
			Text:      fullText,
		},
		Actors: []Actor{
			{
				ID:      "person:ingrid-sorlie",
				Name:    "Ingrid Sørlie",
				Kind:    Person,
				Country: "NOR",
				Titles:  []string{"Foreign Minister"},
				Aliases: []string{"Sørlie"},
				Mentions: []Mention{
					{Span: at("Ingrid Sørlie", 0), Kind: ByName},
					{Span: at("Sørlie", 1), Kind: ByName},
				},
			},
			{
				ID:       "country:NOR",
				Name:     "Norway",
				Kind:     Country,
				Country:  "NOR",
				Aliases:  []string{"Norwegian"},
				Mentions: []Mention{{Span: at("Norwegian", 0), Kind: ByAlias}},
			},
			{
				ID:       "country:FIN",
				Name:     "Finland",
				Kind:     Country,
				Country:  "FIN",
				Mentions: []Mention{{Span: at("Finland", 0), Kind: ByName}},
			},
			{
				ID:       "media:nrk",
				Name:     "NRK",
				Kind:     Media,
				Country:  "NOR",
				Mentions: []Mention{{Span: at("NRK", 0), Kind: ByName}},
			},
		},
		Statements: []Statement{
			{
				ID:          "statement:1",
				Speakers:    []string{"person:ingrid-sorlie"},
				Cue:         "said",
				CueSpan:     at("said", 0),
				Content:     "talks with Finland would resume in early April",
				ContentSpan: at("talks with Finland would resume in early April", 0),
				Evidential:  Asserted,
				Time:        "time:1",
				Topics:      []Topic{BilateralRelations},
				SpeakerSpan: at("Ingrid Sørlie", 0),
			},
			{
				ID:          "statement:2",
				Speakers:    []string{"person:ingrid-sorlie"},
				Cue:         "told",
				CueSpan:     at("told", 0),
				Content:     "We are ready to meet,",
				ContentSpan: at("We are ready to meet,", 0),
				Direct:      true,
				ReportedBy:  []string{"media:nrk"},
				Evidential:  Hedged,
				SpeakerSpan: at("Sørlie", 1),
			},
		},
		Meetings: []Meeting{{
			ID:           "meeting:1",
			Kind:         Talks,
			Parties:      []string{"country:NOR", "country:FIN"},
			Participants: []string{"person:ingrid-sorlie"},
			Location: Location{
				Name:         "a third country",
				Country:      "SWE",
				ThirdCountry: true,
				Span:         at("a third country", 0),
			},
			Time:     "time:2",
			Status:   Planned,
			Topics:   []Topic{BilateralRelations, Topic("border-crossings")},
			Evidence: []Span{at("talks with Finland", 0), at("The talks", 0)},
			Outcome:  "resumption of talks",
		}},
		Conditions: []Condition{{
			ID:     "condition:1",
			Holder: "person:ingrid-sorlie",
			Wording: Wording{
				Cue:             "provided that",
				CueSpan:         at("provided that", 0),
				Requirement:     "the border crossings are reopened first",
				RequirementSpan: at("the border crossings are reopened first", 0),
			},
			AppliesTo:     "talks with Finland",
			AppliesToSpan: at("talks with Finland", 0),
			Target:        "meeting:1",
			Also: []Wording{{
				Cue:             "first",
				CueSpan:         at("first", 0),
				Requirement:     "the border crossings are reopened",
				RequirementSpan: at("the border crossings are reopened", 0),
			}},
		}},
		Topics: []Topic{BilateralRelations, Security},
		Times: []Time{
			{
				ID:          "time:1",
				Span:        at("on Monday", 0),
				Text:        "on Monday",
				Type:        Date,
				Value:       "2025-03-03",
				Granularity: Day,
				Interval:    Interval{Start: time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC), End: time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)},
			},
			{
				ID:          "time:2",
				Span:        at("in early April", 0),
				Text:        "in early April",
				Type:        Date,
				Value:       "2025-04",
				Mod:         Start,
				Granularity: Month,
				Interval:    Interval{Start: time.Date(2025, 4, 1, 0, 0, 0, 0, time.UTC), End: time.Date(2025, 4, 11, 0, 0, 0, 0, time.UTC)},
			},
			{
				ID:          "time:3",
				Span:        at("two days later", 0),
				Text:        "two days later",
				Type:        Date,
				Value:       "XXXX-XX-XX",
				Granularity: Day,
				Unresolved:  true,
				Anchor:      "time:1",
			},
		},
	}
}

// fullTimeline is a Timeline in which every field of every type it contains
// is set somewhere (TestFullCoverage checks this).
func fullTimeline() Timeline {
	r := fullReport()
	published := r.Document.Published
	st := r.Statements[1]
	st.Time = "time:3"
	st.Topics = []Topic{Security}
	return Timeline{
		Actors: r.Actors,
		Events: []Event{
			{
				ID:         "doc-1#meeting:1",
				Kind:       MeetingEvent,
				Meeting:    &r.Meetings[0],
				Conditions: r.Conditions,
				Time:       r.Times[1],
				Status:     Planned,
				Window:     Interval{Start: published, End: r.Times[1].Interval.End},
				History: []StatusChange{
					{Status: Proposed, Document: "doc-0", Published: published.AddDate(0, 0, -7)},
					{Status: Planned, Document: "doc-1", Published: published},
				},
				Sources: []Source{{
					Document:  "doc-1",
					Outlet:    "Reuters",
					Published: published,
					Item:      "meeting:1",
					Evidence:  r.Meetings[0].Evidence,
					Quote:     "talks with Finland",
				}},
				Conflicts: []Conflict{{
					Field: "time",
					Values: []ConflictValue{
						{Value: "2025-04", Documents: []string{"doc-1"}},
						{Value: "2025-05", Documents: []string{"doc-0"}},
					},
				}},
				Topics: []Topic{BilateralRelations},
			},
			{
				ID:        "doc-1#statement:2",
				Kind:      StatementEvent,
				Statement: &st,
				Time:      r.Times[2],
				Sources:   []Source{{Document: "doc-1", Item: "statement:2"}},
			},
		},
		Order: []Precedence{{Before: "doc-1#statement:2", After: "doc-1#meeting:1", Basis: "dates"}},
	}
}

// TestFullCoverage fails when a field of a type in Report or Timeline is
// left zero everywhere in fullReport and fullTimeline: add a value for it
// there, so the round-trip and schema tests cover it.
func TestFullCoverage(t *testing.T) {
	for _, tt := range []struct {
		name string
		v    any
	}{
		{"Report", fullReport()},
		{"Timeline", fullTimeline()},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fields := map[string]bool{} // "Type.Field" -> set somewhere
			declared(reflect.TypeOf(tt.v), fields)
			cover(reflect.ValueOf(tt.v), fields)
			var missing []string
			for f, set := range fields {
				if !set {
					missing = append(missing, f)
				}
			}
			sort.Strings(missing)
			if len(fields) < 5 {
				t.Errorf("only %d fields found: the walk is broken", len(fields))
			}
			if len(missing) > 0 {
				t.Errorf("fields never set in full%s: %s", tt.name, strings.Join(missing, ", "))
			}
		})
	}
}

var diploPkg = reflect.TypeFor[Report]().PkgPath()

// declared records every exported field of every diplo struct type
// reachable from t as not yet seen.
func declared(t reflect.Type, fields map[string]bool) {
	switch t.Kind() {
	case reflect.Slice, reflect.Array, reflect.Pointer:
		declared(t.Elem(), fields)
	case reflect.Struct:
		if t.PkgPath() != diploPkg {
			return
		}
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			key := t.Name() + "." + f.Name
			if _, done := fields[key]; done {
				return // type already walked
			}
			fields[key] = false
			declared(f.Type, fields)
		}
	}
}

// cover marks the fields set in v.
func cover(v reflect.Value, fields map[string]bool) {
	switch v.Kind() {
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			cover(v.Index(i), fields)
		}
	case reflect.Pointer:
		if !v.IsNil() {
			cover(v.Elem(), fields)
		}
	case reflect.Struct:
		t := v.Type()
		if t.PkgPath() != diploPkg {
			return
		}
		for i := range t.NumField() {
			if !t.Field(i).IsExported() {
				continue
			}
			if !v.Field(i).IsZero() {
				fields[t.Name()+"."+t.Field(i).Name] = true
			}
			cover(v.Field(i), fields)
		}
	}
}

func TestFullReportValid(t *testing.T) {
	r := fullReport()
	if err := r.Validate(); err != nil {
		t.Errorf("fullReport().Validate() = %v, want nil", err)
	}
	// The spans must cover the text they claim.
	for _, s := range r.Statements {
		if got := s.ContentSpan.Of(r.Document.Text); got != s.Content {
			t.Errorf("%s: content span covers %q, want %q", s.ID, got, s.Content)
		}
		if got := s.CueSpan.Of(r.Document.Text); got != s.Cue {
			t.Errorf("%s: cue span covers %q, want %q", s.ID, got, s.Cue)
		}
	}
	for _, tm := range r.Times {
		if got := tm.Span.Of(r.Document.Text); got != tm.Text {
			t.Errorf("%s: span covers %q, want %q", tm.ID, got, tm.Text)
		}
	}
}

func TestFullTimelineValid(t *testing.T) {
	tl := fullTimeline()
	if err := tl.Validate(); err != nil {
		t.Errorf("fullTimeline().Validate() = %v, want nil", err)
	}
}

package timeline

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/parleyhq/parley/diplo"
)

func TestWhen(t *testing.T) {
	iv := func(v string, m diplo.Mod) diplo.Interval { x, _, _ := diplo.ParseValue(v, m); return x }
	tests := []struct {
		name string
		ev   diplo.Event
		want string
	}{
		{"day", diplo.Event{Time: diplo.Time{Value: "2025-02-18"}}, "February 18, 2025"},
		{"early month", diplo.Event{Time: diplo.Time{Value: "2025-02", Mod: diplo.Start}}, "early February 2025"},
		{"month range", diplo.Event{Time: diplo.Time{Value: "2025-02/2025-03"}}, "February–March 2025"},
		{"range across years", diplo.Event{Time: diplo.Time{Value: "2024-12/2025-01"}}, "December 2024–January 2025"},
		{"year", diplo.Event{Time: diplo.Time{Value: "2026"}}, "2026"},
		{"by", diplo.Event{Time: diplo.Time{Value: "2026", Mod: diplo.OnOrBefore}}, "by 2026"},
		{"quarter", diplo.Event{Time: diplo.Time{Value: "2025-Q3"}}, "Q3 2025"},
		{"week", diplo.Event{Time: diplo.Time{Value: "2025-W08"}}, "the week of February 17, 2025"},
		{"unresolved weekday", diplo.Event{Time: diplo.Time{Text: "on Tuesday", Value: "XXXX-WXX-2", Unresolved: true}}, `"on Tuesday" (date unresolved)`},
		{"statement by publication", diplo.Event{Kind: diplo.StatementEvent, Window: diplo.Interval{Start: date(2024, 2, 25), End: date(2024, 3, 27)}}, "by March 26, 2024"},
		{"planned after publication", diplo.Event{Kind: diplo.MeetingEvent, Window: diplo.Interval{Start: date(2024, 3, 26)}}, "from March 26, 2024"},
		{"window of days", diplo.Event{Kind: diplo.MeetingEvent, Window: iv("2025-W08", 0)}, "between February 17, 2025 and February 23, 2025"},
		{"nothing known", diplo.Event{}, "date unknown"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := When(tc.ev); got != tc.want {
				t.Errorf("When = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestTimelineJS(t *testing.T) {
	tl := mergeAll(digest(), kremlin(), february(), wireA()).Timeline()
	js := ToTimelineJS(tl, "Talks")
	if js.Title == nil || js.Title.Text.Headline != "Talks" {
		t.Errorf("title = %+v", js.Title)
	}
	byID := map[string]TimelineJSEvent{}
	for _, e := range js.Events {
		byID[e.UniqueID] = e
	}
	tests := []struct {
		name string
		id   string
		want TimelineJSEvent
	}{
		{"month-level date", "digest-meeting-0", TimelineJSEvent{StartDate: TimelineJSDate{Year: 2023, Month: 6}, DisplayDate: "June 2023", Group: "Meetings"}},
		{"partial date with mod", "february-meeting-0", TimelineJSEvent{StartDate: TimelineJSDate{Year: 2025, Month: 2, Day: 1},
			EndDate: &TimelineJSDate{Year: 2025, Month: 2, Day: 10}, DisplayDate: "early February 2025", Group: "Meetings"}},
		{"range of months", "february-meeting-1", TimelineJSEvent{StartDate: TimelineJSDate{Year: 2025, Month: 2},
			EndDate: &TimelineJSDate{Year: 2025, Month: 3}, DisplayDate: "February–March 2025", Group: "Meetings"}},
		{"statement by its article's date", "kremlin-statement-0", TimelineJSEvent{StartDate: TimelineJSDate{Year: 2024, Month: 3, Day: 26},
			DisplayDate: "by March 26, 2024", Group: "Statements"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := byID[tc.id]
			if !ok {
				t.Fatalf("no slide %q", tc.id)
			}
			got.Text, got.UniqueID = TimelineJSText{}, ""
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
	if _, ok := byID["wire-a-meeting-1"]; ok {
		t.Errorf("an undated event got a slide")
	}
	var buf bytes.Buffer
	if err := WriteTimelineJS(&buf, tl, "Talks"); err != nil {
		t.Fatal(err)
	}
	var raw map[string]any
	if err := json.Unmarshal(buf.Bytes(), &raw); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	ev := raw["events"].([]any)[0].(map[string]any)
	for _, k := range []string{"start_date", "text", "display_date", "group", "unique_id"} {
		if _, ok := ev[k]; !ok {
			t.Errorf("TimelineJS event without %q: %v", k, ev)
		}
	}
	if strings.Contains(buf.String(), "<script") {
		t.Errorf("unescaped HTML")
	}
}

func TestWriteTableEscapes(t *testing.T) {
	b := newReport("pipes", "2025-01-02")
	p := b.person("Ann | Lee", "USA")
	s := b.say("Ann | Lee said the | talks\nwent well.")
	b.statement(s, []string{p}, "said", "the | talks\nwent well", "")
	var buf bytes.Buffer
	if err := WriteTable(&buf, FromReport(b.report()).Timeline()); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 3 {
		t.Fatalf("got %d lines, want 3:\n%s", len(lines), buf.String())
	}
	if got := strings.Count(lines[2], "|") - strings.Count(lines[2], `\|`); got != 8 {
		t.Errorf("row has %d cell borders, want 8: %s", got, lines[2])
	}
}

func TestJSONRoundTrip(t *testing.T) {
	tl := mergeAll(allFixtures()...).Timeline()
	b, err := json.Marshal(tl)
	if err != nil {
		t.Fatal(err)
	}
	var back diplo.Timeline
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(tl, back); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
}

// TestHostileReports feeds reports no extractor should produce: spans out
// of range, references to nothing, empty and duplicate IDs, invalid text.
func TestHostileReports(t *testing.T) {
	bad := []diplo.Report{
		{},
		{Document: diplo.Document{ID: "x", Text: "\xff\xfe\x00"},
			Meetings: []diplo.Meeting{{ID: "meeting:0", Parties: []string{"country:NOPE", ""}, Participants: []string{"person:ghost"},
				Time: "time:9", Evidence: []diplo.Span{{Start: -5, End: 900}, {Start: 3, End: 1}}, Status: 200}},
			Statements: []diplo.Statement{{ID: "statement:0", Speakers: []string{"person:ghost"}, ContentSpan: diplo.Span{Start: 2, End: 1 << 30}},
				{ID: "statement:0"}},
			Conditions: []diplo.Condition{{ID: "c", Target: "meeting:0", Holder: "nobody"}},
			Times:      []diplo.Time{{ID: "time:0", Value: "9999-99-99"}, {ID: "time:0", Value: "2025-02", Mod: 99}},
		},
		{Document: diplo.Document{ID: "y", Text: strings.Repeat("This follows a meeting. ", 200)},
			Meetings: []diplo.Meeting{{ID: "meeting:0", Status: diplo.Held, Evidence: []diplo.Span{{Start: 5, End: 20}}}},
			Statements: []diplo.Statement{{ID: "statement:0", Speakers: []string{"country:USA"},
				ContentSpan: diplo.Span{Start: 0, End: 4000}}}},
	}
	var s Set
	for _, r := range bad {
		s.Add(r)
	}
	tl := s.Timeline()
	var buf bytes.Buffer
	if err := WriteTable(&buf, tl); err != nil {
		t.Fatal(err)
	}
	if err := WriteTimelineJS(&buf, tl, ""); err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, e := range tl.Events {
		if ids[e.ID] {
			t.Errorf("duplicate event ID %q", e.ID)
		}
		ids[e.ID] = true
	}
	if len(tl.Events) != 5 {
		t.Errorf("got %d events, want 5", len(tl.Events))
	}
}

func TestClip(t *testing.T) {
	tests := []struct {
		name string
		in   string
		n    int
		want string
	}{
		{"short", "talks went well", 20, "talks went well"},
		{"cut at a word", "talks went very well", 12, "talks went…"},
		{"one long word", "abcdefghij", 4, "abcd…"},
		{"runes, not bytes", "éééé ééé", 6, "éééé…"},
		{"spaces folded", "a \n\t b", 10, "a b"},
		{"exactly n", "abcd", 4, "abcd"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := clip(tc.in, tc.n); got != tc.want {
				t.Errorf("clip(%q, %d) = %q, want %q", tc.in, tc.n, got, tc.want)
			}
		})
	}
	long := strings.Repeat("x", 1<<20)
	if got := clip(long, 10); got != "xxxxxxxxxx…" {
		t.Errorf("long: %q", got)
	}
}

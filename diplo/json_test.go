package diplo

import (
	"bytes"
	"encoding"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// roundTrip encodes v to JSON and decodes it into a new T.
func roundTrip[T any](t *testing.T, v T) T {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("Marshal: %v", err)
	}
	var got T
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatalf("Unmarshal: %v\n%s", err, b)
	}
	return got
}

func TestRoundTrip(t *testing.T) {
	full := fullReport()
	tests := []struct {
		name string
		v    any
		back func(*testing.T) any
	}{
		{"full report", full, func(t *testing.T) any { return roundTrip(t, full) }},
		{"empty report", Report{}, func(t *testing.T) any { return roundTrip(t, Report{}) }},
		{"report without document metadata", Report{Document: Document{Text: "x"}}, func(t *testing.T) any {
			return roundTrip(t, Report{Document: Document{Text: "x"}})
		}},
		{"full timeline", fullTimeline(), func(t *testing.T) any { return roundTrip(t, fullTimeline()) }},
		{"empty timeline", Timeline{}, func(t *testing.T) any { return roundTrip(t, Timeline{}) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.v, tt.back(t)); diff != "" {
				t.Errorf("decode(encode(v)) differs (-want +got):\n%s", diff)
			}
		})
	}
}

// TestJSONNames checks that the encoding uses snake_case names and leaves
// out unset optional fields.
func TestJSONNames(t *testing.T) {
	tests := []struct {
		name string
		v    any
		want string
	}{
		{"span", Span{1, 4}, `{"start":1,"end":4}`},
		{"empty document", Document{}, `{}`},
		{"zero time left out", Document{Text: "a"}, `{"text":"a"}`},
		{"mention", Mention{Span{0, 2}, ByPronoun}, `{"span":{"start":0,"end":2},"kind":"pronoun"}`},
		{"minimal time", Time{ID: "time:1", Span: Span{0, 4}, Text: "2025", Type: Date, Value: "2025"},
			`{"id":"time:1","span":{"start":0,"end":4},"text":"2025","type":"date","value":"2025"}`},
		{"time with mod and granularity", Time{ID: "t", Type: Clock, Value: "2025-01-01T10", Mod: Approx, Granularity: PartOfDay, Unresolved: true},
			`{"id":"t","span":{"start":0,"end":0},"text":"","type":"time","value":"2025-01-01T10","mod":"approx","granularity":"part_of_day","unresolved":true}`},
		{"condition flattens its wording", Condition{ID: "c", Holder: "h", Wording: Wording{Cue: "only if", Requirement: "r"}},
			`{"id":"c","holder":"h","cue":"only if","cue_span":{"start":0,"end":0},"requirement":"r","requirement_span":{"start":0,"end":0}}`},
		{"location third country", Location{ThirdCountry: true}, `{"third_country":true}`},
		{"interval", Interval{Start: day(2025, 2, 1)}, `{"start":"2025-02-01T00:00:00Z"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.v)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, string(b)); diff != "" {
				t.Errorf("Marshal (-want +got):\n%s", diff)
			}
		})
	}
}

// TestGolden compares the indented JSON of fullReport and fullTimeline with
// the golden files; go test ./diplo -update rewrites them.
func TestGolden(t *testing.T) {
	tests := []struct {
		name string
		file string
		v    any
	}{
		{"report", "report.golden.json", fullReport()},
		{"timeline", "timeline.golden.json", fullTimeline()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := json.MarshalIndent(tt.v, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("testdata", tt.file)
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./diplo -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("%s is out of date (-want +got); run go test ./diplo -update if the change is intended:\n%s", path, diff)
			}
		})
	}
}

// TestGoldenDecodes checks the golden report decodes back into fullReport:
// the committed JSON, not only the encoder's output, round-trips.
func TestGoldenDecodes(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "report.golden.json"))
	if err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var got Report
	if err := dec.Decode(&got); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(fullReport(), got); diff != "" {
		t.Errorf("decoded golden report (-want +got):\n%s", diff)
	}
}

// enumCase is one enumeration value and its JSON name.
type enumCase struct {
	name string
	v    interface {
		MarshalText() ([]byte, error)
	}
	text string
}

var enumCases = []enumCase{
	{"actor kind person", Person, "person"},
	{"actor kind group", Group, "group"},
	{"mention kind label", ByLabel, "label"},
	{"evidential insider", Insider, "insider"},
	{"meeting kind meeting", MeetingKindMeeting, "meeting"},
	{"meeting kind conference", Conference, "conference"},
	{"status postponed", Postponed, "postponed"},
	{"time type TIME", Clock, "time"},
	{"time type set", Set, "set"},
	{"mod on_or_before", OnOrBefore, "on_or_before"},
	{"mod equal_or_more", EqualOrMore, "equal_or_more"},
	{"granularity part_of_day", PartOfDay, "part_of_day"},
	{"granularity century", Century, "century"},
	{"relation unknown", RelUnknown, "unknown"},
	{"relation overlaps", RelOverlaps, "overlaps"},
	{"event kind statement", StatementEvent, "statement"},
}

func TestEnumText(t *testing.T) {
	for _, tt := range enumCases {
		t.Run(tt.name, func(t *testing.T) {
			b, err := tt.v.MarshalText()
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.text, string(b)); diff != "" {
				t.Errorf("MarshalText (-want +got):\n%s", diff)
			}
			if s := tt.v.(interface{ String() string }).String(); s != tt.text {
				t.Errorf("String() = %q, want %q", s, tt.text)
			}
			// Decode into a fresh value of the same type.
			p := reflectNew(tt.v)
			if err := p.UnmarshalText(b); err != nil {
				t.Fatalf("UnmarshalText(%q): %v", b, err)
			}
			if got := p.Value(); got != tt.v {
				t.Errorf("UnmarshalText(%q) = %v, want %v", b, got, tt.v)
			}
			for _, bad := range []string{"", "unknown-value", strings.ToUpper(tt.text), " " + tt.text} {
				if tt.text == "unknown" && bad == "" {
					continue
				}
				if err := reflectNew(tt.v).UnmarshalText([]byte(bad)); err == nil {
					t.Errorf("UnmarshalText(%q): no error", bad)
				}
			}
		})
	}
}

// TestEnumInvalid checks that out-of-range values do not encode, and that
// the zero values of the enums without a zero name do not either.
func TestEnumInvalid(t *testing.T) {
	tests := []struct {
		name string
		v    interface{ MarshalText() ([]byte, error) }
	}{
		{"zero actor kind", ActorKind(0)},
		{"actor kind 200", ActorKind(200)},
		{"zero status", Status(0)},
		{"status 7", Status(7)},
		{"no mod", NoMod},
		{"unknown granularity", UnknownGranularity},
		{"relation 4", Relation(4)},
		{"zero evidential", Evidential(0)},
		{"zero meeting kind", MeetingKind(0)},
		{"zero time type", TimeType(0)},
		{"zero mention kind", MentionKind(0)},
		{"zero event kind", EventKind(0)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if b, err := tt.v.MarshalText(); err == nil {
				t.Errorf("MarshalText() = %q, want an error", b)
			}
		})
	}
}

func TestUnmarshalRejectsUnknownEnum(t *testing.T) {
	tests := []struct {
		name string
		json string
		into any
		want string // in the error
	}{
		{"status", `{"id":"m","kind":"talks","status":"maybe","evidence":[]}`, &Meeting{}, `unknown status "maybe"`},
		{"meeting kind", `{"id":"m","kind":"party","status":"held","evidence":[]}`, &Meeting{}, `unknown meeting kind "party"`},
		{"evidential", `{"id":"s","speakers":["a"],"cue":"said","cue_span":{"start":0,"end":0},"content":"c","content_span":{"start":0,"end":0},"evidential":"rumoured"}`, &Statement{}, `unknown evidential "rumoured"`},
		{"actor kind", `{"id":"a","name":"A","kind":"animal"}`, &Actor{}, `unknown actor kind "animal"`},
		{"mod in upper case", `{"id":"t","span":{"start":0,"end":0},"text":"","type":"date","value":"2025","mod":"START"}`, &Time{}, `unknown mod "START"`},
		{"malformed topic", `["Ukraine War"]`, &[]Topic{}, `malformed topic "Ukraine War"`},
		{"number for enum", `{"id":"a","name":"A","kind":1}`, &Actor{}, `cannot unmarshal number`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := json.Unmarshal([]byte(tt.json), tt.into)
			if err == nil {
				t.Fatalf("Unmarshal(%s): no error", tt.json)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Unmarshal error %q does not contain %q", err, tt.want)
			}
		})
	}
}

// textValue is a new zero value of an enum's type, decoded through its
// UnmarshalText.
type textValue struct{ p reflect.Value }

func reflectNew(v any) textValue { return textValue{reflect.New(reflect.TypeOf(v))} }

func (tv textValue) UnmarshalText(b []byte) error {
	return tv.p.Interface().(encoding.TextUnmarshaler).UnmarshalText(b)
}

func (tv textValue) Value() any { return tv.p.Elem().Interface() }

func TestEnumStringOutOfRange(t *testing.T) {
	tests := []struct {
		name string
		s    fmt.Stringer
		want string
	}{
		{"zero status", Status(0), ""},
		{"status 9", Status(9), "9"},
		{"granularity 250", Granularity(250), "250"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.s.String(); got != tt.want {
				t.Errorf("String() = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestLocationSpanOnly checks that a location with only a span survives
// omitzero: IsZero looks at every field.
func TestLocationSpanOnly(t *testing.T) {
	m := Meeting{ID: "m", Kind: Visit, Status: Held, Location: Location{Span: Span{1, 2}}, Evidence: []Span{{0, 1}}}
	if diff := cmp.Diff(m, roundTrip(t, m)); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

package diplo

import (
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// validationFields is the sorted-by-appearance list of fields the errors
// joined in err name.
func validationFields(t *testing.T, err error) []string {
	t.Helper()
	if err == nil {
		return nil
	}
	var fields []string
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		var ve *ValidationError
		if !errors.As(e, &ve) {
			t.Fatalf("error %v is not a *ValidationError", e)
		}
		fields = append(fields, ve.Field)
	}
	return fields
}

func TestValidate(t *testing.T) {
	n := len(fullText)
	// 'ø' in "Sørlie" is two bytes; the byte after 'S' starts it.
	mid := strings.Index(fullText, "ø") + 1
	tests := []struct {
		name   string
		change func(r *Report)
		want   []string // fields named, in order
	}{
		{"valid", func(*Report) {}, nil},
		{"empty report", func(r *Report) { *r = Report{} }, nil},
		{"span past the end", func(r *Report) { r.Statements[0].ContentSpan = Span{n - 2, n + 1} }, []string{"statements[0].content_span"}},
		{"reversed span", func(r *Report) { r.Times[0].Span = Span{10, 5} }, []string{"times[0].span"}},
		{"negative span", func(r *Report) { r.Meetings[0].Evidence[1] = Span{-1, 3} }, []string{"meetings[0].evidence[1]"}},
		{"span inside a rune", func(r *Report) { r.Actors[0].Mentions[0].Span.End = mid }, []string{"actors[0].mentions[0].span"}},
		{"span starting inside a rune", func(r *Report) { r.Conditions[0].Also[0].CueSpan.Start = mid }, []string{"conditions[0].also[0].cue_span"}},
		{"location span", func(r *Report) { r.Meetings[0].Location.Span = Span{0, n + 10} }, []string{"meetings[0].location.span"}},
		{"dangling speaker", func(r *Report) { r.Statements[1].Speakers = []string{"person:nobody"} }, []string{"statements[1].speakers[0]"}},
		{"speaker is a time", func(r *Report) { r.Statements[1].Speakers = []string{"time:1"} }, []string{"statements[1].speakers[0]"}},
		{"no speaker", func(r *Report) { r.Statements[0].Speakers = nil }, []string{"statements[0].speakers"}},
		{"dangling reporter", func(r *Report) { r.Statements[1].ReportedBy = []string{"media:tass"} }, []string{"statements[1].reported_by[0]"}},
		{"dangling statement time", func(r *Report) { r.Statements[0].Time = "time:9" }, []string{"statements[0].time"}},
		{"dangling party", func(r *Report) { r.Meetings[0].Parties[1] = "country:SWE" }, []string{"meetings[0].parties[1]"}},
		{"dangling participant", func(r *Report) { r.Meetings[0].Participants[0] = "person:x" }, []string{"meetings[0].participants[0]"}},
		{"dangling meeting time", func(r *Report) { r.Meetings[0].Time = "meeting:1" }, []string{"meetings[0].time"}},
		{"no evidence", func(r *Report) { r.Meetings[0].Evidence = nil }, []string{"meetings[0].evidence"}},
		{"dangling holder", func(r *Report) { r.Conditions[0].Holder = "" }, []string{"conditions[0].holder"}},
		{"target is an actor", func(r *Report) { r.Conditions[0].Target = "country:FIN" }, []string{"conditions[0].target"}},
		{"target is a statement", func(r *Report) { r.Conditions[0].Target = "statement:2" }, nil},
		{"dangling anchor", func(r *Report) { r.Times[2].Anchor = "time:4" }, []string{"times[2].anchor"}},
		{"unknown actor kind", func(r *Report) { r.Actors[1].Kind = 0 }, []string{"actors[1].kind"}},
		{"unknown mention kind", func(r *Report) { r.Actors[1].Mentions[0].Kind = 99 }, []string{"actors[1].mentions[0].kind"}},
		{"unknown evidential", func(r *Report) { r.Statements[0].Evidential = 0 }, []string{"statements[0].evidential"}},
		{"unknown meeting kind", func(r *Report) { r.Meetings[0].Kind = 8 }, []string{"meetings[0].kind"}},
		{"unknown status", func(r *Report) { r.Meetings[0].Status = 0 }, []string{"meetings[0].status"}},
		{"unknown time type", func(r *Report) { r.Times[0].Type = 5 }, []string{"times[0].type"}},
		{"unknown mod", func(r *Report) { r.Times[1].Mod = 13 }, []string{"times[1].mod"}},
		{"unknown granularity", func(r *Report) { r.Times[1].Granularity = 14 }, []string{"times[1].granularity"}},
		{"interval ends before it starts", func(r *Report) {
			iv := &r.Times[0].Interval
			iv.Start, iv.End = iv.End, iv.Start
		}, []string{"times[0].interval"}},
		{"open interval", func(r *Report) { r.Times[0].Interval.End = time.Time{} }, nil},
		{"malformed topics", func(r *Report) {
			r.Topics[1] = "Security"
			r.Meetings[0].Topics = append(r.Meetings[0].Topics, "")
			r.Statements[0].Topics = []Topic{"-x"}
		}, []string{"statements[0].topics[0]", "meetings[0].topics[2]", "topics[1]"}},
		{"user topic", func(r *Report) { r.Topics = append(r.Topics, "arctic-council") }, nil},
		{"empty id", func(r *Report) { r.Statements[1].ID = "" }, []string{"statements[1].id"}},
		{"duplicate id across kinds", func(r *Report) { r.Conditions[0].ID = "meeting:1" }, []string{"conditions[0].id"}},
		{"several problems, all reported", func(r *Report) {
			r.Actors[0].Kind = 0
			r.Statements[0].CueSpan = Span{0, n + 1}
			r.Meetings[0].Status = 0
		}, []string{"actors[0].kind", "statements[0].cue_span", "meetings[0].status"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := fullReport()
			tt.change(&r)
			got := validationFields(t, r.Validate())
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("fields named by Validate (-want +got):\n%s", diff)
			}
		})
	}
}

func TestValidationErrorText(t *testing.T) {
	r := fullReport()
	r.Statements[0].ContentSpan = Span{5, 1 << 20}
	err := r.Validate()
	want := "diplo: statements[0].content_span: span [5,1048576) outside the text (" + strconv.Itoa(len(fullText)) + " bytes)"
	if err == nil || err.Error() != want {
		t.Errorf("Validate() = %v, want %s", err, want)
	}
	var ve *ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("errors.As(%v, *ValidationError) = false", err)
	}
	if ve.Field != "statements[0].content_span" {
		t.Errorf("ValidationError.Field = %q, want statements[0].content_span", ve.Field)
	}
}

func TestReportLookups(t *testing.T) {
	r := fullReport()
	tests := []struct {
		name                           string
		id                             string
		actor, timeOK, meeting, saying bool
	}{
		{"actor", "media:nrk", true, false, false, false},
		{"time", "time:2", false, true, false, false},
		{"meeting", "meeting:1", false, false, true, false},
		{"statement", "statement:2", false, false, false, true},
		{"empty", "", false, false, false, false},
		{"unknown", "statement:3", false, false, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, ok := r.Actor(tt.id)
			if ok != tt.actor || ok && a.ID != tt.id || !ok && a.ID != "" {
				t.Errorf("Actor(%q) = %q, %v", tt.id, a.ID, ok)
			}
			tm, ok := r.Time(tt.id)
			if ok != tt.timeOK || ok && tm.ID != tt.id || !ok && tm.ID != "" {
				t.Errorf("Time(%q) = %q, %v", tt.id, tm.ID, ok)
			}
			m, ok := r.Meeting(tt.id)
			if ok != tt.meeting || ok && m.ID != tt.id || !ok && m.ID != "" {
				t.Errorf("Meeting(%q) = %q, %v", tt.id, m.ID, ok)
			}
			s, ok := r.Statement(tt.id)
			if ok != tt.saying || ok && s.ID != tt.id || !ok && s.ID != "" {
				t.Errorf("Statement(%q) = %q, %v", tt.id, s.ID, ok)
			}
		})
	}
}

func TestTimelineValidate(t *testing.T) {
	tests := []struct {
		name   string
		change func(tl *Timeline)
		want   []string
	}{
		{"valid", func(*Timeline) {}, nil},
		{"empty", func(tl *Timeline) { *tl = Timeline{} }, nil},
		{"duplicate event id", func(tl *Timeline) { tl.Events[1].ID = tl.Events[0].ID }, []string{"events[1].id", "order[0].before"}},
		{"empty actor id", func(tl *Timeline) { tl.Actors[3].ID = "" }, []string{"actors[3].id", "events[1].statement.reported_by[0]"}},
		{"unknown event kind", func(tl *Timeline) { tl.Events[0].Kind = 0 }, []string{"events[0].kind"}},
		{"unknown event status", func(tl *Timeline) { tl.Events[0].Status = 50 }, []string{"events[0].status"}},
		{"dangling party", func(tl *Timeline) { tl.Events[0].Meeting.Parties[0] = "country:XXX" }, []string{"events[0].meeting.parties[0]"}},
		{"dangling participant", func(tl *Timeline) { tl.Events[0].Meeting.Participants[0] = "person:x" }, []string{"events[0].meeting.participants[0]"}},
		{"unknown meeting status", func(tl *Timeline) { tl.Events[0].Meeting.Status = 0 }, []string{"events[0].meeting.status"}},
		{"dangling speaker", func(tl *Timeline) { tl.Events[1].Statement.Speakers[0] = "person:x" }, []string{"events[1].statement.speakers[0]"}},
		{"unknown evidential", func(tl *Timeline) { tl.Events[1].Statement.Evidential = 9 }, []string{"events[1].statement.evidential"}},
		{"meeting event without meeting", func(tl *Timeline) { tl.Events[0].Meeting = nil }, []string{"events[0].meeting"}},
		{"statement event without statement", func(tl *Timeline) { tl.Events[1].Statement = nil }, []string{"events[1].statement"}},
		{"dangling condition holder", func(tl *Timeline) { tl.Events[0].Conditions[0].Holder = "person:x" }, []string{"events[0].conditions[0].holder"}},
		{"unknown history status", func(tl *Timeline) { tl.Events[0].History[1].Status = 0 }, []string{"events[0].history[1].status"}},
		{"no source", func(tl *Timeline) { tl.Events[1].Sources = nil }, []string{"events[1].sources"}},
		{"reversed window", func(tl *Timeline) {
			w := &tl.Events[0].Window
			w.Start, w.End = w.End, w.Start
		}, []string{"events[0].window"}},
		{"malformed topic", func(tl *Timeline) { tl.Events[0].Topics = []Topic{"A"} }, []string{"events[0].topics[0]"}},
		{"dangling order", func(tl *Timeline) { tl.Order[0].After = "doc-9#meeting:1" }, []string{"order[0].after"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tl := fullTimeline()
			tt.change(&tl)
			got := validationFields(t, tl.Validate())
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("fields named by Validate (-want +got):\n%s", diff)
			}
		})
	}
}

package timeline

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/parleyhq/parley/diplo"
)

// When describes when an event happened as a reader would say it:
// "February 18, 2025", "early February 2025", "February–March 2025",
// "by March 26, 2024" (a statement known only from its article's date),
// `"on Tuesday" (date unresolved)`; "date unknown" when nothing is known.
func When(e diplo.Event) string {
	if s := timeWords(e.Time); s != "" {
		return s
	}
	if e.Time.Text != "" {
		return fmt.Sprintf("%q (date unresolved)", strings.TrimSpace(e.Time.Text))
	}
	return windowWords(e.Window, e.Kind)
}

// timeWords renders a time with a calendar value, or "" when it has none.
func timeWords(t diplo.Time) string {
	if t.Value == "" || t.Unresolved {
		return ""
	}
	if a, b, ok := strings.Cut(t.Value, "/"); ok {
		ia, ga, oka := diplo.ParseValue(a, diplo.NoMod)
		ib, gb, okb := diplo.ParseValue(b, diplo.NoMod)
		if !oka || !okb {
			return ""
		}
		sa, sb := pointWords(ia, ga), pointWords(ib, gb)
		if ga == diplo.Month && gb == diplo.Month && ia.Start.Year() == ib.Start.Year() {
			sa = ia.Start.Month().String()
		}
		return modWords(sa+"–"+sb, t.Mod)
	}
	iv, g, ok := diplo.ParseValue(t.Value, diplo.NoMod)
	if !ok {
		return ""
	}
	return modWords(pointWords(iv, g), t.Mod)
}

func pointWords(iv diplo.Interval, g diplo.Granularity) string {
	s := iv.Start
	switch g {
	case diplo.Century:
		return fmt.Sprintf("the %ds", s.Year())
	case diplo.Decade:
		return fmt.Sprintf("the %ds", s.Year())
	case diplo.Year:
		return fmt.Sprint(s.Year())
	case diplo.Half:
		if s.Month() == time.January {
			return fmt.Sprintf("the first half of %d", s.Year())
		}
		return fmt.Sprintf("the second half of %d", s.Year())
	case diplo.Quarter:
		return fmt.Sprintf("Q%d %d", (int(s.Month())+2)/3, s.Year())
	case diplo.Season:
		names := map[time.Month]string{time.March: "spring", time.June: "summer", time.September: "autumn", time.December: "winter"}
		return fmt.Sprintf("%s %d", names[s.Month()], s.Year())
	case diplo.Month:
		return s.Format("January 2006")
	case diplo.Week:
		return "the week of " + s.Format("January 2, 2006")
	case diplo.Day:
		return s.Format("January 2, 2006")
	}
	return s.Format("January 2, 2006 15:04")
}

func modWords(s string, m diplo.Mod) string {
	switch m {
	case diplo.Start:
		return "early " + s
	case diplo.Mid:
		return "mid-" + s
	case diplo.End:
		return "late " + s
	case diplo.Approx:
		return "about " + s
	case diplo.Before:
		return "before " + s
	case diplo.After:
		return "after " + s
	case diplo.OnOrBefore:
		return "by " + s
	case diplo.OnOrAfter:
		return "from " + s + " on"
	}
	return s
}

// windowWords renders what the window of an event says.
func windowWords(w diplo.Interval, k diplo.EventKind) string {
	last := func(t time.Time) string { return t.Add(-time.Nanosecond).Format("January 2, 2006") }
	switch {
	case w.Start.IsZero() && w.End.IsZero():
		return "date unknown"
	case k == diplo.StatementEvent && !w.End.IsZero():
		return "by " + last(w.End)
	case w.Start.IsZero():
		return "by " + last(w.End)
	case w.End.IsZero():
		return "from " + w.Start.Format("January 2, 2006")
	case w.End.Sub(w.Start) <= day:
		return w.Start.Format("January 2, 2006")
	}
	return "between " + w.Start.Format("January 2, 2006") + " and " + last(w.End)
}

// names maps the actor IDs of tl to display names.
func names(tl diplo.Timeline) map[string]string {
	m := make(map[string]string, len(tl.Actors))
	for _, a := range tl.Actors {
		m[a.ID] = a.Name
	}
	return m
}

func nameList(nm map[string]string, ids []string) string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		out = append(out, actorName(nm, id))
	}
	return strings.Join(out, ", ")
}

// Headline is a one-line summary of an event: "Talks: Russia, United
// States", "Meeting of Sergei Lavrov and Marco Rubio (Russia, United
// States)", `Sergei Ryabkov (revealed): "…"`.
func Headline(tl diplo.Timeline, e diplo.Event) string { return headline(names(tl), e) }

func headline(nm map[string]string, e diplo.Event) string {
	if e.Statement != nil {
		st := e.Statement
		if strings.HasSuffix(strings.TrimSpace(st.Cue), ":") || st.Cue == "" { // a transcript label
			return fmt.Sprintf("%s: %q", nameList(nm, st.Speakers), clip(st.Content, 110))
		}
		return fmt.Sprintf("%s (%s): %q", nameList(nm, st.Speakers), strings.ToLower(st.Cue), clip(st.Content, 110))
	}
	m := e.Meeting
	if m == nil {
		return e.ID
	}
	kind := m.Kind.String()
	if kind != "" {
		kind = strings.ToUpper(kind[:1]) + kind[1:]
	}
	switch {
	case len(m.Participants) > 0 && len(m.Parties) > 0:
		return fmt.Sprintf("%s of %s (%s)", kind, andList(nm, m.Participants), nameList(nm, m.Parties))
	case len(m.Participants) > 0:
		return fmt.Sprintf("%s of %s", kind, andList(nm, m.Participants))
	case len(m.Parties) > 0:
		return fmt.Sprintf("%s: %s", kind, nameList(nm, m.Parties))
	}
	return kind
}

func andList(nm map[string]string, ids []string) string {
	s := nameList(nm, ids)
	if i := strings.LastIndex(s, ", "); i >= 0 {
		s = s[:i] + " and " + s[i+2:]
	}
	return s
}

// clip shortens s to at most n runes on a word boundary, marking the cut.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	runes, cut := 0, -1
	for i := range s {
		if runes == n {
			if cut <= 0 {
				cut = i
			}
			return s[:cut] + "…"
		}
		if s[i] == ' ' {
			cut = i
		}
		runes++
	}
	return s
}

// cell escapes text for a Markdown table cell.
func cell(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return strings.ReplaceAll(s, "|", `\|`)
}

// WriteTable writes tl as a Markdown table, one row per event in display
// order: when, what, status, place, sources and any disagreements.
func WriteTable(w io.Writer, tl diplo.Timeline) error {
	nm := names(tl)
	var b strings.Builder
	b.WriteString("| # | When | Event | Status | Where | Sources | Disagreements |\n")
	b.WriteString("|---|---|---|---|---|---|---|\n")
	for i, e := range tl.Events {
		status := ""
		if e.Kind == diplo.MeetingEvent {
			status = e.Status.String()
			var hs []string
			for _, h := range e.History {
				hs = append(hs, h.Status.String())
			}
			if hs = compactStrings(hs); len(hs) > 1 {
				status += " (" + strings.Join(hs, " → ") + ")"
			}
		}
		where := ""
		if e.Meeting != nil {
			where = placeName(e.Meeting.Location)
		}
		var docs []string
		for _, s := range e.Sources {
			docs = append(docs, s.Document)
		}
		var dis []string
		for _, c := range e.Conflicts {
			var vs []string
			for _, v := range c.Values {
				vs = append(vs, v.Value+" ("+strings.Join(v.Documents, ", ")+")")
			}
			dis = append(dis, c.Field+": "+strings.Join(vs, " vs "))
		}
		fmt.Fprintf(&b, "| %d | %s | %s | %s | %s | %s | %s |\n", i+1, cell(When(e)), cell(headline(nm, e)),
			cell(status), cell(where), cell(strings.Join(compactStrings(docs), ", ")), cell(strings.Join(dis, "; ")))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func compactStrings(ss []string) []string {
	out := ss[:0:0]
	for _, s := range ss {
		if len(out) == 0 || out[len(out)-1] != s {
			out = append(out, s)
		}
	}
	return out
}

// TimelineJS is the JSON document Knight Lab's TimelineJS reads.
type TimelineJS struct {
	Title  *TimelineJSSlide  `json:"title,omitempty"`
	Events []TimelineJSEvent `json:"events"`
}

// TimelineJSSlide is TimelineJS's title slide.
type TimelineJSSlide struct {
	Text TimelineJSText `json:"text"`
}

// TimelineJSText is the headline and body of a TimelineJS slide.
type TimelineJSText struct {
	Headline string `json:"headline,omitempty"`
	Text     string `json:"text,omitempty"`
}

// TimelineJSDate is a date as precise as it is known: Month and Day are
// zero when unknown.
type TimelineJSDate struct {
	Year  int `json:"year"`
	Month int `json:"month,omitempty"`
	Day   int `json:"day,omitempty"`
}

// TimelineJSEvent is one slide of a TimelineJS timeline.
type TimelineJSEvent struct {
	StartDate   TimelineJSDate  `json:"start_date"`
	EndDate     *TimelineJSDate `json:"end_date,omitempty"`
	DisplayDate string          `json:"display_date,omitempty"`
	Text        TimelineJSText  `json:"text"`
	Group       string          `json:"group,omitempty"`
	UniqueID    string          `json:"unique_id,omitempty"`
}

// ToTimelineJS converts tl to TimelineJS's format. Events are placed by
// their windows at the precision known; display_date says in words what
// is known ("early February 2025", "by March 26, 2024"); the group is the
// event's main topic. TimelineJS needs a date for every slide, so events
// that cannot be placed (no date, or only "after" some date) are left out;
// they are in the JSON and table outputs.
func ToTimelineJS(tl diplo.Timeline, title string) TimelineJS {
	nm := names(tl)
	out := TimelineJS{Events: []TimelineJSEvent{}}
	if title != "" {
		out.Title = &TimelineJSSlide{Text: TimelineJSText{Headline: title}}
	}
	for _, e := range tl.Events {
		start, end, ok := jsDates(e)
		if !ok {
			continue
		}
		ev := TimelineJSEvent{StartDate: start, EndDate: end, DisplayDate: When(e), UniqueID: slugID(e.ID)}
		ev.Text.Headline = headline(nm, e)
		ev.Text.Text = jsBody(e)
		if len(e.Topics) > 0 {
			ev.Group = e.Topics[0].Label()
		} else if e.Kind == diplo.MeetingEvent {
			ev.Group = "Meetings"
		} else {
			ev.Group = "Statements"
		}
		out.Events = append(out.Events, ev)
	}
	return out
}

// WriteTimelineJS writes tl as TimelineJS JSON (see ToTimelineJS).
func WriteTimelineJS(w io.Writer, tl diplo.Timeline, title string) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(ToTimelineJS(tl, title))
}

func slugID(id string) string { return diplo.Slug(id) }

// jsDates places an event: at its window's start at the precision the
// window has, or, for a statement known only to be no later than a date,
// on that last day. Events bounded on one side only (a planned meeting
// known only to come after some date) are not placed.
func jsDates(e diplo.Event) (TimelineJSDate, *TimelineJSDate, bool) {
	w := e.Window
	if e.Kind == diplo.StatementEvent && !w.End.IsZero() && (w.Start.IsZero() || e.Time.Value == "") {
		last := w.End.Add(-day)
		return TimelineJSDate{Year: last.Year(), Month: int(last.Month()), Day: last.Day()}, nil, true
	}
	if w.Start.IsZero() || w.End.IsZero() {
		return TimelineJSDate{}, nil, false
	}
	s := w.Start
	last := w.End.Add(-time.Nanosecond)
	prec := func(t time.Time) TimelineJSDate {
		switch {
		case s.YearDay() == 1 && w.End.YearDay() == 1:
			return TimelineJSDate{Year: t.Year()}
		case s.Day() == 1 && w.End.Day() == 1:
			return TimelineJSDate{Year: t.Year(), Month: int(t.Month())}
		}
		return TimelineJSDate{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
	}
	sd, ed := prec(s), prec(last)
	if sd == ed {
		return sd, nil, true
	}
	return sd, &ed, true
}

func jsBody(e diplo.Event) string {
	var b strings.Builder
	q := ""
	if len(e.Sources) > 0 {
		q = e.Sources[0].Quote
	}
	if q != "" {
		fmt.Fprintf(&b, "<p>“%s”</p>", htmlEscape(clip(q, 400)))
	}
	var docs []string
	for _, s := range e.Sources {
		docs = append(docs, s.Document)
	}
	fmt.Fprintf(&b, "<p>Sources: %s</p>", htmlEscape(strings.Join(compactStrings(docs), ", ")))
	for _, c := range e.Conflicts {
		var vs []string
		for _, v := range c.Values {
			vs = append(vs, v.Value+" ("+strings.Join(v.Documents, ", ")+")")
		}
		fmt.Fprintf(&b, "<p>Sources disagree on the %s: %s</p>", htmlEscape(c.Field), htmlEscape(strings.Join(vs, " vs ")))
	}
	return b.String()
}

var htmlReplacer = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")

func htmlEscape(s string) string { return htmlReplacer.Replace(s) }

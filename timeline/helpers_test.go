package timeline

import (
	"fmt"
	"strings"
	"time"

	"github.com/parleyhq/parley/diplo"
)

// builder writes a report and its text together, so that every span
// points at the words it names.
type builder struct {
	r diplo.Report
}

func newReport(id, published string) *builder {
	b := &builder{}
	b.r.Document.ID = id
	if published != "" {
		t, err := time.Parse("2006-01-02", published)
		if err != nil {
			panic(err)
		}
		b.r.Document.Published = t
	}
	return b
}

// say appends a sentence to the text and returns its span.
func (b *builder) say(s string) diplo.Span {
	if b.r.Document.Text != "" {
		b.r.Document.Text += " "
	}
	start := len(b.r.Document.Text)
	b.r.Document.Text += s
	return diplo.Span{Start: start, End: len(b.r.Document.Text)}
}

// within finds sub inside the span sp of the text.
func (b *builder) within(sp diplo.Span, sub string) diplo.Span {
	i := strings.Index(sp.Of(b.r.Document.Text), sub)
	if i < 0 {
		panic(fmt.Sprintf("%q not in %q", sub, sp.Of(b.r.Document.Text)))
	}
	return diplo.Span{Start: sp.Start + i, End: sp.Start + i + len(sub)}
}

// actor adds an actor (once) and returns its ID.
func (b *builder) actor(kind diplo.ActorKind, name, country string) string {
	id := diplo.ActorID(kind, name, country)
	if _, ok := b.r.Actor(id); !ok {
		b.r.Actors = append(b.r.Actors, diplo.Actor{ID: id, Name: name, Kind: kind, Country: country})
	}
	return id
}

func (b *builder) country(code, name string) string { return b.actor(diplo.Country, name, code) }
func (b *builder) person(name, country string) string {
	return b.actor(diplo.Person, name, country)
}

// timex adds a time expression found in sp and returns its ID.
func (b *builder) timex(sp diplo.Span, text, value string, mod diplo.Mod) string {
	t := diplo.Time{ID: fmt.Sprintf("time:%d", len(b.r.Times)), Span: b.within(sp, text), Text: text, Type: diplo.Date, Value: value, Mod: mod}
	if iv, g, ok := diplo.ParseValue(value, mod); ok {
		t.Interval, t.Granularity = iv, g
	} else if strings.Contains(value, "X") {
		t.Unresolved = true
	}
	if strings.HasPrefix(value, "P") {
		t.Type = diplo.Duration
	}
	b.r.Times = append(b.r.Times, t)
	return t.ID
}

// meeting adds a meeting whose evidence is ev inside sentence sp.
func (b *builder) meeting(sp diplo.Span, ev string, m diplo.Meeting) string {
	m.ID = fmt.Sprintf("meeting:%d", len(b.r.Meetings))
	if m.Kind == 0 {
		m.Kind = diplo.Talks
	}
	m.Evidence = []diplo.Span{b.within(sp, ev)}
	if m.Location.Name != "" {
		m.Location.Span = b.within(sp, m.Location.Name)
	}
	b.r.Meetings = append(b.r.Meetings, m)
	return m.ID
}

// statement adds a statement whose cue and content are inside sp.
func (b *builder) statement(sp diplo.Span, speakers []string, cue, content, timeID string) string {
	s := diplo.Statement{
		ID: fmt.Sprintf("statement:%d", len(b.r.Statements)), Speakers: speakers,
		Cue: cue, CueSpan: b.within(sp, cue), Content: content, ContentSpan: b.within(sp, content),
		Evidential: diplo.Asserted, Time: timeID,
	}
	b.r.Statements = append(b.r.Statements, s)
	return s.ID
}

func (b *builder) report() diplo.Report { return b.r }

// eventOf finds the event a document's item ended up in.
func eventOf(tl diplo.Timeline, doc, item string) (diplo.Event, bool) {
	for _, e := range tl.Events {
		for _, s := range e.Sources {
			if s.Document == doc && s.Item == item {
				return e, true
			}
		}
	}
	return diplo.Event{}, false
}

func mergeAll(rs ...diplo.Report) Set {
	var s Set
	for _, r := range rs {
		s = Merge(s, FromReport(r))
	}
	return s
}

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

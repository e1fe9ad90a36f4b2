package diplo

import (
	"errors"
	"fmt"
	"unicode/utf8"
)

// ValidationError says which field of a Report is wrong and why.
type ValidationError struct {
	Field string // a path such as "statements[2].content_span"
	Msg   string
}

// Error returns "diplo: FIELD: MSG".
func (e *ValidationError) Error() string { return "diplo: " + e.Field + ": " + e.Msg }

// Validate checks that every span of r falls inside r.Document.Text on rune
// boundaries, that IDs are non-empty and unique, that every reference names
// an actor, time, meeting or statement of r, that every enumeration holds a
// known value, that topics are well-formed and that no interval ends before
// it starts. It returns nil or all problems found, joined (errors.Join),
// each a *ValidationError naming the field; use errors.As to get the first.
func (r *Report) Validate() error {
	v := validator{text: r.Document.Text, ids: map[string]string{}}
	for i, a := range r.Actors {
		v.id(fmt.Sprintf("actors[%d].id", i), a.ID, "actor")
	}
	for i, t := range r.Times {
		v.id(fmt.Sprintf("times[%d].id", i), t.ID, "time")
	}
	for i, m := range r.Meetings {
		v.id(fmt.Sprintf("meetings[%d].id", i), m.ID, "meeting")
	}
	for i, s := range r.Statements {
		v.id(fmt.Sprintf("statements[%d].id", i), s.ID, "statement")
	}
	for i, c := range r.Conditions {
		v.id(fmt.Sprintf("conditions[%d].id", i), c.ID, "condition")
	}
	for i, a := range r.Actors {
		p := fmt.Sprintf("actors[%d]", i)
		v.enum(p+".kind", enumValid(actorKindNames, uint8(a.Kind)))
		for j, m := range a.Mentions {
			v.span(fmt.Sprintf("%s.mentions[%d].span", p, j), m.Span)
			v.enum(fmt.Sprintf("%s.mentions[%d].kind", p, j), enumValid(mentionKindNames, uint8(m.Kind)))
		}
	}
	for i, t := range r.Times {
		p := fmt.Sprintf("times[%d]", i)
		v.span(p+".span", t.Span)
		v.enum(p+".type", enumValid(timeTypeNames, uint8(t.Type)))
		v.enum(p+".mod", t.Mod == NoMod || enumValid(modNames, uint8(t.Mod)))
		v.enum(p+".granularity", t.Granularity == UnknownGranularity || enumValid(granularityNames, uint8(t.Granularity)))
		if iv := t.Interval; !iv.Start.IsZero() && !iv.End.IsZero() && iv.End.Before(iv.Start) {
			v.add(p+".interval", "end before start")
		}
		if t.Anchor != "" {
			v.ref(p+".anchor", t.Anchor, "time")
		}
	}
	for i, s := range r.Statements {
		p := fmt.Sprintf("statements[%d]", i)
		if len(s.Speakers) == 0 {
			v.add(p+".speakers", "no speaker")
		}
		for j, id := range s.Speakers {
			v.ref(fmt.Sprintf("%s.speakers[%d]", p, j), id, "actor")
		}
		for j, id := range s.ReportedBy {
			v.ref(fmt.Sprintf("%s.reported_by[%d]", p, j), id, "actor")
		}
		v.span(p+".cue_span", s.CueSpan)
		v.span(p+".content_span", s.ContentSpan)
		v.span(p+".speaker_span", s.SpeakerSpan)
		v.enum(p+".evidential", enumValid(evidentialNames, uint8(s.Evidential)))
		if s.Time != "" {
			v.ref(p+".time", s.Time, "time")
		}
		v.topics(p+".topics", s.Topics)
	}
	for i, m := range r.Meetings {
		p := fmt.Sprintf("meetings[%d]", i)
		v.enum(p+".kind", enumValid(meetingKindNames, uint8(m.Kind)))
		v.enum(p+".status", enumValid(statusNames, uint8(m.Status)))
		for j, id := range m.Parties {
			v.ref(fmt.Sprintf("%s.parties[%d]", p, j), id, "actor")
		}
		for j, id := range m.Participants {
			v.ref(fmt.Sprintf("%s.participants[%d]", p, j), id, "actor")
		}
		if m.Time != "" {
			v.ref(p+".time", m.Time, "time")
		}
		v.span(p+".location.span", m.Location.Span)
		if len(m.Evidence) == 0 {
			v.add(p+".evidence", "no evidence")
		}
		for j, e := range m.Evidence {
			v.span(fmt.Sprintf("%s.evidence[%d]", p, j), e)
		}
		v.topics(p+".topics", m.Topics)
	}
	for i, c := range r.Conditions {
		p := fmt.Sprintf("conditions[%d]", i)
		v.ref(p+".holder", c.Holder, "actor")
		v.span(p+".cue_span", c.CueSpan)
		v.span(p+".requirement_span", c.RequirementSpan)
		v.span(p+".applies_to_span", c.AppliesToSpan)
		for j, w := range c.Also {
			v.span(fmt.Sprintf("%s.also[%d].cue_span", p, j), w.CueSpan)
			v.span(fmt.Sprintf("%s.also[%d].requirement_span", p, j), w.RequirementSpan)
		}
		if c.Target != "" {
			if k := v.ids[c.Target]; k != "meeting" && k != "statement" {
				v.add(p+".target", fmt.Sprintf("%q names no meeting or statement", c.Target))
			}
		}
	}
	v.topics("topics", r.Topics)
	return errors.Join(v.errs...)
}

type validator struct {
	text string
	ids  map[string]string // id -> what it names
	errs []error
}

func (v *validator) add(field, msg string) {
	v.errs = append(v.errs, &ValidationError{Field: field, Msg: msg})
}

func (v *validator) id(field, id, kind string) {
	if id == "" {
		v.add(field, "empty id")
		return
	}
	if _, dup := v.ids[id]; dup {
		v.add(field, fmt.Sprintf("duplicate id %q", id))
		return
	}
	v.ids[id] = kind
}

func (v *validator) ref(field, id, kind string) {
	if v.ids[id] != kind {
		v.add(field, fmt.Sprintf("%q names no %s", id, kind))
	}
}

func (v *validator) enum(field string, ok bool) {
	if !ok {
		v.add(field, "unknown value")
	}
}

func (v *validator) span(field string, s Span) {
	if s == (Span{}) {
		return
	}
	if !s.In(len(v.text)) {
		v.add(field, fmt.Sprintf("span [%d,%d) outside the text (%d bytes)", s.Start, s.End, len(v.text)))
		return
	}
	if !boundary(v.text, s.Start) || !boundary(v.text, s.End) {
		v.add(field, fmt.Sprintf("span [%d,%d) not on rune boundaries", s.Start, s.End))
	}
}

func (v *validator) topics(field string, ts []Topic) {
	for i, t := range ts {
		if err := t.Check(); err != nil {
			v.add(fmt.Sprintf("%s[%d]", field, i), err.Error())
		}
	}
}

func boundary(s string, i int) bool { return i == len(s) || utf8.RuneStart(s[i]) }

// Validate checks a Timeline the way Report.Validate checks a Report, as
// far as a timeline allows (its spans point into many documents' texts and
// are not checked): IDs of actors and events are non-empty and unique;
// every actor named by an event's meeting, statement or conditions is in
// tl.Actors; every event has a known kind and status and at least one
// source; the edges of Order name events; enumerations and topics are
// well-formed; no window ends before it starts. It returns nil or all
// problems found, joined, each a *ValidationError naming the field.
func (tl *Timeline) Validate() error {
	v := validator{ids: map[string]string{}}
	for i, a := range tl.Actors {
		v.id(fmt.Sprintf("actors[%d].id", i), a.ID, "actor")
		v.enum(fmt.Sprintf("actors[%d].kind", i), enumValid(actorKindNames, uint8(a.Kind)))
	}
	for i, e := range tl.Events {
		v.id(fmt.Sprintf("events[%d].id", i), e.ID, "event")
	}
	for i, e := range tl.Events {
		p := fmt.Sprintf("events[%d]", i)
		v.enum(p+".kind", enumValid(eventKindNames, uint8(e.Kind)))
		v.enum(p+".status", e.Status == 0 || enumValid(statusNames, uint8(e.Status)))
		switch e.Kind {
		case MeetingEvent:
			m := e.Meeting
			if m == nil {
				v.add(p+".meeting", "missing for a meeting event")
				break
			}
			v.enum(p+".meeting.kind", enumValid(meetingKindNames, uint8(m.Kind)))
			v.enum(p+".meeting.status", enumValid(statusNames, uint8(m.Status)))
			for j, id := range m.Parties {
				v.ref(fmt.Sprintf("%s.meeting.parties[%d]", p, j), id, "actor")
			}
			for j, id := range m.Participants {
				v.ref(fmt.Sprintf("%s.meeting.participants[%d]", p, j), id, "actor")
			}
			v.topics(p+".meeting.topics", m.Topics)
		case StatementEvent:
			s := e.Statement
			if s == nil {
				v.add(p+".statement", "missing for a statement event")
				break
			}
			v.enum(p+".statement.evidential", enumValid(evidentialNames, uint8(s.Evidential)))
			for j, id := range s.Speakers {
				v.ref(fmt.Sprintf("%s.statement.speakers[%d]", p, j), id, "actor")
			}
			for j, id := range s.ReportedBy {
				v.ref(fmt.Sprintf("%s.statement.reported_by[%d]", p, j), id, "actor")
			}
			v.topics(p+".statement.topics", s.Topics)
		}
		for j, c := range e.Conditions {
			v.ref(fmt.Sprintf("%s.conditions[%d].holder", p, j), c.Holder, "actor")
		}
		for j, h := range e.History {
			v.enum(fmt.Sprintf("%s.history[%d].status", p, j), enumValid(statusNames, uint8(h.Status)))
		}
		if len(e.Sources) == 0 {
			v.add(p+".sources", "no source")
		}
		if iv := e.Window; !iv.Start.IsZero() && !iv.End.IsZero() && iv.End.Before(iv.Start) {
			v.add(p+".window", "end before start")
		}
		v.topics(p+".topics", e.Topics)
	}
	for i, o := range tl.Order {
		v.ref(fmt.Sprintf("order[%d].before", i), o.Before, "event")
		v.ref(fmt.Sprintf("order[%d].after", i), o.After, "event")
	}
	return errors.Join(v.errs...)
}

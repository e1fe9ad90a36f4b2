package timeline

import (
	"slices"
	"strings"

	"github.com/parleyhq/parley/diplo"
)

// Filter keeps an event of a timeline or not.
type Filter func(diplo.Event) bool

// Select returns the events of tl that pass every filter, in display order.
func Select(tl diplo.Timeline, filters ...Filter) []diplo.Event {
	var out []diplo.Event
next:
	for _, e := range tl.Events {
		for _, f := range filters {
			if f != nil && !f(e) {
				continue next
			}
		}
		out = append(out, e)
	}
	return out
}

// WithActor keeps events an actor takes part in: as a party, participant,
// speaker, channel or condition holder. id is a unified actor ID of the
// timeline (see FindActor).
func WithActor(id string) Filter {
	return func(e diplo.Event) bool {
		if e.Meeting != nil && (slices.Contains(e.Meeting.Parties, id) || slices.Contains(e.Meeting.Participants, id)) ||
			e.Statement != nil && (slices.Contains(e.Statement.Speakers, id) || slices.Contains(e.Statement.ReportedBy, id)) {
			return true
		}
		for _, c := range e.Conditions {
			if c.Holder == id {
				return true
			}
		}
		return false
	}
}

// WithTopic keeps events about topic t.
func WithTopic(t diplo.Topic) Filter {
	return func(e diplo.Event) bool { return slices.Contains(e.Topics, t) }
}

// WithStatus keeps meetings whose latest status is one of ss.
func WithStatus(ss ...diplo.Status) Filter {
	return func(e diplo.Event) bool { return e.Kind == diplo.MeetingEvent && slices.Contains(ss, e.Status) }
}

// WithKind keeps events of kind k.
func WithKind(k diplo.EventKind) Filter {
	return func(e diplo.Event) bool { return e.Kind == k }
}

// During keeps events that can fall inside iv: whose window overlaps it
// or is not known to lie outside it. A zero bound of iv is unbounded.
func During(iv diplo.Interval) Filter {
	return func(e diplo.Event) bool {
		if iv.IsZero() {
			return true
		}
		w := e.Window
		if !iv.End.IsZero() && !w.Start.IsZero() && !w.Start.Before(iv.End) {
			return false
		}
		if !iv.Start.IsZero() && !w.End.IsZero() && !w.End.After(iv.Start) {
			return false
		}
		return true
	}
}

// Dated keeps events whose window is bounded on both sides.
func Dated(e diplo.Event) bool { return !e.Window.Start.IsZero() && !e.Window.End.IsZero() }

// FindActor finds an actor of tl by unified ID, name or alias, compared
// folded (case and accents ignored, transliterations of people's names
// matched: "Zelensky" finds "Volodymyr Zelenskyy"). A surname alone finds
// a person when only one has it.
func FindActor(tl diplo.Timeline, name string) (diplo.Actor, bool) {
	for _, a := range tl.Actors {
		if a.ID == name {
			return a, true
		}
	}
	key := diplo.Slug(name)
	for _, a := range tl.Actors {
		if diplo.Slug(a.Name) == key {
			return a, true
		}
		for _, al := range a.Aliases {
			if diplo.Slug(al) == key {
				return a, true
			}
		}
	}
	p, ok := personName(name)
	if !ok {
		return diplo.Actor{}, false
	}
	var found []diplo.Actor
	for _, a := range tl.Actors {
		if a.Kind != diplo.Person {
			continue
		}
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			q, ok := personName(n)
			if ok && q.surname == p.surname && givenCompatible(q.given, p.given) {
				found = append(found, a)
				break
			}
		}
	}
	if len(found) == 1 {
		return found[0], true
	}
	return diplo.Actor{}, false
}

// actorName is the display name of an actor ID of tl.
func actorName(names map[string]string, id string) string {
	if n, ok := names[id]; ok && n != "" {
		return n
	}
	_, rest, _ := strings.Cut(id, ":")
	return rest
}

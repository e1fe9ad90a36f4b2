package diplo

import "fmt"

// enumText implements the text marshalling shared by the enumerations: the
// value v of an enum whose names are in names.
func enumText(kind string, names []string, v uint8) ([]byte, error) {
	if int(v) >= len(names) || names[v] == "" {
		return nil, fmt.Errorf("diplo: invalid %s %d", kind, v)
	}
	return []byte(names[v]), nil
}

// enumParse finds text among names; unknown text is an error naming kind.
func enumParse(kind string, names []string, text []byte) (uint8, error) {
	for i, n := range names {
		if n != "" && n == string(text) {
			return uint8(i), nil
		}
	}
	return 0, fmt.Errorf("diplo: unknown %s %q", kind, text)
}

func enumString(names []string, v uint8) string {
	if int(v) < len(names) {
		return names[v]
	}
	return fmt.Sprintf("%d", v)
}

func enumValid(names []string, v uint8) bool { return int(v) < len(names) && names[v] != "" }

// ActorKind is what sort of actor an Actor is.
type ActorKind uint8

// Actor kinds, as the guide defines them.
const (
	Person       ActorKind = iota + 1 // a named person
	Country                           // a state or its government
	Organization                      // an international organization or a government body
	Media                             // a news organization
	Group                             // an unnamed collective that belongs to no one state ("analysts")
)

var actorKindNames = []string{"", "person", "country", "organization", "media", "group"}

// String returns the lowercase name of k, as in JSON.
func (k ActorKind) String() string { return enumString(actorKindNames, uint8(k)) }

// MarshalText encodes k as its lowercase name.
func (k ActorKind) MarshalText() ([]byte, error) {
	return enumText("actor kind", actorKindNames, uint8(k))
}

// UnmarshalText decodes a lowercase name; unknown names are an error.
func (k *ActorKind) UnmarshalText(b []byte) error {
	v, err := enumParse("actor kind", actorKindNames, b)
	*k = ActorKind(v)
	return err
}

// MentionKind says how an actor is named at one place in the text.
type MentionKind uint8

// Mention kinds.
const (
	ByName    MentionKind = iota + 1 // the full name or a part of it ("Sergei Ryabkov", "Ryabkov")
	ByAlias                          // another surface form ("U.S.", "Russian officials")
	ByTitle                          // a title without the name ("the Deputy Foreign Minister")
	ByPronoun                        // he, she, they, it
	ByMetonym                        // a capital or seat of government ("Moscow", "the Kremlin")
	ByLabel                          // a transcript speaker label ("THE PRESIDENT:")
)

var mentionKindNames = []string{"", "name", "alias", "title", "pronoun", "metonym", "label"}

// String returns the lowercase name of k, as in JSON.
func (k MentionKind) String() string { return enumString(mentionKindNames, uint8(k)) }

// MarshalText encodes k as its lowercase name.
func (k MentionKind) MarshalText() ([]byte, error) {
	return enumText("mention kind", mentionKindNames, uint8(k))
}

// UnmarshalText decodes a lowercase name; unknown names are an error.
func (k *MentionKind) UnmarshalText(b []byte) error {
	v, err := enumParse("mention kind", mentionKindNames, b)
	*k = MentionKind(v)
	return err
}

// Evidential says how firmly the article presents a statement.
type Evidential uint8

// Evidential values.
const (
	Asserted   Evidential = iota + 1 // a plain report
	Hedged                           // "suggest", "may", "reportedly"
	Unverified                       // the article says it is not confirmed
	Insider                          // anonymous sources, leaks, insider reports
)

var evidentialNames = []string{"", "asserted", "hedged", "unverified", "insider"}

// String returns the lowercase name of e, as in JSON.
func (e Evidential) String() string { return enumString(evidentialNames, uint8(e)) }

// MarshalText encodes e as its lowercase name.
func (e Evidential) MarshalText() ([]byte, error) {
	return enumText("evidential", evidentialNames, uint8(e))
}

// UnmarshalText decodes a lowercase name; unknown names are an error.
func (e *Evidential) UnmarshalText(b []byte) error {
	v, err := enumParse("evidential", evidentialNames, b)
	*e = Evidential(v)
	return err
}

// MeetingKind is the form a meeting takes.
type MeetingKind uint8

// Meeting kinds.
const (
	Talks              MeetingKind = iota + 1 // "talks"
	MeetingKindMeeting                        // "meeting" (named so as not to clash with the Meeting type)
	Summit                                    // "summit"
	Negotiations                              // "negotiations"
	Visit                                     // "visit"
	Call                                      // a phone or video call
	Conference                                // "conference"
)

var meetingKindNames = []string{"", "talks", "meeting", "summit", "negotiations", "visit", "call", "conference"}

// String returns the lowercase name of k, as in JSON.
func (k MeetingKind) String() string { return enumString(meetingKindNames, uint8(k)) }

// MarshalText encodes k as its lowercase name.
func (k MeetingKind) MarshalText() ([]byte, error) {
	return enumText("meeting kind", meetingKindNames, uint8(k))
}

// UnmarshalText decodes a lowercase name; unknown names are an error.
func (k *MeetingKind) UnmarshalText(b []byte) error {
	v, err := enumParse("meeting kind", meetingKindNames, b)
	*k = MeetingKind(v)
	return err
}

// Status is where a meeting stands when the article was written.
type Status uint8

// Meeting statuses.
const (
	Held      Status = iota + 1 // it took place
	Ongoing                     // under way when written
	Planned                     // agreed, scheduled, announced
	Proposed                    // offered, possible, being prepared, conditional
	Cancelled                   // called off
	Postponed                   // put off to a later date
)

var statusNames = []string{"", "held", "ongoing", "planned", "proposed", "cancelled", "postponed"}

// String returns the lowercase name of s, as in JSON.
func (s Status) String() string { return enumString(statusNames, uint8(s)) }

// MarshalText encodes s as its lowercase name.
func (s Status) MarshalText() ([]byte, error) { return enumText("status", statusNames, uint8(s)) }

// UnmarshalText decodes a lowercase name; unknown names are an error.
func (s *Status) UnmarshalText(b []byte) error {
	v, err := enumParse("status", statusNames, b)
	*s = Status(v)
	return err
}

// TimeType is the TIMEX3 type of a time expression.
type TimeType uint8

// TIMEX3 types.
const (
	Date     TimeType = iota + 1 // a calendar date or period ("April 13", "2025", "last week")
	Clock                        // a time of day ("3 p.m."); TIMEX3 TIME
	Duration                     // an amount of time ("two weeks")
	Set                          // a recurrence ("every week")
)

var timeTypeNames = []string{"", "date", "time", "duration", "set"}

// String returns the lowercase name of t, as in JSON.
func (t TimeType) String() string { return enumString(timeTypeNames, uint8(t)) }

// MarshalText encodes t as its lowercase name.
func (t TimeType) MarshalText() ([]byte, error) {
	return enumText("time type", timeTypeNames, uint8(t))
}

// UnmarshalText decodes a lowercase name; unknown names are an error.
func (t *TimeType) UnmarshalText(b []byte) error {
	v, err := enumParse("time type", timeTypeNames, b)
	*t = TimeType(v)
	return err
}

// Mod is a TIMEX3 modifier of a time value.
type Mod uint8

// TIMEX3 modifiers. The zero Mod means none.
const (
	NoMod       Mod = iota
	Start           // "early February"
	Mid             // "mid-2024"
	End             // "late March"
	Approx          // "about two weeks"
	Before          // "before March"
	After           // "after March"
	OnOrBefore      // "by March"
	OnOrAfter       // "from March on"
	LessThan        // "less than two weeks"
	MoreThan        // "more than a year"
	EqualOrLess     // "no more than a year"
	EqualOrMore     // "at least a year"
)

var modNames = []string{"", "start", "mid", "end", "approx", "before", "after", "on_or_before", "on_or_after", "less_than", "more_than", "equal_or_less", "equal_or_more"}

// String returns the lowercase name of m, as in JSON.
func (m Mod) String() string { return enumString(modNames, uint8(m)) }

// MarshalText encodes m as its lowercase name.
func (m Mod) MarshalText() ([]byte, error) { return enumText("mod", modNames, uint8(m)) }

// UnmarshalText decodes a lowercase name; unknown names are an error.
func (m *Mod) UnmarshalText(b []byte) error {
	v, err := enumParse("mod", modNames, b)
	*m = Mod(v)
	return err
}

// ParseMod reads a TIMEX3 modifier in either case ("START", "start").
func ParseMod(s string) (Mod, error) {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	var m Mod
	err := m.UnmarshalText(b)
	return m, err
}

// TIMEX3 is the upper-case TIMEX3 spelling of m ("START"), "" for NoMod.
func (m Mod) TIMEX3() string {
	b := []byte(enumString(modNames, uint8(m)))
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

// Granularity is the precision of a time value.
type Granularity uint8

// Granularities, coarse to fine. The zero value means unknown.
const (
	UnknownGranularity Granularity = iota
	Century
	Decade
	Year
	Half
	Quarter
	Season
	Month
	Week
	Day
	PartOfDay
	Hour
	Minute
	Second
)

var granularityNames = []string{"", "century", "decade", "year", "half", "quarter", "season", "month", "week", "day", "part_of_day", "hour", "minute", "second"}

// String returns the lowercase name of g, as in JSON.
func (g Granularity) String() string { return enumString(granularityNames, uint8(g)) }

// MarshalText encodes g as its lowercase name.
func (g Granularity) MarshalText() ([]byte, error) {
	return enumText("granularity", granularityNames, uint8(g))
}

// UnmarshalText decodes a lowercase name; unknown names are an error.
func (g *Granularity) UnmarshalText(b []byte) error {
	v, err := enumParse("granularity", granularityNames, b)
	*g = Granularity(v)
	return err
}

package diplo

import "time"

// EventKind is what a timeline Event records.
type EventKind uint8

// Event kinds.
const (
	MeetingEvent   EventKind = iota + 1 // a meeting, from one or more reports
	StatementEvent                      // a statement, from one or more reports
)

var eventKindNames = []string{"", "meeting", "statement"}

func (k EventKind) String() string { return enumString(eventKindNames, uint8(k)) }

// MarshalText encodes k as its lowercase name.
func (k EventKind) MarshalText() ([]byte, error) {
	return enumText("event kind", eventKindNames, uint8(k))
}

// UnmarshalText decodes a lowercase name; unknown names are an error.
func (k *EventKind) UnmarshalText(b []byte) error {
	v, err := enumParse("event kind", eventKindNames, b)
	*k = EventKind(v)
	return err
}

// Source is one report of an event: which document said it, and where.
type Source struct {
	Document  string    `json:"document"`           // Document.ID
	Outlet    string    `json:"outlet,omitzero"`    //
	Published time.Time `json:"published,omitzero"` //
	Item      string    `json:"item"`               // ID of the Meeting or Statement in that document's Report
	Evidence  []Span    `json:"evidence,omitzero"`  // spans into that document's text
	Quote     string    `json:"quote,omitzero"`     // the text of the first evidence span
}

// StatusChange is the status one source gave a meeting.
type StatusChange struct {
	Status    Status    `json:"status"`
	Document  string    `json:"document"`
	Published time.Time `json:"published,omitzero"`
}

// Conflict records sources that disagree on one field of an event; nothing
// is silently dropped.
type Conflict struct {
	Field  string          `json:"field"` // "time", "location", "status", ...
	Values []ConflictValue `json:"values"`
}

// ConflictValue is one of the disagreeing values and the documents giving it.
type ConflictValue struct {
	Value     string   `json:"value"`
	Documents []string `json:"documents"`
}

// Event is one meeting or statement on the merged timeline, with every
// source that reported it.
type Event struct {
	ID         string         `json:"id"`
	Kind       EventKind      `json:"kind"`
	Meeting    Meeting        `json:"meeting,omitzero"`    // set when Kind is MeetingEvent; IDs refer to Timeline.Actors
	Statement  Statement      `json:"statement,omitzero"`  // set when Kind is StatementEvent
	Conditions []Condition    `json:"conditions,omitzero"` // conditions attached to the event
	Time       Time           `json:"time,omitzero"`       // the best-known time of the event
	Status     Status         `json:"status,omitzero"`     // the latest known status (meetings)
	History    []StatusChange `json:"history,omitzero"`    // statuses by source, oldest first
	Sources    []Source       `json:"sources"`
	Conflicts  []Conflict     `json:"conflicts,omitzero"`
	Topics     []Topic        `json:"topics,omitzero"`
}

// Precedence is one edge of the timeline's partial order: event Before
// happened before event After, for the stated reason.
type Precedence struct {
	Before string `json:"before"`
	After  string `json:"after"`
	Basis  string `json:"basis"` // "dates", "text", "publication"
}

// Timeline is many reports merged and ordered.
type Timeline struct {
	Actors []Actor      `json:"actors,omitzero"` // unified across documents
	Events []Event      `json:"events,omitzero"` // in a deterministic total display order
	Order  []Precedence `json:"order,omitzero"`  // the known partial order
}

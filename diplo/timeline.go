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

// StatusChange is the status one source gave a meeting. A meeting's
// History lists them in the order the meeting moved through them: by
// publication date when every source is dated, otherwise by the usual
// progression (proposed, planned, postponed, ongoing, held or cancelled).
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
// source that reported it. Actor IDs in Meeting, Statement and Conditions
// refer to Timeline.Actors; their spans point into the document of the
// first source (Sources[0]); Time.ID is that of the source the time was
// taken from, qualified by its document ("doc#time:3").
type Event struct {
	ID         string         `json:"id"`
	Kind       EventKind      `json:"kind"`
	Meeting    *Meeting       `json:"meeting,omitempty"`   // set only when Kind is MeetingEvent; IDs refer to Timeline.Actors
	Statement  *Statement     `json:"statement,omitempty"` // set only when Kind is StatementEvent; IDs refer to Timeline.Actors
	Conditions []Condition    `json:"conditions,omitzero"` // conditions attached to the event
	Time       Time           `json:"time,omitzero"`       // the best-known time of the event, from its most precise source
	Status     Status         `json:"status,omitzero"`     // the latest known status (meetings): the last of History
	History    []StatusChange `json:"history,omitzero"`    // statuses by source, earliest first (see StatusChange)
	// Window is the calendar span the event falls in, as far as it is
	// known: its own time narrowed by the publication dates of its sources
	// (a held meeting or a statement no later than the article, a planned
	// meeting no earlier) and by the ordering constraints of the timeline.
	// A zero Start or End means unbounded on that side.
	Window    Interval   `json:"window,omitzero"`
	Sources   []Source   `json:"sources"`
	Conflicts []Conflict `json:"conflicts,omitzero"`
	Topics    []Topic    `json:"topics,omitzero"`
}

// Precedence is one edge of the timeline's partial order: event Before
// happened before event After, for the stated reason.
type Precedence struct {
	Before string `json:"before"`
	After  string `json:"after"`
	// Basis is why: "dates" (their windows do not overlap), "text" (the
	// article says so: "this announcement follows a meeting ...", a held
	// meeting reported inside a statement) or "publication" (an article's
	// statements and held meetings precede the meetings it calls planned).
	Basis string `json:"basis"`
}

// Timeline is many reports merged and ordered. Event IDs are the
// "document#item" key of the event's first source; Before and After in
// Order name events by those IDs.
type Timeline struct {
	Actors []Actor      `json:"actors,omitzero"` // unified across documents
	Events []Event      `json:"events,omitzero"` // in a deterministic total display order
	Order  []Precedence `json:"order,omitzero"`  // the known partial order
}

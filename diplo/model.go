package diplo

import "time"

// Span is a byte range [Start, End) into the article text exactly as the
// caller gave it (Document.Text).
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len is the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// In reports whether s lies inside a text of n bytes and is not reversed.
func (s Span) In(n int) bool { return 0 <= s.Start && s.Start <= s.End && s.End <= n }

// Of returns the text s covers, or "" when s does not fit in text.
func (s Span) Of(text string) string {
	if !s.In(len(text)) {
		return ""
	}
	return text[s.Start:s.End]
}

// Document is one article: its metadata and its text.
type Document struct {
	ID        string    `json:"id,omitzero"`        // caller's identifier, e.g. a file name
	Title     string    `json:"title,omitzero"`     // headline
	Outlet    string    `json:"outlet,omitzero"`    // the publishing outlet ("Reuters")
	URL       string    `json:"url,omitzero"`       // where it was published
	Published time.Time `json:"published,omitzero"` // publication date; zero when unknown
	Text      string    `json:"text,omitzero"`      // the article text; every Span points into it
}

// Actor is a person, country, organization, news outlet or group that says
// or does something diplomatic in the article, or is a party to talks.
type Actor struct {
	// ID is stable and deterministic: "person:dmitry-peskov", "country:RUS",
	// "organization:european-union", "media:reuters", "group:analysts".
	ID       string    `json:"id"`
	Name     string    `json:"name"` // the fullest form, normally capitalised
	Kind     ActorKind `json:"kind"`
	Country  string    `json:"country,omitzero"` // ISO 3166-1 alpha-3 of the state it is or belongs to
	Titles   []string  `json:"titles,omitzero"`  // roles as written, without the name
	Aliases  []string  `json:"aliases,omitzero"` // other surface forms (pronouns excluded)
	Mentions []Mention `json:"mentions,omitzero"`
}

// Mention is one place in the text where an actor is named or referred to.
type Mention struct {
	Span Span        `json:"span"`
	Kind MentionKind `json:"kind"`
}

// Statement is a source saying, announcing or taking a stance: a reporting
// cue that links a speaker to content.
type Statement struct {
	ID          string     `json:"id"`                    // "statement:N", in text order
	Speakers    []string   `json:"speakers"`              // actor IDs; several for joint statements
	Cue         string     `json:"cue"`                   // the reporting word or phrase as written
	CueSpan     Span       `json:"cue_span"`              // where Cue is in the text
	Content     string     `json:"content"`               // what was said, as written
	ContentSpan Span       `json:"content_span"`          // where Content is in the text
	Direct      bool       `json:"direct,omitzero"`       // quoted, or a labelled interview answer
	ReportedBy  []string   `json:"reported_by,omitzero"`  // actor IDs of outlets or channels it came through
	Evidential  Evidential `json:"evidential"`            // how firmly the article presents it
	Time        string     `json:"time,omitzero"`         // ID of the Time it is tied to, if any
	Topics      []Topic    `json:"topics,omitzero"`       // what it is about
	SpeakerSpan Span       `json:"speaker_span,omitzero"` // the mention that names the speaker
}

// Location is where a meeting takes or took place.
type Location struct {
	Name         string `json:"name,omitzero"`          // the place as written ("Riyadh", "Saudi Arabia")
	Country      string `json:"country,omitzero"`       // ISO alpha-3 of the place, when known
	ThirdCountry bool   `json:"third_country,omitzero"` // the text says only "a third country"
	Span         Span   `json:"span,omitzero"`          // where Name is in the text
}

// IsZero reports whether the location is unknown: no field is set.
func (l Location) IsZero() bool { return l == Location{} }

// Meeting is talks, a summit, a meeting, negotiations, a visit, a call or a
// conference between parties, whatever its status. All mentions of one
// meeting in an article are one Meeting.
type Meeting struct {
	ID           string      `json:"id"` // "meeting:N", in text order
	Kind         MeetingKind `json:"kind"`
	Parties      []string    `json:"parties,omitzero"`      // actor IDs of the states or organizations represented
	Participants []string    `json:"participants,omitzero"` // actor IDs of the people taking part
	Location     Location    `json:"location,omitzero"`
	Time         string      `json:"time,omitzero"` // ID of the Time it is tied to
	Status       Status      `json:"status"`
	Topics       []Topic     `json:"topics,omitzero"`
	Evidence     []Span      `json:"evidence"`         // mentions, the clearest first
	Outcome      string      `json:"outcome,omitzero"` // a stated result ("Agreement to maintain channels")
}

// Wording is one way a condition is put in the text.
type Wording struct {
	Cue             string `json:"cue"`
	CueSpan         Span   `json:"cue_span"`
	Requirement     string `json:"requirement"`
	RequirementSpan Span   `json:"requirement_span"`
}

// Condition is a requirement a party sets for something it would do or
// accept. A condition stated twice is one Condition with its other wordings
// in Also.
type Condition struct {
	ID            string    `json:"id"`     // "condition:N", in text order
	Holder        string    `json:"holder"` // actor ID of the party that sets it
	Wording                 // the first, clearest wording
	AppliesTo     string    `json:"applies_to,omitzero"` // what is conditioned, as written
	AppliesToSpan Span      `json:"applies_to_span,omitzero"`
	Target        string    `json:"target,omitzero"` // ID of the Meeting or Statement it conditions
	Also          []Wording `json:"also,omitzero"`
}

// Report is everything extracted from one Document.
type Report struct {
	Document   Document    `json:"document"`
	Actors     []Actor     `json:"actors,omitzero"`
	Statements []Statement `json:"statements,omitzero"`
	Meetings   []Meeting   `json:"meetings,omitzero"`
	Conditions []Condition `json:"conditions,omitzero"`
	Topics     []Topic     `json:"topics,omitzero"` // the document's topics, most prominent first
	Times      []Time      `json:"times,omitzero"`  // every time expression, in text order
}

// Actor returns the actor with the given ID.
func (r *Report) Actor(id string) (Actor, bool) {
	for _, a := range r.Actors {
		if a.ID == id {
			return a, true
		}
	}
	return Actor{}, false
}

// Time returns the time expression with the given ID.
func (r *Report) Time(id string) (Time, bool) {
	for _, t := range r.Times {
		if t.ID == id {
			return t, true
		}
	}
	return Time{}, false
}

// Meeting returns the meeting with the given ID.
func (r *Report) Meeting(id string) (Meeting, bool) {
	for _, m := range r.Meetings {
		if m.ID == id {
			return m, true
		}
	}
	return Meeting{}, false
}

// Statement returns the statement with the given ID.
func (r *Report) Statement(id string) (Statement, bool) {
	for _, s := range r.Statements {
		if s.ID == id {
			return s, true
		}
	}
	return Statement{}, false
}

package extract

import (
	"errors"
	"fmt"
	"slices"
	"time"
	"unicode/utf8"

	"github.com/parleyhq/parley/diplo"
	"github.com/parleyhq/parley/internal/text"
	"github.com/parleyhq/parley/internal/timex"
)

// MaxTextSize is the largest article text Extract accepts (64 MiB).
const MaxTextSize = 64 << 20

// Errors returned by Extract for text it cannot read.
var (
	ErrInvalidUTF8 = errors.New("extract: text is not valid UTF-8")
	ErrTooLarge    = fmt.Errorf("extract: text larger than %d bytes", MaxTextSize)
)

// Options configures an Extractor. The zero value means the defaults.
type Options struct {
	// Reference is the date relative time expressions are resolved against
	// when the document gives no publication date of its own. Zero: none.
	Reference time.Time

	// People, Titles and Organizations add to the built-in lexicons.
	People        []Person
	Titles        []string
	Organizations []Organization

	// Topics adds topics, or words to existing topics.
	Topics []TopicWords
}

// Person is a user-supplied lexicon entry for a person the extractor should
// know by name.
type Person struct {
	Name    string   // full name, "Dmitry Peskov"
	Country string   // ISO 3166-1 alpha-3, "RUS"
	Titles  []string // "Kremlin spokesperson"
	Aliases []string // other forms, "Peskov"
}

// Organization is a user-supplied lexicon entry for an organization, a
// government body or a news outlet.
type Organization struct {
	Name    string          // "Shanghai Cooperation Organisation"
	Kind    diplo.ActorKind // diplo.Organization or diplo.Media
	Country string          // ISO alpha-3 for national bodies and outlets
	Aliases []string        // "SCO"
}

// TopicWords adds weighted cue words to a topic (new or built in).
type TopicWords struct {
	Topic diplo.Topic
	Words []WeightedWord
}

// WeightedWord is one cue word or phrase of a topic with its weight; a
// topic is assigned when its weighted evidence passes a threshold.
type WeightedWord struct {
	Word   string
	Weight float64
}

// Extractor turns articles into Reports. Build one with New and reuse it:
// its lexicons are parsed once. It is safe for concurrent use.
type Extractor struct {
	opts   Options
	tagger *timex.Tagger
	act    *actorLex
	stm    *statementLex
	mtg    *meetingLex
	top    *topicLex
}

// New builds an Extractor.
func New(opts Options) (*Extractor, error) {
	e := &Extractor{opts: opts, tagger: timex.New()}
	var err error
	if e.act, err = newActorLex(opts); err != nil {
		return nil, err
	}
	if e.stm, err = newStatementLex(opts); err != nil {
		return nil, err
	}
	if e.mtg, err = newMeetingLex(opts); err != nil {
		return nil, err
	}
	if e.top, err = newTopicLex(opts); err != nil {
		return nil, err
	}
	return e, nil
}

// Extract analyses one document. A Document whose Published date is set
// keeps it; otherwise the date is read from the text (a "date YYYY-MM-DD"
// first line or a dateline) or taken from Options.Reference.
//
// Invalid UTF-8 and texts over MaxTextSize are errors; an empty text gives
// an empty Report.
func (e *Extractor) Extract(doc diplo.Document) (diplo.Report, error) {
	if len(doc.Text) > MaxTextSize {
		return diplo.Report{}, ErrTooLarge
	}
	if !utf8.ValidString(doc.Text) {
		return diplo.Report{}, ErrInvalidUTF8
	}
	a := &article{doc: doc, t: text.Analyze(doc.Text)}
	e.findDate(a)
	e.findTimes(a)
	e.findActors(a)
	e.findMeetings(a)
	e.findStatements(a)
	e.findConditions(a)
	e.findTopics(a)
	return a.report(), nil
}

// ExtractText analyses a plain text with no metadata.
func (e *Extractor) ExtractText(s string) (diplo.Report, error) {
	return e.Extract(diplo.Document{Text: s})
}

// article is the working state of one extraction. Offsets in it are into
// t.Norm unless a field says otherwise; span converts them.
type article struct {
	doc diplo.Document
	t   *text.Doc

	published time.Time // the reference date; zero when unknown

	times []timeRec

	actors   []actorRec
	mentions []mention    // sorted by start
	used     map[int]bool // actors referred to by statements, meetings, conditions

	meetings   []diplo.Meeting
	statements []diplo.Statement
	conditions []diplo.Condition
	topics     []diplo.Topic
}

// timeRec is one time expression: its public form and its place in Norm.
type timeRec struct {
	diplo.Time
	start, end int // in Norm
	tense      int // -1 past, 0 unknown, +1 future
}

// mention is a place where an actor is named or referred to.
type mention struct {
	start, end int // in Norm
	actor      int // index into article.actors
	kind       diplo.MentionKind
}

// use marks actor i as used by a statement, meeting or condition (so it is
// reported) and returns its public ID.
func (a *article) use(i int) string {
	if a.used == nil {
		a.used = map[int]bool{}
	}
	a.used[i] = true
	return a.actorID(i)
}

// actorID is the public ID of actor i.
func (a *article) actorID(i int) string {
	r := a.actors[i]
	return diplo.ActorID(r.kind, r.name, r.country)
}

// span converts a Norm range to a span of the original text.
func (a *article) span(start, end int) diplo.Span {
	return diplo.Span{Start: a.t.Orig(start), End: a.t.Orig(end)}
}

// orig is the original text of a Norm range.
func (a *article) orig(start, end int) string {
	s := a.span(start, end)
	return a.doc.Text[s.Start:s.End]
}

func (a *article) report() diplo.Report {
	r := diplo.Report{Document: a.doc}
	r.Document.Published = a.published
	if len(a.times) > 0 {
		r.Times = make([]diplo.Time, len(a.times))
		for i, t := range a.times {
			r.Times[i] = t.Time
		}
	}
	r.Actors = a.publicActors()
	r.Meetings = a.meetings
	r.Statements = a.statements
	r.Conditions = a.conditions
	r.Topics = a.topics
	slices.SortStableFunc(r.Times, func(x, y diplo.Time) int { return x.Span.Start - y.Span.Start })
	return r
}

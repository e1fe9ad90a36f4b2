// Package diplo is Parley's data model: typed values for what a news
// article about diplomacy says, each tied to the words of the article that
// support it. It holds no extraction logic; package extract produces these
// values from text and package timeline merges them across articles.
//
// # What a Report holds
//
// A [Report] is everything extracted from one [Document] (an article's
// metadata and text):
//
//   - [Actor]: a person, country, organization, news outlet or group, with
//     its titles, aliases and every [Mention] in the text.
//   - [Statement]: a speaker saying, announcing or taking a stance, with
//     the reporting cue, the content, who relayed it and an [Evidential]
//     (asserted, hedged, unverified, insider).
//   - [Meeting]: talks, a summit, a visit, a call... with its parties,
//     participants, [Location], time and [Status] (held, planned,
//     cancelled...).
//   - [Condition]: a requirement a party sets ("provided that ..."), with
//     what it applies to.
//   - [Topic]: issues from the guide's taxonomy ([Topics]), open to
//     user-defined ids.
//   - [Time]: every time expression, with its TIMEX3 value, [Mod] and
//     [Granularity], and the calendar [Interval] it denotes.
//
// A [Timeline] is many reports merged: [Event] values with their [Source]
// documents, status history, conflicts between sources and a partial order.
//
// # Evidence and references
//
// Every extracted item carries [Span] values: byte offsets [Start, End)
// into [Document.Text] exactly as the caller gave it, so Span.Of(text)
// returns the supporting words. Items refer to each other by stable string
// IDs: actors by kind and name ("person:dmitry-peskov", or "country:RUS"
// for a state; see [ActorID] and [Slug]), and meetings, statements,
// conditions and times by kind and position ("meeting:1", "time:3").
// [Report.Validate] checks that every span fits the text on rune
// boundaries, that every reference resolves and that every enumeration is
// known, naming the offending field in a [ValidationError];
// [Timeline.Validate] does the same for a timeline. [Report.Actor],
// [Report.Time], [Report.Meeting] and [Report.Statement] look items up by
// ID.
//
// # Time
//
// Dates in news are often partial ("in February") or vague ("early next
// year"). A [Time] keeps the TIMEX3 value ("2025-02", "2025-W08",
// "2025-02-22/2025-03-08"); [ParseValue] turns a value and its modifier
// into an [Interval], the earliest start and latest end it allows, with its
// [Granularity]. An expression that could not be anchored to a date is
// marked Unresolved. [Interval.Compare] orders two intervals as a
// [Relation]: before, after, overlaps, or unknown when the bounds do not
// decide.
//
// # JSON
//
// All types encode to JSON with snake_case names; unset optional fields are
// left out (omitzero), and decoding an encoded value gives back an equal
// value. Enumerations ([ActorKind], [MentionKind], [Evidential],
// [MeetingKind], [Status], [TimeType], [Mod], [Granularity], [Relation],
// [EventKind]) are typed integer constants that encode as lowercase names
// ("held", "on_or_before") and refuse unknown names when decoded.
// [Schema] returns the JSON Schema (draft 2020-12) of [Report] and
// [Timeline], generated from these types.
package diplo

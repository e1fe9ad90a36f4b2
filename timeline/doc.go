// Package timeline merges the reports of many articles into one timeline
// of diplomatic events and orders it.
//
// # Merging
//
// A Set holds the meetings and statements of any number of diplo.Reports.
// Build one per report with FromReport (or add reports with Add) and
// combine Sets with Merge:
//
//	var s timeline.Set
//	for _, r := range reports {
//		s.Add(r)
//	}
//	tl := s.Timeline()
//
// Merge is commutative, associative and idempotent: the Timeline depends
// only on which reports went in, never on their order or grouping, so Sets
// can be built in parallel and combined in any order, for instance as the
// combiner of a map-reduce job. Adding a report compares its items only
// with the candidates an index finds (same parties or speaker, nearby
// months, shared words), so the cost of a merge grows with the number of
// reports, not with its square.
//
// Two items from different reports are one event when they are similar
// (see the rules on similar, in similar.go): statements by one speaker
// (however spelled) with near-identical content; meetings of the same
// parties whose participants, times, places, statuses, topics and words
// agree well enough and do not rule each other out. Events are the
// connected components of that relation, split deterministically where a
// component would hold two items of one article.
//
// An event keeps every source (document, item, evidence spans and quote),
// the status each source gave a meeting (History, with the latest as
// Status: a meeting planned in one article and held in a later one is
// held), and its sources' disagreements on time, place or outcome as
// Conflicts; nothing is silently dropped.
//
// Actors are unified across reports: the same ID (countries are
// "country:RUS" whatever the article called them), the same name once
// accents, case and common transliterations are folded (Zelensky,
// Zelenskyy, Zelenskiy), and a surname alone when only one known person
// bears it.
//
// # Ordering
//
// Each event gets a Window: the calendar span its own time expression
// allows, narrowed by the publication dates of its articles (a held
// meeting or a statement is no later than the article; a planned meeting
// no earlier; a statement with no date of its own is taken to be at most
// Recency old). Articles also order their own items: a held meeting
// precedes the statement that reports it or that "follows" it, and an
// article's statements and held meetings precede the meetings it calls
// planned. Those edges are Timeline.Order; windows are narrowed along
// them. Before answers Yes, No or Unknown from windows and edges, and
// Timeline.Events is a deterministic total order consistent with both.
//
// # Output
//
// A diplo.Timeline is plain data and marshals to JSON. WriteTable prints a
// Markdown table; WriteTimelineJS writes Knight Lab's TimelineJS format;
// Select with WithActor, WithTopic, WithStatus and During filters events.
package timeline

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
// reports, not with its square. The exception is an item no date bounds
// (an undated item of an article with no publication date): it is
// compared with every item of the same parties or speaker. A feed of
// dated articles has none.
//
// # The merge rule
//
// Two items from different reports are one event when they are similar.
// Items of one report never are (the extractor has already merged what
// one article says twice). Merge windows (own times narrowed by
// publication dates, with the Recency and Horizon estimates for undated
// items) more than DateSlack apart rule any pair out.
//
// Statements are similar when they have a compatible speaker (the same
// actor ID, or the same surname, folded and transliterated, with
// compatible given names), times that do not disagree, and content words
// (function words, generic news and diplomatic vocabulary and the names of
// the report's actors left out) with a Jaccard similarity of at least 0.5,
// two words at least each.
//
// Meetings are similar when they have the same parties (or, with none, a
// shared participant), the same form of contact (a call is not a summit or
// talks), and a score of at least 2 from:
//
//	+2 participants overlap (disjoint participants rule the pair out)
//	+2 both dated to a day or finer and overlapping; +1 overlapping
//	-1 dated up to DateSlack apart (further apart rules the pair out)
//	+1 the same time expression ("within two weeks") when both unresolved
//	+2 the same place; -1 different places ("a third country" is neither)
//	+1 both planned; a held meeting reported before a planned one was
//	   announced rules the pair out
//	+1 two topics in common
//	-1 a summit against lower-level talks
//	+2 evidence words overlap by half of the smaller set; +1 by a quarter
//	   (two words at least, the same words left out as for statements)
//
// Events are the connected components of the relation, split
// deterministically where a component would hold two items of one article
// (each item joins the event of its most similar neighbour that has no
// item of its article yet). Candidate pairs come from an index on parties,
// speakers, quarters of the year and words, so that adding a report costs
// about the same however many reports the Set holds. The index keeps a
// compact summary of each item (parties, status, place, day windows, a
// bloom filter of its words) from which it rules out most candidates
// without reading them; the rule above then decides the rest.
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
// planned (each item the 16 such meetings nearest to it in the text, which
// in an ordinary article is all of them). Those edges are Timeline.Order;
// windows are narrowed along them. Before answers Yes, No or Unknown from windows and edges, and
// Timeline.Events is a deterministic total order consistent with both.
//
// # Output
//
// A diplo.Timeline is plain data and marshals to JSON. WriteTable prints a
// Markdown table; WriteTimelineJS writes Knight Lab's TimelineJS format;
// Select with WithActor, WithTopic, WithStatus and During filters events.
package timeline

// Package parley turns news articles about diplomacy into typed,
// evidence-carrying data, and merges many articles into one timeline.
//
// From the text of an article Parley finds the actors (people, countries,
// organizations, news outlets), the statements they make with how firmly
// the article presents them, the meetings it reports with their status
// (held, planned, cancelled...), the conditions parties set, the topics it
// discusses, and every time expression, normalized to a TIMEX3 value and a
// calendar interval. Every item carries byte spans into the caller's text,
// so each claim can be traced to the words that support it. It is pure Go
// and rule-based: no model files, no network, deterministic output.
//
// This package holds only this overview. The work is done by three
// packages:
//
//   - [github.com/parleyhq/parley/diplo] is the data model: Document,
//     Report, Actor, Statement, Meeting, Condition, Topic, Time, Timeline,
//     their JSON encoding and JSON Schema, and Report.Validate.
//   - [github.com/parleyhq/parley/extract] turns one Document into a
//     Report. Build an Extractor once with extract.New and reuse it; it is
//     safe for concurrent use.
//   - [github.com/parleyhq/parley/timeline] merges Reports: mentions of one
//     meeting or statement in different articles become one Event with all
//     its sources, its status history and the points where sources
//     disagree, placed in the order the dates and texts allow.
//
// Data flows through them one way:
//
//	diplo.Document --extract--> diplo.Report --timeline--> diplo.Timeline
//
// A complete program:
//
//	ex, err := extract.New(extract.Options{})
//	if err != nil {
//		log.Fatal(err)
//	}
//	var set timeline.Set
//	for _, doc := range []diplo.Document{
//		{ID: "a1", Text: articleOne},
//		{ID: "a2", Text: articleTwo},
//	} {
//		r, err := ex.Extract(doc) // a diplo.Report
//		if err != nil {
//			log.Fatal(err)
//		}
//		set.Add(r)
//	}
//	tl := set.Timeline() // a diplo.Timeline
//	for _, ev := range tl.Events {
//		fmt.Println(ev.Kind, ev.Time.Value, len(ev.Sources))
//	}
//
// See the README for the commands that run the examples and measure
// accuracy and speed.
package parley

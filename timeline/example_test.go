package timeline_test

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/parleyhq/parley/diplo"
	"github.com/parleyhq/parley/timeline"
)

// article builds a small report by hand: one meeting between two
// countries, found in the text at evidence, dated by when (a TIMEX3
// value; "" for none).
func article(id, published, text, evidence, when string, status diplo.Status) diplo.Report {
	r := diplo.Report{Document: diplo.Document{ID: id, Text: text}}
	if published != "" {
		r.Document.Published, _ = time.Parse("2006-01-02", published)
	}
	r.Actors = []diplo.Actor{
		{ID: "country:IND", Name: "India", Kind: diplo.Country, Country: "IND"},
		{ID: "country:CHN", Name: "China", Kind: diplo.Country, Country: "CHN"},
	}
	i := strings.Index(text, evidence)
	m := diplo.Meeting{
		ID: "meeting:0", Kind: diplo.Talks, Parties: []string{"country:CHN", "country:IND"}, Status: status,
		Location: diplo.Location{Name: "Beijing", Country: "CHN"},
		Evidence: []diplo.Span{{Start: i, End: i + len(evidence)}},
	}
	if when != "" {
		iv, g, _ := diplo.ParseValue(when, diplo.NoMod)
		r.Times = []diplo.Time{{ID: "time:0", Type: diplo.Date, Value: when, Interval: iv, Granularity: g}}
		m.Time = "time:0"
	}
	r.Meetings = []diplo.Meeting{m}
	return r
}

// Two articles report one meeting: announced, then held. Merge makes one
// event with both sources and the status history; the order of the
// arguments does not matter.
func ExampleMerge() {
	announced := article("announce", "2025-03-01",
		"The foreign ministers of India and China will hold talks in Beijing on March 10.",
		"will hold talks in Beijing on March 10", "2025-03-10", diplo.Planned)
	held := article("readout", "2025-03-11",
		"India and China held border talks in Beijing on Monday.",
		"held border talks in Beijing on Monday", "2025-03-10", diplo.Held)

	ab := timeline.Merge(timeline.FromReport(announced), timeline.FromReport(held)).Timeline()
	ba := timeline.Merge(timeline.FromReport(held), timeline.FromReport(announced)).Timeline()

	e := ab.Events[0]
	fmt.Println(len(ab.Events), "event:", e.ID, e.Status)
	for _, h := range e.History {
		fmt.Println(" ", h.Status, "per", h.Document)
	}
	for _, s := range e.Sources {
		fmt.Printf("  %s: %q\n", s.Document, s.Quote)
	}
	fmt.Println("same either way:", ab.Events[0].ID == ba.Events[0].ID && len(ba.Events) == 1)
	// Output:
	// 1 event: announce#meeting:0 held
	//   planned per announce
	//   held per readout
	//   announce: "will hold talks in Beijing on March 10"
	//   readout: "held border talks in Beijing on Monday"
	// same either way: true
}

// Before answers from dates where there are dates, and from what the
// articles imply where there are none: an undated article's planned
// meeting comes after the meetings it reports as held.
func ExampleBefore() {
	history := article("history", "", "India and China held talks in Beijing in June 2023.",
		"held talks in Beijing in June 2023", "2023-06", diplo.Held)
	undated := article("undated", "", "India and China held talks in Kazan.", "held talks in Kazan", "", diplo.Held)
	undated.Meetings[0].Location = diplo.Location{Name: "Kazan", Country: "RUS"}
	undated.Meetings = append(undated.Meetings, diplo.Meeting{
		ID: "meeting:1", Kind: diplo.Talks, Parties: []string{"country:CHN", "country:IND"}, Status: diplo.Planned,
		Location: diplo.Location{Name: "New Delhi", Country: "IND"}, Evidence: []diplo.Span{{Start: 0, End: 5}},
	})
	later := article("later", "2024-05-02", "India and China will hold talks in Beijing next week.",
		"will hold talks in Beijing next week", "2024-W19", diplo.Planned)

	var s timeline.Set
	for _, r := range []diplo.Report{history, undated, later} {
		s.Add(r)
	}
	tl := s.Timeline()
	fmt.Println(timeline.Before(tl, "history#meeting:0", "later#meeting:0"))
	fmt.Println(timeline.Before(tl, "later#meeting:0", "history#meeting:0"))
	fmt.Println(timeline.Before(tl, "undated#meeting:0", "undated#meeting:1"))
	fmt.Println(timeline.Before(tl, "history#meeting:0", "undated#meeting:0"))
	// Output:
	// yes
	// no
	// yes
	// unknown
}

// WriteTable prints a timeline as a Markdown table.
func ExampleWriteTable() {
	var s timeline.Set
	s.Add(article("announce", "2025-03-01",
		"The foreign ministers of India and China will hold talks in Beijing on March 10.",
		"will hold talks in Beijing on March 10", "2025-03-10", diplo.Planned))
	s.Add(article("readout", "2025-03-11",
		"India and China held border talks in Beijing on Monday.",
		"held border talks in Beijing on Monday", "2025-03-10", diplo.Held))
	s.Add(article("history", "", "India and China held talks in Beijing in June 2023.",
		"held talks in Beijing in June 2023", "2023-06", diplo.Held))
	if err := timeline.WriteTable(os.Stdout, s.Timeline()); err != nil {
		fmt.Println(err)
	}
	// Output:
	// | # | When | Event | Status | Where | Sources | Disagreements |
	// |---|---|---|---|---|---|---|
	// | 1 | June 2023 | Talks: China, India | held | Beijing | history |  |
	// | 2 | March 10, 2025 | Talks: China, India | held (planned → held) | Beijing | announce, readout |  |
}

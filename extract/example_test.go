package extract_test

import (
	"fmt"
	"time"

	"github.com/parleyhq/parley/diplo"
	"github.com/parleyhq/parley/extract"
)

// Extract reads one article against its publication date: "Tuesday" is
// resolved to the Tuesday before it, "within two weeks" is a duration.
func ExampleExtractor_Extract() {
	ex, err := extract.New(extract.Options{})
	if err != nil {
		panic(err)
	}
	doc := diplo.Document{
		ID:        "example",
		Published: time.Date(2025, 2, 22, 0, 0, 0, 0, time.UTC),
		Text: "Russian Foreign Minister Sergei Lavrov and US Secretary of State Marco Rubio met in Riyadh on Tuesday. " +
			"Lavrov said the two sides would meet again within two weeks, provided that Washington drops its sanctions.",
	}
	r, err := ex.Extract(doc)
	if err != nil {
		panic(err)
	}
	for _, a := range r.Actors {
		fmt.Printf("actor %s (%s, %s) %q\n", a.Name, a.Kind, a.Country, a.Titles)
	}
	for _, s := range r.Statements {
		fmt.Printf("statement %v %q: %q\n", s.Speakers, s.Cue, s.Content)
	}
	for _, m := range r.Meetings {
		t, _ := r.Time(m.Time)
		fmt.Printf("meeting %s %s %v in %q at %q (%s)\n", m.Kind, m.Status, m.Parties, m.Location.Name, t.Text, t.Value)
	}
	for _, c := range r.Conditions {
		fmt.Printf("condition by %s: %q %q\n", c.Holder, c.Cue, c.Requirement)
	}
	// Output:
	// actor Sergei Lavrov (person, RUS) ["Russian Foreign Minister"]
	// actor Marco Rubio (person, USA) ["US Secretary of State"]
	// actor Russia (country, RUS) []
	// actor United States (country, USA) []
	// statement [person:sergei-lavrov] "said": "the two sides would meet again within two weeks"
	// meeting meeting held [country:RUS country:USA] in "Riyadh" at "Tuesday" (2025-02-18)
	// meeting meeting proposed [country:RUS country:USA] in "" at "two weeks" (P2W)
	// condition by person:sergei-lavrov: "provided that" "Washington drops its sanctions"
}

// ExtractText is Extract for a plain text with no metadata: relative times
// stay unresolved ("XXXX-WXX-2" is some Tuesday).
func ExampleExtractor_ExtractText() {
	ex, err := extract.New(extract.Options{})
	if err != nil {
		panic(err)
	}
	r, err := ex.ExtractText("Kremlin spokesperson Dmitry Peskov said on Tuesday that Russia was open to talks.")
	if err != nil {
		panic(err)
	}
	for _, t := range r.Times {
		fmt.Printf("%q %s %s unresolved=%v\n", t.Text, t.Type, t.Value, t.Unresolved)
	}
	for _, s := range r.Statements {
		fmt.Printf("%v %q %q\n", s.Speakers, s.Cue, s.Content)
	}
	// Output:
	// "Tuesday" date XXXX-WXX-2 unresolved=true
	// [person:dmitry-peskov] "said" "Russia was open to talks"
}

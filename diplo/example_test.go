package diplo_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/parleyhq/parley/diplo"
)

func ExampleParseValue() {
	for _, v := range []struct {
		value string
		mod   diplo.Mod
	}{
		{"2025-02", diplo.NoMod},
		{"2025-W08", diplo.NoMod},
		{"2025-02-22/2025-03-08", diplo.NoMod},
		{"2025", diplo.Start},
		{"2025-03", diplo.Before},
		{"P2W", diplo.NoMod},
	} {
		iv, g, ok := diplo.ParseValue(v.value, v.mod)
		if !ok {
			fmt.Printf("%-22s no calendar extent\n", v.value)
			continue
		}
		fmt.Printf("%-22s %-6s %-6s [%s, %s)\n", v.value, v.mod.TIMEX3(), g, date(iv.Start), date(iv.End))
	}
	// Output:
	// 2025-02                       month  [2025-02-01, 2025-03-01)
	// 2025-W08                      week   [2025-02-17, 2025-02-24)
	// 2025-02-22/2025-03-08         day    [2025-02-22, 2025-03-09)
	// 2025                   START  year   [2025-01-01, 2025-05-02)
	// 2025-03                BEFORE month  [-, 2025-03-01)
	// P2W                    no calendar extent
}

// date formats a bound of an interval; "-" for an open one.
func date(t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	return t.Format("2006-01-02")
}

func ExampleInterval_Compare() {
	feb, _, _ := diplo.ParseValue("2025-02", diplo.NoMod)
	week8, _, _ := diplo.ParseValue("2025-W08", diplo.NoMod)
	march, _, _ := diplo.ParseValue("2025-03", diplo.NoMod)
	afterFeb, _, _ := diplo.ParseValue("2025-02", diplo.After)
	fmt.Println(feb.Compare(march))
	fmt.Println(march.Compare(week8))
	fmt.Println(week8.Compare(feb))
	fmt.Println(afterFeb.Compare(march)) // "after February" may or may not be in March
	// Output:
	// before
	// after
	// overlaps
	// unknown
}

func ExampleReport_Validate() {
	r := diplo.Report{
		Document: diplo.Document{Text: "Lavrov said talks would go on."},
		Actors:   []diplo.Actor{{ID: "person:sergei-lavrov", Name: "Sergei Lavrov", Kind: diplo.Person}},
		Statements: []diplo.Statement{{
			ID:          "statement:1",
			Speakers:    []string{"person:sergei-lavrov"},
			Cue:         "said",
			CueSpan:     diplo.Span{Start: 7, End: 11},
			Content:     "talks would go on",
			ContentSpan: diplo.Span{Start: 12, End: 40}, // past the end of the text
			ReportedBy:  []string{"media:tass"},         // not an actor of the report
			Evidential:  diplo.Asserted,
		}},
	}
	err := r.Validate()
	fmt.Println(err)

	var ve *diplo.ValidationError
	if errors.As(err, &ve) {
		fmt.Println("first bad field:", ve.Field)
	}
	// Output:
	// diplo: statements[0].reported_by[0]: "media:tass" names no actor
	// diplo: statements[0].content_span: span [12,40) outside the text (30 bytes)
	// first bad field: statements[0].reported_by[0]
}

func ExampleSlug() {
	fmt.Println(diplo.Slug("Recep Tayyip Erdoğan"))
	fmt.Println(diplo.Slug("U.S. State Department"))
	// Output:
	// recep-tayyip-erdogan
	// u-s-state-department
}

func ExampleActorID() {
	fmt.Println(diplo.ActorID(diplo.Person, "Dmitry Peskov", "RUS"))
	fmt.Println(diplo.ActorID(diplo.Country, "Russia", "RUS"))
	fmt.Println(diplo.ActorID(diplo.Organization, "European Union", ""))
	// Output:
	// person:dmitry-peskov
	// country:RUS
	// organization:european-union
}

// Enumerations encode as their lowercase names and refuse names they do
// not know.
func ExampleStatus() {
	b, _ := json.Marshal(struct {
		Status diplo.Status `json:"status"`
		Mod    diplo.Mod    `json:"mod,omitzero"`
	}{diplo.Postponed, diplo.NoMod})
	fmt.Println(string(b))

	var s diplo.Status
	fmt.Println(json.Unmarshal([]byte(`"held"`), &s), s)
	fmt.Println(json.Unmarshal([]byte(`"delayed"`), &s))
	// Output:
	// {"status":"postponed"}
	// <nil> held
	// diplo: unknown status "delayed"
}

func ExampleSpan_Of() {
	text := "Peskov told reporters on Tuesday."
	s := diplo.Span{Start: 7, End: 11}
	fmt.Printf("%q %d\n", s.Of(text), s.Len())
	// Output:
	// "told" 4
}

func ExampleSchema() {
	var doc struct {
		Schema string                     `json:"$schema"`
		Defs   map[string]json.RawMessage `json:"$defs"`
	}
	if err := json.Unmarshal(diplo.Schema(), &doc); err != nil {
		panic(err)
	}
	fmt.Println(doc.Schema)
	fmt.Println(string(doc.Defs["Evidential"]))
	// Output:
	// https://json-schema.org/draft/2020-12/schema
	// {
	//       "type": "string",
	//       "enum": [
	//         "asserted",
	//         "hedged",
	//         "unverified",
	//         "insider"
	//       ],
	//       "description": "Evidential says how firmly the article presents a statement."
	//     }
}

func ExampleTopic_Label() {
	fmt.Println(diplo.ArmsControl.Label())
	fmt.Println(diplo.Topic("arctic-council").Label(), diplo.Topic("arctic-council").Builtin())
	// Output:
	// Arms control
	// arctic-council false
}

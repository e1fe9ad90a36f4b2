package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/parleyhq/parley/diplo"
	"github.com/parleyhq/parley/internal/text"
)

func TestFindTopics(t *testing.T) {
	e, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		text string
		want []diplo.Topic
	}{
		{
			name: "readout with two substantive topics",
			text: "The leaders discussed the ceasefire in Gaza and the release of hostages. They agreed that the truce must hold and that humanitarian aid must reach civilians.",
			// most prominent first; "Gaza" alone is one word, not enough
			want: []diplo.Topic{diplo.Humanitarian, diplo.Ceasefire},
		},
		{
			name: "wire story on arms control",
			text: "U.S. and Soviet negotiators resumed arms control talks in Geneva on medium-range nuclear missiles, seeking an arms reduction treaty.",
			// "nuclear missiles" once points at nuclear but does not make it
			want: []diplo.Topic{diplo.ArmsControl},
		},
		{
			name: "a passing word is no topic",
			text: "The ministers talked about many things, from sanctions to the weather, before lunch.",
		},
		{
			name: "an idiom is no topic",
			text: "In the current geopolitical climate, the political climate at home matters to the ministers.",
		},
		{
			name: "plurals are forgiven",
			text: "Both sides imposed new tariffs and discussed the tariff schedule and trade deals.",
			want: []diplo.Topic{diplo.Trade},
		},
		{
			// one sense per discourse: the truce of a tariff truce is trade
			name: "a tariff truce is no ceasefire",
			text: "The two sides agreed a tariff truce in January. The truce expires in April, and both want the truce to hold.",
			want: []diplo.Topic{diplo.Trade},
		},
		{
			name: "a truce of arms stays a ceasefire",
			text: "The truce in the south held overnight, and both armies said the truce would be extended.",
			want: []diplo.Topic{diplo.Ceasefire},
		},
		{
			// "the gulf" is looked up by "gulf" and needs "the" before it
			name: "a phrase starting with the",
			text: "Tankers crossing the Gulf were escorted; tension in the Gulf and the Middle East rose.",
			want: []diplo.Topic{diplo.RegionalConflicts},
		},
		{
			// each word only points at a topic; together they pass
			name: "search and rescue patrols are security",
			text: "Defence officials discussed joint search-and-rescue patrols and a new search and rescue centre in the Arctic.",
			want: []diplo.Topic{diplo.Security},
		},
		{
			name: "one patrol is no topic",
			text: "A police patrol passed the embassy gate before the ministers arrived for lunch by the sea.",
		},
		{
			name: "gulf without the is not the Gulf",
			text: "A gulf between the negotiators' positions remained.",
		},
		{
			name: "an atomic agency is nuclear, not energy",
			text: "Inspectors of the International Atomic Energy Agency returned to the enrichment plant; the IAEA said its safeguards were restored and the stockpile of highly enriched uranium verified.",
			want: []diplo.Topic{diplo.Nuclear, diplo.ArmsControl},
		},
		{
			name: "one ceasefire is substantive",
			text: "The bloc offered to monitor a nationwide ceasefire.",
			want: []diplo.Topic{diplo.Ceasefire},
		},
		{
			// general news vocabulary: hostages and aid convoys are
			// humanitarian without the word "humanitarian"
			name: "wire: hostages and aid convoys",
			text: "The militia freed four hostages on Monday. Aid convoys reached the besieged town the same day, local officials said.",
			want: []diplo.Topic{diplo.Humanitarian},
		},
		{
			name: "wikinews: joint drills and missile tests",
			text: "Pyongyang condemned the joint drills, and the army conducted two missile tests in response.",
			want: []diplo.Topic{diplo.Security},
		},
		{
			name: "fishing and territorial waters are maritime",
			text: "Norway and Iceland disagree over fishing quotas in their territorial waters.",
			want: []diplo.Topic{diplo.Maritime},
		},
		{
			name: "a disputed border with exchanges of fire",
			text: "Two soldiers died in exchanges of fire across the disputed border, the third clash this year.",
			want: []diplo.Topic{diplo.RegionalConflicts},
		},
		{
			name: "trade sanctions count for sanctions",
			text: "The bloc weighed trade sanctions and an asset freeze against the junta.",
			want: []diplo.Topic{diplo.Sanctions},
		},
		{
			// negative: a development bank as a party is no finance topic,
			// nor is a coast guard's presence at a bombing maritime
			name: "institution names in passing",
			text: "A World Bank team visited the dam. The World Bank spokesperson said the coast guard and the coast guard's divers helped.",
		},
		{
			// negative: a state named again and again as a party is no
			// hotspot; its name counts once
			name: "a party named often is no regional conflict",
			text: "Egypt, Ethiopia and Sudan will resume talks next week. Sudan has not commented, and officials in Sudan would not say whether Sudan would attend.",
		},
		{
			// "relief" beside an economic noun is no humanitarian relief
			name: "debt relief and tariff relief",
			text: "The Secretary called for debt relief for low-income countries and a review of their sovereign debt, and for tariff relief for steel.",
			want: []diplo.Topic{diplo.Finance, diplo.Trade},
		},
		{
			name: "wire story on migrants at a border",
			text: "Poland closed the border after a surge of migrants, and asylum seekers were left stranded in the forest.",
			want: []diplo.Topic{diplo.Humanitarian},
		},
		{
			name: "a hydropower dam is energy",
			text: "Egypt fears the dam will cut its water, while Ethiopia says the dam's turbines will reach full capacity next year.",
			want: []diplo.Topic{diplo.Energy},
		},
		{
			name: "readout on journalists and a partnership",
			text: "The Secretary reaffirmed the strategic partnership and bilateral ties, and raised concerns about independent journalists and media freedom.",
			want: []diplo.Topic{diplo.HumanRights, diplo.BilateralRelations},
		},
		{
			name: "the war in a named hotspot is a regional conflict",
			text: "The envoy said the war in Syria had displaced millions and that the Syrian conflict needed a political solution.",
			want: []diplo.Topic{diplo.RegionalConflicts},
		},
		{
			// a hyphenated compound counts as the phrase
			name: "interview on prisoner-exchange negotiations",
			text: "We spoke to the envoy about the prisoner-exchange negotiations in Muscat and the list of detainees.",
			want: []diplo.Topic{diplo.Humanitarian},
		},
		{
			name: "wire story on a disputed border",
			text: "The delegations resumed talks on the demarcation of their disputed border, and both sides said a border protocol could be signed within a month.",
			want: []diplo.Topic{diplo.BilateralRelations},
		},
		{
			name: "week-ahead item on plastic pollution",
			text: "UN-led negotiations on a global treaty on plastic pollution enter their second week in Geneva, with delegates split on pollution from production.",
			want: []diplo.Topic{diplo.Climate},
		},
		{
			name: "empty",
			text: "",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := &article{doc: diplo.Document{Text: tc.text}, t: text.Analyze(tc.text)}
			e.findTopics(a)
			if diff := cmp.Diff(tc.want, a.topics); diff != "" {
				t.Errorf("topics (-want +got):\n%s", diff)
			}
		})
	}
}

// TestTopicsOfMeetingsAndStatements checks that meetings take the topics
// of the sentences that mention them and statements those of their content.
func TestTopicsOfMeetingsAndStatements(t *testing.T) {
	e, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	src := "Japan and China held talks on fishing rights and maritime borders. Japan said the embargo on seafood must end."
	a := &article{doc: diplo.Document{Text: src}, t: text.Analyze(src)}
	a.meetings = []diplo.Meeting{{ID: "meeting:1", Evidence: []diplo.Span{{Start: 0, End: 28}}}}
	c := len("Japan and China held talks on fishing rights and maritime borders. Japan said ")
	a.statements = []diplo.Statement{{ID: "statement:1", ContentSpan: diplo.Span{Start: c, End: len(src) - 1}}}
	e.findTopics(a)
	if diff := cmp.Diff([]diplo.Topic{diplo.Maritime}, a.meetings[0].Topics); diff != "" {
		t.Errorf("meeting topics (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]diplo.Topic{diplo.Sanctions}, a.statements[0].Topics); diff != "" {
		t.Errorf("statement topics (-want +got):\n%s", diff)
	}
}

func TestUserTopics(t *testing.T) {
	tests := []struct {
		name    string
		opts    Options
		text    string
		want    []diplo.Topic
		wantErr bool
	}{
		{
			name: "a new topic",
			opts: Options{Topics: []TopicWords{{Topic: "space", Words: []WeightedWord{{"space station", 3}, {"satellites", 2}}}}},
			text: "The two agencies agreed to cooperate on the space station and on weather satellites.",
			want: []diplo.Topic{"space"},
		},
		{
			name: "a word added to a built-in topic, default weight",
			opts: Options{Topics: []TopicWords{{Topic: diplo.Energy, Words: []WeightedWord{{Word: "hydrogen"}}}}},
			text: "Both governments will invest in hydrogen, and more hydrogen later.",
			want: []diplo.Topic{diplo.Energy},
		},
		{
			name:    "a malformed topic id",
			opts:    Options{Topics: []TopicWords{{Topic: "Space Race", Words: []WeightedWord{{"rocket", 3}}}}},
			wantErr: true,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e, err := New(tc.opts)
			if (err != nil) != tc.wantErr {
				t.Fatalf("New: err %v, wantErr %v", err, tc.wantErr)
			}
			if err != nil {
				return
			}
			a := &article{doc: diplo.Document{Text: tc.text}, t: text.Analyze(tc.text)}
			e.findTopics(a)
			if diff := cmp.Diff(tc.want, a.topics); diff != "" {
				t.Errorf("topics (-want +got):\n%s", diff)
			}
		})
	}
}

// TestTopicThresholdGrows checks that longer documents need more evidence.
func TestTopicThresholdGrows(t *testing.T) {
	if a, b := docThreshold(300), docThreshold(3000); !(a < b) {
		t.Errorf("docThreshold(300) = %v, docThreshold(3000) = %v; want growth", a, b)
	}
	if got, want := docThreshold(1<<30), docTopicBase+docTopicPerK*docTopicMaxK; got != want {
		t.Errorf("docThreshold(huge) = %v, want the cap %v", got, want)
	}
}

// TestTopicLexiconConsistent checks that no phrase weighs less than a
// shorter phrase of the same topic it starts with: the longest match wins,
// so such a phrase would hide the stronger evidence.
func TestTopicLexiconConsistent(t *testing.T) {
	e, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, es := range e.top.phrases {
		for _, long := range es {
			for _, short := range es {
				if short.topic != long.topic || len(short.words) >= len(long.words) || long.weight == 0 {
					continue
				}
				prefix := true
				for k := range short.words {
					if short.words[k] != long.words[k] {
						prefix = false
					}
				}
				if prefix && long.weight < short.weight {
					t.Errorf("%s: %q (%v) weighs less than %q (%v)", e.top.topics[long.topic], strings.Join(long.words, " "), long.weight, strings.Join(short.words, " "), short.weight)
				}
			}
		}
	}
}

// TestNormAtMatchesSearch checks the windowed search of normAt against a
// plain search over the whole text, at every offset of texts that
// normalization shortens (curly quotes, accents, dashes) or leaves alone.
func TestNormAtMatchesSearch(t *testing.T) {
	tests := []struct {
		name string
		text string
	}{
		{"ascii", "Talks resumed in Geneva on Monday."},
		{"curly quotes", "\u201cWe are ready,\u201d he said \u2014 \u2018today\u2019."},
		{"accents", "Bogota\u0301 and Bogot\u00e1 hosted the cha\u0072ge\u0301 d\u2019affaires."},
		{"many shrinks", strings.Repeat("\u201cx\u201d ", 200) + "end"},
		{"empty", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := &article{doc: diplo.Document{Text: tc.text}, t: text.Analyze(tc.text)}
			n := len(a.t.Norm)
			for x := 0; x <= len(tc.text)+1; x++ {
				want := 0
				for want <= n && a.t.Orig(want) < x {
					want++
				}
				if got := normAt(a, x); got != want {
					t.Fatalf("normAt(%d) = %d, want %d", x, got, want)
				}
			}
		})
	}
}

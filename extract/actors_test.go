package extract

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/parleyhq/parley/diplo"
	"github.com/parleyhq/parley/internal/text"
)

// actorView is the part of an actor the table tests compare.
type actorView struct {
	Name    string
	Kind    diplo.ActorKind
	Country string
	Titles  []string
	Aliases []string
}

func testExtractor(t *testing.T) *Extractor {
	t.Helper()
	e, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// runActors runs the actor layer on src and returns the article.
func runActors(e *Extractor, src string) *article {
	a := &article{doc: diplo.Document{Text: src}, t: text.Analyze(src)}
	e.findActors(a)
	return a
}

// reported returns the actors publicActors reports, by name.
func reported(a *article) map[string]actorView {
	out := map[string]actorView{}
	for _, x := range a.publicActors() {
		out[x.Name] = actorView{x.Name, x.Kind, x.Country, x.Titles, x.Aliases}
	}
	return out
}

func TestActorPatterns(t *testing.T) {
	e := testExtractor(t)
	tests := []struct {
		name string
		src  string
		want []actorView // reported actors that must be there (compared in full)
		not  []string    // names that must not be reported
	}{
		{
			name: "title before name with country adjective",
			src:  "Russian Deputy Foreign Minister Sergei Ryabkov said on Monday that Moscow was ready for talks.",
			want: []actorView{{Name: "Sergei Ryabkov", Kind: diplo.Person, Country: "RUS", Titles: []string{"Russian Deputy Foreign Minister"}}},
		},
		{
			name: "seat of government in the title gives the country",
			src:  "Kremlin spokesperson Dmitry Peskov told reporters the meeting would go ahead. Peskov declined to give a date.",
			want: []actorView{{Name: "Dmitry Peskov", Kind: diplo.Person, Country: "RUS", Titles: []string{"Kremlin spokesperson"}, Aliases: []string{"Peskov"}}},
			not:  []string{"Russia"},
		},
		{
			name: "name particles",
			src:  "Saudi Crown Prince Mohammed bin Salman hosted the delegations in Jeddah.",
			want: []actorView{{Name: "Mohammed bin Salman", Kind: diplo.Person, Country: "SAU", Titles: []string{"Saudi Crown Prince"}}},
			not:  []string{"Saudi Arabia"},
		},
		{
			name: "apposition after the name",
			src:  "Maria Zakharova, the Foreign Ministry spokeswoman, said the proposal was unacceptable.",
			want: []actorView{{Name: "Maria Zakharova", Kind: diplo.Person, Titles: []string{"Foreign Ministry spokeswoman"}}},
		},
		{
			name: "possessive state and apposition before the name",
			src:  "China's ambassador to Washington, Xie Feng, said both sides should keep talking.",
			want: []actorView{{Name: "Xie Feng", Kind: diplo.Person, Country: "CHN", Titles: []string{"ambassador to Washington"}}},
			not:  []string{"United States"},
		},
		{
			name: "mis-cased honorific and role in apposition",
			src:  "We spoke with dr. elena Petrova, a leading expert in arms control, about the treaty. Petrova said the talks could succeed.",
			want: []actorView{{Name: "Elena Petrova", Kind: diplo.Person, Titles: []string{"expert in arms control"}, Aliases: []string{"elena Petrova", "Petrova", "Dr. Elena Petrova"}}},
		},
		{
			name: "a title with two portfolios and an honorific name in apposition",
			src:  "Fiji's Minister of Foreign Affairs and Cooperation, Dr. Sitiveni Rabuka, said the talks would resume.",
			want: []actorView{{Name: "Sitiveni Rabuka", Kind: diplo.Person, Country: "FJI", Titles: []string{"Minister of Foreign Affairs and Cooperation"}, Aliases: []string{"Dr. Sitiveni Rabuka"}}},
		},
		{
			name: "a portfolio word before the head",
			src:  "Mining Minister Chanda Mwale said the talks would resume.",
			want: []actorView{{Name: "Chanda Mwale", Kind: diplo.Person, Titles: []string{"Mining Minister"}}},
		},
		{
			name: "an owner's determiner is no part of the title",
			src:  "Rania Haddad, the UN Special Envoy for Libya, said the talks would resume.",
			want: []actorView{{Name: "Rania Haddad", Kind: diplo.Person, Titles: []string{"UN Special Envoy for Libya"}}},
		},
		{
			name: "a given name that is a capital, and the capital as a place",
			src:  "Sofia Lindqvist said on Monday that the talks in Sofia would resume.",
			want: []actorView{{Name: "Sofia Lindqvist", Kind: diplo.Person}},
			not:  []string{"Bulgaria"},
		},
		{
			name: "an organization in apposition to what it is",
			src:  "The UN peacekeeping mission, MINUSCA, said the convoy had been attacked.",
			want: []actorView{{Name: "MINUSCA", Kind: diplo.Organization}},
		},
		{
			name: "mis-cased seat of government in a title",
			src:  "kremlin spokesperson Dmitry Peskov said the talks would go on.",
			want: []actorView{{Name: "Dmitry Peskov", Kind: diplo.Person, Country: "RUS", Titles: []string{"kremlin spokesperson"}}},
		},
		{
			name: "common words are not outlets",
			src:  "The times are hard for diplomats, and the fed up delegates left.",
			not:  []string{"The Times", "Federal Reserve"},
		},
		{
			name: "mis-cased country names",
			src:  "Officials said russia and the United states will resume talks, and russia has named its negotiators.",
			want: []actorView{
				{Name: "Russia", Kind: diplo.Country, Country: "RUS", Aliases: []string{"russia"}},
				{Name: "United States", Kind: diplo.Country, Country: "USA", Aliases: []string{"United states"}},
			},
		},
		{
			name: "seat of government as metonym",
			src:  "The Kremlin said on Tuesday it was open to a meeting.",
			want: []actorView{{Name: "Russia", Kind: diplo.Country, Country: "RUS", Aliases: []string{"The Kremlin"}}},
		},
		{
			name: "capital acting versus capital as a place",
			src:  "Beijing has rejected the proposal. The envoy arrived in Tokyo on Monday.",
			want: []actorView{{Name: "China", Kind: diplo.Country, Country: "CHN", Aliases: []string{"Beijing"}}},
			not:  []string{"Japan"},
		},
		{
			name: "unnamed officials speak for their state or organization",
			src:  "Senior Ukrainian officials said the plan was unacceptable. European Union officials warned against any deal without Kyiv.",
			want: []actorView{
				{Name: "Ukraine", Kind: diplo.Country, Country: "UKR", Aliases: []string{"Senior Ukrainian officials"}},
				{Name: "European Union", Kind: diplo.Organization, Aliases: []string{"European Union officials"}},
			},
		},
		{
			name: "groups that speak",
			src:  "Analysts say the ceasefire is fragile. Western diplomats said the talks had stalled.",
			want: []actorView{
				{Name: "analysts", Kind: diplo.Group, Aliases: []string{"Analysts"}},
				{Name: "Western diplomats", Kind: diplo.Group},
			},
		},
		{
			name: "groups that do not speak",
			src:  "The plan was criticised by analysts. Diplomats should consider new tools.",
			not:  []string{"analysts", "diplomats"},
		},
		{
			name: "places that only locate",
			src:  "The talks between the two delegations took place in Saudi Arabia, and a second round is planned in Geneva.",
			not:  []string{"Saudi Arabia", "Switzerland", "Geneva"},
		},
		{
			name: "headings, treaties and months are not people",
			src:  "Focus Areas for Upcoming Talks\nTable of Contents\nThe Strategic Arms Reduction Treaty expired. Final Thoughts\nMonday March Talks began.",
			not:  []string{"Focus Areas", "Upcoming Talks", "Strategic Arms Reduction Treaty", "Final Thoughts", "Monday March"},
		},
		{
			name: "wire dateline",
			src:  "TOKYO, March 3 - Japanese Prime Minister Yasuhiro Nakasone told parliament that Japan would cut tariffs.",
			want: []actorView{{Name: "Yasuhiro Nakasone", Kind: diplo.Person, Country: "JPN", Titles: []string{"Japanese Prime Minister"}}},
		},
		{
			name: "historic state",
			src:  "Soviet Foreign Minister Eduard Shevardnadze met Secretary of State George Shultz in Moscow.",
			want: []actorView{
				{Name: "Eduard Shevardnadze", Kind: diplo.Person, Country: "SUN", Titles: []string{"Soviet Foreign Minister"}},
				{Name: "George Shultz", Kind: diplo.Person, Country: "USA", Titles: []string{"Secretary of State"}},
			},
		},
		{
			name: "bare title joins the full name",
			src:  "U.S. President Donald Trump and Russian President Vladimir Putin spoke by phone. Later, President Putin said the call was useful.",
			want: []actorView{
				{Name: "Donald Trump", Kind: diplo.Person, Country: "USA", Titles: []string{"U.S. President"}},
				{Name: "Vladimir Putin", Kind: diplo.Person, Country: "RUS", Titles: []string{"Russian President", "President"}, Aliases: []string{"Putin", "President Putin"}},
			},
		},
		{
			name: "body of a state",
			src:  "The Russian Foreign Ministry said the embassy would stay open.",
			want: []actorView{{Name: "Russian Foreign Ministry", Kind: diplo.Organization, Country: "RUS"}},
		},
		{
			name: "outlet with its country",
			src:  "Speaking to reporters, he said the remarks were reported by the Russian news agency RIA Novosti.",
			want: []actorView{{Name: "RIA Novosti", Kind: diplo.Media, Country: "RUS"}},
		},
		{
			name: "office of a state in a complement",
			src:  "President Joko Widodo of Indonesia welcomed the agreement.",
			want: []actorView{{Name: "Joko Widodo", Kind: diplo.Person, Country: "IDN", Titles: []string{"President"}}},
		},
		{
			name: "office without a state takes the state named around it",
			src:  "Russian officials have indicated that Washington must move first. Deputy Foreign Minister Sergei Ryabkov emphasized that Russia is open to dialogue.",
			want: []actorView{{Name: "Sergei Ryabkov", Kind: diplo.Person, Country: "RUS", Titles: []string{"Deputy Foreign Minister"}}},
		},
		{
			name: "hyphenated particle in a name",
			src:  "Egyptian President Abdel Fattah el-Sisi spoke by phone with the king.",
			want: []actorView{{Name: "Abdel Fattah el-Sisi", Kind: diplo.Person, Country: "EGY", Titles: []string{"Egyptian President"}}},
		},
		{
			name: "counterpart takes its own adjective",
			src:  "Foreign Minister Wang Yi met his Japanese counterpart Takeshi Iwaya in Beijing. Wang said China is willing to work with Japan, and Chinese officials agreed.",
			want: []actorView{
				{Name: "Wang Yi", Kind: diplo.Person, Country: "CHN", Titles: []string{"Foreign Minister"}, Aliases: []string{"Wang"}},
				{Name: "Takeshi Iwaya", Kind: diplo.Person, Country: "JPN", Titles: []string{"Japanese counterpart"}},
			},
		},
		{
			name: "title with a complement before the name",
			src:  "The head of the Russian delegation, Vladimir Medinsky, said the talks were constructive.",
			want: []actorView{{Name: "Vladimir Medinsky", Kind: diplo.Person, Country: "RUS", Titles: []string{"head of the Russian delegation"}}},
		},
		{
			name: "officials in a capital and mediators",
			src:  "Officials in Seoul said they would join the summit. Qatari and Egyptian mediators pressed both sides.",
			want: []actorView{
				{Name: "South Korea", Kind: diplo.Country, Country: "KOR", Aliases: []string{"Officials in Seoul"}},
				{Name: "Qatar", Kind: diplo.Country, Country: "QAT", Aliases: []string{"Qatari"}},
				{Name: "Egypt", Kind: diplo.Country, Country: "EGY", Aliases: []string{"Egyptian"}},
			},
		},
		{
			name: "an administration named after its leader",
			src:  "U.S. President Donald Trump spoke with reporters. The Trump administration has said it wants a deal.",
			want: []actorView{{Name: "United States", Kind: diplo.Country, Country: "USA", Aliases: []string{"The Trump administration"}}},
		},
		{
			name: "office without a state takes the state of its own sentence first",
			src:  "Secretary of State Marco Rubio will meet russian officials in Istanbul. The Ukrainian delegation, led by Defense Minister Rustem Umerov, will also attend.",
			want: []actorView{
				{Name: "Rustem Umerov", Kind: diplo.Person, Country: "UKR", Titles: []string{"Defense Minister"}},
				{Name: "Russia", Kind: diplo.Country, Country: "RUS", Aliases: []string{"russian officials"}},
			},
		},
		{
			name: "another person's office is no context",
			src:  "U.S. envoy Steve Witkoff met Foreign Minister Abbas Araghchi on Saturday.",
			want: []actorView{
				{Name: "Steve Witkoff", Kind: diplo.Person, Country: "USA", Titles: []string{"U.S. envoy"}},
				{Name: "Abbas Araghchi", Kind: diplo.Person, Titles: []string{"Foreign Minister"}},
			},
		},
		{
			name: "according to a group",
			src:  "According to sources familiar with the matter, the meeting could take place in May.",
			want: []actorView{{Name: "sources", Kind: diplo.Group, Aliases: []string{"sources familiar with the matter"}}},
		},
		{
			name: "name shape before a reporting verb",
			src:  "Anatoly Antonov said the embassy had received no reply.",
			want: []actorView{{Name: "Anatoly Antonov", Kind: diplo.Person}},
		},
		{
			name: "name after an inverted reporting verb",
			src:  "\"We are ready to talk,\" said Anatoly Antonov, the Russian ambassador.",
			want: []actorView{{Name: "Anatoly Antonov", Kind: diplo.Person, Country: "RUS", Titles: []string{"Russian ambassador"}}},
		},
		{
			name: "interview labels",
			src:  "Interviewer: What comes next?\nJohn Smith: We will see what the talks bring.\nInterviewer: And then?\nJohn Smith: More talks.\nLooking Ahead: more talks are looking likely.\nLooking Ahead: yes.\n",
			want: []actorView{{Name: "John Smith", Kind: diplo.Person}},
			not:  []string{"Interviewer", "Looking Ahead"},
		},
		{
			name: "capitalised words that are used in lower case are no name",
			src:  "Neutral Venues help both sides. Neutral venues are chosen for talks.",
			not:  []string{"Neutral Venues"},
		},
		{
			name: "adviser to a state's leader belongs to that state",
			src:  "Elnur Mammadli, a foreign policy adviser to Georgia's president, said the border issue was settled.",
			want: []actorView{{Name: "Elnur Mammadli", Kind: diplo.Person, Country: "GEO", Titles: []string{"foreign policy adviser to Georgia's president"}}},
		},
		{
			name: "its before a title points to the organization named before",
			src:  "Hezbollah says it is ready for a truce. Its spokesman Karim Haddad said the group would attend.",
			want: []actorView{{Name: "Karim Haddad", Kind: diplo.Person, Country: "LBN", Titles: []string{"spokesman"}}},
		},
		{
			name: "staff of a named body in a capital are not the state",
			src:  "The agency's inspection team in Tehran said the cameras were working. Opposition Front representatives in Caracas met the envoy.",
			not:  []string{"Iran", "Venezuela"},
		},
		{
			name: "officials in a capital speak for the state",
			src:  "Officials in Ankara said the offer stood.",
			want: []actorView{{Name: "Turkey", Kind: diplo.Country, Country: "TUR", Titles: nil, Aliases: []string{"Officials in Ankara"}}},
		},
		{
			name: "hyphenated given names",
			src:  "President Moon Jae-in of the Republic of Korea welcomed the visit.",
			want: []actorView{{Name: "Moon Jae-in", Kind: diplo.Person, Country: "KOR", Titles: []string{"President"}}},
		},
		{
			name: "masthead place and header name give officials their state",
			src:  "Daily Press Briefing\nPaul Martin, Ministry Spokesperson\nOttawa\nMarch 3, 2025\n\nMR. MARTIN: Minister Anne Roy spoke with her counterpart today. The Minister stressed that talks must continue.\n",
			want: []actorView{
				{Name: "Paul Martin", Kind: diplo.Person, Country: "CAN", Titles: []string{"Ministry Spokesperson"}, Aliases: []string{"MR. MARTIN"}},
				{Name: "Anne Roy", Kind: diplo.Person, Country: "CAN", Titles: []string{"Minister"}, Aliases: []string{"The Minister"}},
			},
		},
		{
			name: "an officer of the state the article is about",
			src:  "Iran said talks would go on. Iran rejected the report. Iranian officials met on Monday. Could Deputy Foreign Minister Ali Rahimi go to Geneva? Iran has not decided.",
			want: []actorView{{Name: "Ali Rahimi", Kind: diplo.Person, Country: "IRN", Titles: []string{"Deputy Foreign Minister"}}},
		},
		{
			name: "no state when two states are named alike",
			src:  "Iran said talks would go on. Israel rejected the report. Could Deputy Foreign Minister Ali Rahimi go to Geneva?",
			want: []actorView{{Name: "Ali Rahimi", Kind: diplo.Person, Titles: []string{"Deputy Foreign Minister"}}},
		},
		{
			name: "a wire agency's credit is no actor",
			src:  "PARIS, May 2 (Reuters) - France said on Friday it would host the talks.",
			not:  []string{"Reuters"},
		},
		{
			name: "groups speak across a place phrase or an aside",
			src:  "Analysts in the region believe a deal is close. Two Western diplomats, speaking on condition of anonymity, said the venue was rejected.",
			want: []actorView{
				{Name: "analysts", Kind: diplo.Group, Aliases: []string{"Analysts in the region"}},
				{Name: "Western diplomats", Kind: diplo.Group},
			},
		},
		{
			name: "states joined by a hyphen are each named",
			src:  "U.S.-Russia talks resumed on Monday. Russia-U.S. relations remain tense. Fighting on the Russia-Ukraine border went on.",
			want: []actorView{
				{Name: "United States", Kind: diplo.Country, Country: "USA", Aliases: []string{"U.S."}},
				{Name: "Russia", Kind: diplo.Country, Country: "RUS"},
			},
			not: []string{"Ukraine"},
		},
		{
			name: "an organization introduced by what it is",
			src:  "Venezuela's government met the opposition Unitary Front in Oslo. Unitary Front negotiators said Venezuela must set a date. The rebel Northern Army said it had seized the town.",
			want: []actorView{
				{Name: "Unitary Front", Kind: diplo.Organization, Country: "VEN"},
				{Name: "Northern Army", Kind: diplo.Organization},
			},
		},
		{
			name: "a descriptor in lower case only",
			src:  "The Opposition Leader said talks would go on.",
			not:  []string{"Leader"},
		},
		{
			name: "mediators described by a relative clause act",
			src:  "Qatar and Egypt, which mediate between the two sides, said the talks would resume.",
			want: []actorView{
				{Name: "Qatar", Kind: diplo.Country, Country: "QAT"},
				{Name: "Egypt", Kind: diplo.Country, Country: "EGY"},
			},
		},
		{
			name: "a relative clause that only describes is no agency",
			src:  "The new rules favour Djibouti, which has a port, and Peru, which is far away.",
			not:  []string{"Djibouti", "Peru"},
		},
		{
			name: "facilitators of a state speak for it",
			src:  "Norwegian facilitators postponed the round.",
			want: []actorView{{Name: "Norway", Kind: diplo.Country, Country: "NOR", Aliases: []string{"Norwegian facilitators"}}},
		},
		{
			name: "a state's army is its armed forces when the lexicon knows them",
			src:  "Peace talks between Sudan's army and the Rapid Support Forces stalled. The Sudanese Armed Forces rejected the venue.",
			want: []actorView{{Name: "Sudanese Armed Forces", Kind: diplo.Organization, Country: "SDN", Aliases: []string{"Sudan's army"}}},
		},
		{
			name: "a long appositive role with its institution",
			src:  "Hana Tesfaye, a researcher at the Institute for Security Studies in Addis Ababa, suggested the talks could slip.",
			want: []actorView{{Name: "Hana Tesfaye", Kind: diplo.Person, Titles: []string{"researcher at the Institute for Security Studies in Addis Ababa"}}},
		},
		{
			name: "the country's minister is of the state named last",
			src:  "Kenya hosted the talks. Musa Wekesa, the country's foreign minister, said the talks were useful.",
			want: []actorView{{Name: "Musa Wekesa", Kind: diplo.Person, Country: "KEN", Titles: []string{"foreign minister"}}},
		},
		{
			name: "a bare diplomatic office takes the state leading its sentence",
			src:  "The ministry's spokesman, Lin Wei, told reporters in Beijing that China opposed the move.",
			want: []actorView{{Name: "Lin Wei", Kind: diplo.Person, Country: "CHN", Titles: []string{"spokesman"}}},
		},
		{
			name: "a bare military rank takes no state from its sentence",
			src:  "General Mark Hale said Russia had moved troops to the border.",
			want: []actorView{{Name: "Mark Hale", Kind: diplo.Person, Titles: []string{"General"}}},
		},
		{
			name: "armed movements belong to their state",
			src:  "The Rapid Support Forces said they would attend. Hamas rejected the plan.",
			want: []actorView{
				{Name: "Rapid Support Forces", Kind: diplo.Organization, Country: "SDN"},
				{Name: "Hamas", Kind: diplo.Organization, Country: "PSE"},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := runActors(e, tc.src)
			got := reported(a)
			for _, w := range tc.want {
				g, ok := got[w.Name]
				if !ok {
					t.Errorf("actor %q not reported; got %v", w.Name, slices.Sorted(mapKeys(got)))
					continue
				}
				if diff := cmp.Diff(w, g); diff != "" {
					t.Errorf("actor %q (-want +got):\n%s", w.Name, diff)
				}
			}
			for _, n := range tc.not {
				if _, ok := got[n]; ok {
					t.Errorf("actor %q reported, want none", n)
				}
			}
		})
	}
}

func mapKeys[V any](m map[string]V) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// mentionView is one mention as the coreference tests compare it.
type mentionView struct {
	Text  string
	Actor string
	Kind  diplo.MentionKind
}

func TestActorCoreference(t *testing.T) {
	e := testExtractor(t)
	tests := []struct {
		name string
		src  string
		want []mentionView // mentions that must be there, in text order
		not  []string      // texts that must not be mentions
	}{
		{
			name: "surname, pronoun and title",
			src:  "Deputy Foreign Minister Sergei Ryabkov spoke to reporters. Ryabkov said the talks would resume. He added that the Deputy Foreign Minister's schedule was full.",
			want: []mentionView{
				{"Sergei Ryabkov", "Sergei Ryabkov", diplo.ByName},
				{"Ryabkov", "Sergei Ryabkov", diplo.ByName},
				{"He", "Sergei Ryabkov", diplo.ByPronoun},
				{"the Deputy Foreign Minister", "Sergei Ryabkov", diplo.ByTitle},
			},
		},
		{
			name: "pronoun gender from the title",
			src:  "Foreign Ministry spokeswoman Maria Zakharova met Ambassador John Sullivan. She said the meeting was frank.",
			want: []mentionView{
				{"Maria Zakharova", "Maria Zakharova", diplo.ByName},
				{"John Sullivan", "John Sullivan", diplo.ByName},
				{"She", "Maria Zakharova", diplo.ByPronoun},
			},
		},
		{
			name: "its refers to the state in the sentence",
			src:  "Russia has expressed its willingness to talk.",
			want: []mentionView{
				{"Russia", "Russia", diplo.ByName},
				{"its", "Russia", diplo.ByPronoun},
			},
		},
		{
			name: "expletive it is no mention",
			src:  "Russia has agreed to talks. It is vital to note that nothing is confirmed.",
			not:  []string{"It"},
		},
		{
			name: "a title with a state gives it to the person",
			src:  "President Putin met the envoy on Friday. The Russian president said the talks were useful.",
			want: []mentionView{
				{"Putin", "Putin", diplo.ByName},
				{"The Russian president", "Putin", diplo.ByTitle},
			},
		},
		{
			name: "a qualified title needs the same state",
			src:  "Donald Trump met Volodymyr Zelenskyy, the Ukrainian President, in New York. The President of Ukraine said the talks were useful.",
			want: []mentionView{
				{"The President of Ukraine", "Volodymyr Zelenskyy", diplo.ByTitle},
			},
		},
		{
			name: "transcript labels",
			src:  "date 2022-02-07\nRemarks by President Biden and Chancellor Scholz\n\nPRESIDENT BIDEN: Good afternoon.\n\nCHANCELLOR SCHOLZ: Thank you.\n\nQ: Mr. President, a question.\n\nTHE PRESIDENT: We will act.\n",
			want: []mentionView{
				{"Biden", "Biden", diplo.ByName},
				{"Scholz", "Scholz", diplo.ByName},
				{"PRESIDENT BIDEN", "Biden", diplo.ByLabel},
				{"CHANCELLOR SCHOLZ", "Scholz", diplo.ByLabel},
				{"THE PRESIDENT", "Biden", diplo.ByLabel},
			},
			not: []string{"Q"},
		},
		{
			name: "metonyms and collectives",
			src:  "Moscow and Washington disagree. Senior Russian diplomats said the Kremlin would answer.",
			want: []mentionView{
				{"Moscow", "Russia", diplo.ByMetonym},
				{"Washington", "United States", diplo.ByMetonym},
				{"Senior Russian diplomats", "Russia", diplo.ByAlias},
				{"the Kremlin", "Russia", diplo.ByMetonym},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := runActors(e, tc.src)
			var got []mentionView
			texts := map[string]bool{}
			for _, m := range a.mentions {
				mv := mentionView{tc.src[a.span(m.start, m.end).Start:a.span(m.start, m.end).End], a.actors[m.actor].name, m.kind}
				got = append(got, mv)
				texts[mv.Text] = true
			}
			// want must be a subsequence of got
			k := 0
			for _, g := range got {
				if k < len(tc.want) && g == tc.want[k] {
					k++
				}
			}
			if k < len(tc.want) {
				t.Errorf("mentions: missing %+v\n(-want +got):\n%s", tc.want[k], cmp.Diff(tc.want, got))
			}
			for _, n := range tc.not {
				if texts[n] {
					t.Errorf("%q is a mention, want none", n)
				}
			}
		})
	}
}

func TestMentionsSortedAndDisjoint(t *testing.T) {
	e := testExtractor(t)
	src := "U.S. President Donald Trump and Russian President Vladimir Putin spoke. Putin said he and Trump agreed. The Kremlin and the White House confirmed it. Russian and U.S. representatives will meet."
	a := runActors(e, src)
	for i := 1; i < len(a.mentions); i++ {
		if a.mentions[i].start < a.mentions[i-1].end {
			t.Fatalf("mentions %d and %d overlap or are out of order: %+v %+v", i-1, i, a.mentions[i-1], a.mentions[i])
		}
	}
	if len(a.mentions) < 8 {
		t.Errorf("got %d mentions, want at least 8", len(a.mentions))
	}
}

func TestMentionsIn(t *testing.T) {
	a := &article{mentions: []mention{{0, 5, 0, diplo.ByName}, {10, 15, 1, diplo.ByName}, {20, 30, 0, diplo.ByAlias}, {31, 35, 2, diplo.ByName}}}
	tests := []struct {
		name       string
		start, end int
		want       []int
	}{
		{"all", 0, 100, []int{0, 1, 2, 3}},
		{"none before", 0, 4, nil},
		{"middle exact", 10, 30, []int{1, 2}},
		{"partial overlap left out", 12, 33, []int{2}},
		{"empty range", 20, 20, nil},
		{"past the end", 40, 50, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, a.mentionsIn(tc.start, tc.end)); diff != "" {
				t.Errorf("mentionsIn(%d, %d) (-want +got):\n%s", tc.start, tc.end, diff)
			}
		})
	}
}

func TestPlace(t *testing.T) {
	e := testExtractor(t)
	tests := []struct {
		name, in, wantName, wantISO string
		ok                          bool
	}{
		{"country", "saudi arabia", "Saudi Arabia", "SAU", true},
		{"country with the", "the united states", "United States", "USA", true},
		{"capital", "riyadh", "Riyadh", "SAU", true},
		{"venue", "geneva", "Geneva", "CHE", true},
		{"retreat", "camp david", "Camp David", "USA", true},
		{"old spelling", "kiev", "Kiev", "UKR", true},
		{"region", "the middle east", "Middle East", "", true},
		{"punctuated", "washington, d.c.", "Washington, D.C.", "USA", true},
		{"not lower-cased", "Abu Dhabi", "Abu Dhabi", "ARE", true},
		{"unknown", "atlantis", "", "", false},
		{"empty", "", "", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n, iso, ok := e.place(tc.in)
			if n != tc.wantName || iso != tc.wantISO || ok != tc.ok {
				t.Errorf("place(%q) = %q, %q, %v; want %q, %q, %v", tc.in, n, iso, ok, tc.wantName, tc.wantISO, tc.ok)
			}
		})
	}
}

func TestCountryActor(t *testing.T) {
	e := testExtractor(t)
	a := runActors(e, "Russia has agreed to talks.")
	n := len(a.actors)
	i := e.countryActor(a, "RUS")
	if a.actors[i].country != "RUS" || len(a.actors) != n {
		t.Fatalf("countryActor(RUS) = %d (%+v), actors %d -> %d; want the existing actor", i, a.actors[i], n, len(a.actors))
	}
	j := e.countryActor(a, "NOR")
	if a.actors[j].name != "Norway" || a.actors[j].kind != diplo.Country || len(a.actors) != n+1 {
		t.Fatalf("countryActor(NOR) added %+v", a.actors[j])
	}
	if k := e.countryActor(a, "NOR"); k != j {
		t.Errorf("second countryActor(NOR) = %d, want %d", k, j)
	}
	// an added actor with no mention is reported only when used
	if _, ok := reported(a)["Norway"]; ok {
		t.Errorf("unused Norway reported")
	}
	a.use(j)
	if _, ok := reported(a)["Norway"]; !ok {
		t.Errorf("used Norway not reported")
	}
}

func TestPublicActorsDeterministic(t *testing.T) {
	e := testExtractor(t)
	src := "Kremlin spokesperson Dmitry Peskov said Russia and the United States would meet. Analysts say the talks matter. The European Union warned."
	first := runActors(e, src).publicActors()
	for n := 0; n < 5; n++ {
		if diff := cmp.Diff(first, runActors(e, src).publicActors()); diff != "" {
			t.Fatalf("run %d differs (-first +got):\n%s", n, diff)
		}
	}
	seen := map[string]bool{}
	var ids []string
	for _, x := range first {
		if seen[x.ID] {
			t.Errorf("duplicate ID %s", x.ID)
		}
		seen[x.ID] = true
		ids = append(ids, x.ID)
	}
	want := []string{"person:dmitry-peskov", "country:RUS", "country:USA", "group:analysts", "organization:european-union"}
	if diff := cmp.Diff(want, ids); diff != "" {
		t.Errorf("IDs in first-mention order (-want +got):\n%s", diff)
	}
}

func TestPublicActorsMergesCollidingIDs(t *testing.T) {
	a := &article{doc: diplo.Document{Text: "Peskov and PESKOV"}, t: text.Analyze("Peskov and PESKOV")}
	a.actors = []actorRec{
		{name: "Peskov", kind: diplo.Person, first: 0, merged: -1, tsent: -1, aliases: []string{"the spokesman"}},
		{name: "PESKOV", kind: diplo.Person, first: 11, merged: -1, tsent: -1, titles: []string{"spokesman"}},
	}
	a.mentions = []mention{{0, 6, 0, diplo.ByName}, {11, 17, 1, diplo.ByName}}
	got := a.publicActors()
	if len(got) != 1 {
		t.Fatalf("got %d actors, want 1: %+v", len(got), got)
	}
	want := diplo.Actor{
		ID: "person:peskov", Name: "Peskov", Kind: diplo.Person, Titles: []string{"spokesman"},
		Aliases:  []string{"the spokesman", "PESKOV"},
		Mentions: []diplo.Mention{{Span: diplo.Span{Start: 0, End: 6}, Kind: diplo.ByName}, {Span: diplo.Span{Start: 11, End: 17}, Kind: diplo.ByName}},
	}
	if diff := cmp.Diff(want, got[0]); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestActorLexUserEntries(t *testing.T) {
	tests := []struct {
		name    string
		opts    Options
		wantErr string
	}{
		{"empty person", Options{People: []Person{{Name: " "}}}, "Options.People[0]"},
		{"bad person country", Options{People: []Person{{Name: "Jane Roe", Country: "Russia"}}}, "not an ISO"},
		{"empty title", Options{Titles: []string{""}}, "Options.Titles[0]"},
		{"bad organization kind", Options{Organizations: []Organization{{Name: "Acme", Kind: diplo.Person}}}, "kind must be"},
		{"bad organization country", Options{Organizations: []Organization{{Name: "Acme", Kind: diplo.Media, Country: "xx"}}}, "not an ISO"},
		{"good entries", Options{
			People:        []Person{{Name: "Jane Roe", Country: "NZL", Titles: []string{"trade envoy"}, Aliases: []string{"Roe"}}},
			Titles:        []string{"chief mediator"},
			Organizations: []Organization{{Name: "Pacific Islands Forum", Kind: diplo.Organization, Aliases: []string{"PIF"}}},
		}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := newActorLex(tc.opts)
			switch {
			case tc.wantErr == "" && err != nil:
				t.Fatalf("unexpected error %v", err)
			case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
				t.Fatalf("error %v, want one containing %q", err, tc.wantErr)
			}
		})
	}
}

func TestActorUserLexicon(t *testing.T) {
	e, err := New(Options{
		People:        []Person{{Name: "Jane Roe", Country: "NZL", Titles: []string{"trade envoy"}, Aliases: []string{"Roe"}}},
		Organizations: []Organization{{Name: "Pacific Islands Forum", Kind: diplo.Organization, Aliases: []string{"PIF"}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	a := runActors(e, "The PIF said it would meet. Roe told the forum that talks would go on.")
	got := reported(a)
	want := map[string]actorView{
		// "the forum" names the forum named before (a definite description)
		"Pacific Islands Forum": {Name: "Pacific Islands Forum", Kind: diplo.Organization, Aliases: []string{"PIF", "the forum"}},
		"Jane Roe":              {Name: "Jane Roe", Kind: diplo.Person, Country: "NZL", Titles: []string{"trade envoy"}, Aliases: []string{"Roe"}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestActorsRobust(t *testing.T) {
	e := testExtractor(t)
	tests := []struct{ name, src string }{
		{"empty", ""},
		{"only punctuation", strings.Repeat(".,;:'\"", 1000)},
		{"possessives", strings.Repeat("Russia's 's 's ' s", 500)},
		{"long capitals", strings.Repeat("President Dr. Mr. Foreign Minister ", 2000)},
		{"no punctuation", strings.Repeat("the Russian officials said Ryabkov he it they ", 3000)},
		{"nul bytes", "Russia\x00has\x00said. He\x00it"},
		{"label-like lines", strings.Repeat("THE PRESIDENT: yes\nQ: no\nDr. X:\n", 200)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := runActors(e, tc.src)
			for i := 1; i < len(a.mentions); i++ {
				if a.mentions[i].start < a.mentions[i-1].end {
					t.Fatalf("mentions overlap")
				}
			}
			for _, m := range a.mentions {
				if m.actor < 0 || m.actor >= len(a.actors) {
					t.Fatalf("mention of actor %d of %d", m.actor, len(a.actors))
				}
			}
			_ = a.publicActors()
		})
	}
}

// BenchmarkFindActors measures the actor layer alone on about 1 MB of the
// shared corpus (skipped when it is absent).
func BenchmarkFindActors(b *testing.B) {
	paths, _ := filepath.Glob("../../shared/corpus/*/*.txt")
	if len(paths) == 0 {
		b.Skip("shared corpus not available")
	}
	var docs []*text.Doc
	n := 0
	for i := 0; i < len(paths) && n < 1<<20; i += 7 {
		s, err := os.ReadFile(paths[i])
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, text.Analyze(string(s)))
		n += len(s)
	}
	e, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			a := &article{doc: diplo.Document{Text: d.Src}, t: d}
			e.findActors(a)
		}
	}
}

// FuzzFindActors checks that the actor layer never panics and keeps its
// mentions sorted, disjoint and pointing at actors.
func FuzzFindActors(f *testing.F) {
	for _, s := range []string{
		"Russian Deputy Foreign Minister Sergei Ryabkov said he was ready.",
		"dr. elena Ivanova: The Kremlin's position, she said, is firm.",
		"THE PRESIDENT: Thank you.\nQ: Mr. President?\nTHE PRESIDENT: Yes.",
		"Russia's ambassador to Washington, Anatoly Antonov, and senior Russian officials met U.S. officials in Geneva.",
		"Officials in Seoul and Qatari and Egyptian mediators said they would meet Mohammed bin Salman el-Sisi.",
	} {
		f.Add(s)
	}
	e, err := New(Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, src string) {
		a := runActors(e, src)
		for i, m := range a.mentions {
			if m.actor < 0 || m.actor >= len(a.actors) || m.end <= m.start || m.end > len(a.t.Norm) {
				t.Fatalf("bad mention %+v (%d actors)", m, len(a.actors))
			}
			if i > 0 && m.start < a.mentions[i-1].end {
				t.Fatalf("mentions %d and %d overlap", i-1, i)
			}
		}
		_ = a.publicActors()
	})
}

// TestActorSourceRecall covers the ways a source is introduced: names
// with a title in apposition, mis-cased names, later bare surnames,
// unnamed single sources, states whose names share words, and outlets
// named in full and short.
func TestActorSourceRecall(t *testing.T) {
	e := testExtractor(t)
	type pv struct {
		Name    string
		Kind    diplo.ActorKind
		Country string
		Titles  []string
	}
	tests := []struct {
		name  string
		src   string
		want  []pv
		alias map[string][]string // actor name -> aliases it must have
		not   []string
	}{
		{
			name: "name, possessive state title, verb",
			src:  "Tomas Vidal, Chile's deputy trade minister, told reporters the accord was near.",
			want: []pv{{"Tomas Vidal", diplo.Person, "CHL", []string{"deputy trade minister"}}},
		},
		{
			name: "name, the body's title, verb",
			src:  "Ines Moura, the Portuguese foreign ministry's spokeswoman, said Lisbon backed the plan.",
			want: []pv{{"Ines Moura", diplo.Person, "PRT", []string{"Portuguese foreign ministry's spokeswoman"}}},
		},
		{
			name: "name, the organization's title, verb",
			src:  "Karl Aune, the European Union's energy commissioner, said supplies were secure.",
			want: []pv{{"Karl Aune", diplo.Person, "", []string{"energy commissioner"}}},
		},
		{
			name: "state's title, name, verb",
			src:  "Norway's foreign minister, Eli Haugen, said Oslo would host the talks.",
			want: []pv{{"Eli Haugen", diplo.Person, "NOR", []string{"foreign minister"}}},
		},
		{
			name:  "mis-cased given name at the start of a sentence, then a mis-cased surname",
			src:   "Envoys met in Vienna on Friday. marta Kowalski said the talks would continue. kowalski told reporters a draft was ready.",
			want:  []pv{{"Marta Kowalski", diplo.Person, "", nil}},
			alias: map[string][]string{"Marta Kowalski": {"kowalski"}},
		},
		{
			name:  "mis-cased given name after a title, then a bare surname",
			src:   "The Defence Minister ryan Doyle told the BBC that troops would stay. Doyle said no date had been set.",
			want:  []pv{{"Ryan Doyle", diplo.Person, "", []string{"Defence Minister"}}},
			alias: map[string][]string{"Ryan Doyle": {"Doyle"}},
		},
		{
			name:  "title with an organization in its portfolio, comma, mis-cased given name",
			src:   "The talks were led by Ireland's Minister for European Union Affairs, sean Byrne. byrne said a deal was close.",
			want:  []pv{{"Sean Byrne", diplo.Person, "IRL", []string{"Minister for European Union Affairs"}}},
			alias: map[string][]string{"Sean Byrne": {"byrne"}},
		},
		{
			name: "a country after the portfolio preposition does not swallow the name",
			src:  "The Minister of State for Ireland Sean Byrne said a deal was close.",
			not:  []string{"Byrne"},
		},
		{
			name: "a lower-case word before a capitalised word is no name without a speech verb or title",
			src:  "The delegates left. later Geneva hosted a second round.",
			not:  []string{"Later Geneva"},
		},
		{
			name: "a lower-case common word before a name is not a given name",
			src:  "Officials met on Monday. yesterday Moreau said nothing.",
			not:  []string{"Yesterday Moreau"},
		},
		{
			name:  "an unnamed official of a named state speaks for it",
			src:   "One Turkish official, who asked not to be named, said Ankara would not object.",
			want:  []pv{{"Turkey", diplo.Country, "TUR", nil}},
			alias: map[string][]string{"Turkey": {"Turkish official"}},
		},
		{
			name: "an unnamed diplomat with a regional qualifier is a group, named in the singular",
			src:  "One Southeast Asian diplomat, who asked not to be named, said the summit would be delayed.",
			want: []pv{{"Southeast Asian diplomat", diplo.Group, "", nil}},
			not:  []string{"ASEAN"},
		},
		{
			name: "a Western diplomat is a group",
			src:  "A Western diplomat said the sanctions would be extended.",
			want: []pv{{"Western diplomat", diplo.Group, "", nil}},
		},
		{
			name: "several Western diplomats keep the plural",
			src:  "Two Western diplomats said the sanctions would be extended. A Western diplomat added that talks would go on.",
			want: []pv{{"Western diplomats", diplo.Group, "", nil}},
			not:  []string{"Western diplomat"},
		},
		{
			name: "Congo: the longest state name wins",
			src:  "The Democratic Republic of Congo said rebels had withdrawn. The Republic of the Congo said it would mediate. DR Congo later denied it.",
			want: []pv{
				{"Democratic Republic of Congo", diplo.Country, "COD", nil},
				{"Republic of the Congo", diplo.Country, "COG", nil},
			},
		},
		{
			name: "Guinea: the longest state name wins",
			src:  "Guinea-Bissau said it would vote yes. Equatorial Guinea said it would abstain. Papua New Guinea said it agreed. Guinea objected.",
			want: []pv{
				{"Guinea-Bissau", diplo.Country, "GNB", nil},
				{"Equatorial Guinea", diplo.Country, "GNQ", nil},
				{"Papua New Guinea", diplo.Country, "PNG", nil},
				{"Guinea", diplo.Country, "GIN", nil},
			},
		},
		{
			name: "Niger and Nigeria, Dominica and the Dominican Republic",
			src:  "Niger said it would close the border. Nigeria protested. The Dominican Republic said it would send aid. Dominica thanked it.",
			want: []pv{
				{"Niger", diplo.Country, "NER", nil},
				{"Nigeria", diplo.Country, "NGA", nil},
				{"Dominican Republic", diplo.Country, "DOM", nil},
				{"Dominica", diplo.Country, "DMA", nil},
			},
		},
		{
			name: "Sudan and South Sudan, North Macedonia, Central African Republic",
			src:  "South Sudan said the pipeline reopened. Sudan disputed that. North Macedonia said it would join. The Central African Republic said it would not.",
			want: []pv{
				{"South Sudan", diplo.Country, "SSD", nil},
				{"Sudan", diplo.Country, "SDN", nil},
				{"North Macedonia", diplo.Country, "MKD", nil},
				{"Central African Republic", diplo.Country, "CAF", nil},
			},
			not: []string{"Macedonia", "North"},
		},
		{
			name:  "state news agency: full name with the acronym as alias",
			src:   "The Korean Central News Agency said the launch was a success. KCNA said the leader watched it.",
			want:  []pv{{"Korean Central News Agency", diplo.Media, "PRK", nil}},
			alias: map[string][]string{"Korean Central News Agency": {"KCNA"}},
			not:   []string{"KCNA"},
		},
		{
			name: "a short outlet name alone keeps the short name",
			src:  "SPA said the crown prince received the envoy.",
			want: []pv{{"SPA", diplo.Media, "SAU", nil}},
		},
		{
			name: "outlets without an acronym",
			src:  "Prensa Latina said Havana welcomed the visit. Army Radio said the cabinet would meet.",
			want: []pv{
				{"Prensa Latina", diplo.Media, "CUB", nil},
				{"Army Radio", diplo.Media, "ISR", nil},
			},
		},
		{
			name:  "an organization spelt out in the text takes the long name",
			src:   "Talks between Iran and the International Atomic Energy Agency resumed. The IAEA said inspectors would return.",
			want:  []pv{{"International Atomic Energy Agency", diplo.Organization, "", nil}},
			alias: map[string][]string{"International Atomic Energy Agency": {"IAEA"}},
		},
		{
			name: "an organization named only by its acronym keeps the lexicon name",
			src:  "The IAEA said inspectors would return.",
			want: []pv{{"IAEA", diplo.Organization, "", nil}},
		},
		{
			name:  "a state's body is named by the fullest form the text uses, the short one an alias",
			src:   "Brazil's Ministry of Foreign Affairs said the envoy had been recalled.",
			want:  []pv{{"Brazil's Ministry of Foreign Affairs", diplo.Organization, "BRA", nil}},
			alias: map[string][]string{"Brazil's Ministry of Foreign Affairs": {"Ministry of Foreign Affairs"}},
			not:   []string{"Ministry of Foreign Affairs"},
		},
		{
			name: "a bare body title after a state's body named with its possessive is that state's",
			src:  "The visit was called off, Ghana's Foreign Office said on Monday. Foreign Office spokesperson Ama Owusu said Accra remained open to talks.",
			want: []pv{
				{"Ghana's Foreign Office", diplo.Organization, "GHA", nil},
				{"Ama Owusu", diplo.Person, "GHA", []string{"Foreign Office spokesperson"}},
			},
		},
		{
			name: "a bare Foreign Office with no state's body before it stays the lexicon's",
			src:  "Foreign Office spokesperson Ama Owusu said London remained open to talks.",
			want: []pv{{"Ama Owusu", diplo.Person, "GBR", []string{"Foreign Office spokesperson"}}},
		},
		{
			name: "a lower-case acronym is no outlet",
			src:  "The spa town said it would host the talks.",
			not:  []string{"SPA", "Saudi Press Agency"},
		},
		{
			name: "possessive state, title with a lower-case domain, apposed name",
			src:  "Georgia's deputy prime minister for reconciliation, Nino Beridze, said the crossing would reopen.",
			want: []pv{{"Nino Beridze", diplo.Person, "GEO", []string{"deputy prime minister for reconciliation"}}},
		},
		{
			name: "a breakaway authority is an organization of the state it left; its officials belong to that state",
			src:  "Abkhazia's chief negotiator Aslan Ardzinba told reporters in Sukhumi that the talks would resume. Abkhazia said it would attend.",
			want: []pv{
				{"Aslan Ardzinba", diplo.Person, "GEO", []string{"chief negotiator"}},
				{"Abkhazia", diplo.Organization, "GEO", nil},
			},
		},
		{
			name:  "an organization by its acronym in brackets and a descriptor; the acronym names it later",
			src:   "The government and the Popular Liberation Front (PLF) rebel group agreed to a truce. The PLF said it would free prisoners.",
			want:  []pv{{"Popular Liberation Front", diplo.Organization, "", nil}},
			alias: map[string][]string{"Popular Liberation Front": {"PLF"}},
		},
		{
			name: "a name that opens with a capitalised particle",
			src:  "Vietnamese Deputy Foreign Minister Le Thi Thu Hang said Hanoi welcomed the visit.",
			want: []pv{{"Le Thi Thu Hang", diplo.Person, "VNM", []string{"Vietnamese Deputy Foreign Minister"}}},
		},
		{
			name: "a name in lower case after an honorific",
			src:  "\"The deal may hold,\" said dr. lena marsh, a researcher at the Institute for Peace.",
			want: []pv{{"Lena Marsh", diplo.Person, "", []string{"researcher at the Institute for Peace"}}},
		},
		{
			name: "a briefing's place and date line gives the officials their state",
			src:  "Department of Foreign Affairs\nPress Briefing by Spokesperson Ana Cruz\nManila, May 2, 2026\n\nMS. CRUZ: Secretary Jose Luna spoke with the Japanese foreign minister last night.\n",
			want: []pv{
				{"Ana Cruz", diplo.Person, "PHL", []string{"Spokesperson"}},
				{"Jose Luna", diplo.Person, "PHL", []string{"Secretary"}},
			},
		},
		{
			name: "a fronted capital gives the official of the sentence his state",
			src:  "In Nairobi, Interior Minister Peter Kamau warned that the border would stay closed.",
			want: []pv{{"Peter Kamau", diplo.Person, "KEN", []string{"Interior Minister"}}},
		},
		{
			name: "adjectives of two states before a plural office noun",
			src:  "The French and German ambassadors called on the minister on Monday to express their concern.",
			want: []pv{{"France", diplo.Country, "FRA", nil}, {"Germany", diplo.Country, "DEU", nil}},
		},
		{
			name: "a collective noun before a title head is part of the title",
			src:  "The Chilean delegation head, Pablo Ruiz, said the group would stay.",
			want: []pv{{"Pablo Ruiz", diplo.Person, "CHL", []string{"Chilean delegation head"}}},
		},
		{
			name: "an outlet needs a channel or a verb of saying; a place or a website is none",
			src:  "He spoke on state television on Monday. Readers can go to the Treasury website to see the sanctions.",
			not:  []string{"Treasury"},
		},
		{
			name: "a title given by the predicate; its possessor acts through it",
			src:  "Maria Sandoval has been the European Union's Special Envoy for the Sahel since March. We spoke to her in Dakar.",
			want: []pv{
				{"Maria Sandoval", diplo.Person, "", []string{"Special Envoy for the Sahel"}},
				{"European Union", diplo.Organization, "", nil},
			},
		},
		{
			name: "a description by the predicate is no title",
			src:  "Jonas Berg was the first foreign minister to visit Kabul since 2021. Berg said the trip was useful.",
			want: []pv{{"Jonas Berg", diplo.Person, "", nil}},
		},
		{
			name: "a title of rank after an office is a title of its own",
			src:  "Kuwaiti Foreign Minister Sheikh Salem Abdullah said the talks went well.",
			want: []pv{{"Salem Abdullah", diplo.Person, "KWT", []string{"Kuwaiti Foreign Minister", "Sheikh"}}},
		},
		{
			name: "owner's title with a complement, name in apposition",
			src:  "China's special envoy for Asian affairs, Zhou Hanlin, said both sides had shown restraint. UNHCR's representative in Jordan, Elodie Marchetti, said the agency was ready.",
			want: []pv{{"Zhou Hanlin", diplo.Person, "CHN", []string{"special envoy for Asian affairs"}}, {"Elodie Marchetti", diplo.Person, "", []string{"representative in Jordan"}}},
		},
		{
			name: "a list after a title's complement is no name",
			src:  "She serves as the State Department's Deputy Assistant Secretary for Democracy, Human Rights, and Labor.",
			not:  []string{"Human Rights"},
		},
		{
			name: "an outlet after an adjective of ownership, its name holding a place",
			src:  "\"We will hold the line,\" the general was quoted as saying by the state-run Global Voice of Laos. The state broadcaster Radio Sahel Nord said the road was open.",
			want: []pv{{"Global Voice of Laos", diplo.Media, "", nil}, {"Radio Sahel Nord", diplo.Media, "", nil}},
		},
		{
			name: "a news site named after its descriptor is an outlet; a website after a name is not",
			src:  "The talks will go on, delegation head Almazbek Toktogulov told the news site Kloop. According to the CEA website, inflation fell in May.",
			want: []pv{{"Kloop", diplo.Media, "", nil}},
			not:  []string{"CEA"},
		},
		{
			name: "an ownership adjective before a lexicon state is no outlet",
			src:  "The state-owned Bank of China said it would lend more.",
			not:  []string{"Bank of China"},
		},
		{
			name: "central banks and regional blocs of the lexicon",
			src:  "Bank Indonesia and the Bank of Korea said they had renewed their swap line. The Southern African Development Community (SADC) said it would send observers.",
			want: []pv{{"Bank Indonesia", diplo.Organization, "IDN", nil}, {"Bank of Korea", diplo.Organization, "KOR", nil}, {"Southern African Development Community", diplo.Organization, "", nil}},
			not:  []string{"Indonesia", "South Korea"},
		},
		{
			name: "a cabinet office goes to the state of the dateline the article names most",
			src:  "Fiji weighs its options\n\nSUVA - Fiji is weighing offers from Australia and China.\n\nPrime Minister Josefa Rabuka said Fiji would decide by June. Canberra and Beijing declined to comment.",
			want: []pv{{"Josefa Rabuka", diplo.Person, "FJI", []string{"Prime Minister"}}},
		},
		{
			name: "a dateline venue of foreign talks gives no state to an unqualified negotiator",
			src:  "Ceasefire extended\n\nHAVANA, Oct 14 - Colombia's government and the rebels agreed to extend their ceasefire after talks hosted by Cuba in the Cuban capital.\n\nGovernment chief negotiator Vera Ortiz said the deal was fragile.",
			want: []pv{{"Vera Ortiz", diplo.Person, "", []string{"Government chief negotiator"}}},
		},
		{
			name: "a title used as an object of deeming is no lower-case name",
			src:  "Any senior official the Trade Representative deems appropriate, shall pursue negotiations.",
			not:  []string{"Deems Appropriate"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := runActors(e, tc.src)
			got := map[string]diplo.Actor{}
			for _, x := range a.publicActors() {
				got[x.Name] = x
			}
			for _, w := range tc.want {
				g, ok := got[w.Name]
				if !ok {
					t.Errorf("actor %q not reported; got %v", w.Name, slices.Sorted(mapKeys(got)))
					continue
				}
				if diff := cmp.Diff(w, pv{g.Name, g.Kind, g.Country, g.Titles}); diff != "" {
					t.Errorf("actor %q (-want +got):\n%s", w.Name, diff)
				}
			}
			for n, als := range tc.alias {
				for _, al := range als {
					if !slices.Contains(got[n].Aliases, al) {
						t.Errorf("actor %q: alias %q missing; got %q", n, al, got[n].Aliases)
					}
				}
			}
			for _, n := range tc.not {
				if _, ok := got[n]; ok {
					t.Errorf("actor %q reported, want none", n)
				}
			}
		})
	}
}

// TestActorBodiesOfTwoStates checks that two states' bodies of the same
// name keep their possessives, so they stay two actors.
func TestActorBodiesOfTwoStates(t *testing.T) {
	e := testExtractor(t)
	a := runActors(e, "Brazil's Ministry of Foreign Affairs said the envoy had been recalled. Chile's Ministry of Foreign Affairs said it regretted the step.")
	var got []string
	for _, x := range a.publicActors() {
		if x.Kind == diplo.Organization {
			got = append(got, x.Name+"/"+x.Country)
		}
	}
	want := []string{"Brazil's Ministry of Foreign Affairs/BRA", "Chile's Ministry of Foreign Affairs/CHL"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

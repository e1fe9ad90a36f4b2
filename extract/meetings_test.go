package extract

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/parleyhq/parley/diplo"
	"github.com/parleyhq/parley/internal/text"
)

// mtgActor is a hand-made actor and the surface forms that mention it.
type mtgActor struct {
	name, kind, country string
	forms               []string
}

// mtgTime is a hand-made time expression.
type mtgTime struct {
	text, value string
	typ         diplo.TimeType
	mod         diplo.Mod
}

// mtgArticle builds an article from text with the actor layer and the
// time tagger replaced by hand-made mentions and times, so that these
// tests exercise the meeting stage alone.
func mtgArticle(t *testing.T, src, published string, actors []mtgActor, times []mtgTime) *article {
	t.Helper()
	a := &article{doc: diplo.Document{Text: src}, t: text.Analyze(src)}
	if published != "" {
		iv, _, ok := diplo.ParseValue(published, 0)
		if !ok {
			t.Fatalf("bad date %q", published)
		}
		a.published = iv.Start
	}
	low := a.t.Low
	for i, ta := range actors {
		var k diplo.ActorKind
		if err := k.UnmarshalText([]byte(ta.kind)); err != nil {
			t.Fatal(err)
		}
		a.actors = append(a.actors, actorRec{name: ta.name, kind: k, country: ta.country, merged: -1, first: -1, tsent: -1})
		for _, f := range ta.forms {
			fl := strings.ToLower(f)
			for off := 0; ; {
				j := strings.Index(low[off:], fl)
				if j < 0 {
					break
				}
				s := off + j
				e := s + len(fl)
				off = e
				if s > 0 && mtgWordByte(low[s-1]) || e < len(low) && mtgWordByte(low[e]) {
					continue
				}
				a.mentions = append(a.mentions, mention{start: s, end: e, actor: i, kind: diplo.ByName})
			}
		}
	}
	mtgSortMentions(a.mentions)
	from := 0 // times are given in text order
	for n, tt := range times {
		s := strings.Index(a.t.Norm[from:], tt.text)
		if s < 0 {
			t.Fatalf("time %q not in text", tt.text)
		}
		s += from
		from = s + len(tt.text)
		rec := timeRec{start: s, end: s + len(tt.text)}
		rec.ID = "time:" + string(rune('0'+n))
		rec.Span = a.span(s, s+len(tt.text))
		rec.Text = tt.text
		rec.Type = tt.typ
		rec.Value = tt.value
		rec.Mod = tt.mod
		if iv, g, ok := diplo.ParseValue(tt.value, tt.mod); ok {
			rec.Interval, rec.Granularity = iv, g
		} else if strings.Contains(tt.value, "X") {
			rec.Unresolved = true
		}
		a.times = append(a.times, rec)
	}
	return a
}

func mtgWordByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }

func mtgSortMentions(ms []mention) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].start < ms[j-1].start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// mtgGot is the part of a Meeting the tests compare.
type mtgGot struct {
	Kind, Status string
	Parties      []string
	People       []string
	Place, Time  string
	Evidence     string
	Also         int
	Outcome      string
	ThirdCountry bool
	TimeValue    string
}

func mtgSummary(a *article) []mtgGot {
	var out []mtgGot
	for _, m := range a.meetings {
		g := mtgGot{Kind: m.Kind.String(), Status: m.Status.String(), Place: m.Location.Name, ThirdCountry: m.Location.ThirdCountry, Outcome: m.Outcome}
		for _, p := range m.Parties {
			g.Parties = append(g.Parties, strings.TrimPrefix(p, "country:"))
		}
		for _, p := range m.Participants {
			g.People = append(g.People, p)
		}
		for _, t := range a.times {
			if t.ID == m.Time {
				g.Time, g.TimeValue = t.Text, t.Value
			}
		}
		g.Evidence = m.Evidence[0].Of(a.doc.Text)
		g.Also = len(m.Evidence) - 1
		out = append(out, g)
	}
	return out
}

var (
	usa  = mtgActor{"United States", "country", "USA", []string{"United States", "U.S.", "Washington"}}
	rus  = mtgActor{"Russia", "country", "RUS", []string{"Russia", "Moscow"}}
	sun  = mtgActor{"Soviet Union", "country", "SUN", []string{"Soviet Union", "Soviet"}}
	ukr  = mtgActor{"Ukraine", "country", "UKR", []string{"Ukraine"}}
	ind  = mtgActor{"India", "country", "IND", []string{"India"}}
	pak  = mtgActor{"Pakistan", "country", "PAK", []string{"Pakistan"}}
	jpn  = mtgActor{"Japan", "country", "JPN", []string{"Japan"}}
	chn  = mtgActor{"China", "country", "CHN", []string{"China"}}
	tur  = mtgActor{"Turkey", "country", "TUR", []string{"Turkey"}}
	irn  = mtgActor{"Iran", "country", "IRN", []string{"Iran"}}
	qat  = mtgActor{"Qatar", "country", "QAT", []string{"Qatar"}}
	egy  = mtgActor{"Egypt", "country", "EGY", []string{"Egypt"}}
	iaea = mtgActor{"IAEA", "organization", "", []string{"IAEA"}}
	ven  = mtgActor{"Venezuela", "country", "VEN", []string{"Venezuela"}}
	// platform is a movement of one state, not its government
	platform = mtgActor{"Unitary Platform", "organization", "VEN", []string{"Unitary Platform"}}
	// iaeaLong is the agency under its full name, for "the agency"
	iaeaLong = mtgActor{"International Atomic Energy Agency", "organization", "", []string{"International Atomic Energy Agency"}}
	biden    = mtgActor{"Joseph R. Biden", "person", "USA", []string{"Joseph R. Biden", "Biden"}}
	kishi    = mtgActor{"Fumio Kishida", "person", "JPN", []string{"Fumio Kishida"}}
	shultz   = mtgActor{"George Shultz", "person", "USA", []string{"George Shultz", "Shultz"}}
	shev     = mtgActor{"Eduard Shevardnadze", "person", "SUN", []string{"Eduard Shevardnadze", "Shevardnadze"}}
)

func TestFindMeetings(t *testing.T) {
	e, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		text      string
		published string
		actors    []mtgActor
		times     []mtgTime
		want      []mtgGot
	}{
		{
			name:      "readout of a call",
			text:      "Readout of President Biden's Call with Prime Minister Kishida of Japan\n\nPresident Joseph R. Biden spoke today with Prime Minister Fumio Kishida of Japan. The leaders discussed trade.",
			published: "2023-05-02",
			actors:    []mtgActor{biden, kishi, jpn},
			times:     []mtgTime{{"today", "2023-05-02", diplo.Date, 0}},
			want: []mtgGot{{
				Kind: "call", Status: "held", Parties: []string{"USA", "JPN"},
				People: []string{"person:joseph-r-biden", "person:fumio-kishida"},
				Time:   "today", TimeValue: "2023-05-02",
				Evidence: "President Joseph R. Biden spoke today with Prime Minister Fumio Kishida",
			}},
		},
		{
			name:   "wire story: ministers will meet, then the talks",
			text:   "WASHINGTON, March 3 - Secretary of State George Shultz and Soviet Foreign Minister Eduard Shevardnadze will meet in Moscow in mid-April, officials said. The talks are expected to cover arms control.",
			actors: []mtgActor{shultz, shev, sun},
			times:  []mtgTime{{"mid-April", "1987-04", diplo.Date, diplo.Mid}},
			want: []mtgGot{{
				Kind: "meeting", Status: "planned", Parties: []string{"USA", "SUN"},
				People: []string{"person:george-shultz", "person:eduard-shevardnadze"},
				Place:  "Moscow", Time: "mid-April", TimeValue: "1987-04",
				Evidence: "Secretary of State George Shultz and Soviet Foreign Minister Eduard Shevardnadze will meet in Moscow in mid-April",
				Also:     1,
			}},
		},
		{
			name:   "planned summit in a capital",
			text:   "Japan and China will hold a summit in Beijing next month, officials said.",
			actors: []mtgActor{jpn, chn},
			times:  []mtgTime{{"next month", "2024-06", diplo.Date, 0}},
			want: []mtgGot{{
				Kind: "summit", Status: "planned", Parties: []string{"JPN", "CHN"}, Place: "Beijing",
				Time: "next month", TimeValue: "2024-06",
				Evidence: "Japan and China will hold a summit in Beijing next month",
			}},
		},
		{
			name:   "cancelled talks",
			text:   "The talks between India and Pakistan scheduled for Friday were called off after the attack.",
			actors: []mtgActor{ind, pak},
			times:  []mtgTime{{"Friday", "XXXX-WXX-5", diplo.Date, 0}},
			want: []mtgGot{{
				Kind: "talks", Status: "cancelled", Parties: []string{"IND", "PAK"}, Time: "Friday", TimeValue: "XXXX-WXX-5",
				Evidence: "The talks between India and Pakistan scheduled for Friday were called off",
			}},
		},
		{
			name:   "postponed negotiations",
			text:   "Negotiations between Russia and Ukraine have been postponed, a mediator said.",
			actors: []mtgActor{rus, ukr},
			want: []mtgGot{{
				Kind: "negotiations", Status: "postponed", Parties: []string{"RUS", "UKR"},
				Evidence: "Negotiations between Russia and Ukraine have been postponed",
			}},
		},
		{
			// hosts and mediators are parties (as the annotators list them)
			name:   "an offer to host talks is proposed",
			text:   "Turkey offered to host talks between Russia and Ukraine.",
			actors: []mtgActor{tur, rus, ukr},
			want: []mtgGot{{
				Kind: "talks", Status: "proposed", Parties: []string{"RUS", "UKR", "TUR"},
				Evidence: "talks between Russia and Ukraine",
			}},
		},
		{
			name: "a held meeting, its anaphor, and a new planned one",
			text: "Russia and the United States held talks in Riyadh on Tuesday. The talks lasted four hours. " +
				"Russia and the United States will meet again next month in Istanbul.",
			actors:    []mtgActor{rus, usa},
			times:     []mtgTime{{"Tuesday", "2025-02-18", diplo.Date, 0}, {"next month", "2025-03", diplo.Date, 0}},
			published: "2025-02-20",
			want: []mtgGot{
				{
					Kind: "talks", Status: "held", Parties: []string{"RUS", "USA"}, Place: "Riyadh",
					Time: "Tuesday", TimeValue: "2025-02-18",
					Evidence: "Russia and the United States held talks in Riyadh on Tuesday", Also: 1,
				},
				{
					// "meet again" after talks: another session of the talks
					Kind: "talks", Status: "planned", Parties: []string{"RUS", "USA"}, Place: "Istanbul",
					Time: "next month", TimeValue: "2025-03",
					Evidence: "Russia and the United States will meet again next month in Istanbul",
				},
			},
		},
		{
			name: "both countries take the parties of the latest meeting",
			text: "Japan and China are planning talks on fishing rights. " +
				"Another meeting between representatives from both countries is scheduled within two weeks in a third country.",
			actors: []mtgActor{jpn, chn},
			times:  []mtgTime{{"two weeks", "P2W", diplo.Duration, diplo.EqualOrLess}},
			want: []mtgGot{{
				Kind: "meeting", Status: "planned", Parties: []string{"JPN", "CHN"}, ThirdCountry: true, Place: "third country",
				Time: "two weeks", TimeValue: "P2W",
				Evidence: "Another meeting between representatives from both countries is scheduled within two weeks in a third country",
				Also:     1,
			}},
		},
		{
			name:   "two dates make an interval",
			text:   "In early February 2025, officials said a summit between Japan and China could take place in February or March.",
			actors: []mtgActor{jpn, chn},
			times:  []mtgTime{{"early February 2025", "2025-02", diplo.Date, diplo.Start}, {"February", "XXXX-02", diplo.Date, 0}, {"March", "XXXX-03", diplo.Date, 0}},
			want: []mtgGot{{
				Kind: "summit", Status: "proposed", Parties: []string{"JPN", "CHN"},
				Time: "February or March", TimeValue: "2025-02/2025-03",
				Evidence: "a summit between Japan and China could take place in February or March",
			}},
		},
		{
			name:   "a visit",
			text:   "Shultz visited Moscow on Monday.",
			actors: []mtgActor{shultz, rus},
			times:  []mtgTime{{"Monday", "XXXX-WXX-1", diplo.Date, 0}},
			want: []mtgGot{{
				Kind: "visit", Status: "held", Parties: []string{"USA", "RUS"}, People: []string{"person:george-shultz"},
				Place: "Moscow", Time: "Monday", TimeValue: "XXXX-WXX-1",
				Evidence: "Shultz visited Moscow on Monday",
			}},
		},
		{
			name:   "no meeting: meeting the needs, calls for, a press conference, visit a website",
			text:   "Japan said meeting the needs of refugees is urgent. China called for calm. Japan gave a press conference. Visit our website for details. Japan met its targets.",
			actors: []mtgActor{jpn, chn},
		},
		{
			name:   "a visit by someone, postponed",
			text:   "A planned visit by Shultz to Moscow was postponed.",
			actors: []mtgActor{shultz, rus},
			want: []mtgGot{{
				Kind: "visit", Status: "postponed", Parties: []string{"USA", "RUS"}, People: []string{"person:george-shultz"},
				Place: "Moscow", Evidence: "A planned visit by Shultz to Moscow was postponed",
			}},
		},
		{
			name:   "a past time outweighs a word of intent",
			text:   "Japan was not invited to the talks between China and India in Beijing last week.",
			actors: []mtgActor{jpn, chn, ind},
			times:  []mtgTime{{"last week", "XXXX-WXX", diplo.Date, 0}},
			want: []mtgGot{{
				Kind: "talks", Status: "held", Parties: []string{"CHN", "IND"}, Place: "Beijing",
				Time: "last week", TimeValue: "XXXX-WXX",
				Evidence: "the talks between China and India in Beijing last week",
			}},
		},
		{
			name:   "a new round, and other parties' negotiations kept apart",
			text:   "Japan and China are preparing for a new round of negotiations on fishing. Separately, ceasefire negotiations between India and Pakistan have stalled.",
			actors: []mtgActor{jpn, chn, ind, pak},
			want: []mtgGot{
				{
					Kind: "negotiations", Status: "planned", Parties: []string{"JPN", "CHN"},
					Evidence: "a new round of negotiations on fishing",
				},
				{
					Kind: "negotiations", Status: "ongoing", Parties: []string{"IND", "PAK"},
					Evidence: "ceasefire negotiations between India and Pakistan have stalled",
				},
			},
		},
		{
			name:   "no meeting: a TV host, people visiting a city, a national body meeting alone, a purpose",
			text:   "The show's host Fumio Kishida laughed. The rules apply to people visiting Moscow. The Senate will meet on Monday. Japan and Russia discussed cooperation to meet 21st century challenges.",
			actors: []mtgActor{kishi, rus, {"Senate", "organization", "USA", []string{"Senate"}}, jpn},
			times:  []mtgTime{{"Monday", "XXXX-WXX-1", diplo.Date, 0}, {"21st century", "20", diplo.Date, 0}},
		},
		{
			name:   "no meeting: generic talks with nothing to anchor them",
			text:   "The importance of dialogue cannot be overstated. Talks are a tool of diplomacy.",
			actors: []mtgActor{jpn},
		},
		{
			name:   "no meeting: agenda list item without parties",
			text:   "- Regional conflicts: the potential for dialogue on crises in several regions.",
			actors: []mtgActor{jpn},
		},
		{
			name:   "another round of talks already mentioned is a new planned meeting",
			text:   "Iran and the IAEA held talks in Vienna on Monday. Another round is planned for next month.",
			actors: []mtgActor{irn, iaea},
			times:  []mtgTime{{"Monday", "2024-05-06", diplo.Date, 0}, {"next month", "2024-06", diplo.Date, 0}},
			want: []mtgGot{{
				Kind: "talks", Status: "held", Parties: []string{"IRN", "organization:iaea"}, Place: "Vienna",
				Time: "Monday", TimeValue: "2024-05-06", Evidence: "Iran and the IAEA held talks in Vienna on Monday",
			}, {
				// the sides of the talks it continues, in their order
				Kind: "talks", Status: "planned", Parties: []string{"IRN", "organization:iaea"},
				Time: "next month", TimeValue: "2024-06", Evidence: "Another round is planned for next month",
			}},
		},
		{
			name:   "no meeting: the round of a vote",
			text:   "Japan and China held talks on Friday. In the presidential election, the second round is set for Sunday.",
			actors: []mtgActor{jpn, chn},
			times:  []mtgTime{{"Friday", "XXXX-WXX-5", diplo.Date, 0}, {"Sunday", "XXXX-WXX-7", diplo.Date, 0}},
			want: []mtgGot{{
				Kind: "talks", Status: "held", Parties: []string{"JPN", "CHN"}, Time: "Friday", TimeValue: "XXXX-WXX-5",
				Evidence: "Japan and China held talks on Friday",
			}},
		},
		{
			// mediators are parties; a city before the noun is the place;
			// talks that collapsed took place
			name:   "talks brokered by mediators",
			text:   "The Doha talks, brokered by Qatar and Egypt, collapsed in March.",
			actors: []mtgActor{qat, egy},
			times:  []mtgTime{{"March", "2024-03", diplo.Date, 0}},
			want: []mtgGot{{
				Kind: "talks", Status: "held", Parties: []string{"QAT", "EGY"}, Place: "Doha",
				Time: "March", TimeValue: "2024-03", Evidence: "The Doha talks, brokered by Qatar and Egypt, collapsed in March",
			}},
		},
		{
			name:   "spoke with someone in a place is talks, not a call",
			text:   "President Joseph R. Biden spoke with Prime Minister Fumio Kishida in Hiroshima on Saturday.",
			actors: []mtgActor{biden, kishi},
			times:  []mtgTime{{"Saturday", "2023-05-20", diplo.Date, 0}},
			want: []mtgGot{{
				Kind: "talks", Status: "held", Parties: []string{"USA", "JPN"},
				People: []string{"person:joseph-r-biden", "person:fumio-kishida"}, Place: "Hiroshima",
				Time: "Saturday", TimeValue: "2023-05-20",
				Evidence: "President Joseph R. Biden spoke with Prime Minister Fumio Kishida in Hiroshima on Saturday",
			}},
		},
		{
			name:   "talks that have resumed are ongoing",
			text:   "Talks between India and Pakistan have resumed after months of deadlock.",
			actors: []mtgActor{ind, pak},
			want: []mtgGot{{
				Kind: "talks", Status: "ongoing", Parties: []string{"IND", "PAK"},
				Evidence: "Talks between India and Pakistan have resumed",
			}},
		},
		{
			name:   "a town the gazetteer does not know",
			text:   "India and Pakistan held a border meeting in Wagah on Tuesday.",
			actors: []mtgActor{ind, pak},
			times:  []mtgTime{{"Tuesday", "XXXX-WXX-2", diplo.Date, 0}},
			want: []mtgGot{{
				Kind: "meeting", Status: "held", Parties: []string{"IND", "PAK"}, Place: "Wagah",
				Time: "Tuesday", TimeValue: "XXXX-WXX-2", Evidence: "India and Pakistan held a border meeting in Wagah on Tuesday",
			}},
		},
		{
			// the possessor is a participant; "Chinese" names a party
			name:   "a possessive meeting with a state named by its adjective",
			text:   "Prime Minister Fumio Kishida's meeting with Chinese leaders in Beijing on Friday was cordial.",
			actors: []mtgActor{kishi},
			times:  []mtgTime{{"Friday", "XXXX-WXX-5", diplo.Date, 0}},
			want: []mtgGot{{
				Kind: "meeting", Status: "held", Parties: []string{"JPN", "CHN"},
				People: []string{"person:fumio-kishida"}, Place: "Beijing", Time: "Friday", TimeValue: "XXXX-WXX-5",
				Evidence: "Prime Minister Fumio Kishida's meeting with Chinese leaders in Beijing on Friday",
			}},
		},
		{
			name:   "no meeting: private conversations in general",
			text:   "Japan has channels to China. I will not get into private diplomatic conversations here.",
			actors: []mtgActor{jpn, chn},
		},
		{
			// a dated session is not the ongoing talks; "the agency" is
			// the IAEA; "Iranian" names Iran
			name:   "a dated meeting beside ongoing talks",
			text:   "Talks between Iran and the International Atomic Energy Agency have resumed. Iranian experts met the agency's safeguards team in Vienna last week.",
			actors: []mtgActor{irn, iaeaLong},
			times:  []mtgTime{{"last week", "2024-W18", diplo.Date, 0}},
			want: []mtgGot{{
				Kind: "talks", Status: "ongoing", Parties: []string{"IRN", "organization:international-atomic-energy-agency"},
				Evidence: "Talks between Iran and the International Atomic Energy Agency have resumed",
			}, {
				Kind: "meeting", Status: "held", Parties: []string{"organization:international-atomic-energy-agency", "IRN"},
				Place: "Vienna", Time: "last week", TimeValue: "2024-W18",
				Evidence: "Iranian experts met the agency's safeguards team in Vienna last week",
			}},
		},
		{
			// a movement of one state is a party in its own name; a
			// ministry stands for its state
			name:   "an opposition platform and a ministry as parties",
			text:   "Venezuela and the Unitary Platform held talks in Oslo on Monday. The Ministry of Commerce met Japan on Friday.",
			actors: []mtgActor{ven, platform, jpn, {"Ministry of Commerce", "organization", "VEN", []string{"Ministry of Commerce"}}},
			times:  []mtgTime{{"Monday", "XXXX-WXX-1", diplo.Date, 0}, {"Friday", "XXXX-WXX-5", diplo.Date, 0}},
			want: []mtgGot{{
				Kind: "talks", Status: "held", Parties: []string{"VEN", "organization:unitary-platform"}, Place: "Oslo",
				Time: "Monday", TimeValue: "XXXX-WXX-1", Evidence: "Venezuela and the Unitary Platform held talks in Oslo on Monday",
			}, {
				Kind: "meeting", Status: "held", Parties: []string{"VEN", "JPN"},
				Time: "Friday", TimeValue: "XXXX-WXX-5", Evidence: "The Ministry of Commerce met Japan on Friday",
			}},
		},
		{
			// "agreed to meet again" after talks: a new round of the talks
			name:   "negotiators ended talks and agreed to meet again",
			text:   "Indian and Pakistani negotiators ended two days of talks in Geneva on Wednesday and agreed to meet again in Islamabad next month. The Islamabad round will cover trade.",
			actors: []mtgActor{ind, pak},
			times:  []mtgTime{{"Wednesday", "2024-03-06", diplo.Date, 0}, {"next month", "2024-04", diplo.Date, 0}},
			want: []mtgGot{{
				Kind: "talks", Status: "held", Parties: []string{"IND", "PAK"}, Place: "Geneva",
				Time: "Wednesday", TimeValue: "2024-03-06", Evidence: "Indian and Pakistani negotiators ended two days of talks in Geneva on Wednesday",
			}, {
				Kind: "talks", Status: "planned", Parties: []string{"IND", "PAK"}, Place: "Islamabad",
				Time: "next month", TimeValue: "2024-04", Evidence: "agreed to meet again in Islamabad next month", Also: 1,
			}},
		},
		{
			// a scheduled-event apposition carries place, time and the
			// sponsoring body; the predicate after it gives the status
			name:   "apposition: due to open, under the auspices of",
			text:   "Negotiations between Japan and China on fishing quotas, scheduled to begin in Geneva on Monday under the auspices of the IAEA, have been delayed, officials said.",
			actors: []mtgActor{jpn, chn, iaea},
			times:  []mtgTime{{"Monday", "2024-05-06", diplo.Date, 0}},
			want: []mtgGot{{
				Kind: "negotiations", Status: "postponed", Parties: []string{"JPN", "CHN", "organization:iaea"}, Place: "Geneva",
				Time: "Monday", TimeValue: "2024-05-06",
				Evidence: "Negotiations between Japan and China on fishing quotas, scheduled to begin in Geneva on Monday under the auspices of the IAEA, have been delayed",
			}},
		},
		{
			// a relative clause with "due to bring" names the delegations;
			// the one who calls the talks off is their host
			name:   "relative clause: that were due to bring delegations",
			text:   "Qatar has called off talks on prisoner exchanges that were due to bring Russian and Ukrainian negotiators to Doha on Friday.",
			actors: []mtgActor{qat, rus, ukr},
			times:  []mtgTime{{"Friday", "2024-05-10", diplo.Date, 0}},
			want: []mtgGot{{
				Kind: "talks", Status: "cancelled", Parties: []string{"RUS", "UKR", "QAT"}, Place: "Doha",
				Time: "Friday", TimeValue: "2024-05-10",
				Evidence: "talks on prisoner exchanges that were due to bring Russian and Ukrainian negotiators to Doha on Friday",
			}},
		},
		{
			// host and guests of "host X in Y for talks" are the parties,
			// and a later "X will join the talks" is the same meeting
			name:   "host guests for a round of talks, then a joiner",
			text:   "Turkish officials will host Indian and Pakistani delegations in Istanbul next week for a new round of talks on water sharing. An envoy from Japan would join the talks, a diplomat said.",
			actors: []mtgActor{tur, ind, pak, jpn},
			times:  []mtgTime{{"next week", "2024-W20", diplo.Date, 0}},
			want: []mtgGot{{
				Kind: "talks", Status: "planned", Parties: []string{"TUR", "IND", "PAK", "JPN"}, Place: "Istanbul",
				Time: "next week", TimeValue: "2024-W20",
				Evidence: "Turkish officials will host Indian and Pakistani delegations in Istanbul next week for a new round of talks on water sharing",
				Also:     1,
			}},
		},
		{
			// a one-word organization without its own mention is still a party
			name:   "an organization named again without a mention",
			text:   "A planned meeting between Biden and unitary platform leaders in Caracas was cancelled.",
			actors: []mtgActor{biden, ven, {"Platform", "organization", "VEN", nil}},
			want: []mtgGot{{
				Kind: "meeting", Status: "cancelled", Parties: []string{"USA", "organization:platform"}, People: []string{"person:joseph-r-biden"}, Place: "Caracas",
				Evidence: "A planned meeting between Biden and unitary platform leaders in Caracas was cancelled",
			}},
		},
		{
			// a call over a hotline between "the two" sides' officers
			name:   "call over the hotline",
			text:   "India and Pakistan traded accusations. The two armies' commanders spoke over the hotline on Sunday and agreed to pull back troops.",
			actors: []mtgActor{ind, pak},
			times:  []mtgTime{{"Sunday", "2024-05-05", diplo.Date, 0}},
			want: []mtgGot{{
				// "the two" stand for the passage's salient states
				Kind: "call", Status: "held", Parties: []string{"PAK", "IND"}, Time: "Sunday", TimeValue: "2024-05-05",
				Evidence: "The two armies' commanders spoke over the hotline on Sunday",
			}},
		},
		{
			// a tentative date is a proposal, and a summit in another
			// season is not the meeting agreed for an earlier month
			name:   "pencilled-in summit apart from the next round",
			text:   "Japan and China agreed to meet again in Tokyo in early May, and a Japan-China summit is pencilled in for the autumn.",
			actors: []mtgActor{jpn, chn},
			times:  []mtgTime{{"early May", "2024-05", diplo.Date, diplo.Start}, {"the autumn", "2024-FA", diplo.Date, 0}},
			want: []mtgGot{{
				Kind: "meeting", Status: "planned", Parties: []string{"JPN", "CHN"}, Place: "Tokyo", Time: "early May", TimeValue: "2024-05",
				Evidence: "Japan and China agreed to meet again in Tokyo in early May",
			}, {
				Kind: "summit", Status: "proposed", Parties: []string{"JPN", "CHN"}, Time: "the autumn", TimeValue: "2024-FA",
				Evidence: "a Japan-China summit is pencilled in for the autumn",
			}},
		},
		{
			// a clause-long evidence ends before a closing topic phrase
			name:   "held talks: evidence without the trailing topic",
			text:   "Japan and China held a second round of talks in Tokyo on Friday on easing curbs on seafood imports.",
			actors: []mtgActor{jpn, chn},
			times:  []mtgTime{{"Friday", "2024-05-10", diplo.Date, 0}},
			want: []mtgGot{{
				Kind: "talks", Status: "held", Parties: []string{"JPN", "CHN"}, Place: "Tokyo", Time: "Friday", TimeValue: "2024-05-10",
				Evidence: "Japan and China held a second round of talks in Tokyo on Friday",
			}},
		},
		{
			// an adjective and a noun for officials name the other state
			name:   "ready to meet officials of a named state",
			text:   "Tokyo remained ready to meet Chinese officials at any level, a spokesperson said.",
			actors: []mtgActor{{"Japan", "country", "JPN", []string{"Tokyo"}}, chn},
			want: []mtgGot{{
				Kind: "meeting", Status: "proposed", Parties: []string{"JPN", "CHN"},
				Evidence: "Tokyo remained ready to meet Chinese officials at any level",
			}},
		},
		{
			// negative: a bare verb "meet" with lower-case needs
			name:   "meet domestic needs is no meeting",
			text:   "Japan must meet domestic energy needs, the minister said.",
			actors: []mtgActor{jpn},
		},
		{
			// "locked in negotiations": the clause is the mention, ongoing
			name:   "delegates locked in negotiations",
			text:   "Japanese and Chinese negotiators were locked in negotiations in Tokyo on Friday over the wording of a fisheries accord.",
			actors: []mtgActor{jpn, chn},
			times:  []mtgTime{{"Friday", "2024-05-10", diplo.Date, 0}},
			want: []mtgGot{{
				Kind: "negotiations", Status: "ongoing", Parties: []string{"JPN", "CHN"}, Place: "Tokyo", Time: "Friday", TimeValue: "2024-05-10",
				Evidence: "Japanese and Chinese negotiators were locked in negotiations in Tokyo on Friday",
			}},
		},
		{
			// the place and time of an inserted participle clause
			name:   "the last round, held in a city on a date",
			text:   "India and Pakistan resumed talks on water. The last round, held in Vienna on March 2, ended without a deal.",
			actors: []mtgActor{ind, pak},
			times:  []mtgTime{{"March 2", "2024-03-02", diplo.Date, 0}},
			want: []mtgGot{{
				Kind: "talks", Status: "ongoing", Parties: []string{"IND", "PAK"},
				Evidence: "India and Pakistan resumed talks on water",
			}, {
				Kind: "talks", Status: "held", Parties: []string{"IND", "PAK"}, Place: "Vienna", Time: "March 2", TimeValue: "2024-03-02",
				Evidence: "The last round, held in Vienna on March 2",
			}},
		},
		{
			// a "special round" continues talks; announced with place and
			// time, "would be held" is planned, without them proposed
			name:   "special round would be held in a city within a month",
			text:   "Japan and China resumed talks on Monday. The minister said a special round with Chinese officials would be held in Osaka within the next month.",
			actors: []mtgActor{jpn, chn},
			times:  []mtgTime{{"Monday", "2024-05-06", diplo.Date, 0}, {"the next month", "2024-06", diplo.Date, 0}},
			want: []mtgGot{{
				Kind: "talks", Status: "ongoing", Parties: []string{"JPN", "CHN"}, Time: "Monday", TimeValue: "2024-05-06",
				Evidence: "Japan and China resumed talks on Monday",
			}, {
				Kind: "talks", Status: "planned", Parties: []string{"CHN", "JPN"}, Place: "Osaka", Time: "the next month", TimeValue: "2024-06",
				Evidence: "a special round with Chinese officials would be held in Osaka within the next month",
			}},
		},
		{
			// the person who reports a call is not one of its participants
			name:   "reporter of a hotline call is no participant",
			text:   "India and Pakistan exchanged fire on the border. Rao said the two countries' commanders spoke over the hotline on Sunday.",
			actors: []mtgActor{{"Anil Rao", "person", "IND", []string{"Rao"}}, ind, pak},
			times:  []mtgTime{{"Sunday", "2024-05-05", diplo.Date, 0}},
			want: []mtgGot{{
				Kind: "call", Status: "held", Parties: []string{"IND", "PAK"}, Time: "Sunday", TimeValue: "2024-05-05",
				Evidence: "the two countries' commanders spoke over the hotline on Sunday",
			}},
		},
		{
			// negative: "host" far from the meeting noun, across a comma
			name:   "host in another clause is no party",
			text:   "Egypt will host a football match, and Japan and China agreed to hold talks in Beijing.",
			actors: []mtgActor{egy, jpn, chn},
			want: []mtgGot{{
				Kind: "talks", Status: "planned", Parties: []string{"JPN", "CHN"}, Place: "Beijing",
				Evidence: "Japan and China agreed to hold talks in Beijing",
			}},
		},
		{
			// a text about a club's members: its unnamed meetings are the
			// club's, not those of the states it names most
			name:   "wire story: a meeting of OPEC members",
			text:   "VIENNA, March 2 - Eleven OPEC members agreed at an emergency meeting on Sunday to cut output, ministers said. Saudi Arabia and Kuwait backed the cut, and Kuwait said Saudi Arabia would lead.",
			actors: []mtgActor{{"OPEC", "organization", "", []string{"OPEC"}}, {"Saudi Arabia", "country", "SAU", []string{"Saudi Arabia"}}, {"Kuwait", "country", "KWT", []string{"Kuwait"}}},
			times:  []mtgTime{{"Sunday", "1987-03-01", diplo.Date, 0}},
			want: []mtgGot{{
				Kind: "meeting", Status: "held", Parties: []string{"organization:opec"}, Time: "Sunday", TimeValue: "1987-03-01",
				Evidence: "an emergency meeting on Sunday",
			}},
		},
		{
			name:      "briefing: ambassadors' courtesy call",
			text:      "The French and Japanese ambassadors called on Undersecretary Ana Ruiz this morning.",
			published: "2026-04-08",
			actors:    []mtgActor{{"France", "country", "FRA", []string{"France"}}, jpn, {"Ana Ruiz", "person", "PHL", []string{"Ana Ruiz"}}},
			times:     []mtgTime{{"this morning", "2026-04-08TMO", diplo.Clock, 0}},
			want: []mtgGot{{
				Kind: "meeting", Status: "held", Parties: []string{"FRA", "JPN", "PHL"}, People: []string{"person:ana-ruiz"},
				Time: "this morning", TimeValue: "2026-04-08TMO",
				Evidence: "The French and Japanese ambassadors called on Undersecretary Ana Ruiz this morning",
			}},
		},
		{
			// negative: "called on X to do" is a demand
			name:   "called on someone to act is no meeting",
			text:   "Japan called on President Ana Ruiz to release the prisoners, and China called on the Republic of Korea to respond.",
			actors: []mtgActor{jpn, chn, {"Ana Ruiz", "person", "PHL", []string{"Ana Ruiz"}}},
		},
		{
			name:      "briefing: a call held last night with a minister",
			text:      "Foreign Minister Ana Ruiz held a call last night with Japanese Foreign Minister Kenji Mori.",
			published: "2026-04-08",
			actors:    []mtgActor{{"Ana Ruiz", "person", "PHL", []string{"Ana Ruiz"}}, jpn},
			times:     []mtgTime{{"last night", "2026-04-07TNI", diplo.Clock, 0}},
			want: []mtgGot{{
				Kind: "call", Status: "held", Parties: []string{"JPN", "PHL"}, People: []string{"person:ana-ruiz"},
				Time: "last night", TimeValue: "2026-04-07TNI",
				Evidence: "Foreign Minister Ana Ruiz held a call last night with Japanese Foreign Minister Kenji Mori",
			}},
		},
		{
			name:   "a mediator named in a hyphenated adjective",
			text:   "The Qatari-mediated talks between Egypt and Iran resumed on Monday.",
			actors: []mtgActor{qat, egy, irn},
			times:  []mtgTime{{"Monday", "2026-04-06", diplo.Date, 0}},
			want: []mtgGot{{
				Kind: "talks", Status: "ongoing", Parties: []string{"QAT", "EGY", "IRN"}, Time: "Monday", TimeValue: "2026-04-06",
				Evidence: "The Qatari-mediated talks between Egypt and Iran resumed on Monday",
			}},
		},
		{
			name:   "the next round is between the sides of the last",
			text:   "India and Pakistan held talks in Geneva last week. The next round is scheduled to start on May 3 in Oslo.",
			actors: []mtgActor{ind, pak},
			times:  []mtgTime{{"last week", "2026-W14", diplo.Date, 0}, {"May 3", "2026-05-03", diplo.Date, 0}},
			want: []mtgGot{{
				Kind: "talks", Status: "held", Parties: []string{"IND", "PAK"}, Place: "Geneva", Time: "last week", TimeValue: "2026-W14",
				Evidence: "India and Pakistan held talks in Geneva last week",
			}, {
				Kind: "talks", Status: "planned", Parties: []string{"IND", "PAK"}, Place: "Oslo", Time: "May 3", TimeValue: "2026-05-03",
				Evidence: "The next round is scheduled to start on May 3 in Oslo",
			}},
		},
		{
			// the city after a topic phrase, right before a time, is where
			name:   "the dispute's mediator takes part in the talks",
			text:   "Egypt and Ethiopia will resume talks on the dam in Addis Ababa next week. The African Union, which has mediated the dispute since 2020, welcomed the news.",
			actors: []mtgActor{egy, {"Ethiopia", "country", "ETH", []string{"Ethiopia"}}, {"African Union", "organization", "", []string{"African Union"}}},
			times:  []mtgTime{{"next week", "2026-W21", diplo.Date, 0}, {"since 2020", "2020", diplo.Date, 0}},
			want: []mtgGot{{
				Kind: "talks", Status: "planned", Parties: []string{"EGY", "ETH", "organization:african-union"}, Place: "Addis Ababa",
				Time: "next week", TimeValue: "2026-W21",
				Evidence: "Egypt and Ethiopia will resume talks on the dam in Addis Ababa next week",
			}},
		},
		{
			name:   "a town named by its kind, a host under whose auspices",
			text:   "Moldova and Ukraine held talks on Wednesday, meeting in the southern town of Bender under the auspices of the OSCE.",
			actors: []mtgActor{{"Moldova", "country", "MDA", []string{"Moldova"}}, ukr, {"OSCE", "organization", "", []string{"OSCE"}}},
			times:  []mtgTime{{"Wednesday", "2026-09-23", diplo.Date, 0}},
			want: []mtgGot{{
				Kind: "talks", Status: "held", Parties: []string{"MDA", "UKR", "organization:osce"}, Place: "Bender",
				Time: "Wednesday", TimeValue: "2026-09-23",
				Evidence: "Moldova and Ukraine held talks on Wednesday", Also: 1,
			}},
		},
		{
			name:   "a site named before its kind",
			text:   "Indian and Pakistani commanders met at the Wagah crossing on Friday.",
			actors: []mtgActor{ind, pak},
			times:  []mtgTime{{"Friday", "2026-02-06", diplo.Date, 0}},
			want: []mtgGot{{
				Kind: "meeting", Status: "held", Parties: []string{"IND", "PAK"}, Place: "Wagah crossing",
				Time: "Friday", TimeValue: "2026-02-06",
				Evidence: "Indian and Pakistani commanders met at the Wagah crossing on Friday",
			}},
		},
		{
			name:   "readout: met on the margins of a summit in a city",
			text:   "Today, President Joseph R. Biden met with Prime Minister Fumio Kishida on the margins of the G20 Summit in Osaka.",
			actors: []mtgActor{biden, kishi},
			times:  []mtgTime{{"Today", "2026-02-06", diplo.Date, 0}},
			want: []mtgGot{{
				Kind: "meeting", Status: "held", Parties: []string{"USA", "JPN"}, People: []string{"person:joseph-r-biden", "person:fumio-kishida"},
				Place: "Osaka", Time: "Today", TimeValue: "2026-02-06",
				Evidence: "Today, President Joseph R. Biden met with Prime Minister Fumio Kishida on the margins of the G20 Summit in Osaka",
			}},
		},
		{
			name:   "sides joined by a hyphen",
			text:   "Japan called for an emergency Japan-China meeting on the collision.",
			actors: []mtgActor{jpn, chn},
			want: []mtgGot{{
				Kind: "meeting", Status: "proposed", Parties: []string{"JPN", "CHN"},
				Evidence: "an emergency Japan-China meeting on the collision",
			}},
		},
		{
			// a table row of the same kind on the same day repeats the
			// prose meeting; another day's row is a meeting of its own
			name:      "a table row that repeats the prose",
			text:      "Eleven OPEC members agreed at a virtual meeting on Sunday to raise output.\n\n| Date | Event | Outcome |\n|---|---|---|\n| May 5 | Ministerial meeting | Cut confirmed |\n| May 31 | Virtual meeting | Increase |\n",
			published: "2026-06-01",
			actors:    []mtgActor{{"OPEC", "organization", "", []string{"OPEC"}}},
			times:     []mtgTime{{"Sunday", "2026-05-31", diplo.Date, 0}, {"May 5", "2026-05-05", diplo.Date, 0}, {"May 31", "2026-05-31", diplo.Date, 0}},
			want: []mtgGot{{
				Kind: "meeting", Status: "held", Parties: []string{"organization:opec"}, Time: "Sunday", TimeValue: "2026-05-31",
				Evidence: "a virtual meeting on Sunday", Also: 1,
			}, {
				Kind: "meeting", Status: "held", Parties: []string{"organization:opec"}, Time: "May 5", TimeValue: "2026-05-05",
				Evidence: "Ministerial meeting", Outcome: "Cut confirmed",
			}},
		},
		{
			// "between" plural officials: the two sides of the passage
			name:      "wire story: a proposed call between ministers",
			text:      "Poland closed the border with Belarus. A proposal by Minsk for a phone call between deputy foreign ministers has not been answered, a Polish diplomat said.",
			published: "2026-04-08",
			actors:    []mtgActor{{"Poland", "country", "POL", []string{"Poland", "Polish"}}, {"Belarus", "country", "BLR", []string{"Belarus", "Minsk"}}},
			want: []mtgGot{{
				Kind: "call", Status: "proposed", Parties: []string{"BLR", "POL"},
				Evidence: "a phone call between deputy foreign ministers",
			}},
		},
		{
			// a signing ceremony is an event apart from the talks; "could be
			// held" there is a possibility, not a plan
			name:      "ongoing talks and a possible signing ceremony",
			text:      "Egypt and Iran have been holding talks in Doha since last week. A Qatari spokesman said a signing ceremony could be held in Doha later this month.",
			published: "2026-04-08",
			actors:    []mtgActor{egy, irn, qat},
			times:     []mtgTime{{"since last week", "2026-W14", diplo.Date, 0}, {"later this month", "2026-04", diplo.Date, 0}},
			want: []mtgGot{{
				Kind: "talks", Status: "ongoing", Parties: []string{"EGY", "IRN"}, Place: "Doha", Time: "since last week", TimeValue: "2026-W14",
				Evidence: "Egypt and Iran have been holding talks in Doha since last week",
			}, {
				Kind: "meeting", Status: "proposed", Parties: []string{"QAT", "IRN"}, Place: "Doha", Time: "later this month", TimeValue: "2026-04",
				Evidence: "a signing ceremony could be held in Doha later this month",
			}},
		},
		{
			// a definite object named by office: the adjective is the party
			name:      "readout: met the ambassador named by nationality",
			text:      "The Secretary met the Chinese ambassador yesterday to discuss consular access, the State Department said.",
			published: "2026-02-03",
			actors:    []mtgActor{{"China", "country", "CHN", []string{"Chinese"}}},
			times:     []mtgTime{{"yesterday", "2026-02-02", diplo.Date, 0}},
			want: []mtgGot{{
				Kind: "meeting", Status: "held", Parties: []string{"CHN"}, Time: "yesterday", TimeValue: "2026-02-02",
				Evidence: "The Secretary met the Chinese ambassador yesterday",
			}},
		},
		{
			// "of the two presidents" names who meet; an inserted participle
			// clause gives the planned time; "postponed" the status
			name:      "wire story: a meeting of the two presidents postponed",
			text:      "Japan and China signed a fisheries accord. A meeting of the two presidents, initially foreseen for May, has been postponed.",
			published: "2026-04-15",
			actors:    []mtgActor{jpn, chn},
			times:     []mtgTime{{"May", "2026-05", diplo.Date, 0}},
			want: []mtgGot{{
				Kind: "meeting", Status: "postponed", Parties: []string{"CHN", "JPN"}, Time: "May", TimeValue: "2026-05",
				Evidence: "A meeting of the two presidents, initially foreseen for May",
			}},
		},
		{
			// "Separately," opens another meeting; "are still meeting" is a
			// verb; a bare place phrase set off by commas is the talks' own
			name:      "wire story: separate meetings are not merged",
			text:      "Japan and China held talks in Tokyo on Tuesday. Separately, technical teams from the two foreign ministries are still meeting at the Kanmon border post. The last ministerial talks, in Beijing in February, ended without agreement.",
			published: "2026-04-15",
			actors:    []mtgActor{jpn, chn},
			times:     []mtgTime{{"Tuesday", "2026-04-14", diplo.Date, 0}, {"February", "2026-02", diplo.Date, 0}},
			want: []mtgGot{{
				Kind: "talks", Status: "held", Parties: []string{"JPN", "CHN"}, Place: "Tokyo", Time: "Tuesday", TimeValue: "2026-04-14",
				Evidence: "Japan and China held talks in Tokyo on Tuesday",
			}, {
				Kind: "meeting", Status: "ongoing", Parties: []string{"JPN", "CHN"}, Place: "Kanmon border post",
				Evidence: "technical teams from the two foreign ministries are still meeting at the Kanmon border post",
			}, {
				Kind: "talks", Status: "held", Parties: []string{"CHN", "JPN"}, Place: "Beijing", Time: "February", TimeValue: "2026-02",
				Evidence: "The last ministerial talks, in Beijing in February",
			}},
		},
		{
			// a trip whose purpose is the talks: the clause is the evidence,
			// the destination the place; "two days" is how long, not when
			name:      "wire story: travel to a capital for talks",
			text:      "Shultz will travel to Moscow on Thursday for two days of talks with Shevardnadze, officials said.",
			published: "1987-04-06",
			actors:    []mtgActor{shultz, shev},
			times:     []mtgTime{{"Thursday", "1987-04-09", diplo.Date, 0}, {"two days", "P2D", diplo.Duration, 0}},
			want: []mtgGot{{
				Kind: "talks", Status: "planned", Parties: []string{"SUN", "USA"},
				People: []string{"person:eduard-shevardnadze", "person:george-shultz"},
				Place:  "Moscow", Time: "Thursday", TimeValue: "1987-04-09",
				Evidence: "Shultz will travel to Moscow on Thursday for two days of talks with Shevardnadze",
			}},
		},
		{
			// a place name joined by a lower-case particle
			name:      "wire story: a place with a particle",
			text:      "Japanese and Chinese negotiators will meet in Rio de Janeiro next week.",
			published: "2026-04-15",
			actors:    []mtgActor{{"Japan", "country", "JPN", []string{"Japanese"}}, {"China", "country", "CHN", []string{"Chinese"}}},
			want: []mtgGot{{
				Kind: "meeting", Status: "planned", Parties: []string{"JPN", "CHN"}, Place: "Rio de Janeiro",
				Evidence: "Japanese and Chinese negotiators will meet in Rio de Janeiro",
			}},
		},
		{
			// a numbered session of a joint commission is a meeting; a
			// legislature's session is not
			name:      "briefing: a commission session postponed, a parliament session",
			text:      "The 12th session of the Joint Japanese-Chinese Fisheries Commission, which was due to open in Tokyo next week, has been postponed. The first session of the Japanese Parliament opens on Monday.",
			published: "2026-02-03",
			actors:    []mtgActor{{"Japan", "country", "JPN", []string{"Japanese"}}, {"China", "country", "CHN", []string{"Chinese"}}},
			times:     []mtgTime{{"next week", "2026-W07", diplo.Date, 0}},
			want: []mtgGot{{
				Kind: "meeting", Status: "postponed", Parties: []string{"JPN", "CHN"}, Place: "Tokyo", Time: "next week", TimeValue: "2026-W07",
				Evidence: "The 12th session of the Joint Japanese-Chinese Fisheries Commission, which was due to open in Tokyo next week, has been postponed",
			}},
		},
		{
			// the predicate after an inserted scheduling clause gives the
			// status; "X's own visit" is a noun
			name:      "wire story: visits called off and pushed back",
			text:      "A visit to Tokyo by the Chinese foreign minister, planned for last week, was called off. Fumio Kishida's own visit to Beijing, planned for May, was pushed back to October.",
			published: "2026-03-11",
			actors:    []mtgActor{{"China", "country", "CHN", []string{"Chinese"}}, kishi},
			times:     []mtgTime{{"last week", "2026-W10", diplo.Date, 0}, {"May", "2026-05", diplo.Date, 0}, {"October", "2026-10", diplo.Date, 0}},
			want: []mtgGot{{
				Kind: "visit", Status: "cancelled", Parties: []string{"CHN", "JPN"}, Place: "Tokyo", Time: "last week", TimeValue: "2026-W10",
				Evidence: "A visit to Tokyo by the Chinese foreign minister, planned for last week, was called off",
			}, {
				Kind: "visit", Status: "postponed", Parties: []string{"JPN", "CHN"}, People: []string{"person:fumio-kishida"}, Place: "Beijing", Time: "May", TimeValue: "2026-05",
				Evidence: "Fumio Kishida's own visit to Beijing, planned for May, was pushed back",
			}},
		},
		{
			// negative: hosting refugees is no meeting; a pronoun is no guest
			name:   "hosting refugees is no meeting",
			text:   "Turkey hosts more than three million Syrian refugees, and officials in Ankara say the cost of hosting them is rising.",
			actors: []mtgActor{tur, {"Syria", "country", "SYR", []string{"Syrian"}}, {"them", "country", "SYR", nil}},
		},
		{
			// negative: "was meeting the deadline" is fulfilling it
			name:   "meeting a deadline is no meeting",
			text:   "Japan said the problem was meeting the deadline for the accord with China.",
			actors: []mtgActor{jpn, chn},
		},
		{
			// negative: "expected to play a role" schedules nothing
			name:   "an expectation is no schedule",
			text:   "The talks between Japan and China are expected to play a critical role, officials said.",
			actors: []mtgActor{jpn, chn},
			want: []mtgGot{{
				Kind: "talks", Status: "held", Parties: []string{"JPN", "CHN"},
				Evidence: "The talks between Japan and China",
			}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := mtgArticle(t, tc.text, tc.published, tc.actors, tc.times)
			e.findMeetings(a)
			got := mtgSummary(a)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("meetings (-want +got):\n%s", diff)
			}
		})
	}
}

// TestMeetingSpans checks that IDs follow text order and every evidence
// span lies in the text.
func TestMeetingSpans(t *testing.T) {
	e, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	src := "Japan and China held talks in Beijing on Monday. Japan and India will hold a summit in Tokyo next week. The summit is expected to focus on trade."
	a := mtgArticle(t, src, "2024-05-10", []mtgActor{jpn, chn, ind},
		[]mtgTime{{"Monday", "2024-05-06", diplo.Date, 0}, {"next week", "2024-W20", diplo.Date, 0}})
	e.findMeetings(a)
	if len(a.meetings) != 2 {
		t.Fatalf("got %d meetings, want 2", len(a.meetings))
	}
	for i, m := range a.meetings {
		if want := "meeting:" + string(rune('1'+i)); m.ID != want {
			t.Errorf("meeting %d: ID %q, want %q", i, m.ID, want)
		}
		for _, sp := range m.Evidence {
			if !sp.In(len(src)) || sp.Len() == 0 {
				t.Errorf("%s: bad evidence span %+v", m.ID, sp)
			}
		}
	}
	if got := a.meetings[1].Evidence; len(got) != 2 {
		t.Errorf("the summit: %d mentions, want 2 (the summit is referred back to)", len(got))
	}
}

// TestMeetingsSeeds runs the whole extractor on the seed articles and
// checks the meetings against the answer key's counts and statuses.
func TestMeetingsSeeds(t *testing.T) {
	want := map[string][]string{
		"000_4ac545821579ca44": {"proposed"},
		"001_4330eeb104c286f9": {"proposed"},
		"002_f83e5403134a3c7c": {"planned", "proposed", "held"},
		"003_436cb32d5c5d9a52": {"planned", "held", "held"},
		"004_afd850a30078c760": {"ongoing", "proposed", "proposed"},
	}
	e, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for name, statuses := range want {
		t.Run(name, func(t *testing.T) {
			b, err := mtgRead("../testdata/articles/" + name + ".txt")
			if err != nil {
				t.Skip(err)
			}
			r, err := e.Extract(diplo.Document{ID: name, Text: b})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, m := range r.Meetings {
				got = append(got, m.Status.String())
			}
			if diff := cmp.Diff(statuses, got); diff != "" {
				t.Errorf("statuses (-want +got):\n%s", diff)
			}
		})
	}
}

func mtgRead(path string) (string, error) {
	b, err := os.ReadFile(path)
	return string(b), err
}

// TestMeetingsRandomText feeds word soup rich in triggers, status words,
// names, tables and lists through the whole extractor and checks the
// meetings' invariants: no panic, spans inside the text, IDs in sequence,
// a kind and a status on every meeting.
func TestMeetingsRandomText(t *testing.T) {
	e, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	vocab := strings.Fields(`talks meeting summit met meet convene visit visited call phone spoke with between and
		the these this that another further potential planned scheduled postponed called off cancelled could will
		Russia Moscow Washington United States Japan China Putin Trump Lavrov President Minister both countries two sides
		in on at within two weeks Tuesday March 2025 early late or . , ; : - | " ( ) host hosted by to Geneva third country
		round of negotiations dialogue conference here` + "\n")
	vocab = append(vocab, "\n", "\n- ", "\n| ", " | ", "\n---|---|\n", "Date | Event | Outcome |\n")
	seed := uint32(7)
	next := func() int {
		seed ^= seed << 13
		seed ^= seed >> 17
		seed ^= seed << 5
		return int(seed % uint32(len(vocab)))
	}
	for n := 0; n < 300; n++ {
		var sb strings.Builder
		for k := 0; k < 5+n; k++ {
			sb.WriteString(vocab[next()])
			sb.WriteByte(' ')
		}
		src := sb.String()
		r, err := e.ExtractText(src)
		if err != nil {
			t.Fatalf("doc %d: %v", n, err)
		}
		for i, m := range r.Meetings {
			if want := "meeting:" + itoa(i+1); m.ID != want {
				t.Errorf("doc %d: ID %q, want %q", n, m.ID, want)
			}
			if m.Kind == 0 || m.Status == 0 || len(m.Evidence) == 0 {
				t.Errorf("doc %d: incomplete meeting %+v", n, m)
			}
			for _, sp := range m.Evidence {
				if !sp.In(len(src)) || sp.Len() == 0 {
					t.Errorf("doc %d: evidence span %+v outside %d bytes", n, sp, len(src))
				}
			}
			if m.Time != "" {
				if _, ok := r.Time(m.Time); !ok {
					t.Errorf("doc %d: time %q not among the times", n, m.Time)
				}
			}
		}
	}
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

// TestMeetingShapes checks general sentence shapes end to end: a call
// with a state's titled official, officials who "would meet" after an
// agreement, a trip abroad, an indefinite mention that is a new meeting,
// a meeting opened or ended by its parties, and what must stay no
// meeting (a body meeting alone, a trip at home, a trip to the beach).
func TestMeetingShapes(t *testing.T) {
	e, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		text string
		want []string // kind | status | parties | evidence
	}{
		{
			name: "readout: spoke with a state's titled official",
			text: "date 2025-03-04\nPresident Lula spoke with Germany's Chancellor on Tuesday about trade.",
			want: []string{"call | held | country:DEU | President Lula spoke with Germany's Chancellor on Tuesday about trade"},
		},
		{
			name: "agreed that officials would meet: the agreeing sides, planned",
			text: "date 2025-03-04\nKenya and Uganda agreed that senior officials would meet again in Nairobi later this month.",
			want: []string{"meeting | planned | country:KEN country:UGA | senior officials would meet again in Nairobi later this month"},
		},
		{
			name: "no meeting: a body's members meet alone",
			text: "date 2025-03-04\nThe committee agreed that its members would meet again next month.",
		},
		{
			name: "wire 1987: a trip abroad, postponed",
			text: "WASHINGTON, March 3 - Secretary of State George Shultz's trip to Moscow, planned for next week, was postponed, officials said.",
			want: []string{"visit | postponed | country:USA country:RUS | State George Shultz's trip to Moscow, planned for next week, was postponed"},
		},
		{
			name: "no meeting: a trip at home",
			text: "date 2022-06-08\nU.S. Secretary of State Antony Blinken's trip to Chicago on Friday will focus on jobs.",
		},
		{
			name: "no meeting: a trip to an unknown place",
			text: "date 2022-06-08\nShe took a trip to the beach.",
		},
		{
			name: "negotiators ended talks; an indefinite meeting is another one",
			text: "LONDON, May 5 - British and Spanish negotiators ended two days of talks on Gibraltar without a deal on Friday. A meeting between the two prime ministers on the sidelines of a NATO summit in July is still possible, diplomats said.",
			want: []string{
				"talks | held | country:GBR country:ESP | British and Spanish negotiators ended two days of talks on Gibraltar",
				"meeting | proposed | country:GBR country:ESP | A meeting between the two prime ministers on the sidelines of a NATO summit in July is still possible",
			},
		},
		{
			name: "ministers open a meeting: they are its parties",
			text: "date 2025-03-04\nASEAN foreign ministers open a two-day meeting in Jakarta today.",
			want: []string{"meeting | held | organization:asean | ASEAN foreign ministers open a two-day meeting in Jakarta today"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := e.Extract(diplo.Document{Text: tt.text})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, m := range r.Meetings {
				ev := ""
				if len(m.Evidence) > 0 {
					ev = tt.text[m.Evidence[0].Start:m.Evidence[0].End]
				}
				got = append(got, m.Kind.String()+" | "+m.Status.String()+" | "+strings.Join(m.Parties, " ")+" | "+ev)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("meetings (-want +got):\n%s", diff)
			}
		})
	}
}

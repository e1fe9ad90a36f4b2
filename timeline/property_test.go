package timeline

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/parleyhq/parley/diplo"
)

// gen makes random reports over a small world, so that reports often
// share actors, meetings and remarks: the cases merging has to get right.
type gen struct {
	rnd *rand.Rand
	n   int
	// world size; smaller means more collisions
	countries []string
	people    [][2]string // name, country
	words     []string
	years     int
	dated     bool // every report has a publication date
}

func newGen(seed int64) *gen {
	return &gen{
		rnd:       rand.New(rand.NewSource(seed)),
		countries: []string{"RUS", "USA", "UKR", "CHN", "IND", "FRA", "TUR", "SAU"},
		people: [][2]string{
			{"Sergei Lavrov", "RUS"}, {"Lavrov", "RUS"}, {"Marco Rubio", "USA"}, {"Rubio", "USA"},
			{"Volodymyr Zelenskyy", "UKR"}, {"Volodymyr Zelensky", "UKR"}, {"Zelenskiy", "UKR"},
			{"Wang Yi", "CHN"}, {"Dmitry Peskov", "RUS"}, {"Dmitri Peskov", "RUS"}, {"Peskov", "RUS"},
			{"Ivan Petrov", "RUS"}, {"Oleg Petrov", "RUS"}, {"Petrov", "RUS"}, {"S. Jaishankar", "IND"},
			{"Subrahmanyam Jaishankar", "IND"}, {"Hakan Fidan", "TUR"}, {"Jean-Noël Barrot", "FRA"}, {"Jean-Noel Barrot", "FRA"},
		},
		words: strings.Fields("talks ceasefire border sanctions energy grain corridor prisoners exchange nuclear " +
			"treaty embassy staff trade tariffs security guarantees drones ports shipping elections"),
		years: 2,
	}
}

var countryNames = map[string]string{"RUS": "Russia", "USA": "United States", "UKR": "Ukraine", "CHN": "China",
	"IND": "India", "FRA": "France", "TUR": "Turkey", "SAU": "Saudi Arabia"}

func countryName(code string) string {
	if n, ok := countryNames[code]; ok {
		return n
	}
	return "Land " + code
}

func (g *gen) pick(xs []string) string { return xs[g.rnd.Intn(len(xs))] }

func (g *gen) phrase(n int) string {
	ws := make([]string, n)
	for i := range ws {
		ws[i] = g.pick(g.words)
	}
	return strings.Join(ws, " ")
}

func (g *gen) timeValue() (text, value string, mod diplo.Mod) {
	y := 2024 + g.rnd.Intn(g.years)
	m := 1 + g.rnd.Intn(12)
	switch g.rnd.Intn(6) {
	case 0:
		return "next week", "XXXX-WXX", 0
	case 1:
		return "within two weeks", "P2W", 0
	case 2:
		return "early in the month", fmt.Sprintf("%d-%02d", y, m), diplo.Start
	case 3:
		return "that month", fmt.Sprintf("%d-%02d", y, m), 0
	}
	return "that day", fmt.Sprintf("%d-%02d-%02d", y, m, 1+g.rnd.Intn(28)), 0
}

// report makes one random report.
func (g *gen) report() diplo.Report {
	g.n++
	pub := ""
	if g.dated || g.rnd.Intn(4) > 0 {
		pub = time.Date(2024+g.rnd.Intn(g.years), time.Month(1+g.rnd.Intn(12)), 1+g.rnd.Intn(28), 0, 0, 0, 0, time.UTC).Format("2006-01-02")
	}
	b := newReport(fmt.Sprintf("g%04d", g.n), pub)
	for k := g.rnd.Intn(3); k >= 0; k-- {
		c1, c2 := g.pick(g.countries), g.pick(g.countries)
		parties := []string{b.country(c1, countryName(c1))}
		if c2 != c1 {
			parties = append(parties, b.country(c2, countryName(c2)))
		}
		var people []string
		for j := g.rnd.Intn(3); j > 0; j-- {
			p := g.people[g.rnd.Intn(len(g.people))]
			people = append(people, b.person(p[0], p[1]))
		}
		tt, tv, tm := g.timeValue()
		ev := "talks on " + g.phrase(3)
		s := b.say(fmt.Sprintf("Officials held %s %s in %s.", ev, tt, g.pick([]string{"Geneva", "Riyadh", "Istanbul", "Beijing"})))
		var tid string
		if g.rnd.Intn(5) > 0 {
			tid = b.timex(s, tt, tv, tm)
		}
		place := diplo.Location{}
		if g.rnd.Intn(2) == 0 {
			for _, name := range []string{"Geneva", "Riyadh", "Istanbul", "Beijing"} {
				if strings.Contains(s.Of(b.r.Document.Text), name) {
					place = diplo.Location{Name: name}
				}
			}
		}
		st := []diplo.Status{diplo.Held, diplo.Planned, diplo.Proposed, diplo.Cancelled, diplo.Postponed, diplo.Ongoing}[g.rnd.Intn(6)]
		kind := []diplo.MeetingKind{diplo.Talks, diplo.MeetingKindMeeting, diplo.Call, diplo.Summit}[g.rnd.Intn(4)]
		b.meeting(s, ev, diplo.Meeting{Kind: kind, Parties: parties, Participants: people, Status: st, Time: tid, Location: place,
			Topics: []diplo.Topic{[]diplo.Topic{diplo.UkraineWar, diplo.Trade, diplo.Energy}[g.rnd.Intn(3)]}})
	}
	for k := g.rnd.Intn(4); k >= 0; k-- {
		p := g.people[g.rnd.Intn(len(g.people))]
		sp := b.person(p[0], p[1])
		content := g.phrase(2 + g.rnd.Intn(4))
		s := b.say(fmt.Sprintf("%s said %s.", p[0], content))
		var tid string
		if g.rnd.Intn(4) == 0 {
			tt, tv, tm := g.timeValue()
			s = b.say(fmt.Sprintf("%s said %s %s.", p[0], content, tt))
			tid = b.timex(s, tt, tv, tm)
		}
		b.statement(s, []string{sp}, "said", content, tid)
	}
	if g.rnd.Intn(3) == 0 {
		s := b.say("This announcement follows talks on " + g.phrase(2) + ".")
		c := g.pick(g.countries)
		b.meeting(s, "talks on", diplo.Meeting{Parties: []string{b.country(c, countryName(c))}, Status: diplo.Held})
	}
	return b.report()
}

func (g *gen) reports(n int) []diplo.Report {
	rs := make([]diplo.Report, n)
	for i := range rs {
		rs[i] = g.report()
	}
	return rs
}

func setOf(rs []diplo.Report) Set {
	var s Set
	for _, r := range rs {
		s.Add(r)
	}
	return s
}

// TestMergeLaws checks, over generated reports, that merging is
// associative and commutative, that adding in any order gives the same
// timeline, and that a report merged twice changes nothing.
func TestMergeLaws(t *testing.T) {
	g := newGen(7)
	iterations := 150
	if testing.Short() {
		iterations = 20
	}
	for it := 0; it < iterations; it++ {
		ra, rb, rc := g.reports(1+g.rnd.Intn(6)), g.reports(1+g.rnd.Intn(6)), g.reports(1+g.rnd.Intn(6))
		// Some reports appear in two parts: merging must be idempotent.
		if g.rnd.Intn(3) == 0 {
			rb = append(rb, ra[0])
		}
		a, b, c := setOf(ra), setOf(rb), setOf(rc)
		left := Merge(Merge(a, b), c).Timeline()
		right := Merge(a, Merge(b, c)).Timeline()
		if diff := cmp.Diff(left, right); diff != "" {
			t.Fatalf("iteration %d: Merge(Merge(a, b), c) != Merge(a, Merge(b, c)) (-left +right)\n%s", it, diff)
		}
		if diff := cmp.Diff(Merge(a, b).Timeline(), Merge(b, a).Timeline()); diff != "" {
			t.Fatalf("iteration %d: Merge(a, b) != Merge(b, a) (-ab +ba)\n%s", it, diff)
		}
		all := append(append(append([]diplo.Report{}, ra...), rb...), rc...)
		g.rnd.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
		if diff := cmp.Diff(left, setOf(all).Timeline()); diff != "" {
			t.Fatalf("iteration %d: adding in another order differs (-merged +added)\n%s", it, diff)
		}
	}
}

// TestMergeLawsFindMerges makes sure the generated world does produce
// merged events, so that TestMergeLaws tests something.
func TestMergeLawsFindMerges(t *testing.T) {
	g := newGen(7)
	tl := setOf(g.reports(200)).Timeline()
	multi, conflicts, edges := 0, 0, len(tl.Order)
	for _, e := range tl.Events {
		if len(e.Sources) > 1 {
			multi++
		}
		conflicts += len(e.Conflicts)
	}
	t.Logf("%d events, %d merged, %d conflicts, %d edges", len(tl.Events), multi, conflicts, edges)
	if multi < 10 || edges < 10 {
		t.Errorf("generated world too sparse: %d merged events, %d conflicts, %d edges", multi, conflicts, edges)
	}
}

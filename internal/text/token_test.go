package text

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// classCode renders a token class compactly: W word, N number, P punct,
// C cap, U all caps, Q quote, A abbrev, H hyphenated, S possessive.
func classCode(c Class) string {
	var b strings.Builder
	for _, x := range []struct {
		c Class
		s string
	}{{Word, "W"}, {Number, "N"}, {Punct, "P"}, {Cap, "C"}, {AllCaps, "U"}, {Quote, "Q"}, {Abbrev, "A"}, {Hyphenated, "H"}, {Possessive, "S"}} {
		if c&x.c != 0 {
			b.WriteString(x.s)
		}
	}
	return b.String()
}

func renderTokens(d *Doc) []string {
	out := make([]string, len(d.Toks))
	for i, t := range d.Toks {
		out[i] = d.Norm[t.Start:t.End] + "/" + classCode(t.Class)
	}
	return out
}

func TestTokens(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain words and case", "Russia said NATO talks", []string{"Russia/WC", "said/W", "NATO/WCU", "talks/W"}},
		{"possessive split", "Russia's doctrine", []string{"Russia/WC", "'s/WS", "doctrine/W"}},
		{"curly possessive folded and split", "Putin\u2019s actions", []string{"Putin/WC", "'s/WS", "actions/W"}},
		{"all caps possessive", "RUSSIA'S ENVOY", []string{"RUSSIA/WCU", "'S/WS", "ENVOY/WCU"}},
		{"contractions stay whole", "it's what don't O'Brien", []string{"it's/W", "what/W", "don't/W", "O'Brien/WC"}},
		{"possessive after an abbreviation", "the U.S.'s role", []string{"the/W", "U.S./WCUA", "'s/WS", "role/W"}},
		{"plural possessive leaves a quote", "the countries' leaders", []string{"the/W", "countries/W", "'/PQ", "leaders/W"}},
		{"dotted abbreviation", "the U.S. said", []string{"the/W", "U.S./WCUA", "said/W"}},
		{"dotted abbreviation with hyphen", "U.S.-russia diplomacy", []string{"U.S.-russia/WCH", "diplomacy/W"}},
		{"hyphenated words", "de-escalation and high-level COVID-19", []string{"de-escalation/WH", "and/W", "high-level/WH", "COVID-19/WCUH"}},
		{"em dash does not join", "talks\u2014the end", []string{"talks/W", "-/P", "the/W", "end/W"}},
		{"missing space after period", "stability.The", []string{"stability/W", "./P", "The/WC"}},
		{"missing space lower case", "talks.how", []string{"talks/W", "./P", "how/W"}},
		{"domain stays whole", "see whitehouse.gov now", []string{"see/W", "whitehouse.gov/W", "now/W"}},
		{"url stays whole", "at https://www.whitehouse.gov/briefing-room/.", []string{"at/W", "https://www.whitehouse.gov/briefing-room//W", "./P"}},
		{"titles are abbreviations", "Dr. Ivanova and Gen. Smith", []string{"Dr./WCA", "Ivanova/WC", "and/W", "Gen./WCA", "Smith/WC"}},
		{"initial", "John F. Kennedy", []string{"John/WC", "F./WCA", "Kennedy/WC"}},
		{"decimal and thousands", "3.5 percent of 1,000", []string{"3.5/N", "percent/W", "of/W", "1,000/N"}},
		{"number at sentence end", "in 2026. Then", []string{"in/W", "2026/N", "./P", "Then/WC"}},
		{"ordinal and decade", "the 2nd in the 1980s", []string{"the/W", "2nd/WN", "in/W", "the/W", "1980s/WN"}},
		{"No. before a number only", "No. 10 and no.", []string{"No./WCA", "10/N", "and/W", "no/W", "./P"}},
		{"month abbreviation needs a capital", "Jan. 5 and jan.", []string{"Jan./WCA", "5/N", "and/W", "jan/W", "./P"}},
		{"ellipsis is one token", "wait... now", []string{"wait/W", ".../P", "now/W"}},
		{"quotes", `"We agree," he said`, []string{`"/PQ`, "We/WC", "agree/W", ",/P", `"/PQ`, "he/W", "said/W"}},
		{"non-ASCII letters", "Zelenskyy met Müller in Kyiv", []string{"Zelenskyy/WC", "met/W", "Müller/WC", "in/W", "Kyiv/WC"}},
		{"M.A.D.", "risk of M.A.D.", []string{"risk/W", "of/W", "M.A.D./WCUA"}},
		{"e.g. and a.m.", "e.g. at 9 a.m. today", []string{"e.g./WA", "at/W", "9/N", "a.m./WA", "today/W"}},
		{"pipes", "a | b", []string{"a/W", "|/P", "b/W"}},
		{"empty", "", []string{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := renderTokens(Analyze(tc.in))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("tokens of %q (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

func TestParts(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"dotted abbreviation compound", "U.S.-Russia", []string{"U.S.", "Russia"}},
		{"plain compound", "de-escalation", []string{"de", "escalation"}},
		{"no hyphen", "Russia", []string{"Russia"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Analyze(tc.in)
			var got []string
			for sp := range d.Parts(0) {
				got = append(got, d.Norm[sp.Start:sp.End])
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Parts(%q) (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

package text

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"ascii unchanged", "Russia and the U.S. met.", "Russia and the U.S. met."},
		{"curly quotes", "\u201cWe agree,\u201d Putin\u2019s aide said \u2018no\u2019.", "\"We agree,\" Putin's aide said 'no'."},
		{"guillemets and primes", "\u00abNyet\u00bb 5\u2032", "\"Nyet\" 5'"},
		{"dashes and minus", "talks \u2014 and \u2013 more \u2212 less", "talks - and - more - less"},
		{"odd spaces and tabs", "a\u00a0b\u2009c\u202fd\te\u3000f", "a b c d e f"},
		{"NUL and controls", "a\x00b\x07c\x1bd\x7fe", "a b c d e"},
		{"line endings", "one\r\ntwo\rthree\u2028four\ffive", "one \ntwo\nthree\nfour\nfive"},
		{"invisible characters dropped", "nego\u00adtiations\u200b and\ufeff", "negotiations and"},
		{"NFC composition", "Mu\u0308ller cafe\u0301", "Müller café"},
		{"NFC with folds and invalid bytes", "\u201cGene\u0300ve\u201d\u2014o\u0308\xff\u00adk", "\"Genève\"-ö k"},
		{"invalid UTF-8 to space", "a\xffb\xc3", "a b "},
		{"C1 controls", "a\u0085b\u0090c", "a\nb c"},
		{"backtick", "`quoted'", "'quoted'"},
		{"typewriter double quotes", "``It was a bomb,'' he said. Don't.", "\"It was a bomb,\" he said. Don't."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, off := Normalize(tc.in)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Normalize(%q) (-want +got):\n%s", tc.in, diff)
			}
			if len(off) != len(got)+1 {
				t.Fatalf("offset map has %d entries, want %d", len(off), len(got)+1)
			}
			if int(off[len(got)]) != len(tc.in) {
				t.Errorf("end maps to %d, want %d", off[len(got)], len(tc.in))
			}
			checkMap(t, tc.in, got, func(i int) int { return int(off[i]) })
			d := Analyze(tc.in)
			if d.Norm != got {
				t.Errorf("Analyze Norm = %q, want %q", d.Norm, got)
			}
			checkMap(t, tc.in, d.Norm, d.Orig)
		})
	}
}

// checkMap checks that every Norm byte maps into src, on a rune boundary,
// monotonically, and that the end maps to len(src).
func checkMap(t *testing.T, src, nrm string, orig func(int) int) {
	t.Helper()
	bound := runeStarts(src)
	prev := 0
	for i := 0; i <= len(nrm); i++ {
		o := orig(i)
		if o < 0 || o > len(src) {
			t.Fatalf("Orig(%d) = %d out of [0,%d]", i, o, len(src))
		}
		if !bound[o] {
			t.Fatalf("Orig(%d) = %d is not a rune boundary of %q", i, o, src)
		}
		if o < prev {
			t.Fatalf("Orig(%d) = %d < Orig(%d) = %d: not monotonic", i, o, i-1, prev)
		}
		prev = o
	}
	if o := orig(len(nrm)); o != len(src) {
		t.Fatalf("Orig(len(Norm)) = %d, want %d", o, len(src))
	}
}

// runeStarts marks the offsets of src where decoding starts a rune (each
// invalid byte counts as one), plus len(src).
func runeStarts(src string) []bool {
	b := make([]bool, len(src)+1)
	for i := 0; i < len(src); {
		b[i] = true
		_, n := utf8.DecodeRuneInString(src[i:])
		i += n
	}
	b[len(src)] = true
	return b
}

func TestOrigSpans(t *testing.T) {
	src := "\u201cWe will\u2014of course\u2014talk,\u201d said Peskov\u2019s deputy, M\u00fcller, in Gen\u00e8ve.\r\nNext\u00a0line."
	d := Analyze(src)
	tests := []struct {
		name string
		norm string // a substring of Norm
		want string // the text of Src it maps back to
	}{
		{"quoted clause with its quotes", "\"We will-of course-talk,\"", "\u201cWe will\u2014of course\u2014talk,\u201d"},
		{"possessive", "Peskov's", "Peskov\u2019s"},
		{"non-ASCII word", "Müller", "M\u00fcller"},
		{"word after a fold", "deputy", "deputy"},
		{"across a no-break space", "Next line.", "Next\u00a0line."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			i := strings.Index(d.Norm, tc.norm)
			if i < 0 {
				t.Fatalf("%q not in Norm %q", tc.norm, d.Norm)
			}
			got := src[d.Orig(i):d.Orig(i+len(tc.norm))]
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("span of %q (-want +got):\n%s", tc.norm, diff)
			}
		})
	}
}

func TestOrigSpansNFC(t *testing.T) {
	src := "In Gene\u0300ve, \u201cthe Mu\u0308ller talks\u201d\u2014resumed."
	d := Analyze(src)
	tests := []struct {
		name, norm, want string
	}{
		{"composed word", "Genève", "Gene\u0300ve"},
		{"quoted phrase with a composed letter", "\"the Müller talks\"", "\u201cthe Mu\u0308ller talks\u201d"},
		{"after the dash", "resumed.", "resumed."},
		{"before any change", "In", "In"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			i := strings.Index(d.Norm, tc.norm)
			if i < 0 {
				t.Fatalf("%q not in Norm %q", tc.norm, d.Norm)
			}
			got := src[d.Orig(i):d.Orig(i+len(tc.norm))]
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("span of %q (-want +got):\n%s", tc.norm, diff)
			}
		})
	}
}

func TestLow(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"ascii", "The U.S. and NATO", "the u.s. and nato"},
		{"latin and cyrillic", "ÉTATS-UNIS Москва", "états-unis москва"},
		{"folded quotes", "Putin\u2019S", "putin's"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Analyze(tc.in)
			if len(d.Low) != len(d.Norm) {
				t.Fatalf("len(Low) = %d, len(Norm) = %d", len(d.Low), len(d.Norm))
			}
			if diff := cmp.Diff(tc.want, d.Low); diff != "" {
				t.Errorf("Low (-want +got):\n%s", diff)
			}
		})
	}
}

package text

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
)

// checkDoc verifies the invariants of an analysed document: spans in
// bounds and ordered, tokens inside their sentences, sentences inside
// their blocks' bodies, and Orig landing on rune boundaries of Src.
func checkDoc(d *Doc) error {
	n := len(d.Norm)
	if len(d.Low) != n {
		return fmt.Errorf("len(Low) = %d, len(Norm) = %d", len(d.Low), n)
	}
	bound := runeStarts(d.Src)
	prevO := 0
	for i := 0; i <= n; i++ {
		o := d.Orig(i)
		if o < 0 || o > len(d.Src) || !bound[o] {
			return fmt.Errorf("Orig(%d) = %d: not a rune boundary of Src", i, o)
		}
		if o < prevO {
			return fmt.Errorf("Orig(%d) = %d < %d: not monotonic", i, o, prevO)
		}
		prevO = o
	}
	if d.Orig(n) != len(d.Src) {
		return fmt.Errorf("Orig(len(Norm)) = %d, want %d", d.Orig(n), len(d.Src))
	}
	prev := 0
	for i, t := range d.Toks {
		if t.Start < prev || t.End <= t.Start || t.End > n {
			return fmt.Errorf("token %d [%d,%d) out of order or bounds (prev end %d, len %d)", i, t.Start, t.End, prev, n)
		}
		prev = t.End
	}
	prev = 0
	for i, b := range d.Blocks {
		if b.Start < prev || b.End <= b.Start || b.End > n {
			return fmt.Errorf("block %d [%d,%d) out of order or bounds", i, b.Start, b.End)
		}
		if b.Body.Start < b.Start || b.Body.End > b.End || b.Body.Start > b.Body.End {
			return fmt.Errorf("block %d body [%d,%d) outside [%d,%d)", i, b.Body.Start, b.Body.End, b.Start, b.End)
		}
		if b.Label != (Span{}) && (b.Label.Start < b.Start || b.Label.End > b.Body.Start || b.Label.Start >= b.Label.End) {
			return fmt.Errorf("block %d label [%d,%d) misplaced", i, b.Label.Start, b.Label.End)
		}
		cp := b.Start
		for _, c := range b.Cells {
			if c.Start < cp || c.End < c.Start || c.End > b.End {
				return fmt.Errorf("block %d cell [%d,%d) misplaced", i, c.Start, c.End)
			}
			cp = c.End
		}
		prev = b.End
	}
	prev = 0
	prevTok := 0
	for i, s := range d.Sents {
		if s.Start < prev || s.End <= s.Start || s.End > n {
			return fmt.Errorf("sentence %d [%d,%d) out of order or bounds", i, s.Start, s.End)
		}
		if s.Block < 0 || s.Block >= len(d.Blocks) {
			return fmt.Errorf("sentence %d block %d out of range", i, s.Block)
		}
		b := d.Blocks[s.Block]
		if s.Start < b.Body.Start || s.End > b.Body.End {
			return fmt.Errorf("sentence %d [%d,%d) outside its block body [%d,%d)", i, s.Start, s.End, b.Body.Start, b.Body.End)
		}
		if s.Tok0 < prevTok || s.Tok0 >= s.Tok1 || s.Tok1 > len(d.Toks) {
			return fmt.Errorf("sentence %d tokens [%d,%d) bad", i, s.Tok0, s.Tok1)
		}
		if d.Toks[s.Tok0].Start != s.Start || d.Toks[s.Tok1-1].End != s.End {
			return fmt.Errorf("sentence %d [%d,%d) does not match its tokens", i, s.Start, s.End)
		}
		for k := s.Tok0; k < s.Tok1; k++ {
			if t := d.Toks[k]; t.Start < s.Start || t.End > s.End {
				return fmt.Errorf("token %d outside sentence %d", k, i)
			}
		}
		prev, prevTok = s.End, s.Tok1
	}
	return nil
}

// adversarial are inputs that once broke, or could break, a text layer.
var adversarial = []struct{ name, in string }{
	{"empty", ""},
	{"only spaces", "   \n\n\t  "},
	{"NUL bytes", "\x00\x00date 2024-01-01\x00\nQ\x00: x"},
	{"invalid UTF-8", "\xff\xfe\xc3(\xa0\xe2\x82"},
	{"lone combining marks", "\u0301\u0301a\u0301\u0301\u0301 \u0308."},
	{"many combining marks", "a" + strings.Repeat("\u0301", 100) + " e\u0301."},
	{"only quotes", strings.Repeat("\"'\u201c\u2019", 200)},
	{"deep brackets", strings.Repeat("(", 5000) + strings.Repeat(")", 5000)},
	{"only pipes", strings.Repeat("|", 300) + "\n---|---\n|||"},
	{"only periods", strings.Repeat(".", 1000)},
	{"dots and letters", strings.Repeat("a.", 1000) + strings.Repeat("U.S.-", 100)},
	{"apostrophes", strings.Repeat("'s", 500) + "x'" + "'s"},
	{"hyphens", strings.Repeat("-a", 300) + strings.Repeat("\u2014", 50)},
	{"labels", strings.Repeat("Q:\nA:\nDR.:\nMr. X:\n", 50)},
	{"date line alone", "date 2024-03-26"},
	{"date line broken", "date 2024-03-2"},
	{"soft hyphens only", strings.Repeat("\u00ad", 100)},
	{"CR only", strings.Repeat("\r", 100)},
	{"URL without end", "https://" + strings.Repeat("a", 500)},
	{"NFC and folds mixed", "\u201cGene\u0300ve\u201d\u2014o\u0308\xff\u00ad" + strings.Repeat("e\u0301\u2019", 50)},
	{"list markers only", "- \n* \n1. \n(a) \n\u2022"},
}

func TestAnalyzeInvariants(t *testing.T) {
	for _, tc := range adversarial {
		t.Run(tc.name, func(t *testing.T) {
			if err := checkDoc(Analyze(tc.in)); err != nil {
				t.Error(err)
			}
		})
	}
	t.Run("seed articles", func(t *testing.T) {
		for _, s := range loadTexts(t, "../../testdata/articles/*.txt", 0) {
			if err := checkDoc(Analyze(s)); err != nil {
				t.Error(err)
			}
		}
	})
	t.Run("corpus sample", func(t *testing.T) {
		for _, s := range loadTexts(t, "../../../shared/corpus/*/*.txt", 3<<20) {
			if err := checkDoc(Analyze(s)); err != nil {
				t.Error(err)
			}
		}
	})
}

func TestAnalyzeLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	tests := []struct {
		name string
		in   string
	}{
		{"8 MB without punctuation", strings.Repeat("word ", 8<<20/5)},
		{"1 MB of quotes", strings.Repeat("\"", 1<<20)},
		{"1 MB of one line of abbreviations", strings.Repeat("Dr. U.S. ", 1<<20/9)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := checkDoc(Analyze(tc.in)); err != nil {
				t.Error(err)
			}
		})
	}
}

func FuzzAnalyze(f *testing.F) {
	for _, tc := range adversarial {
		f.Add(tc.in)
	}
	f.Add("date 2024-03-26 In a development.The U.S. said \u201cyes\u201d.\nSenior Editor: Why?\n- item\nA | B |\n---|---|\n")
	f.Add("WASHINGTON, Feb 26 (Reuters) - The U.S.-Russia talks.how now? Dr. Ivanova's view.")
	f.Fuzz(func(t *testing.T, s string) {
		d := Analyze(s)
		if err := checkDoc(d); err != nil {
			t.Fatalf("%v\ninput %q", err, s)
		}
		PublicationDate(d, time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC))
		if !reflect.DeepEqual(d, Analyze(s)) {
			t.Fatalf("Analyze is not deterministic on %q", s)
		}
	})
}

package text

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The tests in this file guard the memory behaviour of Analyze: its
// arrays are sized up front, so that a large or hostile text costs a fixed
// number of allocations instead of repeated growth by copying (which made
// time superlinear in the input on 8 MB texts).

// TestEstimateTokens checks that the token estimate covers prose in the
// styles of the corpus without wasting much, and never exceeds what any
// text could need.
func TestEstimateTokens(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		prose bool // ordinary text: the estimate must cover the tokens
	}{
		{name: "white house readout", prose: true, text: "The President spoke today with Prime Minister Kishida of Japan. The leaders reaffirmed the U.S.-Japan Alliance, discussed the situation in the Indo-Pacific, and agreed to meet again at the G7 Summit in Hiroshima in May."},
		{name: "reuters wire 1987", prose: true, text: "MOSCOW, April 13 - Soviet Foreign Minister Eduard Shevardnadze said on Monday that Moscow was ready to resume talks with Washington on medium-range missiles, Tass news agency reported. \"We are prepared,\" he told reporters."},
		{name: "wikinews with a quote and a dash", prose: true, text: "On Tuesday, officials from both countries met in Geneva — the first such meeting since 2019. \"It's a start,\" said one diplomat, who asked not to be named; talks (the 3rd round) will resume on 3.5.2024."},
		{name: "transcript turns", prose: true, text: "Q: Will the President travel to Asia?\nMS. PSAKI: He will attend the summit next month.\nQ: And Russia?\nMS. PSAKI: No decision yet."},
		{name: "empty", text: ""},
		{name: "one word", prose: true, text: "Talks"},
		{name: "spaces only", text: "    \n\n   "},
		{name: "punctuation with no spaces", text: strings.Repeat(`".,;:!?()`, 50)},
		{name: "periods only", text: strings.Repeat(".", 400)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Analyze(tt.text)
			est := estimateTokens(d.Norm)
			n := len(d.Toks)
			if tt.prose && est < n {
				t.Errorf("estimateTokens = %d, below the %d tokens of prose", est, n)
			}
			if tt.prose && est > 2*n+16 {
				t.Errorf("estimateTokens = %d for %d tokens of prose: more than twice the need", est, n)
			}
			if nonSpace := len(d.Norm) - strings.Count(d.Norm, " ") - strings.Count(d.Norm, "\n"); est > nonSpace+16 {
				t.Errorf("estimateTokens = %d, more than the %d non-space bytes (+16)", est, nonSpace)
			}
		})
	}
}

// TestAnalyzeAllocsFlat checks that the number of allocations Analyze
// makes does not grow with the input: 16 times the text may cost a few
// more allocations (an array that doubles, such as the offset map of a
// text of curly quotes, takes four more steps), never many more.
func TestAnalyzeAllocsFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses about 3 MB")
	}
	tests := []struct {
		name string
		unit string
	}{
		{name: "news paragraphs", unit: "MOSCOW, April 13 - Soviet Foreign Minister Eduard Shevardnadze said on Monday Moscow was ready for talks. \"We are prepared,\" he told reporters in the U.S. capital.\n\n"},
		{name: "tiny sentences", unit: "Talks. Said. He. "},
		{name: "date lines", unit: "date 2024-02-30\ndate 9999-99-99\ndate \n"},
		{name: "pipe table", unit: "| Russia | 12 | talks on 3 March | |\n"},
		{name: "straight quotes", unit: `"`},
		{name: "curly quotes", unit: "“”‘’„«»"},
		{name: "speaker turns", unit: "Q: Will the President travel?\nTHE PRESIDENT: Yes.\n"},
		{name: "blank lines", unit: "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			allocs := func(n int) float64 {
				s := strings.Repeat(tt.unit, n/len(tt.unit)+1)
				return testing.AllocsPerRun(2, func() { Analyze(s) })
			}
			small, large := allocs(64<<10), allocs(1<<20)
			if large > small+8 {
				t.Errorf("Analyze allocations: %v at 64 KB, %v at 1 MB; want at most 8 more", small, large)
			}
			if large > 40 {
				t.Errorf("Analyze made %v allocations for 1 MB, want at most 40", large)
			}
		})
	}
}

// TestCellsOwnCapacity checks that the rows of a table, whose cells share
// arrays, cannot overwrite each other's cells through append.
func TestCellsOwnCapacity(t *testing.T) {
	var b strings.Builder
	b.WriteString("| Country | Talks |\n|---|---|\n")
	for i := range 40 {
		fmt.Fprintf(&b, "| Country %d | round %d | x |\n", i, i)
	}
	d := Analyze(b.String())
	var rows []int
	for i, bl := range d.Blocks {
		if bl.Kind == TableRow || bl.Kind == TableHeader {
			rows = append(rows, i)
		}
	}
	if len(rows) != 41 {
		t.Fatalf("got %d table rows and headers, want 41", len(rows))
	}
	for k, i := range rows {
		c := d.Blocks[i].Cells
		if cap(c) != len(c) {
			t.Errorf("row %d: Cells has capacity %d for %d cells, want no spare room", k, cap(c), len(c))
		}
	}
	want := d.Text(d.Blocks[rows[2]].Cells[0].Start, d.Blocks[rows[2]].Cells[0].End)
	_ = append(d.Blocks[rows[1]].Cells, Span{0, 0}, Span{0, 0})
	if got := d.Text(d.Blocks[rows[2]].Cells[0].Start, d.Blocks[rows[2]].Cells[0].End); got != want {
		t.Errorf("appending to one row changed the next row's first cell: %q, want %q", got, want)
	}
	if got, want := len(d.Blocks[rows[5]].Cells), 3; got != want {
		t.Errorf("row 5 has %d cells, want %d", got, want)
	}
}

// TestFieldsTo checks fieldsTo against strings.Fields.
func TestFieldsTo(t *testing.T) {
	tests := []struct {
		name string
		in   string
	}{
		{name: "empty", in: ""},
		{name: "spaces only", in: " \t \n"},
		{name: "one word", in: "PSAKI"},
		{name: "label words", in: "MS. JEAN-PIERRE"},
		{name: "runs of space at both ends", in: "  Secretary  of State\tMarco Rubio  "},
		{name: "unicode spaces", in: "Dr.\u00a0Elena\u2003Ivanova\u3000"},
		{name: "invalid UTF-8 is not space", in: "a\xff b"},
		{name: "more words than the buffer", in: "a b c d e f g h i j k"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf [4]string
			got := fieldsTo(buf[:0], tt.in)
			if diff := cmp.Diff(strings.Fields(tt.in), got, cmpEmptyNil); diff != "" {
				t.Errorf("fieldsTo(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// cmpEmptyNil treats nil and empty slices as equal.
var cmpEmptyNil = cmp.Transformer("nonil", func(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return s
})

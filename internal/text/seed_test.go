package text

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestSeedArticles pins the block structure of the seed articles: how many
// blocks of each kind, the speaker labels and the publication date.
func TestSeedArticles(t *testing.T) {
	tests := []struct {
		name   string
		file   string
		kinds  map[string]int
		labels []string
		date   string
	}{
		{"dated article with date on the first line", "000_4ac545821579ca44.txt",
			map[string]int{"date-line": 1, "paragraph": 5, "heading": 1}, nil, "2024-03-26"},
		{"plain paragraphs", "001_4330eeb104c286f9.txt",
			map[string]int{"paragraph": 6}, nil, ""},
		{"toc and interview", "002_f83e5403134a3c7c.txt",
			map[string]int{"title": 1, "heading": 8, "toc-item": 8, "paragraph": 19, "turn": 10}, []string{
				"Senior Editor", "Dr. Elena Ivanova", "Senior Editor", "Dr. Elena Ivanova", "Senior Editor",
				"dr. Elena Ivanova", "Senior Editor", "Dr. Elena Ivanova", "Senior Editor", "Dr. elena Ivanova"}, ""},
		{"lists and tables", "003_436cb32d5c5d9a52.txt",
			map[string]int{"paragraph": 11, "heading": 5, "list-item": 14, "table-header": 4, "table-rule": 4, "table-row": 13}, nil, ""},
		{"headed sections", "004_afd850a30078c760.txt",
			map[string]int{"title": 1, "heading": 18, "paragraph": 18}, nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("../../testdata/articles", tc.file))
			if err != nil {
				t.Skipf("seed article absent: %v", err)
			}
			d := Analyze(string(b))
			kinds := map[string]int{}
			var labels []string
			for _, bl := range d.Blocks {
				kinds[bl.Kind.String()]++
				if bl.Kind == Turn {
					labels = append(labels, d.Norm[bl.Label.Start:bl.Label.End])
				}
			}
			if diff := cmp.Diff(tc.kinds, kinds); diff != "" {
				t.Errorf("block kinds (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.labels, labels); diff != "" {
				t.Errorf("labels (-want +got):\n%s", diff)
			}
			got := ""
			if tm, ok := PublicationDate(d, time.Time{}); ok {
				got = tm.Format("2006-01-02")
			}
			if got != tc.date {
				t.Errorf("PublicationDate = %q, want %q", got, tc.date)
			}
			if err := checkDoc(d); err != nil {
				t.Error(err)
			}
		})
	}
}

package extract_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/parleyhq/parley/diplo"
	"github.com/parleyhq/parley/extract"
)

var update = flag.Bool("update", false, "rewrite the golden Reports in testdata/golden")

// TestGoldenReports extracts every seed article and compares the Report
// with testdata/golden/<name>.json. After an intended change in extraction,
// review the difference and run go test ./extract -run TestGoldenReports -update.
func TestGoldenReports(t *testing.T) {
	files, err := filepath.Glob("../testdata/articles/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no seed articles in ../testdata/articles (%v)", err)
	}
	ex, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			r, err := ex.Extract(diplo.Document{ID: name, Text: string(b)})
			if err != nil {
				t.Fatal(err)
			}
			if err := r.Validate(); err != nil {
				t.Fatalf("Validate: %v", err)
			}
			r.Document.Text = "" // the article is in testdata/articles; spans point into it
			got, err := json.MarshalIndent(r, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("testdata", "golden", name+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if d := cmp.Diff(string(want), string(got)); d != "" {
				t.Errorf("Report of %s differs from %s (-want +got); if intended, rerun with -update:\n%s", name, path, d)
			}
		})
	}
}

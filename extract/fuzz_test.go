package extract_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/parleyhq/parley/diplo"
	"github.com/parleyhq/parley/extract"
)

// FuzzExtract checks, for any input: no panic; invalid UTF-8 gives
// ErrInvalidUTF8; otherwise no error, every span inside the text on rune
// boundaries, a Report that validates, and the same Report when the same
// input is extracted again (determinism).
//
//	go test -run '^$' -fuzz '^FuzzExtract$' -fuzztime 20s ./extract
func FuzzExtract(f *testing.F) {
	paths, err := filepath.Glob("../testdata/articles/*.txt")
	if err != nil {
		f.Fatal(err)
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	for _, s := range []string{
		"",
		" ",
		"\x00",
		"\xff",
		"a\xc3",
		`"`,
		"“‘",
		"((([[{",
		"date 2024-02-30\nTitle\n\nBody.",
		"date 2024-03-01\nLeaders meet\n\nPresident Biden met Chancellor Scholz in Berlin on Friday. \"We agreed on sanctions,\" Biden said.",
		"MOSCOW, April 13 - Soviet Foreign Minister Eduard Shevardnadze said on Monday Moscow was ready for talks if Washington dropped its conditions.",
		"Q: Will the President travel?\nMS. PSAKI: He will attend the summit next month.\nTHE PRESIDENT:",
		"| Country | Date |\n|---|---|\n| Russia | 3 March |\n",
		"The ministers agreed to meet again within two weeks, provided that the ceasefire holds.",
		"Iran will only return to the talks if sanctions are lifted first, a spokesman said on Tuesday.",
		"“We won’t negotiate,” he said — “not now.”",
		"Talks\u0301 İstanbul ﬁnal 🇺🇦",
	} {
		f.Add(s)
	}
	e, err := extract.New(extract.Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		doc := diplo.Document{ID: "fuzz", Text: s}
		r, err := gateExtract(e, doc)
		if !utf8.ValidString(s) {
			if !errors.Is(err, extract.ErrInvalidUTF8) {
				t.Fatalf("invalid UTF-8: error = %v, want ErrInvalidUTF8", err)
			}
			return
		}
		if err != nil {
			t.Fatalf("Extract = %v", gateShort(err))
		}
		if err := gateCheck(r, s); err != nil {
			t.Fatalf("%s", gateShort(err))
		}
		r2, err := gateExtract(e, doc)
		if err != nil {
			t.Fatalf("second Extract = %v", gateShort(err))
		}
		if diff := cmp.Diff(r, r2); diff != "" {
			t.Fatalf("same input, different reports (-first +second):\n%s", diff)
		}
	})
}

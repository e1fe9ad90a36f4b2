package extract

import (
	"testing"
	"time"

	"github.com/parleyhq/parley/diplo"
)

func TestFindDateDateline(t *testing.T) {
	tests := []struct {
		name, text string
		ref        time.Time
		want       string // "" when no date
	}{
		{"yearless dateline, year from a month-year in the text", "GENEVA, March 4 (Reuters) - Trade talks resumed on Tuesday after a truce agreed in January 2026 expired.", time.Time{}, "2026-03-04"},
		{"yearless dateline, latest year wins", "LIMA, Oct 2 - The accord, signed on May 5, 2019, was extended in June 2025, officials said.", time.Time{}, "2025-10-02"},
		{"yearless dateline, no year anywhere", "MANILA, March 20 - Ministers met on Friday.", time.Time{}, ""},
		{"yearless dateline, caller's reference year", "MANILA, March 20 - Ministers met on Friday.", time.Date(2024, 3, 25, 0, 0, 0, 0, time.UTC), "2024-03-20"},
		{"a bare number is not a year", "MANILA, March 20 - About 2026 people marched.", time.Time{}, ""},
		{"date line wins", "date 2025-02-22\nMOSCOW, Feb 21 - Talks in January 2024 failed.", time.Time{}, "2025-02-22"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ex, err := New(Options{Reference: tc.ref})
			if err != nil {
				t.Fatal(err)
			}
			r, err := ex.Extract(diplo.Document{Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if !r.Document.Published.IsZero() {
				got = r.Document.Published.Format("2006-01-02")
			}
			if got != tc.want {
				t.Errorf("published = %q, want %q", got, tc.want)
			}
		})
	}
}

package text

import "testing"

func TestLexicon(t *testing.T) {
	tests := []struct {
		name string
		got  any
		want any
	}{
		{"starter", IsStarter("however"), true},
		{"not a starter", IsStarter("officials"), false},
		{"title abbreviation", IsAbbreviation("gen"), true},
		{"company abbreviation", IsAbbreviation("inc"), true},
		{"not an abbreviation", IsAbbreviation("stability"), false},
		{"month name", Month("September"), 9},
		{"month abbreviation upper case", Month("SEPT"), 9},
		{"not a month", Month("Monday"), 0},
		{"too long for a month", Month("Septembers"), 0},
		{"block kind name", Turn.String(), "turn"},
		{"block kind out of range", BlockKind(200).String(), "unknown"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.got != tc.want {
				t.Errorf("got %v, want %v", tc.got, tc.want)
			}
		})
	}
}

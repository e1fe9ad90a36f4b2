package text

import (
	"testing"
	"time"
)

func TestPublicationDate(t *testing.T) {
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	ref := day(1987, 6, 1)
	tests := []struct {
		name   string
		in     string
		ref    time.Time
		want   time.Time
		wantOK bool
	}{
		{"date first line", "date 2024-03-26\nTitle\n\nBody.", time.Time{}, day(2024, 3, 26), true},
		{"date first line with text after it", " date 2024-03-26 In a significant development, Russia spoke.", time.Time{}, day(2024, 3, 26), true},
		{"date line wins over ref", "date 2021-02-02\nTitle", ref, day(2021, 2, 2), true},
		{"invalid date line", "date 2024-13-45\nTitle\n\nBody.", time.Time{}, time.Time{}, false},
		{"date later in the text is not a date line", "Title\ndate 2024-03-26", time.Time{}, time.Time{}, false},
		{"reuters dateline with ref", "SHULTZ TO VISIT MOSCOW\n\nMOSCOW, April 13 - Soviet officials said.", ref, day(1987, 4, 13), true},
		{"dateline with agency", "TITLE\n\nWASHINGTON, Feb 26 (Reuters) - The U.S. Treasury said.", ref, day(1987, 2, 26), true},
		{"dateline with region", "TITLE\n\nABHA, Saudi Arabia, March 15 - Talks began.", ref, day(1987, 3, 15), true},
		{"dateline abbreviated month with period", "TITLE\n\nNEW YORK, Sept. 3 - Banks met.", ref, day(1987, 9, 3), true},
		{"dateline with em dash", "TITLE\n\nKYIV, March 3 \u2014 Officials said.", day(2025, 3, 5), day(2025, 3, 3), true},
		{"dateline with year needs no ref", "TITLE\n\nGENEVA, March 3, 2025 - Talks began.", time.Time{}, day(2025, 3, 3), true},
		{"dateline without ref and year", "TITLE\n\nMOSCOW, April 13 - Soviet officials said.", time.Time{}, time.Time{}, false},
		{"dateline in December read against a January ref", "TITLE\n\nMOSCOW, Dec 30 - Talks.", day(2025, 1, 2), day(2024, 12, 30), true},
		{"standalone full date line", "Nancy Pelosi elected Speaker\n\nFriday, January 4, 2019\n\nThe House voted.", time.Time{}, day(2019, 1, 4), true},
		{"day-month-year date line", "Title\n\n4 January 2019\n\nBody.", time.Time{}, day(2019, 1, 4), true},
		{"published line with a time", "Title\n\nPublished: March 3, 2025 10:30 AM\n\nBody.", time.Time{}, day(2025, 3, 3), true},
		{"place and date line", "Press Briefing by the Spokesperson\nLima, April 8, 2026\n\nMS. ROJAS: Good morning.", time.Time{}, day(2026, 4, 8), true},
		{"two-word place and date line", "Briefing\n\nBuenos Aires, 8 April 2026\n\nBody.", time.Time{}, day(2026, 4, 8), true},
		{"a date after words without a comma is no date line", "Summit set for April 8, 2026\n\nBody.", time.Time{}, time.Time{}, false},
		{"a date inside a sentence is not a date line", "Title\n\nOn March 3, 2025 the talks began.", time.Time{}, time.Time{}, false},
		{"no date at all", "Russia has expressed its willingness to engage in dialogue.", ref, time.Time{}, false},
		{"month in running text is no dateline", "Title\n\nThe talks, March 3 - maybe later.", ref, time.Time{}, false},
		{"impossible day", "TITLE\n\nMOSCOW, February 30 - Talks.", ref, time.Time{}, false},
		{"empty", "", ref, time.Time{}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := PublicationDate(Analyze(tc.in), tc.ref)
			if ok != tc.wantOK || !got.Equal(tc.want) {
				t.Errorf("PublicationDate(%q) = %v, %v; want %v, %v", tc.in, got, ok, tc.want, tc.wantOK)
			}
		})
	}
}

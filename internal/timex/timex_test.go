package timex

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// ref20 is Thursday 20 February 2025 (ISO week 8).
var ref20 = Ref{Date: time.Date(2025, 2, 20, 0, 0, 0, 0, time.UTC), Known: true}

// span is the part of an Expr a table test checks.
type span struct {
	Text, Type, Value, Mod, Bound string
}

func spans(text string, ref Ref) []span {
	var out []span
	for _, e := range New().Tag(text, ref) {
		out = append(out, span{text[e.Start:e.End], e.Type, e.Value, e.Mod, e.Bound})
	}
	return out
}

func TestTag(t *testing.T) {
	unknown := Ref{}
	tests := []struct {
		name   string
		reason string
		text   string
		ref    Ref
		want   []span
	}{
		{"within", "bounded duration gets the interval from the reference; TempEval-3 leaves within out of the extent", "Iran must respond within two weeks.", ref20,
			[]span{{"two weeks", "DURATION", "P2W", "EQUAL_OR_LESS", "2025-02-20/2025-03-06"}}},
		{"next two weeks", "the extent leaves out the preposition", "A deal is expected in the next two weeks.", ref20,
			[]span{{"the next two weeks", "DURATION", "P2W", "", "2025-02-20/2025-03-06"}}},
		{"coming months", "an unspecified count bounds three units", "Sanctions will tighten in the coming months.", ref20,
			[]span{{"the coming months", "DURATION", "PXM", "", "2025-02-20/2025-05-20"}}},
		{"saturday past", "past clause: the Saturday before", "The ministers met on Saturday.", ref20,
			[]span{{"Saturday", "DATE", "2025-02-15", "", ""}}},
		{"saturday future", "future clause: the Saturday after", "The ministers will meet on Saturday.", ref20,
			[]span{{"Saturday", "DATE", "2025-02-22", "", ""}}},
		{"possessive weekday past", "a weekday in the possessive names a reported event even under a modal", "Exiles said they would look for ways to get around Tuesday's ruling.", ref20,
			[]span{{"Tuesday", "DATE", "2025-02-18", "", ""}}},
		{"possessive weekday ahead", "ahead of looks forward whatever the clause tense", "Envoys arrived ahead of Saturday's vote.", ref20,
			[]span{{"Saturday", "DATE", "2025-02-22", "", ""}}},
		{"possessive weekday subject", "a future verb after the possessive phrase keeps the future", "Saturday's vote will decide the coalition.", ref20,
			[]span{{"Saturday", "DATE", "2025-02-22", "", ""}}},
		{"possessive weekday will", "a future auxiliary next to the weekday keeps the clause tense", "The minister will attend Saturday's summit.", ref20,
			[]span{{"Saturday", "DATE", "2025-02-22", "", ""}}},
		{"particle about", "about after worried is a preposition, not an approximation", "Officials worried about Tuesday's vote.", ref20,
			[]span{{"Tuesday", "DATE", "2025-02-18", "", ""}}},
		{"approx about after verb", "about after most verbs still approximates", "He worked about two years in Geneva.", ref20,
			[]span{{"about two years", "DURATION", "P2Y", "APPROX", ""}}},
		{"vague decades", "an unknown count of decades is an unknown count of years, like the known counts", "The dispute has simmered for decades, unlike the two-decade truce.", ref20,
			[]span{{"decades", "DURATION", "PXY", "", ""}, {"two-decade", "DURATION", "P20Y", "", ""}}},
		{"today's generic", "today's before an era noun means nowadays, not the news day", "Elian is for today's youth what the embargo was for their parents, as in many of today's homes.", ref20,
			nil},
		{"today's meeting", "today's before an event noun is the news day", "Today's meeting ended early.", ref20,
			[]span{{"Today", "DATE", "2025-02-20", "", ""}}},
		{"saturday passive future", "a participle after be takes the tense of will", "Talks will be held on Saturday.", ref20,
			[]span{{"Saturday", "DATE", "2025-02-22", "", ""}}},
		{"due", "is due marks the future", "The report is due on Tuesday.", ref20,
			[]span{{"Tuesday", "DATE", "2025-02-25", "", ""}}},
		{"same weekday", "the reference weekday in a past clause is the reference day", "He said on Thursday.", ref20,
			[]span{{"Thursday", "DATE", "2025-02-20", "", ""}}},
		{"early month year", "position modifier", "In early February 2025 the envoy arrived.", ref20,
			[]span{{"early February 2025", "DATE", "2025-02", "START", ""}}},
		{"table cell", "a month and year alone", "| June 2023 |", ref20,
			[]span{{"June 2023", "DATE", "2023-06", "", ""}}},
		{"in year", "bare year after a preposition", "Elections are due in 2026.", ref20,
			[]span{{"2026", "DATE", "2026", "", ""}}},
		{"month day", "year from the reference", "He arrives on April 13.", ref20,
			[]span{{"April 13", "DATE", "2025-04-13", "", ""}}},
		{"day month year", "", "signed on 13 April 2025", ref20,
			[]span{{"13 April 2025", "DATE", "2025-04-13", "", ""}}},
		{"iso", "", "dated 2025-03-23.", ref20,
			[]span{{"2025-03-23", "DATE", "2025-03-23", "", ""}}},
		{"range", "a day range is one expression valued by its first day", "talks on March 23-25, 2025 in Oman", ref20,
			[]span{{"March 23-25, 2025", "DATE", "2025-03-23", "", ""}}},
		{"abbreviation", "", "On Feb. 22 the council voted.", ref20,
			[]span{{"Feb. 22", "DATE", "2025-02-22", "", ""}}},
		{"decade", "", "since the 1990s", ref20,
			[]span{{"the 1990s", "DATE", "199", "", ""}}},
		{"fiscal", "", "in fiscal 1987", ref20,
			[]span{{"fiscal 1987", "DATE", "1987", "", ""}}},
		{"clock", "", "at 3 p.m. and at noon", ref20,
			[]span{{"3 p.m.", "TIME", "2025-02-20T15:00", "", ""}, {"noon", "TIME", "2025-02-20T12:00", "", ""}}},
		{"deictic", "", "today, yesterday and tomorrow", ref20,
			[]span{{"today", "DATE", "2025-02-20", "", ""}, {"yesterday", "DATE", "2025-02-19", "", ""}, {"tomorrow", "DATE", "2025-02-21", "", ""}}},
		{"relative units", "", "last year, next week, this month, this week", ref20,
			[]span{{"last year", "DATE", "2024", "", ""}, {"next week", "DATE", "2025-W09", "", ""}, {"this month", "DATE", "2025-02", "", ""}, {"this week", "DATE", "2025-W08", "", ""}}},
		{"refs", "", "He recently said it is now clear.", ref20,
			[]span{{"recently", "DATE", "PAST_REF", "", ""}, {"now", "DATE", "PRESENT_REF", "", ""}}},
		{"anchored", "later and the next day count from the last date mentioned; TempEval-3 tags the duration and Bound keeps the day", "The talks began on March 3. Two days later they stalled. The next day they resumed.", ref20,
			[]span{{"March 3", "DATE", "2025-03-03", "", ""}, {"Two days", "DURATION", "P2D", "", "2025-03-05"}, {"The next day", "DATE", "2025-03-06", "", ""}}},
		{"ago", "", "a year ago", ref20,
			[]span{{"a year ago", "DATE", "2024", "", ""}}},
		{"earlier", "keeps the anchor's granularity", "In 2020 it was signed; three years earlier it was drafted.", ref20,
			[]span{{"2020", "DATE", "2020", "", ""}, {"three years earlier", "DATE", "2017", "", ""}}},
		{"durations", "", "for two weeks, several years, the past decade", ref20,
			[]span{{"two weeks", "DURATION", "P2W", "", ""}, {"several years", "DURATION", "PXY", "", ""}, {"the past decade", "DURATION", "P10Y", "", "2015-02-20/2025-02-20"}}},
		{"past year", "TempEval-3 values the past year as the previous year; Bound keeps the span", "over the past year", ref20,
			[]span{{"the past year", "DATE", "2024", "", "2024-02-20/2025-02-20"}}},
		{"quantity mods", "", "about two weeks and more than a year", ref20,
			[]span{{"about two weeks", "DURATION", "P2W", "APPROX", ""}, {"more than a year", "DURATION", "P1Y", "MORE_THAN", ""}}},
		{"position mods", "", "mid-2024 and late March", ref20,
			[]span{{"mid-2024", "DATE", "2024", "MID", ""}, {"late March", "DATE", "2025-03", "END", ""}}},
		{"or months", "two expressions; the caller builds the interval", "a vote as early as February or March", ref20,
			[]span{{"February", "DATE", "2025-02", "", ""}, {"March", "DATE", "2025-03", "", ""}}},
		{"quarterly", "adverb use only", "Dividends are paid quarterly. A quarterly report.", ref20,
			[]span{{"quarterly", "SET", "P3M", "", ""}}},
		{"quarter", "", "profit in the third quarter", ref20,
			[]span{{"the third quarter", "DATE", "2025-Q3", "", ""}}},
		{"quarter adjective", "the determiner belongs to the noun", "the third-quarter results and its fourth quarter", ref20,
			[]span{{"third-quarter", "DATE", "2025-Q3", "", ""}, {"fourth quarter", "DATE", "2025-Q4", "", ""}}},
		{"season", "", "last summer", ref20,
			[]span{{"last summer", "DATE", "2024-SU", "", ""}}},
		{"holiday", "", "before Christmas", ref20,
			[]span{{"Christmas", "DATE", "2024-12-25", "", ""}}},
		{"spelled numbers", "", "twenty-one days and a dozen years", ref20,
			[]span{{"twenty-one days", "DURATION", "P21D", "", ""}, {"a dozen years", "DURATION", "P12Y", "", ""}}},
		{"weekday and date", "", "on Friday, Oct. 13, 2023", ref20,
			[]span{{"Friday, Oct. 13, 2023", "DATE", "2023-10-13", "", ""}}},
		{"time and day", "", "at 10 p.m. Wednesday", ref20,
			[]span{{"10 p.m. Wednesday", "TIME", "2025-02-19T22:00", "", ""}}},
		{"set weekday", "", "every Thursday", ref20,
			[]span{{"every Thursday", "SET", "XXXX-WXX-4", "", ""}}},

		// TempEval-3 conventions taken from the training data
		{"fiscal year span", "the year ended June 30 is a span", "Net income for the year ended June 30 rose.", ref20,
			[]span{{"the year", "DURATION", "P1Y", "", ""}, {"June 30", "DATE", "2024-06-30", "", ""}}},
		{"for the year", "without ended it is the current year", "For the year, volume was flat.", ref20,
			[]span{{"the year", "DATE", "2025", "", ""}}},
		{"anaphoric week", "the week of a report is left unresolved", "For the week, the index fell 2%.", ref20,
			[]span{{"the week", "DATE", "2025-WXX", "", ""}}},
		{"recent years", "PAST_REF, as the data mostly has it", "Trade grew in recent years and in past years.", ref20,
			[]span{{"recent years", "DATE", "PAST_REF", "", ""}, {"past years", "DATE", "PAST_REF", "", ""}}},
		{"recent weeks", "other units stay durations", "Talks stalled in recent weeks.", ref20,
			[]span{{"recent weeks", "DURATION", "PXW", "", ""}}},
		{"ytd year earlier", "after a year-to-date span a year earlier is the year", "In the third quarter profit rose. For the nine months, profit was $5 million, up from $4 million a year earlier.", Ref{Date: time.Date(1989, 11, 2, 0, 0, 0, 0, time.UTC), Known: true},
			[]span{{"the third quarter", "DATE", "1989-Q3", "", ""}, {"the nine months", "DURATION", "P9M", "", ""}, {"a year earlier", "DATE", "1988", "", ""}}},
		{"quarter year earlier", "a year earlier than a quarter is a quarter", "Third-quarter profit rose 5% from a year earlier.", Ref{Date: time.Date(1989, 11, 2, 0, 0, 0, 0, time.UTC), Known: true},
			[]span{{"Third-quarter", "DATE", "1989-Q3", "", ""}, {"a year earlier", "DATE", "1988-Q3", "", ""}}},
		{"report quarter", "a look back at another quarter does not move the focus", "Third-quarter net rose. After a flat second quarter, sales grew. Charges in the year-earlier period hurt.", Ref{Date: time.Date(1989, 11, 2, 0, 0, 0, 0, time.UTC), Known: true},
			[]span{{"Third-quarter", "DATE", "1989-Q3", "", ""}, {"flat second quarter", "DATE", "1989-Q2", "", ""}, {"the year-earlier period", "DATE", "1988-Q3", "", ""}}},
		{"last year compared figure", "a figure compared with last year in a quarterly report is the same quarter a year before", "Third-quarter profit rose to $9 million, compared with $6 million last year.", Ref{Date: time.Date(1989, 11, 2, 0, 0, 0, 0, time.UTC), Known: true},
			[]span{{"Third-quarter", "DATE", "1989-Q3", "", ""}, {"last year", "DATE", "1988-Q3", "", ""}}},
		{"last year possessive figure", "last year's followed by an amount is compared too", "Fourth-quarter sales were $1.7 billion, up from last year's $1.5 billion.", Ref{Date: time.Date(1989, 11, 2, 0, 0, 0, 0, time.UTC), Known: true},
			[]span{{"Fourth-quarter", "DATE", "1989-Q4", "", ""}, {"last year", "DATE", "1988-Q4", "", ""}}},
		{"last year no figure", "without a compared figure last year stays the year", "Third-quarter profit rose. The company was sold last year to a rival.", Ref{Date: time.Date(1989, 11, 2, 0, 0, 0, 0, time.UTC), Known: true},
			[]span{{"Third-quarter", "DATE", "1989-Q3", "", ""}, {"last year", "DATE", "1988", "", ""}}},
		{"last year no quarter", "without a quarter in focus a compared figure is the year", "Exports reached $4 billion, compared with $3 billion last year.", Ref{Date: time.Date(1989, 11, 2, 0, 0, 0, 0, time.UTC), Known: true},
			[]span{{"last year", "DATE", "1988", "", ""}}},
		{"latest period after year earlier", "a quarter counted back from the reported one does not become the latest period", "Fourth-quarter net fell 47% from a year earlier. Sales in the latest period were flat.", Ref{Date: time.Date(1989, 11, 2, 0, 0, 0, 0, time.UTC), Known: true},
			[]span{{"Fourth-quarter", "DATE", "1989-Q4", "", ""}, {"a year earlier", "DATE", "1988-Q4", "", ""}, {"the latest period", "DATE", "1989-Q4", "", ""}}},
		{"ytd year period", "after a year-to-date span the 1988 period is the year", "Third-quarter net rose. In the nine months, net was $3 million, against a loss in the 1988 period.", Ref{Date: time.Date(1989, 11, 2, 0, 0, 0, 0, time.UTC), Known: true},
			[]span{{"Third-quarter", "DATE", "1989-Q3", "", ""}, {"the nine months", "DURATION", "P9M", "", ""}, {"the 1988 period", "DATE", "1988", "", ""}}},
		{"untensed month looks back", "with no tense in the clause a month nine months back beats one three months ahead", "In January, a week after the summit, a bombing in the capital.", Ref{Date: time.Date(1998, 10, 25, 0, 0, 0, 0, time.UTC), Known: true},
			[]span{{"January", "DATE", "1998-01", "", ""}, {"a week", "DURATION", "P1W", "", ""}}},
		{"future month ahead", "a future clause still takes the month ahead", "The talks will resume in January.", Ref{Date: time.Date(1998, 10, 25, 0, 0, 0, 0, time.UTC), Known: true},
			[]span{{"January", "DATE", "1999-01", "", ""}}},
		{"corresponding period", "", "Net was $2 million in the corresponding period last year.", Ref{Date: time.Date(1989, 11, 2, 0, 0, 0, 0, time.UTC), Known: true},
			[]span{{"the corresponding period last year", "DATE", "1988-Q3", "", ""}}},
		{"payable", "payable marks a future date", "The board authorized a split, payable Dec. 7.", Ref{Date: time.Date(1989, 10, 27, 0, 0, 0, 0, time.UTC), Known: true},
			[]span{{"Dec. 7", "DATE", "1989-12-07", "", ""}}},
		{"intro phrase", "an introductory date takes the tense after its comma", "In January, the company brought in a new chief.", Ref{Date: time.Date(1989, 10, 27, 0, 0, 0, 0, time.UTC), Known: true},
			[]span{{"January", "DATE", "1989-01", "", ""}}},
		{"scheduled present", "a present-tense meeting verb points ahead", "Arafat and Netanyahu meet separately Monday.", ref20,
			[]span{{"Monday", "DATE", "2025-02-24", "", ""}}},
		{"address noun", "a televised address is not a scheduling verb", "In a televised address Thursday, the president spoke.", ref20,
			[]span{{"Thursday", "DATE", "2025-02-20", "", ""}}},
		{"that day in a month", "that same day after a month is a day of that month", "He was killed last October. His name was crossed out that same day.", ref20,
			[]span{{"last October", "DATE", "2024-10", "", ""}, {"that same day", "DATE", "2024-10-XX", "", ""}}},
		{"one day future", "some day in the future", "Islam will one day be the second largest religion.", ref20,
			[]span{{"one day", "DATE", "FUTURE_REF", "", ""}}},

		// unknown reference: never invent a year
		{"unknown month day", "", "on February 13", unknown,
			[]span{{"February 13", "DATE", "XXXX-02-13", "", ""}}},
		{"unknown weekday", "", "on Tuesday", unknown,
			[]span{{"Tuesday", "DATE", "XXXX-WXX-2", "", ""}}},
		{"unknown today", "", "today", unknown,
			[]span{{"today", "DATE", "XXXX-XX-XX", "", ""}}},
		{"unknown last year", "", "last year", unknown,
			[]span{{"last year", "DATE", "XXXX", "", ""}}},
		{"unknown month", "", "this month", unknown,
			[]span{{"this month", "DATE", "XXXX-XX", "", ""}}},
		{"unknown clock day", "", "noon Thursday", unknown,
			[]span{{"noon Thursday", "TIME", "XXXX-WXX-4T12:00", "", ""}}},
		{"unknown earlier", "granularity of the unit", "three years earlier", unknown,
			[]span{{"three years earlier", "DATE", "XXXX", "", ""}}},
		{"unknown anchored", "an explicit date is an anchor even without a reference", "They met on June 5, 2019. Two days later they left.", unknown,
			[]span{{"June 5, 2019", "DATE", "2019-06-05", "", ""}, {"Two days", "DURATION", "P2D", "", "2019-06-07"}}},
		{"unknown within", "no bound without an anchor", "within two weeks", unknown,
			[]span{{"two weeks", "DURATION", "P2W", "EQUAL_OR_LESS", ""}}},

		// negative cases
		{"may modal", "", "May I ask a question? The talks may fail.", ref20, nil},
		{"march verb", "", "They march on the capital. March to the sea!", ref20, nil},
		{"sun name", "", "Sun Microsystems and Mar Roxas spoke.", ref20, nil},
		{"second ordinal", "", "a second round of talks", ref20, nil},
		{"big number", "", "1,000 troops and 2024 people", ref20, nil},
		{"phone", "", "call 555-1234 or 2025-5555", ref20, nil},
		{"money", "", "a $2025 fee and 1999 dollars", ref20, nil},
		{"age", "", "the 6-year-old boy", ref20, nil},
		{"now discourse", "", "Now, the plan.", ref20, nil},
		{"currently discourse", "", "Currently, organs are rationed.", ref20, nil},
		{"age", "an age is not annotated", "Mr. Smith, 52 years old, will succeed him.", ref20, nil},
		{"high noon", "an idiom", "For Poland, high noon comes with the film High Noon.", ref20, nil},
		{"title unit", "a capitalised unit in lower-case text is a title", "He said on CBS's ''60 Minutes'' that he left.", ref20, nil},
		{"model year", "a year before a capitalised noun after a possessive", "Kopp's 1987 Chevrolet was found.", ref20, nil},
		{"name year", "a year inside a name", "He founded a company called Orion 1980, a maker of parts.", ref20, nil},
		{"quarter century", "quarter-century is no quarter", "Unemployment is near its quarter-century low.", ref20, nil},
		{"foreseeable future", "TempEval-3 leaves it unannotated", "Troops stay for the foreseeable future.", ref20, nil},
		{"narrative soon", "soon in a past clause is not the future", "He was soon released.", ref20, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := spans(tt.text, tt.ref)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Tag(%q) mismatch (-want +got): %s\n%s", tt.text, tt.reason, diff)
			}
		})
	}
}

// TestMisCased covers lower-case and odd-cased month and weekday names,
// which scraped news is full of: they count as dates only where the shape
// around them allows no other reading.
func TestMisCased(t *testing.T) {
	tests := []struct {
		name   string
		reason string
		text   string
		want   []span
	}{
		{"month year table cell", "a four-digit year after the name", "august 2023 | Joint statement",
			[]span{{"august 2023", "DATE", "2023-08", "", ""}}},
		{"in month year", "", "The envoys held talks in august 2023.",
			[]span{{"august 2023", "DATE", "2023-08", "", ""}}},
		{"month day comma year", "", "The accord was signed on march 5, 2024 in Geneva.",
			[]span{{"march 5, 2024", "DATE", "2024-03-05", "", ""}}},
		{"day month year", "a day before and a year after", "The ceasefire began on 5 march 2024.",
			[]span{{"5 march 2024", "DATE", "2024-03-05", "", ""}}},
		{"march noun with year", "a year makes march the month even before a noun", "Police braced for the march 2024 protests.",
			[]span{{"march 2024", "DATE", "2024-03", "", ""}}},
		{"all caps", "", "JOINT STATEMENT, NOVEMBER 12, 2024",
			[]span{{"NOVEMBER 12, 2024", "DATE", "2024-11-12", "", ""}}},
		{"odd case", "a lower-case first letter with capitals after it", "signed in sEPTEMBER 2021",
			[]span{{"sEPTEMBER 2021", "DATE", "2021-09", "", ""}}},
		{"month day reference year", "a digit day after a name that is no common word", "the foreign minister arrives on june 14.",
			[]span{{"june 14", "DATE", "2025-06-14", "", ""}}},
		{"abbreviation day", "", "Sanctions took effect dec. 5 last year.",
			[]span{{"dec. 5", "DATE", "2024-12-05", "", ""}, {"last year", "DATE", "2024", "", ""}}},
		{"since month", "a preposition before a name that is no common word", "Talks have stalled since october.",
			[]span{{"october", "DATE", "2024-10", "", ""}}},
		{"late month", "", "The summit ended in late august.",
			[]span{{"late august", "DATE", "2024-08", "END", ""}}},
		{"mid hyphen month", "", "Troops withdrew in mid-july.",
			[]span{{"mid-july", "DATE", "2024-07", "MID", ""}}},
		{"ordinal of month", "", "Voting is set for the 5th of july.",
			[]span{{"the 5th of july", "DATE", "2025-07-05", "", ""}}},
		{"determiner may day", "a modal cannot follow a determiner", "Envoys prepared for the may 5 vote.",
			[]span{{"may 5", "DATE", "2024-05-05", "", ""}}},
		{"in may year", "", "elections were held in may 2024.",
			[]span{{"may 2024", "DATE", "2024-05", "", ""}}},
		{"weekday then month", "", "The minister spoke tuesday, march 4.",
			[]span{{"tuesday, march 4", "DATE", "2025-03-04", "", ""}}},
		{"lower weekday past", "a weekday name has no other reading", "russia said on tuesday it would respond.",
			[]span{{"tuesday", "DATE", "2025-02-18", "", ""}}},
		{"lower weekday future", "", "The talks will resume on saturday.",
			[]span{{"saturday", "DATE", "2025-02-22", "", ""}}},
		{"lower weekday set", "", "They meet on fridays.",
			[]span{{"fridays", "SET", "XXXX-WXX-5", "", ""}}},
		// negatives
		{"modal may year", "may after a pronoun is the modal", "you may 2023",
			[]span{{"2023", "DATE", "2023", "", ""}}},
		{"modal may day", "", "It may 5 times over exceed the cap.", nil},
		{"modal may bare", "may without a day or year is the modal", "The talks in may collapse.", nil},
		{"march verb weekday", "march with no day or year is the verb", "They march on Sunday.",
			[]span{{"Sunday", "DATE", "2025-02-16", "", ""}}},
		{"march verb distance", "", "Protesters will march 10 miles to the capital.", nil},
		{"march bare after preposition", "march needs a number after it", "Thousands joined in march against the war.", nil},
		{"day march no year", "a number before march may count marchers", "Some 10 march through the capital.", nil},
		{"august adjective", "august before a noun is an adjective", "the august chamber of the senate met", nil},
		{"month bare no cue", "a bare name with nothing around it", "april showers", nil},
		{"spelled ordinal after may", "a spelled ordinal is no lower-case day", "Delegates may first consult their capitals.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := spans(tt.text, ref20)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Tag(%q) mismatch (-want +got): %s\n%s", tt.text, tt.reason, diff)
			}
		})
	}
}

func TestTense(t *testing.T) {
	tests := []struct {
		name string
		text string
		want int
	}{
		{"past", "The ministers met on Saturday.", -1},
		{"future", "The ministers will meet on Saturday.", 1},
		{"scheduled", "The vote is scheduled for Tuesday.", 1},
		{"unknown", "Saturday.", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es := New().Tag(tt.text, ref20)
			if len(es) != 1 {
				t.Fatalf("Tag(%q) = %v, want one expression", tt.text, es)
			}
			if es[0].Tense != tt.want {
				t.Errorf("Tag(%q).Tense = %d, want %d", tt.text, es[0].Tense, tt.want)
			}
		})
	}
}

// checkExprs verifies the structural guarantees of Tag.
func checkExprs(t *testing.T, text string, es []Expr) {
	t.Helper()
	bound := make([]bool, len(text)+1)
	for i := range text {
		bound[i] = true // range over a string visits every rune start
	}
	bound[len(text)] = true
	prev := 0
	for i, e := range es {
		if e.Start < 0 || e.End > len(text) || e.Start >= e.End {
			t.Fatalf("expr %d %+v out of bounds (len %d)", i, e, len(text))
		}
		if !bound[e.Start] || !bound[e.End] {
			t.Fatalf("expr %d %+v not on rune boundaries", i, e)
		}
		if e.Start < prev {
			t.Fatalf("expr %d %+v overlaps or is out of order", i, e)
		}
		if e.Value == "" || e.Type == "" {
			t.Fatalf("expr %d %+v has no type or value", i, e)
		}
		prev = e.End
	}
}

func TestRobust(t *testing.T) {
	long := strings.Repeat("a", 8<<20)
	tests := []string{
		"",
		"\x00\x00 May 5\x00",
		"\xff\xfe March 3, 2025 \xc3",
		"January\xc3\x28 13",
		long,
		strings.Repeat("the past ", 10000),
		strings.Repeat("12 ", 50000),
		strings.Repeat("two ", 50000) + "weeks",
		"99999999999999999999 years ago",
		"2025-99-99 and 13/45/2025 and 31 February",
		strings.Repeat("1,000", 200000),
		strings.Repeat("the the ", 100000),
		strings.Repeat("early ", 100000) + "May",
	}
	for _, s := range tests {
		es := New().Tag(s, ref20)
		checkExprs(t, s, es)
		es2 := New().Tag(s, ref20)
		if diff := cmp.Diff(es, es2); diff != "" {
			t.Errorf("non-deterministic output (-first +second):\n%s", diff)
		}
	}
}

func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"The ministers met on Saturday, Feb. 22, 2025.",
		"within two weeks", "the early 1990s", "3 p.m. EST Nov. 9", "a year earlier",
		"\xff\x00May", "Friday, Oct. 13", "the third quarter of 1990", "2025-03-23T14:00",
	} {
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, s string, known bool) {
		ref := Ref{}
		if known {
			ref = ref20
		}
		checkExprs(t, s, New().Tag(s, ref))
	})
}

func TestFuzzSeedsValidUTF8(t *testing.T) {
	// Guard against a silent change of the rune boundary helper.
	if !utf8.ValidString("Feb. 22") {
		t.Fatal("unexpected")
	}
}

func TestConcurrent(t *testing.T) {
	tg := New()
	text := "The ministers met on Saturday and will meet again within two weeks, on March 3."
	want := tg.Tag(text, ref20)
	done := make(chan []Expr)
	for i := 0; i < 8; i++ {
		go func() {
			var got []Expr
			for j := 0; j < 200; j++ {
				got = tg.Tag(text, ref20)
			}
			done <- got
		}()
	}
	for i := 0; i < 8; i++ {
		if diff := cmp.Diff(want, <-done); diff != "" {
			t.Errorf("concurrent Tag differs (-want +got):\n%s", diff)
		}
	}
}

// TestResultsSurviveReuse checks that the strings of a result do not share
// memory with the buffers Tag recycles between calls.
func TestResultsSurviveReuse(t *testing.T) {
	tg := New()
	text := "LAST WEEK the Ministers met; Next Year, In January 2020 and Within Two Weeks THE PAST YEAR."
	got := tg.Tag(text, ref20)
	want := make([]Expr, len(got))
	for i, e := range got {
		e.Value, e.Bound, e.Type, e.Mod = strings.Clone(e.Value), strings.Clone(e.Bound), strings.Clone(e.Type), strings.Clone(e.Mod)
		want[i] = e
	}
	if len(want) < 4 {
		t.Fatalf("expected at least 4 expressions, got %v", want)
	}
	for i := 0; i < 50; i++ {
		tg.Tag(strings.Repeat("ZZZZ YYYYY XXXX Monday 1999 Q4 the Third Quarter. ", 20+i), ref20)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("results changed after later calls (-want +got):\n%s", diff)
	}
}

package diplo

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestParseValue(t *testing.T) {
	at := func(y, m, d, h int) time.Time { return time.Date(y, time.Month(m), d, h, 0, 0, 0, time.UTC) }
	tests := []struct {
		name  string
		value string
		mod   Mod
		want  Interval
		g     Granularity
		ok    bool
	}{
		{"year", "2025", NoMod, Interval{at(2025, 1, 1, 0), at(2026, 1, 1, 0)}, Year, true},
		{"month", "2025-02", NoMod, Interval{at(2025, 2, 1, 0), at(2025, 3, 1, 0)}, Month, true},
		{"december rolls over", "1987-12", NoMod, Interval{at(1987, 12, 1, 0), at(1988, 1, 1, 0)}, Month, true},
		{"day", "2025-02-18", NoMod, Interval{at(2025, 2, 18, 0), at(2025, 2, 19, 0)}, Day, true},
		{"leap day", "2024-02-29", NoMod, Interval{at(2024, 2, 29, 0), at(2024, 3, 1, 0)}, Day, true},
		{"hour", "2025-02-18T14", NoMod, Interval{at(2025, 2, 18, 14), at(2025, 2, 18, 15)}, Hour, true},
		{"minute", "2025-02-18T14:30", NoMod, Interval{at(2025, 2, 18, 14).Add(30 * time.Minute), at(2025, 2, 18, 14).Add(31 * time.Minute)}, Minute, true},
		{"second", "2025-02-18T14:30:05", NoMod, Interval{at(2025, 2, 18, 14).Add(30*time.Minute + 5*time.Second), at(2025, 2, 18, 14).Add(30*time.Minute + 6*time.Second)}, Second, true},
		{"morning", "2025-02-18TMO", NoMod, Interval{at(2025, 2, 18, 6), at(2025, 2, 18, 12)}, PartOfDay, true},
		{"night runs past midnight", "2025-02-18TNI", NoMod, Interval{at(2025, 2, 18, 20), at(2025, 2, 19, 6)}, PartOfDay, true},
		{"ISO week 8 of 2025", "2025-W08", NoMod, Interval{at(2025, 2, 17, 0), at(2025, 2, 24, 0)}, Week, true},
		{"ISO week 1 starting in December", "2025-W01", NoMod, Interval{at(2024, 12, 30, 0), at(2025, 1, 6, 0)}, Week, true},
		{"quarter", "2025-Q4", NoMod, Interval{at(2025, 10, 1, 0), at(2026, 1, 1, 0)}, Quarter, true},
		{"half", "2025-H1", NoMod, Interval{at(2025, 1, 1, 0), at(2025, 7, 1, 0)}, Half, true},
		{"winter spans the new year", "2025-WI", NoMod, Interval{at(2025, 12, 1, 0), at(2026, 3, 1, 0)}, Season, true},
		{"summer", "1987-SU", NoMod, Interval{at(1987, 6, 1, 0), at(1987, 9, 1, 0)}, Season, true},
		{"decade", "199X", NoMod, Interval{at(1990, 1, 1, 0), at(2000, 1, 1, 0)}, Decade, true},
		{"century", "19XX", NoMod, Interval{at(1900, 1, 1, 0), at(2000, 1, 1, 0)}, Century, true},
		{"range of days", "2025-02-22/2025-03-08", NoMod, Interval{at(2025, 2, 22, 0), at(2025, 3, 9, 0)}, Day, true},
		{"range takes the coarser granularity", "2025-02/2025-03-10", NoMod, Interval{at(2025, 2, 1, 0), at(2025, 3, 11, 0)}, Month, true},
		{"early month", "2025-04", Start, Interval{at(2025, 4, 1, 0), at(2025, 4, 11, 0)}, Month, true},
		{"mid year", "2024", Mid, Interval{at(2024, 1, 1, 0).Add(366 * 24 * time.Hour / 3), at(2025, 1, 1, 0).Add(-366 * 24 * time.Hour / 3)}, Year, true},
		{"late day", "2025-02-18", End, Interval{at(2025, 2, 18, 16), at(2025, 2, 19, 0)}, Day, true},
		{"before March", "2025-03", Before, Interval{End: at(2025, 3, 1, 0)}, Month, true},
		{"after March", "2025-03", After, Interval{Start: at(2025, 4, 1, 0)}, Month, true},
		{"by March", "2025-03", OnOrBefore, Interval{End: at(2025, 4, 1, 0)}, Month, true},
		{"from March on", "2025-03", OnOrAfter, Interval{Start: at(2025, 3, 1, 0)}, Month, true},
		{"about a day", "2025-03-10", Approx, Interval{at(2025, 3, 9, 12), at(2025, 3, 11, 12)}, Day, true},
		{"duration mod ignored", "2025", LessThan, Interval{at(2025, 1, 1, 0), at(2026, 1, 1, 0)}, Year, true},

		{"duration", "P2W", NoMod, Interval{}, 0, false},
		{"present", "PRESENT_REF", NoMod, Interval{}, 0, false},
		{"unresolved year", "XXXX-02-13", NoMod, Interval{}, 0, false},
		{"unresolved day", "XXXX-XX-XX", NoMod, Interval{}, 0, false},
		{"empty", "", NoMod, Interval{}, 0, false},
		{"short", "202", NoMod, Interval{}, 0, false},
		{"month 13", "2025-13", NoMod, Interval{}, 0, false},
		{"month 0", "2025-00", NoMod, Interval{}, 0, false},
		{"february 30", "2025-02-30", NoMod, Interval{}, 0, false},
		{"february 29 of a common year", "2025-02-29", NoMod, Interval{}, 0, false},
		{"week 54", "2025-W54", NoMod, Interval{}, 0, false},
		{"quarter 5", "2025-Q5", NoMod, Interval{}, 0, false},
		{"unknown season", "2025-XY", NoMod, Interval{}, 0, false},
		{"hour 25", "2025-02-18T25", NoMod, Interval{}, 0, false},
		{"minute 60", "2025-02-18T10:60", NoMod, Interval{}, 0, false},
		{"trailing junk", "2025-02-18x", NoMod, Interval{}, 0, false},
		{"no dash", "202502", NoMod, Interval{}, 0, false},
		{"signed month", "2025-+2", NoMod, Interval{}, 0, false},
		{"reversed range", "2025-03/2025-01", NoMod, Interval{}, 0, false},
		{"three-part range", "2025/2026/2027", NoMod, Interval{}, 0, false},
		{"open range", "2025-02/", NoMod, Interval{}, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			iv, g, ok := ParseValue(tt.value, tt.mod)
			if ok != tt.ok || g != tt.g {
				t.Errorf("ParseValue(%q, %v): granularity %v ok %v, want %v %v", tt.value, tt.mod, g, ok, tt.g, tt.ok)
			}
			if diff := cmp.Diff(tt.want, iv); diff != "" {
				t.Errorf("ParseValue(%q, %v) interval (-want +got):\n%s", tt.value, tt.mod, diff)
			}
		})
	}
}

func TestParseValueManySlashes(t *testing.T) {
	v := strings.Repeat("2025/", 1<<20)
	if _, _, ok := ParseValue(v, NoMod); ok {
		t.Error("ParseValue of a million slashes: ok")
	}
}

func FuzzParseValue(f *testing.F) {
	for _, s := range []string{"2025", "2025-02-18T14:30:05", "2025-W08", "19XX", "2025-02/2025-03", "2025-SU", "P2W", "2025-02-18TMO", "\xff"} {
		f.Add(s, uint8(Start))
	}
	f.Fuzz(func(t *testing.T, value string, mod uint8) {
		iv, g, ok := ParseValue(value, Mod(mod))
		if !ok {
			if !iv.IsZero() || g != 0 {
				t.Fatalf("ParseValue(%q) failed but returned %v %v", value, iv, g)
			}
			return
		}
		if g == UnknownGranularity {
			t.Fatalf("ParseValue(%q): no granularity", value)
		}
		if !iv.Start.IsZero() && !iv.End.IsZero() && iv.End.Before(iv.Start) {
			t.Fatalf("ParseValue(%q, %d) = %v: ends before it starts", value, mod, iv)
		}
	})
}

func TestIntervalCompare(t *testing.T) {
	d := func(m, day int) time.Time { return time.Date(2025, time.Month(m), day, 0, 0, 0, 0, time.UTC) }
	feb := Interval{d(2, 1), d(3, 1)}
	mar := Interval{d(3, 1), d(4, 1)}
	midFebToMidMar := Interval{d(2, 15), d(3, 15)}
	beforeMar := Interval{End: d(3, 1)}
	afterMar := Interval{Start: d(4, 1)}
	fromFeb := Interval{Start: d(2, 1)}
	tests := []struct {
		name string
		a, b Interval
		want Relation
	}{
		{"adjacent months", feb, mar, RelBefore},
		{"adjacent months reversed", mar, feb, RelAfter},
		{"overlapping", feb, midFebToMidMar, RelOverlaps},
		{"contained", Interval{d(2, 10), d(2, 11)}, feb, RelOverlaps},
		{"equal", feb, feb, RelOverlaps},
		{"zero", Interval{}, feb, RelUnknown},
		{"both zero", Interval{}, Interval{}, RelUnknown},
		{"open end before", beforeMar, mar, RelBefore},
		{"open start after", afterMar, mar, RelAfter},
		{"open end overlapping is unknown", fromFeb, mar, RelUnknown},
		{"open start before a later month", Interval{End: d(2, 1)}, feb, RelBefore},
		{"two open intervals that cannot meet", beforeMar, afterMar, RelBefore},
		{"two open intervals that may meet", fromFeb, beforeMar, RelUnknown},
		{"instant at the start", Interval{d(3, 1), d(3, 1)}, mar, RelBefore},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.a.Compare(tt.b); got != tt.want {
				t.Errorf("Compare = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestParseMod(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		want   Mod
		timex3 string
		bad    bool
	}{
		{"upper case", "START", Start, "START", false},
		{"lower case", "end", End, "END", false},
		{"with underscore", "ON_OR_AFTER", OnOrAfter, "ON_OR_AFTER", false},
		{"unknown", "EARLY", NoMod, "", true},
		{"empty", "", NoMod, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := ParseMod(tt.in)
			if (err != nil) != tt.bad || m != tt.want {
				t.Fatalf("ParseMod(%q) = %v, %v; want %v, error %v", tt.in, m, err, tt.want, tt.bad)
			}
			if got := m.TIMEX3(); got != tt.timex3 {
				t.Errorf("TIMEX3() = %q, want %q", got, tt.timex3)
			}
		})
	}
}

func TestSpan(t *testing.T) {
	text := "Sørlie said"
	tests := []struct {
		name string
		s    Span
		in   bool
		of   string
	}{
		{"word", Span{0, 7}, true, "Sørlie"},
		{"empty at end", Span{12, 12}, true, ""},
		{"past end", Span{8, 13}, false, ""},
		{"reversed", Span{5, 2}, false, ""},
		{"negative", Span{-1, 2}, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.s.In(len(text)); got != tt.in {
				t.Errorf("In = %v, want %v", got, tt.in)
			}
			if got := tt.s.Of(text); got != tt.of {
				t.Errorf("Of = %q, want %q", got, tt.of)
			}
		})
	}
}

package extract_test

import (
	"errors"
	"fmt"
	"reflect"
	"runtime/debug"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/parleyhq/parley/diplo"
	"github.com/parleyhq/parley/extract"
)

// The tests in this file feed the extractor hostile input and check
// invariants that hold for any correct extraction, never particular
// outputs: no panic, a clear error for text it cannot read, every span
// inside the text on rune boundaries, and a Report that validates.

const gateMiB = 1 << 20

// gateExtractor builds the default Extractor or stops the test.
func gateExtractor(tb testing.TB) *extract.Extractor {
	tb.Helper()
	e, err := extract.New(extract.Options{})
	if err != nil {
		tb.Fatalf("extract.New(Options{}) = %v", err)
	}
	return e
}

// gateExtract runs e.Extract, turning a panic into an error that carries
// the stack, so one bad input does not hide the others.
func gateExtract(e *extract.Extractor, doc diplo.Document) (r diplo.Report, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic: %v\n%s", p, debug.Stack())
		}
	}()
	return e.Extract(doc)
}

// gateCheck reports what is wrong with r as the extraction of text: the
// document must be returned unchanged, every span (wherever it sits in the
// Report) must lie inside the text on rune boundaries, and Validate must
// pass. It returns nil when all holds.
func gateCheck(r diplo.Report, text string) error {
	var errs []error
	if r.Document.Text != text {
		errs = append(errs, fmt.Errorf("Report.Document.Text differs from the input (%d bytes, want %d)", len(r.Document.Text), len(text)))
	}
	gateWalkSpans(reflect.ValueOf(r), "report", func(path string, s diplo.Span) {
		if !s.In(len(text)) {
			errs = append(errs, fmt.Errorf("%s: span [%d,%d) outside the text (%d bytes)", path, s.Start, s.End, len(text)))
			return
		}
		if !gateBoundary(text, s.Start) || !gateBoundary(text, s.End) {
			errs = append(errs, fmt.Errorf("%s: span [%d,%d) not on rune boundaries", path, s.Start, s.End))
		}
	})
	if err := r.Validate(); err != nil {
		errs = append(errs, fmt.Errorf("Validate: %w", err))
	}
	return errors.Join(errs...)
}

func gateBoundary(s string, i int) bool { return i == len(s) || utf8.RuneStart(s[i]) }

var gateSpanType = reflect.TypeFor[diplo.Span]()

// gateWalkSpans calls fn for every diplo.Span reachable from v through
// exported struct fields, slices, arrays, pointers and maps, so spans added
// to the model later are checked too.
func gateWalkSpans(v reflect.Value, path string, fn func(string, diplo.Span)) {
	switch v.Kind() {
	case reflect.Struct:
		if v.Type() == gateSpanType {
			fn(path, diplo.Span{Start: int(v.Field(0).Int()), End: int(v.Field(1).Int())})
			return
		}
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			if f := t.Field(i); f.IsExported() {
				gateWalkSpans(v.Field(i), path+"."+f.Name, fn)
			}
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			gateWalkSpans(v.Index(i), fmt.Sprintf("%s[%d]", path, i), fn)
		}
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			gateWalkSpans(v.Elem(), path, fn)
		}
	case reflect.Map:
		it := v.MapRange()
		for it.Next() {
			gateWalkSpans(it.Value(), fmt.Sprintf("%s[%v]", path, it.Key()), fn)
		}
	}
}

// gateEmptyUnlessWords checks that a text with no letter and no digit
// (whitespace, punctuation, NULs) gives an empty Report: there is nothing
// to name an actor, a time or anything said.
func gateEmptyUnlessWords(r diplo.Report, text string) error {
	if strings.IndexFunc(text, func(c rune) bool { return unicode.IsLetter(c) || unicode.IsDigit(c) }) >= 0 {
		return nil
	}
	if n := len(r.Actors) + len(r.Statements) + len(r.Meetings) + len(r.Conditions) + len(r.Topics) + len(r.Times); n > 0 {
		return fmt.Errorf("text without letters or digits gave %d actors, %d statements, %d meetings, %d conditions, %d topics, %d times",
			len(r.Actors), len(r.Statements), len(r.Meetings), len(r.Conditions), len(r.Topics), len(r.Times))
	}
	return nil
}

// gateShort trims a long error text for a test log.
func gateShort(err error) string {
	s := err.Error()
	if len(s) > 4000 {
		s = s[:4000] + "..."
	}
	return s
}

// fill repeats unit until the result has at least n bytes.
func gateFill(unit string, n int) string {
	if n <= 0 || unit == "" {
		return ""
	}
	return strings.Repeat(unit, (n+len(unit)-1)/len(unit))
}

// gateWideTable is a pipe table with cols columns: a header, a rule and data
// rows until it has about n bytes (at least one row).
func gateWideTable(cols, n int) string {
	var b strings.Builder
	row := func(cell func(int) string) {
		b.WriteByte('|')
		for c := 0; c < cols; c++ {
			b.WriteString(" ")
			b.WriteString(cell(c))
			b.WriteString(" |")
		}
		b.WriteByte('\n')
	}
	b.WriteString("date 2024-03-01\nA table\n\n")
	row(func(c int) string { return fmt.Sprintf("Country %d", c) })
	row(func(int) string { return "---" })
	for r := 0; r == 0 || b.Len() < n; r++ {
		row(func(c int) string {
			switch (r + c) % 4 {
			case 0:
				return "Russia"
			case 1:
				return fmt.Sprint(r * c)
			case 2:
				return "talks on 3 March"
			default:
				return ""
			}
		})
	}
	return b.String()
}

// gateTabTable is like gateWideTable with tab-separated cells.
func gateTabTable(cols, n int) string {
	var b strings.Builder
	for r := 0; r == 0 || b.Len() < n; r++ {
		for c := 0; c < cols; c++ {
			if c > 0 {
				b.WriteByte('\t')
			}
			fmt.Fprintf(&b, "Minister %d said", r+c)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// gateShape is a kind of adversarial text, generated at about n bytes.
type gateShape struct {
	name string
	gen  func(n int) string
}

// gateShapes are the adversarial texts the tests and BenchmarkAdversarial use.
var gateShapes = []gateShape{
	{"no-punctuation", func(n int) string {
		// one endless "sentence" full of names, reporting verbs, meeting and time words
		return gateFill("President Putin said talks with Ukraine and the United States would resume in Geneva next week and the Foreign Minister told reporters on Monday that Washington insisted Moscow must withdraw before any summit could take place because officials in Beijing warned ", n)
	}},
	{"straight-quotes", func(n int) string { return gateFill(`"`, n) }},
	{"curly-quotes", func(n int) string { return gateFill("“”‘’„«»", n) }},
	{"mixed-quotes", func(n int) string { return gateFill(`"We will talk,” he said. ‘No “deal’ “ '' “said`, n) }},
	{"nested-brackets", func(n int) string { return gateFill("([{", n/2) + gateFill("}])", n/2) }},
	{"open-brackets", func(n int) string { return gateFill("((([[{ talks (said ", n) }},
	{"close-brackets", func(n int) string { return gateFill(")]})) said) ", n) }},
	{"all-caps", func(n int) string {
		return gateFill("THE PRESIDENT SAID ON MONDAY THAT TALKS WITH RUSSIA WOULD RESUME IN GENEVA NEXT WEEK. SECRETARY BLINKEN: \"WE INSIST ON A CEASEFIRE FIRST.\"\n", n)
	}},
	{"wide-table", func(n int) string { return gateWideTable(10000, n) }},
	{"tab-table", func(n int) string { return gateTabTable(10000, n) }},
	{"huge-word", func(n int) string { return gateFill("x", n) }},
	{"huge-capitalized-word", func(n int) string { return "W" + gateFill("ashington", n) }},
	{"huge-number", func(n int) string { return gateFill("1", n) }},
	{"whitespace", func(n int) string { return gateFill(" \t\n\r\n\u00a0\u2003\u3000\v\f\u2028\u2029\u0085", n) }},
	{"newlines", func(n int) string { return gateFill("\n", n) }},
	{"punctuation", func(n int) string { return gateFill(".,;:!?-—–…()[]{}\"'/\\*&%$#@^~`|<>+=_", n) }},
	{"periods", func(n int) string { return gateFill(".", n) }},
	{"nul-bytes", func(n int) string { return gateFill("\x00", n) }},
	{"nul-in-text", func(n int) string {
		return gateFill("The minister\x00 said\x00\x00 \"talks\x00\" on\x00Monday.\x00\n", n)
	}},
	{"tiny-sentences", func(n int) string { return gateFill("Talks. Said. He. ", n) }},
	{"speaker-labels", func(n int) string {
		return gateFill("Q: \nTHE PRESIDENT: \nMR. X:\nQ\n: : :\nSENIOR ADMINISTRATION OFFICIAL: Yes.\nA:B:C:D:\n", n)
	}},
	{"date-lines", func(n int) string {
		return gateFill("date 2024-02-30\ndate 9999-99-99\ndate 0000-00-00\ndate \n", n)
	}},
	{"time-soup", func(n int) string {
		return gateFill("next week on Monday 3 March 1987 the 1990s 20 years ago within two weeks since 99999999999 BC by the end of the year every Tuesday at 10 p.m. the 31st of February ", n)
	}},
	{"combining-marks", func(n int) string { return "a" + gateFill("\u0301", n) }},
	{"unicode-mix", func(n int) string {
		return gateFill("İstanbul ﬁnal Straße Ω 🇺🇦🇷🇺 مرحبا 中文会谈 \u200d\ufeff\u202e Ḱ̈ ", n)
	}},
	{"list-items", func(n int) string { return gateFill("- \n* Russia\n1. talks\n• said\n", n) }},
}

// TestAdversarial runs every shape: no panic, no error, a valid Report.
func TestAdversarial(t *testing.T) {
	e := gateExtractor(t)
	size := gateMiB
	if testing.Short() {
		size = 64 << 10
	}
	for _, s := range gateShapes {
		t.Run(s.name, func(t *testing.T) {
			text := s.gen(size)
			if !utf8.ValidString(text) {
				t.Fatalf("generator made invalid UTF-8")
			}
			r, err := gateExtract(e, diplo.Document{ID: s.name, Text: text})
			if err != nil {
				t.Fatalf("Extract(%d bytes of %s) = %v", len(text), s.name, gateShort(err))
			}
			if err := gateCheck(r, text); err != nil {
				t.Errorf("%s:\n%s", s.name, gateShort(err))
			}
			if err := gateEmptyUnlessWords(r, text); err != nil {
				t.Errorf("%s: %v", s.name, err)
			}
		})
	}
}

// TestAdversarialSmall runs hand-made edge cases.
func TestAdversarialSmall(t *testing.T) {
	e := gateExtractor(t)
	nopunct := 8 * gateMiB
	if testing.Short() {
		nopunct = gateMiB
	}
	tests := []struct {
		name string
		text string
	}{
		{name: "empty", text: ""},
		{name: "one space", text: " "},
		{name: "one newline", text: "\n"},
		{name: "only whitespace", text: " \t \n\n\r\n \u00a0 \u3000 "},
		{name: "only punctuation", text: "?!.,;:--...!!!\"'()"},
		{name: "one quote", text: `"`},
		{name: "one curly quote", text: "“"},
		{name: "single letter", text: "a"},
		{name: "single multibyte rune", text: "€"},
		{name: "nul only", text: "\x00"},
		{name: "date line only", text: "date 2024-03-01"},
		{name: "date line and title", text: "date 2024-03-01\nTalks resume\n"},
		{name: "bad date line", text: "date 2024-13-45\nTitle\n\nThe minister said talks would resume next week."},
		{name: "dateline without body", text: "MOSCOW, April 13 -"},
		{name: "label without turn", text: "THE PRESIDENT:"},
		{name: "quote never closed", text: `The minister said: "we will never agree to talks`},
		{name: "quote closed twice", text: `"Yes," he said." "`},
		{name: "statement at end", text: "Lavrov said"},
		{name: "condition cue at end", text: "Russia will attend only if"},
		{name: "meeting word alone", text: "summit"},
		{name: "10000 nested brackets", text: strings.Repeat("(", 10000) + "talks" + strings.Repeat(")", 10000)},
		{name: "10000 open brackets", text: strings.Repeat("(", 10000)},
		{name: "10000 close brackets", text: strings.Repeat(")", 10000)},
		{name: "10000 nested quotes", text: strings.Repeat(`"‘`, 10000) + "said" + strings.Repeat(`’"`, 10000)},
		{name: "table with 10000 columns", text: gateWideTable(10000, 0)},
		{name: "1 MB of quotes", text: gateFill(`"“”'‘’`, gateMiB)},
		{name: "huge single word", text: gateFill("Z", gateMiB)},
		{name: "8 MB sentence without punctuation", text: gateShapeGen("no-punctuation")(nopunct)},
		{name: "text ending in a lone combining mark", text: "Talks\u0301"},
		{name: "BOM", text: "\ufeffdate 2024-03-01\nTitle\n\nBody."},
		{name: "CRLF article", text: "date 2024-03-01\r\nTitle\r\n\r\nThe minister said on Monday that talks would resume.\r\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := gateExtract(e, diplo.Document{ID: tt.name, Text: tt.text})
			if err != nil {
				t.Fatalf("Extract = %v", gateShort(err))
			}
			if err := gateCheck(r, tt.text); err != nil {
				t.Errorf("%s", gateShort(err))
			}
			if err := gateEmptyUnlessWords(r, tt.text); err != nil {
				t.Errorf("%v", err)
			}
		})
	}
}

// TestInvalidUTF8 checks that text that is not UTF-8 gives ErrInvalidUTF8,
// whatever surrounds the bad bytes.
func TestInvalidUTF8(t *testing.T) {
	e := gateExtractor(t)
	tests := []struct {
		name string
		text string
	}{
		{name: "lone continuation byte", text: "\x80"},
		{name: "0xff", text: "The minister \xff said."},
		{name: "truncated rune at end", text: "Talks in Zürich\xc3"},
		{name: "truncated rune in middle", text: "talks \xe2\x80 resumed"},
		{name: "overlong slash", text: "a\xc0\xafb"},
		{name: "surrogate half", text: "x\xed\xa0\x80y"},
		{name: "beyond U+10FFFF", text: "\xf4\x90\x80\x80"},
		{name: "latin-1 article", text: "date 2024-03-01\nCaf\xe9 talks\n\nThe minister said talks would resume in S\xe3o Paulo."},
		{name: "bad byte after 1 MB", text: gateFill("Talks resumed. ", gateMiB) + "\xfe"},
		{name: "bad byte among NULs", text: "\x00\x00\xc1\x00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := gateExtract(e, diplo.Document{ID: tt.name, Text: tt.text})
			if !errors.Is(err, extract.ErrInvalidUTF8) {
				t.Errorf("Extract(%q...) error = %v, want ErrInvalidUTF8", gateHead(tt.text), err)
			}
			_, err = func() (r diplo.Report, err error) {
				defer func() {
					if p := recover(); p != nil {
						err = fmt.Errorf("panic: %v", p)
					}
				}()
				return e.ExtractText(tt.text)
			}()
			if !errors.Is(err, extract.ErrInvalidUTF8) {
				t.Errorf("ExtractText error = %v, want ErrInvalidUTF8", err)
			}
		})
	}
}

// TestTooLarge checks the documented size limit.
func TestTooLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("allocates 64 MiB")
	}
	e := gateExtractor(t)
	text := strings.Repeat("a", extract.MaxTextSize+1)
	if _, err := gateExtract(e, diplo.Document{Text: text}); !errors.Is(err, extract.ErrTooLarge) {
		t.Errorf("Extract(MaxTextSize+1 bytes) error = %v, want ErrTooLarge", err)
	}
}

// TestConcurrentUse runs one Extractor from several goroutines (run with
// -race) and checks each result equals the sequential one.
func TestConcurrentUse(t *testing.T) {
	e := gateExtractor(t)
	texts := []string{
		"date 2024-03-01\nLeaders meet\n\nPresident Biden met Chancellor Scholz in Berlin on Friday. \"We agreed on sanctions,\" Biden said.",
		"MOSCOW, April 13 - Soviet Foreign Minister Eduard Shevardnadze said on Monday Moscow was ready for talks with Washington if the United States dropped its conditions.",
		"Q: Will the President travel to Asia?\nMS. PSAKI: He will attend the summit next month.",
		gateShapeGen("no-punctuation")(64 << 10),
		gateShapeGen("open-brackets")(64 << 10),
	}
	want := make([]diplo.Report, len(texts))
	for i, s := range texts {
		r, err := gateExtract(e, diplo.Document{ID: fmt.Sprint(i), Text: s})
		if err != nil {
			t.Fatalf("text %d: %v", i, gateShort(err))
		}
		want[i] = r
	}
	const rounds = 4
	got := make([][]diplo.Report, rounds)
	errs := make([][]error, rounds)
	var wg sync.WaitGroup
	for g := range rounds {
		got[g] = make([]diplo.Report, len(texts))
		errs[g] = make([]error, len(texts))
		wg.Go(func() {
			for k := range texts {
				i := (k + g) % len(texts)
				got[g][i], errs[g][i] = gateExtract(e, diplo.Document{ID: fmt.Sprint(i), Text: texts[i]})
			}
		})
	}
	wg.Wait()
	for g := range rounds {
		for i := range texts {
			if errs[g][i] != nil {
				t.Errorf("goroutine %d text %d: %v", g, i, gateShort(errs[g][i]))
				continue
			}
			if diff := cmp.Diff(want[i], got[g][i]); diff != "" {
				t.Errorf("goroutine %d text %d: concurrent result differs (-want +got):\n%s", g, i, diff)
			}
		}
	}
}

// gateShapeGen returns the generator of the named shape.
func gateShapeGen(name string) func(int) string {
	for _, s := range gateShapes {
		if s.name == name {
			return s.gen
		}
	}
	panic("no shape " + name)
}

func gateHead(s string) string {
	if len(s) > 40 {
		return s[:40]
	}
	return s
}

// BenchmarkAdversarial times every shape at 1 MiB and 8 MiB. Linear time
// means the 8MB/1MB ratio of ns/op stays near 8 (target <= 10). Besides
// wall time it reports cpu-ns/op, the process CPU time per op (garbage
// collection included), which depends less on what else the machine runs:
//
//	go test -run '^$' -bench Adversarial -benchtime 3x ./extract
func BenchmarkAdversarial(b *testing.B) {
	e := gateExtractor(b)
	for _, s := range gateShapes {
		for _, sz := range []struct {
			name string
			n    int
		}{{"1MB", gateMiB}, {"8MB", 8 * gateMiB}} {
			b.Run(s.name+"/"+sz.name, func(b *testing.B) {
				text := s.gen(sz.n)
				doc := diplo.Document{ID: s.name, Text: text}
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				runs := 0
				cpu := gateCPUTime()
				for b.Loop() {
					if _, err := e.Extract(doc); err != nil {
						b.Fatal(err)
					}
					runs++
				}
				if cpu > 0 && runs > 0 {
					b.ReportMetric(float64(gateCPUTime()-cpu)/float64(runs), "cpu-ns/op")
				}
			})
		}
	}
}

// TestGateCheck makes sure the invariant checker used by the tests above
// catches what it is meant to catch.
func TestGateCheck(t *testing.T) {
	const text = "Zürich talks"
	ok := diplo.Report{Document: diplo.Document{Text: text}}
	tests := []struct {
		name   string
		report diplo.Report
		text   string
		bad    bool
	}{
		{name: "empty report", report: ok, text: text},
		{name: "text changed", report: ok, text: text + ".", bad: true},
		{name: "span past the end", report: diplo.Report{
			Document: ok.Document,
			Times:    []diplo.Time{{ID: "time:0", Span: diplo.Span{Start: 8, End: 99}, Type: diplo.Date}},
		}, text: text, bad: true},
		{name: "span inside a rune", report: diplo.Report{
			Document: ok.Document,
			Times:    []diplo.Time{{ID: "time:0", Span: diplo.Span{Start: 2, End: 4}, Type: diplo.Date}},
		}, text: text, bad: true},
		{name: "reversed span in a nested field", report: diplo.Report{
			Document: ok.Document,
			Actors: []diplo.Actor{{ID: "country:CHE", Name: "Switzerland", Kind: diplo.Country,
				Mentions: []diplo.Mention{{Span: diplo.Span{Start: 5, End: 1}}}}},
		}, text: text, bad: true},
		{name: "dangling reference", report: diplo.Report{
			Document:   ok.Document,
			Statements: []diplo.Statement{{ID: "statement:0", Speakers: []string{"person:nobody"}}},
		}, text: text, bad: true},
		{name: "good span", report: diplo.Report{
			Document: ok.Document,
			Times:    []diplo.Time{{ID: "time:0", Span: diplo.Span{Start: 0, End: 7}, Type: diplo.Date}},
		}, text: text},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := gateCheck(tt.report, tt.text)
			if got := err != nil; got != tt.bad {
				t.Errorf("gateCheck error = %v, want error: %v", err, tt.bad)
			}
		})
	}
}

// TestGateEmptyUnlessWords makes sure the empty-report check can fail.
func TestGateEmptyUnlessWords(t *testing.T) {
	actor := []diplo.Actor{{ID: "country:RUS", Name: "Russia", Kind: diplo.Country}}
	tests := []struct {
		name string
		text string
		r    diplo.Report
		bad  bool
	}{
		{name: "punctuation, empty report", text: "?!", r: diplo.Report{}},
		{name: "punctuation, an actor", text: "?!", r: diplo.Report{Actors: actor}, bad: true},
		{name: "whitespace, a time", text: " \n", r: diplo.Report{Times: []diplo.Time{{ID: "time:0"}}}, bad: true},
		{name: "a word, an actor", text: "Russia", r: diplo.Report{Actors: actor}},
		{name: "a digit, a time", text: "1987", r: diplo.Report{Times: []diplo.Time{{ID: "time:0"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := gateEmptyUnlessWords(tt.r, tt.text)
			if got := err != nil; got != tt.bad {
				t.Errorf("gateEmptyUnlessWords error = %v, want error: %v", err, tt.bad)
			}
		})
	}
}

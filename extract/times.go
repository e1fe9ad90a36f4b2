package extract

import (
	"strconv"
	"strings"

	"github.com/parleyhq/parley/diplo"
	"github.com/parleyhq/parley/internal/text"
	"github.com/parleyhq/parley/internal/timex"
)

// findTimes tags every time expression of the text against the reference date.
func (e *Extractor) findTimes(a *article) {
	ref := timex.Ref{Date: a.published, Known: !a.published.IsZero()}
	xs := e.tagger.TagSized(a.t.Norm, ref, len(a.t.Toks))
	a.times = make([]timeRec, 0, len(xs))
	for _, x := range xs {
		if a.inDateLine(x.Start) {
			continue // the "date YYYY-MM-DD" header is metadata, not text
		}
		a.times = append(a.times, a.timeOf(x, len(a.times)))
	}
}

// inDateLine reports whether Norm offset i lies in the article's date line.
func (a *article) inDateLine(i int) bool {
	if len(a.t.Blocks) == 0 {
		return false
	}
	b := a.t.Blocks[0] // a date line can only be the first block
	return b.Kind == text.DateLine && b.Start <= i && i < b.End
}

var timeTypes = map[string]diplo.TimeType{"DATE": diplo.Date, "TIME": diplo.Clock, "DURATION": diplo.Duration, "SET": diplo.Set}

// timeOf converts a tagged expression into a timeRec with ID "time:N".
func (a *article) timeOf(x timex.Expr, n int) timeRec {
	sp := a.span(x.Start, x.End)
	t := diplo.Time{
		ID: "time:" + strconv.Itoa(n), Span: sp, Text: a.doc.Text[sp.Start:sp.End],
		Type: timeTypes[x.Type], Value: x.Value,
	}
	if t.Type == 0 {
		t.Type = diplo.Date
	}
	if x.Mod != "" {
		t.Mod, _ = diplo.ParseMod(x.Mod)
	}
	v := x.Value
	if x.Bound != "" {
		v = x.Bound
	}
	if iv, g, ok := diplo.ParseValue(v, t.Mod); ok {
		t.Interval, t.Granularity = iv, g
	} else if strings.Contains(x.Value, "X") {
		t.Unresolved = true
	}
	return timeRec{Time: t, start: x.Start, end: x.End, tense: x.Tense}
}

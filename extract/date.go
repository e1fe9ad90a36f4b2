package extract

import (
	"time"

	"github.com/parleyhq/parley/internal/text"
)

// findDate sets the reference date: the caller's, else the text's, else
// Options.Reference.
//
// A wire dateline without a year ("GENEVA, March 4 (Reuters) -") dates the
// article when the year is known: from Options.Reference, or else from the
// text itself, the latest year the article gives with a month ("in January
// 2026", "March 4, 2026").
func (e *Extractor) findDate(a *article) {
	if !a.doc.Published.IsZero() {
		a.published = a.doc.Published
		return
	}
	ref := e.opts.Reference
	if ref.IsZero() {
		if y := latestMonthYear(a.t); y > 0 {
			// PublicationDate takes a yearless dateline into ref's year, or
			// the year before when that would put it over six months after
			// ref: December 31st keeps it in year y.
			if d, ok := text.PublicationDate(a.t, time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC)); ok {
				a.published = d
				return
			}
		}
	}
	if d, ok := text.PublicationDate(a.t, ref); ok {
		a.published = d
		return
	}
	a.published = ref
}

// latestMonthYear is the latest year between 1900 and 2100 that the text
// writes after a month name, directly or after a day ("January 2026",
// "March 4, 2026"); 0 when there is none.
func latestMonthYear(d *text.Doc) int {
	best := 0
	for i, t := range d.Toks {
		if !t.Is(text.Number) || t.End-t.Start != 4 {
			continue
		}
		y := 0
		for _, c := range []byte(d.Norm[t.Start:t.End]) {
			y = y*10 + int(c-'0')
		}
		if y < 1900 || y > 2100 || y <= best {
			continue
		}
		j := i - 1
		if j >= 1 && d.TokText(j) == "," {
			j--
		}
		if j >= 1 && d.Toks[j].Is(text.Number) && d.Toks[j].End-d.Toks[j].Start <= 2 {
			j--
		}
		if j >= 0 && text.Month(d.TokLower(j)) != 0 {
			best = y
		}
	}
	return best
}

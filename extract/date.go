package extract

import "github.com/parleyhq/parley/internal/text"

// findDate sets the reference date: the caller's, else the text's, else
// Options.Reference.
func (e *Extractor) findDate(a *article) {
	switch {
	case !a.doc.Published.IsZero():
		a.published = a.doc.Published
	default:
		if d, ok := text.PublicationDate(a.t, e.opts.Reference); ok {
			a.published = d
		} else {
			a.published = e.opts.Reference
		}
	}
}

package extract

import (
	"github.com/parleyhq/parley/diplo"
	"github.com/parleyhq/parley/internal/text"
)

func Document0(s string) diplo.Document { return diplo.Document{Text: s} }
func analyzeForDebug(s string) *text.Doc { return text.Analyze(s) }

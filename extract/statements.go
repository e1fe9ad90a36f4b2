package extract

// findStatements fills a.statements. (Stub.)
func (e *Extractor) findStatements(a *article) {}

// statementLex holds the reporting cues and evidential markers.
type statementLex struct{}

func newStatementLex(opts Options) (*statementLex, error) { return &statementLex{}, nil }

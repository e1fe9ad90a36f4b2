package extract

// findConditions fills a.conditions. (Stub.)
func (e *Extractor) findConditions(a *article) {}

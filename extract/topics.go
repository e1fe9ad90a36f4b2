package extract

// findTopics fills a.topics and the topics of meetings and statements. (Stub.)
func (e *Extractor) findTopics(a *article) {}

// topicLex holds the weighted topic words.
type topicLex struct{}

func newTopicLex(opts Options) (*topicLex, error) { return &topicLex{}, nil }

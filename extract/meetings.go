package extract

// findMeetings fills a.meetings. (Stub.)
func (e *Extractor) findMeetings(a *article) {}

// meetingLex holds the meeting triggers and status markers.
type meetingLex struct{}

func newMeetingLex(opts Options) (*meetingLex, error) { return &meetingLex{}, nil }

package main

import (
	"strings"

	"github.com/parleyhq/parley/diplo"
)

// The answer-key format of the annotation guide (../shared/gold/GUIDE.md).
type answer struct {
	Doc        string            `json:"doc"`
	Published  *string           `json:"published"`
	Actors     []answerActor     `json:"actors"`
	Statements []answerStatement `json:"statements"`
	Meetings   []answerMeeting   `json:"meetings"`
	Conditions []answerCondition `json:"conditions"`
	Topics     []diplo.Topic     `json:"topics"`
}

type answerActor struct {
	Name    string   `json:"name"`
	Kind    string   `json:"kind"`
	Country string   `json:"country"`
	Titles  []string `json:"titles"`
	Aliases []string `json:"aliases"`
}

type answerStatement struct {
	Speaker    any      `json:"speaker"` // a name, or a list for joint statements
	Cue        string   `json:"cue"`
	Content    string   `json:"content"`
	Direct     bool     `json:"direct"`
	ReportedBy []string `json:"reported_by"`
	Evidential string   `json:"evidential"`
}

type answerTime struct {
	Text  string  `json:"text"`
	Value *string `json:"value"`
	Mod   string  `json:"mod,omitempty"`
}

type answerMeeting struct {
	Kind         string        `json:"kind"`
	Parties      []string      `json:"parties"`
	Participants []string      `json:"participants"`
	Location     *string       `json:"location"`
	Time         *answerTime   `json:"time"`
	Status       string        `json:"status"`
	Topics       []diplo.Topic `json:"topics"`
	Evidence     string        `json:"evidence"`
	Also         []string      `json:"also"`
}

type answerWording struct {
	Cue         string `json:"cue"`
	Requirement string `json:"requirement"`
}

type answerCondition struct {
	Holder      string          `json:"holder"`
	Cue         string          `json:"cue"`
	Requirement string          `json:"requirement"`
	AppliesTo   string          `json:"applies_to"`
	Also        []answerWording `json:"also"`
}

// Answer converts a Report into the answer-key format.
func Answer(r diplo.Report) any {
	a := answer{
		Doc: r.Document.ID, Actors: []answerActor{}, Statements: []answerStatement{},
		Meetings: []answerMeeting{}, Conditions: []answerCondition{}, Topics: nonNil(r.Topics),
	}
	if !r.Document.Published.IsZero() {
		p := r.Document.Published.Format("2006-01-02")
		a.Published = &p
	}
	names := map[string]diplo.Actor{}
	for _, x := range r.Actors {
		names[x.ID] = x
		a.Actors = append(a.Actors, answerActor{
			Name: x.Name, Kind: x.Kind.String(), Country: x.Country,
			Titles: nonNil(x.Titles), Aliases: nonNil(x.Aliases),
		})
	}
	name := func(id string) string {
		if x, ok := names[id]; ok {
			return x.Name
		}
		return id
	}
	party := func(id string) string {
		if c, ok := strings.CutPrefix(id, "country:"); ok {
			return c
		}
		return name(id)
	}
	for _, s := range r.Statements {
		st := answerStatement{
			Cue: s.Cue, Content: s.Content, Direct: s.Direct,
			ReportedBy: mapIDs(s.ReportedBy, name), Evidential: s.Evidential.String(),
		}
		if sp := mapIDs(s.Speakers, name); len(sp) == 1 {
			st.Speaker = sp[0]
		} else {
			st.Speaker = sp
		}
		a.Statements = append(a.Statements, st)
	}
	text := r.Document.Text
	for _, m := range r.Meetings {
		am := answerMeeting{
			Kind: m.Kind.String(), Parties: mapIDs(m.Parties, party),
			Participants: mapIDs(m.Participants, name), Status: m.Status.String(),
			Topics: nonNil(m.Topics), Also: []string{},
		}
		switch {
		case m.Location.ThirdCountry:
			loc := "third country"
			am.Location = &loc
		case m.Location.Name != "":
			loc := m.Location.Name
			am.Location = &loc
		}
		if t, ok := r.Time(m.Time); ok {
			am.Time = timeAnswer(t)
		}
		for i, e := range m.Evidence {
			if i == 0 {
				am.Evidence = e.Of(text)
			} else {
				am.Also = append(am.Also, e.Of(text))
			}
		}
		a.Meetings = append(a.Meetings, am)
	}
	for _, c := range r.Conditions {
		ac := answerCondition{
			Holder: name(c.Holder), Cue: c.Cue, Requirement: c.Requirement,
			AppliesTo: c.AppliesTo, Also: []answerWording{},
		}
		for _, w := range c.Also {
			ac.Also = append(ac.Also, answerWording{w.Cue, w.Requirement})
		}
		a.Conditions = append(a.Conditions, ac)
	}
	return a
}

// timeAnswer is the guide's {"text", "value", "mod"}: the TIMEX3 value, the
// ISO interval a bounded duration denotes, or null when unresolved.
func timeAnswer(t diplo.Time) *answerTime {
	at := &answerTime{Text: t.Text, Mod: t.Mod.TIMEX3()}
	switch {
	case t.Unresolved:
	case t.Type == diplo.Duration && !t.Interval.Start.IsZero() && !t.Interval.End.IsZero():
		v := t.Interval.Start.Format("2006-01-02") + "/" + t.Interval.End.Format("2006-01-02")
		at.Value = &v
	case t.Type != diplo.Duration && t.Value != "":
		v := t.Value
		at.Value = &v
	}
	return at
}

func mapIDs(ids []string, f func(string) string) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		out = append(out, f(id))
	}
	return out
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

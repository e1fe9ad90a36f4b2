package extract

import "github.com/parleyhq/parley/diplo"

// actorRec is an actor under construction.
type actorRec struct {
	name    string
	kind    diplo.ActorKind
	country string
	titles  []string
	aliases []string
}

// findActors fills a.actors and a.mentions. (Stub: the actor layer.)
func (e *Extractor) findActors(a *article) {}

// publicActors turns the actor records into the Report's actors.
func (a *article) publicActors() []diplo.Actor {
	out := make([]diplo.Actor, 0, len(a.actors))
	for i, r := range a.actors {
		act := diplo.Actor{
			ID: diplo.ActorID(r.kind, r.name, r.country), Name: r.name, Kind: r.kind,
			Country: r.country, Titles: r.titles, Aliases: r.aliases,
		}
		for _, m := range a.mentions {
			if m.actor == i {
				act.Mentions = append(act.Mentions, diplo.Mention{Span: a.span(m.start, m.end), Kind: m.kind})
			}
		}
		out = append(out, act)
	}
	return out
}

// actorLex holds the actor lexicons (countries, organizations, media,
// titles, people), parsed once by New.
type actorLex struct{}

func newActorLex(opts Options) (*actorLex, error) { return &actorLex{}, nil }

// The contract other stages rely on (bodies belong to the actor layer).

// place looks up a place name (country, capital, city; lower-cased,
// normalized text) and returns its normal name and the ISO alpha-3 code of
// its country.
func (e *Extractor) place(lower string) (name, iso string, ok bool) { return "", "", false }

// countryActor returns the index of the country actor with the ISO code,
// adding it to a.actors when the article has none yet.
func (e *Extractor) countryActor(a *article, iso string) int { return -1 }

// mentionsIn returns the indices (into a.mentions) of the mentions that lie
// inside [start, end), in text order.
func (a *article) mentionsIn(start, end int) []int {
	var out []int
	for i, m := range a.mentions {
		if m.start >= start && m.end <= end {
			out = append(out, i)
		}
	}
	return out
}

package timex

// TEMPORARY stub written by the lead so that other packages compile while
// the real tagger is being written. Whoever writes the real Ref, Expr,
// Tagger, New and Tag: delete this file.

import "time"

type Ref struct {
	Date  time.Time
	Known bool
}

type Expr struct {
	Start, End  int
	Type, Value string
	Mod         string
	Quant, Freq string
	Bound       string
	Tense       int
}

type Tagger struct{}

func New() *Tagger { return &Tagger{} }

func (t *Tagger) Tag(text string, ref Ref) []Expr { return nil }

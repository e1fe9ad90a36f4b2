package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// gotCond is the part of a condition the tests compare.
type gotCond struct {
	Holder      string
	Cue         string
	Requirement string
	AppliesTo   string
	Also        string // "cue: requirement" of the other wordings, joined by " / "
	Target      string // "statement", "meeting" or ""
}

func runConditions(t *testing.T, src string, acts []tActor) []gotCond {
	t.Helper()
	_, a := runStatements(t, src, acts)
	e, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	e.findConditions(a)
	names := map[string]string{}
	for i := range a.actors {
		names[a.actorID(i)] = a.actors[i].name
	}
	var out []gotCond
	for _, c := range a.conditions {
		if got := a.doc.Text[c.RequirementSpan.Start:c.RequirementSpan.End]; got != c.Requirement {
			t.Errorf("requirement span %v is %q, requirement %q", c.RequirementSpan, got, c.Requirement)
		}
		var also []string
		for _, w := range c.Also {
			also = append(also, w.Cue+": "+w.Requirement)
		}
		target, _, _ := strings.Cut(c.Target, ":")
		out = append(out, gotCond{names[c.Holder], c.Cue, c.Requirement, c.AppliesTo, strings.Join(also, " / "), target})
	}
	return out
}

func TestConditions(t *testing.T) {
	tZel := tActor{"Volodymyr Zelenskyy", "person", "UKR", []string{"Zelenskyy"}}
	tPutin := tActor{"Vladimir Putin", "person", "RUS", []string{"President Putin", "Putin"}}
	tRyabkov := tActor{"Sergei Ryabkov", "person", "RUS", []string{"Ryabkov"}}
	tests := []struct {
		name   string
		text   string
		actors []tActor
		want   []gotCond
	}{
		{
			name:   "provided that after a stance",
			text:   "Zelenskyy has expressed willingness to engage in direct talks with President Putin, provided that the United States and other stakeholders are also involved.",
			actors: []tActor{tZel, tPutin, tUSA},
			want: []gotCond{{"Volodymyr Zelenskyy", "provided that", "the United States and other stakeholders are also involved",
				"direct talks with President Putin", "", "statement"}},
		},
		{
			name:   "with the condition that, subject holder",
			text:   "Russia has expressed its willingness to engage in dialogue with the United States, but with the condition that the discussions cover all aspects, including the conflict in Ukraine.",
			actors: []tActor{tRussia, tUSA, tUkraine},
			want: []gotCond{{"Russia", "with the condition that", "the discussions cover all aspects, including the conflict in Ukraine",
				"dialogue with the United States", "", "statement"}},
		},
		{
			name:   "must take the first step inside reported speech",
			text:   "Russian officials have indicated that the United States must take the first step in improving bilateral ties.",
			actors: []tActor{tRussia, tUSA},
			want: []gotCond{{"Russia", "must take the first step", "the United States must take the first step in improving bilateral ties",
				"improving bilateral ties", "", "statement"}},
		},
		{
			name: "stated twice is one condition",
			text: "The possibility of arms control talks was also raised by Ryabkov, contingent upon a perceived shift in US policy. " +
				"He indicated that such conversations would only be feasible if US policy changes for the better.",
			actors: []tActor{tRyabkov, tUSA},
			want: []gotCond{{"Sergei Ryabkov", "only be feasible if", "US policy changes for the better", "such conversations",
				"contingent upon: a perceived shift in US policy", "statement"}},
		},
		{
			name:   "unless with a party subject and no statement",
			text:   "Moscow will not attend the summit unless sanctions are lifted.",
			actors: []tActor{tRussia},
			want:   []gotCond{{"Russia", "unless", "sanctions are lifted", "attend the summit", "", ""}},
		},
		{
			name: "conditions in a labelled answer are the answerer's",
			text: "Interviewer: Will inspectors return?\n\nPetrova: Inspectors can return to all sites on condition that the European parties withdraw their notification. " +
				"We will answer every question about the stockpile, but the agency must first stop leaking reports to the press. " +
				"The minister will travel to Vienna in June only if the technical round produces results.",
			actors: []tActor{{"Maria Petrova", "person", "IRN", []string{"Petrova"}}},
			want: []gotCond{
				{"Maria Petrova", "on condition that", "the European parties withdraw their notification", "return to all sites", "", "statement"},
				{"Maria Petrova", "must first", "the agency must first stop leaking reports to the press", "answer every question about the stockpile", "", "statement"},
				{"Maria Petrova", "only if", "the technical round produces results", "travel to Vienna in June", "", "statement"},
			},
		},
		{
			name:   "a verb phrase after a modal before a comma",
			text:   "\"Kyiv will not trade land for peace, unless the people decide so in a referendum,\" Zelenskyy said.",
			actors: []tActor{tZel, tUkraine},
			want:   []gotCond{{"Volodymyr Zelenskyy", "unless", "the people decide so in a referendum", "trade land for peace", "", "statement"}},
		},
		{
			name:   "a verb phrase before the cue",
			text:   "Lavrov said Moscow was prepared to extend the pause provided that Washington resumes purchases.",
			actors: []tActor{tLavrov, tRussia, tUSA},
			want:   []gotCond{{"Sergei Lavrov", "provided that", "Washington resumes purchases", "extend the pause", "", "statement"}},
		},
		{
			name:   "a condition opening its sentence ends at the comma",
			text:   "Unless sanctions are lifted, Moscow will not attend the summit, Lavrov said.",
			actors: []tActor{tRussia, tLavrov},
			want:   []gotCond{{"Sergei Lavrov", "Unless", "sanctions are lifted", "", "", "statement"}},
		},
		{
			name:   "a quotation inside the requirement",
			text:   `Araghchi stated that Tehran would consider talks only if Washington lifts its "maximum pressure" sanctions first.`,
			actors: []tActor{{"Abbas Araghchi", "person", "IRN", []string{"Araghchi"}}, {"Iran", "country", "IRN", []string{"Tehran"}}, tUSA},
			want:   []gotCond{{"Abbas Araghchi", "only if", `Washington lifts its "maximum pressure" sanctions first`, "consider talks", "", "statement"}},
		},
		{
			name:   "must first after a cue verb",
			text:   "Seoul welcomed the offer but said the two countries must first restore mutual trust.",
			actors: []tActor{{"South Korea", "country", "KOR", []string{"Seoul"}}},
			want:   []gotCond{{"South Korea", "must first", "the two countries must first restore mutual trust", "", "", "statement"}},
		},
		{
			name:   "economic dependence is no condition",
			text:   "Congo depends on copper for most of its export earnings, officials of Congo said.",
			actors: []tActor{{"Congo", "country", "COD", nil}},
			want:   nil,
		},
		{
			name:   "the outer speaker holds a condition in reported speech",
			text:   "Zelenskyy said Ukraine would agree to a ceasefire as long as security guarantees were provided.",
			actors: []tActor{tZel, tUkraine},
			want:   []gotCond{{"Volodymyr Zelenskyy", "as long as", "security guarantees were provided", "a ceasefire", "", "statement"}},
		},
		{
			name:   "precondition for, requirement before the cue",
			text:   "Iran has insisted that sanctions relief is a precondition for any new nuclear deal.",
			actors: []tActor{{"Iran", "country", "IRN", nil}},
			want:   []gotCond{{"Iran", "is a precondition for", "sanctions relief", "any new nuclear deal", "", "statement"}},
		},
		{
			name:   "in exchange for",
			text:   "Lavrov said Russia would release the prisoners in exchange for an end to sanctions.",
			actors: []tActor{tLavrov, tRussia},
			want:   []gotCond{{"Sergei Lavrov", "in exchange for", "an end to sanctions", "release the prisoners", "", "statement"}},
		},
		{
			name:   "analyst's condition is no condition",
			text:   "Analysts say a deal is possible only if both sides compromise.",
			actors: []tActor{tAnalyst},
			want:   nil,
		},
		{
			name:   "author's condition is no condition",
			text:   "Progress on arms control is highly contingent on the political will of both parties.",
			actors: []tActor{tRussia},
			want:   nil,
		},
		{
			name:   "expert without a state is no holder",
			text:   "Dr. Maria Petrova: Significant progress hinges upon a shift in U.S. policy.",
			actors: []tActor{tIvanova, tUSA},
			want:   nil,
		},
		{
			name:   "object of a preposition is no holder",
			text:   "As the U.S. and Russia enter this phase, the path forward hinges on a mutual willingness to engage.",
			actors: []tActor{tUSA, tRussia},
			want:   nil,
		},
		{
			name:   "question is no condition",
			text:   "Will Russia negotiate only if sanctions are lifted?",
			actors: []tActor{tRussia},
			want:   nil,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := runConditions(t, tc.text, tc.actors)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("conditions (-want +got):\n%s", diff)
			}
		})
	}
}

package extract

import (
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/parleyhq/parley/diplo"
	"github.com/parleyhq/parley/internal/text"
)

// devArticle builds an article whose actor layer is filled by hand: every
// occurrence of a surface form (case-sensitive, word-bounded) is a mention;
// "he"/"He"/"she"/"She" refer to the last person mentioned.
func devArticle(src string, actors []actorRec, forms [][]string) *article {
	a := &article{doc: diplo.Document{Text: src}, t: text.Analyze(src)}
	a.actors = actors
	norm := a.t.Norm
	type f struct {
		s     string
		actor int
	}
	var fs []f
	for i, ff := range forms {
		for _, s := range ff {
			fs = append(fs, f{s, i})
		}
	}
	sort.SliceStable(fs, func(i, j int) bool { return len(fs[i].s) > len(fs[j].s) })
	taken := make([]bool, len(norm)+1)
	isW := func(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' }
	for _, x := range fs {
		for off := 0; ; {
			k := strings.Index(norm[off:], x.s)
			if k < 0 {
				break
			}
			s, e := off+k, off+k+len(x.s)
			off = e
			if s > 0 && isW(norm[s-1]) || e < len(norm) && isW(norm[e]) {
				continue
			}
			if slices.Contains(taken[s:e], true) {
				continue
			}
			for i := s; i < e; i++ {
				taken[i] = true
			}
			a.mentions = append(a.mentions, mention{start: s, end: e, actor: x.actor, kind: diplo.ByName})
		}
	}
	sort.Slice(a.mentions, func(i, j int) bool { return a.mentions[i].start < a.mentions[j].start })
	// pronouns
	last := -1
	var out []mention
	mi := 0
	for t := range a.t.Toks {
		tk := a.t.Toks[t]
		for mi < len(a.mentions) && a.mentions[mi].start <= tk.Start {
			if actors[a.mentions[mi].actor].kind == diplo.Person {
				last = a.mentions[mi].actor
			}
			out = append(out, a.mentions[mi])
			mi++
		}
		w := a.t.TokLower(t)
		if (w == "he" || w == "she") && last >= 0 {
			out = append(out, mention{start: tk.Start, end: tk.End, actor: last, kind: diplo.ByPronoun})
		}
	}
	out = append(out, a.mentions[mi:]...)
	a.mentions = out
	return a
}

// tActor is a hand-made actor for statement tests: its record and the
// surface forms that are its mentions.
type tActor struct {
	name, kind, country string
	forms               []string
}

// handArticle builds an article whose actor layer is filled by hand.
func handArticle(t *testing.T, src string, acts []tActor) *article {
	t.Helper()
	var recs []actorRec
	var forms [][]string
	for _, x := range acts {
		var k diplo.ActorKind
		if err := k.UnmarshalText([]byte(x.kind)); err != nil {
			t.Fatal(err)
		}
		recs = append(recs, actorRec{name: x.name, kind: k, country: x.country})
		forms = append(forms, append([]string{x.name}, x.forms...))
	}
	return devArticle(src, recs, forms)
}

// gotStmt is the part of a statement the tests compare.
type gotStmt struct {
	Speaker    string // names joined by "+"
	Cue        string
	Content    string
	Direct     bool
	ReportedBy string
	Evidential string
}

func runStatements(t *testing.T, src string, acts []tActor) ([]gotStmt, *article) {
	t.Helper()
	e, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := handArticle(t, "Test headline\n\n"+src, acts)
	e.findTimes(a)
	e.findStatements(a)
	names := map[string]string{}
	for i := range a.actors {
		names[a.actorID(i)] = a.actors[i].name
	}
	var out []gotStmt
	for _, s := range a.statements {
		var sp, rb []string
		for _, id := range s.Speakers {
			sp = append(sp, names[id])
		}
		for _, id := range s.ReportedBy {
			rb = append(rb, names[id])
		}
		if got := a.doc.Text[s.ContentSpan.Start:s.ContentSpan.End]; got != s.Content {
			t.Errorf("content span %v is %q, content %q", s.ContentSpan, got, s.Content)
		}
		if got := a.doc.Text[s.CueSpan.Start:s.CueSpan.End]; got != s.Cue {
			t.Errorf("cue span %v is %q, cue %q", s.CueSpan, got, s.Cue)
		}
		out = append(out, gotStmt{strings.Join(sp, "+"), s.Cue, s.Content, s.Direct, strings.Join(rb, "+"), s.Evidential.String()})
	}
	return out, a
}

var (
	tRussia  = tActor{"Russia", "country", "RUS", []string{"Russian officials", "Moscow", "The Kremlin", "the Kremlin"}}
	tUSA     = tActor{"United States", "country", "USA", []string{"U.S.", "Washington"}}
	tUkraine = tActor{"Ukraine", "country", "UKR", nil}
	tPeskov  = tActor{"Dmitry Peskov", "person", "RUS", []string{"Peskov", "the Kremlin spokesman"}}
	tLavrov  = tActor{"Sergei Lavrov", "person", "RUS", []string{"Lavrov"}}
	tBlinken = tActor{"Antony Blinken", "person", "USA", []string{"Blinken"}}
	tReuters = tActor{"Reuters", "media", "", nil}
	tTass    = tActor{"TASS", "media", "RUS", nil}
	tAnalyst = tActor{"analysts", "group", "", []string{"Analysts"}}
	tSources = tActor{"sources", "group", "", []string{"people familiar with the matter"}}
	tIvanova = tActor{"Maria Petrova", "person", "", []string{"Dr. Maria Petrova", "Petrova"}}
	tEditor  = tActor{"Senior Editor", "person", "", nil}
	tNATO    = tActor{"NATO", "organization", "", nil}
	tChile   = tActor{"Chile", "country", "CHL", []string{"Santiago"}}
	tPeru    = tActor{"Peru", "country", "PER", []string{"Lima"}}
	tOrtiz   = tActor{"Ana Ortiz", "person", "CHL", []string{"Ortiz"}}
	tVega    = tActor{"Luis Vega", "person", "PER", []string{"Vega"}}
)

func TestStatements(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		actors []tActor
		want   []gotStmt
	}{
		{
			name:   "said that",
			text:   "Lavrov said that Moscow was ready for talks with Washington.",
			actors: []tActor{tLavrov, tRussia, tUSA},
			want:   []gotStmt{{"Sergei Lavrov", "said", "Moscow was ready for talks with Washington", false, "", "asserted"}},
		},
		{
			name:   "content first, speaker after",
			text:   "The talks were useful and should continue, Blinken said on Monday.",
			actors: []tActor{tBlinken},
			want:   []gotStmt{{"Antony Blinken", "said", "The talks were useful and should continue", false, "", "asserted"}},
		},
		{
			name:   "inverted quote",
			text:   `"We are ready to listen," said Peskov.`,
			actors: []tActor{tPeskov},
			want:   []gotStmt{{"Dmitry Peskov", "said", "We are ready to listen", true, "", "asserted"}},
		},
		{
			name:   "curly quote after speaker with colon",
			text:   "Peskov told reporters: \u201cThere is no agreement yet. Work continues.\u201d",
			actors: []tActor{tPeskov},
			want:   []gotStmt{{"Dmitry Peskov", "told", "There is no agreement yet. Work continues.", true, "", "asserted"}},
		},
		{
			name:   "according to, leading adverbial dropped",
			text:   "Amid the war, Russia and the United States are planning more talks, according to Lavrov.",
			actors: []tActor{tLavrov, tRussia, tUSA},
			want:   []gotStmt{{"Sergei Lavrov", "according to", "Russia and the United States are planning more talks", false, "", "asserted"}},
		},
		{
			name:   "According to first",
			text:   "According to remarks made by Peskov, Russia is open to a dialogue with the United States.",
			actors: []tActor{tPeskov, tRussia, tUSA},
			want:   []gotStmt{{"Dmitry Peskov", "According to", "Russia is open to a dialogue with the United States", false, "", "asserted"}},
		},
		{
			name:   "stance verb with object and participle",
			text:   "Kremlin spokesman Dmitry Peskov underscored the importance of direct contacts, stressing the need for a broad agenda.",
			actors: []tActor{tPeskov},
			want: []gotStmt{
				{"Dmitry Peskov", "underscored", "the importance of direct contacts", false, "", "asserted"},
				{"Dmitry Peskov", "stressing", "the need for a broad agenda", false, "", "asserted"},
			},
		},
		{
			name:   "author comment participle is cut and not a statement",
			text:   "Lavrov noted that contacts have picked up, signaling a shift in tone.",
			actors: []tActor{tLavrov},
			want:   []gotStmt{{"Sergei Lavrov", "noted", "contacts have picked up", false, "", "asserted"}},
		},
		{
			name:   "metonym and alias subjects",
			text:   "The Kremlin has acknowledged an increase in contacts. Russian officials have indicated that Washington must move first.",
			actors: []tActor{tRussia, tUSA},
			want: []gotStmt{
				{"Russia", "acknowledged", "an increase in contacts", false, "", "asserted"},
				{"Russia", "indicated", "Washington must move first", false, "", "asserted"},
			},
		},
		{
			name:   "object of a preposition is no speaker",
			text:   "The list of issues between Russia and the United States underscores the complexity of the moment.",
			actors: []tActor{tRussia, tUSA},
			want:   nil,
		},
		{
			name:   "possessive is no speaker",
			text:   "Russia's recent moves have raised concerns in Europe.",
			actors: []tActor{tRussia},
			want:   nil,
		},
		{
			name:   "author claim without source",
			text:   "There is concern that the talks could stall. The approach suggests a willingness to compromise.",
			actors: []tActor{tRussia},
			want:   nil,
		},
		{
			name:   "joint subject",
			text:   "Russia and the United States said in a joint statement that they would keep channels open.",
			actors: []tActor{tRussia, tUSA},
			want:   []gotStmt{{"Russia+United States", "said", "they would keep channels open", false, "", "asserted"}},
		},
		{
			name:   "passive by",
			text:   "The possibility of new arms talks was also raised by Lavrov.",
			actors: []tActor{tLavrov},
			want:   []gotStmt{{"Sergei Lavrov", "raised by", "The possibility of new arms talks", false, "", "asserted"}},
		},
		{
			name:   "as announced by",
			text:   "The meeting in Geneva, as announced by the Kremlin, will focus on security.",
			actors: []tActor{tRussia},
			want:   []gotStmt{{"Russia", "as announced by", "The meeting in Geneva", false, "", "asserted"}},
		},
		{
			name:   "pronoun speaker and channel in the sentence",
			text:   "Lavrov spoke in Ankara. He outlined two tracks: Ukraine and bilateral issues, as reported by Reuters.",
			actors: []tActor{tLavrov, tReuters, tUkraine},
			want:   []gotStmt{{"Sergei Lavrov", "outlined", "two tracks: Ukraine and bilateral issues", false, "Reuters", "asserted"}},
		},
		{
			name: "passage channel and unverified source",
			text: "Speaking to state media on Saturday, Lavrov revealed that talks would resume. " +
				"The minister's comments were carried by TASS. Lavrov's statements have not been independently verified.",
			actors: []tActor{tLavrov, tTass},
			want:   []gotStmt{{"Sergei Lavrov", "revealed", "talks would resume", false, "TASS", "unverified"}},
		},
		{
			name:   "told an outlet",
			text:   "Blinken told Reuters that sanctions would stay in place.",
			actors: []tActor{tBlinken, tReuters},
			want:   []gotStmt{{"Antony Blinken", "told", "sanctions would stay in place", false, "Reuters", "asserted"}},
		},
		{
			name:   "according to an outlet is a channel",
			text:   "Peskov said the summit was off, according to TASS.",
			actors: []tActor{tPeskov, tTass},
			want:   []gotStmt{{"Dmitry Peskov", "said", "the summit was off", false, "TASS", "asserted"}},
		},
		{
			name:   "hedged group",
			text:   "Analysts suggest that Russia may try to delay the talks.",
			actors: []tActor{tAnalyst, tRussia},
			want:   []gotStmt{{"analysts", "suggest", "Russia may try to delay the talks", false, "", "hedged"}},
		},
		{
			name:   "reportedly hedges",
			text:   "Lavrov reportedly told his counterpart that the offer stands.",
			actors: []tActor{tLavrov},
			want:   []gotStmt{{"Sergei Lavrov", "told", "the offer stands", false, "", "hedged"}},
		},
		{
			name:   "insider sources",
			text:   "People familiar with the matter said the deal was nearly done.",
			actors: []tActor{{"sources", "group", "", []string{"People familiar with the matter"}}},
			want:   []gotStmt{{"sources", "said", "the deal was nearly done", false, "", "insider"}},
		},
		{
			name:   "split quote",
			text:   `"We will not wait forever," Lavrov said, "and we will not beg."`,
			actors: []tActor{tLavrov},
			want: []gotStmt{
				{"Sergei Lavrov", "said", "We will not wait forever", true, "", "asserted"},
				{"Sergei Lavrov", "said", "and we will not beg.", true, "", "asserted"},
			},
		},
		{
			name:   "standalone quote after a statement",
			text:   `Peskov said the Kremlin was disappointed. "This is not how partners behave with each other."`,
			actors: []tActor{tPeskov, tRussia},
			want: []gotStmt{
				{"Dmitry Peskov", "said", "the Kremlin was disappointed", false, "", "asserted"},
				{"Dmitry Peskov", "said", "This is not how partners behave with each other.", true, "", "asserted"},
			},
		},
		{
			name:   "question is not a statement",
			text:   "Did Lavrov say that the talks were over?",
			actors: []tActor{tLavrov},
			want:   nil,
		},
		{
			name:   "added needs that",
			text:   "NATO added two members in 2023. NATO added that it would stay vigilant.",
			actors: []tActor{tNATO},
			want:   []gotStmt{{"NATO", "added", "it would stay vigilant", false, "", "asserted"}},
		},
		{
			name: "interview turns",
			text: "Senior Editor: Why do these talks matter now?\n" +
				"Dr. Maria Petrova: This moment is indeed critical. It offers a rare chance.\n" +
				"Senior Editor: And what comes next?\n",
			actors: []tActor{tIvanova, tEditor},
			want:   []gotStmt{{"Maria Petrova", "Dr. Maria Petrova:", "This moment is indeed critical.", true, "", "asserted"}},
		},
		{
			name:   "joint statement table row",
			text:   "Date | Event | Outcome |\n---|---|---|\nAugust 2023 | Joint statement on arms reduction | Commitment to talks |\nRussia and the United States met twice.",
			actors: []tActor{tRussia, tUSA},
			want:   []gotStmt{{"Russia+United States", "Joint statement", "arms reduction", false, "", "asserted"}},
		},
		{
			name:   "maintains that",
			text:   "The U.S., on the other hand, maintains that Ukraine should lead any talks.",
			actors: []tActor{tUSA, tUkraine},
			want:   []gotStmt{{"United States", "maintains", "Ukraine should lead any talks", false, "", "asserted"}},
		},
		{
			name:   "reuters wire style",
			text:   "WASHINGTON, March 6 - Shultz and Shevardnadze will meet in Moscow in mid-April, administration sources said.",
			actors: []tActor{{"administration sources", "group", "", nil}},
			want:   []gotStmt{{"administration sources", "said", "Shultz and Shevardnadze will meet in Moscow in mid-April", false, "", "insider"}},
		},
		{
			name:   "told a recipient without that",
			text:   "Lavrov told reporters the offer still stands.",
			actors: []tActor{tLavrov},
			want:   []gotStmt{{"Sergei Lavrov", "told", "the offer still stands", false, "", "asserted"}},
		},
		{
			name:   "parenthetical dashes after the cue",
			text:   "Peskov also noted - on Sunday - that contacts continue.",
			actors: []tActor{tPeskov},
			want:   []gotStmt{{"Dmitry Peskov", "noted", "contacts continue", false, "", "asserted"}},
		},
		{
			name:   "sentence adverb is kept in content before the speaker",
			text:   "Also discussed were trade issues, including tariffs, Russian officials said.",
			actors: []tActor{tRussia},
			want:   []gotStmt{{"Russia", "said", "Also discussed were trade issues, including tariffs", false, "", "asserted"}},
		},
		{
			name:   "weak cue without that is no statement",
			text:   "Instead, as winter comes, Russia hopes to use energy as a weapon.",
			actors: []tActor{tRussia},
			want:   nil,
		},
		{
			name:   "content of a leading subordinate clause ends at its comma",
			text:   "As Russian officials confirm that talks will resume, the world watches closely.",
			actors: []tActor{tRussia},
			want:   []gotStmt{{"Russia", "confirm", "talks will resume", false, "", "asserted"}},
		},
		{
			name:   "unverified covers the statement just before only",
			text:   "Blinken said the talks were useful. Lavrov said the talks had failed. The claim could not be independently verified.",
			actors: []tActor{tBlinken, tLavrov},
			want: []gotStmt{
				{"Antony Blinken", "said", "the talks were useful", false, "", "asserted"},
				{"Sergei Lavrov", "said", "the talks had failed", false, "", "unverified"},
			},
		},
		{
			name:   "anonymity after the speaker",
			text:   "Western diplomats, speaking on condition of anonymity, said the summit was postponed.",
			actors: []tActor{{"Western diplomats", "group", "", nil}},
			want:   []gotStmt{{"Western diplomats", "said", "the summit was postponed", false, "", "insider"}},
		},
		{
			name:   "unnamed state media resolved to the outlet named later",
			text:   "Speaking to state television, Lavrov said Moscow was ready. The interview was later published by TASS.",
			actors: []tActor{tLavrov, tRussia, tTass},
			want:   []gotStmt{{"Sergei Lavrov", "said", "Moscow was ready", false, "TASS", "asserted"}},
		},
		{
			name: "courtesy turns are skipped",
			text: "Dr. Maria Petrova: Thank you.\n" +
				"Senior Editor: What next?\n" +
				"Dr. Maria Petrova: Well, thanks. The talks will be long and difficult.\n",
			actors: []tActor{tIvanova, tEditor},
			want:   []gotStmt{{"Maria Petrova", "Dr. Maria Petrova:", "The talks will be long and difficult.", true, "", "asserted"}},
		},
		{
			name:   "joint statement in the first person plural",
			text:   "We, President of Ruritania Anna Berg and President of Freedonia Rufus Firefly, note that talks will continue.",
			actors: []tActor{{"Anna Berg", "person", "RUR", nil}, {"Rufus Firefly", "person", "FRE", nil}},
			want:   []gotStmt{{"Anna Berg+Rufus Firefly", "note", "talks will continue", false, "", "asserted"}},
		},
		{
			name:   "inverted source must close its clause",
			text:   "Officials, we note, the United States and Russia have made progress.",
			actors: []tActor{tUSA, tRussia},
			want:   nil,
		},
		{
			name:   "possessive pronoun is no subject",
			text:   "Lavrov spoke at length. His remarks were carried by TASS.",
			actors: []tActor{{"Sergei Lavrov", "person", "RUS", []string{"Lavrov", "His"}}, tTass},
			want:   nil,
		},
		{
			name:   "two-word participle cue ends the content",
			text:   "Kallas welcomed the signals, calling for restraint from all parties.",
			actors: []tActor{{"Kaja Kallas", "person", "EST", []string{"Kallas"}}},
			want: []gotStmt{
				{"Kaja Kallas", "welcomed", "the signals", false, "", "asserted"},
				{"Kaja Kallas", "calling for", "restraint from all parties", false, "", "asserted"},
			},
		},
		{
			name:   "a quotation followed by its own unknown source is not standalone",
			text:   `Blinken said talks would go on. "The window is narrow," said one analyst.`,
			actors: []tActor{tBlinken},
			want:   []gotStmt{{"Antony Blinken", "said", "talks would go on", false, "", "asserted"}},
		},
		{
			name:   "adverb between commas after the cue",
			text:   "Lavrov said, however, that Moscow would wait.",
			actors: []tActor{tLavrov, tRussia},
			want:   []gotStmt{{"Sergei Lavrov", "said", "Moscow would wait", false, "", "asserted"}},
		},
		{
			name:   "made it clear",
			text:   "Blinken made it clear that sanctions would stay.",
			actors: []tActor{tBlinken},
			want:   []gotStmt{{"Antony Blinken", "made it clear", "sanctions would stay", false, "", "asserted"}},
		},
		{
			name:   "passive without its agent is no statement",
			text:   "The death of Lavrov's aide was announced on Friday.",
			actors: []tActor{tLavrov},
			want:   nil,
		},
		{
			name:   "passive with a time before the agent",
			text:   "The new round of talks was announced on Friday by Lavrov.",
			actors: []tActor{tLavrov},
			want:   []gotStmt{{"Sergei Lavrov", "announced", "The new round of talks", false, "", "asserted"}},
		},
		{
			name:   "according to a body of a place is not the place",
			text:   "The bishop died on Monday, according to the Bishops' Conference of Ukraine.",
			actors: []tActor{tUkraine},
			want:   nil,
		},
		{
			name:   "according to a spokesman for a body",
			text:   "The talks were postponed, according to a spokesman for NATO.",
			actors: []tActor{tNATO},
			want:   []gotStmt{{"NATO", "according to", "The talks were postponed", false, "", "asserted"}},
		},
		{
			name:   "possessive date after the cue",
			text:   "Reuters reported Monday's attack was the deadliest this year.",
			actors: []tActor{tReuters},
			want:   []gotStmt{{"Reuters", "reported", "Monday's attack was the deadliest this year", false, "", "asserted"}},
		},
		{
			name:   "told a press conference without that",
			text:   "Lavrov told a press conference Moscow would not retreat.",
			actors: []tActor{tLavrov, tRussia},
			want:   []gotStmt{{"Sergei Lavrov", "told", "Moscow would not retreat", false, "", "asserted"}},
		},
		{
			name:   "date after the cue",
			text:   "NATO announced on January 26 that it would expand its mission.",
			actors: []tActor{tNATO},
			want:   []gotStmt{{"NATO", "announced", "it would expand its mission", false, "", "asserted"}},
		},
		{
			name:   "dateline in title case",
			text:   "Moscow, March 13 - Talks will resume in April, Russian officials said.",
			actors: []tActor{tRussia},
			want:   []gotStmt{{"Russia", "said", "Talks will resume in April", false, "", "asserted"}},
		},
		{
			name:   "a prose label is scanned as prose",
			text:   "Final thoughts: Dr. Maria Petrova highlights the role of dialogue in resolving crises.",
			actors: []tActor{tIvanova},
			want:   []gotStmt{{"Maria Petrova", "highlights", "the role of dialogue in resolving crises", false, "", "asserted"}},
		},
		{
			name:   "quote before a titled speaker, then a standalone quote",
			text:   `"We value the offer," Kremlin spokesman Dmitry Peskov told reporters in Moscow. "But talks must reflect realities on the ground."`,
			actors: []tActor{tPeskov},
			want: []gotStmt{
				{"Dmitry Peskov", "told", "We value the offer", true, "", "asserted"},
				{"Dmitry Peskov", "told", "But talks must reflect realities on the ground.", true, "", "asserted"},
			},
		},
		{
			name:   "a quotation that is only part of the content",
			text:   `Western diplomats said "double licensing" has been dropped.`,
			actors: []tActor{{"Western diplomats", "group", "", nil}},
			want:   []gotStmt{{"Western diplomats", "said", `"double licensing" has been dropped`, false, "", "asserted"}},
		},
		{
			name:   "interrupted turns are skipped",
			text:   "MR. SMITH: That was the thing about -\nMR. SMITH: The summit will go ahead as planned.\n",
			actors: []tActor{{"John Smith", "person", "USA", []string{"MR. SMITH"}}},
			want:   []gotStmt{{"John Smith", "MR. SMITH:", "The summit will go ahead as planned.", true, "", "asserted"}},
		},
		{
			name:   "attribution in the middle of the clause",
			text:   "The United States, Blinken said, would not recognize the annexation.",
			actors: []tActor{tBlinken, tUSA},
			want:   []gotStmt{{"Antony Blinken", "said", "The United States, Blinken said, would not recognize the annexation", false, "", "asserted"}},
		},
		{
			name:   "negated saying with a wh-clause is no statement",
			text:   "Peskov did not say when the talks would resume.",
			actors: []tActor{tPeskov},
			want:   nil,
		},
		{
			name:   "a cue after a modal is not a statement",
			text:   "Zelenskyy said Ukraine would agree to a ceasefire.",
			actors: []tActor{{"Volodymyr Zelenskyy", "person", "UKR", []string{"Zelenskyy"}}, tUkraine},
			want:   []gotStmt{{"Volodymyr Zelenskyy", "said", "Ukraine would agree to a ceasefire", false, "", "asserted"}},
		},
		{
			name:   "As stated by X at the start of the sentence",
			text:   "As stated by Peskov, the talks will resume next week.",
			actors: []tActor{tPeskov},
			want:   []gotStmt{{"Dmitry Peskov", "As stated by", "the talks will resume next week", false, "", "asserted"}},
		},
		{
			name:   "a trailing date leaves the object of a stance verb",
			text:   "Lavrov announced the decision on Monday.",
			actors: []tActor{tLavrov},
			want:   []gotStmt{{"Sergei Lavrov", "announced", "the decision", false, "", "asserted"}},
		},
		{
			name:   "believe without that",
			text:   "Analysts believe the thaw reflects broader economic interests.",
			actors: []tActor{tAnalyst},
			want:   []gotStmt{{"analysts", "believe", "the thaw reflects broader economic interests", false, "", "hedged"}},
		},
		{
			name:   "warned of",
			text:   "Blinken warned of dire consequences for Moscow.",
			actors: []tActor{tBlinken, tRussia},
			want:   []gotStmt{{"Antony Blinken", "warned of", "dire consequences for Moscow", false, "", "asserted"}},
		},
		{
			name:   "split quotation is two statements",
			text:   "\"We had useful exchanges on market access,\" Lavrov told reporters after the session, \"and both sides want the truce to hold.\"",
			actors: []tActor{tLavrov},
			want: []gotStmt{
				{"Sergei Lavrov", "told", "We had useful exchanges on market access", true, "", "asserted"},
				{"Sergei Lavrov", "told", "and both sides want the truce to hold.", true, "", "asserted"},
			},
		},
		{
			name:   "split quotation with inversion",
			text:   "\"The door is open,\" said Blinken, \"but the clock is ticking.\"",
			actors: []tActor{tBlinken},
			want: []gotStmt{
				{"Antony Blinken", "said", "The door is open", true, "", "asserted"},
				{"Antony Blinken", "said", "but the clock is ticking.", true, "", "asserted"},
			},
		},
		{
			name:   "coordinated stance verbs share the subject",
			text:   "Blinken welcomed the prisoner exchange and reaffirmed the commitment of the United States to the talks.",
			actors: []tActor{tBlinken, tUSA},
			want: []gotStmt{
				{"Antony Blinken", "welcomed", "the prisoner exchange", false, "", "asserted"},
				{"Antony Blinken", "reaffirmed", "the commitment of the United States to the talks", false, "", "asserted"},
			},
		},
		{
			name:   "a noun phrase object ends before a coordinated verb",
			text:   "Blinken reaffirmed his commitment to a stable relationship and agreed to continue talks.",
			actors: []tActor{tBlinken},
			want:   []gotStmt{{"Antony Blinken", "reaffirmed", "his commitment to a stable relationship", false, "", "asserted"}},
		},
		{
			name:   "agreed without that is an action, not a statement",
			text:   "Russia and Ukraine agreed a prisoner exchange in January. Lavrov agreed to hold talks in Geneva.",
			actors: []tActor{tRussia, tUkraine, tLavrov},
			want:   nil,
		},
		{
			name:   "agreed that is a statement",
			text:   "Lavrov agreed that the talks had been useful.",
			actors: []tActor{tLavrov},
			want:   []gotStmt{{"Sergei Lavrov", "agreed", "the talks had been useful", false, "", "asserted"}},
		},
		{
			name:   "a modal in reported content hedges it",
			text:   "Analysts said a broader deal could come before the deadline. Lavrov said the talks would resume.",
			actors: []tActor{tAnalyst, tLavrov},
			want: []gotStmt{
				{"analysts", "said", "a broader deal could come before the deadline", false, "", "hedged"},
				{"Sergei Lavrov", "said", "the talks would resume", false, "", "asserted"},
			},
		},
		{
			name:   "one of them is the group that spoke before",
			text:   "Two diplomats, speaking on condition of anonymity, said the army had rejected the venue.\n\n\"There is no appetite for an African-led process,\" one of them said.",
			actors: []tActor{{"Western diplomats", "group", "", []string{"Two diplomats"}}},
			want: []gotStmt{
				{"Western diplomats", "said", "the army had rejected the venue", false, "", "insider"},
				{"Western diplomats", "said", "There is no appetite for an African-led process", true, "", "insider"},
			},
		},
		{
			name:   "a mis-cased interview label",
			text:   "Interviewer: Where do the talks stand?\n\nSergei Lavrov: We are in a technical phase of the talks.\n\nInterviewer: And the sanctions?\n\nSergei lavrov: Sanctions relief must come before any deal.",
			actors: []tActor{tLavrov},
			want: []gotStmt{
				{"Sergei Lavrov", "Sergei Lavrov:", "We are in a technical phase of the talks.", true, "", "asserted"},
				{"Sergei Lavrov", "Sergei lavrov:", "Sanctions relief must come before any deal.", true, "", "asserted"},
			},
		},
		{
			name:   "a report inside an answer is a statement of its own",
			text:   "MS. SMITH: Secretary Lavrov spoke this morning with the Norwegian minister. Lavrov underlined that a credible calendar remains the core of any settlement.",
			actors: []tActor{{"Margaret Smith", "person", "USA", []string{"MS. SMITH"}}, tLavrov},
			want: []gotStmt{
				{"Margaret Smith", "MS. SMITH:", "Secretary Lavrov spoke this morning with the Norwegian minister.", true, "", "asserted"},
				{"Sergei Lavrov", "underlined", "a credible calendar remains the core of any settlement", false, "", "asserted"},
			},
		},
		{
			name:   "the speaker named in the next sentence",
			text:   "\"Any attack on our territory will be met with force.\" The warning came from Lavrov, speaking in Moscow on Tuesday.",
			actors: []tActor{tLavrov},
			want:   []gotStmt{{"Sergei Lavrov", "The warning came from", "Any attack on our territory will be met with force.", true, "", "asserted"}},
		},
		{
			name:   "single quotation marks",
			text:   "'We are ready to talk,' Lavrov said. 'But we will not be pressured.' The states' rights were not discussed.",
			actors: []tActor{tLavrov},
			want: []gotStmt{
				{"Sergei Lavrov", "said", "We are ready to talk", true, "", "asserted"},
				{"Sergei Lavrov", "said", "But we will not be pressured.", true, "", "asserted"},
			},
		},
		{
			name:   "joint subject with title words",
			text:   "Blinken and Russian Foreign Minister Sergei Lavrov said in a joint statement that they welcomed the talks.",
			actors: []tActor{tBlinken, tLavrov},
			want:   []gotStmt{{"Antony Blinken+Sergei Lavrov", "said", "they welcomed the talks", false, "", "asserted"}},
		},
		{
			name:   "a modal in the content's own clause is not coordination",
			text:   "Blinken said he can and may declare a national emergency.",
			actors: []tActor{tBlinken},
			want:   []gotStmt{{"Antony Blinken", "said", "he can and may declare a national emergency", false, "", "hedged"}},
		},
		{
			name:   "the next sentence by the same source keeps its channel",
			text:   "Lavrov told TASS that Moscow was ready to talk. He added that any deal would need guarantees.",
			actors: []tActor{tLavrov, tTass, tRussia},
			want: []gotStmt{
				{"Sergei Lavrov", "told", "Moscow was ready to talk", false, "TASS", "asserted"},
				{"Sergei Lavrov", "added", "any deal would need guarantees", false, "TASS", "asserted"},
			},
		},
		{
			name:   "a channel sentence covers the last source only",
			text:   "\"We will not be rushed,\" Blinken said.\n\nLavrov said Moscow had not received any proposal. His remarks were carried by TASS.",
			actors: []tActor{tBlinken, tLavrov, tTass, tRussia},
			want: []gotStmt{
				{"Antony Blinken", "said", "We will not be rushed", true, "", "asserted"},
				{"Sergei Lavrov", "said", "Moscow had not received any proposal", false, "TASS", "asserted"},
			},
		},
		{
			name:   "a spokesman for the source",
			text:   "A spokesman for the Kremlin said Moscow had received the proposal. NATO's statement said the alliance remained united.",
			actors: []tActor{tRussia, tNATO},
			want: []gotStmt{
				{"Russia", "said", "Moscow had received the proposal", false, "", "asserted"},
				{"NATO", "said", "the alliance remained united", false, "", "asserted"},
			},
		},
		{
			name:   "a quotation that runs on into the next paragraph",
			text:   "\"We are ready to talk about the ceasefire. We want a lasting peace in the region.\n\n\"The sanctions have failed and everybody knows it.\n\n\"But we will not be pressured,\" Lavrov said.",
			actors: []tActor{tLavrov},
			want: []gotStmt{
				{"Sergei Lavrov", "said", "We are ready to talk about the ceasefire. We want a lasting peace in the region.", true, "", "asserted"},
				{"Sergei Lavrov", "said", "The sanctions have failed and everybody knows it.", true, "", "asserted"},
				{"Sergei Lavrov", "said", "But we will not be pressured", true, "", "asserted"},
			},
		},
		{
			name:   "prepositional tail after the speaker",
			text:   "The talks had failed, Lavrov said in an interview published by TASS.",
			actors: []tActor{tLavrov, tTass},
			want:   []gotStmt{{"Sergei Lavrov", "said", "The talks had failed", false, "TASS", "asserted"}},
		},
		{
			name:   "closing attribution of another source ends the content",
			text:   "Blinken told Lavrov that sanctions would stay, a State Department spokesman said.",
			actors: []tActor{tBlinken, tLavrov},
			want:   []gotStmt{{"Antony Blinken", "told", "sanctions would stay", false, "", "asserted"}},
		},
		{
			name:   "participle after a speech noun",
			text:   "Russia and Ukraine issued a joint statement calling for a halt to strikes on energy sites.",
			actors: []tActor{tRussia, tUkraine},
			want:   []gotStmt{{"Russia+Ukraine", "calling for", "a halt to strikes on energy sites", false, "", "asserted"}},
		},
		{
			name:   "quoted by an outlet as saying",
			text:   "Lavrov was quoted by TASS as saying that Moscow would respond.",
			actors: []tActor{tLavrov, tTass, tRussia},
			want:   []gotStmt{{"Sergei Lavrov", "saying", "Moscow would respond", false, "TASS", "asserted"}},
		},
		{
			name:   "speech inside a quotation is not a new statement",
			text:   `"Russia is accusing the West of bad faith," Blinken said.`,
			actors: []tActor{tRussia, tBlinken},
			want:   []gotStmt{{"Antony Blinken", "said", "Russia is accusing the West of bad faith", true, "", "asserted"}},
		},
		{
			name:   "a noun that looks like a cue",
			text:   "A recent U.S. report on the economy said growth was slow.",
			actors: []tActor{tUSA},
			want:   nil,
		},
		{
			name:   "short quotation inside the content before the speaker",
			text:   `Quotas must be set by "objective criteria", U.S. officials said.`,
			actors: []tActor{{"United States", "country", "USA", []string{"U.S. officials"}}},
			want:   []gotStmt{{"United States", "said", `Quotas must be set by "objective criteria"`, false, "", "asserted"}},
		},
		{
			name:   "A label answers for the person interviewed",
			text:   "We spoke with Dr. Maria Petrova about the talks.\nQ: What is at stake?\nA: The future of arms control is at stake.\n",
			actors: []tActor{tIvanova},
			want:   []gotStmt{{"Maria Petrova", "A:", "The future of arms control is at stake.", true, "", "asserted"}},
		},
		// round 3: shapes of attribution seen in unseen wire copy
		{
			name:   "inverted quote, possessive title set off by commas, then adding",
			text:   `"The gap is narrowing," said Chile's Minister of Foreign Affairs, Ana Ortiz, adding that Santiago would table a new offer.`,
			actors: []tActor{tChile, tOrtiz},
			want: []gotStmt{
				{"Ana Ortiz", "said", "The gap is narrowing", true, "", "asserted"},
				{"Ana Ortiz", "adding", "Santiago would table a new offer", false, "", "asserted"},
			},
		},
		{
			name:   "name in apposition after a possessive title",
			text:   "Peru's trade minister, Luis Vega, said the two sides hoped to finish by July.",
			actors: []tActor{tPeru, tVega},
			want:   []gotStmt{{"Luis Vega", "said", "the two sides hoped to finish by July", false, "", "asserted"}},
		},
		{
			name:   "apposition after a subordinator",
			text:   "The delay came after Peru's deputy trade minister, Luis Vega, said any accord would be contingent upon the removal of quotas.",
			actors: []tActor{tPeru, tVega},
			want:   []gotStmt{{"Luis Vega", "said", "any accord would be contingent upon the removal of quotas", false, "", "asserted"}},
		},
		{
			name:   "quotation of two sentences named by the next, then a relative clause",
			text:   `"We are ready to talk. We are not ready to surrender." The remark came from foreign ministry spokesman Luis Vega, who told reporters in Lima that a draft text existed.`,
			actors: []tActor{tVega},
			want: []gotStmt{
				{"Luis Vega", "The remark came from", "We are ready to talk. We are not ready to surrender.", true, "", "asserted"},
				{"Luis Vega", "told", "a draft text existed", false, "", "asserted"},
			},
		},
		{
			name:   "time expression between subject and stance verb",
			text:   "Chile on Tuesday rejected Peru's request for a tariff pause.",
			actors: []tActor{tChile, tPeru},
			want:   []gotStmt{{"Chile", "rejected", "Peru's request for a tariff pause", false, "", "asserted"}},
		},
		{
			name:   "unnamed official after a group mention, anonymity aside",
			text:   "A Peruvian government official, speaking on condition of anonymity, said Lima had also sent a letter.",
			actors: []tActor{{"Peru", "country", "PER", []string{"A Peruvian government", "Lima"}}},
			want:   []gotStmt{{"Peru", "said", "Lima had also sent a letter", false, "", "insider"}},
		},
		{
			name:   "family name first",
			text:   "Pyongyang named Vice Minister Ri Song-chol as its envoy. \"No talks while guns are aimed at us,\" Ri said.",
			actors: []tActor{{"Ri Song-chol", "person", "PRK", nil}},
			want:   []gotStmt{{"Ri Song-chol", "said", "No talks while guns are aimed at us", true, "", "asserted"}},
		},
		{
			name:   "both sides after with",
			text:   "Chile and Peru ended a third round of talks on Friday, with both sides saying a deal was close.",
			actors: []tActor{tChile, tPeru},
			want:   []gotStmt{{"Chile+Peru", "saying", "a deal was close", false, "", "asserted"}},
		},
		{
			name:   "officials in both capitals are the pair the sentence names",
			text:   "Chilean and Peruvian negotiators will meet in Quito next week, officials in both capitals said on Monday.",
			actors: []tActor{{"Chile", "country", "CHL", []string{"Chilean"}}, {"Peru", "country", "PER", []string{"Peruvian"}}},
			want:   []gotStmt{{"Chile+Peru", "said", "Chilean and Peruvian negotiators will meet in Quito next week", false, "", "asserted"}},
		},
		{
			name:   "medium phrase before content without that",
			text:   "Vega said in a radio interview on Sunday he expected the talks to resume.",
			actors: []tActor{tVega},
			want:   []gotStmt{{"Luis Vega", "said", "he expected the talks to resume", false, "", "asserted"}},
		},
		{
			name:   "apposition after a title that names its organisation",
			text:   "Speaking to reporters, the head of the Andean Workers Union, Marta Diaz, said, \"We want a fair deal.\"",
			actors: []tActor{{"Andean Workers Union", "organization", "", nil}, {"Marta Diaz", "person", "", nil}},
			want:   []gotStmt{{"Marta Diaz", "said", "We want a fair deal.", true, "", "asserted"}},
		},
		{
			name:   "told a body, then a place, content without that",
			text:   "Ortiz told a regional summit in Lima the region needed more trade.",
			actors: []tActor{tOrtiz, tPeru},
			want:   []gotStmt{{"Ana Ortiz", "told", "the region needed more trade", false, "", "asserted"}},
		},
		{
			name:   "told the senate, content without that",
			text:   "Vega told the Senate his government would not sign the accord.",
			actors: []tActor{tVega},
			want:   []gotStmt{{"Luis Vega", "told", "his government would not sign the accord", false, "", "asserted"}},
		},
		{
			name:   "person of a country",
			text:   "Foreign Minister Luis Vega of Peru said the border would stay open.",
			actors: []tActor{tVega, tPeru},
			want:   []gotStmt{{"Luis Vega", "said", "the border would stay open", false, "", "asserted"}},
		},
		{
			name:   "no: a country of a person is not a shape",
			text:   "The people of Peru said little.",
			actors: []tActor{tPeru},
			want:   nil,
		},
		{
			name:   "a leading adverbial is not the content before the speaker",
			text:   "At the close of the summit, Foreign Minister Luis Vega of Peru said, \"We want more trade.\"",
			actors: []tActor{tVega, tPeru},
			want:   []gotStmt{{"Luis Vega", "said", "We want more trade.", true, "", "asserted"}},
		},
		{
			name:   "a clause opening with a preposition is content",
			text:   "Under the accord Peru would reopen the border, Vega said.",
			actors: []tActor{tVega, tPeru},
			want:   []gotStmt{{"Luis Vega", "said", "Under the accord Peru would reopen the border", false, "", "asserted"}},
		},
		{
			name:   "no: a medium phrase with no content after it",
			text:   "Vega said so in a letter to Ortiz.",
			actors: []tActor{tVega, tOrtiz},
			want:   nil,
		},
		{
			name:   "no: an unnamed official is not the pronoun after him",
			text:   "Vega views the deadlock very seriously, said an official travelling with him.",
			actors: []tActor{tVega},
			want:   nil,
		},
		{
			name:   "no: a relative clause with a stance verb of thanks",
			text:   "I thank Ana Ortiz, who welcomed me so warmly.",
			actors: []tActor{tOrtiz},
			want:   nil,
		},
		{
			name:   "no: a given name before a hyphenated family name",
			text:   "Marie Dubois-Roy arrived late. \"We will see,\" Marie said.",
			actors: []tActor{{"Marie Dubois-Roy", "person", "FRA", nil}},
			want:   nil,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, _ := runStatements(t, tc.text, tc.actors)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("statements (-want +got):\n%s", diff)
			}
		})
	}
}

func TestCollectiveSubject(t *testing.T) {
	e, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	src := "Readout\n\nPresident Biden spoke today with Prime Minister Trudeau. Both leaders underscored their commitment to Ukraine."
	a := handArticle(t, src, []tActor{{"Joe Biden", "person", "USA", []string{"President Biden"}}, {"Justin Trudeau", "person", "CAN", []string{"Prime Minister Trudeau"}}})
	a.meetings = []diplo.Meeting{{ID: "meeting:1", Kind: diplo.Call, Participants: []string{a.actorID(0), a.actorID(1)},
		Evidence: []diplo.Span{{Start: 10, End: 40}}}}
	e.findStatements(a)
	var got [][]string
	for _, s := range a.statements {
		got = append(got, append([]string{s.Cue, s.Content}, s.Speakers...))
	}
	want := [][]string{{"underscored", "their commitment to Ukraine", "person:joe-biden", "person:justin-trudeau"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("statements (-want +got):\n%s", diff)
	}
}

// extractAll runs the whole extractor on src and returns its statements
// and conditions in the form the tests compare, speakers and holders by
// name.
func extractAll(t *testing.T, src string) ([]gotStmt, []gotCond) {
	t.Helper()
	r, err := testExtractor(t).ExtractText(src)
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]string{}
	for _, x := range r.Actors {
		names[x.ID] = x.Name
	}
	var ss []gotStmt
	for _, s := range r.Statements {
		var sp, rb []string
		for _, id := range s.Speakers {
			sp = append(sp, names[id])
		}
		for _, id := range s.ReportedBy {
			rb = append(rb, names[id])
		}
		ss = append(ss, gotStmt{strings.Join(sp, "+"), s.Cue, s.Content, s.Direct, strings.Join(rb, "+"), s.Evidential.String()})
	}
	var cs []gotCond
	for _, c := range r.Conditions {
		target, _, _ := strings.Cut(c.Target, ":")
		cs = append(cs, gotCond{Holder: names[c.Holder], Cue: c.Cue, Requirement: c.Requirement, AppliesTo: c.AppliesTo, Target: target})
	}
	return ss, cs
}

// TestSourcesEndToEnd checks, through the whole extractor, the source
// patterns that generalize beyond the seed articles: given names used
// alone, pronouns that follow the subject, anonymous and described
// sources, outlets known only by their shape, short answers, negated cues.
func TestSourcesEndToEnd(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		want  []gotStmt
		conds []gotCond // nil: not checked
	}{
		{
			name: "a title with its portfolio after it before the name",
			text: "LUSAKA, May 4 (Reuters) - \"We will not sign under pressure,\" Minister of Mines Chanda Mwale told reporters in Lusaka.",
			want: []gotStmt{
				{"Chanda Mwale", "told", "We will not sign under pressure", true, "", "asserted"},
			},
		},
		{
			name: "a given name that is also a city",
			text: "The talks will resume in Geneva next month, Sofia Lindgren, the mediator, said on Tuesday.",
			want: []gotStmt{
				{"Sofia Lindgren", "said", "The talks will resume in Geneva next month", false, "", "asserted"},
			},
		},
		{
			name: "a city alone stays a place",
			text: "Officials in Sofia said the border would reopen.",
			want: []gotStmt{
				{"Bulgaria", "said", "the border would reopen", false, "", "asserted"},
			},
		},
		{
			name: "an unnamed official of a named state speaks for it",
			text: "Peru's foreign minister told lawmakers that Ecuador must first withdraw its patrols from the river before any talks can begin.",
			want: []gotStmt{
				{"Peru", "told", "Ecuador must first withdraw its patrols from the river before any talks can begin", false, "", "asserted"},
			},
			conds: []gotCond{{Holder: "Peru", Cue: "must first", Requirement: "Ecuador must first withdraw its patrols from the river", AppliesTo: "any talks", Target: "statement"}},
		},
		{
			name: "an unnamed official is the named one when the title fits",
			text: "Foreign Minister Ana Torres of Peru met her Chilean counterpart on Monday. Peru's foreign minister said the meeting had been useful.",
			want: []gotStmt{
				{"Ana Torres", "said", "the meeting had been useful", false, "", "asserted"},
			},
		},
		{
			name: "a group named with its acronym is named by the acronym later",
			text: "The rebel Movement for Justice and Renewal (MJR) said it would attend the talks.\n\nThe MJR said its delegation would arrive on Friday.",
			want: []gotStmt{
				{"Movement for Justice and Renewal", "said", "it would attend the talks", false, "", "asserted"},
				{"Movement for Justice and Renewal", "said", "its delegation would arrive", false, "", "asserted"},
			},
		},
		{
			name: "a second that-clause ends the condition",
			text: "The IMF's mission chief, Maria Rossi, said the fund would disburse the loan only if Accra meets the deficit target, and that the mission would stay for two weeks.",
			want: []gotStmt{
				{"Maria Rossi", "said", "the fund would disburse the loan only if Accra meets the deficit target, and that the mission would stay for two weeks", false, "", "asserted"},
			},
			conds: []gotCond{{Holder: "Maria Rossi", Cue: "only if", Requirement: "Accra meets the deficit target", AppliesTo: "disburse the loan", Target: "statement"}},
		},
		{
			name: "the government of a wire story is its dateline's state",
			text: "HARARE, June 2 (Reuters) - Opposition leaders walked out of the talks on Monday.\n\nThe government said the talks would go on without them.",
			want: []gotStmt{
				{"Zimbabwe", "said", "the talks would go on without them", false, "", "asserted"},
			},
		},
		{
			name: "the government without a dateline names no state",
			text: "Opposition leaders walked out of the talks on Monday. The government said the talks would go on without them.",
			want: nil,
		},
		{
			name: "an unnamed head of an organization speaks for it; a medium phrase ends a stance object",
			text: "The AU's commission chairperson welcomed the ceasefire in a statement and said monitors would deploy within a month.",
			want: []gotStmt{
				{"African Union", "welcomed", "the ceasefire", false, "", "asserted"},
				{"African Union", "said", "monitors would deploy within a month", false, "", "asserted"},
			},
		},
		{
			name: "a self-governing territory with its own code is a state",
			text: "The Faroese government said on Friday that the fisheries talks with Norway had been postponed.",
			want: []gotStmt{
				{"Faroe Islands", "said", "the fisheries talks with Norway had been postponed", false, "", "asserted"},
			},
		},
		{
			name: "a capital with a relative clause acts; a remark after the requirement is not part of it",
			text: "The vote was delayed. Ankara, which controls the crossing, said it would reopen the border only if Damascus withdraws its artillery, a demand Syria rejects.",
			want: []gotStmt{
				{"Turkey", "said", "it would reopen the border only if Damascus withdraws its artillery", false, "", "asserted"},
			},
			conds: []gotCond{{Holder: "Turkey", Cue: "only if", Requirement: "Damascus withdraws its artillery", AppliesTo: "reopen the border", Target: "statement"}},
		},
		{
			name: "an unnamed officer of a state's army speaks for it",
			text: "A senior Malian army officer, speaking on condition of anonymity, said the convoy had been attacked twice.",
			want: []gotStmt{
				{"Mali", "said", "the convoy had been attacked twice", false, "", "insider"},
			},
		},
		{
			name: "a given name alone, after the full name, is the same person",
			text: "ASMARA, June 3 (Reuters) - Eritrean Information Minister Yemane Gebre told reporters the border would reopen next month.\n\n\"We are ready,\" Yemane said.",
			want: []gotStmt{
				{"Yemane Gebre", "told", "the border would reopen next month", false, "", "asserted"},
				{"Yemane Gebre", "said", "We are ready", true, "", "asserted"},
			},
		},
		{
			name: "he is the subject who spoke, not a person named as an object",
			text: "Interior Minister Jan Kowal said on Monday the crossing would stay shut until Minsk frees activist Piotr Nowak.\n\nKowal told reporters any reopening depended on Nowak's release. \"The decision is theirs,\" he said.",
			want: []gotStmt{
				{"Jan Kowal", "said", "the crossing would stay shut until Minsk frees activist Piotr Nowak", false, "", "asserted"},
				{"Jan Kowal", "told", "any reopening depended on Nowak's release", false, "", "asserted"},
				{"Jan Kowal", "said", "The decision is theirs", true, "", "asserted"},
			},
		},
		{
			name: "she is the subject of the sentence before, not its object",
			text: "Today, Treasury Secretary Laura Brandt met with Indian Finance Minister Arun Das. Secretary Brandt also met with Chinese Vice Premier Wang Tao. She raised concerns about steel subsidies.",
			want: []gotStmt{
				{"Laura Brandt", "raised", "concerns about steel subsidies", false, "", "asserted"},
			},
		},
		{
			name: "a possibility early in reported content hedges it",
			text: "Analysts say a deal is possible if the two sides separate the issues.",
			want: []gotStmt{
				{"analysts", "say", "a deal is possible if the two sides separate the issues", false, "", "hedged"},
			},
		},
		{
			name: "a negated cue says nothing",
			text: "Chad, whose troops guard the border, has not commented on the proposal. Niger did not say whether it would attend.",
			want: nil,
		},
		{
			name: "a quantity opens the content",
			text: "Human rights groups say at least 300 people were detained during the protests.",
			want: []gotStmt{
				{"human rights groups", "say", "at least 300 people were detained during the protests", false, "", "asserted"},
			},
		},
		{
			name: "an anonymous source described by a relative clause",
			text: "A European diplomat who asked not to be named said the vote would be delayed until March.",
			want: []gotStmt{
				{"European diplomat", "said", "the vote would be delayed until March", false, "", "insider"},
			},
		},
		{
			name: "anonymity after the cue",
			text: "The talks have stalled over the sequencing, a Hungarian diplomat said on condition of anonymity.",
			want: []gotStmt{
				{"Hungary", "said", "The talks have stalled over the sequencing", false, "", "insider"},
			},
		},
		{
			name: "informants described by what they know; the offer's condition is the offering state's",
			text: "According to three officials familiar with the talks, who spoke on condition of anonymity, Serbia has offered to cut tariffs in exchange for the lifting of the import ban.",
			want: []gotStmt{
				{"officials familiar with the talks", "According to", "Serbia has offered to cut tariffs in exchange for the lifting of the import ban", false, "", "insider"},
			},
			conds: []gotCond{{Holder: "Serbia", Cue: "in exchange for", Requirement: "the lifting of the import ban", AppliesTo: "cut tariffs", Target: "statement"}},
		},
		{
			name: "an outlet known by the noun that describes it is the channel",
			text: "Kenyan Foreign Minister Otieno Mwangi told state television KBC that Nairobi would attend the summit. Ugandan Deputy Prime Minister Grace Okello told the Kabar news agency that Kampala would not.",
			want: []gotStmt{
				{"Otieno Mwangi", "told", "Nairobi would attend the summit", false, "KBC", "asserted"},
				{"Grace Okello", "told", "Kampala would not", false, "Kabar", "asserted"},
			},
		},
		{
			name: "a name written in lower case after a title",
			text: "kenyan Trade Minister amina odhiambo told reporters that the tariff talks had stalled.",
			want: []gotStmt{
				{"Amina Odhiambo", "told", "the tariff talks had stalled", false, "", "asserted"},
			},
		},
		{
			name: "a relative clause inside the subject of the content stays in",
			text: "Analysts suggest that the European Union, which hosted earlier rounds, is losing patience with both sides.",
			want: []gotStmt{
				{"analysts", "suggest", "the European Union, which hosted earlier rounds, is losing patience with both sides", false, "", "hedged"},
			},
		},
		{
			name: "officials on both sides are the two states of the clause",
			text: "Armenian and Azerbaijani border commanders met at the crossing on Friday, officials on both sides said.",
			want: []gotStmt{
				{"Armenia+Azerbaijan", "said", "Armenian and Azerbaijani border commanders met at the crossing on Friday", false, "", "asserted"},
			},
		},
		{
			name: "the pronoun it is the body that spoke before another was named; the channel carries over",
			text: "Hungary's Foreign Ministry said Budapest was open to talks, as reported by the state news agency MTI. It accused Kyiv of stalling.",
			want: []gotStmt{
				{"Hungary's Foreign Ministry", "said", "Budapest was open to talks", false, "MTI", "asserted"},
				{"Hungary's Foreign Ministry", "accused", "Kyiv of stalling", false, "MTI", "asserted"},
			},
		},
		{
			name: "a short answer to a question is the answer; chatter after none is not",
			text: "Anna Holm is the UN envoy for Cyprus.\n\nInterviewer: Did the talks move?\n\nHolm: Not really. The leaders still disagree on the sequence.\n\nInterviewer: Thank you.\n\nHolm: All right. I will be back in Nicosia next week to continue.\n",
			want: []gotStmt{
				{"Anna Holm", "Holm:", "Not really.", true, "", "asserted"},
				{"Anna Holm", "Holm:", "I will be back in Nicosia next week to continue.", true, "", "asserted"},
			},
		},
		{
			name: "an official whose state is left implicit sets a condition; an analyst does not",
			text: "In Lima, Interior Minister Jorge Pardo warned that the operation would continue unless the rebels release the hostages. Political analyst Maria Lenz said a deal could come only if both sides compromise.",
			want: []gotStmt{
				{"Jorge Pardo", "warned", "the operation would continue unless the rebels release the hostages", false, "", "asserted"},
				{"Maria Lenz", "said", "a deal could come only if both sides compromise", false, "", "hedged"},
			},
			conds: []gotCond{{Holder: "Jorge Pardo", Cue: "unless", Requirement: "the rebels release the hostages", Target: "statement"}},
		},
		{
			name: "passive quoted as saying after a quotation, with its outlet",
			text: "\"We will not give up the port,\" Defence Minister Ana Ruiz was quoted as saying by the state-run Diario Nacional.",
			want: []gotStmt{
				{"Ana Ruiz", "was quoted as saying", "We will not give up the port", true, "Diario Nacional", "asserted"},
			},
		},
		{
			name: "passive quoted as saying before its content",
			text: "Trade Minister Piet Jansen was quoted as saying by Reuters that the quota would be lifted in May.",
			want: []gotStmt{
				{"Piet Jansen", "was quoted as saying", "the quota would be lifted in May", false, "Reuters", "asserted"},
			},
		},
		{
			name: "a bloc named again by its head noun speaks",
			text: "The Southern African Development Community will send monitors to the border. The bloc said in a statement that both armies must pull back.",
			want: []gotStmt{
				{"Southern African Development Community", "said", "both armies must pull back", false, "", "asserted"},
			},
		},
		{
			name: "a description with a modifier of the name speaks",
			text: "The Alliance of Sahel States met in Bamako. Ministers of Mali and Burkina Faso attended. Talks with Algeria stalled. Aid ran short. In Niamey, the Sahel confederation said it would reopen the border.",
			want: []gotStmt{
				{"Alliance of Sahel States", "said", "it would reopen the border", false, "", "asserted"},
			},
		},
		{
			name: "a relative clause's channel is its own",
			text: "The region is not part of the talks, according to spokesperson Lena Aziz, who told Kurdistan 24 that a deal was close.",
			want: []gotStmt{
				{"Lena Aziz", "according to", "The region is not part of the talks", false, "", "asserted"},
				{"Lena Aziz", "told", "a deal was close", false, "Kurdistan 24", "asserted"},
			},
		},
		{
			name:  "provided without that after a modal is a condition",
			text:  "Foreign Minister Omar Haddad said Amman would sign the accord provided the Syrian side guarantees access to the crossing.",
			want:  []gotStmt{{"Omar Haddad", "said", "Amman would sign the accord provided the Syrian side guarantees access to the crossing", false, "", "asserted"}},
			conds: []gotCond{{"Omar Haddad", "provided", "the Syrian side guarantees access to the crossing", "sign the accord", "", "statement"}},
		},
		{
			name:  "provided as a verb is no condition",
			text:  "The United States has provided the army with rifles, and Washington provided the funds. Secretary of State Dan Cole said Washington would send more aid provided that Congress approves it.",
			want:  []gotStmt{{"Dan Cole", "said", "Washington would send more aid provided that Congress approves it", false, "", "asserted"}},
			conds: []gotCond{{"Dan Cole", "provided that", "Congress approves it", "send more aid", "", "statement"}},
		},
		{
			name: "informants described by a briefing, after a numeral",
			text: "Two people briefed on the talks said Beijing had pressed both sides to accept monitors.",
			want: []gotStmt{{"people briefed on the talks", "said", "Beijing had pressed both sides to accept monitors", false, "", "asserted"}},
		},
		{
			name: "a singular diplomat with a place and an aside is named in the singular",
			text: "A Western diplomat in Amman, who asked not to be named, said donors were unlikely to pay for the homes.",
			want: []gotStmt{{"Western diplomat", "said", "donors were unlikely to pay for the homes", false, "", "insider"}},
		},
		{
			name: "a ministry of any portfolio named by its state's adjective speaks",
			text: "The Iraqi oil ministry said technical teams met in Baghdad.",
			want: []gotStmt{{"Iraqi Oil Ministry", "said", "technical teams met in Baghdad", false, "", "asserted"}},
		},
		{
			name: "regional diplomats keep their region, and speak as insiders when anonymous",
			text: "Two West African diplomats, speaking on condition of anonymity, said Nigeria had pushed for Abuja.",
			want: []gotStmt{{"West African diplomats", "said", "Nigeria had pushed for Abuja", false, "", "insider"}},
		},
		{
			name: "a modal early in a quotation hedges it",
			text: "\"Manila may be using the offer as leverage,\" said Ana Reyes, a researcher at the University of the Philippines.",
			want: []gotStmt{{"Ana Reyes", "said", "Manila may be using the offer as leverage", true, "", "hedged"}},
		},
		{
			name: "a junta speaks for its state",
			text: "The Myanmar junta rejected an offer of talks from the exiled opposition.",
			want: []gotStmt{{"Myanmar", "rejected", "an offer of talks from the exiled opposition", false, "", "asserted"}},
		},
		{
			name:  "as long as it takes is a duration, no requirement",
			text:  "Secretary of State Dan Cole said the United States would stand with Ukraine as long as it takes. Cole said Washington would lift the sanctions only if Russia withdraws its troops.",
			want:  []gotStmt{{"Dan Cole", "said", "the United States would stand with Ukraine as long as it takes", false, "", "asserted"}, {"Dan Cole", "said", "Washington would lift the sanctions only if Russia withdraws its troops", false, "", "asserted"}},
			conds: []gotCond{{"Dan Cole", "only if", "Russia withdraws its troops", "lift the sanctions", "", "statement"}},
		},
		{
			name:  "a leaked draft's offer is held by the offering state",
			text:  "A draft of the agreement seen by this newspaper suggests that Japan would fund the new port provided that the Philippines consults Tokyo before any foreign deployment.",
			want:  nil,
			conds: []gotCond{{"Japan", "provided that", "the Philippines consults Tokyo before any foreign deployment", "fund the new port", "", ""}},
		},
		{
			name:  "a passive must first: the subject is what is conditioned",
			text:  "Norwegian Fisheries Minister Kari Dahl said any new quota must first be approved by the joint commission, which meets in May.",
			want:  []gotStmt{{"Kari Dahl", "said", "any new quota must first be approved by the joint commission", false, "", "asserted"}},
			conds: []gotCond{{"Kari Dahl", "must first", "be approved by the joint commission", "any new quota", "", "statement"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, conds := extractAll(t, tc.text)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("statements (-want +got):\n%s", diff)
			}
			if tc.conds != nil {
				if diff := cmp.Diff(tc.conds, conds); diff != "" {
					t.Errorf("conditions (-want +got):\n%s", diff)
				}
			}
		})
	}
}

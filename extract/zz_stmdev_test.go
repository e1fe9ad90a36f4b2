package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

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

func TestDevSeeds(t *testing.T) {
	if os.Getenv("STM_DEV") == "" {
		t.Skip("dev only")
	}
	e, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("../testdata/articles/*.txt")
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		src, _ := os.ReadFile(f)
		gb, err := os.ReadFile("../../shared/gold/seeds/" + name + ".json")
		if err != nil {
			t.Skip(err)
		}
		var g struct {
			Actors []struct {
				Name, Kind, Country string
				Aliases             []string
			}
		}
		json.Unmarshal(gb, &g)
		var actors []actorRec
		var forms [][]string
		for _, ga := range g.Actors {
			var k diplo.ActorKind
			k.UnmarshalText([]byte(ga.Kind))
			actors = append(actors, actorRec{name: ga.Name, kind: k, country: ga.Country})
			fs := append([]string{ga.Name}, ga.Aliases...)
			if k == diplo.Person {
				ws := strings.Fields(ga.Name)
				fs = append(fs, ws[len(ws)-1])
			}
			if k == diplo.Country && ga.Country == "RUS" {
				fs = append(fs, "Moscow", "Kremlin")
			}
			forms = append(forms, fs)
		}
		a := devArticle(string(src), actors, forms)
		e.findTimes(a)
		e.findStatements(a)
		e.findConditions(a)
		ans := map[string]any{"doc": name}
		var sts []map[string]any
		nameOf := map[string]string{}
		for i := range a.actors {
			nameOf[a.actorID(i)] = a.actors[i].name
		}
		var acts []map[string]any
		for _, ga := range g.Actors {
			acts = append(acts, map[string]any{"name": ga.Name, "kind": ga.Kind, "aliases": ga.Aliases})
		}
		ans["actors"] = acts
		for _, s := range a.statements {
			var sp []string
			for _, x := range s.Speakers {
				sp = append(sp, nameOf[x])
			}
			var rb []string
			for _, x := range s.ReportedBy {
				rb = append(rb, nameOf[x])
			}
			var speaker any = sp
			if len(sp) == 1 {
				speaker = sp[0]
			}
			sts = append(sts, map[string]any{"speaker": speaker, "cue": s.Cue, "content": s.Content, "direct": s.Direct, "reported_by": rb, "evidential": s.Evidential.String()})
		}
		ans["statements"] = sts
		var cs []map[string]any
		for _, c := range a.conditions {
			var also []map[string]any
			for _, w := range c.Also {
				also = append(also, map[string]any{"cue": w.Cue, "requirement": w.Requirement})
			}
			cs = append(cs, map[string]any{"holder": nameOf[c.Holder], "cue": c.Cue, "requirement": c.Requirement, "applies_to": c.AppliesTo, "also": also})
		}
		ans["conditions"] = cs
		b, _ := json.MarshalIndent(ans, "", " ")
		os.WriteFile("/tmp/stm_ans/"+name+".json", b, 0o644)
	}
}

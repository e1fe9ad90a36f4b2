package extract

import (
	"fmt"
	"os"
	"testing"

	"github.com/parleyhq/parley/internal/text"
)

func TestZZActorDebug(t *testing.T) {
	f := os.Getenv("ACTOR_DEBUG")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	e, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := &article{t: text.Analyze(string(b))}
	a.doc.Text = string(b)
	e.findDate(a)
	e.findTimes(a)
	e.findActors(a)
	for i, r := range a.actors {
		fmt.Printf("%d %s %v %s strong=%d med=%d keep=%v titles=%q al=%q\n", i, r.name, r.kind, r.country, r.strong, r.medium, a.keepActor(i), r.titles, r.aliases)
	}
	for _, m := range a.mentions {
		fmt.Printf("   %q -> %s (%v)\n", a.t.Norm[m.start:m.end], a.actors[m.actor].name, m.kind)
	}
}

package extract

import (
	"os"
	"github.com/parleyhq/parley/diplo"
	"github.com/parleyhq/parley/internal/text"
	"testing"
)

func TestZZDbg(t *testing.T) {
	b, err := os.ReadFile("/tmp/s3p/a1.txt")
	if err != nil {
		t.Skip()
	}
	e, _ := New(Options{})
	a := &article{doc: diplo.Document{Text: string(b)}, t: text.Analyze(string(b))}
	e.findDate(a)
	e.findTimes(a)
	e.findActors(a)
	for _, m := range a.mentions {
		t.Logf("%q %d", a.t.Norm[m.start:m.end], m.actor)
	}
}

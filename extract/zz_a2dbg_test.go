package extract

import (
	"fmt"
	"os"
	"testing"

	"github.com/parleyhq/parley/diplo"
	"github.com/parleyhq/parley/internal/text"
)

func TestA2Dbg(t *testing.T) {
	b, err := os.ReadFile(os.Getenv("A2F"))
	if err != nil {
		t.Skip()
	}
	e, _ := New(Options{})
	d := text.Analyze(string(b))
	a := &article{doc: diplo.Document{Text: d.Src}, t: d}
	s := &actorScan{e: e, l: e.act, a: a, d: a.t, keys: map[string]int{}, lastEntEnd: -1, strongAt: map[int]bool{}, cidx: map[string]int{}, oidx: map[int]int{}}
	s.buf = new(scanBuf)
	s.ws = appendWords(nil, d)
	s.layout()
	s.chunk()
	s.labels()
	s.scan()
	s.mergePersons()
	s.names()
	fmt.Println(s.articleState(), s.homeState())
	s.contextCountries()
	for _, r := range a.actors {
		fmt.Printf("%+v\n", r)
	}
}

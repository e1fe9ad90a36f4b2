package extract

import (
	"fmt"
	"os"
	"testing"
)

func TestA2Probe(t *testing.T) {
	if os.Getenv("A2P") == "" {
		t.Skip()
	}
	e, _ := New(Options{})
	for _, src := range []string{
		"U.S.-Russia talks resumed in Geneva. The U.S.-China trade war continued.",
		"China and India agreed to resume talks. They said the border was calm.",
		"Russian state media reported the talks had ended. The state news agency TASS said Moscow was ready.",
		"The opposition Democratic Alliance said it would boycott the vote. The rebel Arakan Army said it had seized the town.",
		"Chinese Foreign Minister Wang Yi met Lavrov. Wang said the talks were useful. Lavrov said Moscow agreed.",
		"Israel's defence minister, Yoav Gallant, said the operation would continue.",
		"Qatar and Egypt, which mediate between Israel and Hamas, said the talks would resume.",
	} {
		a := runActors(e, src)
		fmt.Println("==", src)
		for _, x := range a.publicActors() {
			var ms []string
			for _, m := range x.Mentions {
				ms = append(ms, src[m.Span.Start:m.Span.End]+"/"+string(m.Kind))
			}
			fmt.Printf("  %s|%s|%s|%v|%v|%v\n", x.Name, x.Kind, x.Country, x.Titles, x.Aliases, ms)
		}
	}
}

func TestA2Tok(t *testing.T) {
	if os.Getenv("A2P") == "" {
		t.Skip()
	}
	e, _ := New(Options{})
	a := runActors(e, "U.S.-Russia talks resumed. Russia-Ukraine war.")
	for _, w := range appendWords(nil, a.t) {
		fmt.Printf("%q ", w.low)
	}
	fmt.Println()
}

func TestA2Tok2(t *testing.T) {
	if os.Getenv("A2P") == "" {
		t.Skip()
	}
	e, _ := New(Options{})
	for _, p := range []string{"u.s.", "russia", "ukraine"} {
		nd, _ := e.act.phr.get(wordHash(p))
		if nd != nil {
			fmt.Printf("%s %+v\n", p, nd.entries)
		} else {
			fmt.Println(p, "nil")
		}
	}
}

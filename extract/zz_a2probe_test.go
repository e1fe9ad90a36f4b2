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
		"Qatar and Egypt, which mediate between Israel and Hamas, said the talks would resume.",
		"Egypt, a mediator in the talks, said the ceasefire would hold. Israel rejected the plan.",
		"Norwegian facilitators postponed the round. Norway said the talks would resume.",
		"The talks were hosted by Oman. Iran and the United States said they were constructive.",
		"Ukraine's foreign minister Andrii Sybiha said the plan was flawed.",
		"Readout of President Emma Clark's Call with Chancellor Hans Weber of Germany\n\nToday, President Emma Clark spoke with Chancellor Hans Weber of Germany. President Clark reaffirmed the commitment of the United States to NATO.",
		"Lavrov met Rubio in Riyadh. Sergei Lavrov, Russia's foreign minister, said the talks were useful.",
		"Sudan's army said it would not attend. The Sudanese Armed Forces rejected the venue.",
	} {
		a := runActors(e, src)
		fmt.Println("==", src)
		for _, x := range a.publicActors() {
			fmt.Printf("  %s|%s|%s|%v|%v\n", x.Name, x.Kind, x.Country, x.Titles, x.Aliases)
		}
	}
}

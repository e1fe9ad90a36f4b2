package extract

import (
	"fmt"
	"testing"
)

func TestZZProbe(t *testing.T) {
	acts := []tActor{tPeskov, tLavrov, tBlinken, tRussia, tUSA, tUkraine, {"Volodymyr Zelenskyy", "person", "UKR", []string{"Zelenskyy"}}, {"Iran", "country", "IRN", []string{"Tehran"}}, tAnalyst}
	for _, src := range []string{
		"Russia is ready to negotiate, but only on condition that Ukraine abandons its NATO bid.",
		"Zelenskyy said Ukraine would agree to a ceasefire as long as security guarantees were provided.",
		"Tehran has insisted that sanctions relief is a precondition for any new nuclear deal.",
		"The United States will lift sanctions on Iran in exchange for verifiable limits on enrichment, Blinken said.",
		"Peskov said any summit was subject to thorough preparation.",
		"Lavrov said Moscow would not negotiate unless the West stopped arming Kyiv. He repeated that Russia would only talk if the West stopped supplying weapons.",
		"Analysts said talks could resume only if both sides made concessions.",
		"If the talks fail, the war could escalate, Blinken warned.",
		"Ukraine must first regain its territory, Zelenskyy said.",
	} {
		_, a := runStatements(t, "Test\n\n"+src, acts)
		e, _ := New(Options{})
		e.findConditions(a)
		fmt.Printf("%s\n", src)
		for _, c := range a.conditions {
			fmt.Printf("    %s | %q | %q | %q | also %d | %s\n", c.Holder, c.Cue, c.Requirement, c.AppliesTo, len(c.Also), c.Target)
		}
	}
}

package extract

import (
	"fmt"
	"testing"
)

func TestA3Probe(t *testing.T) {
	e := testExtractor(t)
	for _, src := range []string{
		"Lukas Brenner, Germany's deputy foreign minister, said the talks would resume. Brenner said later that no date was set.",
		"Ana Ruiz, the Spanish foreign ministry's spokeswoman, said Madrid was ready.",
		"Mara Kovac, the European Union's trade commissioner, told reporters the deal was close.",
		"Germany's foreign minister, Lukas Brenner, said the talks would resume.",
		"Officials met in Berlin. lukas Brenner said the talks would resume. brenner told reporters more.",
		"The Foreign Minister nick Thornton told the BBC the talks would resume. thornton said more.",
		"One Southeast Asian diplomat, who asked not to be named, said the talks stalled.",
		"A Western diplomat said the talks stalled.",
		"One Chinese official said the talks stalled.",
		"A senior Iranian official said the talks stalled.",
		"Troops from the Democratic Republic of the Congo crossed. The DRC said it was ready. DR Congo denied it.",
		"The Republic of the Congo said it was ready. Congo-Brazzaville denied it.",
		"Guinea-Bissau said it was ready. Equatorial Guinea said no. Papua New Guinea agreed. Guinea objected.",
		"Niger said it was ready. Nigeria objected. The Dominican Republic agreed. Dominica said no.",
		"South Sudan said it was ready. Sudan objected. North Macedonia agreed. The Central African Republic said no.",
		"The Korean Central News Agency said the test succeeded. KCNA added it was routine.",
		"The Islamic Republic News Agency reported the talks. IRNA said they went well.",
		"The Saudi Press Agency said the king met him. SPA added details.",
		"Anadolu Agency reported the talks. Prensa Latina said Cuba was ready. BelTA said Minsk agreed. Army Radio said troops moved. State television said the president spoke.",
	} {
		a := runActors(e, src)
		fmt.Println("==", src)
		for _, x := range a.publicActors() {
			fmt.Printf("   %q %v %s %v %v\n", x.Name, x.Kind, x.Country, x.Titles, x.Aliases)
		}
	}
}

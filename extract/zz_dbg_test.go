package extract

import "testing"

func TestZZShapes(t *testing.T) {
	acts := []tActor{tChile, tPeru, tOrtiz, tVega, {"Agence France-Presse", "media", "", nil}, {"Chilean League for Human Rights", "organization", "CHL", nil}, {"Marta Diaz", "person", "CHL", []string{"Diaz"}}}
	for _, s := range []string{
		"Ortiz told reporters Santiago would not sign.",
		"Chile said in a statement that it would recall its ambassador.",
		"Chile said in a statement it would recall its ambassador.",
		"Vega said in an interview he expected revenue to fall.",
		"Vega said in an interview with Reuters that he expected revenue to fall.",
		"Vega told Reuters in an interview that he expected revenue to fall.",
		"Vega said at a news conference in Lima that he expected revenue to fall.",
		"the president of the Chilean League for Human Rights, Marta Diaz, said the vote was unfair.",
		"Marta Diaz said, \"We want freedom, but not at any price.\"",
	} {
		got, _ := runStatements(t, s, acts)
		t.Logf("%s\n    => %+v", s, got)
	}
}

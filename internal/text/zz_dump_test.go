package text

import (
	"fmt"
	"os"
	"testing"
)

func TestZZDump(t *testing.T) {
	f := os.Getenv("DUMP")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	d := Analyze(string(b))
	names := []string{"Para", "Title", "Head", "TOC", "List", "THead", "TRow", "TRule", "Turn", "Date"}
	si := 0
	for bi, bl := range d.Blocks {
		fmt.Printf("[%s] %.90q", names[bl.Kind], d.Norm[bl.Start:bl.End])
		if bl.Kind == Turn {
			fmt.Printf(" LABEL=%q", d.Norm[bl.Label.Start:bl.Label.End])
		}
		if len(bl.Cells) > 0 {
			for _, c := range bl.Cells {
				fmt.Printf(" |%s", d.Norm[c.Start:c.End])
			}
		}
		fmt.Println()
		for si < len(d.Sents) && d.Sents[si].Block == bi {
			if os.Getenv("SENTS") != "" {
				fmt.Printf("    S: %q\n", d.SentText(si))
			}
			si++
		}
	}
}

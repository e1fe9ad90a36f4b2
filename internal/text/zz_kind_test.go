package text

import (
	"fmt"
	"os"
	"testing"
)

func TestZZKind(t *testing.T) {
	k := os.Getenv("KIND")
	if k == "" {
		t.Skip()
	}
	texts := loadTexts(t, "../../../shared/corpus/"+os.Getenv("DIR")+"/*.txt", 0)
	n := 0
	for _, s := range texts {
		d := Analyze(s)
		for _, b := range d.Blocks {
			if b.Kind.String() == k {
				n++
				if n%37 == 0 {
					x := d.Norm[b.Start:b.End]
					if len(x) > 120 {
						x = x[:120]
					}
					fmt.Printf("%q\n", x)
				}
			}
		}
	}
}

package text

import (
	"fmt"
	"os"
	"testing"
)

func TestZZRatio(t *testing.T) {
	if os.Getenv("RATIO") == "" {
		t.Skip()
	}
	texts := loadTexts(t, "../../../shared/corpus/*/*.txt", 0)
	nb, nt, ns, nbl := 0, 0, 0, 0
	for _, s := range texts {
		d := Analyze(s)
		nb += len(s)
		nt += len(d.Toks)
		ns += len(d.Sents)
		nbl += len(d.Blocks)
	}
	fmt.Println("bytes/token", float64(nb)/float64(nt), "bytes/sent", float64(nb)/float64(ns), "bytes/block", float64(nb)/float64(nbl))
}

package text

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestZZSents(t *testing.T) {
	if os.Getenv("SENTS2") == "" {
		t.Skip()
	}
	files, _ := filepath.Glob("../../../shared/corpus/" + os.Getenv("SENTS2") + "/*.txt")
	n := 0
	for _, f := range files {
		b, _ := os.ReadFile(f)
		d := Analyze(string(b))
		for i, s := range d.Sents {
			last := d.Toks[s.Tok1-1]
			txt := d.SentText(i)
			// ending in an abbreviation, or short sentences
			show := false
			if last.Is(Abbrev) {
				show = true
			}
			if os.Getenv("SHORT") != "" && s.Tok1-s.Tok0 <= 3 {
				show = true
			}
			if show {
				n++
				if n%3 == 0 {
					nx := ""
					if i+1 < len(d.Sents) {
						nx = d.SentText(i + 1)
					}
					if len(nx) > 40 {
						nx = nx[:40]
					}
					if len(txt) > 80 {
						txt = "..." + txt[len(txt)-80:]
					}
					fmt.Printf("%q || %q\n", strings.ReplaceAll(txt, "\n", " "), nx)
				}
			}
		}
	}
}

package text

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestZZLow(t *testing.T) {
	if os.Getenv("LOW") == "" {
		t.Skip()
	}
	files, _ := filepath.Glob("../../../shared/corpus/*/*.txt")
	n := 0
	for _, f := range files {
		b, _ := os.ReadFile(f)
		d := Analyze(string(b))
		for i := 1; i < len(d.Sents); i++ {
			s := d.Sents[i]
			if d.Sents[i-1].Block != s.Block {
				continue
			}
			r, _ := utf8.DecodeRuneInString(d.Norm[s.Start:])
			if !unicode.IsLower(r) {
				continue
			}
			n++
			p := d.SentText(i - 1)
			if len(p) > 50 {
				p = p[len(p)-50:]
			}
			x := d.SentText(i)
			if len(x) > 40 {
				x = x[:40]
			}
			fmt.Printf("%q || %q\n", p, x)
		}
	}
	fmt.Println(n)
}

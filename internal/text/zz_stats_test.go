package text

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"
)

func TestZZStats(t *testing.T) {
	if os.Getenv("STATS") == "" {
		t.Skip()
	}
	files, _ := filepath.Glob("../../../shared/corpus/*/*.txt")
	labels := map[string]int{}
	kinds := map[BlockKind]int{}
	rej := map[string]int{}
	for _, f := range files {
		b, _ := os.ReadFile(f)
		d := Analyze(string(b))
		for _, bl := range d.Blocks {
			kinds[bl.Kind]++
			if bl.Kind == Turn {
				labels[d.Norm[bl.Label.Start:bl.Label.End]]++
			}
			if bl.Kind == Paragraph || bl.Kind == Heading {
				p := &blockParser{d: d, s: d.Norm, low: d.Low}
				if le, _, ok := p.labelSyntax(bl.Start, bl.End); ok {
					rej[d.Norm[bl.Start:le]]++
				}
			}
		}
	}
	dump := func(m map[string]int, n int) {
		type kv struct {
			k string
			v int
		}
		var l []kv
		for k, v := range m {
			l = append(l, kv{k, v})
		}
		sort.Slice(l, func(i, j int) bool { return l[i].v > l[j].v || l[i].v == l[j].v && l[i].k < l[j].k })
		for i, x := range l {
			if i >= n {
				break
			}
			fmt.Printf("%6d %q\n", x.v, x.k)
		}
	}
	fmt.Println(kinds)
	fmt.Println("== accepted (mixed case)")
	m2 := map[string]int{}
	for k, v := range labels {
		if k != "Q" && k != "A" {
			hasLower := false
			for _, r := range k {
				if r >= 'a' && r <= 'z' {
					hasLower = true
				}
			}
			if hasLower {
				m2[k] = v
			}
		}
	}
	dump(m2, 60)
	fmt.Println("== rejected")
	dump(rej, 80)
}

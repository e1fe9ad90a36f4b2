package text_test

import (
	"fmt"
	"time"

	"github.com/parleyhq/parley/internal/text"
)

func ExampleAnalyze() {
	src := "MOSCOW, April 13 \u2014 Russia\u2019s envoy met U.S. officials.The talks will resume.\n" +
		"Dr. Elena Ivanova: This moment is critical."
	d := text.Analyze(src)
	for _, b := range d.Blocks {
		fmt.Printf("%s: %q\n", b.Kind, d.Text(b.Body.Start, b.Body.End))
	}
	for i := range d.Sents {
		s := d.Sents[i]
		// map back to the caller's bytes
		fmt.Printf("sentence %q\n", src[d.Orig(s.Start):d.Orig(s.End)])
	}
	pub, ok := text.PublicationDate(d, time.Date(1987, 6, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(pub.Format("2006-01-02"), ok)
	// Output:
	// paragraph: "MOSCOW, April 13 - Russia's envoy met U.S. officials.The talks will resume."
	// turn: "This moment is critical."
	// sentence "MOSCOW, April 13 — Russia’s envoy met U.S. officials."
	// sentence "The talks will resume."
	// sentence "This moment is critical."
	// 1987-04-13 true
}

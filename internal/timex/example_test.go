package timex_test

import (
	"fmt"
	"time"

	"github.com/parleyhq/parley/internal/timex"
)

func ExampleTagger_Tag() {
	text := "The envoys met on Saturday and will report within two weeks."
	ref := timex.Ref{Date: time.Date(2025, 2, 20, 0, 0, 0, 0, time.UTC), Known: true}
	for _, e := range timex.New().Tag(text, ref) {
		fmt.Println(text[e.Start:e.End], e.Type, e.Value, e.Bound, e.Tense)
	}
	// Output:
	// Saturday DATE 2025-02-15  -1
	// two weeks DURATION P2W 2025-02-20/2025-03-06 1
}

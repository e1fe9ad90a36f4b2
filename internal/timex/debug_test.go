package timex

import (
	"fmt"
	"os"
	"testing"
	"time"
)

func TestDebugTag(t *testing.T) {
	s := os.Getenv("TIMEX_DEBUG")
	if s == "" {
		t.Skip()
	}
	ref := Ref{Date: time.Date(2025, 2, 20, 0, 0, 0, 0, time.UTC), Known: true}
	for _, e := range New().Tag(s, ref) {
		fmt.Printf("%q %s %s mod=%s bound=%s tense=%d\n", s[e.Start:e.End], e.Type, e.Value, e.Mod, e.Bound, e.Tense)
	}
}

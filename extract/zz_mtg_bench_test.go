package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parleyhq/parley/diplo"
	"github.com/parleyhq/parley/internal/text"
)

func mtgStageTime(t *testing.T, e *Extractor, src string) (time.Duration, time.Duration, int) {
	a := &article{doc: diplo.Document{Text: src}, t: text.Analyze(src)}
	e.findDate(a)
	e.findTimes(a)
	e.findActors(a)
	t0 := time.Now()
	e.findMeetings(a)
	t1 := time.Now()
	e.findTopics(a)
	return t1.Sub(t0), time.Since(t1), len(a.meetings)
}

func TestMtgStageSpeed(t *testing.T) {
	if os.Getenv("MTG_SPEED") == "" {
		t.Skip()
	}
	e, _ := New(Options{})
	files, _ := filepath.Glob("/work/shared/corpus/*/*.txt")
	var sb strings.Builder
	for _, f := range files {
		b, _ := os.ReadFile(f)
		sb.Write(b)
		sb.WriteString("\n")
		if sb.Len() > 4<<20 {
			break
		}
	}
	m, tp, n := mtgStageTime(t, e, sb.String())
	t.Logf("corpus %d bytes: meetings %v (%.0f MB/s, %d) topics %v (%.0f MB/s)", sb.Len(), m, float64(sb.Len())/m.Seconds()/1e6, n, tp, float64(sb.Len())/tp.Seconds()/1e6)
	adv := map[string]string{
		"talks-no-punct": strings.Repeat("talks between Russia and the United States both countries will meet in Geneva ", 100000),
		"meet-repeat":    strings.Repeat("Russia met Japan and China met India ", 100000),
		"table":          "Date | Event | Outcome |\n---|---|---|\n" + strings.Repeat("June 2023 | Talks in Geneva | Agreement |\n", 50000),
		"quotes":         strings.Repeat("\"", 1<<20),
		"summit-visit":   strings.Repeat("the summit visit call phone call spoke with Putin hosted Xi ", 60000),
	}
	for name, s := range adv {
		m, tp, n := mtgStageTime(t, e, s)
		t.Logf("%s %d bytes: meetings %v (%.0f MB/s, %d) topics %v", name, len(s), m, float64(len(s))/m.Seconds()/1e6, n, tp)
	}
}

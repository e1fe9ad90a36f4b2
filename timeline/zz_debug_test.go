package timeline

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parleyhq/parley/diplo"
	"github.com/parleyhq/parley/extract"
)

func TestZZDebug(t *testing.T) {
	if os.Getenv("TLDEBUG") == "" {
		t.Skip()
	}
	ex, _ := extract.New(extract.Options{})
	files, _ := filepath.Glob("../testdata/articles/*.txt")
	var items []*item
	for _, f := range files {
		b, _ := os.ReadFile(f)
		id := strings.TrimSuffix(filepath.Base(f), ".txt")
		r, _ := ex.Extract(diplo.Document{ID: id, Text: string(b)})
		d := newDoc(r)
		fmt.Println("==", id, r.Document.Published.Format("2006-01-02"))
		for i := range d.items {
			it := &d.items[i]
			if it.kind != diplo.MeetingEvent {
				continue
			}
			items = append(items, it)
			fmt.Printf("%s %s %s parties=%q people=%d loc=%+v time=%q/%q own=%v compat=%v topics=%v words=%v\n  %q\n", it.id, it.meeting.Kind, it.status, it.parties, len(it.people), it.loc.Name, it.time.Text, it.time.Value, it.own, it.compat, it.topics, it.words, it.quote)
		}
	}
	for i, a := range items {
		for _, b := range items[i+1:] {
			if a.doc != b.doc {
				if sc := meetingScore(a, b); sc >= 2 {
					fmt.Println("score", a.doc.id[:3], a.id, b.doc.id[:3], b.id, sc)
				}
			}
		}
	}
}

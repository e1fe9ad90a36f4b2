package text

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestZZDates(t *testing.T) {
	if os.Getenv("STATS") == "" {
		t.Skip()
	}
	for _, dir := range []string{"reuters", "wikinews", "whitehouse"} {
		files, _ := filepath.Glob("../../../shared/corpus/" + dir + "/*.txt")
		ok, miss, wrong := 0, 0, 0
		for _, f := range files {
			b, _ := os.ReadFile(f)
			s := string(b)
			want, _ := time.Parse("2006-01-02", s[5:15])
			body := s[strings.IndexByte(s, '\n')+1:]
			got, found := PublicationDate(Analyze(body), want)
			switch {
			case !found:
				miss++
			case got.Equal(want):
				ok++
			default:
				wrong++
				if wrong < 5 {
					fmt.Println(dir, f, got, want)
				}
			}
		}
		fmt.Println(dir, "ok", ok, "miss", miss, "wrong", wrong)
	}
}

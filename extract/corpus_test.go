package extract_test

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/parleyhq/parley/diplo"
	"github.com/parleyhq/parley/extract"
)

// gateCorpusDir is the shared corpus of real articles, beside the checkout.
const gateCorpusDir = "../../shared/corpus"

// gateCorpusFolders are the corpus folders, each read in file-name order.
var gateCorpusFolders = []string{"whitehouse", "reuters", "wikinews"}

// gateCorpusFile is one article file of the corpus.
type gateCorpusFile struct {
	name string // "reuters/reuters-00175.txt"
	path string
	size int64
}

// gateCorpusFiles lists the corpus (every folder, file-name order), skipping
// the test or benchmark when the corpus is absent.
func gateCorpusFiles(tb testing.TB) []gateCorpusFile {
	tb.Helper()
	var out []gateCorpusFile
	for _, dir := range gateCorpusFolders {
		ents, err := os.ReadDir(filepath.Join(gateCorpusDir, dir))
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			tb.Fatal(err)
		}
		for _, ent := range ents {
			if ent.IsDir() || !strings.HasSuffix(ent.Name(), ".txt") {
				continue
			}
			info, err := ent.Info()
			if err != nil {
				tb.Fatal(err)
			}
			out = append(out, gateCorpusFile{name: dir + "/" + ent.Name(), path: filepath.Join(gateCorpusDir, dir, ent.Name()), size: info.Size()})
		}
	}
	if len(out) == 0 {
		tb.Skipf("corpus %s absent", gateCorpusDir)
	}
	return out
}

// gateCorpusSample picks files round-robin across the folders, in file-name
// order, until they hold at least n bytes: a fixed, mixed sample.
func gateCorpusSample(tb testing.TB, n int64) []gateCorpusFile {
	tb.Helper()
	by := map[string][]gateCorpusFile{}
	for _, f := range gateCorpusFiles(tb) {
		d, _, _ := strings.Cut(f.name, "/")
		by[d] = append(by[d], f)
	}
	var out []gateCorpusFile
	var total int64
	for i := 0; total < n; i++ {
		more := false
		for _, d := range gateCorpusFolders {
			if i < len(by[d]) {
				more = true
				out = append(out, by[d][i])
				total += by[d][i].size
			}
		}
		if !more {
			break
		}
	}
	return out
}

// gateRaceEnabled reports whether the test binary was built with -race.
func gateRaceEnabled() bool {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return false
	}
	for _, s := range bi.Settings {
		if s.Key == "-race" {
			return s.Value == "true"
		}
	}
	return false
}

// gateCorpusResult is what one file gave.
type gateCorpusResult struct {
	err                                             error // read, Extract (or panic) or invariant failure
	actors, statements, meetings, conditions, times int
}

// TestCorpus runs Extract and the Report invariants (gateCheck: spans in
// bounds on rune boundaries, Validate) over every article of the shared
// corpus: zero errors, zero panics. With -short, or under the race
// detector, a fixed sample (every 25th or every 5th file).
//
//	go test -count=1 -run '^TestCorpus$' -v ./extract
func TestCorpus(t *testing.T) {
	files := gateCorpusFiles(t)
	stride := 1
	switch {
	case testing.Short():
		stride = 25
	case gateRaceEnabled():
		stride = 5
	}
	if stride > 1 {
		var s []gateCorpusFile
		for i := 0; i < len(files); i += stride {
			s = append(s, files[i])
		}
		files = s
	}
	e := gateExtractor(t)

	res := make([]gateCorpusResult, len(files))
	var bytes int64
	for _, f := range files {
		bytes += f.size
	}
	jobs := make(chan int)
	var wg sync.WaitGroup
	start := time.Now()
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range jobs {
				res[i] = gateCorpusRun(e, files[i])
			}
		})
	}
	for i := range files {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	elapsed := time.Since(start)

	var tot gateCorpusResult
	failed := 0
	for i, r := range res {
		if r.err != nil {
			failed++
			if failed <= 20 {
				t.Errorf("%s: %s", files[i].name, gateShort(r.err))
			}
			continue
		}
		tot.actors += r.actors
		tot.statements += r.statements
		tot.meetings += r.meetings
		tot.conditions += r.conditions
		tot.times += r.times
	}
	if failed > 20 {
		t.Errorf("... and %d more failing files", failed-20)
	}
	t.Logf("corpus: %d files (stride %d), %.1f MB, %d failed, %v on %d workers (%.1f MB/s)",
		len(files), stride, float64(bytes)/1e6, failed, elapsed.Round(time.Millisecond),
		runtime.GOMAXPROCS(0), float64(bytes)/1e6/elapsed.Seconds())
	t.Logf("corpus totals: actors %d, statements %d, meetings %d, conditions %d, times %d",
		tot.actors, tot.statements, tot.meetings, tot.conditions, tot.times)
}

// gateCorpusRun extracts one file and checks the invariants.
func gateCorpusRun(e *extract.Extractor, f gateCorpusFile) gateCorpusResult {
	b, err := os.ReadFile(f.path)
	if err != nil {
		return gateCorpusResult{err: err}
	}
	text := string(b)
	r, err := gateExtract(e, diplo.Document{ID: filepath.Base(f.path), Text: text})
	if err != nil {
		return gateCorpusResult{err: err}
	}
	if err := gateCheck(r, text); err != nil {
		return gateCorpusResult{err: err}
	}
	// Extract documents that a "date YYYY-MM-DD" first line is the
	// publication date when the Document has none.
	line, _, _ := strings.Cut(text, "\n")
	if d, ok := strings.CutPrefix(strings.TrimSpace(line), "date "); ok {
		if want, err := time.Parse("2006-01-02", d); err == nil && r.Document.Published.Format("2006-01-02") != want.Format("2006-01-02") {
			return gateCorpusResult{err: fmt.Errorf("published %v, want %s from the date line", r.Document.Published, d)}
		}
	}
	return gateCorpusResult{
		actors: len(r.Actors), statements: len(r.Statements), meetings: len(r.Meetings),
		conditions: len(r.Conditions), times: len(r.Times),
	}
}

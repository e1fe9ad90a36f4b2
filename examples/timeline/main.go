// Command timeline extracts meetings and statements from news articles,
// merges them into one timeline and prints it.
//
// With no arguments it reads the seed articles in testdata/articles (from
// the module root or two directories below it); otherwise the files named.
//
//	go run ./examples/timeline                  # a readable Markdown table
//	go run ./examples/timeline -json a.txt b.txt
//	go run ./examples/timeline -timelinejs > timeline.json
//
// An article may begin with a line "date YYYY-MM-DD" giving its
// publication date; the extractor also reads datelines.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/parleyhq/parley/diplo"
	"github.com/parleyhq/parley/extract"
	"github.com/parleyhq/parley/timeline"
)

func main() {
	log := func(err error) {
		fmt.Fprintln(os.Stderr, "timeline:", err)
		os.Exit(1)
	}
	asJSON := flag.Bool("json", false, "print the timeline as JSON (diplo.Timeline)")
	asJS := flag.Bool("timelinejs", false, "print the timeline as Knight Lab TimelineJS JSON")
	title := flag.String("title", "Diplomatic timeline", "title of the TimelineJS output")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: timeline [-json | -timelinejs] [article.txt ...]\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if *asJSON && *asJS {
		log(errors.New("-json and -timelinejs exclude each other"))
	}
	files := flag.Args()
	if len(files) == 0 {
		var err error
		if files, err = seedArticles(); err != nil {
			log(err)
		}
	}
	tl, err := build(files)
	if err != nil {
		log(err)
	}
	switch {
	case *asJSON:
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		err = enc.Encode(tl)
	case *asJS:
		err = timeline.WriteTimelineJS(os.Stdout, tl, *title)
	default:
		err = writeReport(os.Stdout, tl, len(files))
	}
	if err != nil {
		log(err)
	}
}

// seedArticles finds testdata/articles/*.txt from the module root or from
// a directory two levels below it.
func seedArticles() ([]string, error) {
	for _, dir := range []string{"testdata/articles", "../../testdata/articles"} {
		files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
		if err == nil && len(files) > 0 {
			slices.Sort(files)
			return files, nil
		}
	}
	return nil, errors.New("no articles given and no testdata/articles/*.txt found; run from the module root or name article files")
}

// build extracts every file concurrently and merges the reports.
func build(files []string) (diplo.Timeline, error) {
	ex, err := extract.New(extract.Options{})
	if err != nil {
		return diplo.Timeline{}, err
	}
	sets := make([]timeline.Set, len(files))
	errs := make([]error, len(files))
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i, f := range files {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			b, err := os.ReadFile(f)
			if err != nil {
				errs[i] = err
				return
			}
			id := strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))
			r, err := ex.Extract(diplo.Document{ID: id, Text: string(b)})
			if err != nil {
				errs[i] = fmt.Errorf("%s: %w", f, err)
				return
			}
			sets[i] = timeline.FromReport(r)
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return diplo.Timeline{}, err
	}
	// Merge is commutative and associative: reduce pairwise.
	for len(sets) > 1 {
		var next []timeline.Set
		for i := 0; i < len(sets); i += 2 {
			if i+1 < len(sets) {
				next = append(next, timeline.Merge(sets[i], sets[i+1]))
			} else {
				next = append(next, sets[i])
			}
		}
		sets = next
	}
	if len(sets) == 0 {
		return diplo.Timeline{}, nil
	}
	return sets[0].Timeline(), nil
}

// writeReport prints a heading, the table and the cross-article findings.
func writeReport(w io.Writer, tl diplo.Timeline, articles int) error {
	merged := 0
	for _, e := range tl.Events {
		if len(e.Sources) > 1 {
			merged++
		}
	}
	fmt.Fprintf(w, "# Timeline: %d articles, %d events (%d reported by several articles), %d actors\n\n",
		articles, len(tl.Events), merged, len(tl.Actors))
	if len(tl.Events) == 0 {
		fmt.Fprintln(w, "The articles report no meetings or statements.")
		return nil
	}
	if err := timeline.WriteTable(w, tl); err != nil {
		return err
	}
	var shared []string
	for _, a := range tl.Actors {
		docs := map[string]bool{}
		for _, e := range timeline.Select(tl, timeline.WithActor(a.ID)) {
			for _, s := range e.Sources {
				docs[s.Document] = true
			}
		}
		if len(docs) > 1 {
			shared = append(shared, fmt.Sprintf("- %s: in %d articles", a.Name, len(docs)))
		}
	}
	if len(shared) > 0 {
		fmt.Fprintf(w, "\n## Actors across articles\n\n%s\n", strings.Join(shared, "\n"))
	}
	return nil
}

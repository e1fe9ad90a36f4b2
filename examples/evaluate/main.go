// Command evaluate writes Parley's answers in the formats the project's
// scorers read, so extraction quality can be measured.
//
// Answer-key mode: for each article FILE, write DIR/<name>.json in the
// answer-key format of the annotation guide, built only from the Report:
//
//	go run ./examples/evaluate -out DIR FILE...
//	python3 ../shared/gold/score.py GOLD_DIR DIR
//
// TempEval-3 mode: read a TempEval-3 JSONL file (one {"doc","dct","text"}
// object a line), extract with each dct as the publication date, and write
// every time expression with UTF-8 byte offsets:
//
//	go run ./examples/evaluate -te3 FILE.jsonl -out answers.json
//	python3 ../shared/te3/score.py score FILE.jsonl answers.json --bytes
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/parleyhq/parley/diplo"
	"github.com/parleyhq/parley/extract"
)

func main() {
	out := flag.String("out", "", "output: a directory (answer-key mode) or a JSON file (-te3 mode)")
	te3 := flag.String("te3", "", "a TempEval-3 JSONL file to tag instead of articles")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: evaluate -out DIR FILE...\n       evaluate -te3 FILE.jsonl -out ANSWERS.json\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if *out == "" || (*te3 == "" && flag.NArg() == 0) {
		flag.Usage()
		os.Exit(2)
	}
	ex, err := extract.New(extract.Options{})
	if err != nil {
		fatal(err)
	}
	if *te3 != "" {
		err = runTE3(ex, *te3, *out)
	} else {
		err = runArticles(ex, *out, flag.Args())
	}
	if err != nil {
		fatal(err)
	}
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "evaluate:", err)
	os.Exit(1)
}

func runArticles(ex *extract.Extractor, dir string, files []string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		name := strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))
		r, err := ex.Extract(diplo.Document{ID: name, Text: string(b)})
		if err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
		if err := writeJSON(filepath.Join(dir, name+".json"), Answer(r)); err != nil {
			return err
		}
	}
	return nil
}

func writeJSON(path string, v any) error {
	b, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

type te3Doc struct {
	Doc  string `json:"doc"`
	DCT  string `json:"dct"`
	Text string `json:"text"`
}

type te3Answer struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"`
	Value string `json:"value"`
}

func runTE3(ex *extract.Extractor, in, out string) error {
	f, err := os.Open(in)
	if err != nil {
		return err
	}
	defer f.Close()
	answers := map[string][]te3Answer{}
	rd := bufio.NewReader(f)
	for n := 1; ; n++ {
		line, err := rd.ReadBytes('\n')
		if len(strings.TrimSpace(string(line))) > 0 {
			var d te3Doc
			if err := json.Unmarshal(line, &d); err != nil {
				return fmt.Errorf("%s:%d: %w", in, n, err)
			}
			doc := diplo.Document{ID: d.Doc, Text: d.Text}
			// A DCT may carry a time of day ("1998-03-01T14:11:00"); the
			// date is the reference.
			if t, err := time.Parse("2006-01-02", d.DCT[:min(len(d.DCT), 10)]); err == nil {
				doc.Published = t
			}
			r, err := ex.Extract(doc)
			if err != nil {
				return fmt.Errorf("%s: %w", d.Doc, err)
			}
			as := []te3Answer{}
			for i, t := range r.Times {
				if covers(r.Times, i) {
					continue // a time built from others ("April 24 and 25"): TempEval tags the parts
				}
				typ := strings.ToUpper(t.Type.String())
				as = append(as, te3Answer{t.Span.Start, t.Span.End, typ, t.Value})
			}
			answers[d.Doc] = as
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
	}
	return writeJSON(out, answers)
}

// covers reports whether times[i] contains another time expression of the
// report: a combined expression that later stages built from the tagged
// ones. Times are in text order.
func covers(times []diplo.Time, i int) bool {
	t := times[i]
	for j := i + 1; j < len(times) && times[j].Span.Start < t.Span.End; j++ {
		if times[j].Span.End <= t.Span.End {
			return true
		}
	}
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if times[j].Span.Start >= t.Span.Start && times[j].Span.End <= t.Span.End {
			return true
		}
	}
	return false
}

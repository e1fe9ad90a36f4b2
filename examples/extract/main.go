// Command extract reads articles and prints Parley's Reports as JSON.
//
//	go run ./examples/extract testdata/articles/000_4ac545821579ca44.txt
//	cat article.txt | go run ./examples/extract
//
// Each input gives one indented JSON Report on standard output. The
// -published flag sets the publication date (YYYY-MM-DD) when the text has
// none; -notext leaves the article text out of the output.
package main

import (
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
	published := flag.String("published", "", "publication date `YYYY-MM-DD` for texts that carry none")
	noText := flag.Bool("notext", false, "omit the article text from the output")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: extract [-published YYYY-MM-DD] [-notext] [FILE...]\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	var opts extract.Options
	if *published != "" {
		t, err := time.Parse("2006-01-02", *published)
		if err != nil {
			fatal(fmt.Errorf("-published: %w", err))
		}
		opts.Reference = t
	}
	ex, err := extract.New(opts)
	if err != nil {
		fatal(err)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	run := func(id string, b []byte) {
		r, err := ex.Extract(diplo.Document{ID: id, Text: string(b)})
		if err != nil {
			fatal(fmt.Errorf("%s: %w", id, err))
		}
		if *noText {
			r.Document.Text = ""
		}
		if err := enc.Encode(r); err != nil {
			fatal(err)
		}
	}
	if flag.NArg() == 0 {
		b, err := io.ReadAll(os.Stdin)
		if err != nil {
			fatal(err)
		}
		run("stdin", b)
		return
	}
	for _, f := range flag.Args() {
		b, err := os.ReadFile(f)
		if err != nil {
			fatal(err)
		}
		run(strings.TrimSuffix(filepath.Base(f), filepath.Ext(f)), b)
	}
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "extract:", err)
	os.Exit(1)
}

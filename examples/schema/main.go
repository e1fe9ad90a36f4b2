// Command schema prints the JSON Schema (draft 2020-12) of Parley's Report
// and Timeline JSON:
//
//	go run ./examples/schema > parley.schema.json
//
// Every type is an entry of the document's $defs; the root accepts a Report
// or a Timeline, and "#/$defs/Report" or "#/$defs/Timeline" selects one.
package main

import (
	"fmt"
	"os"

	"github.com/parleyhq/parley/diplo"
)

func main() {
	if _, err := os.Stdout.Write(diplo.Schema()); err != nil {
		fmt.Fprintln(os.Stderr, "schema:", err)
		os.Exit(1)
	}
}

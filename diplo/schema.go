package diplo

import _ "embed"

//go:generate go run ./internal/schemagen -o schema.json

//go:embed schema.json
var schema []byte

// Schema returns the JSON Schema (draft 2020-12) of the JSON encoding of
// Report and Timeline. It is one document: every type is an entry of its
// $defs, named as in Go ("Report", "Timeline", "Meeting", "Status", ...),
// and the root accepts a Report or a Timeline (anyOf). To validate only
// one of them, point a validator at "#/$defs/Report" or "#/$defs/Timeline".
// Enumerations appear as strings with their allowed values; descriptions
// are the doc comments of the Go types and fields.
//
// The result is a fresh copy on every call; the caller may change it.
func Schema() []byte { return append([]byte(nil), schema...) }

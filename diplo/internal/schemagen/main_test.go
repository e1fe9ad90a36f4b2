package main

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// TestCommittedSchemaIsFresh fails when diplo/schema.json no longer matches
// the Go types: regenerate it with go generate ./diplo.
func TestCommittedSchemaIsFresh(t *testing.T) {
	got, err := generate("../..")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../../schema.json")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("diplo/schema.json is stale (%d bytes committed, %d generated): run go generate ./diplo", len(want), len(got))
	}
}

func TestSchemaShape(t *testing.T) {
	b, err := generate("../..")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Schema string                     `json:"$schema"`
		AnyOf  []map[string]string        `json:"anyOf"`
		Defs   map[string]json.RawMessage `json:"$defs"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		got  bool
	}{
		{"draft 2020-12", doc.Schema == "https://json-schema.org/draft/2020-12/schema"},
		{"root is Report or Timeline", len(doc.AnyOf) == 2 && doc.AnyOf[0]["$ref"] == "#/$defs/Report" && doc.AnyOf[1]["$ref"] == "#/$defs/Timeline"},
		{"Report defined", doc.Defs["Report"] != nil},
		{"Timeline defined", doc.Defs["Timeline"] != nil},
		{"Status is a string enum", string(doc.Defs["Status"]) != "" && strings.Contains(compact(t, doc.Defs["Status"]), `"type":"string","enum":["held","ongoing","planned","proposed","cancelled","postponed"]`)},
		{"Mod has no empty name", !strings.Contains(compact(t, doc.Defs["Mod"]), `""`)},
		{"time.Time is a date-time string", strings.Contains(compact(t, doc.Defs["Document"]), `"published":{"type":"string","format":"date-time"`)},
		{"no $defs entry for time.Time", doc.Defs["time.Time"] == nil},
		{"Interval bounds are not diplo.Time", !strings.Contains(compact(t, doc.Defs["Interval"]), `#/$defs/Time`)},
	}
	for _, tt := range tests {
		if !tt.got {
			t.Errorf("%s: not so", tt.name)
		}
	}
}

func TestReadCommentsMissingDir(t *testing.T) {
	if _, err := generate(t.TempDir()); err == nil {
		t.Error("generate on a directory with no Go files: no error")
	}
}

func compact(t *testing.T, b []byte) string {
	t.Helper()
	var buf bytes.Buffer
	if err := json.Compact(&buf, b); err != nil {
		return ""
	}
	return buf.String()
}

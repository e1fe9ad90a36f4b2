package diplo

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"
)

// jsonValidator checks a JSON value against the subset of JSON Schema that
// schema.json uses: type, properties, required, additionalProperties,
// items, enum, pattern, format date-time, anyOf and $ref to $defs.
// Annotations (description, examples, title, $id, $schema) are ignored; any
// other keyword is an error, so the schema cannot silently outgrow it.
type jsonValidator struct {
	defs map[string]any
	errs []string
}

var annotations = map[string]bool{"description": true, "examples": true, "title": true, "$id": true, "$schema": true, "$defs": true}

func (v *jsonValidator) fail(path, format string, args ...any) {
	v.errs = append(v.errs, path+": "+fmt.Sprintf(format, args...))
}

// check validates x (decoded with UseNumber) at path against schema s.
func (v *jsonValidator) check(path string, s, x any) {
	switch s := s.(type) {
	case bool:
		if !s {
			v.fail(path, "not allowed")
		}
		return
	case map[string]any:
		keys := make([]string, 0, len(s))
		for k := range s {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			v.keyword(path, k, s, x)
		}
	default:
		v.fail(path, "schema is a %T", s)
	}
}

func (v *jsonValidator) keyword(path, k string, s map[string]any, x any) {
	if annotations[k] {
		return
	}
	switch k {
	case "$ref":
		ref, _ := s[k].(string)
		name, ok := strings.CutPrefix(ref, "#/$defs/")
		def, found := v.defs[name]
		if !ok || !found {
			v.fail(path, "unresolvable $ref %q", ref)
			return
		}
		v.check(path, def, x)
	case "anyOf":
		alts, _ := s[k].([]any)
		for _, alt := range alts {
			sub := &jsonValidator{defs: v.defs}
			sub.check(path, alt, x)
			if len(sub.errs) == 0 {
				return
			}
		}
		v.fail(path, "matches none of anyOf")
	case "type":
		if want := s[k].(string); !hasType(x, want) {
			v.fail(path, "is %s, want %s", typeOf(x), want)
		}
	case "enum":
		for _, e := range s[k].([]any) {
			if e == x {
				return
			}
		}
		v.fail(path, "%v is not in enum %v", x, s[k])
	case "pattern":
		if str, ok := x.(string); ok {
			if !regexp.MustCompile(s[k].(string)).MatchString(str) {
				v.fail(path, "%q does not match %s", str, s[k])
			}
		}
	case "format":
		str, ok := x.(string)
		if !ok {
			return
		}
		switch s[k] {
		case "date-time":
			if _, err := time.Parse(time.RFC3339Nano, str); err != nil {
				v.fail(path, "%q is not a date-time", str)
			}
		default:
			v.fail(path, "unsupported format %v", s[k])
		}
	case "required":
		obj, ok := x.(map[string]any)
		if !ok {
			return
		}
		for _, r := range s[k].([]any) {
			if _, ok := obj[r.(string)]; !ok {
				v.fail(path, "missing required %q", r)
			}
		}
	case "properties":
		obj, ok := x.(map[string]any)
		if !ok {
			return
		}
		props := s[k].(map[string]any)
		for _, name := range sortedKeys(obj) {
			if ps, ok := props[name]; ok {
				v.check(path+"."+name, ps, obj[name])
			}
		}
	case "additionalProperties":
		obj, ok := x.(map[string]any)
		if !ok {
			return
		}
		props, _ := s["properties"].(map[string]any)
		for _, name := range sortedKeys(obj) {
			if _, ok := props[name]; !ok {
				v.check(path+"."+name, s[k], obj[name])
			}
		}
	case "items":
		arr, ok := x.([]any)
		if !ok {
			return
		}
		for i, e := range arr {
			v.check(fmt.Sprintf("%s[%d]", path, i), s[k], e)
		}
	default:
		v.fail(path, "validator does not support keyword %q", k)
	}
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func hasType(x any, want string) bool {
	if want == "integer" {
		n, ok := x.(json.Number)
		if !ok {
			return false
		}
		_, ok = new(big.Int).SetString(n.String(), 10)
		return ok
	}
	return typeOf(x) == want
}

func typeOf(x any) string {
	switch x.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case json.Number:
		return "number"
	case string:
		return "string"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	}
	return fmt.Sprintf("%T", x)
}

func decodeJSON(t *testing.T, b []byte) any {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var x any
	if err := dec.Decode(&x); err != nil {
		t.Fatal(err)
	}
	return x
}

// validateSchema validates the JSON x against the definition def of
// Schema() ("" for the root) and returns the problems found.
func validateSchema(t *testing.T, def string, x any) []string {
	t.Helper()
	root, ok := decodeJSON(t, Schema()).(map[string]any)
	if !ok {
		t.Fatal("schema is not an object")
	}
	defs, _ := root["$defs"].(map[string]any)
	v := &jsonValidator{defs: defs}
	var s any = root
	if def != "" {
		s = map[string]any{"$ref": "#/$defs/" + def}
	}
	v.check("$", s, x)
	return v.errs
}

// TestGoldenMatchesSchema validates the golden JSON files against the
// embedded schema, as the root and as their own definitions.
func TestGoldenMatchesSchema(t *testing.T) {
	tests := []struct {
		name string
		file string
		def  string
	}{
		{"report as root", "report.golden.json", ""},
		{"report as Report", "report.golden.json", "Report"},
		{"timeline as root", "timeline.golden.json", ""},
		{"timeline as Timeline", "timeline.golden.json", "Timeline"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if errs := validateSchema(t, tt.def, decodeJSON(t, b)); len(errs) > 0 {
				t.Errorf("%s does not match the schema:\n%s", tt.file, strings.Join(errs, "\n"))
			}
		})
	}
}

// TestSchemaRejects checks that the schema, through the test validator,
// rejects damaged reports; each case changes one value of the golden
// report.
func TestSchemaRejects(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "report.golden.json"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		def    string
		change func(r map[string]any)
		want   string // in one of the errors
	}{
		{"unknown status", "Report", func(r map[string]any) { item(r, "meetings", 0)["status"] = "maybe" }, `$.meetings[0].status: maybe is not in enum`},
		{"unknown actor kind", "Report", func(r map[string]any) { item(r, "actors", 0)["kind"] = "animal" }, `$.actors[0].kind: animal is not in enum`},
		{"unknown mod", "", func(r map[string]any) { item(r, "times", 1)["mod"] = "START" }, `START is not in enum`},
		{"enum as number", "Report", func(r map[string]any) { item(r, "statements", 0)["evidential"] = json.Number("1") }, `$.statements[0].evidential: is number, want string`},
		{"unknown field", "Report", func(r map[string]any) { item(r, "meetings", 0)["venue"] = "Oslo" }, `$.meetings[0].venue: not allowed`},
		{"missing required", "Report", func(r map[string]any) { delete(item(r, "statements", 0), "cue") }, `$.statements[0]: missing required "cue"`},
		{"span offset not an integer", "Report", func(r map[string]any) {
			item(r, "times", 0)["span"].(map[string]any)["start"] = json.Number("1.5")
		}, `$.times[0].span.start: is number, want integer`},
		{"bad date-time", "Report", func(r map[string]any) { r["document"].(map[string]any)["published"] = "March 3" }, `"March 3" is not a date-time`},
		{"malformed topic", "Report", func(r map[string]any) { r["topics"] = []any{"Bilateral Relations"} }, `$.topics[0]: "Bilateral Relations" does not match`},
		{"speakers not an array", "Report", func(r map[string]any) { item(r, "statements", 0)["speakers"] = nil }, `$.statements[0].speakers: is null, want array`},
		{"report is no timeline", "Timeline", func(map[string]any) {}, `$.document: not allowed`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := decodeJSON(t, b).(map[string]any)
			tt.change(r)
			errs := validateSchema(t, tt.def, r)
			if tt.def == "" {
				// The root's anyOf only says that nothing matched; find
				// the reason against Report.
				if len(errs) == 0 {
					t.Fatal("root schema accepted the damaged report")
				}
				errs = validateSchema(t, "Report", r)
			}
			for _, e := range errs {
				if strings.Contains(e, tt.want) {
					return
				}
			}
			t.Errorf("no error contains %q; got:\n%s", tt.want, strings.Join(errs, "\n"))
		})
	}
}

// item is the i-th object of the array r[key].
func item(r map[string]any, key string, i int) map[string]any {
	return r[key].([]any)[i].(map[string]any)
}

func TestSchemaIsACopy(t *testing.T) {
	a := Schema()
	if len(a) == 0 || !json.Valid(a) {
		t.Fatal("Schema() is not JSON")
	}
	a[0] = 'X'
	if b := Schema(); b[0] == 'X' {
		t.Error("changing the result of Schema() changed the next result")
	}
}

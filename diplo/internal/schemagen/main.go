// Command schemagen writes the JSON Schema (draft 2020-12) of diplo.Report
// and diplo.Timeline. It is run by go generate in the diplo directory:
//
//	go run ./internal/schemagen -o schema.json
//
// It lives in its own main package so that importing diplo never pulls the
// schema generator (github.com/invopop/jsonschema) into a user's build.
//
// The document is one root schema whose $defs hold every type, with Report
// and Timeline as entries and the root accepting either (anyOf). Enum types
// of diplo, integers that marshal to text, become
// {"type":"string","enum":[...]} with the names found by marshalling the
// values 0..255. Descriptions are the types' and fields' doc comments, read
// from the Go source in -dir.
package main

import (
	"bytes"
	"encoding"
	"encoding/json"
	"flag"
	"fmt"
	"go/ast"
	"go/doc"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"time"

	"github.com/invopop/jsonschema"
	"github.com/parleyhq/parley/diplo"
)

// schemaID is the $id of the generated document.
const schemaID = "https://github.com/parleyhq/parley/diplo/schema.json"

func main() {
	out := flag.String("o", "schema.json", "output file")
	dir := flag.String("dir", ".", "directory of the diplo package source, for descriptions")
	flag.Parse()
	b, err := generate(*dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "schemagen:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "schemagen:", err)
		os.Exit(1)
	}
}

var (
	textMarshaler = reflect.TypeFor[encoding.TextMarshaler]()
	topicType     = reflect.TypeFor[diplo.Topic]()
	timeType      = reflect.TypeFor[time.Time]()
)

// generate builds the schema document from the diplo types, with
// descriptions from the source in dir.
func generate(dir string) ([]byte, error) {
	comments, err := readComments(dir)
	if err != nil {
		return nil, err
	}
	defs := jsonschema.Definitions{}
	r := &jsonschema.Reflector{
		Mapper: func(t reflect.Type) *jsonschema.Schema {
			if t == timeType {
				return &jsonschema.Schema{Type: "string", Format: "date-time"}
			}
			s := leafSchema(t)
			if s == nil {
				return nil
			}
			s.Description = comments[t.Name()]
			defs[t.Name()] = s
			return &jsonschema.Schema{Ref: "#/$defs/" + t.Name()}
		},
		// Without its own name time.Time would be taken for diplo.Time,
		// which is in $defs as "Time".
		Namer: func(t reflect.Type) string {
			if t == timeType {
				return "time.Time"
			}
			return ""
		},
		LookupComment: func(t reflect.Type, field string) string {
			if t.PkgPath() != topicType.PkgPath() {
				return ""
			}
			if field == "" {
				return comments[t.Name()]
			}
			return comments[t.Name()+"."+field]
		},
	}
	root := &jsonschema.Schema{
		Version: jsonschema.Version,
		ID:      schemaID,
		Title:   "Parley diplo",
		Description: "A diplo.Report (one article's extraction, $defs/Report) or a " +
			"diplo.Timeline (many reports merged, $defs/Timeline).",
		Definitions: defs,
	}
	for _, v := range []any{diplo.Report{}, diplo.Timeline{}} {
		s := r.Reflect(v)
		for name, d := range s.Definitions {
			if old, dup := defs[name]; dup && old != d {
				a, _ := json.Marshal(old)
				b, _ := json.Marshal(d)
				if !bytes.Equal(a, b) {
					return nil, fmt.Errorf("two types named %s", name)
				}
			}
			defs[name] = d
		}
		root.AnyOf = append(root.AnyOf, &jsonschema.Schema{Ref: s.Ref})
	}
	b, err := json.MarshalIndent(root, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// leafSchema is the schema of a diplo type that JSON encodes as a string by
// its own methods, or nil for any other type.
func leafSchema(t reflect.Type) *jsonschema.Schema {
	if t.PkgPath() != topicType.PkgPath() {
		return nil
	}
	if t == topicType {
		var ids []any
		for _, ti := range diplo.Topics() {
			ids = append(ids, string(ti.ID))
		}
		return &jsonschema.Schema{
			Type:     "string",
			Pattern:  "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$",
			Examples: ids,
		}
	}
	switch t.Kind() {
	case reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uint,
		reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64, reflect.Int:
	default:
		return nil
	}
	if !t.Implements(textMarshaler) {
		return nil
	}
	var names []any
	for i := range 256 {
		v := reflect.New(t).Elem()
		if v.CanUint() {
			v.SetUint(uint64(i))
		} else {
			v.SetInt(int64(i))
		}
		b, err := v.Interface().(encoding.TextMarshaler).MarshalText()
		if err == nil && len(b) > 0 {
			names = append(names, string(b))
		}
	}
	return &jsonschema.Schema{Type: "string", Enum: names}
}

// readComments maps "Type" and "Type.Field" to their doc comments in the Go
// files (tests excluded) of dir: the first sentence for a type, the whole
// comment for a field.
func readComments(dir string) (map[string]string, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	fset := token.NewFileSet()
	var files []*ast.File
	for _, p := range paths {
		if strings.HasSuffix(p, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, p, nil, parser.ParseComments)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no Go files in %s", dir)
	}
	var p doc.Package
	m := map[string]string{}
	for _, f := range files {
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.TYPE {
				continue
			}
			for _, spec := range g.Specs {
				ts := spec.(*ast.TypeSpec)
				if !ts.Name.IsExported() {
					continue
				}
				txt := ts.Doc.Text()
				if txt == "" && len(g.Specs) == 1 {
					txt = g.Doc.Text()
				}
				m[ts.Name.Name] = oneLine(p.Synopsis(txt))
				st, ok := ts.Type.(*ast.StructType)
				if !ok {
					continue
				}
				for _, fld := range st.Fields.List {
					txt := fld.Doc.Text()
					if txt == "" {
						txt = fld.Comment.Text()
					}
					if txt = oneLine(txt); txt == "" {
						continue
					}
					for _, n := range fld.Names {
						m[ts.Name.Name+"."+n.Name] = txt
					}
				}
			}
		}
	}
	return m, nil
}

// oneLine joins the lines of a comment with spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

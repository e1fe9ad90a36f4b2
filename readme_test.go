package parley_test

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// build compiles the given main packages (import path suffix -> source of
// main.go) inside this module without writing them to disk: the go command
// sees them through an overlay. It returns the compiler's output on error.
func build(t *testing.T, pkgs map[string]string) error {
	t.Helper()
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go command not found")
	}
	root, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	overlay := map[string]map[string]string{"Replace": {}}
	var args []string
	for name, src := range pkgs {
		file := filepath.Join(tmp, name+".go")
		if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		overlay["Replace"][filepath.Join(root, "zzsnippet", name, "main.go")] = file
		args = append(args, "./zzsnippet/"+name)
	}
	b, err := json.Marshal(overlay)
	if err != nil {
		t.Fatal(err)
	}
	ov := filepath.Join(tmp, "overlay.json")
	if err := os.WriteFile(ov, b, 0o644); err != nil {
		t.Fatal(err)
	}
	sort.Strings(args)
	// -o: a single main package would otherwise leave its binary here.
	out := filepath.Join(tmp, "bin")
	if len(args) == 1 {
		out = filepath.Join(tmp, "snippet.bin")
	} else if err := os.Mkdir(out, 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(gobin, append([]string{"build", "-o", out, "-overlay", ov}, args...)...)
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("%v\n%s", err, out)
	}
	return nil
}

// TestDocSnippets compiles the code shown to readers (the README's
// quick start and the program in the package overview of doc.go) against
// the real API, so that neither can drift from it.
func TestDocSnippets(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles the module from source")
	}
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		src  func() (string, bool)
	}{
		{"README quick start", func() (string, bool) {
			m := regexp.MustCompile("(?s)```go\n(.*?)```").FindSubmatch(readme)
			if m == nil {
				return "", false
			}
			return string(m[1]), true
		}},
		{"doc.go program", func() (string, bool) {
			// The tab-indented comment block after "A complete program:".
			_, rest, ok := strings.Cut(string(doc), "// A complete program:\n//\n")
			if !ok {
				return "", false
			}
			var body strings.Builder
			for _, line := range strings.Split(rest, "\n") {
				code, ok := strings.CutPrefix(line, "//\t")
				if !ok {
					break
				}
				body.WriteString(code + "\n")
			}
			return `package main

import (
	"fmt"
	"log"

	"github.com/parleyhq/parley/diplo"
	"github.com/parleyhq/parley/extract"
	"github.com/parleyhq/parley/timeline"
)

func main() { program("", "") }

func program(articleOne, articleTwo string) {
` + body.String() + "}\n", body.Len() > 0
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, ok := tt.src()
			if !ok {
				t.Fatal("snippet not found")
			}
			if err := build(t, map[string]string{"snippet": src}); err != nil {
				t.Errorf("the snippet does not compile against the module:\n%v\n%s", err, src)
			}
		})
	}
}

// TestBuildCatchesErrors makes sure the check above can fail.
func TestBuildCatchesErrors(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles the module from source")
	}
	src := `package main

import "github.com/parleyhq/parley/diplo"

var _ = diplo.NoSuchName

func main() {}
`
	if err := build(t, map[string]string{"bad": src}); err == nil {
		t.Error("a snippet using an undefined name compiled")
	} else if !strings.Contains(err.Error(), "NoSuchName") {
		t.Errorf("build failed for another reason: %v", err)
	}
}

// TestReadmeCommands checks that the README names the commands that work on
// a fresh clone and the package map.
func TestReadmeCommands(t *testing.T) {
	b, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(b)
	for _, want := range []string{
		"go get github.com/parleyhq/parley",
		"go run ./examples/timeline",
		"go test ./...",
		"## Accuracy",
		"## Speed",
		"(diplo)", "(extract)", "(timeline)", "(internal/text)", "(internal/timex)",
	} {
		if !strings.Contains(readme, want) {
			t.Errorf("README.md does not mention %q", want)
		}
	}
	for _, dir := range regexp.MustCompile(`\]\((examples/[a-z]+)\)`).FindAllStringSubmatch(readme, -1) {
		if _, err := os.Stat(dir[1]); err != nil {
			t.Errorf("README.md links %s: %v", dir[1], err)
		}
	}
}

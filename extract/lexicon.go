package extract

import (
	"bufio"
	"embed"
	"fmt"
	"strings"
)

// The built-in lexicons: plain text files under lexicon/, one entry a line,
// "#" comments, fields separated by " | ".
//
//go:embed lexicon
var lexiconFS embed.FS

// readLexicon calls fn for each entry line of lexicon/name, with its
// fields trimmed. An error from fn is returned with the file and line.
func readLexicon(name string, fn func(fields []string) error) error {
	b, err := lexiconFS.ReadFile("lexicon/" + name)
	if err != nil {
		return fmt.Errorf("extract: lexicon %s: %w", name, err)
	}
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		fs := strings.Split(line, "|")
		for i := range fs {
			fs[i] = strings.TrimSpace(fs[i])
		}
		if err := fn(fs); err != nil {
			return fmt.Errorf("extract: lexicon %s:%d: %w", name, n, err)
		}
	}
	return sc.Err()
}

package timex

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// te3Dir holds the TempEval-3 training data outside the repository.
const te3Dir = "../../../shared/te3"

type te3Doc struct {
	Doc  string `json:"doc"`
	DCT  string `json:"dct"`
	Text string `json:"text"`
}

type te3Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"`
	Value string `json:"value"`
}

// TestTE3 writes answers for the TempEval-3 training files to the directory
// named by PARLEY_TE3_OUT, for scoring with the TempEval-3 scorer:
//
//	PARLEY_TE3_OUT=/tmp/te3 go test -run TestTE3 ./internal/timex
//	python3 score.py score train_timebank.jsonl /tmp/te3/timebank.json --bytes
func TestTE3(t *testing.T) {
	out := os.Getenv("PARLEY_TE3_OUT")
	if out == "" {
		t.Skip("PARLEY_TE3_OUT not set")
	}
	tg := New()
	for _, f := range []struct{ in, out string }{
		{"train_timebank.jsonl", "timebank.json"},
		{"train_aquaint.jsonl", "aquaint.json"},
	} {
		fh, err := os.Open(filepath.Join(te3Dir, f.in))
		if err != nil {
			t.Skipf("TempEval-3 data not available: %v", err)
		}
		answers := map[string][]te3Span{}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 1<<26)
		for sc.Scan() {
			var d te3Doc
			if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
				t.Fatalf("%s: %v", f.in, err)
			}
			ref := Ref{}
			if len(d.DCT) >= 10 {
				if dt, err := time.Parse("2006-01-02", d.DCT[:10]); err == nil {
					ref = Ref{Date: dt, Known: true}
				}
			}
			spans := []te3Span{}
			for _, e := range tg.Tag(d.Text, ref) {
				spans = append(spans, te3Span{e.Start, e.End, e.Type, e.Value})
			}
			answers[d.Doc] = spans
		}
		fh.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
		b, err := json.MarshalIndent(answers, "", " ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(out, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(out, f.out), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

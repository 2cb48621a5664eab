package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsclaims/claims/extract"
	"github.com/newsclaims/claims/extract/jsonl"
)

// TestCorpusSameAsOneAtATime runs the shared BBC corpus through -jsonl with
// several worker counts and checks that every line equals the record of
// that article extracted on its own, byte for byte. It skips where the
// corpus is absent; -short reads its first 300 articles.
func TestCorpusSameAsOneAtATime(t *testing.T) {
	path := filepath.Join("..", "..", "..", "shared", "corpus", "bbc-news-2005.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("shared corpus not present: %v", err)
	}
	defer f.Close()
	limit := -1
	if testing.Short() || raceEnabled {
		limit = 300
	}
	var corpus bytes.Buffer
	var want [][]byte
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() && limit != 0 {
		limit--
		line := sc.Bytes()
		corpus.Write(line)
		corpus.WriteByte('\n')
		a, err := jsonl.ParseArticle(line)
		if err != nil {
			t.Fatal(err)
		}
		res, err := extract.Text(a.Text)
		if err != nil {
			t.Fatal(err)
		}
		rec, err := jsonl.AppendRecord(nil, a.ID, res)
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, rec)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	for _, workers := range []int{1, 3, 8} {
		code, out, stderr := runCmd(t, corpus.String(), "-jsonl", "-", "-workers", fmt.Sprint(workers))
		if code != 0 {
			t.Fatalf("-workers %d: exit %d: %s", workers, code, stderr)
		}
		got := bytes.SplitAfter([]byte(out), []byte("\n"))
		if len(got) > 0 && len(got[len(got)-1]) == 0 {
			got = got[:len(got)-1]
		}
		if len(got) != len(want) {
			t.Fatalf("-workers %d: %d lines, want %d", workers, len(got), len(want))
		}
		for i := range want {
			if !bytes.Equal(got[i], want[i]) {
				t.Fatalf("-workers %d: line %d differs from the article extracted alone", workers, i+1)
			}
		}
	}
	t.Logf("%d articles, same output with 1, 3 and 8 workers as one at a time", len(want))
}

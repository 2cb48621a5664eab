package extract_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsclaims/claims/extract"
)

// corpusPath is the shared BBC corpus, present beside the project on the
// developers' machines and in CI, absent elsewhere.
var corpusPath = filepath.Join("..", "..", "shared", "corpus", "bbc-news-2005.jsonl")

// corpusArticle is one article of the shared corpus.
type corpusArticle struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

// readCorpus returns the shared corpus's articles, or skips the test where
// it is absent.
func readCorpus(t testing.TB) []corpusArticle {
	t.Helper()
	f, err := os.Open(corpusPath)
	if err != nil {
		t.Skipf("shared corpus not present: %v", err)
	}
	defer f.Close()
	var out []corpusArticle
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var a corpusArticle
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestCorpusInvariants runs every article of the shared corpus: no error,
// no panic, every span locates its text.
func TestCorpusInvariants(t *testing.T) {
	arts := readCorpus(t)
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	money := 0
	for _, a := range arts {
		res, err := ex.Extract(a.Text)
		if err != nil {
			t.Fatalf("%s: %v", a.ID, err)
		}
		checkSpans(t, a.Text, res)
		money += len(res.Money)
	}
	t.Logf("%d articles, %d amounts of money", len(arts), money)
}

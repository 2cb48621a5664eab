package extract

import (
	"errors"
	"os"
	"testing"

	"github.com/newsclaims/claims/internal/testcorpus"
)

// readCorpus returns the first n articles of the shared BBC corpus (all
// when n < 0), or skips tb where the corpus is absent.
func readCorpus(tb testing.TB, n int) []testcorpus.Article {
	tb.Helper()
	arts, err := testcorpus.Read(n)
	if errors.Is(err, os.ErrNotExist) {
		tb.Skipf("shared corpus absent: %v", err)
	}
	if err != nil {
		tb.Fatal(err)
	}
	return arts
}

// corpusTexts returns the texts of the first n articles of the shared
// corpus, or skips tb where it is absent.
func corpusTexts(tb testing.TB, n int) []string {
	tb.Helper()
	var texts []string
	for _, a := range readCorpus(tb, n) {
		texts = append(texts, a.Text)
	}
	return texts
}

package extract_test

import (
	"errors"
	"os"
	"testing"

	"github.com/newsclaims/claims/extract"
	"github.com/newsclaims/claims/internal/testcorpus"
)

// readCorpus returns the shared corpus's articles, or skips the test where
// it is absent.
func readCorpus(t testing.TB) []testcorpus.Article {
	t.Helper()
	arts, err := testcorpus.Read(-1)
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("shared corpus not present: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	return arts
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

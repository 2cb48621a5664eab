package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzExtract runs the whole extractor on arbitrary text: it must not
// panic, every span must locate its text, values of a kind must be ordered
// and disjoint, and the same text must give the same result twice. The
// seeds are in testdata/fuzz/FuzzExtract; CI runs them with go test.
func FuzzExtract(f *testing.F) {
	if b, err := os.ReadFile(filepath.Join("..", "testdata", "starmer-border-security.txt")); err == nil {
		f.Add(string(b))
	}
	ex, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		res, err := ex.Extract(text)
		if err != nil {
			t.Fatalf("Extract: %v", err)
		}
		for _, e := range checkResult(text, res) {
			t.Error(e)
		}
		again, err := ex.Extract(text)
		if err != nil {
			t.Fatalf("second Extract: %v", err)
		}
		if d := sameResult(res, again); d != "" {
			t.Error("same text, different result: " + d)
		}
	})
}

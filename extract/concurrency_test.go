package extract

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// corpusPath is the shared BBC corpus, outside the module: tests and
// benchmarks that read it skip cleanly where it is absent.
func corpusPath() string {
	if wd, err := os.Getwd(); err == nil {
		// extract/ is one level below the module root; the corpus is a
		// sibling of the module root.
		return filepath.Join(filepath.Dir(filepath.Dir(wd)), "shared", "corpus", "bbc-news-2005.jsonl")
	}
	return filepath.Join("..", "..", "shared", "corpus", "bbc-news-2005.jsonl")
}

// corpusTexts returns the texts of the first n articles of the shared
// corpus, or skips tb when it is absent.
func corpusTexts(tb testing.TB, n int) []string {
	tb.Helper()
	f, err := os.Open(corpusPath())
	if err != nil {
		tb.Skipf("corpus absent: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var texts []string
	for len(texts) < n && sc.Scan() {
		var a struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			tb.Fatalf("corpus line %d: %v", len(texts)+1, err)
		}
		texts = append(texts, a.Text)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return texts
}

// TestConcurrentSameAsSerial shares one Extractor among many goroutines,
// each reading every text in its own order, and checks that every result
// equals the serial one. Run it with -race.
func TestConcurrentSameAsSerial(t *testing.T) {
	texts := []string{sampleArticle(t), "", "It cost £5m, up 20%.", "\xff\x00“£3bn”\r\n\r\n$5"}
	if _, err := os.Stat(corpusPath()); err == nil {
		n := 100
		if raceEnabled || testing.Short() {
			n = 20
		}
		texts = append(texts, corpusTexts(t, n)...)
	}
	ex, err := New()
	if err != nil {
		t.Fatal(err)
	}
	serial := make([]*Result, len(texts))
	for i, text := range texts {
		if serial[i], err = ex.Extract(text); err != nil {
			t.Fatal(err)
		}
		for _, e := range checkResult(text, serial[i]) {
			t.Errorf("text %d: %s", i, e)
		}
	}
	workers := max(8, 2*runtime.GOMAXPROCS(0))
	errs := make(chan string, workers*len(texts))
	done := make(chan struct{})
	for w := 0; w < workers; w++ {
		go func() {
			defer func() { done <- struct{}{} }()
			for k := range texts {
				i := (k + w*13) % len(texts) // each worker its own order
				if w%2 == 1 {
					i = len(texts) - 1 - i
				}
				res, err := ex.Extract(texts[i])
				if err != nil {
					errs <- err.Error()
					continue
				}
				if d := sameResult(serial[i], res); d != "" {
					errs <- d
				}
			}
		}()
	}
	for w := 0; w < workers; w++ {
		<-done
	}
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

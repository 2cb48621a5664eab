package extract

import (
	"runtime"
	"testing"

	"github.com/newsclaims/claims/internal/testcorpus"
)

// TestConcurrentSameAsSerial shares one Extractor among many goroutines,
// each reading every text in its own order, and checks that every result
// equals the serial one. Run it with -race.
func TestConcurrentSameAsSerial(t *testing.T) {
	texts := []string{sampleArticle(t), "", "It cost £5m, up 20%.", "\xff\x00“£3bn”\r\n\r\n$5"}
	if _, err := testcorpus.Read(1); err == nil {
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

package extract

import "testing"

// BenchmarkExtractCorpus runs the whole pipeline over the BBC corpus and
// reports bytes per second (the target is at least 10 MB/s on one core:
// go test -bench ExtractCorpus -cpu 1 ./extract).
func BenchmarkExtractCorpus(b *testing.B) {
	corpus := readCorpus(b, corpusPath(b))
	n := 0
	for _, a := range corpus {
		n += len(a.Text)
	}
	ex, err := New()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range corpus {
			if _, err := ex.Extract(a.Text); err != nil {
				b.Fatal(err)
			}
		}
	}
}

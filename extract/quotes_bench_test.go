package extract

import (
	"testing"

	"github.com/newsclaims/claims/extract/internal/layout"
	"github.com/newsclaims/claims/extract/internal/lexer"
)

// BenchmarkExtractCorpus runs the whole pipeline over the BBC corpus and
// reports bytes per second (the target is at least 10 MB/s on one core:
// go test -bench ExtractCorpus -cpu 1 ./extract).
func BenchmarkExtractCorpus(b *testing.B) {
	corpus := readCorpus(b, sharedCorpus(b))
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

// BenchmarkQuoteStage measures the quote stage alone (pairing, attribution,
// speakers) over the BBC corpus, with tokens and layout made beforehand.
func BenchmarkQuoteStage(b *testing.B) {
	corpus := readCorpus(b, sharedCorpus(b))
	type prepared struct {
		text string
		toks []lexer.Token
		lay  layout.Layout
		res  *Result
	}
	var in []prepared
	n := 0
	for _, a := range corpus {
		toks := lexer.Tokenize(a.Text)
		lay := layout.Analyze(a.Text, toks)
		in = append(in, prepared{a.Text, toks, lay, newResult(a.Text, lay)})
		n += len(a.Text)
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, p := range in {
			p.res.Quotes, p.res.Speakers = p.res.Quotes[:0], p.res.Speakers[:0]
			addQuotes(p.res, p.text, p.toks, p.lay)
		}
	}
}

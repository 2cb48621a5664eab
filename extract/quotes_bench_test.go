package extract

import (
	"testing"

	"github.com/newsclaims/claims/extract/internal/layout"
	"github.com/newsclaims/claims/extract/internal/lexer"
)

// BenchmarkQuoteStage measures the quote stage alone (pairing, attribution,
// speakers) over the BBC corpus, with tokens and layout made beforehand.
func BenchmarkQuoteStage(b *testing.B) {
	corpus := readCorpus(b, -1)
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

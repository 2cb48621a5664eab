package numparse

import (
	"testing"

	"github.com/newsclaims/claims/extract/internal/lexer"
)

// FuzzParse runs the number grammar at every token of arbitrary text: it
// must not panic, a phrase must lie inside the tokens and start where it
// was asked to, a vague magnitude's bounds must be ordered, and the same
// tokens must parse the same way twice. Seeds are in
// testdata/fuzz/FuzzParse.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"£2.5bn", "one hundred and six", "twenty-five", "two-thirds", "half a billion",
		"a quarter of a million", "tens of thousands", "3 hundred thousand", "10k", "1,250.50",
		"12,34,567.89", "a fifth", "three dozen", "1990s", "14th",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		toks := lexer.Tokenize(text)
		for i := -1; i <= len(toks); i++ {
			n, ok := Parse(toks, i)
			if !ok {
				continue
			}
			if i < 0 || i >= len(toks) {
				t.Fatalf("Parse(%d) of %d tokens reported a number", i, len(toks))
			}
			if n.Start != i || n.End <= n.Start || n.End > len(toks) {
				t.Fatalf("Parse(%d): tokens [%d,%d) of %d", i, n.Start, n.End, len(toks))
			}
			if n.Suffix != -1 && (n.Suffix != n.End || n.Suffix >= len(toks)) {
				t.Fatalf("Parse(%d): Suffix %d, End %d, %d tokens", i, n.Suffix, n.End, len(toks))
			}
			if n.Vague && (n.Low.GreaterThan(n.High) || !n.Value.Equal(n.Low)) {
				t.Fatalf("Parse(%d): vague %s..%s value %s", i, n.Low, n.High, n.Value)
			}
			if n.Value.Sign() < 0 {
				t.Fatalf("Parse(%d): negative value %s", i, n.Value)
			}
			again, _ := Parse(toks, i)
			if again.Start != n.Start || again.End != n.End || !again.Value.Equal(n.Value) || again.Suffix != n.Suffix {
				t.Fatalf("Parse(%d) twice: %+v then %+v", i, n, again)
			}
		}
	})
}

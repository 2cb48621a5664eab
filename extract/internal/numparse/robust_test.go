package numparse

import (
	"strings"
	"testing"

	"github.com/newsclaims/claims/extract/internal/lexer"
)

// TestParseBounded covers the number grammar's limits: phrases that would
// otherwise run on (and overflow, or cost time quadratic in their length)
// stop where English stops.
func TestParseBounded(t *testing.T) {
	tests := []struct {
		in      string
		value   string
		toks    int // tokens read
		noParse bool
	}{
		{in: "one hundred and six", value: "106", toks: 4},
		{in: "two million three thousand", value: "2003000", toks: 4},
		{in: "one hundred thousand", value: "100000", toks: 3},
		{in: "twelve hundred", value: "1200", toks: 2},
		// A scale may not repeat or grow: "one thousand one thousand".
		{in: "one thousand one thousand", value: "1001", toks: 3},
		{in: "one thousand two million", value: "1002", toks: 3},
		// "hundred" multiplies a group below a hundred only; this overflowed
		// int64 once repeated (fuzz seed hundred-chain).
		{in: "nine hundred ninety hundred ninety hundred", value: "990", toks: 3},
		{in: "three dozen dozen", value: "36", toks: 2},
		// At most three scale words.
		{in: "5 million million million million", value: "5000000000000000000", toks: 4},
		{in: "a million million million million", value: "1000000000000000000", toks: 4},
		{in: "3 hundred thousand", value: "300000", toks: 3},
		// Digit strings longer than MaxDigits are not numbers.
		{in: strings.Repeat("9", MaxDigits), value: strings.Repeat("9", MaxDigits), toks: 1},
		{in: strings.Repeat("9", MaxDigits+1), noParse: true},
	}
	for _, tt := range tests {
		toks := lexer.Tokenize(tt.in)
		n, ok := Parse(toks, 0)
		if tt.noParse {
			if ok {
				t.Errorf("%.40q: parsed as %s, want no number", tt.in, n.Value)
			}
			continue
		}
		if !ok {
			t.Errorf("%.40q: no number", tt.in)
			continue
		}
		if n.Value.String() != tt.value || n.End-n.Start != tt.toks {
			t.Errorf("%.40q: %s over %d tokens, want %s over %d", tt.in, n.Value, n.End-n.Start, tt.value, tt.toks)
		}
	}
}

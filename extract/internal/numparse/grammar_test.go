package numparse

import (
	"testing"

	"github.com/newsclaims/claims/extract/internal/lexer"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in    string
		value string // "" means no number
		text  string // the phrase read
		vague bool
		frac  bool
	}{
		{"9,400 people", "9400", "9,400", false, false},
		{"2.5bn", "2500000000", "2.5bn", false, false},
		{"3 million", "3000000", "3 million", false, false},
		{"1.5 mn", "1500000", "1.5 mn", false, false},
		{"4.5bn trillion", "4500000000", "4.5bn", false, false},
		{"5 m away", "5", "5", false, false},
		{"10k", "10000", "10k", false, false},
		{"one hundred and six", "106", "one hundred and six", false, false},
		{"twenty-five", "25", "twenty-five", false, false},
		{"three dozen", "36", "three dozen", false, false},
		{"a dozen", "12", "a dozen", false, false},
		{"two million", "2000000", "two million", false, false},
		{"a million", "1000000", "a million", false, false},
		{"two hundred thousand", "200000", "two hundred thousand", false, false},
		{"one million two hundred thousand", "1200000", "one million two hundred thousand", false, false},
		{"half a billion", "500000000", "half a billion", false, false},
		{"a quarter of a million", "250000", "a quarter of a million", false, false},
		{"quarter million", "250000", "quarter million", false, false},
		{"three quarters billion", "750000000", "three quarters billion", false, false},
		{"a fifth", "0.2", "a fifth", false, true},
		{"two-thirds", "0.6666666666666667", "two-thirds", false, true},
		{"half", "0.5", "half", false, true},
		{"one second", "1", "one", false, false},
		{"hundreds of", "100", "hundreds", true, false},
		{"tens of thousands", "10000", "tens of thousands", true, false},
		{"10s of thousands of", "10000", "10s of thousands", true, false},
		{"100s of fans", "100", "100s", true, false},
		{"10 sons", "10", "10", false, false},
		{"several hundred delegates", "100", "several hundred", true, false},
		{"a few thousand visitors", "1000", "a few thousand", true, false},
		{"several hundred million", "100000000", "several hundred million", true, false},
		{"a few hundred thousand", "100000", "a few hundred thousand", true, false},
		{"several", "", "", false, false},
		{"a few", "", "", false, false},
		{"the dog", "", "", false, false},
		{"a dog", "", "", false, false},
		{"million", "", "", false, false},
	}
	for _, tc := range tests {
		toks := lexer.Tokenize(tc.in)
		n, ok := Parse(toks, 0)
		if tc.value == "" {
			if ok {
				t.Errorf("%q: got %s, want no number", tc.in, n.Value)
			}
			continue
		}
		if !ok {
			t.Errorf("%q: no number, want %s", tc.in, tc.value)
			continue
		}
		text := tc.in[toks[n.Start].Start:toks[n.End-1].End]
		if n.Value.String() != tc.value || text != tc.text || n.Vague != tc.vague || n.Fraction != tc.frac {
			t.Errorf("%q: got %s %q vague=%v fraction=%v, want %s %q vague=%v fraction=%v", tc.in, n.Value, text, n.Vague, n.Fraction, tc.value, tc.text, tc.vague, tc.frac)
		}
	}
}

func TestSuffix(t *testing.T) {
	toks := lexer.Tokenize("15p")
	n, ok := Parse(toks, 0)
	if !ok || n.Suffix != 1 || n.End != 1 {
		t.Errorf("15p: got %+v", n)
	}
}

package numparse

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/newsclaims/claims/extract/internal/lexer"
	"github.com/newsclaims/claims/internal/peersuite"
)

func TestPhrase(t *testing.T) {
	tests := []struct {
		in, text, value string
	}{
		{"9,400 people", "9,400", "9400"},
		{"2.5bn", "2.5bn", "2500000000"},
		{"one hundred and six", "one hundred and six", "106"},
		{"three dozens", "three dozens", "36"},
		{"three hundred and two dozens", "three hundred and two dozens", "324"},
		{"half a dozen eggs", "half a dozen", "6"},
		{"a fifth of voters", "a fifth", "0.2"},
		{"two-thirds of", "two-thirds", "0.6666666666666667"},
		{"one and a half million", "one and a half million", "1500000"},
		{"3 million and a half", "3 million and a half", "3500000"},
		{"one billion and a half million", "one billion and a half million", "1000500000"},
		{"4 thousand 3 hundred and 21", "4 thousand 3 hundred and 21", "4321"},
		{"£5 million and 20 jobs", "5 million", "5000000"},
		{"3 hundred and 2 hundred", "3 hundred", "300"},
		{"three lakh crore", "three lakh crore", "3000000000000"},
		{"two hundred point zero three", "two hundred point zero three", "200.03"},
		{"minus 5", "minus 5", "-5"},
		{" -1", "-1", "-1"},
		{".08", ".08", "0.08"},
		{"1e10", "1e10", "10000000000"},
		{"-12e-1", "-12e-1", "-1.2"},
		{"3/4", "3/4", "0.75"},
		{"one in five adults", "one in five", "0.2"},
		{"1 out of 3", "1 out of 3", "0.3333333333333333"},
		{"one in 2004", "one", "1"},
		{"8 in 5", "8", "8"},
		{"a third of", "a third", "0.3333333333333333"},
		{"tens of thousands of", "tens of thousands", "10000"},
		{"twenty-one trillion and three hundred", "twenty-one trillion and three hundred", "21000000000300"},
	}
	for _, tt := range tests {
		toks := lexer.Tokenize(tt.in)
		i := 0
		for i < len(toks) && toks[i].Kind == lexer.Symbol {
			i++
		}
		n, ok := Phrase(toks, i)
		if !ok {
			t.Errorf("%q: no number", tt.in)
			continue
		}
		got := tt.in[toks[n.Start].Start:toks[n.End-1].End]
		want, _ := decimal.NewFromString(tt.value)
		if strings.TrimSpace(got) != tt.text || !n.Value.Equal(want) {
			t.Errorf("%q: got %q = %s, want %q = %s", tt.in, got, n.Value, tt.text, tt.value)
		}
	}
}

func TestNoNumber(t *testing.T) {
	for _, in := range []string{"a", "an", "the one", "a twenty-first century"} {
		toks := lexer.Tokenize(in)
		if n, ok := Phrase(toks, 0); ok && toks[0].Text != "the" {
			t.Errorf("%q: found %v", in, n.Value)
		}
	}
}

// TestRecognizersNumber scores the grammar on Recognizers-Text's English
// number suite: each expected phrase must parse from its first token to its
// span and value.
func TestRecognizersNumber(t *testing.T) {
	cases, oos, err := peersuite.Read("number")
	if err != nil {
		t.Fatal(err)
	}
	var total, inScope, pass, negatives int
	for _, c := range cases {
		total++
		if _, out := oos[c.ID]; out {
			continue
		}
		if len(c.Expected) == 0 {
			negatives++
			continue
		}
		inScope++
		ok := true
		toks := lexer.Tokenize(c.Input)
		for _, e := range c.Expected {
			k := 0
			for k < len(toks) && toks[k].Start < e.Start {
				k++
			}
			want, err := decimal.NewFromString(e.Value.String())
			if err != nil {
				t.Fatal(err)
			}
			n, found := Phrase(toks, k)
			if !found || k == len(toks) || toks[k].Start != e.Start || toks[n.End-1].End != e.End || !close(n.Value, want) {
				got := ""
				if found {
					got = c.Input[toks[n.Start].Start:toks[n.End-1].End] + " = " + n.Value.String()
				}
				t.Logf("miss %s: %q want %q = %s, got %q", c.ID, c.Input, e.Text, want, got)
				ok = false
			}
		}
		if ok {
			pass++
		}
	}
	rate := float64(pass) / float64(inScope)
	t.Logf("number.jsonl: %d cases, %d ruled out, %d negative (no phrase), %d in scope, %d pass: %.3f", total, len(oos), negatives, inScope, pass, rate)
	if rate < 0.90 {
		t.Errorf("number grammar: %.3f of in-scope cases pass, want at least 0.90", rate)
	}
}

// close reports whether a is b within 1e-9 relative: the suite writes
// fractions with 15 significant digits.
func close(a, b decimal.Decimal) bool {
	d := a.Sub(b).Abs()
	scale := b.Abs()
	if scale.LessThan(decimal.NewFromInt(1)) {
		scale = decimal.NewFromInt(1)
	}
	return d.LessThanOrEqual(scale.Mul(decimal.New(1, -9)))
}

// TestVagueFormsStart holds the vague forms to what parseVague's first
// check assumes of them.
func TestVagueFormsStart(t *testing.T) {
	for _, f := range vagueForms {
		if !mayStartVague(f.words[0]) {
			t.Errorf("vague form %q: mayStartVague turns its first word away", f.words)
		}
	}
	for _, w := range []string{"the", "as", "is", "few", "seven"} {
		if mayStartVague(w) {
			t.Errorf("mayStartVague(%q) = true", w)
		}
	}
}

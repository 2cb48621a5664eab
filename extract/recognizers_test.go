package extract_test

import (
	"testing"

	"github.com/shopspring/decimal"

	"github.com/newsclaims/claims/extract"
	"github.com/newsclaims/claims/internal/eval"
	"github.com/newsclaims/claims/internal/peersuite"
)

// TestRecognizersCurrency scores money extraction on the Recognizers-Text
// English currency suite: F1 at least 0.90 and value accuracy (amount and
// currency) at least 0.95 on the cases in scope.
func TestRecognizersCurrency(t *testing.T) {
	cases, out, err := peersuite.Read("currency")
	if err != nil {
		t.Fatal(err)
	}
	var s eval.Score
	for _, c := range cases {
		if _, skip := out[c.ID]; skip {
			continue
		}
		res, err := extract.Text(c.Input)
		if err != nil {
			t.Fatalf("%s: %v", c.ID, err)
		}
		var gold, sys []eval.Span
		for _, e := range c.Expected {
			gold = append(gold, eval.Span{Start: e.Start, End: e.End})
		}
		for _, m := range res.Money {
			sys = append(sys, eval.Span{Start: m.Start, End: m.End})
		}
		pairs := eval.Match(gold, sys, 0.5)
		s.Gold += len(gold)
		s.System += len(sys)
		for gi, si := range pairs {
			e := c.Expected[gi]
			if si < 0 {
				t.Logf("%s: missed %q", c.ID, e.Text)
				continue
			}
			s.Matched++
			if e.Value == nil {
				continue
			}
			s.ValueN++
			m := res.Money[si]
			want, err := decimal.NewFromString(e.Value.String())
			if err != nil {
				t.Fatal(err)
			}
			ok := m.Amount.Sub(want).Abs().LessThan(decimal.New(1, -6))
			if e.Currency != nil && *e.Currency != m.Currency {
				ok = false
			}
			if ok {
				s.ValueOK++
			} else {
				t.Logf("%s: %q = %s %s, want %s %v", c.ID, e.Text, m.Amount, m.Currency, want, e.Currency)
			}
		}
		for si, m := range res.Money {
			if !contains(pairs, si) {
				t.Logf("%s: spurious %q", c.ID, m.Text)
			}
		}
	}
	t.Logf("currency: %d cases in scope (%d out); gold=%d system=%d matched=%d precision=%.4f recall=%.4f F1=%.4f value accuracy=%.4f",
		len(cases)-len(out), len(out), s.Gold, s.System, s.Matched, s.Precision(), s.Recall(), s.F1(), s.ValueAccuracy())
	if s.F1() < 0.90 {
		t.Errorf("money F1 %.4f, want at least 0.90", s.F1())
	}
	if s.ValueAccuracy() < 0.95 {
		t.Errorf("money value accuracy %.4f, want at least 0.95", s.ValueAccuracy())
	}
}

func contains(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

package extract_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/newsclaims/claims/extract"
	"github.com/newsclaims/claims/internal/eval"
)

// peerCase is one case of a converted Recognizers-Text suite.
type peerCase struct {
	ID       string `json:"id"`
	Input    string `json:"input"`
	Expected []struct {
		Text     string   `json:"text"`
		Start    int      `json:"start"`
		End      int      `json:"end"`
		Value    *float64 `json:"value"`
		Currency *string  `json:"currency"`
	} `json:"expected"`
}

// readPeerSuite reads testdata/recognizers-en/NAME.jsonl and the ids its
// out-of-scope file rules out.
func readPeerSuite(t *testing.T, name string) (cases []peerCase, outOfScope map[string]string) {
	t.Helper()
	dir := filepath.Join("..", "testdata", "recognizers-en")
	f, err := os.Open(filepath.Join(dir, name+".jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var c peerCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	outOfScope = map[string]string{}
	b, err := os.ReadFile(filepath.Join(dir, name+"-out-of-scope.md"))
	if err != nil {
		t.Fatal(err)
	}
	row := regexp.MustCompile(`(?m)^\| (recognizers-[a-z-]+-\d+) \|[^|]*\| ([^|]*)\|`)
	for _, m := range row.FindAllStringSubmatch(string(b), -1) {
		if !strings.HasPrefix(strings.TrimSpace(m[2]), "kept") {
			outOfScope[m[1]] = strings.TrimSpace(m[2])
		}
	}
	if len(outOfScope)*5 > len(cases) {
		t.Fatalf("%d of %d cases ruled out of scope: more than a fifth", len(outOfScope), len(cases))
	}
	return cases, outOfScope
}

// TestRecognizersCurrency scores money extraction on the Recognizers-Text
// English currency suite: F1 at least 0.90 and value accuracy (amount and
// currency) at least 0.95 on the cases in scope.
func TestRecognizersCurrency(t *testing.T) {
	cases, out := readPeerSuite(t, "currency")
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
			ok := m.Amount.Equal(decimal.NewFromFloat(*e.Value).Round(6)) || m.Amount.Sub(decimal.NewFromFloat(*e.Value)).Abs().LessThan(decimal.New(1, -6))
			if e.Currency != nil && *e.Currency != m.Currency {
				ok = false
			}
			if ok {
				s.ValueOK++
			} else {
				t.Logf("%s: %q = %s %s, want %v %v", c.ID, e.Text, m.Amount, m.Currency, *e.Value, e.Currency)
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

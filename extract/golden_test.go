package extract_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsclaims/claims/extract"
)

// readTestdata reads a file from the module's testdata folder.
func readTestdata(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// checkGolden compares got, indented JSON, with testdata/golden/name, or
// rewrites the file under -update.
func checkGolden(t *testing.T, name string, v any) {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("..", "testdata", "golden", name)
	if *extract.Update {
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./extract -run %s -update to create it)", err, t.Name())
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("%s differs from the golden file; diff it with:\n  go test ./extract -run '%s' -update && git diff testdata/golden", name, t.Name())
	}
}

// TestGoldenSample pins the whole JSON result for the sample article.
func TestGoldenSample(t *testing.T) {
	text := readTestdata(t, "starmer-border-security.txt")
	res, err := extract.Text(text)
	if err != nil {
		t.Fatal(err)
	}
	checkSpans(t, text, res)
	checkGolden(t, "starmer-border-security.json", res)
}

// TestSampleMoney is the first acceptance test: exactly four amounts in the
// sample article, with their values and offsets.
func TestSampleMoney(t *testing.T) {
	text := readTestdata(t, "starmer-border-security.txt")
	res, err := extract.Text(text)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		text   string
		amount string
		start  int
	}{
		{"£75 million", "75000000", 125},
		{"£150 million", "150000000", 226},
		{"£150 million", "150000000", 1108},
		{"£58 million", "58000000", 1416},
	}
	if len(res.Money) != len(want) {
		t.Fatalf("got %d amounts, want %d: %+v", len(res.Money), len(want), res.Money)
	}
	for i, w := range want {
		m := res.Money[i]
		if m.Text != w.text || m.Start != w.start || m.End != w.start+len(w.text) || m.Amount.String() != w.amount || m.Currency != "GBP" || m.Qualifier != extract.Exact {
			t.Errorf("money %d = %q [%d:%d] %s %s %s, want %q [%d:%d] %s GBP exact", i, m.Text, m.Start, m.End, m.Amount, m.Currency, m.Qualifier, w.text, w.start, w.start+len(w.text), w.amount)
		}
	}
}

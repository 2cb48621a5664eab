package lexicon

import (
	"sort"
	"testing"

	"golang.org/x/text/currency"
)

// TestCodesAreISO checks every code the tables can produce against the ISO
// 4217 table in golang.org/x/text/currency (which keeps historic codes such
// as FIM and NLG).
func TestCodesAreISO(t *testing.T) {
	codes := AllCodes()
	sort.Strings(codes)
	if len(codes) < 40 {
		t.Fatalf("only %d codes", len(codes))
	}
	for _, c := range codes {
		if _, err := currency.ParseISO(c); err != nil {
			t.Errorf("%s: %v", c, err)
		}
	}
}

func TestLookups(t *testing.T) {
	if c, ok := CurrencyWord("Pence"); !ok || c.Code != "GBP" || !c.Minor {
		t.Errorf("pence: %+v %v", c, ok)
	}
	if code, ok := QualifiedCurrency("Hong Kong", "dollars"); !ok || code != "HKD" {
		t.Errorf("Hong Kong dollars: %q %v", code, ok)
	}
	if code, ok := QualifiedCurrency("Danish", "kroner"); !ok || code != "DKK" {
		t.Errorf("Danish kroner: %q %v", code, ok)
	}
	if _, ok := CodeWord("ALL"); ok {
		t.Error("ALL (the word) read as a currency code")
	}
	if _, ok := CodeWord("cup"); ok {
		t.Error("cup read as a currency code")
	}
	if code, ok := CodeWord("RMB"); !ok || code != "CNY" {
		t.Errorf("RMB: %q %v", code, ok)
	}
	if q, n := QualifierBefore([]string{"it", "made", "more", "than"}); q != MoreThan || n != 2 {
		t.Errorf("more than: %q %d", q, n)
	}
	if q, _ := QualifierBefore([]string{"no", "more", "than"}); q != UpTo {
		t.Errorf("no more than: %q", q)
	}
}

// TestCodeWordShapes holds the shapes CodeWord relies on: three capitals
// in codeWords, three lower-case letters in lowerCodeWords.
func TestCodeWordShapes(t *testing.T) {
	for m, lower := range map[*map[string]bool]bool{&codeWords: false, &lowerCodeWords: true} {
		for w := range *m {
			ok := len(w) == 3
			for i := 0; ok && i < len(w); i++ {
				c := w[i]
				ok = lower && 'a' <= c && c <= 'z' || !lower && 'A' <= c && c <= 'Z'
			}
			if !ok {
				t.Errorf("code word %q is not three letters in the table's case", w)
			}
		}
	}
}

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

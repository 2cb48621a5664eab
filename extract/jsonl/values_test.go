package jsonl

import (
	"errors"
	"os"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/newsclaims/claims/extract"
	"github.com/newsclaims/claims/internal/testcorpus"
)

// TestValuesMatchMarshalJSON holds the hand-written money and statistic
// encodings to the values' own MarshalJSON, on awkward values and on every
// value found in the first 300 corpus articles; and whole records to
// encoding/json's on those articles.
func TestValuesMatchMarshalJSON(t *testing.T) {
	d := func(s string) *decimal.Decimal { v := decimal.RequireFromString(s); return &v }
	money := []extract.Money{
		{},
		{Text: "<b>£5m & more</b> \u2028 \xff \"x\" \\ \t", Span: extract.Span{Start: 3, End: 9}, Amount: *d("-0.15"),
			Currency: "GBP", Unit: "£", Qualifier: extract.About, Low: d("10"), High: d("20.5"), Per: "year", Context: "loss <x>", Sentence: 4},
		{Amount: *d("1.2e12"), Low: d("0")},
	}
	stats := []extract.Statistic{
		{},
		{Text: "a <fifth> & more", Kind: extract.Fraction, Value: *d("0.2"), Vague: true, Low: d("100"), High: d("1000"),
			Qualifier: extract.Almost, Subject: "R&D <spend>", SubjectStart: 1, SubjectEnd: 2,
			Change: &extract.Change{Direction: extract.Up, Cue: "up & <away>", CueStart: 5, CueEnd: 7, From: -1}, Sentence: 9},
		{Change: &extract.Change{}},
	}
	texts, err := testcorpus.Read(300)
	if errors.Is(err, os.ErrNotExist) {
		t.Log("no corpus: awkward values only")
	} else if err != nil {
		t.Fatal(err)
	}
	for _, a := range texts {
		res, err := extract.Text(a.Text)
		if err != nil {
			t.Fatal(err)
		}
		money = append(money, res.Money...)
		stats = append(stats, res.Statistics...)
		same(t, []byte(`"`+a.ID+`"`), res)
	}
	for _, m := range money {
		want, werr := m.MarshalJSON()
		got, gerr := appendMoney([]byte("x"), m)
		if werr != nil || gerr != nil || string(got[1:]) != string(want) {
			t.Errorf("money:\ngot  %s (%v)\nwant %s (%v)", got[1:], gerr, want, werr)
		}
	}
	for _, s := range stats {
		want, werr := s.MarshalJSON()
		got, gerr := appendStatistic([]byte("x"), s)
		if werr != nil || gerr != nil || string(got[1:]) != string(want) {
			t.Errorf("statistic:\ngot  %s (%v)\nwant %s (%v)", got[1:], gerr, want, werr)
		}
	}
}

func TestPlainNumber(t *testing.T) {
	for s, want := range map[string]bool{
		"0": true, "-0": true, "12": true, "0.15": true, "-3.25": true, "1250.50": true,
		"": false, "-": false, "01": false, "1.": false, ".5": false, "1e5": false, "1.2.3": false, "+1": false, "NaN": false,
	} {
		if got := plainNumber(s); got != want {
			t.Errorf("plainNumber(%q) = %v, want %v", s, got, want)
		}
	}
}

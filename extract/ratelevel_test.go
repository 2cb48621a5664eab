package extract

import "testing"

// TestRateLevelAcrossSentences checks that a currency's level stated after
// an exchange rate in the sentence before ("It later recovered to 9.05")
// is no statistic, while a market's own level there still is.
func TestRateLevelAcrossSentences(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"The krona slipped to 9.12 per euro on Monday. It later recovered to 9.05.", nil},
		{"The krona slipped to 9.12 per euro on Monday. The main share index later rose to 412.35.", []string{"412.35"}},
		{"The krona slipped to 9.12 per euro on Monday. Later 1,200 traders went home.", []string{"1,200"}},
	}
	for _, c := range cases {
		res, err := Text(c.text)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, s := range res.Statistics {
			got = append(got, s.Text)
		}
		if len(got) != len(c.want) {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q: got %q, want %q", c.text, got, c.want)
			}
		}
	}
}

package timecue

import (
	"reflect"
	"testing"

	"github.com/newsclaims/claims/extract/internal/lexer"
)

func TestFind(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Crossings topped 30,000 last week.", []string{"last week"}},
		{"Sales rose 5% since July.", []string{"since July"}},
		{"Profits fell in 2023.", []string{"in 2023"}},
		{"It will spend £150m over the next two years.", []string{"over the next two years"}},
		{"He spoke on Monday.", []string{"on Monday"}},
		{"Sales were $3bn, up from $2bn a year earlier.", []string{"a year earlier"}},
		{"It opened on Nov. 4, 2024, in Glasgow.", []string{"on Nov. 4, 2024"}},
		{"The July 4 general election.", []string{"July 4"}},
		{"Growth slowed in the third quarter.", []string{"in the third quarter"}},
		{"Prices rose by the end of 2005.", []string{"by the end of 2005"}},
		{"Deaths fell in the 1990s.", []string{"in the 1990s"}},
		{"Earlier this year, it said so.", []string{"Earlier this year"}},
		{"Budget for 2004/05 was set.", []string{"for 2004/05"}},
		{"It rose 2% yesterday and two years ago.", []string{"yesterday", "two years ago"}},
		{"He may go. The last person left.", nil},
		{"In the box were 3 cats.", nil},
	}
	for _, tc := range tests {
		toks := lexer.Tokenize(tc.in)
		var got []string
		for _, c := range Find(toks) {
			got = append(got, tc.in[toks[c.Start].Start:toks[c.End-1].End])
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.in, got, tc.want)
		}
	}
}

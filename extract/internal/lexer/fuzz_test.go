package lexer

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzTokenize checks the lexer on arbitrary bytes: tokens are non-empty,
// locate their text, come in order, and leave nothing but white space
// between them; Space and Newline say what that white space is; Append with
// a base shifts every offset by it. Seeds are in testdata/fuzz/FuzzTokenize.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{
		"£2.5bn", "we’re 9,400 “people”", "M25 G7 1,250.50 12,34,567", "a\r\n\r\nb", "\xff\xfe\x00",
		"O'Neill's 15p", "1,2,3,", "x\u2028y\u00a0z", "\u200b\ufeff",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		toks := Tokenize(text)
		prev := 0
		for i, tok := range toks {
			if tok.Start < prev || tok.End <= tok.Start || tok.End > len(text) {
				t.Fatalf("token %d: [%d,%d) after %d, text of %d bytes", i, tok.Start, tok.End, prev, len(text))
			}
			if text[tok.Start:tok.End] != tok.Text {
				t.Fatalf("token %d: text[%d:%d] = %q, Text %q", i, tok.Start, tok.End, text[tok.Start:tok.End], tok.Text)
			}
			gap := text[prev:tok.Start]
			for j := 0; j < len(gap); {
				r, size := utf8.DecodeRuneInString(gap[j:])
				if (r == utf8.RuneError && size == 1) || !isSpace(r) {
					t.Fatalf("token %d: non-space %q before it", i, gap)
				}
				j += size
			}
			if want := i == 0 || gap != ""; tok.Space != want {
				t.Fatalf("token %d: Space %v, gap %q", i, tok.Space, gap)
			}
			if want := strings.ContainsAny(gap, "\n\r\u2028\u2029"); tok.Newline != want {
				t.Fatalf("token %d: Newline %v, gap %q", i, tok.Newline, gap)
			}
			if tok.Kind < Word || tok.Kind > Punct {
				t.Fatalf("token %d: kind %d", i, tok.Kind)
			}
			prev = tok.End
		}
		rest := text[prev:]
		for j := 0; j < len(rest); {
			r, size := utf8.DecodeRuneInString(rest[j:])
			if (r == utf8.RuneError && size == 1) || !isSpace(r) {
				t.Fatalf("text not covered after the last token: %q", rest)
			}
			j += size
		}
		shifted := Append(nil, text, 7)
		if len(shifted) != len(toks) {
			t.Fatalf("Append with base: %d tokens, want %d", len(shifted), len(toks))
		}
		for i := range toks {
			if shifted[i].Start != toks[i].Start+7 || shifted[i].End != toks[i].End+7 || shifted[i].Text != toks[i].Text {
				t.Fatalf("Append with base: token %d %+v, want %+v shifted by 7", i, shifted[i], toks[i])
			}
		}
	})
}

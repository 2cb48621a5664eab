package lexer

import (
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want string // tokens as kind:text separated by spaces; "^" marks a glued token
	}{
		{"£2.5bn", "symbol:£ ^number:2.5 ^word:bn"},
		{"9,400 people", "number:9,400 word:people"},
		{"1,250.50", "number:1,250.50"},
		{"12,34,567.89", "number:12,34,567.89"},
		{"2,3 and 4", "number:2 ^punct:, ^number:3 word:and number:4"},
		{"15p", "number:15 ^word:p"},
		{"we’re Starmer’s O'Neill", "word:we’re word:Starmer’s word:O'Neill"},
		{"Covid-19 M25 G7", "word:Covid ^punct:- ^number:19 word:M25 word:G7"},
		{"“Quote,” he said.", "punct:“ ^word:Quote ^punct:, ^punct:” word:he word:said ^punct:."},
		{"'90s", "punct:' ^number:90 ^word:s"},
		{"US$5m", "word:US ^symbol:$ ^number:5 ^word:m"},
		{"end.", "word:end ^punct:."},
		{"v1.2.3", "word:v1 ^punct:. ^number:2.3"},
		{"a\xffb", "word:a ^punct:\xff ^word:b"},
		{"", ""},
	}
	for _, tc := range tests {
		var parts []string
		for i, tok := range Tokenize(tc.in) {
			if tc.in[tok.Start:tok.End] != tok.Text {
				t.Errorf("%q: token %q at [%d:%d] does not locate its text", tc.in, tok.Text, tok.Start, tok.End)
			}
			p := tok.Kind.String() + ":" + tok.Text
			if i > 0 && tok.Glued() {
				p = "^" + p
			}
			parts = append(parts, p)
		}
		if got := strings.Join(parts, " "); got != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.in, got, tc.want)
		}
	}
}

func TestAppendOffsets(t *testing.T) {
	toks := Append(nil, "x 12", 100)
	if toks[1].Start != 102 || toks[1].End != 104 || toks[1].Text != "12" {
		t.Errorf("got %+v", toks[1])
	}
}

func TestNewline(t *testing.T) {
	toks := Tokenize("a b\nc\r\nd")
	want := []bool{false, false, true, true}
	for i, tok := range toks {
		if tok.Newline != want[i] {
			t.Errorf("token %q: Newline %v, want %v", tok.Text, tok.Newline, want[i])
		}
	}
}

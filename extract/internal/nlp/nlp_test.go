package nlp

import (
	"testing"

	"github.com/newsclaims/claims/extract/internal/lexer"
)

const sentence = "Prime Minister Sir Keir Starmer told the Interpol General Assembly in Glasgow that 9,400 people had been deported."

func TestTag(t *testing.T) {
	toks := lexer.Tokenize(sentence)
	tags, err := Tag(toks)
	if err != nil {
		t.Fatal(err)
	}
	if len(tags) != len(toks) {
		t.Fatalf("%d tags for %d tokens", len(tags), len(toks))
	}
	want := map[string]string{"told": "VBD", "9,400": "CD", "people": "NNS", "Starmer": "NNP", "the": "DT"}
	for i, tok := range toks {
		if w, ok := want[tok.Text]; ok && tags[i] != w {
			t.Errorf("%q tagged %s, want %s", tok.Text, tags[i], w)
		}
	}
}

func TestEmpty(t *testing.T) {
	if tags, err := Tag(nil); err != nil || len(tags) != 0 {
		t.Errorf("Tag(nil) = %v, %v", tags, err)
	}
}

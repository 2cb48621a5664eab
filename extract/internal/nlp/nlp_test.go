package nlp

import (
	"testing"

	"github.com/newsclaims/claims/extract/internal/lexer"
)

func TestTagAndEntities(t *testing.T) {
	s := "Prime Minister Sir Keir Starmer told the Interpol General Assembly in Glasgow that 9,400 people had been deported."
	toks := lexer.Tokenize(s)
	tags, err := Tag(toks)
	if err != nil {
		t.Fatal(err)
	}
	for i := range toks {
		t.Log(toks[i].Text, tags[i])
	}
	ents, err := Entities(s, toks)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		t.Log(e.Label, toks[e.Start].Text, toks[e.End-1].Text)
	}
}

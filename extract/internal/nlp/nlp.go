// Package nlp wraps prose v3 (github.com/jdkato/prose/v3) behind the
// project's own tokens, so its faults stay here.
//
// prose is used for two things only, and only where a rule asks:
// part-of-speech tags (for the noun phrase a figure counts, or the name next
// to a cue verb) and, more sparingly, named entities. Its tokenizer and
// segmenter are not used: the project's lexer and layout give the tokens and
// sentences, so offsets are the lexer's and a headline never joins the next
// paragraph. Its entity model costs nearly all of prose's time (about 0.1
// MB/s), so Entities is meant for the few sentences where a speaker is being
// looked for, never for whole texts.
//
// Both models load once per process, on first use, and are safe for
// concurrent use.
package nlp

import (
	"sync"

	"github.com/jdkato/prose/v3/ner"
	"github.com/jdkato/prose/v3/tag"
	"github.com/jdkato/prose/v3/token"

	"github.com/newsclaims/claims/extract/internal/lexer"
)

var (
	tagger = sync.OnceValues(func() (*tag.Tagger, error) { return tag.New() })
	entity = sync.OnceValues(func() (*ner.Extracter, error) { return ner.New() })
)

// Load loads the tagger model, so that the first Tag call does not pay for
// it. It reports a model that fails to load.
func Load() error {
	_, err := fastTagger()
	return err
}

// Tag returns the Penn Treebank part-of-speech tag of each token, in order.
// toks should be one sentence: the tagger reads the words around each one.
// The tags are prose's Tagger's, computed by this package's own faster
// implementation over prose's model (perceptron.go).
func Tag(toks []lexer.Token) ([]string, error) {
	var s Sentence
	s.Reset(toks)
	tags, err := s.Tag(0, len(toks))
	if err != nil {
		return nil, err
	}
	return append(make([]string, 0, len(tags)), tags...), nil
}

// Entity is a named entity prose found, as token indexes into the slice
// given to Entities: toks[Start:End].
type Entity struct {
	Start, End int
	// Label is prose's label: PERSON, GPE, ORG and so on. It is a
	// candidate, not truth: prose labels many capitalised phrases PERSON.
	Label string
}

// Entities returns prose's named entities in toks, one sentence's tokens
// from text. It is slow (prose's entity model); call it only where a rule
// needs it. prose groups entities its own way (it extends one across
// tokens with the same part of speech); the spans are mapped back to whole
// tokens.
func Entities(text string, toks []lexer.Token) ([]Entity, error) {
	t, err := tagger()
	if err != nil {
		return nil, err
	}
	e, err := entity()
	if err != nil {
		return nil, err
	}
	pt := toProse(toks)
	t.TagTokens(pt)
	e.Label(pt)
	var out []Entity
	k := 0
	for _, ent := range e.Chunk(text, pt) {
		for k < len(toks) && toks[k].Start < ent.Start {
			k++
		}
		j := k
		for j < len(toks) && toks[j].End <= ent.End() {
			j++
		}
		if j > k {
			out = append(out, Entity{Start: k, End: j, Label: ent.Label})
		}
		k = j
	}
	return out, nil
}

func toProse(toks []lexer.Token) []token.Token {
	pt := make([]token.Token, len(toks))
	for i, t := range toks {
		pt[i] = token.Token{Text: t.Text, Start: t.Start}
	}
	return pt
}

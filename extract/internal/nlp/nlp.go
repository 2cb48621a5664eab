// Package nlp wraps prose v3 (github.com/jdkato/prose/v3) behind the
// project's own tokens, so its faults stay here.
//
// prose is used for one thing only, and only where a rule asks:
// part-of-speech tags (for the noun phrase a figure counts). The tags come
// from prose's English model, computed by this package's own faster
// implementation of prose's tagger (perceptron.go), held tag for tag to
// prose's by a test. prose's tokenizer and segmenter are not used: the
// project's lexer and layout give the tokens and sentences, so offsets are
// the lexer's and a headline never joins the next paragraph. prose's entity
// model, which costs nearly all of prose's time (about 0.1 MB/s), is not
// used at all: speakers are found by rules (package attrib).
//
// The model loads once per process, on first use, and is safe for
// concurrent use.
package nlp

import (
	"github.com/newsclaims/claims/extract/internal/lexer"
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

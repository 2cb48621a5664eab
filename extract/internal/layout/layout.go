// Package layout finds paragraphs, lines and sentences in news text, with
// byte offsets.
//
// Paragraphs are separated by blank lines. A line break inside a paragraph
// ends a sentence unless the text is plainly hard-wrapped (the line does not
// end a sentence and the next one goes on in lower case), so a headline or a
// caption never merges with the paragraph after it, the fault prose's
// segmenter has. Inside a line, sentences end at ".", "!", "?" or "…"
// (with any closing quotes and brackets) before a capital, a digit or an
// opening quote, except after abbreviations and initials.
package layout

import (
	"unicode"
	"unicode/utf8"

	"github.com/newsclaims/claims/extract/internal/lexer"
	"github.com/newsclaims/claims/extract/internal/lexicon"
)

// Kind says what a line of text is.
type Kind uint8

// Line kinds.
const (
	// Body is running text: sentences ending in punctuation.
	Body Kind = iota
	// Headline is a title or cross-heading: a line with no final
	// punctuation whose words are mostly capitalised.
	Headline
	// Caption is a longer line with no final punctuation that is not a
	// headline: a photo caption or a standfirst.
	Caption
	// Short is a short line with no final punctuation: a byline, a date,
	// a credit ("Updated:", "0:00").
	Short
)

// String names the kind as the JSON output spells it.
func (k Kind) String() string {
	switch k {
	case Headline:
		return "headline"
	case Caption:
		return "caption"
	case Short:
		return "short"
	}
	return "body"
}

// Paragraph is a run of lines between blank lines.
type Paragraph struct {
	Start, End int
	// Sentences are indexes into Layout.Sentences: [First, Last).
	First, Last int
}

// Sentence is a sentence or a non-sentence line (headline, caption).
type Sentence struct {
	Start, End int
	// Tokens are indexes into the token slice: [TokStart, TokEnd).
	TokStart, TokEnd int
	// Paragraph is the index of the paragraph that holds it.
	Paragraph int
	Kind      Kind
}

// Layout is the structure of one text.
type Layout struct {
	Paragraphs []Paragraph
	Sentences  []Sentence
}

// Analyze finds the paragraphs and sentences of text, whose tokens (from
// lexer.Tokenize(text)) are toks.
func Analyze(text string, toks []lexer.Token) Layout {
	return AnalyzeInto(Layout{}, text, toks)
}

// AnalyzeInto is Analyze writing into the slices of l, an earlier text's
// layout that is no longer read, so that their memory is reused.
func AnalyzeInto(l Layout, text string, toks []lexer.Token) Layout {
	l.Paragraphs, l.Sentences = l.Paragraphs[:0], l.Sentences[:0]
	i := 0
	for i < len(toks) {
		// A paragraph runs until a token preceded by a blank line. Only
		// white space with a line break in it (Newline) can hold one.
		j := i + 1
		for j < len(toks) && !(toks[j].Newline && blankLineBetween(text, toks[j-1].End, toks[j].Start)) {
			j++
		}
		l.addParagraph(text, toks, i, j)
		i = j
	}
	return l
}

// blankLineBetween reports whether text[a:b], white space only, holds two
// or more line breaks.
func blankLineBetween(text string, a, b int) bool {
	n := 0
	for k := a; k < b; k++ {
		switch text[k] {
		case '\n':
			n++
		case '\r':
			if k+1 >= b || text[k+1] != '\n' {
				n++
			}
		}
		if n >= 2 {
			return true
		}
	}
	return false
}

func (l *Layout) addParagraph(text string, toks []lexer.Token, from, to int) {
	p := Paragraph{Start: toks[from].Start, End: toks[to-1].End, First: len(l.Sentences)}
	pi := len(l.Paragraphs)
	// Lines: split the paragraph's tokens at line breaks.
	start := from
	for k := from + 1; k <= to; k++ {
		if k < to && !toks[k].Newline {
			continue
		}
		// toks[start:k] is a line; join hard-wrapped lines.
		if k < to && continuesLine(toks, k) {
			continue
		}
		l.addLine(text, toks, start, k, pi, start == from && k == to)
		start = k
	}
	p.Last = len(l.Sentences)
	l.Paragraphs = append(l.Paragraphs, p)
}

// continuesLine reports whether the line break before toks[k] is a hard wrap
// inside a sentence: the line before does not end a sentence and the next
// one goes on in lower case.
func continuesLine(toks []lexer.Token, k int) bool {
	prev := toks[k-1]
	if endsSentence(prev.Text) || prev.Text == ":" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(toks[k].Text)
	return unicode.IsLower(r)
}

func endsSentence(s string) bool {
	switch s {
	case ".", "!", "?", "…", "\"", "”", "’", "'", ")", "]":
		return true
	}
	return false
}

// addLine splits one line (or hard-wrapped run of lines) into sentences.
func (l *Layout) addLine(text string, toks []lexer.Token, from, to, para int, wholeParagraph bool) {
	kind := lineKind(toks[from:to], from == 0 || len(l.Sentences) == 0, wholeParagraph)
	if kind != Body {
		l.add(toks, from, to, para, kind)
		return
	}
	start := from
	for k := from; k < to; k++ {
		if !isTerminal(toks[k].Text) {
			continue
		}
		end := k + 1
		for end < to && toks[end].Glued() && isCloser(toks[end].Text) {
			end++
		}
		if end >= to {
			break
		}
		if !toks[end].Space || !startsSentence(toks[end]) {
			// Every terminal before end in this run of closers reaches
			// the same end: skip them, so a long run ("!!!!…x") costs
			// one pass, not one per mark.
			k = end - 1
			continue
		}
		if toks[k].Text == "." && abbreviationBefore(toks, k, from) {
			continue
		}
		l.add(toks, start, end, para, Body)
		start = end
		k = end - 1
	}
	if start < to {
		l.add(toks, start, to, para, Body)
	}
}

func (l *Layout) add(toks []lexer.Token, from, to, para int, kind Kind) {
	l.Sentences = append(l.Sentences, Sentence{
		Start: toks[from].Start, End: toks[to-1].End,
		TokStart: from, TokEnd: to, Paragraph: para, Kind: kind,
	})
}

func isTerminal(s string) bool {
	switch s {
	case ".", "!", "?", "…":
		return true
	}
	return false
}

func isCloser(s string) bool {
	switch s {
	case "\"", "”", "’", "'", ")", "]", "»", ".", "!", "?":
		return true
	}
	return false
}

// startsSentence reports whether t can open a sentence: a capital letter, a
// digit, a currency symbol, or an opening quote or bracket.
func startsSentence(t lexer.Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	switch {
	case unicode.IsUpper(r), unicode.IsDigit(r):
		return true
	case t.Kind == lexer.Symbol:
		return true
	}
	switch t.Text {
	case "\"", "“", "‘", "'", "(", "[", "«", "-", "–", "—":
		return true
	}
	return false
}

// abbreviationBefore reports whether the period at toks[k] ends an
// abbreviation or an initial rather than a sentence.
func abbreviationBefore(toks []lexer.Token, k, from int) bool {
	if k == from {
		return false
	}
	p := toks[k-1]
	if p.Kind != lexer.Word || !toks[k].Glued() {
		return false
	}
	// An initial or an acronym's last letter: "J.", "U.S.", "a.m."
	if utf8.RuneCountInString(p.Text) == 1 {
		return true
	}
	return lexicon.IsAbbreviation(p.Text)
}

// lineKind classifies a line that is a whole line of the text. first
// reports whether it is the text's first line, alone whether it is a
// paragraph by itself (a cross-heading is; a byline seldom is).
func lineKind(toks []lexer.Token, first, alone bool) Kind {
	last := toks[len(toks)-1].Text
	if endsSentence(last) || last == ":" && len(toks) > 3 {
		// Ends in punctuation: running text (a quote closing a line too).
		if last != ")" && last != "]" {
			return Body
		}
	}
	words, capital := 0, 0
	for _, t := range toks {
		if t.Kind != lexer.Word {
			continue
		}
		words++
		r, _ := utf8.DecodeRuneInString(t.Text)
		if unicode.IsUpper(r) || lexicon.IsMinorTitleWord(t.Text) {
			capital++
		}
	}
	titleLike := capital*4 >= words*3
	switch {
	case words == 0:
		return Short
	case words <= 3 && !first && !(alone && titleLike):
		return Short
	case words <= 20 && titleLike:
		return Headline
	case first && words <= 20:
		return Headline
	case words >= 6:
		return Caption
	}
	return Short
}

// Package quotes pairs quote marks into quoted regions, with byte offsets.
//
// It reads the lexer's tokens and the layout's paragraphs and makes one
// pass over the quote marks, so time is linear in the number of marks:
//
//   - Curly marks say which way they face; a straight " faces the way its
//     surroundings say (space before and a word after: it opens).
//   - Single marks (‘ ’ ') are quotes only where they pair up inside a
//     paragraph: an opener after a space, a closer before a space or
//     punctuation. Apostrophes inside words never reach this package (the
//     lexer keeps we’re and Starmer’s whole); a leading one before a number
//     or an elided word (’90s, 'em) is not an opener.
//   - Single marks inside an open double quote are nested quotes and stay
//     part of the outer content.
//   - An opener met while a quote is open ends the open quote there (the
//     flattened multi-paragraph pattern `"A. "B."`); an opener left at the
//     end of its paragraph ends there. A quote never crosses a paragraph
//     break, so an unbalanced mark cannot swallow the article. A region that
//     continues an unclosed one (the next paragraph, or the next opener) is
//     marked Continues.
package quotes

import (
	"unicode"
	"unicode/utf8"

	"github.com/newsclaims/claims/extract/internal/lexer"
	"github.com/newsclaims/claims/extract/internal/lexicon"
)

// Region is one quoted stretch of text.
type Region struct {
	// Start and End are the byte offsets of the content, marks excluded.
	Start, End int
	// Open is the token index of the opening mark; Close that of the
	// closing mark, or -1 when the quote is left open at a paragraph's end
	// or at the next opening mark.
	Open, Close int
	// First and Last are the token indexes of the content: [First, Last).
	First, Last int
	// Paragraph is the index of the paragraph that holds it.
	Paragraph int
	// Single reports single quote marks.
	Single bool
	// Continues reports that the region goes on from the region before
	// it, which was left open: a quotation over several paragraphs.
	Continues bool
}

// Closed reports whether the region has a closing mark.
func (r Region) Closed() bool { return r.Close >= 0 }

// Paragraph is a paragraph as token indexes: [First, Last).
type Paragraph struct {
	First, Last int
}

type dir uint8

const (
	none dir = iota
	opening
	closing
	either
)

// Find returns the quoted regions of the text whose tokens are toks,
// ordered and disjoint. paras are the paragraphs as token ranges, in order.
func Find(toks []lexer.Token, paras []Paragraph) []Region {
	var out []Region
	prevOpenAtEnd := false // the previous paragraph ended inside a quote
	for pi, p := range paras {
		dOpen, sOpen := -1, -1
		chain := false // the open double quote continues an unclosed one
		emit := func(open, close, last int, single, cont bool) {
			first := open + 1
			if first >= last {
				return
			}
			out = append(out, Region{
				Start: toks[first].Start, End: toks[last-1].End,
				Open: open, Close: close, First: first, Last: last,
				Paragraph: pi, Single: single, Continues: cont,
			})
		}
		for k := p.First; k < p.Last; k++ {
			t := &toks[k]
			if t.Kind != lexer.Punct || !lexer.IsQuoteMark(t.Text) {
				continue
			}
			if isDouble(t.Text) {
				d := doubleDir(toks, k, p)
				if d == either {
					if dOpen >= 0 {
						d = closing
					} else {
						d = opening
					}
				}
				switch {
				case dOpen < 0 && d == opening:
					dOpen, sOpen = k, -1
					chain = k == p.First && prevOpenAtEnd
				case dOpen >= 0 && d == closing:
					emit(dOpen, k, k, false, chain)
					dOpen, chain = -1, false
				case dOpen >= 0 && d == opening:
					// An unclosed quote followed by a new one: the first
					// ends where the second begins.
					emit(dOpen, -1, k, false, chain)
					dOpen, chain = k, true
				}
				continue
			}
			if dOpen >= 0 {
				continue // nested single quote: part of the content
			}
			switch singleDir(toks, k, p) {
			case opening:
				sOpen = k
			case closing:
				if sOpen >= 0 {
					emit(sOpen, k, k, true, false)
					sOpen = -1
				}
			case either:
				if sOpen >= 0 {
					emit(sOpen, k, k, true, false)
					sOpen = -1
				}
			}
		}
		prevOpenAtEnd = false
		if dOpen >= 0 {
			n := len(out)
			emit(dOpen, -1, p.Last, false, chain)
			prevOpenAtEnd = len(out) > n
		}
	}
	return out
}

func isDouble(s string) bool {
	switch s {
	case "\"", "“", "”", "„", "‟", "«", "»":
		return true
	}
	return false
}

// doubleDir says which way the double mark toks[k] faces.
func doubleDir(toks []lexer.Token, k int, p Paragraph) dir {
	switch toks[k].Text {
	case "“", "„", "‟", "«":
		return opening
	case "”", "»":
		return closing
	}
	before := k == p.First || toks[k].Space || isOpenPunct(toks[k-1].Text)
	after := k+1 >= p.Last || toks[k+1].Space || isClosePunct(toks[k+1].Text)
	switch {
	case before && !after:
		return opening
	case !before && after:
		return closing
	}
	return either
}

// singleDir says which way the single mark toks[k] faces, or none when it
// is an apostrophe.
func singleDir(toks []lexer.Token, k int, p Paragraph) dir {
	t := toks[k]
	before := k == p.First || t.Space || isOpenPunct(toks[k-1].Text) || isDouble(toks[k-1].Text)
	after := k+1 >= p.Last || toks[k+1].Space || isClosePunct(toks[k+1].Text)
	if before && !after {
		n := toks[k+1]
		switch {
		case n.Kind == lexer.Number:
			return none // ’90s, '05
		case n.Kind == lexer.Word && lexicon.IsElision(n.Text):
			return none // 'em, 'til
		case n.Kind != lexer.Word:
			return none
		}
		if t.Text == "’" {
			// A right mark facing right is an apostrophe unless it opens a
			// word: accept it as an opener (some texts use ’ for both).
			return opening
		}
		return opening
	}
	if !before && after {
		if t.Text == "‘" {
			return none
		}
		return closing
	}
	return none
}

func isOpenPunct(s string) bool {
	switch s {
	case "(", "[", "{", "-", "–", "—", "/":
		return true
	}
	return false
}

func isClosePunct(s string) bool {
	switch s {
	case ",", ".", ";", ":", "?", "!", ")", "]", "}", "…", "-", "–", "—", "/":
		return true
	}
	return lexer.IsQuoteMark(s)
}

// StartsUpper reports whether s starts with an upper-case letter or a digit.
func StartsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

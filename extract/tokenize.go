package extract

import (
	"context"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsclaims/claims/extract/internal/lexer"
)

// pollBytes is how much text is read between two looks at the context:
// cancellation is noticed within about this much work.
const pollBytes = 256 << 10

// tokenize lexes text in chunks of about pollBytes, looking at ctx between
// them, and sizes the token slice once from the first chunk's density so a
// large text is not copied over and over as the slice grows.
//
// The tokens of the chunks are exactly the tokens of the whole text: see
// cutAfter for where a chunk may end.
func tokenize(ctx context.Context, text string) ([]lexer.Token, error) {
	if len(text) <= pollBytes {
		buf := *tokenPool.Get().(*[]lexer.Token)
		if cap(buf) < len(text)/5+16 {
			buf = make([]lexer.Token, 0, len(text)/5+16)
		}
		return lexer.Append(buf, text, 0), nil
	}
	var toks []lexer.Token
	glued := false // the chunk starts glued to the token before it
	for start := 0; start < len(text); {
		end, cutGlued := cutAfter(text, start+pollBytes)
		n := len(toks)
		if toks == nil {
			first := lexer.Append(make([]lexer.Token, 0, (end-start)/4+16), text[start:end], start)
			// Room for the whole text at the first chunk's density, plus a
			// little: one allocation for typical text. Denser text later
			// on grows the slice as append does.
			est := int(float64(len(first))*float64(len(text))/float64(end-start)*1.05) + 64
			toks = append(make([]lexer.Token, 0, est), first...)
		} else {
			toks = lexer.Append(toks, text[start:end], start)
		}
		if glued && len(toks) > n {
			// Cut between two tokens with no space between them: the
			// lexer took the chunk's first token for the text's first.
			toks[n].Space, toks[n].Newline = false, false
		}
		start, glued = end, cutGlued
		if err := ctx.Err(); err != nil {
			return nil, err
		}
	}
	return toks, nil
}

// tokenPool holds token slices between extractions, so that a text's
// tokens, the largest allocation of an extraction, reuse an earlier text's
// memory. Only slices of texts up to pollBytes come back.
var tokenPool = sync.Pool{New: func() any { return new([]lexer.Token) }}

// releaseTokens gives toks back to tokenPool once nothing reads them: no
// value in a Result holds a token.
func releaseTokens(toks []lexer.Token) {
	if cap(toks) > pollBytes/5+16 {
		return
	}
	clear(toks) // drop the references into the text
	toks = toks[:0]
	tokenPool.Put(&toks)
}

// cutAfter returns the first index at or after i where a chunk may end, and
// whether the cut falls between two tokens with no space between them.
//
// The preferred cut is just before a run of white space that follows a
// non-space ASCII byte: no token holds white space, and the next chunk
// starts with the whole run, so its first token's flags are right. Text
// with no such place in the next pollBytes (a run of punctuation or of
// non-Latin marks) is cut before a rune that is a token of its own whatever
// is around it: not a letter, digit, space, apostrophe, comma or period,
// after a rune that is not a space. The lexer looks one rune ahead only at
// apostrophes, commas and periods, so neither side's tokens change.
func cutAfter(text string, i int) (int, bool) {
	limit := min(len(text), i+pollBytes)
	for k := i; k < limit; k++ {
		switch text[k] {
		case ' ', '\n', '\t', '\r':
			if p := text[k-1]; p < 0x80 && p != ' ' && p != '\n' && p != '\t' && p != '\r' && p != '\v' && p != '\f' {
				return k, false
			}
		}
	}
	for k := i; k < len(text); k++ {
		if !utf8.RuneStart(text[k]) {
			continue
		}
		r, size := utf8.DecodeRuneInString(text[k:])
		if r == utf8.RuneError && size == 1 || !standsAlone(r) {
			continue
		}
		p, psize := utf8.DecodeLastRuneInString(text[:k])
		if p == utf8.RuneError && psize == 1 || !isSpaceRune(p) {
			return k, true
		}
	}
	return len(text), false
}

// standsAlone reports whether the lexer makes r a token of its own without
// looking at the rune before it.
func standsAlone(r rune) bool {
	switch r {
	case '\'', '’', ',', '.':
		return false
	}
	return !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) && !unicode.IsDigit(r) && !isSpaceRune(r)
}

// isSpaceRune is a superset of the lexer's white space.
func isSpaceRune(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' || r == '\u2028' || r == '\u2029'
}

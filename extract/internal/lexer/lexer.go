// Package lexer splits text into tokens that carry UTF-8 byte offsets into
// the caller's text.
//
// It makes one pass over the bytes and never rewrites them: for every token t
// produced from text, text[t.Start:t.End] == t.Text. Invalid UTF-8 bytes
// become one-byte punctuation tokens, so offsets stay exact whatever the
// input.
//
// The token kinds are chosen for the recognisers that read them: a number
// ("1,250.50") is split from a glued scale or unit ("bn" in "£2.5bn", "p" in
// "15p"), a currency symbol is a token of its own, and a word keeps its
// inner apostrophes ("we’re", "Starmer’s") and digits ("M25", "G7") so that
// codes and names are never read as numbers.
package lexer

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind classifies a token.
type Kind uint8

// Token kinds.
const (
	// Word is a run of letters, possibly with digits after the first letter
	// and apostrophes between letters.
	Word Kind = iota + 1
	// Number is a run of digits with optional thousands separators and one
	// decimal point: "9,400", "2.5", "1,250.50".
	Number
	// Symbol is a currency symbol such as "£", "$" or "€".
	Symbol
	// Punct is any other single character, including quote marks, hyphens,
	// dashes and "%". Invalid UTF-8 bytes are Punct tokens one byte long.
	Punct
)

// String names the kind.
func (k Kind) String() string {
	switch k {
	case Word:
		return "word"
	case Number:
		return "number"
	case Symbol:
		return "symbol"
	case Punct:
		return "punct"
	}
	return "invalid"
}

// Token is one lexical unit with its byte offsets.
type Token struct {
	Text  string
	Start int
	End   int
	Kind  Kind
	// Space reports whether white space separates this token from the
	// previous one (true for the first token).
	Space bool
	// Newline reports whether that white space holds a line break.
	Newline bool
}

// Glued reports whether the token directly follows the previous one, with
// no white space between them.
func (t Token) Glued() bool { return !t.Space }

// Is reports whether the token is the given punctuation or word, compared
// without regard to ASCII case.
func (t Token) Is(s string) bool { return EqualFold(t.Text, s) }

// EqualFold reports whether a and b are equal under ASCII case folding. It is
// cheaper than strings.EqualFold for the short ASCII words the tables hold.
func EqualFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if x == y {
			continue
		}
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// IsCurrencySymbol reports whether r is read as a currency symbol. The set is
// Unicode's currency-symbol category (Sc), which holds £ $ € ¥ ₹ ₡ ₾ ₭ ₿ and
// the rest.
func IsCurrencySymbol(r rune) bool {
	if r < 0x80 {
		return r == '$'
	}
	return unicode.Is(unicode.Sc, r)
}

// isApostrophe reports whether r can join two letters inside a word.
func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

func isLetter(r rune) bool {
	if r < 0x80 {
		return 'a' <= r|0x20 && r|0x20 <= 'z'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f':
		return true
	}
	if r < 0x80 {
		return false
	}
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}

// Tokenize returns the tokens of text. It is Append(nil, text, 0).
func Tokenize(text string) []Token { return Append(nil, text, 0) }

// Append appends the tokens of text to dst. Offsets are shifted by base, so
// a caller tokenizing part of a larger text can pass the part's start and
// get offsets into the whole; Text is always the part's bytes.
func Append(dst []Token, text string, base int) []Token {
	space, newline := true, false
	i := 0
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf {
			// ASCII, most of any text: one look-up says what it starts.
			start := i
			var kind Kind
			switch asciiClass[c] {
			case asciiSpace:
				space = true
				i++
				continue
			case asciiNewline:
				space, newline = true, true
				i++
				continue
			case asciiLetter:
				kind = Word
				// ASCII letters and digits inline; scanWord goes on at an
				// apostrophe or a byte that is not ASCII.
				i++
				for i < len(text) && wordByte[text[i]] {
					i++
				}
				if i < len(text) && (text[i] == '\'' || text[i] >= utf8.RuneSelf) {
					i = scanWord(text, i)
				}
			case asciiDigit:
				kind = Number
				i = scanNumber(text, i)
			case asciiSymbol:
				kind = Symbol
				i++
			default:
				kind = Punct
				i++
			}
			dst = push(dst, Token{Text: text[start:i], Start: base + start, End: base + i, Kind: kind, Space: space, Newline: newline})
			space, newline = false, false
			continue
		}
		dst, i, space, newline = appendRune(dst, text, base, i, space, newline)
	}
	return dst
}

// appendRune is Append's step at a byte that is not ASCII: white space, or
// the token that starts there. It returns where the next step starts and
// the white-space flags for the next token. Kept out of Append, it leaves
// Append's ASCII loop with no calls on its common paths.
func appendRune(dst []Token, text string, base, i int, space, newline bool) ([]Token, int, bool, bool) {
	r, size := utf8.DecodeRuneInString(text[i:])
	if r == utf8.RuneError && size == 1 {
		dst = push(dst, Token{Text: text[i : i+1], Start: base + i, End: base + i + 1, Kind: Punct, Space: space, Newline: newline})
		return dst, i + 1, false, false
	}
	if isSpace(r) {
		if r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' {
			newline = true
		}
		return dst, i + size, true, newline
	}
	start := i
	var kind Kind
	switch {
	case isDigit(r):
		kind = Number
		i = scanNumber(text, i)
	case isLetter(r):
		kind = Word
		i = scanWord(text, i)
	case IsCurrencySymbol(r):
		kind = Symbol
		i += size
	default:
		kind = Punct
		i += size
	}
	dst = push(dst, Token{Text: text[start:i], Start: base + start, End: base + i, Kind: kind, Space: space, Newline: newline})
	return dst, i, false, false
}

// What an ASCII byte is to Append: the classes of asciiClass.
const (
	asciiPunct = iota
	asciiSpace
	asciiNewline
	asciiLetter
	asciiDigit
	asciiSymbol
)

// asciiClass is, for each ASCII byte, what isSpace, isLetter, isDigit and
// IsCurrencySymbol say of it, in the order Append asks them.
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := rune(0); c < utf8.RuneSelf; c++ {
		switch {
		case c == '\n' || c == '\r':
			t[c] = asciiNewline
		case isSpace(c):
			t[c] = asciiSpace
		case isDigit(c):
			t[c] = asciiDigit
		case isLetter(c):
			t[c] = asciiLetter
		case IsCurrencySymbol(c):
			t[c] = asciiSymbol
		}
	}
	return t
}()

// wordByte marks the bytes scanWord takes as they come: ASCII letters and
// digits.
var wordByte = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = asciiClass[c] == asciiLetter || asciiClass[c] == asciiDigit
	}
	return t
}()

// push appends t to dst, doubling dst's capacity when it is full. append
// grows large slices by only a quarter each time, which copies a big text's
// tokens about five times over; doubling keeps the bytes allocated within
// twice the tokens'.
func push(dst []Token, t Token) []Token {
	if len(dst) == cap(dst) {
		dst = slices.Grow(dst, len(dst)+64)
	}
	return append(dst, t)
}

// scanWord returns the end of the word that starts at i: letters and digits,
// with single apostrophes or periods-free joins between letters.
func scanWord(text string, i int) int {
	for i < len(text) {
		// ASCII letters and digits, most of any word, without decoding.
		if c := text[i]; c < utf8.RuneSelf {
			switch asciiClass[c] {
			case asciiLetter, asciiDigit:
				i++
				continue
			}
			if c != '\'' {
				return i // not a letter, digit or apostrophe
			}
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case isLetter(r) || isDigit(r):
			i += size
		case isApostrophe(r):
			// An apostrophe stays in the word only between two letters
			// (we’re, Starmer’s, O'Neill); a trailing one may close a quote.
			if i+size < len(text) {
				n, _ := utf8.DecodeRuneInString(text[i+size:])
				if isLetter(n) && i > 0 {
					p, _ := utf8.DecodeLastRuneInString(text[:i])
					if isLetter(p) {
						i += size
						continue
					}
				}
			}
			return i
		default:
			return i
		}
	}
	return i
}

// scanNumber returns the end of the number that starts at i. Commas join
// digit groups ("9,400", Indian "12,34,567"), and one period followed by a
// digit makes a decimal ("2.5"). A separator not followed by a digit ends the
// number and is left for the next token.
func scanNumber(text string, i int) int {
	seenPoint := false
	for i < len(text) {
		c := text[i]
		switch {
		case isDigit(rune(c)):
			i++
		case c == ',' && !seenPoint && groupAfter(text, i+1):
			i++
		case c == '.' && !seenPoint && i+1 < len(text) && isDigit(rune(text[i+1])):
			seenPoint = true
			i++
		default:
			return i
		}
	}
	return i
}

// groupAfter reports whether a digit group that a comma may join starts at
// i: exactly three digits ("9,400"), or two-digit groups ending in a
// three-digit one, as in Indian grouping ("12,34,567").
func groupAfter(text string, i int) bool {
	n := 0
	for i+n < len(text) && isDigit(rune(text[i+n])) {
		n++
	}
	if n == 3 {
		return true
	}
	// Two-digit groups must lead to a three-digit one: "12,34,567" is a
	// number, "22,24,26,31" a list.
	// The look-ahead is bounded so that lexing stays linear.
	for g := 0; g < 8 && n == 2 && i+2 < len(text) && text[i+2] == ','; g++ {
		i += 3
		n = 0
		for i+n < len(text) && isDigit(rune(text[i+n])) {
			n++
		}
		if n == 3 {
			return true
		}
	}
	return false
}

// IsQuoteMark reports whether the token is a double or single quote mark,
// straight or curly, or a guillemet.
func IsQuoteMark(s string) bool {
	switch s {
	case "\"", "“", "”", "„", "‟", "'", "‘", "’", "‚", "‛", "«", "»", "`":
		return true
	}
	return false
}

// IsDash reports whether s is a hyphen, en dash, em dash or minus sign.
func IsDash(s string) bool {
	switch s {
	case "-", "–", "—", "‐", "‑", "‒", "−":
		return true
	}
	return false
}

// Join returns the tokens' texts as one string, with a single space where
// white space stood between two tokens and none where they were glued:
// "Office for National Statistics", "1,000 cubic metres".
func Join(toks []Token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 && t.Space {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

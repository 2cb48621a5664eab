package jsonl

import (
	"bytes"
	"encoding/binary"
	"unicode/utf16"
	"unicode/utf8"
)

// parseFast reads the usual shape of a corpus line without reflection: one
// object whose members are all strings with plainly written keys, "id" and
// "text" once each, and valid UTF-8 in the text. ok is false for anything
// else (numbers, nested values, escaped or non-ASCII keys, keys that match
// "id" or "text" only in another case, repeated keys, invalid UTF-8,
// surrogate escapes, errors), which ParseArticle hands to encoding/json:
// what parseFast accepts it reads exactly as json.Unmarshal does.
func parseFast(line []byte) (a Article, ok bool) {
	i := skipSpace(line, 0)
	if i >= len(line) || line[i] != '{' {
		return Article{}, false
	}
	var id []byte
	var text string
	haveText := false
	i = skipSpace(line, i+1)
	for {
		if i >= len(line) || line[i] != '"' {
			return Article{}, false
		}
		kEnd, kEsc, ok := scanString(line, i)
		if !ok || kEsc {
			return Article{}, false
		}
		key := line[i+1 : kEnd-1]
		i = skipSpace(line, kEnd)
		if i >= len(line) || line[i] != ':' {
			return Article{}, false
		}
		i = skipSpace(line, i+1)
		if i >= len(line) || line[i] != '"' {
			return Article{}, false
		}
		vEnd, vEsc, ok := scanString(line, i)
		if !ok {
			return Article{}, false
		}
		switch {
		case string(key) == "id":
			if id != nil {
				return Article{}, false
			}
			id = line[i:vEnd]
		case string(key) == "text":
			if haveText {
				return Article{}, false
			}
			if text, ok = unquote(line[i+1:vEnd-1], vEsc); !ok {
				return Article{}, false
			}
			haveText = true
		case !plainKey(key):
			return Article{}, false
		}
		i = skipSpace(line, vEnd)
		if i >= len(line) {
			return Article{}, false
		}
		if line[i] == '}' {
			break
		}
		if line[i] != ',' {
			return Article{}, false
		}
		i = skipSpace(line, i+1)
	}
	if skipSpace(line, i+1) != len(line) || id == nil || !haveText {
		return Article{}, false
	}
	return Article{ID: bytes.Clone(id), Text: text}, true
}

// plainKey reports whether key, a member name other than "id" and "text",
// is ASCII and matches neither in any case, so that encoding/json (which
// matches names case-insensitively, with Unicode folding) ignores it too.
func plainKey(key []byte) bool {
	for _, c := range key {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return !bytes.EqualFold(key, []byte("id")) && !bytes.EqualFold(key, []byte("text"))
}

// skipSpace returns the index of the first byte at or after i that is not
// JSON white space.
func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// plainByte marks the bytes a JSON string holds as they are: not a quote,
// a backslash or a control byte.
var plainByte = func() (t [256]bool) {
	for c := 0x20; c < 256; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// scanString reads the JSON string whose opening quote is at b[i]. It
// returns the index after the closing quote, whether the string holds an
// escape, and false if the string is not well formed.
func scanString(b []byte, i int) (end int, escaped, ok bool) {
	j := i + 1
	for {
		for j+8 <= len(b) && plain8(binary.LittleEndian.Uint64(b[j:])) {
			j += 8
		}
		for j < len(b) && plainByte[b[j]] {
			j++
		}
		if j >= len(b) {
			return 0, false, false
		}
		switch b[j] {
		case '"':
			return j + 1, escaped, true
		case '\\':
			escaped = true
			if j+1 >= len(b) {
				return 0, false, false
			}
			switch b[j+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				j += 2
			case 'u':
				if _, ok := hex4(b[j+2:]); !ok {
					return 0, false, false
				}
				j += 6
			default:
				return 0, false, false
			}
		default: // a control byte
			return 0, false, false
		}
	}
}

// hex4 reads four hex digits.
func hex4(b []byte) (rune, bool) {
	if len(b) < 4 {
		return 0, false
	}
	var r rune
	for _, c := range b[:4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}

// unquote decodes the inside of a well-formed JSON string. ok is false
// where encoding/json would change bytes rather than decode them (invalid
// UTF-8) or pair surrogate escapes: such strings are left to it.
func unquote(s []byte, escaped bool) (string, bool) {
	if !utf8.Valid(s) {
		return "", false
	}
	if !escaped {
		return string(s), true
	}
	out := make([]byte, 0, len(s))
	for {
		k := bytes.IndexByte(s, '\\')
		if k < 0 {
			return string(append(out, s...)), true
		}
		out = append(out, s[:k]...)
		c := s[k+1]
		s = s[k+2:]
		switch c {
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r, _ := hex4(s)
			if utf16.IsSurrogate(r) {
				return "", false
			}
			out = utf8.AppendRune(out, r)
			s = s[4:]
		default: // '"', '\\', '/'
			out = append(out, c)
		}
	}
}

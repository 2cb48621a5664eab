package jsonl

import (
	"bytes"
	"cmp"
	"encoding/json"
	"strconv"
	"unicode/utf8"

	"github.com/newsclaims/claims/extract"
)

// appendRecord writes the record as encoding/json would: fields in
// declaration order (an embedded Span's fields in its place), nil slices as
// null, strings escaped as by its appendString without HTML escaping.
func appendRecord(dst []byte, id json.RawMessage, res *extract.Result) ([]byte, error) {
	start := len(dst)
	dst = append(dst, `{"id":`...)
	if id == nil {
		dst = append(dst, "null"...)
	} else {
		var err error
		// The Encoder compacts a RawMessage, and rejects an invalid one.
		if dst, err = appendCompact(dst, id); err != nil {
			return dst[:start], err
		}
	}
	if res != nil {
		var err error
		if dst, err = appendResult(dst, res); err != nil {
			return dst[:start], err
		}
	}
	return append(dst, '}', '\n'), nil
}

func appendCompact(dst []byte, raw []byte) ([]byte, error) {
	n := len(dst)
	buf := bytes.NewBuffer(dst)
	if err := json.Compact(buf, raw); err != nil {
		return dst[:n], err
	}
	return buf.Bytes(), nil
}

// appendResult writes the Result's fields, each after a comma.
func appendResult(dst []byte, res *extract.Result) ([]byte, error) {
	dst = append(dst, `,"paragraphs":`...)
	dst = appendList(dst, res.Paragraphs, func(dst []byte, p extract.Paragraph) []byte {
		dst = appendSpan(append(dst, '{'), p.Span)
		dst = appendInt(append(dst, `,"first_sentence":`...), p.FirstSentence)
		dst = appendInt(append(dst, `,"end_sentence":`...), p.EndSentence)
		return append(dst, '}')
	})
	dst = append(dst, `,"sentences":`...)
	dst = appendList(dst, res.Sentences, func(dst []byte, s extract.Sentence) []byte {
		dst = appendString(append(dst, `{"text":`...), s.Text)
		dst = appendSpan(append(dst, ','), s.Span)
		dst = appendInt(append(dst, `,"paragraph":`...), s.Paragraph)
		dst = appendString(append(dst, `,"kind":`...), string(s.Kind))
		return append(dst, '}')
	})
	var err error
	dst = append(dst, `,"money":`...)
	dst = appendList(dst, res.Money, func(dst []byte, m extract.Money) []byte {
		out, e := appendMoney(dst, m)
		err = cmp.Or(err, e)
		return out
	})
	dst = append(dst, `,"statistics":`...)
	dst = appendList(dst, res.Statistics, func(dst []byte, s extract.Statistic) []byte {
		out, e := appendStatistic(dst, s)
		err = cmp.Or(err, e)
		return out
	})
	if err != nil {
		return dst, err
	}
	dst = append(dst, `,"quotes":`...)
	dst = appendList(dst, res.Quotes, func(dst []byte, q extract.Quote) []byte {
		dst = appendString(append(dst, `{"text":`...), q.Text)
		dst = appendSpan(append(dst, ','), q.Span)
		dst = appendString(append(dst, `,"kind":`...), string(q.Kind))
		dst = appendString(append(dst, `,"speaker":`...), q.Speaker)
		dst = appendString(append(dst, `,"speaker_mention":`...), q.SpeakerMention)
		dst = appendInt(append(dst, `,"speaker_start":`...), q.SpeakerStart)
		dst = appendInt(append(dst, `,"speaker_end":`...), q.SpeakerEnd)
		dst = appendString(append(dst, `,"cue":`...), q.Cue)
		dst = appendInt(append(dst, `,"cue_start":`...), q.CueStart)
		dst = appendInt(append(dst, `,"cue_end":`...), q.CueEnd)
		dst = appendInt(append(dst, `,"sentence":`...), q.Sentence)
		return append(dst, '}')
	})
	dst = append(dst, `,"speakers":`...)
	dst = appendList(dst, res.Speakers, func(dst []byte, s extract.Speaker) []byte {
		dst = appendString(append(dst, `{"name":`...), s.Name)
		dst = append(dst, `,"mentions":`...)
		dst = appendList(dst, s.Mentions, func(dst []byte, m extract.Mention) []byte {
			dst = appendString(append(dst, `{"text":`...), m.Text)
			dst = appendSpan(append(dst, ','), m.Span)
			return append(dst, '}')
		})
		dst = appendInts(append(dst, `,"quotes":`...), s.Quotes)
		return append(dst, '}')
	})
	dst = append(dst, `,"claims":`...)
	dst = appendList(dst, res.Claims, func(dst []byte, c extract.Claim) []byte {
		dst = appendString(append(dst, `{"text":`...), c.Text)
		dst = appendSpan(append(dst, ','), c.Span)
		dst = appendInts(append(dst, `,"money":`...), c.Money)
		dst = appendInts(append(dst, `,"statistics":`...), c.Statistics)
		dst = appendString(append(dst, `,"source":`...), c.Source)
		dst = appendString(append(dst, `,"source_kind":`...), string(c.SourceKind))
		dst = appendString(append(dst, `,"time":`...), c.Time)
		dst = appendInt(append(dst, `,"time_start":`...), c.TimeStart)
		dst = appendInt(append(dst, `,"time_end":`...), c.TimeEnd)
		return append(dst, '}')
	})
	return dst, nil
}

// appendList writes a JSON array of xs, or null for a nil slice.
func appendList[T any](dst []byte, xs []T, item func([]byte, T) []byte) []byte {
	if xs == nil {
		return append(dst, "null"...)
	}
	dst = append(dst, '[')
	for i, x := range xs {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = item(dst, x)
	}
	return append(dst, ']')
}

func appendInts(dst []byte, xs []int) []byte {
	return appendList(dst, xs, appendInt)
}

func appendInt(dst []byte, n int) []byte { return strconv.AppendInt(dst, int64(n), 10) }

func appendSpan(dst []byte, s extract.Span) []byte {
	dst = appendInt(append(dst, `"start":`...), s.Start)
	return appendInt(append(dst, `,"end":`...), s.End)
}

const hex = "0123456789abcdef"

// safeASCII marks the ASCII bytes a JSON string holds as they are: not a
// quote, a backslash or a control byte.
var safeASCII = func() (t [utf8.RuneSelf]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// plain8 reports whether the eight bytes of x (as loaded little-endian)
// are all ASCII that a JSON string holds as they are: no quote, backslash
// or control byte.
func plain8(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	// A byte's high bit ends up set when it is below 0x20, is a quote or a
	// backslash (zero after the XOR), or is not ASCII.
	quote := x ^ '"'*ones
	slash := x ^ '\\'*ones
	return ((x-0x20*ones)&^x|(quote-ones)&^quote|(slash-ones)&^slash|x)&highs == 0
}

// load8 returns the eight bytes of w, little-endian.
func load8(w string) uint64 {
	w = w[:8]
	return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
}

// appendString writes s as a JSON string exactly as encoding/json does
// without HTML escaping: quote, backslash and control bytes escaped
// (\b \f \n \r \t by name), invalid UTF-8 as \ufffd, and U+2028 and U+2029
// escaped.
func appendString(dst []byte, s string) []byte {
	dst = appendStringBody(append(dst, '"'), s)
	return append(dst, '"')
}

// appendStringBody is appendString without the quotes.
func appendStringBody(dst []byte, s string) []byte {
	start := 0
	for i := plainPrefix(s, 0); i < len(s); i = plainPrefix(s, i) {
		if b := s[i]; b < utf8.RuneSelf {
			dst = append(dst, s[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[b>>4], hex[b&0xF])
			}
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		if c == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if c == '\u2028' || c == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[c&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	return append(dst, s[start:]...)
}

// plainPrefix returns the index of the first byte at or after i that is
// not plain ASCII (see safeASCII): eight bytes at a time, then one by one.
// appendStringBody calls it once per run of plain bytes, so its loops keep
// their constants in registers.
func plainPrefix(s string, i int) int {
	for i+8 <= len(s) && plain8(load8(s[i:])) {
		i += 8
	}
	for i < len(s) && s[i] < utf8.RuneSelf && safeASCII[s[i]] {
		i++
	}
	return i
}

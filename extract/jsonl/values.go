package jsonl

import (
	"errors"

	"github.com/shopspring/decimal"

	"github.com/newsclaims/claims/extract"
)

// Money and Statistic have their own MarshalJSON, which goes through
// json.Marshal: HTML characters escaped in strings, the decimals as JSON
// numbers written after the other fields (the struct that carries them
// embeds the value's own). appendMoney and appendStatistic write the same
// bytes without reflection; TestValuesMatchMarshalJSON holds them to it.

// errNumber reports a decimal whose text is not a plain JSON number, which
// sends the record to encoding/json to be worded there.
var errNumber = errors.New("jsonl: decimal is not a plain JSON number")

func appendMoney(dst []byte, m extract.Money) ([]byte, error) {
	dst = appendHTMLString(append(dst, `{"text":`...), m.Text)
	dst = appendSpan(append(dst, ','), m.Span)
	dst = appendHTMLString(append(dst, `,"currency":`...), m.Currency)
	dst = appendHTMLString(append(dst, `,"unit":`...), m.Unit)
	dst = appendHTMLString(append(dst, `,"qualifier":`...), string(m.Qualifier))
	dst = appendHTMLString(append(dst, `,"per":`...), m.Per)
	if m.Context != "" {
		dst = appendHTMLString(append(dst, `,"context":`...), m.Context)
	}
	dst = appendInt(append(dst, `,"sentence":`...), m.Sentence)
	dst, err := appendDecimals(dst, `,"amount":`, m.Amount, m.Low, m.High)
	if err != nil {
		return dst, err
	}
	if m.Vague {
		return append(dst, `,"vague":true}`...), nil
	}
	return append(dst, `,"vague":false}`...), nil
}

func appendStatistic(dst []byte, s extract.Statistic) ([]byte, error) {
	dst = appendHTMLString(append(dst, `{"text":`...), s.Text)
	dst = appendSpan(append(dst, ','), s.Span)
	dst = appendHTMLString(append(dst, `,"kind":`...), string(s.Kind))
	if s.Vague {
		dst = append(dst, `,"vague":true`...)
	} else {
		dst = append(dst, `,"vague":false`...)
	}
	dst = appendHTMLString(append(dst, `,"qualifier":`...), string(s.Qualifier))
	dst = appendHTMLString(append(dst, `,"subject":`...), s.Subject)
	dst = appendInt(append(dst, `,"subject_start":`...), s.SubjectStart)
	dst = appendInt(append(dst, `,"subject_end":`...), s.SubjectEnd)
	if c := s.Change; c == nil {
		dst = append(dst, `,"change":null`...)
	} else {
		dst = appendHTMLString(append(dst, `,"change":{"direction":`...), string(c.Direction))
		dst = appendHTMLString(append(dst, `,"cue":`...), c.Cue)
		dst = appendInt(append(dst, `,"cue_start":`...), c.CueStart)
		dst = appendInt(append(dst, `,"cue_end":`...), c.CueEnd)
		dst = appendInt(append(dst, `,"from":`...), c.From)
		dst = append(dst, '}')
	}
	dst = appendInt(append(dst, `,"sentence":`...), s.Sentence)
	dst, err := appendDecimals(dst, `,"value":`, s.Value, s.Low, s.High)
	if err != nil {
		return dst, err
	}
	return append(dst, '}'), nil
}

// appendDecimals writes the decimals that end a value's fields: the named
// one, then "low" and "high" (null when nil). The caller closes the object.
func appendDecimals(dst []byte, name string, v decimal.Decimal, low, high *decimal.Decimal) ([]byte, error) {
	var err error
	if dst, err = appendDecimal(append(dst, name...), v); err != nil {
		return dst, err
	}
	for _, f := range [...]struct {
		name string
		d    *decimal.Decimal
	}{{`,"low":`, low}, {`,"high":`, high}} {
		dst = append(dst, f.name...)
		if f.d == nil {
			dst = append(dst, "null"...)
		} else if dst, err = appendDecimal(dst, *f.d); err != nil {
			return dst, err
		}
	}
	return dst, nil
}

// appendDecimal writes d as json.Number(d.String()) is written, refusing
// text that is not a plain number (an optional minus, digits, and digits
// after a point), which decimal's String never gives.
func appendDecimal(dst []byte, d decimal.Decimal) ([]byte, error) {
	s := d.String()
	if !plainNumber(s) {
		return dst, errNumber
	}
	return append(dst, s...), nil
}

// plainNumber reports whether s is -?digits(.digits)?, a valid JSON number.
func plainNumber(s string) bool {
	if s != "" && s[0] == '-' {
		s = s[1:]
	}
	digits := func() int {
		n := 0
		for n < len(s) && '0' <= s[n] && s[n] <= '9' {
			n++
		}
		return n
	}
	n := digits()
	if n == 0 || n > 1 && s[0] == '0' {
		return false
	}
	s = s[n:]
	if s == "" {
		return true
	}
	if s[0] != '.' {
		return false
	}
	s = s[1:]
	n = digits()
	return n > 0 && n == len(s)
}

// appendHTMLString writes s as json.Marshal does: as appendString, and <,
// > and & as \u003c, \u003e and \u0026. Splitting s at those bytes does not
// change how the rest is escaped: no UTF-8 sequence, valid or not, is read
// across an ASCII byte.
func appendHTMLString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '<', '>', '&':
			dst = appendStringBody(dst, s[start:i])
			dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			start = i + 1
		}
	}
	dst = appendStringBody(dst, s[start:])
	return append(dst, '"')
}

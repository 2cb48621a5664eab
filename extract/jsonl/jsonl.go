// Package jsonl reads and writes the JSON lines of a corpus run: one
// {"id","text",...} article a line in, one {"id", ...Result} record a line
// out. The claims command (-jsonl) and the Beam example both use it, so the
// two write the same bytes for the same article.
package jsonl

import (
	"bytes"
	"encoding/json"
	"errors"

	"github.com/newsclaims/claims/extract"
)

// Article is one input line of a JSONL corpus. Fields other than "id" and
// "text" are ignored.
type Article struct {
	// ID is the article's "id" as written (any JSON value).
	ID json.RawMessage
	// Text is the article's "text".
	Text string
}

// ErrNoText and ErrNoID report a line that lacks a field.
var (
	ErrNoText = errors.New(`no "text" field`)
	ErrNoID   = errors.New(`no "id" field`)
)

// Blank reports whether a line holds nothing but white space; such lines
// are skipped, not errors.
func Blank(line []byte) bool { return len(bytes.TrimSpace(line)) == 0 }

// ParseArticle parses one input line (without its newline), as
// json.Unmarshal would. Lines of the usual shape (all members strings) are
// read by hand, several times faster; any other line goes through
// encoding/json.
func ParseArticle(line []byte) (Article, error) {
	if a, ok := parseFast(line); ok {
		return a, nil
	}
	return parseReflect(line)
}

// parseReflect is ParseArticle through encoding/json.
func parseReflect(line []byte) (Article, error) {
	var a struct {
		ID   json.RawMessage `json:"id"`
		Text *string         `json:"text"`
	}
	if err := json.Unmarshal(line, &a); err != nil {
		return Article{}, err
	}
	if a.Text == nil {
		return Article{}, ErrNoText
	}
	if len(a.ID) == 0 {
		return Article{}, ErrNoID
	}
	return Article{ID: a.ID, Text: *a.Text}, nil
}

// record is one output line: the article's id and its result's fields.
type record struct {
	ID json.RawMessage `json:"id"`
	*extract.Result
}

// AppendRecord appends the output line for an article's result to dst,
// newline included: {"id": id, "paragraphs": ..., ...}, with HTML
// characters unescaped. The bytes are those encoding/json's Encoder writes
// for the record (SetEscapeHTML(false)), written field by field without
// reflection; money and statistics as their own MarshalJSON writes them.
func AppendRecord(dst []byte, id json.RawMessage, res *extract.Result) ([]byte, error) {
	out, err := appendRecord(dst, id, res)
	if err != nil {
		// Let encoding/json word the error.
		return appendRecordReflect(dst, id, res)
	}
	return out, nil
}

// appendRecordReflect is AppendRecord through encoding/json.
func appendRecordReflect(dst []byte, id json.RawMessage, res *extract.Result) ([]byte, error) {
	buf := bytes.NewBuffer(dst)
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(record{ID: id, Result: res}); err != nil {
		return dst, err
	}
	return buf.Bytes(), nil
}

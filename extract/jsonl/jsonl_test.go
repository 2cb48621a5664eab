package jsonl

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/newsclaims/claims/extract"
)

func TestParseArticle(t *testing.T) {
	tests := []struct {
		line    string
		id      string
		text    string
		wantErr error
	}{
		{line: `{"id":"a1","text":"Hello."}`, id: `"a1"`, text: "Hello."},
		{line: `{"id": 7, "text": "", "title": "x"}`, id: `7`, text: ""},
		{line: `{"id":{"n":1},"text":"x"}` + "\r", id: `{"n":1}`, text: "x"},
		{line: `{"id":"a1"}`, wantErr: ErrNoText},
		{line: `{"text":"x"}`, wantErr: ErrNoID},
		{line: `{"id":"a1","text":3}`, wantErr: errors.New("any")},
		{line: `not json`, wantErr: errors.New("any")},
	}
	for _, tt := range tests {
		a, err := ParseArticle([]byte(tt.line))
		if tt.wantErr != nil {
			if err == nil {
				t.Errorf("ParseArticle(%q): no error", tt.line)
			} else if (tt.wantErr == ErrNoText || tt.wantErr == ErrNoID) && !errors.Is(err, tt.wantErr) {
				t.Errorf("ParseArticle(%q): error %v, want %v", tt.line, err, tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseArticle(%q): %v", tt.line, err)
			continue
		}
		if string(a.ID) != tt.id || a.Text != tt.text {
			t.Errorf("ParseArticle(%q) = %s %q, want %s %q", tt.line, a.ID, a.Text, tt.id, tt.text)
		}
	}
}

func TestBlank(t *testing.T) {
	for line, want := range map[string]bool{"": true, " \t\r": true, "{}": false} {
		if got := Blank([]byte(line)); got != want {
			t.Errorf("Blank(%q) = %v, want %v", line, got, want)
		}
	}
}

func TestAppendRecord(t *testing.T) {
	text := "Costs <rose> to £5m & more."
	res, err := extract.Text(text)
	if err != nil {
		t.Fatal(err)
	}
	b, err := AppendRecord([]byte("prefix "), []byte(` { "k" : 1 } `), res)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	if !strings.HasPrefix(s, `prefix {"id":{"k":1},"paragraphs":[`) {
		t.Errorf("record starts %.60q", s)
	}
	if !strings.HasSuffix(s, "}\n") || strings.Count(s, "\n") != 1 {
		t.Errorf("record is not one line ending in a newline: %q", s)
	}
	if !strings.Contains(s, "<rose> to £5m & more") {
		t.Errorf("HTML characters escaped: %s", s)
	}
	if !strings.Contains(s, `"currency":"GBP"`) || !strings.Contains(s, `"amount":5000000`) {
		t.Errorf("money not encoded as expected: %s", s)
	}
}

// TestAppendRecordMatchesEncoder checks the hand-written encoding against
// encoding/json's, byte for byte, on awkward text and on nil slices.
func TestAppendRecordMatchesEncoder(t *testing.T) {
	texts := []string{
		"Sales rose 14% to £3.5bn in 2004, the firm said. \"It is <b>good</b> & fine,\" said Mr Smith.",
		"Tabs\there, \x01\x1f\b\f\r\n bytes, a \\ backslash and \"quotes\" cost $5m.\n\nInvalid \xff\xfe UTF-8 \u2028 and \u2029, emoji 😀 rose 20%.",
		"“Prices fell 3%,” said the chairman, Sir John Major, on Monday. <script>alert('x')</script> & 5 percent",
		"",
	}
	ids := []json.RawMessage{[]byte(`{`), []byte(`1`), []byte(` { "k" : [1, 2] } `), []byte(`"a <b> & \u2028"`), nil}
	for _, text := range texts {
		res, err := extract.Text(text)
		if err != nil {
			t.Fatal(err)
		}
		for _, id := range ids {
			same(t, id, res)
		}
	}
	same(t, []byte(`7`), nil)
	same(t, []byte(`7`), &extract.Result{})
	same(t, []byte(`7`), &extract.Result{Speakers: []extract.Speaker{{Name: "A\x00"}}, Claims: []extract.Claim{{Text: "x"}}})
}

func same(t *testing.T, id json.RawMessage, res *extract.Result) {
	t.Helper()
	want, werr := appendRecordReflect([]byte("x"), id, res)
	got, gerr := appendRecord([]byte("x"), id, res)
	if (werr != nil) != (gerr != nil) || string(got) != string(want) {
		t.Errorf("got  %s (%v)\nwant %s (%v)", got, gerr, want, werr)
	}
}

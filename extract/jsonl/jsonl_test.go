package jsonl

import (
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

package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSampleMatchesTestdata keeps the embedded sample identical to the
// article the tests read.
func TestSampleMatchesTestdata(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "starmer-border-security.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != sampleArticle {
		t.Error("cmd/claims/sample-article.txt differs from testdata/starmer-border-security.txt")
	}
}

func TestRunSample(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run(nil, strings.NewReader(""), &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	s := out.String()
	for _, want := range []string{"Money (4)", `"£75 million"`, "150000000 GBP", "58000000 GBP"} {
		if !strings.Contains(s, want) {
			t.Errorf("summary lacks %q:\n%s", want, s)
		}
	}
}

func TestRunJSONFromStdin(t *testing.T) {
	var out, errb bytes.Buffer
	in := strings.NewReader("It cost $3bn a year, up from £5m.")
	if code := run([]string{"-json", "-"}, in, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var res struct {
		Money []struct {
			Text     string          `json:"text"`
			Amount   json.Number     `json:"amount"`
			Currency string          `json:"currency"`
			Per      string          `json:"per"`
			Low      json.RawMessage `json:"low"`
		} `json:"money"`
	}
	if err := json.Unmarshal(out.Bytes(), &res); err != nil {
		t.Fatalf("%v:\n%s", err, out.String())
	}
	if len(res.Money) != 2 || res.Money[0].Amount != "3000000000" || res.Money[0].Per != "year" || string(res.Money[0].Low) != "null" || res.Money[1].Currency != "GBP" {
		t.Errorf("got %+v", res.Money)
	}
}

func TestRunFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(path, []byte("A €45m fund."), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := run([]string{path}, nil, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if !strings.Contains(out.String(), "45000000 EUR") {
		t.Errorf("got:\n%s", out.String())
	}
}

func TestRunErrors(t *testing.T) {
	tests := []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"/no/such/file"}, 1, "no such file"},
		{[]string{"a", "b"}, 2, "one FILE"},
		{[]string{"-workers", "0", "-jsonl", "x"}, 2, "-workers"},
		{[]string{"-nosuchflag"}, 2, "flag provided but not defined"},
	}
	for _, tc := range tests {
		var out, errb bytes.Buffer
		code := run(tc.args, strings.NewReader(""), &out, &errb)
		if code != tc.code || !strings.Contains(errb.String(), tc.msg) {
			t.Errorf("%v: exit %d, stderr %q; want exit %d and %q", tc.args, code, errb.String(), tc.code, tc.msg)
		}
	}
}

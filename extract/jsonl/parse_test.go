package jsonl

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"testing"

	"github.com/newsclaims/claims/internal/testcorpus"
)

// parseLines are lines for the hand-written parser: each it accepts must
// read as encoding/json reads it, and each it refuses goes to encoding/json.
var parseLines = []string{
	`{"id":"a1","text":"Hello."}`,
	` { "id" : "a1" , "title": "T", "text" : "Hello." } ` + "\t",
	`{"text":"x","id":"b"}`,
	`{"id":"a","text":"line\nbreak \"quoted\" back\\slash \/ \b\f\r\t tab"}`,
	`{"id":"a","text":"\u00a3 5m \u2028 \u0000 \uFFFD \ud83d\ude00 lone \ud83d x"}`,
	`{"id":"a","text":"£5m “curly” 😀"}`,
	"{\"id\":\"a\",\"text\":\"bad \xff utf8\"}",
	"{\"id\":\"bad \xff id\",\"text\":\"x\"}",
	"{\"id\":\"a\",\"text\":\"ctl \x01 byte\"}",
	`{"id":"a","text":"bad \x escape"}`,
	`{"id":"a","text":"short \u12"}`,
	`{"id":"a","text":"unterminated}`,
	`{"id":"a","text":"x",}`,
	`{"id":"a","text":"x"} trailing`,
	`{"id":"a","text":"x"}{}`,
	`{"id":"a","Text":"x"}`,
	`{"ID":"a","text":"x"}`,
	`{"id":"a","text":"x","TEXT":"y"}`,
	`{"id":"a","text":"x","text":"y"}`,
	`{"id":"a","id":"b","text":"x"}`,
	`{"id":"a","te\u0078t":"y","text":"x"}`,
	"{\"id\":\"a\",\"\u212a\":\"y\",\"text\":\"x\"}",
	`{"id":7,"text":"x"}`,
	`{"id":"a","text":null}`,
	`{"id":"a","text":"x","n":1}`,
	`{"id":"a","text":"x","o":{"text":"y"}}`,
	`{"id":"a"}`,
	`{"text":"x"}`,
	`{}`,
	`{"id":"a" "text":"x"}`,
	`{"id":"a","text":"x"`,
	`["id","text"]`,
	`"text"`,
	``,
	`{"id":"","text":""}`,
}

func TestParseFastMatchesJSON(t *testing.T) {
	for _, line := range parseLines {
		sameParse(t, []byte(line))
	}
}

// TestParseFastCorpus checks every line of the shared corpus, which the
// hand-written parser must read itself.
func TestParseFastCorpus(t *testing.T) {
	path, err := testcorpus.Path()
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		t.Skip("no corpus")
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	n := 0
	for sc.Scan() {
		if _, ok := parseFast(sc.Bytes()); !ok {
			t.Errorf("corpus line %d not read by the fast parser", n+1)
		}
		sameParse(t, sc.Bytes())
		n++
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}

func FuzzParseArticle(f *testing.F) {
	for _, line := range parseLines {
		f.Add([]byte(line))
	}
	f.Fuzz(func(t *testing.T, line []byte) { sameParse(t, line) })
}

// sameParse fails if the hand-written parser accepts line and reads it
// otherwise than encoding/json.
func sameParse(t *testing.T, line []byte) {
	t.Helper()
	got, ok := parseFast(line)
	if !ok {
		return
	}
	want, err := parseReflect(line)
	if err != nil || string(got.ID) != string(want.ID) || got.Text != want.Text {
		t.Errorf("%q: fast %s %q, encoding/json %s %q (%v)", line, got.ID, got.Text, want.ID, want.Text, err)
	}
}

// TestPlain8 tries every pair of bytes side by side in each place.
func TestPlain8(t *testing.T) {
	plain := func(c int) bool { return c >= 0x20 && c < 0x80 && c != '"' && c != '\\' }
	for c := 0; c < 256; c++ {
		for d := 0; d < 256; d++ {
			want := plain(c) && plain(d)
			for pos := 0; pos < 7; pos++ {
				b := []byte("abcdefgh")
				b[pos], b[pos+1] = byte(c), byte(d)
				if got := plain8(load8(string(b))); got != want {
					t.Fatalf("plain8(%q) = %v, want %v", b, got, want)
				}
			}
		}
	}
}

// FuzzAppendString holds the string encoding to encoding/json's.
func FuzzAppendString(f *testing.F) {
	for _, s := range []string{"plain text here!", "a \"quoted\" \\ line\nbreak\x01", "£5m “curly” \u2028\u2029 \xff\xfe 😀 long enough ascii"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(s); err != nil {
			t.Fatal(err)
		}
		want := bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
		if got := appendString(nil, s); !bytes.Equal(got, want) {
			t.Errorf("appendString(%q) = %s, want %s", s, got, want)
		}
	})
}

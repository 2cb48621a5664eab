package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCmd runs the command with the given arguments and standard input.
func runCmd(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// jsonl builds a corpus from lines; a line that is not a string is
// marshalled as an article {"id", "text"}.
func corpusLines(lines ...any) string {
	var b strings.Builder
	for i, l := range lines {
		switch l := l.(type) {
		case string:
			b.WriteString(l)
		default:
			j, err := json.Marshal(l)
			if err != nil {
				panic(err)
			}
			b.Write(j)
		}
		if i < len(lines)-1 || len(lines) == 1 {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

type art struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

// outputIDs returns the ids of the output lines, in order, checking each
// line is a JSON object with a result.
func outputIDs(t *testing.T, out string) []string {
	t.Helper()
	var ids []string
	for i, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if line == "" {
			continue
		}
		var r struct {
			ID        string            `json:"id"`
			Sentences []json.RawMessage `json:"sentences"`
			Money     []json.RawMessage `json:"money"`
		}
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("output line %d: %v: %.100s", i+1, err, line)
		}
		if r.Money == nil || r.Sentences == nil {
			t.Fatalf("output line %d has no result: %.100s", i+1, line)
		}
		ids = append(ids, r.ID)
	}
	return ids
}

func TestMaxBytesFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "article.txt")
	text := "It cost £5m, the minister said. " + strings.Repeat("More words here. ", 10)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		max     int
		code    int
		wantErr string
	}{
		{max: len(text), code: 0},
		{max: 0, code: 0}, // no limit
		{max: len(text) - 1, code: 1, wantErr: fmt.Sprintf("%s: larger than -max-bytes (%d bytes)", path, len(text)-1)},
		{max: 10, code: 1, wantErr: "larger than -max-bytes (10 bytes)"},
	}
	for _, tt := range tests {
		for _, src := range []string{"file", "stdin"} {
			args := []string{"-json", "-max-bytes", fmt.Sprint(tt.max)}
			stdin := ""
			if src == "file" {
				args = append(args, path)
			} else {
				args = append(args, "-")
				stdin = text
			}
			code, out, stderr := runCmd(t, stdin, args...)
			if code != tt.code {
				t.Errorf("-max-bytes %d, %s: exit %d, want %d; stderr %q", tt.max, src, code, tt.code, stderr)
			}
			if tt.wantErr != "" {
				if src == "stdin" {
					tt.wantErr = strings.Replace(tt.wantErr, path, "standard input", 1)
				}
				if !strings.Contains(stderr, tt.wantErr) {
					t.Errorf("-max-bytes %d, %s: stderr %q, want it to say %q", tt.max, src, stderr, tt.wantErr)
				}
				if out != "" {
					t.Errorf("-max-bytes %d, %s: wrote %q past the limit", tt.max, src, out)
				}
			} else if !strings.Contains(out, `"£5m"`) {
				t.Errorf("-max-bytes %d, %s: output %.200q lacks the amount", tt.max, src, out)
			}
		}
	}
}

func TestMaxBytesJSONL(t *testing.T) {
	long := strings.Repeat("It cost £5m. ", 20) // 280 bytes
	corpus := corpusLines(art{"a", "It cost £1m."}, art{"b", long}, art{"c", "It cost £3m."},
		// Escapes make the line longer than the text; the text is what counts.
		art{"d", strings.Repeat("\"\\", 50)})
	code, out, stderr := runCmd(t, corpus, "-jsonl", "-", "-max-bytes", "100")
	if code != 1 || !strings.Contains(stderr, "line 2") || !strings.Contains(stderr, "-max-bytes") {
		t.Errorf("exit %d, stderr %q; want 1 and an error naming line 2 and -max-bytes", code, stderr)
	}
	if ids := outputIDs(t, out); strings.Join(ids, ",") != "a" {
		t.Errorf("output ids %q, want the lines before the error only: [a]", ids)
	}
	code, out, stderr = runCmd(t, corpus, "-jsonl", "-", "-max-bytes", "100", "-skip-bad")
	if code != 0 || !strings.Contains(stderr, "line 2") || strings.Contains(stderr, "line 4") {
		t.Errorf("-skip-bad: exit %d, stderr %q; want 0 and line 2 (only) reported", code, stderr)
	}
	if ids := outputIDs(t, out); strings.Join(ids, ",") != "a,c,d" {
		t.Errorf("-skip-bad: output ids %q, want [a c d]", ids)
	}
	// A line far past the limit is refused without being held in memory.
	huge := corpusLines(art{"a", "x"}, art{"b", strings.Repeat("y", 1<<20)}, art{"c", "z"})
	code, out, stderr = runCmd(t, huge, "-jsonl", "-", "-max-bytes", "1000", "-skip-bad")
	if code != 0 || !strings.Contains(stderr, "line 2") {
		t.Errorf("huge line, -skip-bad: exit %d, stderr %q", code, stderr)
	}
	if ids := outputIDs(t, out); strings.Join(ids, ",") != "a,c" {
		t.Errorf("huge line, -skip-bad: output ids %q, want [a c]", ids)
	}
	code, _, stderr = runCmd(t, huge, "-jsonl", "-", "-max-bytes", "1000")
	if code != 1 || !strings.Contains(stderr, "line 2") || !strings.Contains(stderr, "-max-bytes") {
		t.Errorf("huge line: exit %d, stderr %q", code, stderr)
	}
}

// corpusOf returns n articles of very different sizes, so that workers
// finish them out of order.
func corpusOf(n int) (string, []string) {
	var lines []any
	var ids []string
	for i := 0; i < n; i++ {
		id := fmt.Sprintf("art-%03d", i)
		reps := 1 + (i*37)%23
		if i%17 == 0 {
			reps = 400
		}
		lines = append(lines, art{id, strings.Repeat(fmt.Sprintf("Article %d cost £%dm, up %d%%. ", i, i+1, i), reps)})
		ids = append(ids, id)
	}
	return corpusLines(lines...), ids
}

func TestJSONLOrder(t *testing.T) {
	corpus, ids := corpusOf(120)
	var first string
	for _, workers := range []int{1, 2, 3, 8, 64} {
		code, out, stderr := runCmd(t, corpus, "-jsonl", "-", "-workers", fmt.Sprint(workers))
		if code != 0 || !onlySummary(stderr) {
			t.Fatalf("-workers %d: exit %d, stderr %q", workers, code, stderr)
		}
		if got := outputIDs(t, out); strings.Join(got, ",") != strings.Join(ids, ",") {
			t.Errorf("-workers %d: output order %q, want input order", workers, got)
		}
		if first == "" {
			first = out
		} else if out != first {
			t.Errorf("-workers %d: output differs from -workers 1", workers)
		}
	}
}

func TestJSONLFromFileAndOutFile(t *testing.T) {
	dir := t.TempDir()
	corpus, ids := corpusOf(10)
	in, outPath := filepath.Join(dir, "in.jsonl"), filepath.Join(dir, "out.jsonl")
	if err := os.WriteFile(in, []byte(corpus), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCmd(t, "", "-jsonl", in, "-o", outPath, "-workers", "3")
	if code != 0 || stdout != "" || !onlySummary(stderr) {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	b, err := os.ReadFile(outPath)
	if err != nil {
		t.Fatal(err)
	}
	if got := outputIDs(t, string(b)); strings.Join(got, ",") != strings.Join(ids, ",") {
		t.Errorf("output ids %q, want %q", got, ids)
	}
}

func TestJSONLMalformed(t *testing.T) {
	tests := []struct {
		name    string
		line3   string
		wantErr string
	}{
		{"not JSON", `{"id": "c", "text": "oops`, "line 3: malformed JSON line"},
		{"no text", `{"id": "c"}`, `line 3: malformed JSON line: no "text" field`},
		{"null text", `{"id": "c", "text": null}`, `line 3: malformed JSON line: no "text" field`},
		{"no id", `{"text": "It cost £3m."}`, `line 3: malformed JSON line: no "id" field`},
		{"text not a string", `{"id": "c", "text": 5}`, "line 3: malformed JSON line"},
		{"array", `["c", "It cost £3m."]`, "line 3: malformed JSON line"},
		{"trailing garbage", `{"id": "c", "text": "x"} {}`, "line 3: malformed JSON line"},
	}
	for _, tt := range tests {
		for _, workers := range []string{"1", "4"} {
			corpus := corpusLines(art{"a", "It cost £1m."}, art{"b", "It cost £2m."}, tt.line3, art{"d", "It cost £4m."}, "", art{"f", "It cost £6m."})
			code, out, stderr := runCmd(t, corpus, "-jsonl", "-", "-workers", workers)
			if code != 1 || !strings.Contains(stderr, tt.wantErr) {
				t.Errorf("%s, -workers %s: exit %d, stderr %q; want 1 and %q", tt.name, workers, code, stderr, tt.wantErr)
			}
			if ids := outputIDs(t, out); strings.Join(ids, ",") != "a,b" {
				t.Errorf("%s, -workers %s: output ids %q, want [a b]", tt.name, workers, ids)
			}
			// With -skip-bad the line is reported and the rest goes on:
			// every non-blank line is either in the output or reported.
			code, out, stderr = runCmd(t, corpus, "-jsonl", "-", "-workers", workers, "-skip-bad")
			if code != 0 || !strings.Contains(stderr, tt.wantErr) || !strings.Contains(stderr, "(skipped)") {
				t.Errorf("%s, -skip-bad: exit %d, stderr %q; want 0 and %q (skipped)", tt.name, code, stderr, tt.wantErr)
			}
			if ids := outputIDs(t, out); strings.Join(ids, ",") != "a,b,d,f" {
				t.Errorf("%s, -skip-bad: output ids %q, want [a b d f]", tt.name, ids)
			}
			if !strings.Contains(stderr, "1 of 5 articles skipped") {
				t.Errorf("%s, -skip-bad: stderr %q lacks the count of skipped articles", tt.name, stderr)
			}
		}
	}
}

// TestJSONLNothingDropped mixes good and bad lines at random places and
// checks that every non-blank line is accounted for: written in order, or
// reported by line number.
func TestJSONLNothingDropped(t *testing.T) {
	var lines []any
	var want []string
	bad := map[int]bool{}
	for i := 1; i <= 200; i++ {
		switch {
		case i%13 == 0:
			lines = append(lines, `{"id": 1, "text": [}`)
			bad[i] = true
		case i%29 == 0:
			lines = append(lines, "   ")
		case i%31 == 0:
			lines = append(lines, art{fmt.Sprint(i), strings.Repeat("x", 3000)}) // past -max-bytes
			bad[i] = true
		default:
			id := fmt.Sprint(i)
			lines = append(lines, art{id, fmt.Sprintf("Item %d cost £%dm.", i, i)})
			want = append(want, id)
		}
	}
	for _, workers := range []string{"1", "5"} {
		code, out, stderr := runCmd(t, corpusLines(lines...), "-jsonl", "-", "-skip-bad", "-max-bytes", "2000", "-workers", workers)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		if got := outputIDs(t, out); strings.Join(got, ",") != strings.Join(want, ",") {
			t.Errorf("-workers %s: output ids %q, want %q", workers, got, want)
		}
		for i := range bad {
			if !strings.Contains(stderr, fmt.Sprintf("line %d:", i)) {
				t.Errorf("-workers %s: bad line %d not reported", workers, i)
			}
		}
		prev := 0
		for _, l := range strings.Split(strings.TrimSpace(stderr), "\n") {
			var n int
			if _, err := fmt.Sscanf(l, "claims: line %d:", &n); err == nil {
				if n <= prev {
					t.Errorf("-workers %s: line %d reported after line %d", workers, n, prev)
				}
				prev = n
			}
		}
		if n := strings.Count(stderr, "(skipped)"); n != len(bad) {
			t.Errorf("-workers %s: %d lines reported skipped, want %d:\n%s", workers, n, len(bad), stderr)
		}
	}
}

func TestWorkersFlag(t *testing.T) {
	code, _, stderr := runCmd(t, "", "-jsonl", "-", "-workers", "0")
	if code != 2 || !strings.Contains(stderr, "-workers must be at least 1") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

// onlySummary reports whether a -jsonl run's stderr holds nothing but the
// one-line summary it ends with ("claims: N articles, ...").
func onlySummary(stderr string) bool {
	lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
	return len(lines) == 1 && strings.HasPrefix(lines[0], "claims: ") && strings.Contains(lines[0], " articles, ") && strings.Contains(lines[0], "0 errors")
}

package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/shopspring/decimal"
)

// TestMain runs the pipelines on prism, Beam's runner in this process: it
// needs no job server, container or download.
func TestMain(m *testing.M) {
	ptest.MainWithDefault(m, "prism")
}

// madeCorpus is a small corpus written for this test: odd ids, extra
// fields, blank and CRLF lines, HTML characters, several currencies.
func madeCorpus() []byte {
	arts := []struct {
		id   any
		text string
	}{
		{"made-1", "The council will spend £150 million on roads, up from £90m last year.\n\nA further $2.5bn was pledged."},
		{42, "Tickets cost 15p more. The firm lost €3.5 billion & its chief said <nothing>."},
		{"<b>&amp;</b>", "No money here, just words."},
		{"ünïcödé", "Prices rose to between £10m and £20m\u2028while costs hit $400,000 and 500 euros."},
		{map[string]int{"n": 7}, ""},
		{"made-6", "Shares fell. The bank paid £1.25 a share, or about £3bn in all, to investors in New York and London."},
	}
	var b bytes.Buffer
	for i, a := range arts {
		line, err := json.Marshal(map[string]any{"id": a.id, "text": a.text, "title": fmt.Sprint("t", i)})
		if err != nil {
			panic(err)
		}
		b.Write(line)
		switch i {
		case 1:
			b.WriteString("\r\n")
		case 2:
			b.WriteString("\n\n   \n")
		default:
			b.WriteString("\n")
		}
	}
	return b.Bytes()
}

// bbcCorpus returns the first n articles of the shared BBC corpus, or
// skips.
func bbcCorpus(t *testing.T, n int) []byte {
	t.Helper()
	path := filepath.Join(libraryRoot(t), "..", "shared", "corpus", "bbc-news-2005.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("no shared corpus: %v", err)
	}
	defer f.Close()
	var b bytes.Buffer
	r := bufio.NewReaderSize(f, 1<<20)
	for i := 0; i < n; i++ {
		line, err := r.ReadBytes('\n')
		b.Write(line)
		if err != nil {
			break
		}
	}
	return b.Bytes()
}

// libraryRoot is the directory of the claims module (this module's
// replace target), found by walking up from the test's directory.
func libraryRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		b, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && strings.HasPrefix(string(b), "module github.com/newsclaims/claims\n") {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("claims module not found above the test directory")
		}
		dir = parent
	}
}

var (
	buildOnce sync.Once
	claimsBin string
	buildErr  error
)

// claimsCommand builds cmd/claims once and returns the binary's path.
func claimsCommand(t *testing.T) string {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to build cmd/claims")
	}
	root := libraryRoot(t)
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "claims-bin")
		if err != nil {
			buildErr = err
			return
		}
		claimsBin = filepath.Join(dir, "claims")
		cmd := exec.Command(goTool, "build", "-o", claimsBin, "./cmd/claims")
		cmd.Dir = root
		if out, err := cmd.CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("go build ./cmd/claims: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return claimsBin
}

// runClaims runs `claims -jsonl FILE` with extra flags and returns its
// standard output.
func runClaims(t *testing.T, input string, flags ...string) []byte {
	t.Helper()
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(claimsCommand(t), append([]string{"-jsonl", input}, flags...)...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("claims -jsonl: %v\n%s", err, stderr.Bytes())
	}
	return stdout.Bytes()
}

// runPipeline writes corpus to a file, runs the pipeline over it, and
// returns its output (all shards, concatenated) and totals.
func runPipeline(t *testing.T, corpus []byte, o Options) (input string, out, totals []byte) {
	t.Helper()
	dir := t.TempDir()
	input = filepath.Join(dir, "articles.jsonl")
	if err := os.WriteFile(input, corpus, 0o644); err != nil {
		t.Fatal(err)
	}
	o.Input = input
	o.Output = filepath.Join(dir, "results.jsonl")
	o.Totals = filepath.Join(dir, "totals.json")
	if o.Errors != "" {
		o.Errors = filepath.Join(dir, o.Errors)
	}
	p, s := beam.NewPipelineWithRoot()
	Build(s, o)
	if err := ptest.Run(p); err != nil {
		t.Fatalf("pipeline: %v", err)
	}
	files := []string{o.Output}
	if o.Shards > 1 {
		var err error
		files, err = filepath.Glob(o.Output + "-*-of-*")
		if err != nil || len(files) != o.Shards {
			t.Fatalf("shard files %v (%v), want %d", files, err, o.Shards)
		}
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, b...)
	}
	totals, err := os.ReadFile(o.Totals)
	if err != nil {
		t.Fatal(err)
	}
	return input, out, totals
}

// sortedLines splits output into lines, each with its newline, sorted.
func sortedLines(t *testing.T, out []byte) []string {
	t.Helper()
	if len(out) > 0 && out[len(out)-1] != '\n' {
		t.Fatalf("output does not end in a newline: %.80q", out[max(0, len(out)-80):])
	}
	lines := strings.SplitAfter(string(out), "\n")
	lines = lines[:len(lines)-1] // the empty string after the last newline
	slices.Sort(lines)
	return lines
}

// sameLines fails unless two outputs hold the same lines, byte for byte,
// in any order.
func sameLines(t *testing.T, got, want []byte) {
	t.Helper()
	g, w := sortedLines(t, got), sortedLines(t, want)
	if len(g) != len(w) {
		t.Errorf("pipeline wrote %d lines, claims -jsonl %d", len(g), len(w))
	}
	for i := range min(len(g), len(w)) {
		if g[i] != w[i] {
			t.Errorf("line %d of the sorted outputs differs:\npipeline: %.300s\nclaims:   %.300s", i, g[i], w[i])
			return
		}
	}
}

type total struct {
	Total json.Number `json:"total"`
	Count int64       `json:"count"`
}

// directTotals sums the money amounts per currency in claims -jsonl
// output, with exact decimals; vague amounts are counted, not summed.
func directTotals(t *testing.T, out []byte) map[string]total {
	t.Helper()
	sums := map[string]decimal.Decimal{}
	counts := map[string]int64{}
	for _, line := range sortedLines(t, out) {
		var rec struct {
			Money []struct {
				Amount   json.Number `json:"amount"`
				Currency string      `json:"currency"`
				Vague    bool        `json:"vague"`
			} `json:"money"`
		}
		dec := json.NewDecoder(strings.NewReader(line))
		dec.UseNumber()
		if err := dec.Decode(&rec); err != nil {
			t.Fatal(err)
		}
		for _, m := range rec.Money {
			if m.Currency == "" {
				continue
			}
			d, err := decimal.NewFromString(m.Amount.String())
			if err != nil {
				t.Fatal(err)
			}
			if !m.Vague {
				sums[m.Currency] = sums[m.Currency].Add(d)
			}
			counts[m.Currency]++
		}
	}
	res := map[string]total{}
	for c, s := range sums {
		res[c] = total{json.Number(s.String()), counts[c]}
	}
	return res
}

// checkTotals compares the pipeline's totals file with sums made directly
// from claims' output, and returns the number of currencies.
func checkTotals(t *testing.T, totalsFile, claimsOut []byte) int {
	t.Helper()
	var got map[string]total
	dec := json.NewDecoder(bytes.NewReader(totalsFile))
	dec.UseNumber()
	if err := dec.Decode(&got); err != nil {
		t.Fatalf("totals file %q: %v", totalsFile, err)
	}
	want := directTotals(t, claimsOut)
	if len(got) != len(want) {
		t.Errorf("totals for %d currencies, want %d:\n got %v\nwant %v", len(got), len(want), got, want)
	}
	for c, w := range want {
		g, ok := got[c]
		if !ok {
			t.Errorf("no total for %s", c)
			continue
		}
		gd, err := decimal.NewFromString(g.Total.String())
		if err != nil {
			t.Errorf("%s total %q: %v", c, g.Total, err)
			continue
		}
		wd, _ := decimal.NewFromString(w.Total.String())
		if !gd.Equal(wd) || g.Count != w.Count {
			t.Errorf("%s: total %s over %d amounts, want %s over %d", c, g.Total, g.Count, w.Total, w.Count)
		}
	}
	return len(want)
}

func TestPipelineMatchesClaims(t *testing.T) {
	tests := []struct {
		name   string
		corpus func(t *testing.T) []byte
		shards int
		// minCurrencies guards against a vacuous totals check.
		minCurrencies int
	}{
		{"made", func(*testing.T) []byte { return madeCorpus() }, 1, 2},
		{"made-sharded", func(*testing.T) []byte { return madeCorpus() }, 4, 2},
		{"bbc-50", func(t *testing.T) []byte { return bbcCorpus(t, 50) }, 3, 2},
		{"empty", func(*testing.T) []byte { return nil }, 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			corpus := tt.corpus(t)
			input, got, totals := runPipeline(t, corpus, Options{Shards: tt.shards})
			want := runClaims(t, input)
			sameLines(t, got, want)
			if n := checkTotals(t, totals, want); n < tt.minCurrencies {
				t.Errorf("totals over %d currencies, want at least %d", n, tt.minCurrencies)
			}
			if len(corpus) == 0 && string(totals) != "{}\n" {
				t.Errorf("totals of an empty corpus = %q, want {}", totals)
			}
		})
	}
}

// TestPipelineBadLines checks that with Errors set, bad lines are written
// there and the rest matches `claims -jsonl -skip-bad`; without it, the
// pipeline fails like claims does.
func TestPipelineBadLines(t *testing.T) {
	corpus := append(madeCorpus(), []byte("{not json\n{\"id\":\"no-text\"}\n{\"text\":\"no id\"}\n{\"id\":\"big\",\"text\":\"0123456789 0123456789 £5m\"}\n")...)
	input, got, totals := runPipeline(t, corpus, Options{Errors: "errors.jsonl", MaxBytes: 20})
	want := runClaims(t, input, "-skip-bad", "-max-bytes", "20")
	sameLines(t, got, want)
	checkTotals(t, totals, want)
	errs, err := os.ReadFile(filepath.Join(filepath.Dir(input), "errors.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	// Three malformed lines, and every article over 20 bytes.
	if n := strings.Count(string(errs), "\n"); n < 4 || !strings.Contains(string(errs), `"id":"big"`) {
		t.Errorf("errors file has %d lines:\n%s", n, errs)
	}

	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.jsonl")
	if err := os.WriteFile(bad, []byte("{not json\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	p, s := beam.NewPipelineWithRoot()
	Build(s, Options{Input: bad, Output: filepath.Join(dir, "out"), Totals: filepath.Join(dir, "totals")})
	if err := ptest.Run(p); err == nil {
		t.Error("pipeline over a malformed line without Errors: no error")
	}
}

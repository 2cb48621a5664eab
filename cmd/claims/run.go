package main

import (
	_ "embed"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"

	"github.com/newsclaims/claims/extract"
)

// sampleArticle is the article the product was designed from, shown when
// the command runs with no argument.
//
//go:embed sample-article.txt
var sampleArticle string

type config struct {
	json     bool
	jsonl    string
	out      string
	workers  int
	skipBad  bool
	maxBytes int
	stats    bool
	html     bool
	cpuprof  string
}

// run is the command, with its streams passed in so tests can drive it. It
// returns the exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	fs := flag.NewFlagSet("claims", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c config
	fs.BoolVar(&c.json, "json", false, "print one JSON object instead of a summary")
	fs.StringVar(&c.jsonl, "jsonl", "", "read a JSONL corpus (one {\"id\",\"text\"} object a line; \"-\" for standard input) and write one JSON result a line")
	fs.StringVar(&c.out, "o", "", "write output to this file instead of standard output")
	fs.IntVar(&c.workers, "workers", runtime.GOMAXPROCS(0), "articles extracted at once with -jsonl")
	fs.BoolVar(&c.skipBad, "skip-bad", false, "with -jsonl, report a malformed line on standard error and go on instead of stopping")
	fs.IntVar(&c.maxBytes, "max-bytes", extract.DefaultMaxBytes, "largest article read, in bytes")
	fs.StringVar(&c.cpuprof, "cpuprofile", "", "write a CPU profile of the run to this file (for go tool pprof)")
	fs.BoolVar(&c.html, "html", false, "write a self-contained HTML report with the values highlighted")
	fs.BoolVar(&c.stats, "stats", false, "print counts per kind and per currency on standard error")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: claims [flags] [FILE | -]\n\nWith no FILE, claims reads its embedded sample article.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if c.workers < 1 {
		fmt.Fprintln(stderr, "claims: -workers must be at least 1")
		return 2
	}
	if c.cpuprof != "" {
		f, err := os.Create(c.cpuprof)
		if err != nil {
			fmt.Fprintln(stderr, "claims:", err)
			return 1
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintln(stderr, "claims:", err)
			return 1
		}
		defer pprof.StopCPUProfile()
	}
	ex, err := extract.New(extract.WithMaxBytes(c.maxBytes))
	if err != nil {
		fmt.Fprintln(stderr, "claims:", err)
		return 1
	}
	out := stdout
	if c.out != "" {
		f, err := os.Create(c.out)
		if err != nil {
			fmt.Fprintln(stderr, "claims:", err)
			return 1
		}
		defer func() {
			// A failed close can lose the output: report it.
			if err := f.Close(); err != nil && code == 0 {
				fmt.Fprintln(stderr, "claims:", err)
				code = 1
			}
		}()
		out = f
	}
	if c.jsonl != "" {
		if fs.NArg() > 0 {
			fmt.Fprintln(stderr, "claims: -jsonl takes no FILE argument")
			return 2
		}
		in, size := stdin, int64(-1)
		if c.jsonl != "-" {
			f, err := os.Open(c.jsonl)
			if err != nil {
				fmt.Fprintln(stderr, "claims:", err)
				return 1
			}
			defer f.Close()
			if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
				size = st.Size()
			}
			in = f
		}
		p := newProgress(stderr, size)
		err := runCorpus(ex, in, out, stderr, c, p)
		p.finish()
		if c.stats {
			p.found.write(stderr)
		}
		if err != nil {
			fmt.Fprintln(stderr, "claims:", err)
			return 1
		}
		return 0
	}
	if fs.NArg() > 1 {
		fmt.Fprintln(stderr, "claims: give one FILE at most")
		return 2
	}
	text, name, err := readArticle(fs.Arg(0), stdin, c.maxBytes)
	if err != nil {
		fmt.Fprintln(stderr, "claims:", err)
		return 1
	}
	res, err := ex.Extract(text)
	if err != nil {
		fmt.Fprintf(stderr, "claims: %s: %v\n", name, err)
		return 1
	}
	if c.stats {
		t := count(res, len(text))
		t.write(stderr)
	}
	if c.html {
		if err := writeReport(out, name, text, res); err != nil {
			fmt.Fprintln(stderr, "claims:", err)
			return 1
		}
		return 0
	}
	if c.json {
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(res); err != nil {
			fmt.Fprintln(stderr, "claims:", err)
			return 1
		}
		return 0
	}
	if err := writeSummary(out, name, text, res); err != nil {
		fmt.Fprintln(stderr, "claims:", err)
		return 1
	}
	return 0
}

// readArticle returns the text to read: the sample article, a file, or
// standard input, refusing more than maxBytes.
func readArticle(path string, stdin io.Reader, maxBytes int) (text, name string, err error) {
	if path == "" {
		return sampleArticle, "sample article (starmer-border-security.txt)", nil
	}
	r, name := stdin, "standard input"
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return "", "", err
		}
		defer f.Close()
		r, name = f, path
	}
	limit := int64(maxBytes)
	if limit <= 0 {
		limit = 1<<63 - 2
	}
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return "", "", fmt.Errorf("%s: %w", name, err)
	}
	if int64(len(b)) > limit {
		return "", "", fmt.Errorf("%s: larger than -max-bytes (%d bytes)", name, maxBytes)
	}
	return string(b), name, nil
}

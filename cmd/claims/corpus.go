package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"

	"github.com/newsclaims/claims/extract"
	"github.com/newsclaims/claims/extract/jsonl"
)

// job is one line in flight: its number, its article, and where its
// encoded result goes.
type job struct {
	line int
	art  jsonl.Article
	out  chan []byte
	err  chan error
}

// runCorpus streams a JSONL corpus through ex on c.workers goroutines and
// writes one result a line in input order. Memory is bounded by the lines in
// flight (a few per worker), not by the corpus.
func runCorpus(ex *extract.Extractor, in io.Reader, out, stderr io.Writer, c config) error {
	jobs := make(chan *job, c.workers)
	ordered := make(chan *job, 4*c.workers)
	for w := 0; w < c.workers; w++ {
		go func() {
			for j := range jobs {
				b, err := extractLine(ex, j)
				if err != nil {
					j.err <- err
					continue
				}
				j.out <- b
			}
		}()
	}
	readErr := make(chan error, 1)
	go func() {
		defer close(ordered)
		defer close(jobs)
		readErr <- readLines(in, c, stderr, func(j *job) {
			ordered <- j
			jobs <- j
		})
	}()
	w := bufio.NewWriterSize(out, 1<<16)
	var firstErr error
	for j := range ordered {
		select {
		case b := <-j.out:
			if firstErr == nil {
				if _, err := w.Write(b); err != nil {
					firstErr = err
				}
			}
		case err := <-j.err:
			if c.skipBad {
				fmt.Fprintf(stderr, "claims: line %d: %v (skipped)\n", j.line, err)
			} else if firstErr == nil {
				firstErr = fmt.Errorf("line %d: %w", j.line, err)
			}
		}
	}
	if err := <-readErr; err != nil && firstErr == nil {
		firstErr = err
	}
	if err := w.Flush(); err != nil && firstErr == nil {
		firstErr = err
	}
	return firstErr
}

// readLines parses each non-blank line and hands it on. A malformed line
// stops the run, or with -skip-bad is reported and passed over.
func readLines(in io.Reader, c config, stderr io.Writer, send func(*job)) error {
	r := bufio.NewReaderSize(in, 1<<20)
	for line := 1; ; line++ {
		b, err := readLine(r, c.maxBytes)
		if err != nil && !errors.Is(err, io.EOF) {
			if errors.Is(err, errLineTooLong) && c.skipBad {
				fmt.Fprintf(stderr, "claims: line %d: %v (skipped)\n", line, err)
				continue
			}
			return fmt.Errorf("line %d: %w", line, err)
		}
		if !jsonl.Blank(b) {
			a, perr := jsonl.ParseArticle(b)
			if perr != nil {
				if !c.skipBad {
					return fmt.Errorf("line %d: malformed JSON line: %v", line, perr)
				}
				fmt.Fprintf(stderr, "claims: line %d: malformed JSON line: %v (skipped)\n", line, perr)
			} else {
				send(&job{line: line, art: a, out: make(chan []byte, 1), err: make(chan error, 1)})
			}
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
	}
}

var errLineTooLong = errors.New("line longer than -max-bytes")

// readLine reads one line without its newline, refusing lines longer than
// max bytes (plus room for the JSON around the text) without holding them.
func readLine(r *bufio.Reader, max int) ([]byte, error) {
	limit := max*2 + 4096 // escapes can double the text's bytes
	if max <= 0 {
		limit = 1<<62 - 1
	}
	var buf []byte
	for {
		chunk, err := r.ReadSlice('\n')
		if len(buf)+len(chunk) > limit {
			// Drain the rest of the line.
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = r.ReadSlice('\n')
			}
			return nil, errLineTooLong
		}
		buf = append(buf, chunk...)
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err != nil {
			return bytes.TrimRight(buf, "\r\n"), err
		}
		return bytes.TrimRight(buf, "\r\n"), nil
	}
}

// extractLine extracts one article and encodes its record.
func extractLine(ex *extract.Extractor, j *job) ([]byte, error) {
	res, err := ex.Extract(j.art.Text)
	if err != nil {
		return nil, err
	}
	return jsonl.AppendRecord(nil, j.art.ID, res)
}

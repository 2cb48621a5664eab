package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/newsclaims/claims/extract"
)

// article is one input line of a JSONL corpus; other fields are ignored.
type article struct {
	ID   json.RawMessage `json:"id"`
	Text *string         `json:"text"`
}

// record is one output line: the article's id and its result.
type record struct {
	ID json.RawMessage `json:"id"`
	*extract.Result
}

// job is one line in flight: its number, its article, and where its
// encoded result goes.
type job struct {
	line int
	size int // bytes of the input line
	art  article
	out  chan done
	err  chan error
}

// done is a finished job: its encoded record and what it found.
type done struct {
	record []byte
	tally  tally
}

// runCorpus streams a JSONL corpus through ex on c.workers goroutines and
// writes one result a line in input order. Memory is bounded by the lines in
// flight (a few per worker), not by the corpus.
func runCorpus(ex *extract.Extractor, in io.Reader, out, stderr io.Writer, c config, p *progress) error {
	jobs := make(chan *job, c.workers)
	ordered := make(chan *job, 4*c.workers)
	for w := 0; w < c.workers; w++ {
		go func() {
			for j := range jobs {
				d, err := extractLine(ex, j)
				if err != nil {
					j.err <- err
					continue
				}
				j.out <- d
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
		}, p.skipped)
	}()
	w := bufio.NewWriterSize(out, 1<<16)
	var firstErr error
	for j := range ordered {
		select {
		case d := <-j.out:
			if firstErr == nil {
				if _, err := w.Write(d.record); err != nil {
					firstErr = err
				}
			}
			p.article(j.size, d.tally)
		case err := <-j.err:
			p.failed(j.size)
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
func readLines(in io.Reader, c config, stderr io.Writer, send func(*job), skipped func(int)) error {
	r := bufio.NewReaderSize(in, 1<<20)
	for line := 1; ; line++ {
		b, err := readLine(r, c.maxBytes)
		if err != nil && !errors.Is(err, io.EOF) {
			if errors.Is(err, errLineTooLong) && c.skipBad {
				fmt.Fprintf(stderr, "claims: line %d: %v (skipped)\n", line, err)
				skipped(0)
				continue
			}
			return fmt.Errorf("line %d: %w", line, err)
		}
		if len(bytes.TrimSpace(b)) > 0 {
			var a article
			perr := json.Unmarshal(b, &a)
			if perr == nil && a.Text == nil {
				perr = errors.New(`no "text" field`)
			}
			if perr == nil && len(a.ID) == 0 {
				perr = errors.New(`no "id" field`)
			}
			if perr != nil {
				if !c.skipBad {
					return fmt.Errorf("line %d: malformed JSON line: %v", line, perr)
				}
				fmt.Fprintf(stderr, "claims: line %d: malformed JSON line: %v (skipped)\n", line, perr)
				skipped(len(b))
			} else {
				send(&job{line: line, size: len(b) + 1, art: a, out: make(chan done, 1), err: make(chan error, 1)})
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
func extractLine(ex *extract.Extractor, j *job) (done, error) {
	res, err := ex.Extract(*j.art.Text)
	if err != nil {
		return done{}, err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(record{ID: j.art.ID, Result: res}); err != nil {
		return done{}, err
	}
	return done{record: buf.Bytes(), tally: count(res, len(*j.art.Text))}, nil
}

package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/newsclaims/claims/extract"
	"github.com/newsclaims/claims/extract/jsonl"
)

// job is one line in flight: its number, its article, and where its
// encoded result goes.
type job struct {
	line int
	size int // bytes of the input line
	art  jsonl.Article
	out  chan done
	err  chan error
	// bad is set for a line the reader refused (with -skip-bad): it goes
	// to the writer, which reports it in line order, and to no worker.
	bad error
}

// done is a finished job: its encoded record and what it found.
type done struct {
	record []byte
	tally  tally
}

// records holds record buffers between lines: the writer gives each back
// once written, so that a record reuses the memory of one before it.
var records = sync.Pool{New: func() any { return new([]byte) }}

// maxPooledRecord bounds the buffers kept: a huge article's is let go.
const maxPooledRecord = 1 << 20

// release gives a written record's buffer back to records.
func (d done) release() {
	if cap(d.record) <= maxPooledRecord {
		b := d.record[:0]
		records.Put(&b)
	}
}

// runCorpus streams a JSONL corpus through ex on c.workers goroutines and
// writes one result a line in input order. Memory is bounded by the lines in
// flight (a few per worker), not by the corpus.
//
// Every non-blank line is accounted for: its result is written, or it is
// reported on stderr by line number. Without c.skipBad the first bad line
// stops the run (the results before it are written); with it, each bad line
// is reported and skipped, and a count of them ends the run.
func runCorpus(ex *extract.Extractor, in io.Reader, out, stderr io.Writer, c config, p *progress) error {
	jobs := make(chan *job, c.workers)
	ordered := make(chan *job, 4*c.workers)
	stop := make(chan struct{}) // closed on the first error that ends the run
	for w := 0; w < c.workers; w++ {
		go func() {
			for j := range jobs {
				d, err := extractLine(ex, j, c)
				if err != nil {
					j.err <- err
					continue
				}
				j.out <- d
			}
		}()
	}
	var lines int // non-blank lines read
	readErr := make(chan error, 1)
	go func() {
		defer close(ordered)
		defer close(jobs)
		var err error
		lines, err = readLines(in, c, stop, func(j *job) {
			ordered <- j
			if j.bad == nil {
				jobs <- j
			}
		})
		readErr <- err
	}()
	w := bufio.NewWriterSize(out, 1<<16)
	var firstErr error
	fail := func(err error) {
		if firstErr == nil {
			firstErr = err
			close(stop)
		}
	}
	skipped := 0
	for j := range ordered {
		if j.bad != nil {
			// Only this goroutine writes to stderr: reports come in
			// line order and never race.
			skipped++
			p.skipped(j.size)
			fmt.Fprintf(stderr, "claims: line %d: %v (skipped)\n", j.line, j.bad)
			continue
		}
		select {
		case d := <-j.out:
			if firstErr == nil {
				if _, err := w.Write(d.record); err != nil {
					fail(err)
				}
			}
			d.release()
			p.article(j.size, d.tally)
		case err := <-j.err:
			p.failed(j.size)
			if c.skipBad {
				skipped++
				fmt.Fprintf(stderr, "claims: line %d: %v (skipped)\n", j.line, err)
			} else {
				fail(fmt.Errorf("line %d: %w", j.line, err))
			}
		}
	}
	if err := <-readErr; err != nil {
		fail(err)
	}
	if err := w.Flush(); err != nil {
		fail(err)
	}
	if skipped > 0 && firstErr == nil {
		fmt.Fprintf(stderr, "claims: %d of %d articles skipped\n", skipped, lines)
	}
	return firstErr
}

// readLines parses each non-blank line and hands it on, until the input
// ends or stop is closed. A malformed line stops the run, or with -skip-bad
// is handed on as a bad job to be reported. It returns the count of
// non-blank lines read.
func readLines(in io.Reader, c config, stop <-chan struct{}, send func(*job)) (lines int, err error) {
	r := bufio.NewReaderSize(in, 1<<20)
	var buf []byte // each line's bytes, reused: a job holds only what it parsed
	for line := 1; ; line++ {
		select {
		case <-stop:
			return lines, nil
		default:
		}
		b, err := readLine(r, c.maxBytes, buf[:0])
		if err != nil && !errors.Is(err, io.EOF) {
			if errors.Is(err, errLineTooLong) {
				lines++
				if c.skipBad {
					send(&job{line: line, bad: err})
					continue
				}
			}
			return lines, fmt.Errorf("line %d: %w", line, err)
		}
		if !jsonl.Blank(b) {
			lines++
			a, perr := jsonl.ParseArticle(b)
			if perr != nil {
				if !c.skipBad {
					return lines, fmt.Errorf("line %d: malformed JSON line: %v", line, perr)
				}
				send(&job{line: line, size: len(b) + 1, bad: fmt.Errorf("malformed JSON line: %v", perr)})
			} else {
				send(&job{line: line, size: len(b) + 1, art: a, out: make(chan done, 1), err: make(chan error, 1)})
			}
		}
		if errors.Is(err, io.EOF) {
			return lines, nil
		}
		if cap(b) <= maxPooledRecord {
			buf = b
		}
	}
}

var errLineTooLong = errors.New("line longer than -max-bytes")

// readLine reads one line without its newline into buf, refusing lines
// longer than max bytes (plus room for the JSON around the text) without
// holding them.
func readLine(r *bufio.Reader, max int, buf []byte) ([]byte, error) {
	limit := max*2 + 4096 // escapes can double the text's bytes
	if max <= 0 {
		limit = 1<<62 - 1
	}
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
func extractLine(ex *extract.Extractor, j *job, c config) (done, error) {
	res, err := ex.Extract(j.art.Text)
	if errors.Is(err, extract.ErrTooLarge) {
		return done{}, fmt.Errorf("text of %d bytes is larger than -max-bytes (%d bytes)", len(j.art.Text), c.maxBytes)
	}
	if err != nil {
		return done{}, err
	}
	// A record is about four times its text (the sentences repeat it).
	buf := *records.Get().(*[]byte)
	if n := 4*len(j.art.Text) + 512; cap(buf) < n {
		buf = make([]byte, 0, n)
	}
	rec, err := jsonl.AppendRecord(buf, j.art.ID, res)
	if err != nil {
		return done{}, err
	}
	return done{record: rec, tally: count(res, len(j.art.Text))}, nil
}

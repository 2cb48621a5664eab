// Command corpus streams a JSONL corpus ({"id","text"} a line) through one
// shared Extractor on a pool of workers and prints, per article, how many
// values were found, in input order.
//
//	go run ./examples/corpus ../shared/corpus/bbc-news-2005.jsonl
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"os"
	"runtime"

	"github.com/newsclaims/claims/extract"
)

func main() {
	if len(os.Args) != 2 {
		log.Fatal("usage: corpus FILE.jsonl")
	}
	f, err := os.Open(os.Args[1])
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	if err := run(f, os.Stdout, runtime.GOMAXPROCS(0)); err != nil {
		log.Fatal(err)
	}
}

type article struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

// result is one article's counts, or the error it met.
type result struct {
	id                        string
	money, statistics, quotes int
	err                       error
}

// run reads articles from r, extracts on workers goroutines with one shared
// Extractor, and writes one line per article to w in input order.
func run(r io.Reader, w io.Writer, workers int) error {
	ex, err := extract.New() // load once, share across goroutines
	if err != nil {
		return err
	}
	type job struct {
		art article
		out chan result
	}
	jobs := make(chan job)
	order := make(chan chan result, workers*2) // bounds what is in flight
	for range workers {
		go func() {
			for j := range jobs {
				res, err := ex.Extract(j.art.Text)
				if err != nil {
					j.out <- result{id: j.art.ID, err: err}
					continue
				}
				j.out <- result{id: j.art.ID, money: len(res.Money), statistics: len(res.Statistics), quotes: len(res.Quotes)}
			}
		}()
	}
	scanErr := make(chan error, 1)
	go func() {
		defer close(order)
		defer close(jobs)
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 1<<20), 64<<20)
		for line := 1; sc.Scan(); line++ {
			var a article
			if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
				scanErr <- fmt.Errorf("line %d: %w", line, err)
				return
			}
			out := make(chan result, 1)
			order <- out
			jobs <- job{a, out}
		}
		scanErr <- sc.Err()
	}()
	var firstErr error
	for out := range order {
		res := <-out
		if res.err != nil {
			if firstErr == nil {
				firstErr = fmt.Errorf("%s: %w", res.id, res.err)
			}
			continue
		}
		fmt.Fprintf(w, "%s\tmoney=%d\tstatistics=%d\tquotes=%d\n", res.id, res.money, res.statistics, res.quotes)
	}
	if err := <-scanErr; err != nil && firstErr == nil {
		firstErr = err
	}
	return firstErr
}

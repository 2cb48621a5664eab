// Command basic extracts money, statistics and quotes from a string and
// prints them with their byte offsets.
package main

import (
	"fmt"
	"io"
	"log"
	"os"

	"github.com/newsclaims/claims/extract"
)

const article = `Council Tax to Rise

The council will spend an extra £2.5m a year on roads, up 14% on last year, its leader said. "We have no choice," she said.`

func main() {
	if err := run(os.Stdout, article); err != nil {
		log.Fatal(err)
	}
}

func run(w io.Writer, text string) error {
	res, err := extract.Text(text)
	if err != nil {
		return err
	}
	for _, m := range res.Money {
		fmt.Fprintf(w, "money     %-10q %s %s per %q [%d:%d]\n", m.Text, m.Amount, m.Currency, m.Per, m.Start, m.End)
	}
	for _, s := range res.Statistics {
		fmt.Fprintf(w, "statistic %-10q %s %s [%d:%d]\n", s.Text, s.Kind, s.Value, s.Start, s.End)
	}
	for _, q := range res.Quotes {
		fmt.Fprintf(w, "quote     %q (%s) by %q [%d:%d]\n", q.Text, q.Kind, q.Speaker, q.Start, q.End)
	}
	return nil
}

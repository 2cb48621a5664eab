// Command factcheck lists every claim in an article (a sentence or quoted
// passage that states a figure) with its source and its figures: the list a
// fact checker starts from.
//
//	go run ./examples/factcheck article.txt
package main

import (
	"fmt"
	"io"
	"log"
	"os"

	"github.com/newsclaims/claims/extract"
)

func main() {
	if len(os.Args) != 2 {
		log.Fatal("usage: factcheck FILE")
	}
	b, err := os.ReadFile(os.Args[1])
	if err != nil {
		log.Fatal(err)
	}
	if err := run(os.Stdout, string(b)); err != nil {
		log.Fatal(err)
	}
}

func run(w io.Writer, text string) error {
	res, err := extract.Text(text)
	if err != nil {
		return err
	}
	for i, c := range res.Claims {
		src := c.Source
		if src == "" {
			src = "the reporter"
		}
		fmt.Fprintf(w, "%d. %s\n   source: %s (%s)\n", i+1, c.Text, src, c.SourceKind)
		if c.Time != "" {
			fmt.Fprintf(w, "   when: %s\n", c.Time)
		}
		for _, k := range c.Money {
			m := res.Money[k]
			fmt.Fprintf(w, "   money: %s = %s %s (%s)\n", m.Text, m.Amount, m.Currency, m.Qualifier)
		}
		for _, k := range c.Statistics {
			s := res.Statistics[k]
			fmt.Fprintf(w, "   figure: %s = %s %s (%s)", s.Text, s.Value, s.Kind, s.Qualifier)
			if s.Subject != "" {
				fmt.Fprintf(w, " of %s", s.Subject)
			}
			fmt.Fprintln(w)
		}
	}
	if len(res.Claims) == 0 {
		fmt.Fprintln(w, "no claims found")
	}
	return nil
}

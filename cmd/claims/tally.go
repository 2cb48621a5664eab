package main

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/newsclaims/claims/extract"
)

// tally counts what was found, for -stats and the closing summary.
type tally struct {
	articles, bytes int
	money           int
	statistics      int
	quotes          int
	claims          int
	// byKind counts statistics by kind and quotes by kind ("statistic
	// percent", "quote direct").
	byKind map[string]int
	// currencies counts amounts and sums them (ranges by their low end;
	// vague amounts, "millions of pounds", are counted but not summed) per
	// ISO code; "" is a unit with no code.
	currencies map[string]*currencyTotal
}

// currencyTotal is the count and exact sum of one currency's amounts.
type currencyTotal struct {
	n     int
	total decimal.Decimal
}

// count tallies one result.
func count(res *extract.Result, size int) tally {
	t := tally{articles: 1, bytes: size, money: len(res.Money), statistics: len(res.Statistics),
		quotes: len(res.Quotes), claims: len(res.Claims)}
	for _, s := range res.Statistics {
		t.kind("statistic " + string(s.Kind))
	}
	for _, q := range res.Quotes {
		t.kind("quote " + string(q.Kind))
	}
	for _, m := range res.Money {
		if t.currencies == nil {
			t.currencies = map[string]*currencyTotal{}
		}
		c := t.currencies[m.Currency]
		if c == nil {
			c = &currencyTotal{}
			t.currencies[m.Currency] = c
		}
		c.n++
		if !m.Vague {
			c.total = c.total.Add(m.Amount)
		}
	}
	return t
}

func (t *tally) kind(k string) {
	if t.byKind == nil {
		t.byKind = map[string]int{}
	}
	t.byKind[k]++
}

// add merges u into t.
func (t *tally) add(u tally) {
	t.articles += u.articles
	t.bytes += u.bytes
	t.money += u.money
	t.statistics += u.statistics
	t.quotes += u.quotes
	t.claims += u.claims
	for k, n := range u.byKind {
		if t.byKind == nil {
			t.byKind = map[string]int{}
		}
		t.byKind[k] += n
	}
	for code, c := range u.currencies {
		if t.currencies == nil {
			t.currencies = map[string]*currencyTotal{}
		}
		d := t.currencies[code]
		if d == nil {
			d = &currencyTotal{}
			t.currencies[code] = d
		}
		d.n += c.n
		d.total = d.total.Add(c.total)
	}
}

// write prints the counts per kind and per currency, sorted.
func (t *tally) write(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "articles    %d (%d bytes)\n", t.articles, t.bytes)
	fmt.Fprintf(&b, "money       %d\n", t.money)
	fmt.Fprintf(&b, "statistics  %d\n", t.statistics)
	fmt.Fprintf(&b, "quotes      %d\n", t.quotes)
	fmt.Fprintf(&b, "claims      %d\n", t.claims)
	kinds := make([]string, 0, len(t.byKind))
	for k := range t.byKind {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		fmt.Fprintf(&b, "  %-30s %d\n", k, t.byKind[k])
	}
	codes := make([]string, 0, len(t.currencies))
	for c := range t.currencies {
		codes = append(codes, c)
	}
	sort.Slice(codes, func(i, j int) bool {
		a, b := t.currencies[codes[i]], t.currencies[codes[j]]
		if a.n != b.n {
			return a.n > b.n
		}
		return codes[i] < codes[j]
	})
	if len(codes) > 0 {
		b.WriteString("money by currency (count, total):\n")
	}
	for _, c := range codes {
		name := c
		if name == "" {
			name = "(none)"
		}
		fmt.Fprintf(&b, "  %-6s %6d  %s\n", name, t.currencies[c].n, t.currencies[c].total.String())
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// Package extract reads English news text and returns the claims in it as
// typed values: amounts of money, statistics, quotations with their
// speakers, and the sentences that state figures.
//
// # Offsets
//
// Every value carries the UTF-8 byte offsets of its text in the caller's
// string, end exclusive. For every value v extracted from text,
//
//	text[v.Start:v.End] == v.Text
//
// holds, whatever the input: the text is never rewritten before it is read.
// Invalid UTF-8 is not an error: each invalid byte is read as a punctuation
// mark of its own, so values around it are still found and their offsets
// still index the caller's bytes. Values of one kind are ordered by Start and
// do not overlap. The same input always gives the same output.
//
// # Use
//
// An Extractor loads what it needs once and is safe for concurrent use:
//
//	ex, err := extract.New()
//	res, err := ex.Extract(article)
//	for _, m := range res.Money {
//		fmt.Println(m.Text, m.Amount, m.Currency)
//	}
//
// The package-level Text function uses a shared default Extractor.
//
// # Amounts
//
// Amounts are exact decimals (github.com/shopspring/decimal), never
// floating point. In JSON they are written as JSON numbers with every digit
// kept ("amount": 150000000), and read back from numbers or strings.
package extract

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
// # Hostile input
//
// No input makes Extract panic, and time and memory grow linearly with the
// input's length. NUL and other control bytes are punctuation like invalid
// bytes. Windows ("\r\n") and old Mac ("\r") line endings are line breaks,
// so paragraphs still split on blank lines and no sentence holds a "\r".
// HTML markup is not parsed: tags and entities are read as words and
// punctuation, so callers should strip markup first; figures in the text
// between tags are still found. A run of digits longer than 64 bytes (a
// serial number, a hash) is not read as a number, and a number takes at
// most three scale words ("3 hundred thousand million"). Memory is about 13
// bytes per byte of news prose, most of it tokens; text made of nothing but
// one-byte tokens or back-to-back amounts can cost up to some 200 bytes per
// byte, still linear in its length. Texts longer than the Extractor's limit
// (DefaultMaxBytes unless WithMaxBytes says otherwise) are refused with
// ErrTooLarge before any work is done.
//
// ExtractContext stops early, with the context's error, when its context is
// done: it looks at the context at least once per 256 KiB of text.
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

package extract_test

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/newsclaims/claims/extract"
)

// Extract every amount of money from a text, with its value, currency and
// byte offsets.
func ExampleText() {
	text := "The council pledged an additional £75 million, bringing the total to more than £150m a year."
	res, err := extract.Text(text)
	if err != nil {
		panic(err)
	}
	for _, m := range res.Money {
		fmt.Printf("%s = %s %s (%s) per %q at [%d:%d]\n", m.Text, m.Amount, m.Currency, m.Qualifier, m.Per, m.Start, m.End)
	}
	// Output:
	// £75 million = 75000000 GBP (exact) per "" at [34:46]
	// £150m = 150000000 GBP (more_than) per "year" at [80:86]
}

// One Extractor serves many goroutines; build it once.
func ExampleNew() {
	ex, err := extract.New(extract.WithMaxBytes(1 << 20))
	if err != nil {
		panic(err)
	}
	res, err := ex.Extract("Shares fell 15p to 325.5p, valuing the firm at 5bn euros.")
	if err != nil {
		panic(err)
	}
	for _, m := range res.Money {
		fmt.Println(m.Text, m.Amount, m.Currency)
	}
	// Output:
	// 15p 0.15 GBP
	// 325.5p 3.255 GBP
	// 5bn euros 5000000000 EUR
}

// Ranges keep both ends; amounts are exact decimals, written to JSON as
// numbers.
func ExampleMoney_MarshalJSON() {
	res, err := extract.Text("Tickets cost £10-20 million.")
	if err != nil {
		panic(err)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(res.Money[0]); err != nil {
		panic(err)
	}
	// Output:
	// {"text":"£10-20 million","start":13,"end":28,"currency":"GBP","unit":"£","qualifier":"exact","per":"","sentence":0,"amount":10000000,"low":10000000,"high":20000000,"vague":false}
}

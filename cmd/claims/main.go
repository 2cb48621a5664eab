// Command claims extracts money, statistics, quotes and claims from English
// news text.
//
// Usage:
//
//	claims                 summarise the embedded sample article
//	claims FILE            summarise FILE ("-" for standard input)
//	claims -json FILE      one JSON object for FILE
//	claims -jsonl CORPUS   one JSON result a line for a JSONL corpus
//	                       ({"id","text"} a line), in input order, on all cores
//
// Run "claims -h" for every flag.
package main

import (
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

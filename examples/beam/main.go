// Command beam runs the claims extractor over a JSONL corpus as an Apache
// Beam pipeline: it reads articles ({"id","text",...} a line), extracts each
// with one shared extract.Extractor per worker, and writes one result a line,
// byte for byte what `claims -jsonl` writes for that article (in no set
// order), plus the total of the money amounts per currency.
//
// Locally, on the in-process prism runner:
//
//	go run . --input articles.jsonl --output results.jsonl --totals totals.json
//
// See README.md for Dataflow, Flink and Spark.
package main

import (
	"context"
	"flag"
	"log"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/newsclaims/claims/extract"
)

var (
	input    = flag.String("input", "", "JSONL articles to read: a file or glob (local, gs://, s3://)")
	output   = flag.String("output", "", "where to write the results, one JSON record a line")
	shards   = flag.Int("shards", 1, "number of output files; above 1 they are named OUTPUT-00000-of-0000N")
	totals   = flag.String("totals", "", "where to write the per-currency totals (one JSON object)")
	errs     = flag.String("errors", "", "write malformed lines here and go on, instead of failing the pipeline")
	maxBytes = flag.Int("max-bytes", extract.DefaultMaxBytes, "largest article read, in bytes")
)

func main() {
	flag.Parse()
	beam.Init()
	if *input == "" || *output == "" || *totals == "" {
		log.Fatal("beam: --input, --output and --totals are required")
	}
	p, s := beam.NewPipelineWithRoot()
	Build(s, Options{Input: *input, Output: *output, Shards: *shards, Totals: *totals, Errors: *errs, MaxBytes: *maxBytes})
	if err := beamx.Run(context.Background(), p); err != nil {
		log.Fatalf("beam: %v", err)
	}
}

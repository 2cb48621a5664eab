package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"reflect"
	"sync"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/shopspring/decimal"

	"github.com/newsclaims/claims/extract"
	"github.com/newsclaims/claims/extract/jsonl"
)

// Options says what the pipeline reads and writes.
type Options struct {
	// Input is a file or glob of JSONL articles ({"id","text",...} a line).
	Input string
	// Output is where the results go, one `claims -jsonl` record a line.
	// With Shards > 1 the files are Output-00000-of-0000N and so on.
	Output string
	// Shards is the number of output files; less than 1 means 1.
	Shards int
	// Totals is the file for the per-currency totals: one JSON object.
	Totals string
	// Errors, when set, is where malformed lines and articles the extractor
	// refuses are written (one JSON object a line) instead of failing the
	// pipeline, like `claims -jsonl -skip-bad`.
	Errors string
	// MaxBytes is the largest article read, as `claims -max-bytes`.
	MaxBytes int
}

// Total is the sum of the money amounts found in one currency, as
// claims -stats makes it: ranges by their low end, vague amounts ("millions
// of pounds") counted but not summed.
type Total struct {
	Currency string
	// Sum is an exact decimal, as decimal.Decimal.String writes it.
	Sum string
	// Count is the number of amounts.
	Count int64
}

// Build adds the pipeline to s: read, extract, write the records, the
// per-currency totals and (if asked) the rejected lines.
func Build(s beam.Scope, o Options) {
	lines := textio.Read(s.Scope("read"), o.Input)
	records, money, bad := beam.ParDo3(s.Scope("extract"), &extractFn{MaxBytes: o.MaxBytes, SkipBad: o.Errors != ""}, lines)
	writeLines(s.Scope("write records"), o.Output, o.Shards, records)

	sums := beam.CombinePerKey(s.Scope("sum per currency"), addTotals, money)
	ts := s.Scope("write totals")
	totals := beam.ParDo(ts, formatTotals, beam.Impulse(ts), beam.SideInput{Input: beam.ParDo(ts, withCurrency, sums)})
	textio.Write(ts, o.Totals, totals)

	if o.Errors != "" {
		writeLines(s.Scope("write errors"), o.Errors, 1, bad)
	}
}

func init() {
	register.DoFn5x1[context.Context, string, func(string), func(string, Total), func(string), error](&extractFn{})
	register.Emitter1[string]()
	register.Emitter2[string, Total]()
	register.Function2x1(addTotals)
	register.Function2x1(withCurrency)
	register.Function2x2(formatTotals)
	register.Iter1[Total]()
	register.Function1x2(seedKey)
	register.DoFn1x2[string, int, string](&shardFn{})
	register.DoFn4x1[context.Context, int, func(*int) bool, func(*string) bool, error](&writeShardFn{})
	register.Iter1[int]()
	register.Iter1[string]()
	beam.RegisterType(reflect.TypeOf((*Total)(nil)).Elem())
}

var (
	articles  = beam.NewCounter("claims", "articles")
	moneyN    = beam.NewCounter("claims", "money")
	rejected  = beam.NewCounter("claims", "rejected")
	inBytes   = beam.NewCounter("claims", "text_bytes")
	extractMu sync.Mutex
	// extractors holds one Extractor per worker process and limit: an
	// Extractor is safe for concurrent use, so every DoFn instance on a
	// worker shares it.
	extractors = map[int]*extract.Extractor{}
)

// sharedExtractor returns the worker's Extractor for a size limit.
func sharedExtractor(maxBytes int) (*extract.Extractor, error) {
	extractMu.Lock()
	defer extractMu.Unlock()
	if ex := extractors[maxBytes]; ex != nil {
		return ex, nil
	}
	ex, err := extract.New(extract.WithMaxBytes(maxBytes))
	if err != nil {
		return nil, err
	}
	extractors[maxBytes] = ex
	return ex, nil
}

// extractFn turns one JSONL line into its record, its money amounts by
// currency, and, when the line is bad and SkipBad is set, an error record.
type extractFn struct {
	MaxBytes int  `json:"max_bytes"`
	SkipBad  bool `json:"skip_bad"`

	ex  *extract.Extractor // set in Setup, never per element
	buf []byte
}

// Setup fetches the worker's Extractor.
func (f *extractFn) Setup() error {
	ex, err := sharedExtractor(f.MaxBytes)
	f.ex = ex
	return err
}

// ProcessElement extracts one article.
func (f *extractFn) ProcessElement(ctx context.Context, line string, record func(string), money func(string, Total), bad func(string)) error {
	b := []byte(line)
	if jsonl.Blank(b) {
		return nil
	}
	a, err := jsonl.ParseArticle(b)
	if err != nil {
		return f.reject(ctx, bad, nil, fmt.Errorf("malformed JSON line: %w", err), line)
	}
	res, err := f.ex.ExtractContext(ctx, a.Text)
	if err != nil {
		return f.reject(ctx, bad, a.ID, err, line)
	}
	f.buf, err = jsonl.AppendRecord(f.buf[:0], a.ID, res)
	if err != nil {
		return f.reject(ctx, bad, a.ID, err, line)
	}
	record(string(f.buf[:len(f.buf)-1])) // writers add the newline back
	for _, m := range res.Money {
		if m.Currency != "" {
			sum := m.Amount.String()
			if m.Vague {
				sum = "0"
			}
			money(m.Currency, Total{Sum: sum, Count: 1})
			moneyN.Inc(ctx, 1)
		}
	}
	articles.Inc(ctx, 1)
	inBytes.Inc(ctx, int64(len(a.Text)))
	return nil
}

// reject reports a bad line: as an error record, or by failing the bundle.
func (f *extractFn) reject(ctx context.Context, bad func(string), id json.RawMessage, err error, line string) error {
	if !f.SkipBad {
		if id != nil {
			return fmt.Errorf("article %s: %w", id, err)
		}
		return err
	}
	rejected.Inc(ctx, 1)
	const maxShown = 200
	if len(line) > maxShown {
		line = line[:maxShown]
	}
	b, merr := json.Marshal(struct {
		ID    json.RawMessage `json:"id,omitempty"`
		Error string          `json:"error"`
		Start string          `json:"line_start"`
	}{id, err.Error(), line})
	if merr != nil {
		return merr
	}
	bad(string(b))
	return nil
}

// addTotals adds two partial totals of one currency, exactly.
func addTotals(a, b Total) Total {
	x, errA := decimal.NewFromString(a.Sum)
	y, errB := decimal.NewFromString(b.Sum)
	if errA != nil || errB != nil { // cannot happen: the sums are ours
		panic(fmt.Sprintf("claims: bad decimal %q or %q", a.Sum, b.Sum))
	}
	return Total{Sum: x.Add(y).String(), Count: a.Count + b.Count}
}

// withCurrency puts the key into the total.
func withCurrency(cur string, t Total) Total {
	t.Currency = cur
	return t
}

// formatTotals writes every currency's total as one JSON object,
// {"EUR":{"total":1.5,"count":2},...}, keys sorted. It runs once, on the
// impulse, with the totals as a side input, so the file is written ({})
// even when no money is found.
func formatTotals(_ []byte, totals func(*Total) bool) (string, error) {
	type entry struct {
		Total json.Number `json:"total"`
		Count int64       `json:"count"`
	}
	m := map[string]entry{}
	var t Total
	for totals(&t) {
		m[t.Currency] = entry{json.Number(t.Sum), t.Count}
	}
	b, err := json.Marshal(m) // keys sorted
	return string(b), err
}

// writeLines writes a PCollection of lines to shards files (one, named
// path, when shards <= 1), each line followed by a newline. Every shard file
// is written, empty ones too. Lines within a file are in no set order.
func writeLines(s beam.Scope, path string, shards int, lines beam.PCollection) {
	filesystem.ValidateScheme(path)
	if shards < 1 {
		shards = 1
	}
	keys := make([]int, shards)
	for i := range keys {
		keys[i] = i
	}
	seeds := beam.ParDo(s, seedKey, beam.CreateList(s, keys))
	keyed := beam.ParDo(s, &shardFn{Shards: shards}, lines)
	grouped := beam.CoGroupByKey(s, seeds, keyed)
	beam.ParDo0(s, &writeShardFn{Path: path, Shards: shards}, grouped)
}

// seedKey keys a shard number by itself, so that every shard is grouped
// even when no line falls in it.
func seedKey(k int) (int, int) { return k, k }

// shardFn keys each line by its shard: a hash of the line.
type shardFn struct {
	Shards int `json:"shards"`
}

// ProcessElement keys one line.
func (f *shardFn) ProcessElement(line string) (int, string) {
	h := fnv.New32a()
	h.Write([]byte(line))
	return int(h.Sum32() % uint32(f.Shards)), line
}

// writeShardFn writes one shard's lines to its file.
type writeShardFn struct {
	Path   string `json:"path"`
	Shards int    `json:"shards"`
}

// ProcessElement writes the file for shard k.
func (f *writeShardFn) ProcessElement(ctx context.Context, k int, _ func(*int) bool, lines func(*string) bool) (err error) {
	name := f.Path
	if f.Shards > 1 {
		name = fmt.Sprintf("%s-%05d-of-%05d", f.Path, k, f.Shards)
	}
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	fd, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := fd.Close(); err == nil {
			err = cerr
		}
	}()
	w := bufio.NewWriterSize(fd, 1<<20)
	var line string
	for lines(&line) {
		w.WriteString(line)
		if err := w.WriteByte('\n'); err != nil {
			return err
		}
	}
	return w.Flush()
}

package extract

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"

	"github.com/newsclaims/claims/extract/internal/layout"
	"github.com/newsclaims/claims/extract/internal/lexicon"
	"github.com/newsclaims/claims/extract/internal/money"
	"github.com/newsclaims/claims/extract/internal/nlp"
	"github.com/newsclaims/claims/extract/internal/stats"
)

// DefaultMaxBytes is the largest text an Extractor reads unless told
// otherwise: 64 MiB.
const DefaultMaxBytes = 64 << 20

// ErrTooLarge is returned for a text longer than the Extractor's limit.
var ErrTooLarge = errors.New("extract: text is larger than the limit")

// Extractor extracts claims from text. It loads what it needs once, in New,
// and is safe for concurrent use by many goroutines.
type Extractor struct {
	maxBytes int
}

// Option configures an Extractor.
type Option func(*Extractor)

// WithMaxBytes sets the largest text Extract accepts; a longer one gets
// ErrTooLarge. Zero or less means no limit.
func WithMaxBytes(n int) Option {
	return func(e *Extractor) { e.maxBytes = n }
}

// New returns an Extractor. It starts loading the part-of-speech model in
// the background, so that the first text that needs it waits less.
func New(opts ...Option) (*Extractor, error) {
	// A model that fails to load fails again where tags are asked for,
	// which handles it.
	go func() { _ = nlp.Load() }()
	e := &Extractor{maxBytes: DefaultMaxBytes}
	for _, o := range opts {
		o(e)
	}
	return e, nil
}

var (
	defaultOnce sync.Once
	defaultEx   *Extractor
	defaultErr  error
)

// Text extracts from text with a shared default Extractor.
func Text(text string) (*Result, error) {
	defaultOnce.Do(func() { defaultEx, defaultErr = New() })
	if defaultErr != nil {
		return nil, defaultErr
	}
	return defaultEx.Extract(text)
}

// Extract extracts every value from text. The Result's slices are empty,
// never nil, when nothing is found.
func (e *Extractor) Extract(text string) (*Result, error) {
	return e.ExtractContext(context.Background(), text)
}

// ExtractContext is Extract with cancellation: it stops early and returns
// a nil Result and the context's error once ctx is done. It looks at ctx
// at least once per 256 KiB of text lexed and per 256 sentences or 256 KiB
// of sentences read, so it stops within about that much work.
func (e *Extractor) ExtractContext(ctx context.Context, text string) (*Result, error) {
	if e.maxBytes > 0 && len(text) > e.maxBytes {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(text), e.maxBytes)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	toks, err := tokenize(ctx, text)
	if err != nil {
		return nil, err
	}
	defer releaseTokens(toks)
	lb := layouts.Get().(*layout.Layout)
	lay := layout.AnalyzeInto(*lb, text, toks)
	defer releaseLayout(lb, lay)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	res := newResult(text, lay)
	names := money.NewNames(text)
	// One tagger for the sentences, reset for each: stats asks it for tags
	// only around figures. Its buffers come from an earlier text.
	tagger := taggers.Get().(*nlp.Sentence)
	defer releaseTagger(tagger)
	tag := func(lo, hi int) []string {
		tags, err := tagger.Tag(lo, hi)
		if err != nil {
			return nil // a tagger that fails to load leaves subjects empty
		}
		return tags
	}
	polled := 0
	for si, s := range lay.Sentences {
		if si%256 == 0 || s.End-polled > pollBytes {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			polled = s.End
		}
		st := toks[s.TokStart:s.TokEnd]
		found := money.Find(st, names)
		if n := len(res.Money) + len(found); n > cap(res.Money) {
			res.Money = slices.Grow(res.Money, max(n, 2*len(res.Money))-len(res.Money))
		}
		var moneySpans []stats.Span
		for _, m := range found {
			res.Money = append(res.Money, publicMoney(text, m, si))
			moneySpans = append(moneySpans, stats.Span{Start: m.Start, End: m.End})
		}
		base := len(res.Statistics)
		tagger.Reset(st)
		for _, v := range stats.Find(text, st, moneySpans, tag) {
			res.Statistics = append(res.Statistics, publicStatistic(text, v, si, base))
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	addQuotes(res, text, toks, lay)
	addClaims(res, text, toks, lay)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return res, nil
}

// taggers holds sentence taggers between extractions, so that their
// buffers (a slot per token of the longest sentence tagged, and the tag
// memo) are made once rather than for every text.
var taggers = sync.Pool{New: func() any { return new(nlp.Sentence) }}

// maxPooledTaggerTokens bounds the taggers kept: one grown on a huge
// sentence is left to the garbage collector.
const maxPooledTaggerTokens = 1 << 14

func releaseTagger(t *nlp.Sentence) {
	if t.Footprint() > maxPooledTaggerTokens {
		return
	}
	t.Release()
	taggers.Put(t)
}

// layouts holds layouts between extractions, so that a text's paragraphs
// and sentences reuse an earlier text's memory: nothing in a Result refers
// to them, and they hold no pointers.
var layouts = sync.Pool{New: func() any { return new(layout.Layout) }}

// maxPooledSentences bounds the layouts kept: a huge text's is left to the
// garbage collector.
const maxPooledSentences = 1 << 12

func releaseLayout(lb *layout.Layout, lay layout.Layout) {
	if cap(lay.Sentences) > maxPooledSentences || cap(lay.Paragraphs) > maxPooledSentences {
		return
	}
	*lb = lay
	layouts.Put(lb)
}

func newResult(text string, lay layout.Layout) *Result {
	res := &Result{
		Paragraphs: make([]Paragraph, len(lay.Paragraphs)),
		Sentences:  make([]Sentence, len(lay.Sentences)),
		Money:      []Money{},
		Statistics: []Statistic{},
		Quotes:     []Quote{},
		Speakers:   []Speaker{},
		Claims:     []Claim{},
	}
	for i, p := range lay.Paragraphs {
		res.Paragraphs[i] = Paragraph{Span: Span{p.Start, p.End}, FirstSentence: p.First, EndSentence: p.Last}
	}
	for i, s := range lay.Sentences {
		res.Sentences[i] = Sentence{Text: text[s.Start:s.End], Span: Span{s.Start, s.End}, Paragraph: s.Paragraph, Kind: LineKind(s.Kind.String())}
	}
	return res
}

func publicMoney(text string, m money.Money, sentence int) Money {
	q := Qualifier(m.Qualifier)
	if q == "" {
		q = Qualifier(lexicon.Exact)
	}
	return Money{
		Text:      text[m.Start:m.End],
		Span:      Span{m.Start, m.End},
		Amount:    m.Amount,
		Currency:  m.Currency,
		Unit:      m.Unit,
		Qualifier: q,
		Low:       m.Low,
		High:      m.High,
		Vague:     m.Vague,
		Per:       m.Per,
		Context:   m.Context,
		Sentence:  sentence,
	}
}

func publicStatistic(text string, v stats.Stat, sentence, base int) Statistic {
	st := Statistic{
		Text:         text[v.Start:v.End],
		Span:         Span{v.Start, v.End},
		Kind:         StatKind(v.Kind),
		Value:        v.Value,
		Vague:        v.Vague,
		Low:          v.Low,
		High:         v.High,
		Qualifier:    Qualifier(v.Qualifier),
		Subject:      v.Subject,
		SubjectStart: v.SubjectStart,
		SubjectEnd:   v.SubjectEnd,
		Sentence:     sentence,
	}
	if c := v.Change; c != nil {
		from := -1
		if c.From >= 0 {
			from = base + c.From
		}
		st.Change = &Change{Direction: Direction(c.Direction), Cue: c.Cue, CueStart: c.CueStart, CueEnd: c.CueEnd, From: from}
	}
	return st
}

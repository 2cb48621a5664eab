package extract

import (
	"runtime"
	"strconv"
	"strings"
	"testing"

	prose "github.com/jdkato/prose/v3"
)

// The benchmarks measure full extraction against prose v3's own full
// pipeline (prose.NewDocument: segmenting, tokenizing, tagging and
// entities) on the same texts in the same run, so the ratio holds on a
// noisy machine. b.SetBytes makes go test print MB/s; run with -benchmem:
//
//	go test -bench . -benchmem -run '^$' ./extract/ -count 5 | tee new.txt
//	benchstat new.txt
//
// The corpus benchmarks read the first 200 articles of ../shared/corpus and
// are skipped where it is absent. The 1×, 10× and 100× sample benchmarks
// show that time and memory per byte stay flat as the input grows.

// benchTexts are the texts a benchmark runs over, in one op.
type benchTexts struct {
	name  string
	texts []string
}

func (bt benchTexts) bytes() int64 {
	n := 0
	for _, t := range bt.texts {
		n += len(t)
	}
	return int64(n)
}

func sampleTexts(b *testing.B) benchTexts {
	return benchTexts{"sample", []string{sampleArticle(b)}}
}

func corpus200(b *testing.B) benchTexts {
	return benchTexts{"corpus200", corpusTexts(b, 200)}
}

// reportPerArticle adds allocations and bytes allocated per article.
func reportPerArticle(b *testing.B, before *runtime.MemStats, articles int) {
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	n := float64(b.N * articles)
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/n, "allocs/article")
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/n, "B/article")
}

func benchExtract(b *testing.B, bt benchTexts) {
	ex, err := New()
	if err != nil {
		b.Fatal(err)
	}
	benchEach(b, bt, func(t string) error {
		_, err := ex.Extract(t)
		return err
	})
}

func benchProse(b *testing.B, bt benchTexts) {
	// Load prose's models before timing, as New does for ours.
	if _, err := prose.NewDocument("Warm up."); err != nil {
		b.Fatal(err)
	}
	benchEach(b, bt, func(t string) error {
		_, err := prose.NewDocument(t)
		return err
	})
}

// benchEach times run over every text, reporting bytes per second and
// allocations per article.
func benchEach(b *testing.B, bt benchTexts, run func(string) error) {
	b.SetBytes(bt.bytes())
	b.ReportAllocs()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range bt.texts {
			if err := run(t); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.StopTimer()
	reportPerArticle(b, &before, len(bt.texts))
}

// BenchmarkExtract is full extraction on the sample article and on the
// first 200 corpus articles.
func BenchmarkExtract(b *testing.B) {
	b.Run("sample", func(b *testing.B) { benchExtract(b, sampleTexts(b)) })
	b.Run("corpus200", func(b *testing.B) { benchExtract(b, corpus200(b)) })
}

// BenchmarkProse is prose v3's full pipeline on the same texts.
func BenchmarkProse(b *testing.B) {
	b.Run("sample", func(b *testing.B) { benchProse(b, sampleTexts(b)) })
	b.Run("corpus200", func(b *testing.B) { benchProse(b, corpus200(b)) })
}

// BenchmarkScale is full extraction on 1, 10 and 100 copies of the sample
// article in one text: MB/s and B/op per byte should not change.
func BenchmarkScale(b *testing.B) {
	one := sampleArticle(b) + "\n\n"
	for _, n := range []int{1, 10, 100} {
		b.Run(strconv.Itoa(n)+"x", func(b *testing.B) {
			benchExtract(b, benchTexts{"", []string{strings.Repeat(one, n)}})
		})
	}
}

package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progress follows a -jsonl run: a bar on standard error while it is a
// terminal (articles, MB/s, ETA), and a one-line summary at the end.
type progress struct {
	mu     sync.Mutex
	w      io.Writer
	bar    *progressbar.ProgressBar
	start  time.Time
	found  tally
	errors int
	skips  int
}

// newProgress starts following a run over total input bytes (or -1 when
// the size is unknown). The bar shows only when stderr is a terminal.
func newProgress(stderr io.Writer, total int64) *progress {
	p := &progress{w: stderr, start: time.Now()}
	if f, ok := stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.bar = progressbar.NewOptions64(total,
			progressbar.OptionSetWriter(stderr),
			progressbar.OptionSetDescription("0 articles"),
			progressbar.OptionShowBytes(true),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionSetElapsedTime(true),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
			progressbar.OptionSetWidth(30),
		)
	}
	return p
}

// article records one finished article of size input bytes.
func (p *progress) article(size int, t tally) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.found.add(t)
	p.advance(size)
}

// failed records an article whose extraction failed.
func (p *progress) failed(size int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.errors++
	p.advance(size)
}

// skipped records a malformed line passed over.
func (p *progress) skipped(size int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.skips++
	p.advance(size)
}

func (p *progress) advance(size int) {
	if p.bar == nil {
		return
	}
	p.bar.Describe(fmt.Sprintf("%d articles", p.found.articles))
	_ = p.bar.Add64(int64(size))
}

// finish clears the bar and prints the summary line.
func (p *progress) finish() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.bar != nil {
		_ = p.bar.Finish()
	}
	secs := time.Since(p.start).Seconds()
	rate := 0.0
	if secs > 0 {
		rate = float64(p.found.bytes) / 1e6 / secs
	}
	fmt.Fprintf(p.w, "claims: %d articles, %.1f MB, %d money, %d statistics, %d quotes, %d claims; %d errors, %d skipped lines; %.1fs (%.1f MB/s)\n",
		p.found.articles, float64(p.found.bytes)/1e6, p.found.money, p.found.statistics, p.found.quotes, p.found.claims,
		p.errors, p.skips, secs, rate)
}

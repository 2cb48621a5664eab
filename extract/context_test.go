package extract

import (
	"context"
	"errors"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// countingCtx is a context that counts the times Err is asked and reports
// itself cancelled from the cancelAt-th time on (never when cancelAt is
// zero). It makes the tests independent of the clock.
type countingCtx struct {
	context.Context
	polls    atomic.Int64
	cancelAt int64
}

func (c *countingCtx) Err() error {
	n := c.polls.Add(1)
	if c.cancelAt > 0 && n >= c.cancelAt {
		return context.Canceled
	}
	return nil
}

func TestExtractContextCancelled(t *testing.T) {
	ex, err := New()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, text := range []string{"", "It cost £5m.", sampleArticle(t)} {
		res, err := ex.ExtractContext(ctx, text)
		if !errors.Is(err, context.Canceled) || res != nil {
			t.Errorf("cancelled context, %d bytes: %v, %v; want nil, context.Canceled", len(text), res, err)
		}
	}
}

// bigText returns about n bytes of news text: copies of the sample article.
func bigText(t testing.TB, n int) string {
	one := sampleArticle(t) + "\n\n"
	return strings.Repeat(one, max(1, n/len(one)))
}

// TestExtractContextPolls checks, without a clock, that ExtractContext
// looks at its context often enough to stop promptly: at least once per
// 256 KiB of text, and that it stops, returning the context's error and no
// result, whenever the context is cancelled along the way.
func TestExtractContextPolls(t *testing.T) {
	ex, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := bigText(t, (2<<20)/bigScale())
	// Texts with no white space to cut at are polled as often.
	dense := strings.Repeat("“!", (1<<20)/4/bigScale())
	for _, in := range []string{text, dense} {
		count := &countingCtx{Context: context.Background()}
		if _, err := ex.ExtractContext(count, in); err != nil {
			t.Fatal(err)
		}
		polls := count.polls.Load()
		if min := int64(len(in) / pollBytes); polls < min {
			t.Errorf("%d bytes: %d polls, want at least %d", len(in), polls, min)
		}
		for _, at := range []int64{1, 2, 3, polls / 2, polls - 1, polls} {
			if at < 1 {
				continue
			}
			ctx := &countingCtx{Context: context.Background(), cancelAt: at}
			res, err := ex.ExtractContext(ctx, in)
			if !errors.Is(err, context.Canceled) || res != nil {
				t.Errorf("%d bytes, cancelled at poll %d of %d: %v, %v; want nil, context.Canceled", len(in), at, polls, res, err)
			}
			if got := ctx.polls.Load(); got != at {
				t.Errorf("%d bytes: went on polling after cancellation at poll %d (%d polls)", len(in), at, got)
			}
		}
	}
}

// TestExtractContextDeadline runs a huge text with a short deadline: it
// must give up with the deadline's error. The time taken is logged, not
// checked; TestExtractContextPolls checks the promptness.
func TestExtractContextDeadline(t *testing.T) {
	if testing.Short() {
		t.Skip("large input; skipped with -short")
	}
	ex, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := bigText(t, (50<<20)/bigScale())
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	start := time.Now()
	res, err := ex.ExtractContext(ctx, text)
	if !errors.Is(err, context.DeadlineExceeded) || res != nil {
		t.Fatalf("got %v, %v; want nil, context.DeadlineExceeded", res, err)
	}
	t.Logf("%d MB with a 20ms deadline: returned after %v", len(text)>>20, time.Since(start))
}

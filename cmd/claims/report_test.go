package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/newsclaims/claims/extract"
)

// TestHighlightNesting checks the report's markup on a value that crosses
// a quote's edge: it is split into pieces that keep one data-i.
func TestHighlightNesting(t *testing.T) {
	text := `He said "it costs £5m" and £6m more.`
	q := strings.Index(text, "it costs")
	outer := []mark{{start: q, end: q + len("it costs £5m"), kind: "quote", title: "quote"}}
	m5 := strings.Index(text, "£5m")
	inner := []mark{
		{start: m5 - 6, end: m5 + len("£5m") + 2, kind: "money", index: 0, title: "crosses"},
		{start: strings.Index(text, "£6m"), end: strings.Index(text, "£6m") + len("£6m"), kind: "money", index: 1, title: "6 & <m>"},
	}
	got := highlight(text, outer, inner)
	if strings.Count(got, "<span") != strings.Count(got, "</span>") {
		t.Fatalf("unbalanced spans: %s", got)
	}
	if n := strings.Count(got, `data-kind="money" data-i="0"`); n != 2 {
		t.Errorf("the crossing value has %d pieces, want 2: %s", n, got)
	}
	if !strings.Contains(got, `title="6 &amp; &lt;m&gt;"`) || !strings.Contains(got, "&#34;") {
		t.Errorf("not escaped: %s", got)
	}
	// Stripping the tags gives back the text.
	plain := got
	for strings.Contains(plain, "<") {
		i := strings.Index(plain, "<")
		j := strings.Index(plain[i:], ">")
		plain = plain[:i] + plain[i+j+1:]
	}
	if strings.NewReplacer("&#34;", `"`, "&amp;", "&").Replace(plain) != text {
		t.Errorf("text changed: %q", plain)
	}
}

// chromium returns the path of a Chromium binary, or "" where none is
// installed.
func chromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// TestReportInBrowser loads the sample article's report in headless
// Chromium, checks that every value is highlighted once, and saves a
// screenshot. It skips where Chromium is not installed; CI installs it.
func TestReportInBrowser(t *testing.T) {
	bin := chromium()
	if bin == "" {
		t.Skip("no Chromium installed (apt-get install chromium)")
	}
	res, err := extract.Text(sampleArticle)
	if err != nil {
		t.Fatal(err)
	}
	var page bytes.Buffer
	if err := writeReport(&page, "sample article", sampleArticle, res); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "report.html")
	if err := os.WriteFile(path, page.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(filepath.Join(dir, "profile")),
		chromedp.WindowSize(1400, 2400),
	)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	// Start the browser with a context that has no deadline (a deadline on
	// the first run would stop the browser), then bound the page work.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatal(err)
	}
	tctx, tcancel := context.WithTimeout(ctx, 90*time.Second)
	defer tcancel()

	// Count the distinct values highlighted per kind: a value split at a
	// quote's edge has several pieces with one data-i.
	const count = `(() => {
		const out = {};
		for (const el of document.querySelectorAll('#article .hl')) {
			const k = el.dataset.kind;
			out[k] = out[k] || {};
			out[k][el.dataset.i] = true;
		}
		const n = {};
		for (const k in out) n[k] = Object.keys(out[k]).length;
		return n;
	})()`
	if err := chromedp.Do(tctx, chromedp.Navigate("file://"+path), chromedp.WaitVisible(chromedp.ID("article"))); err != nil {
		t.Fatal(err)
	}
	counts, err := chromedp.Run(tctx, chromedp.Evaluate[map[string]int](count))
	if err != nil {
		t.Fatal(err)
	}
	articleText, err := chromedp.Run(tctx, chromedp.Evaluate[string](`document.getElementById('article').textContent`))
	if err != nil {
		t.Fatal(err)
	}
	shot, err := chromedp.Run(tctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"money": len(res.Money), "statistic": len(res.Statistics), "quote": len(res.Quotes)}
	for k, n := range want {
		if counts[k] != n {
			t.Errorf("%d %s highlighted, the JSON has %d", counts[k], k, n)
		}
	}
	if articleText != sampleArticle {
		t.Error("the page's article text differs from the input")
	}
	out := filepath.Join(os.TempDir(), "claims-report.png")
	if err := os.WriteFile(out, shot, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("highlights %v; screenshot %s (%d bytes)", counts, out, len(shot))
}

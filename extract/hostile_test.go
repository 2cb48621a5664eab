package extract

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/newsclaims/claims/extract/internal/nlp"
)

// The hostile-input tests feed the extractor text no newsroom should send
// it. Each must come back without a panic, with every invariant of
// checkResult kept, and with memory a small multiple of the input. None
// is timed: the big inputs are big enough that time quadratic in their
// length would blow go test's timeout, and the benchmarks show the rate.

// bigScale divides the big inputs under the race detector.
func bigScale() int {
	if raceEnabled {
		return 10
	}
	return 1
}

// sampleArticle returns the sample article, read from the module's
// testdata.
func sampleArticle(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "starmer-border-security.txt"))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// Memory limits: the most bytes Extract may allocate per byte of input,
// every allocation counted (not just what is live at the end).
//
// A token is 40 bytes, one for every five or six bytes of prose, and each
// value costs a struct of about 170 bytes and a decimal: money alone costs
// about 13 bytes per byte of prose, and quote attribution (marks, cue
// frames, name index) about as much again. Hostile text can have a token
// for every byte (a run of "!" or quote marks: 40 bytes of tokens per
// byte, twice that while the slice doubles, and a quote region per pair
// of marks) or an amount every four bytes ("£5m £5m ..."): a few hundred
// bytes per byte, the result itself being most of it. What matters is that
// the multiple is bounded, whatever the size: TestMemoryLinear checks that.
const (
	proseAllocLimit   = 40
	hostileAllocLimit = 400
)

// extractChecked extracts text, checks every invariant, and returns the
// result. It extracts twice and compares the results unless the text is
// big, and fails if extraction allocated more than hostileAllocLimit bytes
// per byte of text.
func extractChecked(t *testing.T, text string) *Result {
	t.Helper()
	return extractCheckedLimit(t, text, hostileAllocLimit)
}

// extractCheckedLimit is extractChecked with a given memory limit.
func extractCheckedLimit(t *testing.T, text string, allocLimit int) *Result {
	t.Helper()
	ex, err := New()
	if err != nil {
		t.Fatal(err)
	}
	res, alloc := measure(t, ex, text)
	for _, e := range checkResult(text, res) {
		t.Error(e)
	}
	// Under the race detector sync.Pool drops what it is given at random,
	// so the pooled buffers (prose's tagger keeps its scratch in one) are
	// allocated again and again: the count says nothing there.
	if limit := uint64(allocLimit*len(text) + 64<<10); alloc > limit && !raceEnabled {
		t.Errorf("allocated %d bytes for %d bytes of text (%.1f×), limit %d×", alloc, len(text), float64(alloc)/float64(len(text)), allocLimit)
	}
	if len(text) <= 256<<10 {
		again, err := ex.Extract(text)
		if err != nil {
			t.Fatal(err)
		}
		if d := sameResult(res, again); d != "" {
			t.Error(d)
		}
	}
	return res
}

// measure extracts text and returns the bytes allocated meanwhile.
func measure(t *testing.T, ex *Extractor, text string) (*Result, uint64) {
	t.Helper()
	// New loads the tagger model in the background; wait for it, so the
	// count is the extraction's alone.
	if err := nlp.Load(); err != nil {
		t.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	res, err := ex.Extract(text)
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	return res, after.TotalAlloc - before.TotalAlloc
}

// moneyTexts lists the text of each amount found.
func moneyTexts(res *Result) []string {
	out := []string{}
	for _, m := range res.Money {
		out = append(out, m.Text)
	}
	return out
}

func wantMoney(t *testing.T, res *Result, want ...string) {
	t.Helper()
	if got := moneyTexts(res); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("money = %q, want %q", got, want)
	}
}

func TestHostileInvalidUTF8(t *testing.T) {
	// Invalid bytes are read as punctuation: the amounts around them are
	// still found, and offsets index the caller's bytes, not a repaired
	// copy.
	text := "Costs \xff rose to £5m\xfe, up \xe2\x80 from \xc3\xa9\xc3 £3m.\xff\n\n\xf0\x9f\x98\"\xff$2bn\xff\" he said."
	res := extractChecked(t, text)
	wantMoney(t, res, "£5m", "£3m", "$2bn")
	if res.Money[0].Start != strings.Index(text, "£5m") {
		t.Errorf("£5m at %d, want %d", res.Money[0].Start, strings.Index(text, "£5m"))
	}
	if len(res.Paragraphs) != 2 {
		t.Errorf("%d paragraphs, want 2", len(res.Paragraphs))
	}
	if !strings.Contains(res.Sentences[0].Text, "\xff") {
		t.Errorf("sentence text %q lost its invalid byte", res.Sentences[0].Text)
	}
}

func TestHostileNULBytes(t *testing.T) {
	text := "The \x00deal\x00 was worth £5m\x00.\x00\n\x00\n$3bn\x00\x00 " + strings.Repeat("\x00", 10000) + " and £7m."
	res := extractChecked(t, text)
	wantMoney(t, res, "£5m", "$3bn", "£7m")
}

func TestHostileHugeArticle(t *testing.T) {
	if testing.Short() {
		t.Skip("50 MB input; skipped with -short")
	}
	one := sampleArticle(t) + "\n\n"
	reps := (50 << 20) / len(one) / bigScale()
	text := strings.Repeat(one, reps)
	single := extractCheckedLimit(t, one, proseAllocLimit)
	res := extractCheckedLimit(t, text, proseAllocLimit)
	if len(res.Money) != reps*len(single.Money) || len(res.Sentences) != reps*len(single.Sentences) {
		t.Errorf("%d copies: %d amounts, %d sentences; want %d, %d", reps, len(res.Money), len(res.Sentences), reps*len(single.Money), reps*len(single.Sentences))
	}
	last := res.Money[len(res.Money)-1]
	if want := single.Money[len(single.Money)-1]; last.Text != want.Text || last.Start != want.Start+(reps-1)*len(one) {
		t.Errorf("last amount %q at %d, want %q at %d", last.Text, last.Start, want.Text, want.Start+(reps-1)*len(one))
	}
}

func TestHostileDigitLine(t *testing.T) {
	if testing.Short() {
		t.Skip("10 MB input; skipped with -short")
	}
	n := (10 << 20) / bigScale()
	text := "Costs were £" + strings.Repeat("1234567890", n/10) + "m, or £5m.\n"
	res := extractChecked(t, text)
	// A run of digits longer than numparse.MaxDigits is not a number.
	wantMoney(t, res, "£5m")
	if len(res.Sentences) != 1 {
		t.Errorf("%d sentences, want 1", len(res.Sentences))
	}
}

func TestHostileQuoteMarks(t *testing.T) {
	for _, mark := range []string{"\"", "“", "”", "'", "«"} {
		text := "He said £5m " + strings.Repeat(mark, 100000) + " and £7m."
		res := extractChecked(t, text)
		wantMoney(t, res, "£5m", "£7m")
	}
	// Marks that alternate open and close, each pair around a figure.
	res := extractChecked(t, strings.Repeat("“£5m” ", 20000))
	if len(res.Money) != 20000 {
		t.Errorf("%d amounts, want 20000", len(res.Money))
	}
}

func TestHostileNestedQuotes(t *testing.T) {
	const depth = 10000
	open := strings.Repeat("“He said ‘she said \"", depth)
	closing := strings.Repeat("\"’”", depth)
	text := open + "it cost £5m." + closing + " Then £7m.\n\n" + strings.Repeat("((([[[", depth) + "$3bn" + strings.Repeat("]]])))", depth)
	res := extractChecked(t, text)
	wantMoney(t, res, "£5m", "£7m", "$3bn")
}

func TestHostileHTML(t *testing.T) {
	// Markup is not parsed: it is read as words and punctuation, so the
	// caller should strip it, but it does no harm.
	text := `<!DOCTYPE html><html><head><title>Deal &amp; more</title><style>p{margin:0}</style></head>
<body><p class="lead">The <b>£5m</b> deal was signed.</p><p>It cost $3bn&nbsp;in all.</p>
<script>var price = "£1"; if (a < b && c > d) { x = "</p>"; }</script><!-- 50% of <b>it</b> -->
<img src="a.png" alt="£7m">` + strings.Repeat("<div><span>", 5000) + "€2m" + strings.Repeat("</span></div>", 5000) + "</body></html>"
	res := extractChecked(t, text)
	for _, want := range []string{"£5m", "$3bn", "£7m", "€2m"} {
		found := false
		for _, m := range res.Money {
			found = found || m.Text == want
		}
		if !found {
			t.Errorf("%s not found in %q", want, moneyTexts(res))
		}
	}
}

func TestHostileWindowsLineEndings(t *testing.T) {
	for _, nl := range []string{"\r\n", "\r", "\n"} {
		text := strings.ReplaceAll("Border Plans Unveiled\n\nCosts rose to £5m, the minister said.\nThe rest came later.\n\n\nIt will cost $3bn.\n", "\n", nl)
		res := extractChecked(t, text)
		if len(res.Paragraphs) != 3 {
			t.Errorf("%q: %d paragraphs, want 3", nl, len(res.Paragraphs))
		}
		var got []string
		for _, s := range res.Sentences {
			got = append(got, s.Text)
			if strings.ContainsAny(s.Text, "\r\n") {
				t.Errorf("%q: sentence %q holds a line break", nl, s.Text)
			}
		}
		want := []string{"Border Plans Unveiled", "Costs rose to £5m, the minister said.", "The rest came later.", "It will cost $3bn."}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%q: sentences %q, want %q", nl, got, want)
		}
		if len(res.Sentences) > 0 && res.Sentences[0].Kind != Headline {
			t.Errorf("%q: first line is %s, want headline", nl, res.Sentences[0].Kind)
		}
		wantMoney(t, res, "£5m", "$3bn")
	}
}

func TestHostileRightToLeft(t *testing.T) {
	text := "قال الوزير إن التكلفة بلغت £5m هذا العام.\n\n" +
		"\u202eThe $3bn deal\u202c was signed, \u200fsaid\u200f officials.\n\n" +
		"עלות של €2m לשנה. " + strings.Repeat("\u202b\u202a\u202c\u2066\u2067\u2069", 1000) + "£7m."
	res := extractChecked(t, text)
	wantMoney(t, res, "£5m", "$3bn", "€2m", "£7m")
}

func TestHostileEmoji(t *testing.T) {
	text := "💷💷 £5m 😀 deal 👍🏽 rose 20% 🇬🇧🇬🇧 \u200d👩‍👩‍👧 $3bn.\n\n" + strings.Repeat("🔥", 20000) + "€2m" + strings.Repeat("🧑🏿‍🚀", 5000)
	res := extractChecked(t, text)
	wantMoney(t, res, "£5m", "$3bn", "€2m")
}

// TestHostileRunOn feeds runs that once cost time quadratic in their
// length: number words that chain, scale words that repeat, and long runs
// of sentence-ending marks. At these sizes a quadratic cost would take
// hours.
func TestHostileRunOn(t *testing.T) {
	n := 100000 / bigScale()
	for name, text := range map[string]string{
		"cardinal chain": strings.Repeat("one thousand ", n) + "pounds",
		"hundred chain":  strings.Repeat("nine hundred ninety ", n) + "dollars",
		"scale chain":    "£5" + strings.Repeat(" million", n),
		"range chain":    "£10-20" + strings.Repeat(" million", n) + " and $5 to " + strings.Repeat("thousand ", n),
		"terminal run":   strings.Repeat("!", 4*n) + "x" + strings.Repeat("?.", n) + "a",
		"closer run":     "Yes." + strings.Repeat("\")]", n) + "x",
		"abbreviations":  strings.Repeat("Mr. Dr. U.S. a.m. ", n/4),
		"blank lines":    strings.Repeat("\n", n) + "£5m" + strings.Repeat("\r\n", n),
		"one line":       strings.Repeat("the £5m deal and 20 per cent ", n/4),
		"money soup":     strings.Repeat("£$€¥ US$ USD 5 -£5m 15p 3 dollars 50 cents between $5bn and $7bn ", n/20),
		"words soup":     strings.Repeat("half a quarter of a million tens of thousands hundreds of billions a dozen two-thirds ", n/20),
		"digit groups":   strings.Repeat("1,234,", n) + "5 " + strings.Repeat("12,34,", n) + "5",
	} {
		t.Run(strings.ReplaceAll(name, " ", "-"), func(t *testing.T) {
			extractChecked(t, text)
		})
	}
}

// TestMemoryLinear checks that the bytes allocated grow in step with the
// input: four times the text may cost at most five times the memory.
// Allocation counts are deterministic, so this is not a timing test.
func TestMemoryLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("several MB of input; skipped with -short")
	}
	if raceEnabled {
		// sync.Pool drops what it is given at random under the race
		// detector, so allocation counts do not measure the code.
		t.Skip("allocation counts mean nothing under the race detector")
	}
	ex, err := New()
	if err != nil {
		t.Fatal(err)
	}
	one := sampleArticle(t) + "\n\n"
	for _, unit := range []string{one, strings.Repeat("£5m ", 1000), strings.Repeat("one thousand ", 1000), strings.Repeat("“", 1000)} {
		// Both sizes are past what the token pool keeps for reuse, so
		// neither is flattered by a pooled buffer; each is measured warm.
		reps := (1 << 20) / len(unit) / bigScale()
		small, large := strings.Repeat(unit, reps), strings.Repeat(unit, 4*reps)
		measure(t, ex, small)
		_, a := measure(t, ex, small)
		measure(t, ex, large)
		_, b := measure(t, ex, large)
		// Linear work allocates about 4× for 4× the input; allow 5×.
		// Quadratic work would be 16×.
		if float64(b) > 5*float64(a) {
			t.Errorf("%.20q: %d bytes for 1×, %d for 4× (%.1f×)", unit, a, b, float64(b)/float64(a))
		}
		t.Logf("%.20q ×%d: %.1f bytes allocated per input byte; ×%d: %.1f", unit, reps, float64(a)/float64(reps*len(unit)), 4*reps, float64(b)/float64(4*reps*len(unit)))
	}
}

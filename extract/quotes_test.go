package extract

import (
	"bufio"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsclaims/claims/internal/eval"
	"github.com/newsclaims/claims/internal/peersuite"
)

// moduleRoot returns the directory holding go.mod.
func moduleRoot(t testing.TB) string {
	t.Helper()
	root, err := peersuite.ModuleRoot()
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// quotesView is the part of a Result the quote golden file pins.
type quotesView struct {
	Quotes   []Quote   `json:"quotes"`
	Speakers []Speaker `json:"speakers"`
}

// TestQuotesGolden pins the quotes and speakers of the sample article.
// Run with -update to rewrite the golden file.
func TestQuotesGolden(t *testing.T) {
	root := moduleRoot(t)
	b, err := os.ReadFile(filepath.Join(root, "testdata", "starmer-border-security.txt"))
	if err != nil {
		t.Fatal(err)
	}
	res, err := Text(string(b))
	if err != nil {
		t.Fatal(err)
	}
	got, err := json.MarshalIndent(quotesView{res.Quotes, res.Speakers}, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	golden := filepath.Join(root, "testdata", "starmer-border-security.quotes.json")
	if *Update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(got) != string(want) {
		t.Errorf("quotes differ from %s (run go test -update to accept):\n%s", golden, got)
	}
}

// TestStarmerQuotes states the acceptance for the sample article in
// words, independently of the golden file: the eleven quotations in marks
// and their speakers.
func TestStarmerQuotes(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(moduleRoot(t), "testdata", "starmer-border-security.txt"))
	if err != nil {
		t.Fatal(err)
	}
	res, err := Text(string(b))
	if err != nil {
		t.Fatal(err)
	}
	type want struct {
		prefix  string
		kind    QuoteKind
		speaker string
		cue     string
	}
	starmer := "Keir Starmer"
	wants := []want{
		{"We’re going to treat", Direct, starmer, "told"},
		{"massive driver of global insecurity", Partial, starmer, "said"},
		{"global response.", Partial, starmer, "stressed"},
		{"sharing intelligence and tactics,", Partial, starmer, "said"},
		{"we also need to rebuild", Partial, starmer, "said"},
		{"never", Partial, starmer, "reiterated"},
		{"This Labour government", Direct, starmer, "said"},
		{"stop the boats", Scare, "", ""},
		{"I am not going to set out", Direct, "the prime minister’s official spokesman", "said"},
		{"will mean absolutely nothing", Partial, "a Conservative Party spokesperson", "said"},
		{"It is a shame", Direct, "a Conservative Party spokesperson", "added"},
	}
	var marked []Quote
	for _, q := range res.Quotes {
		if q.Kind != Indirect {
			marked = append(marked, q)
		}
	}
	if len(marked) != len(wants) {
		t.Fatalf("got %d quotations in marks, want %d: %+v", len(marked), len(wants), marked)
	}
	for i, w := range wants {
		q := marked[i]
		if !strings.HasPrefix(q.Text, w.prefix) || q.Kind != w.kind || q.Speaker != w.speaker || q.Cue != w.cue {
			t.Errorf("quote %d: got %q %s speaker %q cue %q; want %q… %s speaker %q cue %q", i, q.Text, q.Kind, q.Speaker, q.Cue, w.prefix, w.kind, w.speaker, w.cue)
		}
	}
	// "the spokesperson added" merges with "A Conservative Party
	// spokesperson"; "the prime minister", "Starmer" and "Sir Keir Starmer"
	// are one speaker.
	names := map[string]int{}
	for _, s := range res.Speakers {
		names[s.Name] = len(s.Mentions)
	}
	if names[starmer] < 3 || names["a Conservative Party spokesperson"] != 2 {
		t.Errorf("speakers not merged: %v", names)
	}
	for _, s := range res.Speakers {
		if strings.Contains(s.Name, "Border Security Command") {
			t.Errorf("speaker %q is not a speaker", s.Name)
		}
	}
}

// goldQuote is one line item of testdata/quotes-gold.jsonl.
type goldQuote struct {
	Start   int     `json:"start"`
	End     int     `json:"end"`
	Kind    string  `json:"kind"`
	Speaker *string `json:"speaker"`
}

// TestQuotesGoldSet scores the extractor on the hand-annotated gold set
// (testdata/quotes-gold.md): quote F1 must reach 0.90 and speaker accuracy
// 0.85.
func TestQuotesGoldSet(t *testing.T) {
	corpus := readCorpus(t, -1)
	texts := map[string]string{}
	for _, a := range corpus {
		texts[a.ID] = a.Text
	}
	f, err := os.Open(filepath.Join(moduleRoot(t), "testdata", "quotes-gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var tp, nsys, ngold, spOK, spN int
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var line struct {
			ID     string      `json:"id"`
			Quotes []goldQuote `json:"quotes"`
		}
		if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
			t.Fatal(err)
		}
		text, ok := texts[line.ID]
		if !ok {
			t.Fatalf("gold article %s not in the corpus", line.ID)
		}
		res, err := Text(text)
		if err != nil {
			t.Fatal(err)
		}
		var gold, sys []eval.Span
		for _, g := range line.Quotes {
			gold = append(gold, eval.Span{Start: g.Start, End: g.End})
		}
		for _, q := range res.Quotes {
			sys = append(sys, eval.Span{Start: q.Start, End: q.End})
		}
		nsys += len(res.Quotes)
		ngold += len(line.Quotes)
		for gi, si := range eval.Match(gold, sys, 0.5) {
			if si < 0 {
				continue
			}
			tp++
			g, s := line.Quotes[gi], res.Quotes[si]
			if g.Speaker == nil {
				continue
			}
			spN++
			if eval.SpeakerOK(*g.Speaker, s.Speaker) {
				spOK++
			} else {
				t.Logf("%s: speaker %q, want %q (%.50q)", line.ID, s.Speaker, *g.Speaker, s.Text)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	p := float64(tp) / float64(max(1, nsys))
	r := float64(tp) / float64(max(1, ngold))
	f1 := 0.0
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	acc := float64(spOK) / float64(max(1, spN))
	t.Logf("gold=%d system=%d matched=%d precision=%.4f recall=%.4f f1=%.4f speaker_acc=%.4f (%d/%d)", ngold, nsys, tp, p, r, f1, acc, spOK, spN)
	if f1 < 0.90 {
		t.Errorf("quote F1 %.4f below 0.90", f1)
	}
	if acc < 0.85 {
		t.Errorf("speaker accuracy %.4f below 0.85", acc)
	}
}

// TestQuotesCorpus checks every corpus article: no panic, spans that
// locate their text, quotes ordered and disjoint, no quote longer than
// its run of paragraphs, speakers that index real quotes.
func TestQuotesCorpus(t *testing.T) {
	corpus := readCorpus(t, -1)
	total := 0
	for _, a := range corpus {
		res, err := Text(a.Text)
		if err != nil {
			t.Fatalf("%s: %v", a.ID, err)
		}
		if err := checkQuotes(a.Text, res); err != nil {
			t.Errorf("%s: %v", a.ID, err)
		}
		total += len(res.Quotes)
	}
	t.Logf("%d articles, %d quotes", len(corpus), total)
}

// checkQuotes checks the quote invariants of one result.
func checkQuotes(text string, res *Result) error {
	last := 0
	for i, q := range res.Quotes {
		switch {
		case q.Start < last || q.End <= q.Start || q.End > len(text):
			return errors.New("quote " + q.Text + " out of order, empty or out of range")
		case text[q.Start:q.End] != q.Text:
			return errors.New("quote span does not locate its text: " + q.Text)
		case text[q.SpeakerStart:q.SpeakerEnd] != q.SpeakerMention:
			return errors.New("speaker span does not locate its mention: " + q.SpeakerMention)
		case text[q.CueStart:q.CueEnd] != q.Cue:
			return errors.New("cue span does not locate its cue: " + q.Cue)
		case q.Kind == Scare && q.Speaker != "":
			return errors.New("scare quote with a speaker: " + q.Text)
		case strings.Contains(q.Text, "\n\n"):
			return errors.New("quote runs over a paragraph break: " + q.Text)
		}
		if q.Sentence < 0 || q.Sentence >= len(res.Sentences) {
			return errors.New("quote sentence out of range")
		}
		_ = i
		last = q.End
	}
	for _, s := range res.Speakers {
		for _, qi := range s.Quotes {
			if qi < 0 || qi >= len(res.Quotes) || res.Quotes[qi].Speaker != s.Name {
				return errors.New("speaker " + s.Name + " lists a quote that is not theirs")
			}
		}
		for _, m := range s.Mentions {
			if text[m.Start:m.End] != m.Text {
				return errors.New("mention span does not locate its text: " + m.Text)
			}
		}
	}
	return nil
}

// TestQuotesManyMarks runs the whole pipeline over 100,000 quote marks.
// Pairing is one pass over the marks and attribution one pass over the
// sentences, so it finishes promptly (no timing assertion: benchmarks
// measure speed).
func TestQuotesManyMarks(t *testing.T) {
	var b strings.Builder
	pieces := []string{`"`, "“", "”", "'", "‘", "’", ` he said, "`, `" said Mr Smith. `, "\n\n", ` "a `, ` b" `}
	for i := 0; i < 100000; i++ {
		b.WriteString(pieces[i%len(pieces)])
		if i%5 == 0 {
			b.WriteString(" word ")
		}
	}
	text := b.String()
	res, err := Text(text)
	if err != nil {
		t.Fatal(err)
	}
	if err := checkQuotes(text, res); err != nil {
		t.Fatal(err)
	}
	// One paragraph of openers and cues: the worst case for a scan that
	// looks back or ahead without bound.
	text = strings.Repeat(`“a, he said `, 100000)
	res, err = Text(text)
	if err != nil {
		t.Fatal(err)
	}
	if err := checkQuotes(text, res); err != nil {
		t.Fatal(err)
	}
}

// FuzzQuotes checks the quote invariants on arbitrary input.
func FuzzQuotes(f *testing.F) {
	f.Add(`"Q1," Mr Smith said. "Q2." He added: "Q3`)
	f.Add("‘Super union’ plan\n\nThe spokesman, who declined, said that it was ’90s.")
	f.Fuzz(func(t *testing.T, text string) {
		res, err := Text(text)
		if err != nil {
			return
		}
		if err := checkQuotes(text, res); err != nil {
			t.Fatal(err)
		}
	})
}

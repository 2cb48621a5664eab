package nlp

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/jdkato/prose/v3/tag"
	"github.com/jdkato/prose/v3/tag/aptagmodel"
	"github.com/jdkato/prose/v3/token"

	"github.com/newsclaims/claims/extract/internal/layout"
	"github.com/newsclaims/claims/extract/internal/lexer"
)

// proseTags tags toks with prose's own tagger.
func proseTags(t testing.TB, toks []lexer.Token) []string {
	pt, err := tag.New()
	if err != nil {
		t.Fatal(err)
	}
	in := make([]token.Token, len(toks))
	for i, tk := range toks {
		in[i] = token.Token{Text: tk.Text}
	}
	pt.TagTokens(in)
	out := make([]string, len(in))
	for i := range in {
		out[i] = in[i].Tag
	}
	return out
}

// checkSame fails when the perceptron and prose disagree on toks.
func checkSame(t *testing.T, p *perceptron, toks []lexer.Token) bool {
	t.Helper()
	want := proseTags(t, toks)
	got := make([]string, len(toks))
	p.tag(toks, got)
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("token %d %q of %q: tag %q, prose %q", i, toks[i].Text, toks[0].Text, got[i], want[i])
			return false
		}
	}
	return true
}

func TestPerceptronSpecialTokens(t *testing.T) {
	p, err := fastTagger()
	if err != nil {
		t.Fatal(err)
	}
	// Every token the lexer can make that the model passes over unscored:
	// hyphens, "@", "0", "*", and the emoticons that are single words.
	for _, s := range []string{
		"He said - again - that :( was @user's *-1 and *T*-2 in -LRB- 0 xD XDD xDD O.o 8D.",
		"The well-known 1999 figure rose 14% to £3.5bn in 2004-05, CAFÉ Ünïcode über ALL CAPS.",
		"-", "", "Nine", "ℌello naïve façade",
	} {
		checkSame(t, p, lexer.Tokenize(s))
	}
}

// TestPerceptronMatchesProse tags every sentence of the shared corpus (the
// first 200 articles with -short), whole and in the windows stats uses,
// with both taggers.
func TestPerceptronMatchesProse(t *testing.T) {
	_, file, _, _ := runtime.Caller(0)
	f, err := os.Open(filepath.Join(filepath.Dir(file), "../../../../shared/corpus/bbc-news-2005.jsonl"))
	if err != nil {
		t.Skip("shared corpus absent:", err)
	}
	defer f.Close()
	p, err := fastTagger()
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 0; sc.Scan(); n++ {
		if (testing.Short() || raceEnabled) && n == 200 {
			break
		}
		var a struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		toks := lexer.Tokenize(a.Text)
		for _, s := range layout.Analyze(a.Text, toks).Sentences {
			st := toks[s.TokStart:s.TokEnd]
			if !checkSame(t, p, st) {
				return
			}
			// Overlapping runs through one Sentence, as stats asks for
			// them, each as prose tags the run alone.
			var ss Sentence
			ss.reset(p, st)
			for _, step := range []int{5, 3} {
				for i := 0; i < len(st); i += step {
					lo, hi := max(0, i-4), min(len(st), i+7)
					got, want := ss.tagRun(lo, hi), proseTags(t, st[lo:hi])
					if strings.Join(got, " ") != strings.Join(want, " ") {
						t.Errorf("article line %d, sentence at bytes %d-%d, run %d:%d: tags %v, prose %v", n+1, s.Start, s.End, lo, hi, got, want)
						return
					}
				}
			}
		}
	}
}

// BenchmarkTag tags a corpus-like sentence in windows of 11 tokens, as
// stats does.
func BenchmarkTag(b *testing.B) {
	toks := lexer.Tokenize("Prime Minister Sir Keir Starmer told the Interpol General Assembly in Glasgow that 9,400 people had been deported, up 14% on the year before, and that the cost of £1.2bn was falling.")
	if _, err := Tag(toks); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		for i := 0; i+11 <= len(toks); i += 7 {
			Tag(toks[i : i+11])
		}
	}
}

// BenchmarkLoadPerceptron decodes the model and builds its tables, which
// the first tagging in a process pays for.
func BenchmarkLoadPerceptron(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := loadPerceptron(aptagmodel.English); err != nil {
			b.Fatal(err)
		}
	}
}

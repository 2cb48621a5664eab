package nlp

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/jdkato/prose/v3/tag"
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
	for _, s := range []string{
		"He said - again - that :( was @user's *-1 and *T*-2 in -LRB- 0 xD XDD O.o 8D.",
		"The well-known 1999 figure rose 14% to £3.5bn in 2004-05, CAFÉ Ünïcode über ALL CAPS.",
		"-", "", "Nine", "ℌello naïve façade",
	} {
		checkSame(t, p, lexer.Tokenize(s))
	}
	for e := range emoticons {
		toks := []lexer.Token{{Text: "a"}, {Text: e}, {Text: "b"}}
		checkSame(t, p, toks)
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
		if testing.Short() && n == 200 {
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
			for i := 0; i < len(st); i += 5 {
				if !checkSame(t, p, st[max(0, i-4):min(len(st), i+7)]) {
					return
				}
			}
		}
	}
}

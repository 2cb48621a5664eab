package quotes

import (
	"reflect"
	"strings"
	"testing"

	"github.com/newsclaims/claims/extract/internal/layout"
	"github.com/newsclaims/claims/extract/internal/lexer"
)

// find runs Find over text, split into paragraphs by the layout.
func find(text string) []Region {
	toks := lexer.Tokenize(text)
	lay := layout.Analyze(text, toks)
	var paras []Paragraph
	for _, p := range lay.Paragraphs {
		paras = append(paras, Paragraph{First: lay.Sentences[p.First].TokStart, Last: lay.Sentences[p.Last-1].TokEnd})
	}
	return Find(toks, paras)
}

func contents(text string, rs []Region) []string {
	out := []string{}
	for _, r := range rs {
		out = append(out, text[r.Start:r.End])
	}
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"curly", "He said: “We’re going to treat people smugglers like terrorists.”", []string{"We’re going to treat people smugglers like terrorists."}},
		{"straight", `"The dollar moved," said Mr Furness.`, []string{"The dollar moved,"}},
		{"two in a sentence", `a "massive driver" and a "global response."`, []string{"massive driver", "global response."}},
		{"british headline", "'Super union' merger plan touted\n\nText.", []string{"Super union"}},
		{"curly single headline", "Starmer: ‘treat them like terrorists’\n\nText.", []string{"treat them like terrorists"}},
		{"apostrophes", "Starmer’s plan, we’re told, dates from the ’90s and the players’ union.", []string{}},
		{"straight apostrophes", "Jones' car and the '90s 'em", []string{}},
		{"nested", `He said: "I asked him 'do you want a wall?' and he nodded."`, []string{"I asked him 'do you want a wall?' and he nodded."}},
		{"flattened multi-paragraph", `He said: "Imagine this. "Then that."`, []string{"Imagine this.", "Then that."}},
		{"multi-paragraph", "“First part.\n\n“Second part.”\n\nAfter.", []string{"First part.", "Second part."}},
		{"unbalanced stops at paragraph", "He said \"no more\n\nNext paragraph has \"a quote\" in it.", []string{"no more", "a quote"}},
		{"stray closer", "Text” and more \"real\" text.", []string{"real"}},
		{"empty", `An "" empty pair.`, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := contents(tt.text, find(tt.text))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestContinues(t *testing.T) {
	text := "“First part.\n\n“Second part.”\n\n“Alone.”"
	rs := find(text)
	var got []bool
	for _, r := range rs {
		got = append(got, r.Continues)
	}
	if want := []bool{false, true, false}; !reflect.DeepEqual(got, want) {
		t.Errorf("Continues = %v, want %v", got, want)
	}
	if rs[0].Closed() || !rs[1].Closed() {
		t.Errorf("Closed wrong: %+v", rs)
	}
}

// TestManyMarks feeds 100,000 quote marks of every sort; Find makes one
// pass over them, so this finishes at once. Regions stay ordered, disjoint
// and inside their paragraphs.
func TestManyMarks(t *testing.T) {
	var b strings.Builder
	marks := []string{`"`, "“", "”", "'", "‘", "’", `"a`, `b"`, "\n\n"}
	for i := 0; i < 100000; i++ {
		b.WriteString(marks[i%len(marks)])
		if i%7 == 0 {
			b.WriteString(" word ")
		}
	}
	text := b.String()
	rs := find(text)
	checkRegions(t, text, rs)
	// The worst case for a quadratic pairing: openers only.
	text = strings.Repeat("“a ", 100000)
	checkRegions(t, text, find(text))
}

func checkRegions(t *testing.T, text string, rs []Region) {
	t.Helper()
	last := 0
	for _, r := range rs {
		if r.Start < last || r.End <= r.Start || r.End > len(text) {
			t.Fatalf("region %+v out of order or empty (last end %d)", r, last)
		}
		if strings.Contains(text[r.Start:r.End], "\n\n") {
			t.Fatalf("region %+v crosses a paragraph break", r)
		}
		last = r.End
	}
}

func FuzzFind(f *testing.F) {
	f.Add(`He said: "Imagine this. "Then that." 'Super' ’90s`)
	f.Fuzz(func(t *testing.T, text string) {
		checkRegions(t, text, find(text))
	})
}

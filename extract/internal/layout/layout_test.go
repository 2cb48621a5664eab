package layout

import (
	"reflect"
	"testing"

	"github.com/newsclaims/claims/extract/internal/lexer"
)

func sentences(text string) (out []string, kinds []string) {
	l := Analyze(text, lexer.Tokenize(text))
	for _, s := range l.Sentences {
		out = append(out, text[s.Start:s.End])
		kinds = append(kinds, s.Kind.String())
	}
	return out, kinds
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		want  []string
		kinds []string
	}{
		{"two sentences", "It rose. It fell.", []string{"It rose.", "It fell."}, []string{"body", "body"}},
		{"titles and initials", "Mr Smith met Dr. Jones and J. K. Rowling in the U.S. on Monday. Then he left.",
			[]string{"Mr Smith met Dr. Jones and J. K. Rowling in the U.S. on Monday.", "Then he left."}, nil},
		{"month abbreviation", "It opened on Nov. 4, 2024. It closed.", []string{"It opened on Nov. 4, 2024.", "It closed."}, nil},
		{"decimal", "Growth was 2.5 percent. Good.", []string{"Growth was 2.5 percent.", "Good."}, nil},
		{"closing quote", "He said: “We will win.” She agreed.", []string{"He said: “We will win.”", "She agreed."}, nil},
		{"question and exclamation", "Why? Because! Yes.", []string{"Why?", "Because!", "Yes."}, nil},
		{"lower case after period", "It was 5 a.m. when it started.", []string{"It was 5 a.m. when it started."}, nil},
		{"headline never joins the paragraph", "Markets Fall Sharply\n\nShares fell on Monday. Traders sold.",
			[]string{"Markets Fall Sharply", "Shares fell on Monday.", "Traders sold."}, []string{"headline", "body", "body"}},
		{"line break ends a line", "Headline Here\nThe body starts here.", []string{"Headline Here", "The body starts here."}, []string{"headline", "body"}},
		{"hard wrap joins", "The minister said the plan\nwould work.", []string{"The minister said the plan\nwould work."}, nil},
		{"byline and caption", "Big News Today\n\nJohn Smith\nThe prime minister giving a speech in Glasgow on Monday\n\nIt began.",
			[]string{"Big News Today", "John Smith", "The prime minister giving a speech in Glasgow on Monday", "It began."},
			[]string{"headline", "short", "caption", "body"}},
		{"cross-heading alone", "First part.\n\nAsylum System\n\nSecond part.", []string{"First part.", "Asylum System", "Second part."}, []string{"body", "headline", "body"}},
		{"windows line endings", "Title Here\r\n\r\nBody text.\r\nMore text.", []string{"Title Here", "Body text.", "More text."}, nil},
		{"empty", "", nil, nil},
		{"spaces only", " \n\n \t", nil, nil},
	}
	for _, tc := range tests {
		got, kinds := sentences(tc.in)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
			continue
		}
		if tc.kinds != nil && !reflect.DeepEqual(kinds, tc.kinds) {
			t.Errorf("%s: kinds %v, want %v", tc.name, kinds, tc.kinds)
		}
	}
}

func TestParagraphs(t *testing.T) {
	text := "Title\n\nOne. Two.\n\n\nThree.\nFour."
	l := Analyze(text, lexer.Tokenize(text))
	var got []string
	for _, p := range l.Paragraphs {
		got = append(got, text[p.Start:p.End])
		if p.First > p.Last {
			t.Errorf("paragraph %q: sentences [%d,%d)", text[p.Start:p.End], p.First, p.Last)
		}
	}
	want := []string{"Title", "One. Two.", "Three.\nFour."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

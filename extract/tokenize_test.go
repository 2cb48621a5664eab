package extract

import (
	"context"
	"math/rand"
	"reflect"
	"strings"
	"testing"

	"github.com/newsclaims/claims/extract/internal/lexer"
)

// TestTokenizeChunked checks that lexing in chunks gives exactly the
// tokens of lexing the whole text, whatever white space, words, numbers,
// apostrophes and invalid bytes fall at the chunk boundaries.
func TestTokenizeChunked(t *testing.T) {
	pieces := []string{
		"word", "Starmer’s", "O'Neill", "9,400", "1,250.50", "£2.5bn", " ", "  ", "\n", "\n\n", "\r\n",
		"\r\n\r\n", "\t", "\u00a0", "\u2028", "\u2029", "\u200b", "\ufeff", "’", "'", ".", "“", "”",
		"\xff", "\xe2\x80", "\x00", "12,34,567", "5,", ",", "1.", "💷", "قال", "x\u00a0\n", "a.b",
	}
	// Texts with no white space to cut at.
	dense := []string{"!", "“", "”", "’", "'", "a", "9", ",", ".", "\xff", "\xe2", "\x80", "😀", "£", "-", "\u0301"}
	r := rand.New(rand.NewSource(6))
	for trial := 0; trial < 10; trial++ {
		set := pieces
		if trial%2 == 1 {
			set = dense
		}
		var b strings.Builder
		for b.Len() < 3*pollBytes+r.Intn(pollBytes) {
			b.WriteString(set[r.Intn(len(set))])
		}
		text := b.String()
		got, err := tokenize(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		want := lexer.Tokenize(text)
		if !reflect.DeepEqual(got, want) {
			if len(got) != len(want) {
				t.Fatalf("trial %d: %d tokens chunked, %d whole", trial, len(got), len(want))
			}
			for i := range got {
				if got[i] != want[i] {
					t.Fatalf("trial %d: token %d chunked %+v, whole %+v", trial, i, got[i], want[i])
				}
			}
		}
	}
}

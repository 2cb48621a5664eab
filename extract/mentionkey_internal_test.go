package extract

import (
	"strings"
	"testing"

	"github.com/newsclaims/claims/extract/internal/lexicon"
)

// foldedMention is mentionKey as first written, through the strings
// package: the one-pass ASCII path must give the same keys.
func foldedMention(s string) string {
	s = strings.ToLower(strings.ReplaceAll(s, "’", "'"))
	f := strings.Fields(s)
	if len(f) > 1 && lexicon.IsDeterminer(f[0]) {
		f = f[1:]
	}
	return strings.Join(f, " ")
}

func FuzzMentionKey(f *testing.F) {
	for _, s := range []string{"", " ", "The Prime Minister", "  the   Home\tOffice \n", "A", "the", "THE BBC", "O’Neill", "Mr  Smith ", "an\vapple\f", "the\u00a0Office", "These figures", "x\x00y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := mentionKey(s), foldedMention(s); got != want {
			t.Errorf("mentionKey(%q) = %q, want %q", s, got, want)
		}
		m := &mentionIndex{m: map[string]string{foldedMention(s): "X"}}
		if got := m.mentionName(s); got != "X" {
			t.Errorf("mentionName(%q) = %q, want X", s, got)
		}
	})
}

package lexicon

import (
	"strings"
	"testing"
)

// foldCases are words to look up: every key of the tables in cases and
// each in capitals and with a capital, words that are in none, words that
// fold to a key only through Unicode ("İ", the Kelvin sign), and words
// longer than any key.
func foldCases[V any](m map[string]V) []string {
	out := []string{"", "a", "A", "zz", "İt", "\u212aey", "ſix", "naïve", strings.Repeat("a", 70), "héllo", "\xff"}
	for k := range m {
		out = append(out, k, strings.ToUpper(k), k+"s", "x"+k, strings.ReplaceAll(k, "i", "İ"), strings.ReplaceAll(k, "k", "\u212a"))
		if k != "" {
			out = append(out, strings.ToUpper(k[:1])+k[1:])
		}
	}
	return out
}

// sameFold fails where a foldTable answers otherwise than m[strings.ToLower(w)].
func sameFold[V comparable](t *testing.T, name string, m map[string]V) {
	t.Helper()
	ft := newFoldTable(m)
	for _, w := range foldCases(m) {
		want, wok := m[strings.ToLower(w)]
		got, gok := ft.find(w)
		if got != want || gok != wok {
			t.Errorf("%s: find(%q) = %v, %v; want %v, %v", name, w, got, gok, want, wok)
		}
	}
}

func TestFoldTableMatchesMap(t *testing.T) {
	sameFold(t, "cueIndex", cueIndex)
	sameFold(t, "nameClasses", nameClasses)
	sameFold(t, "startWords", startWords)
	sameFold(t, "determiners", determiners)
	sameFold(t, "finiteHints", finiteHints)
	sameFold(t, "abbreviations", abbreviations)
	sameFold(t, "units", units)
	sameFold(t, "tens", tens)
	sameFold(t, "ordinals", ordinals)
	sameFold(t, "cueParticles", cueParticles)
	sameFold(t, "pronouns", pronouns)
	sameFold(t, "mixed", map[string]int{"usd": 1, "USD": 2, "six": 3, "key": 4, "": 5, "naïve": 6})
}

func FuzzFoldTable(f *testing.F) {
	tables := map[string]map[string]bool{"determiners": determiners, "startWords": startWords, "sentenceOpeners": sentenceOpeners}
	for _, w := range []string{"The", "SIX", "İt", "\u212aey", "a", ""} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		for name, m := range tables {
			want := m[strings.ToLower(w)]
			if got := newFoldSet(m).has(w); got != want {
				t.Errorf("%s: has(%q) = %v, want %v", name, w, got, want)
			}
		}
	})
}

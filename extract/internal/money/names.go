package money

import (
	"strings"
	"sync"

	"github.com/newsclaims/claims/extract/internal/lexicon"
)

// Names resolves currency names that several countries share ("rupees",
// "pesos", "kroner", "francs") from the countries the whole text names:
// rupees in an article that names Sri Lanka and not India are LKR. A
// name whose countries the text does not name keeps its default code
// (rupees INR, pesos MXN), or none where there is no default (kroner,
// francs).
//
// A Names is made per text and is safe for concurrent use.
type Names struct {
	text  string
	mu    sync.Mutex
	cache map[string]string
}

// NewNames returns a resolver over the whole text.
func NewNames(text string) *Names { return &Names{text: text} }

// resolve returns the code for a currency name, or def when the name is
// not shared or the text does not decide. A nil Names returns def.
func (n *Names) resolve(name, def string) string {
	if n == nil {
		return def
	}
	countries := lexicon.SharedCurrency(name)
	if len(countries) == 0 {
		return def
	}
	key := strings.ToLower(name)
	n.mu.Lock()
	defer n.mu.Unlock()
	if code, ok := n.cache[key]; ok {
		return code
	}
	best, bestN := def, 0
	for _, c := range countries {
		k := 0
		for _, w := range c.Words {
			k += countWord(n.text, w)
		}
		if k > bestN {
			best, bestN = c.Code, k
		}
	}
	if n.cache == nil {
		n.cache = map[string]string{}
	}
	n.cache[key] = best
	return best
}

// countWord counts the places w stands in text as a whole word.
func countWord(text, w string) int {
	c := 0
	for i := 0; ; {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return c
		}
		at := i + j
		end := at + len(w)
		if (at == 0 || !isWordByte(text[at-1])) && (end == len(text) || !isWordByte(text[end])) {
			c++
		}
		i = end
	}
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// oldUnit returns the code of the old unit a currency name stands for in
// a text that names the new unit of the same name: in a text on "the new
// lira", "five million lira" are old lira (TRL). An amount called new
// keeps the current code; the caller checks that. A nil Names returns
// false.
func (n *Names) oldUnit(name string) (string, bool) {
	if n == nil {
		return "", false
	}
	cues, old, ok := lexicon.Redenomination(name)
	if !ok {
		return "", false
	}
	key := "old " + strings.ToLower(name)
	n.mu.Lock()
	defer n.mu.Unlock()
	if code, ok := n.cache[key]; ok {
		return code, code != ""
	}
	code := ""
	for _, c := range cues {
		if countWord(n.text, c) > 0 {
			code = old
			break
		}
	}
	if n.cache == nil {
		n.cache = map[string]string{}
	}
	n.cache[key] = code
	return code, code != ""
}

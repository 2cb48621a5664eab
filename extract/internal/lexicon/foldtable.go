package lexicon

import (
	"math"
	"strings"
	"unicode/utf8"
)

// foldTable is a table keyed by lower-case words, looked up in any case
// as m[strings.ToLower(w)] would be, without hashing an ASCII word: its
// shapes turn most words away, and the rest are compared with the few
// keys whose first and last bytes share their slots. A word that is not
// ASCII is looked up in the map itself.
type foldTable[V any] struct {
	m      map[string]V
	shapes *shapes
	// keys[start[j]:start[j+1]] and vals likewise are the entries whose
	// first and last bytes are in slots j/27 and j%27.
	start [27*27 + 1]uint16
	keys  []string
	vals  []V
}

// newFoldTable indexes m, which must not change afterwards.
func newFoldTable[V any](m map[string]V) *foldTable[V] {
	t := &foldTable[V]{m: m, shapes: shapesOf(m)}
	slot := func(k string) int { return int(shapeSlots[k[0]])*27 + int(shapeSlots[k[len(k)-1]]) }
	var count [27 * 27]int
	for k := range m {
		if k != "" {
			count[slot(k)]++
		}
	}
	n := 0
	for j, c := range count {
		t.start[j] = uint16(n)
		n += c
	}
	if n > math.MaxUint16 {
		panic("lexicon: table too large for a foldTable")
	}
	t.start[len(count)] = uint16(n)
	t.keys, t.vals = make([]string, n), make([]V, n)
	next := t.start
	for k, v := range m {
		if k != "" {
			j := slot(k)
			t.keys[next[j]], t.vals[next[j]] = k, v
			next[j]++
		}
	}
	return t
}

// find returns the entry for w in any case.
func (t *foldTable[V]) find(w string) (V, bool) {
	n := len(w)
	if n == 0 {
		v, ok := t.m[""]
		return v, ok
	}
	may := t.shapes.may(w)
	for i := 0; i < n; i++ {
		if w[i] >= utf8.RuneSelf {
			v, ok := t.m[strings.ToLower(w)]
			return v, ok
		}
	}
	if may {
		j := int(shapeSlots[w[0]])*27 + int(shapeSlots[w[n-1]])
		for i := t.start[j]; i < t.start[j+1]; i++ {
			if k := t.keys[i]; len(k) == n && lowerEqual(k, w) {
				return t.vals[i], true
			}
		}
	}
	var zero V
	return zero, false
}

// lowerEqual reports whether the ASCII word w in lower case is k.
func lowerEqual(k, w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != k[i] {
			return false
		}
	}
	return true
}

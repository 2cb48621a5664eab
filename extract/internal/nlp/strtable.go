package nlp

import (
	"hash/maphash"
	"strings"
)

// strTable numbers a fixed set of strings and finds a string's number. It
// holds the strings in one blob and the table as plain numbers, so that
// the garbage collector, which scans a map of strings whole on every cycle,
// has nothing in it to scan but the blob's one pointer.
type strTable struct {
	seed  maphash.Seed
	blob  string
	offs  []uint32 // string i is blob[offs[i]:offs[i+1]]
	slots []uint32 // open addressing: 0 is empty, else a string's number + 1
	mask  uint64
}

// newStrTable numbers keys in order: keys[i] is string i. Keys are
// distinct.
func newStrTable(keys []string) *strTable {
	t := &strTable{seed: maphash.MakeSeed(), offs: make([]uint32, 0, len(keys)+1)}
	var b strings.Builder
	for _, k := range keys {
		t.offs = append(t.offs, uint32(b.Len()))
		b.WriteString(k)
	}
	t.offs = append(t.offs, uint32(b.Len()))
	t.blob = b.String()
	size := 16
	for size < 2*len(keys) {
		size *= 2
	}
	t.slots = make([]uint32, size)
	t.mask = uint64(size - 1)
	for i, k := range keys {
		j := maphash.String(t.seed, k) & t.mask
		for t.slots[j] != 0 {
			j = (j + 1) & t.mask
		}
		t.slots[j] = uint32(i) + 1
	}
	return t
}

// tableOf numbers m's keys in a strTable and lays m's values out in the
// same order: vals[t.find(k)] == m[k].
func tableOf[V any](m map[string]V) (t *strTable, vals []V) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	vals = make([]V, len(keys))
	for i, k := range keys {
		vals[i] = m[k]
	}
	return newStrTable(keys), vals
}

// find returns the number of s, or -1 if s is not in the table.
func (t *strTable) find(s string) int {
	for j := maphash.String(t.seed, s) & t.mask; ; j = (j + 1) & t.mask {
		n := t.slots[j]
		if n == 0 {
			return -1
		}
		if k := t.blob[t.offs[n-1]:t.offs[n]]; k == s {
			return int(n - 1)
		}
	}
}

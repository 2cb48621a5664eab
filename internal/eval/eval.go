// Package eval scores extracted spans against gold spans the way
// shared/tools/evalclaims.py does: a system item matches a gold item when
// their spans overlap by at least a fraction (one half) of the gold span;
// matching is one-to-one and greedy by overlap, gold items in order.
package eval

import "strings"

// Span is a half-open byte range.
type Span struct{ Start, End int }

// Match pairs gold and system spans. It returns, for each gold index, the
// matched system index or -1.
func Match(gold, sys []Span, frac float64) []int {
	used := make([]bool, len(sys))
	out := make([]int, len(gold))
	for gi, g := range gold {
		best, bi := 0, -1
		for si, s := range sys {
			if used[si] {
				continue
			}
			if o := overlap(g, s); o > best {
				best, bi = o, si
			}
		}
		need := frac * float64(max(1, g.End-g.Start))
		if bi >= 0 && float64(best) >= need {
			used[bi] = true
			out[gi] = bi
		} else {
			out[gi] = -1
		}
	}
	return out
}

func overlap(a, b Span) int {
	return max(0, min(a.End, b.End)-max(a.Start, b.Start))
}

// Score accumulates matches over many documents.
type Score struct {
	Gold, System, Matched int
	// ValueOK and ValueN count matched items whose value (or speaker) was
	// checked, and those found right.
	ValueOK, ValueN int
}

// Precision is matched over system items (1 when there are none and no gold).
func (s Score) Precision() float64 {
	if s.System == 0 {
		if s.Gold == 0 {
			return 1
		}
		return 0
	}
	return float64(s.Matched) / float64(s.System)
}

// Recall is matched over gold items (1 when there is no gold).
func (s Score) Recall() float64 {
	if s.Gold == 0 {
		return 1
	}
	return float64(s.Matched) / float64(s.Gold)
}

// F1 is the harmonic mean of precision and recall.
func (s Score) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// ValueAccuracy is the share of checked matches found right (1 when none
// were checked).
func (s Score) ValueAccuracy() float64 {
	if s.ValueN == 0 {
		return 1
	}
	return float64(s.ValueOK) / float64(s.ValueN)
}

// SpeakerOK reports whether a system speaker matches a gold one as
// evalclaims.py judges it: every content word of the gold name appears in
// the system name (titles and honorifics may differ; "the", "a", "an",
// "'s" and "of" are skipped). Names are lower-cased and split into runs of
// letters, digits and apostrophes.
func SpeakerOK(gold, got string) bool {
	have := map[string]bool{}
	for _, w := range nameTokens(got) {
		have[w] = true
	}
	if len(have) == 0 {
		return false
	}
	for _, w := range nameTokens(gold) {
		switch w {
		case "the", "a", "an", "'s", "of":
			continue
		}
		if !have[w] {
			return false
		}
	}
	return true
}

func nameTokens(s string) []string {
	s = strings.ToLower(strings.ReplaceAll(s, "’", "'"))
	return strings.FieldsFunc(s, func(r rune) bool {
		return !('a' <= r && r <= 'z' || '0' <= r && r <= '9' || r == '\'')
	})
}

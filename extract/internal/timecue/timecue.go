// Package timecue finds the phrases that place a sentence's claim in time:
// "last week", "since July", "in 2023", "over the next two years", "on
// Monday", "a year earlier", "Nov. 4, 2024".
package timecue

import (
	"strings"

	"github.com/newsclaims/claims/extract/internal/lexer"
	"github.com/newsclaims/claims/extract/internal/lexicon"
)

// Cue is a time phrase as token indexes into the slice given: toks[Start:End].
type Cue struct{ Start, End int }

// Find returns the time phrases in toks, one sentence's tokens, in order and
// without overlap.
func Find(toks []lexer.Token) []Cue {
	var out []Cue
	for k := 0; k < len(toks); {
		if end, ok := at(toks, k); ok {
			out = append(out, Cue{k, end})
			k = end
			continue
		}
		k++
	}
	return out
}

// First returns the first time phrase in toks.
func First(toks []lexer.Token) (Cue, bool) {
	for k := range toks {
		if end, ok := at(toks, k); ok {
			return Cue{k, end}, true
		}
	}
	return Cue{}, false
}

func word(toks []lexer.Token, k int) string {
	if k < 0 || k >= len(toks) || toks[k].Kind != lexer.Word {
		return ""
	}
	return toks[k].Text
}

// isYear reports whether toks[k] is a year from 1800 to 2099 written as
// four digits, or a decade ("1990s").
func isYear(toks []lexer.Token, k int) (end int, ok bool) {
	if k >= len(toks) || toks[k].Kind != lexer.Number || len(toks[k].Text) != 4 {
		return 0, false
	}
	y := toks[k].Text
	if !(strings.HasPrefix(y, "18") || strings.HasPrefix(y, "19") || strings.HasPrefix(y, "20")) {
		return 0, false
	}
	end = k + 1
	if s := word(toks, end); s == "s" && toks[end].Glued() {
		end++
	}
	// "2004/05", "2004-05": a financial year.
	if end+1 < len(toks) && (toks[end].Text == "/" || toks[end].Text == "-") && toks[end].Glued() && toks[end+1].Kind == lexer.Number && toks[end+1].Glued() && len(toks[end+1].Text) == 2 {
		end += 2
	}
	return end, true
}

// date reads a calendar date starting at k: "July 4", "Nov. 4, 2024",
// "4 November", "November 2004", "July".
func date(toks []lexer.Token, k int) (end int, ok bool) {
	if _, ok := lexicon.Month(word(toks, k)); ok && (len(word(toks, k)) > 3 || k+1 < len(toks) && toks[k+1].Text == ".") {
		// "May" alone is too often the verb; take it only with a number.
		if strings.EqualFold(word(toks, k), "may") && !(k+1 < len(toks) && toks[k+1].Kind == lexer.Number) {
			return 0, false
		}
		end = k + 1
		if end < len(toks) && toks[end].Text == "." && toks[end].Glued() && lexicon.IsAbbreviation(word(toks, k)) {
			end++ // "Nov.", "Sept."
		}
		if end < len(toks) && toks[end].Kind == lexer.Number && len(toks[end].Text) <= 2 {
			end++
			if s := word(toks, end); lexicon.IsOrdinalSuffix(s) && toks[end].Glued() {
				end++
			}
			if end+1 < len(toks) && toks[end].Text == "," {
				if e, ok := isYear(toks, end+1); ok {
					end = e
				}
			}
		} else if e, ok := isYear(toks, end); ok {
			end = e
		}
		return end, true
	}
	// "4 November 2004"
	if k < len(toks) && toks[k].Kind == lexer.Number && len(toks[k].Text) <= 2 {
		j := k + 1
		if s := word(toks, j); lexicon.IsOrdinalSuffix(s) && toks[j].Glued() {
			j++
		}
		if _, ok := lexicon.Month(word(toks, j)); ok && len(word(toks, j)) > 3 {
			end = j + 1
			if e, ok := isYear(toks, end); ok {
				end = e
			}
			return end, true
		}
	}
	return 0, false
}

// at reads a time phrase starting at token k.
func at(toks []lexer.Token, k int) (int, bool) {
	// Only a number or a word of the time tables opens a phrase.
	if k >= len(toks) || toks[k].Kind != lexer.Number && (toks[k].Kind != lexer.Word || !lexicon.MayOpenTime(toks[k].Text)) {
		return 0, false
	}
	w := lexicon.Fold(word(toks, k))
	switch {
	case lexicon.IsTimeAdverb(w):
		return k + 1, true
	case w == "earlier" || w == "later":
		// "earlier this year", "later this month"
		if lexicon.IsTimeDeictic(word(toks, k+1)) && lexicon.IsTimeUnit(word(toks, k+2)) {
			return k + 3, true
		}
		return 0, false
	case w == "so" && strings.EqualFold(word(toks, k+1), "far"):
		if e, ok := at(toks, k+2); ok {
			return e, true // "so far this year"
		}
		return 0, false
	case lexicon.IsTimePreposition(w):
		return afterPreposition(toks, k)
	case lexicon.IsTimeDeictic(w) && w != "first" && w != "second" && w != "third" && w != "fourth":
		return relative(toks, k)
	case w == "a" || w == "an" || w == "one":
		// "a year earlier", "a year ago"
		if lexicon.IsTimeUnit(word(toks, k+1)) && isAgo(word(toks, k+2)) {
			return k + 3, true
		}
	}
	// "two years ago", "three months earlier"
	if k < len(toks) && (toks[k].Kind == lexer.Number || isNumberWord(w)) && lexicon.IsTimeUnit(word(toks, k+1)) && isAgo(word(toks, k+2)) {
		return k + 3, true
	}
	if e, ok := date(toks, k); ok && k > 0 {
		return e, true
	}
	return 0, false
}

func isAgo(w string) bool {
	switch strings.ToLower(w) {
	case "ago", "earlier", "later", "before", "previously":
		return true
	}
	return false
}

func isNumberWord(w string) bool {
	if _, ok := lexicon.UnitWord(w); ok {
		return true
	}
	_, ok := lexicon.TensWord(w)
	return ok
}

// relative reads "last week", "next two years", "the past decade", "this
// year's", "last Monday".
func relative(toks []lexer.Token, k int) (int, bool) {
	j := k + 1
	if toks[j-1].Kind == lexer.Word && j < len(toks) && (toks[j].Kind == lexer.Number || isNumberWord(word(toks, j)) || strings.EqualFold(word(toks, j), "few") || strings.EqualFold(word(toks, j), "several")) {
		j++
	}
	w := word(toks, j)
	if lexicon.IsTimeUnit(w) || lexicon.IsWeekday(w) {
		return j + 1, true
	}
	if _, ok := lexicon.Month(w); ok && len(w) > 3 && !strings.EqualFold(w, "may") {
		return j + 1, true
	}
	return 0, false
}

// afterPreposition reads "since July", "in 2023", "on Monday", "over the
// next two years", "in the third quarter", "by the end of 2005".
func afterPreposition(toks []lexer.Token, k int) (int, bool) {
	j := k + 1
	if j >= len(toks) {
		return 0, false
	}
	if e, ok := isYear(toks, j); ok {
		return e, true
	}
	if lexicon.IsWeekday(word(toks, j)) {
		return j + 1, true
	}
	if e, ok := date(toks, j); ok {
		return e, true
	}
	if strings.EqualFold(word(toks, j), "the") {
		j++
		// "the end of 2005", "the start of the year"
		if w := strings.ToLower(word(toks, j)); (w == "end" || w == "start" || w == "beginning" || w == "middle") && strings.EqualFold(word(toks, j+1), "of") {
			if e, ok := afterPreposition(toks, j+1); ok {
				return e, true
			}
			if strings.EqualFold(word(toks, j+2), "the") && lexicon.IsTimeUnit(word(toks, j+3)) {
				return j + 4, true
			}
			return 0, false
		}
		// "the 1990s"
		if e, ok := isYear(toks, j); ok {
			return e, true
		}
		if lexicon.IsTimeDeictic(word(toks, j)) {
			if e, ok := relative(toks, j); ok {
				return e, true
			}
			// "the first half", "the third quarter"
			if lexicon.IsTimeUnit(word(toks, j+1)) {
				return j + 2, true
			}
		}
		// "the year to March"
		if lexicon.IsTimeUnit(word(toks, j)) && strings.EqualFold(word(toks, j+1), "to") {
			if e, ok := date(toks, j+2); ok {
				return e, true
			}
		}
		return 0, false
	}
	if lexicon.IsTimeDeictic(word(toks, j)) {
		return relative(toks, j)
	}
	return 0, false
}

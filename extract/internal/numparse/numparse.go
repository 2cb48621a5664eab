// Package numparse reads number phrases from tokens: digits with glued or
// spaced scales ("2.5bn", "3 million", "10k"), number words ("one hundred
// and six", "twenty-five", "three dozen"), fractions ("a fifth",
// "two-thirds", "half a billion", "a quarter of a million") and vague
// magnitudes ("hundreds", "tens of thousands").
//
// It is the one number grammar that money and statistics share. Values are
// exact decimals; nothing here uses floating point.
package numparse

import (
	"strings"

	"github.com/shopspring/decimal"

	"github.com/newsclaims/claims/extract/internal/lexer"
	"github.com/newsclaims/claims/extract/internal/lexicon"
)

// Number is one parsed number phrase.
type Number struct {
	// Value is the number's value. For a vague magnitude it is Low.
	Value decimal.Decimal
	// Start and End are token indices: the phrase is toks[Start:End].
	Start, End int
	// Digits is true when the number is written with digits.
	Digits bool
	// Words is true when any part is written in words.
	Words bool
	// Scaled is true when a scale word applied ("m", "million", "dozen").
	Scaled bool
	// Fraction is true for a bare fraction with no scale ("a fifth",
	// "two-thirds", "half"): Value is below one.
	Fraction bool
	// Vague is true for a magnitude with no number ("hundreds", "tens of
	// thousands"); Low and High bound it.
	Vague     bool
	Low, High decimal.Decimal
	// Suffix is the index of a word glued to the digits that the grammar did
	// not read ("p" in "15p", "s" in "1990s", "th" in "14th"), or -1.
	Suffix int
}

var (
	one     = decimal.NewFromInt(1)
	twelve  = decimal.NewFromInt(12)
	hundred = decimal.NewFromInt(100)
)

// word returns the token's text if it is a word, else "".
func word(toks []lexer.Token, i int) string {
	if i < 0 || i >= len(toks) || toks[i].Kind != lexer.Word {
		return ""
	}
	return toks[i].Text
}

// isHyphen reports whether toks[i] is a hyphen glued on both sides, as in
// "twenty-five" or "two-thirds".
func isHyphen(toks []lexer.Token, i int) bool {
	return i+1 < len(toks) && i > 0 && toks[i].Kind == lexer.Punct &&
		(toks[i].Text == "-" || toks[i].Text == "‐" || toks[i].Text == "‑") &&
		toks[i].Glued() && toks[i+1].Glued()
}

// MaxDigits is the longest digit string, separators included, read as a
// number. No figure in news comes near it; a longer run of digits (a
// serial number, a hash, hostile input) is not a number, which also keeps
// the cost of reading one bounded.
const MaxDigits = 64

// maxScales is the most scale words one number takes ("3 hundred thousand
// million"). A longer run ("£5 million million million ...") stops there, so
// a number's size and the work it costs stay bounded.
const maxScales = 3

// ParseDigits reads a decimal number written with digits from s ("9,400",
// "1,250.50", "12,34,567.89"). Commas are dropped. It reports false for a
// string longer than MaxDigits.
func ParseDigits(s string) (decimal.Decimal, bool) {
	if len(s) > MaxDigits {
		return decimal.Decimal{}, false
	}
	if strings.IndexByte(s, ',') >= 0 {
		s = strings.ReplaceAll(s, ",", "")
	}
	d, err := decimal.NewFromString(s)
	return d, err == nil
}

// Parse reads the longest number phrase that starts at token i. It reports
// false when no number starts there.
func Parse(toks []lexer.Token, i int) (Number, bool) {
	if i < 0 || i >= len(toks) {
		return Number{}, false
	}
	switch toks[i].Kind {
	case lexer.Number:
		return parseDigits(toks, i)
	case lexer.Word:
		return parseWords(toks, i)
	}
	return Number{}, false
}

// spacedShortScales are the abbreviations read as scales after a space
// ("£1.5 mn", "$3 bn"); "m" and "k" are read only when glued, since "5 m"
// is as often metres.
var spacedShortScales = map[string]bool{"bn": true, "mn": true, "mln": true, "bln": true, "tn": true, "trn": true}

func parseDigits(toks []lexer.Token, i int) (Number, bool) {
	v, ok := ParseDigits(toks[i].Text)
	if !ok {
		return Number{}, false
	}
	n := Number{Value: v, Start: i, End: i + 1, Digits: true, Suffix: -1}
	j := i + 1
	if w := word(toks, j); w != "" && toks[j].Glued() {
		if s, plural, ok := lexicon.ScaleWord(w); ok && !plural {
			n.Value = applyScale(n.Value, s)
			n.Scaled = true
			j++
		} else {
			n.Suffix = j
			return n, true
		}
	} else if w != "" {
		if s, plural, ok := lexicon.ScaleWord(w); ok && !plural && (!s.Short || spacedShortScales[strings.ToLower(w)]) {
			n.Value = applyScale(n.Value, s)
			n.Scaled = true
			n.Words = !s.Short
			j++
		}
	}
	// Further long scales: "3 hundred thousand", "1.2 million" already
	// read, "2 thousand million".
	for scales := 1; n.Scaled && scales < maxScales; scales++ {
		w := word(toks, j)
		s, plural, ok := lexicon.ScaleWord(w)
		if !ok || plural || s.Short || s.Dozen {
			break
		}
		n.Value = applyScale(n.Value, s)
		j++
	}
	n.End = j
	return n, true
}

func applyScale(v decimal.Decimal, s lexicon.Scale) decimal.Decimal {
	if s.Dozen {
		return v.Mul(twelve)
	}
	return v.Shift(s.Exp)
}

// parseWords reads number words, fractions and vague magnitudes.
func parseWords(toks []lexer.Token, i int) (Number, bool) {
	w := strings.ToLower(word(toks, i))
	if w == "" {
		return Number{}, false
	}
	if n, ok := parseVague(toks, i); ok {
		return n, true
	}
	// "a"/"an" as one: "a million", "a hundred", "a dozen", "a fifth",
	// "a quarter of a million", "a half".
	if w == "a" || w == "an" {
		next := word(toks, i+1)
		if s, plural, ok := lexicon.ScaleWord(next); ok && !plural && !s.Short {
			n := Number{Value: one, Start: i, End: i + 1, Words: true, Suffix: -1}
			return scaleChain(toks, n, i+1), true
		}
		if den, plural, ok := lexicon.FractionWord(next); ok && !plural {
			return fractionTail(toks, i, i+2, one, den), true
		}
		return Number{}, false
	}
	// "half": "half a billion", "half a million", "half million", "half".
	if w == "half" {
		return fractionTail(toks, i, i+1, one, 2), true
	}
	// "quarter million"
	if w == "quarter" {
		if s, plural, ok := lexicon.ScaleWord(word(toks, i+1)); ok && !plural && !s.Short && !s.Dozen {
			return fractionTail(toks, i, i+1, one, 4), true
		}
		return Number{}, false
	}
	n, ok := parseCardinal(toks, i)
	if !ok {
		return Number{}, false
	}
	// A cardinal followed by a fraction word makes a fraction:
	// "two-thirds", "three quarters", "two fifths", "one third".
	j := n.End
	hy := false
	if isHyphen(toks, j) {
		j++
		hy = true
	}
	if fw := word(toks, j); fw != "" && n.Value.IsInteger() && n.Value.Sign() > 0 && n.Value.LessThan(hundred) {
		if den, plural, ok := lexicon.FractionWord(fw); ok {
			// "one third" (singular) or "two thirds" (plural); "second"
			// is not a fraction word, so "one second" stays a duration.
			if plural == !n.Value.Equal(one) || (hy && n.Value.Equal(one)) {
				return fractionTail(toks, i, j+1, n.Value, den), true
			}
		}
	}
	return n, true
}

// fractionTail completes a fraction num/den whose words run [start, j):
// it reads an optional "of a million" / "a billion" / "million" after it.
func fractionTail(toks []lexer.Token, start, j int, num decimal.Decimal, den int64) Number {
	v := num.DivRound(decimal.NewFromInt(den), 16)
	n := Number{Value: v, Start: start, End: j, Words: true, Fraction: true, Suffix: -1}
	k := j
	if word(toks, k) != "" && strings.EqualFold(word(toks, k), "of") {
		k++
	}
	if a := strings.ToLower(word(toks, k)); a == "a" || a == "an" {
		k++
	}
	if s, plural, ok := lexicon.ScaleWord(word(toks, k)); ok && !plural && !s.Short && !s.Dozen {
		n.Fraction = false
		n.Scaled = true
		n.Start = start
		n = scaleChain(toks, n, k)
	}
	return n
}

// scaleChain multiplies n by the scale words from toks[k] on: "million",
// "hundred thousand".
func scaleChain(toks []lexer.Token, n Number, k int) Number {
	for scales := 0; scales < maxScales; scales++ {
		s, plural, ok := lexicon.ScaleWord(word(toks, k))
		if !ok || plural || s.Short {
			break
		}
		n.Value = applyScale(n.Value, s)
		n.Scaled = true
		k++
	}
	n.End = k
	return n
}

// parseCardinal reads number words: "one hundred and six", "twenty-five",
// "three dozen", "two million", "seventeen". "hundred" and "dozen" multiply
// a group below a hundred only, and each scale of a thousand or more must be
// smaller than the one before ("two million three thousand"), so a phrase
// is short and its value fits an int64 group whatever the words.
func parseCardinal(toks []lexer.Token, i int) (Number, bool) {
	var cur int64
	lastBig := int32(1 << 30) // exponent of the last scale of a thousand or more
	var big decimal.Decimal   // the part already multiplied by a scale of a thousand or more
	j := i
	end := i
	last := "" // kind of the last word read: unit, tens, hundred, scale
loop:
	for j < len(toks) {
		w := strings.ToLower(word(toks, j))
		if w == "" {
			// a hyphen between tens and unit: "twenty-five"
			if last == "tens" && isHyphen(toks, j) {
				if u, ok := lexicon.UnitWord(word(toks, j+1)); ok && u > 0 && u < 10 {
					cur += u
					j += 2
					end = j
					last = "unit"
					continue
				}
			}
			break
		}
		if u, ok := lexicon.UnitWord(w); ok {
			if last == "unit" || (last == "tens" && u >= 10) || (last == "tens" && u == 0) {
				break
			}
			cur += u
			last = "unit"
		} else if t, ok := lexicon.TensWord(w); ok {
			if last == "unit" || last == "tens" {
				break
			}
			cur += t
			last = "tens"
		} else if w == "and" && (last == "hundred" || last == "scale") {
			nw := word(toks, j+1)
			_, isU := lexicon.UnitWord(nw)
			_, isT := lexicon.TensWord(nw)
			if !isU && !isT {
				break
			}
			j++
			continue
		} else if s, plural, ok := lexicon.ScaleWord(w); ok && !plural && !s.Short {
			if last == "" || last == "scale" {
				break
			}
			small := s.Dozen || s.Exp == 2
			if small && (last != "unit" && last != "tens" || cur >= 100) {
				break loop
			}
			if !small && s.Exp >= lastBig {
				break loop
			}
			switch {
			case s.Dozen:
				cur *= 12
				last = "hundred"
			case s.Exp == 2:
				cur *= 100
				last = "hundred"
			default:
				if cur == 0 {
					cur = 1
				}
				big = big.Add(decimal.NewFromInt(cur).Shift(s.Exp))
				lastBig = s.Exp
				cur = 0
				last = "scale"
			}
		} else {
			break
		}
		j++
		end = j
	}
	if end == i {
		return Number{}, false
	}
	v := big.Add(decimal.NewFromInt(cur))
	return Number{Value: v, Start: i, End: end, Words: true, Scaled: !big.IsZero(), Suffix: -1}, true
}

// vagueForms lists the magnitudes written without a number, longest first.
var vagueForms = []struct {
	words    []string
	low, exp int32 // low = 10^low ... high = 10^(exp) - 1
	dozen    bool
}{
	{[]string{"tens", "of", "thousands"}, 4, 5, false},
	{[]string{"hundreds", "of", "thousands"}, 5, 6, false},
	{[]string{"tens", "of", "millions"}, 7, 8, false},
	{[]string{"hundreds", "of", "millions"}, 8, 9, false},
	{[]string{"tens", "of", "billions"}, 10, 11, false},
	{[]string{"hundreds", "of", "billions"}, 11, 12, false},
	{[]string{"hundreds"}, 2, 3, false},
	{[]string{"thousands"}, 3, 4, false},
	{[]string{"millions"}, 6, 9, false},
	{[]string{"billions"}, 9, 12, false},
	{[]string{"trillions"}, 12, 15, false},
	{[]string{"dozens"}, 0, 0, true},
	{[]string{"scores"}, 0, 0, true},
}

// parseVague reads "hundreds", "tens of thousands", "dozens" and the like.
func parseVague(toks []lexer.Token, i int) (Number, bool) {
outer:
	for _, f := range vagueForms {
		for k, fw := range f.words {
			if !strings.EqualFold(word(toks, i+k), fw) {
				continue outer
			}
		}
		n := Number{Start: i, End: i + len(f.words), Words: true, Vague: true, Suffix: -1}
		if f.dozen {
			n.Low, n.High = decimal.NewFromInt(24), decimal.NewFromInt(144)
			if f.words[0] == "scores" {
				n.Low, n.High = decimal.NewFromInt(40), decimal.NewFromInt(200)
			}
		} else {
			n.Low = one.Shift(f.low)
			n.High = one.Shift(f.exp).Sub(one)
		}
		n.Value = n.Low
		return n, true
	}
	return Number{}, false
}

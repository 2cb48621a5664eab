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
	// Ratio is set by Phrase for "one in five", "1 out of 3": Value is the
	// share (0.2), Num and Den the two numbers.
	Ratio    bool
	Num, Den decimal.Decimal
	// Slash is set by Phrase for a fraction written with a slash ("3/4",
	// "2 1/4"), which news also uses for dates and scores.
	Slash bool
	// Signed is set by Phrase when a sign was read ("-5", "minus one").
	Signed bool
}

var (
	one    = decimal.NewFromInt(1)
	twelve = decimal.NewFromInt(12)
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
		if n, ok := parseVague(toks, i); ok {
			return n, true // "10s of thousands"
		}
		return parseDigits(toks, i)
	case lexer.Word:
		return parseWords(toks, i)
	}
	return Number{}, false
}

// spacedShortScales are the abbreviations read as scales after a space
// ("£1.5 mn", "$3 bn"); "m" and "k" are read only when glued, since "5 m"
// is as often metres.
var spacedShortScales = map[string]bool{"bn": true, "mn": true, "mln": true, "bln": true, "tn": true, "trn": true, "tln": true}

func parseDigits(toks []lexer.Token, i int) (Number, bool) {
	v, ok := ParseDigits(toks[i].Text)
	if !ok {
		return Number{}, false
	}
	n := Number{Value: v, Start: i, End: i + 1, Digits: true, Suffix: -1}
	j := i + 1
	exp := int32(-1) // power of ten of the last spelled-out scale read
	short := false   // the scale read was an abbreviation ("bn", "m")
	if w := word(toks, j); w != "" && toks[j].Glued() {
		if s, plural, ok := lexicon.ScaleWord(w); ok && !plural {
			n.Value = applyScale(n.Value, s)
			n.Scaled = true
			short = s.Short
			j++
		} else {
			n.Suffix = j
			return n, true
		}
	} else if w != "" {
		s, plural, ok := lexicon.ScaleWord(w)
		// "3 dozens", "5 hundreds": only these two plurals follow a number.
		if ok && plural && (s.Dozen || s.Exp == 2) {
			n.Value = applyScale(n.Value, s)
			n.Scaled, n.Words = true, true
			n.End = j + 1
			return n, true
		}
		if ok && !plural && (!s.Short || spacedShortScales[strings.ToLower(w)]) {
			n.Value = applyScale(n.Value, s)
			n.Scaled = true
			n.Words = !s.Short
			short = s.Short
			if !s.Short && !s.Dozen {
				exp = s.Exp
			}
			j++
		}
	}
	// Further long scales: "3 hundred thousand", "1.2 million" already
	// read, "2 thousand million". None after an abbreviation: "$4.5bn
	// trillion" is a typo, not 4.5e21.
	for scales := 1; n.Scaled && !short && scales < maxScales; scales++ {
		w := word(toks, j)
		s, plural, ok := lexicon.ScaleWord(w)
		if !ok || plural || s.Short || s.Dozen {
			break
		}
		n.Value = applyScale(n.Value, s)
		exp = s.Exp
		j++
	}
	n.End = j
	// "4 thousand 3 hundred and 21", "6 crore and two hundred": a smaller
	// whole number after a spelled-out scale other than million and above,
	// which money writes as "£5 million and 20 jobs".
	if exp >= 2 && exp != 6 && exp < 9 && n.Value.IsInteger() {
		k := j
		and := lexer.EqualFold(word(toks, k), "and")
		if and {
			k++
		}
		if k < len(toks) && (toks[k].Kind == lexer.Number || toks[k].Kind == lexer.Word) {
			if sub, ok := Parse(toks, k); ok && sub.Suffix < 0 && !sub.Vague && !sub.Fraction &&
				sub.Value.IsInteger() && sub.Value.Sign() > 0 && sub.Value.LessThan(one.Shift(exp)) &&
				(and || sub.Scaled || sub.Words) {
				n.Value = n.Value.Add(sub.Value)
				n.End = sub.End
				return n, true
			}
		}
	}
	mult := one
	if exp >= 3 {
		mult = one.Shift(exp)
	}
	return andFraction(toks, n, mult), true
}

func applyScale(v decimal.Decimal, s lexicon.Scale) decimal.Decimal {
	if s.Dozen {
		return v.Mul(twelve)
	}
	return v.Shift(s.Exp)
}

// parseWords reads number words, fractions and vague magnitudes.
func parseWords(toks []lexer.Token, i int) (Number, bool) {
	w := word(toks, i)
	if w == "" || !lexicon.StartsNumber(w) {
		return Number{}, false
	}
	w = strings.ToLower(w)
	if n, ok := parseVague(toks, i); ok {
		return n, true
	}
	// "a"/"an" as one: "a million", "a hundred", "a dozen", "a fifth",
	// "a quarter of a million", "a half", "a hundred trillionths".
	if w == "a" || w == "an" {
		next := word(toks, i+1)
		if s, plural, ok := lexicon.ScaleWord(next); ok && !plural && !s.Short {
			n := Number{Value: one, Start: i, End: i + 1, Words: true, Suffix: -1}
			n = scaleChain(toks, n, i+1)
			if den, plural, e, ok := denominator(toks, n.End); ok && plural {
				return fractionTail(toks, i, e, n.Value, den), true
			}
			return andFraction(toks, n, lastScale(toks, n.End)), true
		}
		if den, plural, e, ok := denominator(toks, i+1); ok && !plural {
			// A compound ordinal after "a" is a fraction only on its own:
			// "a twenty-first" but not "a twenty-first century".
			if e > i+2 && word(toks, e) != "" && !lexer.EqualFold(word(toks, e), "of") {
				return Number{}, false
			}
			return fractionTail(toks, i, e, one, den), true
		}
		return Number{}, false
	}
	// "half": "half a billion", "half a million", "half million", "half".
	if w == "half" {
		return fractionTail(toks, i, i+1, one, decimal.NewFromInt(2)), true
	}
	// "quarter million"
	if w == "quarter" {
		if s, plural, ok := lexicon.ScaleWord(word(toks, i+1)); ok && !plural && !s.Short && !s.Dozen {
			return fractionTail(toks, i, i+1, one, decimal.NewFromInt(4)), true
		}
		return Number{}, false
	}
	n, last, ok := parseCardinal(toks, i)
	if !ok {
		return Number{}, false
	}
	// A cardinal followed by a fraction word makes a fraction:
	// "two-thirds", "three quarters", "two fifths", "one third",
	// "one - fourth", "three twenty-firsts", "one hundred and thirty fifths".
	j := n.End
	hy := false
	if isHyphen(toks, j) || (j+1 < len(toks) && toks[j].Text == "-" && toks[j].Space && toks[j+1].Space && isFractionWord(word(toks, j+1))) {
		j++
		hy = true
	}
	if n.Value.IsInteger() && n.Value.Sign() > 0 {
		if den, plural, e, ok := denominator(toks, j); ok {
			// "one third" (singular) or "two thirds" (plural); "second"
			// is not a fraction word, so "one second" stays a duration.
			if plural == !n.Value.Equal(one) || (hy && n.Value.Equal(one)) {
				return fractionTail(toks, i, e, n.Value, den), true
			}
		}
	}
	if n2, ok := pointDecimals(toks, n); ok {
		return n2, true
	}
	mult := one
	if last.big {
		mult = one.Shift(last.exp)
	}
	return andFraction(toks, n, mult), true
}

// isFractionWord reports whether w is a fraction word ("fifths", "quarter").
func isFractionWord(w string) bool {
	_, _, ok := lexicon.FractionWord(w)
	return ok
}

// denominator reads the fraction word that starts at toks[j]: "fifth",
// "quarters", "hundredths", or a compound ordinal "twenty-first", "thirty
// fifths". It returns the denominator, whether the word is plural and the
// index past it.
func denominator(toks []lexer.Token, j int) (decimal.Decimal, bool, int, bool) {
	w := word(toks, j)
	if w == "" {
		return decimal.Decimal{}, false, 0, false
	}
	if den, plural, ok := lexicon.FractionWord(w); ok {
		return decimal.NewFromInt(den), plural, j + 1, true
	}
	if t, ok := lexicon.TensWord(w); ok {
		k := j + 1
		if isHyphen(toks, k) {
			k++
		}
		if u, plural, ok := lexicon.OrdinalUnit(word(toks, k)); ok {
			return decimal.NewFromInt(t + u), plural, k + 1, true
		}
	}
	return decimal.Decimal{}, false, 0, false
}

// pointDecimals reads "point" and digit words after a whole number in
// words: "two hundred point zero three", "nine point nought four",
// "nought point eleven".
func pointDecimals(toks []lexer.Token, n Number) (Number, bool) {
	j := n.End
	if !lexer.EqualFold(word(toks, j), "point") || !n.Value.IsInteger() {
		return n, false
	}
	j++
	var digits strings.Builder
	for {
		w := word(toks, j)
		if u, ok := lexicon.UnitWord(w); ok {
			if u < 10 {
				digits.WriteByte(byte('0' + u))
				j++
				continue
			}
			digits.WriteString(decimal.NewFromInt(u).String())
			j++
			break
		}
		if t, ok := lexicon.TensWord(w); ok {
			v := t
			if isHyphen(toks, j+1) {
				if u, ok := lexicon.UnitWord(word(toks, j+2)); ok && u > 0 && u < 10 {
					v += u
					j += 2
				}
			}
			digits.WriteString(decimal.NewFromInt(v).String())
			j++
		}
		break
	}
	if digits.Len() == 0 {
		return n, false
	}
	frac, err := decimal.NewFromString("0." + digits.String())
	if err != nil {
		return n, false
	}
	n.Value = n.Value.Add(frac)
	n.End = j
	return n, true
}

// fractionAt reads a fraction that follows "and": "a half", "one half",
// "three quarters", "a thirtieth", "five ninths".
func fractionAt(toks []lexer.Token, k int) (decimal.Decimal, int, bool) {
	w := strings.ToLower(word(toks, k))
	if w == "" {
		return decimal.Decimal{}, 0, false
	}
	num, j := one, k+1
	if w != "a" && w != "an" {
		c, _, ok := parseCardinal(toks, k)
		if !ok || c.Value.Sign() <= 0 {
			return decimal.Decimal{}, 0, false
		}
		num, j = c.Value, c.End
	}
	den, plural, e, ok := denominator(toks, j)
	if !ok || plural == num.Equal(one) {
		return decimal.Decimal{}, 0, false
	}
	return num.DivRound(den, 16), e, true
}

// andFraction extends n over "and a half" and the like: "one and a half",
// "three million and a quarter" (mult is the scale the phrase ended on, a
// million there), "five and a half million", "one billion and a half
// million".
func andFraction(toks []lexer.Token, n Number, mult decimal.Decimal) Number {
	j := n.End
	if !lexer.EqualFold(word(toks, j), "and") || n.Vague || n.Fraction || !n.Value.IsInteger() {
		return n
	}
	f, e, ok := fractionAt(toks, j+1)
	if !ok {
		return n
	}
	if s, plural, ok := lexicon.ScaleWord(word(toks, e)); ok && !plural && !s.Short && !s.Dozen && s.Exp >= 3 {
		if n.Scaled {
			n.Value = n.Value.Add(f.Shift(s.Exp))
		} else {
			n.Value = n.Value.Add(f).Shift(s.Exp)
		}
		n.Scaled = true
		n.End = e + 1
		return n
	}
	n.Value = n.Value.Add(f.Mul(mult))
	n.End = e
	n.Words = true
	return n
}

// lastScale returns the multiplier of the scale word just before toks[end]
// ("million" in "one million"), or one.
func lastScale(toks []lexer.Token, end int) decimal.Decimal {
	if s, plural, ok := lexicon.ScaleWord(word(toks, end-1)); ok && !plural && !s.Dozen && s.Exp >= 3 {
		return one.Shift(s.Exp)
	}
	return one
}

// fractionTail completes a fraction num/den whose words run [start, j):
// it reads an optional "of a million" / "a billion" / "million" / "a dozen"
// after it.
func fractionTail(toks []lexer.Token, start, j int, num, den decimal.Decimal) Number {
	v := num.DivRound(den, 16)
	n := Number{Value: v, Start: start, End: j, Words: true, Fraction: true, Suffix: -1}
	k := j
	if word(toks, k) != "" && lexer.EqualFold(word(toks, k), "of") {
		k++
	}
	if a := strings.ToLower(word(toks, k)); a == "a" || a == "an" {
		k++
	}
	if s, plural, ok := lexicon.ScaleWord(word(toks, k)); ok && !plural && !s.Short && (!s.Dozen || k > j) {
		n.Fraction = false
		n.Scaled = true
		n.Start = start
		n = scaleChain(toks, n, k)
	}
	return n
}

// scaleChain multiplies n by the scale words from toks[k] on: "million",
// "hundred thousand", "dozen".
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

// lastWord says what the last word a cardinal read was, and for a scale of a
// thousand or more ("big") its power of ten.
type lastWord struct {
	big bool
	exp int32
}

// parseCardinal reads number words: "one hundred and six", "twenty-five",
// "three dozen", "two million", "seventeen", "three lakh crore".
func parseCardinal(toks []lexer.Token, i int) (Number, lastWord, bool) {
	type state struct {
		cur, sub int64 // cur: the part below the last big scale; sub: the part of cur after its hundreds
		big      decimal.Decimal
		end      int
		last     string // kind of the last word read: unit, tens, hundred, scale
		exp      int32  // power of ten of the last big scale
	}
	var st state
	st.end, st.exp = i, -1
	var snap *state // the state before an "and", to fall back on
	j := i
loop:
	for j < len(toks) {
		w := strings.ToLower(word(toks, j))
		if w == "" {
			// a hyphen between tens and unit: "twenty-five"
			if st.last == "tens" && isHyphen(toks, j) {
				if u, ok := lexicon.UnitWord(word(toks, j+1)); ok && u > 0 && u < 10 {
					st.cur += u
					st.sub += u
					j += 2
					st.end = j
					st.last = "unit"
					continue
				}
			}
			break
		}
		if u, ok := lexicon.UnitWord(w); ok {
			if st.last == "unit" || (st.last == "tens" && u >= 10) || (u == 0 && st.last != "") {
				break
			}
			st.cur += u
			st.sub += u
			st.last = "unit"
		} else if t, ok := lexicon.TensWord(w); ok {
			if st.last == "unit" || st.last == "tens" {
				break
			}
			st.cur += t
			st.sub += t
			st.last = "tens"
		} else if w == "and" && (st.last == "hundred" || st.last == "scale") {
			nw := word(toks, j+1)
			u, isU := lexicon.UnitWord(nw)
			_, isT := lexicon.TensWord(nw)
			if !isU && !isT || isU && u == 0 {
				break
			}
			// "two million and three quarters": the fraction is read by
			// andFraction, as a share of the million.
			if st.last == "scale" {
				if _, _, ok := fractionAt(toks, j+1); ok {
					break
				}
			}
			s := st
			snap = &s
			j++
			continue
		} else if s, plural, ok := lexicon.ScaleWord(w); ok && !s.Short {
			small := s.Dozen || s.Exp == 2
			if plural && !small {
				break
			}
			if st.last == "" {
				break
			}
			if st.last == "scale" {
				// "three lakh crore", "two thousand million": a larger
				// scale straight after a smaller one multiplies it.
				if small || s.Exp <= st.exp {
					break
				}
				st.big = st.big.Shift(s.Exp)
				st.exp = s.Exp
				j++
				st.end = j
				continue
			}
			if small && st.last != "unit" && st.last != "tens" {
				break loop
			}
			// Each scale of a thousand or more is smaller than the one
			// before ("two million three thousand"), so a phrase of
			// cardinal words is short whatever the text.
			if !small && st.exp >= 0 && s.Exp >= st.exp {
				break loop
			}
			if s.Exp == 2 && !s.Dozen && st.cur != st.sub {
				// a second "hundred" ("three hundred and two hundred"):
				// the number ended before the "and".
				if snap != nil {
					st = *snap
				}
				break loop
			}
			switch {
			case s.Dozen:
				st.cur = st.cur - st.sub + st.sub*12
				st.sub = 0
				st.last = "hundred"
			case s.Exp == 2:
				st.cur *= 100
				st.sub = 0
				st.last = "hundred"
			default:
				if st.cur == 0 {
					st.cur = 1
				}
				st.big = st.big.Add(decimal.NewFromInt(st.cur).Shift(s.Exp))
				st.cur, st.sub = 0, 0
				st.last = "scale"
				st.exp = s.Exp
				snap = nil
			}
			if plural {
				j++
				st.end = j
				break loop
			}
		} else {
			break
		}
		j++
		st.end = j
	}
	if st.end == i {
		return Number{}, lastWord{}, false
	}
	v := st.big.Add(decimal.NewFromInt(st.cur))
	n := Number{Value: v, Start: i, End: st.end, Words: true, Scaled: !st.big.IsZero(), Suffix: -1}
	return n, lastWord{big: st.last == "scale", exp: st.exp}, true
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
	{[]string{"a", "few", "hundred"}, 2, 3, false},
	{[]string{"a", "few", "thousand"}, 3, 4, false},
	{[]string{"a", "few", "million"}, 6, 7, false},
	{[]string{"a", "few", "billion"}, 9, 10, false},
	{[]string{"several", "hundred"}, 2, 3, false},
	{[]string{"several", "thousand"}, 3, 4, false},
	{[]string{"several", "million"}, 6, 7, false},
	{[]string{"several", "billion"}, 9, 10, false},
	{[]string{"hundreds"}, 2, 3, false},
	{[]string{"thousands"}, 3, 4, false},
	{[]string{"millions"}, 6, 9, false},
	{[]string{"billions"}, 9, 12, false},
	{[]string{"trillions"}, 12, 15, false},
	{[]string{"dozens"}, 0, 0, true},
	{[]string{"scores"}, 0, 0, true},
}

// mayStartVague reports whether w can open a vague form: a plural of four
// letters or more ("tens", "hundreds", "dozens"), "a" ("a few hundred") or
// "several". It lets parseVague pass over other words without comparing
// them with every form; TestVagueFormsStart holds the table to it.
func mayStartVague(w string) bool {
	if len(w) >= 4 && w[len(w)-1]|0x20 == 's' {
		return true
	}
	return lexer.EqualFold(w, "a") || lexer.EqualFold(w, "several")
}

// parseVague reads "hundreds", "tens of thousands", "dozens", "a few
// hundred", "several million" and the like.
func parseVague(toks []lexer.Token, i int) (Number, bool) {
	// "10s of thousands", "100s of fans": digits for "tens", "hundreds".
	if t := toks[i]; t.Kind == lexer.Number && (t.Text == "10" || t.Text == "100") && i+1 < len(toks) && toks[i+1].Text == "s" && toks[i+1].Glued() {
		plural := "tens"
		if t.Text == "100" {
			plural = "hundreds"
		}
		for _, f := range vagueForms {
			if f.words[0] != plural || len(f.words) > 1 && !matchWords(toks, i+2, f.words[1:]) {
				continue
			}
			n := Number{Start: i, End: i + 1 + len(f.words), Words: true, Vague: true, Suffix: -1}
			n.Low, n.High = one.Shift(f.low), one.Shift(f.exp).Sub(one)
			n.Value = n.Low
			return n, true
		}
		return Number{}, false
	}
	if !mayStartVague(word(toks, i)) {
		return Number{}, false
	}
outer:
	for _, f := range vagueForms {
		for k, fw := range f.words {
			if !lexer.EqualFold(word(toks, i+k), fw) {
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
			low, exp := f.low, f.exp
			// "a few hundred thousand", "several hundred million": a
			// larger scale word after a form that ends in a singular one
			// multiplies both bounds.
			last := f.words[len(f.words)-1]
			if s, plural, ok := lexicon.ScaleWord(last); ok && !plural {
				if next, plural, ok := lexicon.ScaleWord(word(toks, n.End)); ok && !plural && !next.Short && !next.Dozen && next.Exp > s.Exp {
					low, exp = low+next.Exp, exp+next.Exp
					n.End++
				}
			}
			n.Low = one.Shift(low)
			n.High = one.Shift(exp).Sub(one)
		}
		n.Value = n.Low
		return n, true
	}
	return Number{}, false
}

// matchWords reports whether the words from toks[i] are ws, case folded.
func matchWords(toks []lexer.Token, i int, ws []string) bool {
	for k, w := range ws {
		if !lexer.EqualFold(word(toks, i+k), w) {
			return false
		}
	}
	return true
}

// Phrase reads the longest number phrase at token i with the whole grammar:
// what Parse reads, and also a sign ("-1", "minus five", "negative one"),
// a leading point (".08"), scientific notation ("1e10", "-12e-1"), slash
// fractions ("3/4", "2 1/4") and ratios ("one in five", "1 out of 3",
// "two out of five hundred"). A ratio is read only when the first number
// is the smaller ("8 in 5" is two numbers) and the second is not a year
// ("one in 2004").
func Phrase(toks []lexer.Token, i int) (Number, bool) {
	if i < 0 || i >= len(toks) {
		return Number{}, false
	}
	t := toks[i]
	// A sign: a minus not joining two numbers, or "minus"/"negative".
	if (t.Text == "-" || t.Text == "−") && i+1 < len(toks) && !(i > 0 && !t.Space && toks[i-1].Kind != lexer.Punct) {
		if i > 0 && toks[i-1].Kind == lexer.Number {
			return Number{}, false
		}
		if n, ok := unsigned(toks, i+1); ok && !n.Vague && toks[i+1].Kind == lexer.Number {
			return signed(n, i), true
		}
		return Number{}, false
	}
	if lexer.EqualFold(t.Text, "minus") || lexer.EqualFold(t.Text, "negative") {
		if n, ok := unsigned(toks, i+1); ok && !n.Vague {
			return signed(n, i), true
		}
		return Number{}, false
	}
	return unsigned(toks, i)
}

func signed(n Number, i int) Number {
	n.Value = n.Value.Neg()
	n.Start = i
	n.Signed = true
	return n
}

// unsigned is Phrase without the sign.
func unsigned(toks []lexer.Token, i int) (Number, bool) {
	if i >= len(toks) {
		return Number{}, false
	}
	var n Number
	var ok bool
	if toks[i].Kind == lexer.Punct {
		if v, isFrac := lexicon.VulgarFraction(toks[i].Text); isFrac {
			// "½", "¾": one character.
			return Number{Value: v, Start: i, End: i + 1, Digits: true, Fraction: true, Suffix: -1}, true
		}
	}
	if toks[i].Text == "." && i+1 < len(toks) && toks[i+1].Kind == lexer.Number && toks[i+1].Glued() &&
		(i == 0 || toks[i].Space || toks[i-1].Kind == lexer.Punct) && !strings.ContainsAny(toks[i+1].Text, ".,") {
		// ".08": a decimal with no units digit.
		v, err := decimal.NewFromString("0." + toks[i+1].Text)
		if err != nil {
			return Number{}, false
		}
		n = Number{Value: v, Start: i, End: i + 2, Digits: true, Suffix: -1}
		if w := word(toks, i+2); w != "" && toks[i+2].Glued() {
			n.Suffix = i + 2
		}
		ok = true
	} else {
		n, ok = Parse(toks, i)
	}
	if !ok {
		return Number{}, false
	}
	if n.Digits && !n.Scaled {
		if e, ok := exponent(toks, n); ok {
			n = e
		} else if f, ok := slash(toks, n); ok {
			n = f
		}
	}
	return ratio(toks, n), true
}

// exponent reads scientific notation after digits: "1e10", "12.32e+14",
// "-12e-1".
func exponent(toks []lexer.Token, n Number) (Number, bool) {
	if n.Suffix < 0 {
		return n, false
	}
	w := toks[n.Suffix].Text
	// Lower case only: "7E7" is an aircraft.
	if len(w) < 1 || w[0] != 'e' {
		return n, false
	}
	digits, end := w[1:], n.Suffix+1
	neg := false
	if digits == "" {
		// "12.32e+14": the sign and digits are tokens of their own.
		k := n.Suffix + 1
		if k+1 >= len(toks) || !toks[k].Glued() || !toks[k+1].Glued() || toks[k+1].Kind != lexer.Number {
			return n, false
		}
		switch toks[k].Text {
		case "+":
		case "-", "−":
			neg = true
		default:
			return n, false
		}
		digits, end = toks[k+1].Text, k+2
	}
	if len(digits) == 0 || len(digits) > 3 {
		return n, false
	}
	for i := 0; i < len(digits); i++ {
		if digits[i] < '0' || digits[i] > '9' {
			return n, false
		}
	}
	e, _ := decimal.NewFromString(digits)
	x := int32(e.IntPart())
	if neg {
		x = -x
	}
	n.Value = n.Value.Shift(x)
	n.End, n.Suffix, n.Scaled = end, -1, true
	return n, true
}

// slash reads "3/4" and the mixed "2 1/4" after whole digits.
func slash(toks []lexer.Token, n Number) (Number, bool) {
	if n.Suffix >= 0 || n.End != n.Start+1 || !n.Value.IsInteger() {
		return n, false
	}
	j := n.End
	if frac, e, ok := slashAt(toks, j-1); ok {
		n.Value, n.End, n.Slash, n.Fraction = frac, e, true, frac.LessThan(one)
		return n, true
	}
	// "2 1/4": a proper fraction after a space.
	if j < len(toks) && toks[j].Kind == lexer.Number && toks[j].Space && !toks[j].Newline {
		if frac, e, ok := slashAt(toks, j); ok && frac.LessThan(one) {
			n.Value, n.End, n.Slash = n.Value.Add(frac), e, true
			return n, true
		}
	}
	return n, false
}

// slashAt reads "a/b" with whole digits at toks[k], toks[k+2].
func slashAt(toks []lexer.Token, k int) (decimal.Decimal, int, bool) {
	if k+2 >= len(toks) || toks[k+1].Text != "/" || !toks[k+1].Glued() || !toks[k+2].Glued() ||
		toks[k].Kind != lexer.Number || toks[k+2].Kind != lexer.Number || strings.ContainsAny(toks[k].Text+toks[k+2].Text, ".,") {
		return decimal.Decimal{}, 0, false
	}
	// "5/17/2018": a third part makes a date.
	if k+3 < len(toks) && toks[k+3].Text == "/" && toks[k+3].Glued() {
		return decimal.Decimal{}, 0, false
	}
	a, _ := decimal.NewFromString(toks[k].Text)
	b, _ := decimal.NewFromString(toks[k+2].Text)
	if b.IsZero() {
		return decimal.Decimal{}, 0, false
	}
	return a.DivRound(b, 16), k + 3, true
}

// ratio reads "one in five", "1 out of 3" after n.
func ratio(toks []lexer.Token, n Number) Number {
	if n.Vague || n.Fraction || n.Slash || n.Suffix >= 0 || !n.Value.IsInteger() || n.Value.Sign() <= 0 {
		return n
	}
	j := n.End
	out := false
	switch {
	case lexer.EqualFold(word(toks, j), "in"):
		j++
	case lexer.EqualFold(word(toks, j), "out") && lexer.EqualFold(word(toks, j+1), "of"):
		j += 2
		out = true
	case lexer.EqualFold(word(toks, j), "times") && lexer.EqualFold(word(toks, j+1), "out") && lexer.EqualFold(word(toks, j+2), "of"):
		// "nine times out of ten"
		j += 3
		out = true
	default:
		return n
	}
	if lexer.EqualFold(word(toks, j), "every") {
		j++
	}
	d, ok := Parse(toks, j)
	if !ok || d.Vague || d.Fraction || d.Suffix >= 0 || !d.Value.IsInteger() || !n.Value.LessThan(d.Value) {
		return n
	}
	// plural scales after a ratio: "two out of five hundreds"
	if d.End < len(toks) {
		if s, plural, ok := lexicon.ScaleWord(word(toks, d.End)); ok && plural && s.Exp == 2 && !d.Scaled {
			d.Value = d.Value.Shift(2)
			d.End++
		}
	}
	if !out && d.Digits && !d.Scaled && len(toks[j].Text) == 4 && !strings.Contains(toks[j].Text, ",") &&
		d.Value.GreaterThanOrEqual(decimal.NewFromInt(1000)) && d.Value.LessThan(decimal.NewFromInt(2100)) {
		return n // "one in 2004": a year
	}
	n.Ratio = true
	n.Num, n.Den = n.Value, d.Value
	n.Value = n.Value.DivRound(d.Value, 16)
	n.End = d.End
	return n
}

// BrokenGroup reports whether a number written with digits is followed by
// a broken digit group ("$110,00", "1,8923") or a point with no digits
// before a scale ("£17.m"): a typo whose value cannot be known, better left
// out than misread.
func BrokenGroup(toks []lexer.Token, n Number) bool {
	if !n.Digits || n.Scaled || n.End+1 >= len(toks) {
		return false
	}
	c, d := toks[n.End], toks[n.End+1]
	if !c.Glued() || !d.Glued() || c.Text != "," && c.Text != "." {
		return false
	}
	if d.Kind == lexer.Number {
		return true
	}
	// "£17.m": a point with no digits before a scale.
	s, _, ok := lexicon.ScaleWord(d.Text)
	return c.Text == "." && ok && s.Short
}

// Package money finds amounts of money in the tokens of one sentence.
//
// It reads the forms news uses: a symbol before the number ("£2.5bn",
// "US$ 5m", "-£5m"), a currency name or code after it ("5m euros", "15p",
// "two million pounds", "half a billion dollars"), a code before it
// ("USD 200"), ranges ("£10m-£20m", "£10-20 million", "between $5bn and
// $7bn"), hedges before it ("almost", "more than", "up to") and periods after
// it ("£500 a week", "$3bn a year"). The number grammar is numparse's.
package money

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/newsclaims/claims/extract/internal/lexer"
	"github.com/newsclaims/claims/extract/internal/lexicon"
	"github.com/newsclaims/claims/extract/internal/numparse"
)

// Money is one amount found.
type Money struct {
	// Start and End are byte offsets of the amount's text (qualifier and
	// period excluded).
	Start, End int
	// TokStart and TokEnd are the token indexes of the amount.
	TokStart, TokEnd int
	Amount           decimal.Decimal
	// Currency is the ISO 4217 code, empty when the unit has none.
	Currency string
	// Unit is the currency word or symbol as written ("£", "euros").
	Unit      string
	Qualifier string
	// Low and High are set for a range; Amount is then Low.
	Low, High *decimal.Decimal
	// Per is the period or unit the amount is per ("year", "head").
	Per string
	// Context is the noun the amount qualifies in "a £5m loss".
	Context string
}

// unit is a currency read around a number.
type unit struct {
	code  string
	minor bool
	text  string
	// scale is a power of ten the unit itself carries ("MUSD": 6).
	scale int32
}

var hundred = decimal.NewFromInt(100)

// Find returns the amounts of money in toks, which should be one sentence's
// tokens, in order and without overlap.
func Find(toks []lexer.Token) []Money {
	var out []Money
	for k := 0; k < len(toks); {
		m, ok := at(toks, k)
		if !ok {
			k++
			continue
		}
		m = rangeAfter(toks, m)
		m.Qualifier = qualifierBefore(toks, m.TokStart)
		m.Per = periodAfter(toks, m.TokEnd)
		m.Context = contextAfter(toks, m.TokStart, m.TokEnd)
		m.Start, m.End = toks[m.TokStart].Start, toks[m.TokEnd-1].End
		if len(out) == cap(out) {
			out = slices.Grow(out, len(out)+4) // double: see lexer's push
		}
		out = append(out, m)
		k = m.TokEnd
	}
	return out
}

// at tries every money form that starts at token k.
func at(toks []lexer.Token, k int) (Money, bool) {
	t := toks[k]
	switch t.Kind {
	case lexer.Symbol:
		return symbolFirst(toks, k)
	case lexer.Word:
		if m, ok := prefixedSymbol(toks, k); ok {
			return m, true
		}
		if m, ok := codeFirst(toks, k); ok {
			return m, true
		}
		if m, ok := negative(toks, k); ok {
			return m, true
		}
		return numberFirst(toks, k)
	case lexer.Number:
		return numberFirst(toks, k)
	case lexer.Punct:
		return negative(toks, k)
	}
	return Money{}, false
}

// negative reads "-£5m": a minus glued to a symbol, not to a word before it.
func negative(toks []lexer.Token, k int) (Money, bool) {
	if toks[k].Text != "-" && toks[k].Text != "−" || !toks[k].Space || k+1 >= len(toks) || !toks[k+1].Glued() {
		return Money{}, false
	}
	m, ok := symbolFirst(toks, k+1)
	if !ok || m.TokStart != k+1 {
		return Money{}, false
	}
	m.TokStart = k
	m.Amount = m.Amount.Neg()
	return m, true
}

// prefixedSymbol reads "US$5m", "HK$ 10bn", "A$3", and spaced prefixes in
// tokenised text ("us $ 150 million", "c $ 16.4 million").
func prefixedSymbol(toks []lexer.Token, k int) (Money, bool) {
	if k+1 >= len(toks) || toks[k+1].Kind != lexer.Symbol {
		return Money{}, false
	}
	code, ok := lexicon.SymbolPrefix(toks[k].Text)
	if !ok {
		return Money{}, false
	}
	if !toks[k+1].Glued() {
		// Spaced prefixes are read only when they cannot be an English
		// word ("a $5m deal" is not Australian dollars).
		w := toks[k].Text
		if w != strings.ToLower(w) || w == "a" || w == "s" || w == "r" || w == "z" || w == "can" {
			return Money{}, false
		}
	}
	m, ok := symbolFirst(toks, k+1)
	if !ok {
		return Money{}, false
	}
	m.TokStart = k
	m.Currency = code
	m.Unit = toks[k].Text + toks[k+1].Text
	return m, true
}

// symbolFirst reads a symbol followed by a number: "£150 million", "$1.2tn",
// "€ 2 million", "£10k".
func symbolFirst(toks []lexer.Token, k int) (Money, bool) {
	code, ok := lexicon.Symbol(toks[k].Text)
	if !ok || k+1 >= len(toks) {
		return Money{}, false
	}
	n, ok := numparse.Parse(toks, k+1)
	if !ok || n.Vague || n.Fraction {
		return Money{}, false
	}
	if n.Digits && !toks[k+1].Glued() && toks[k+1].Newline {
		return Money{}, false
	}
	end := n.End
	v := n.Value
	// "$10 dollars" or "£5m sterling": a currency name after the amount
	// belongs to it.
	if u, ok := unitAfter(toks, end); ok && !u.minor && (u.code == code || u.text == "sterling") {
		end = u.end
	}
	return Money{TokStart: k, TokEnd: end, Amount: v, Currency: code, Unit: toks[k].Text}, true
}

// codeFirst reads an ISO code before the number: "USD 200", "EUR 125",
// "USD115", "MAUD 60".
func codeFirst(toks []lexer.Token, k int) (Money, bool) {
	w := toks[k].Text
	// "USD115": the lexer keeps letters and digits in one word.
	if len(w) > 3 {
		if code, ok := lexicon.CodeWord(w[:3]); ok && allDigits(w[3:]) {
			v, ok := numparse.ParseDigits(w[3:])
			if ok {
				return Money{TokStart: k, TokEnd: k + 1, Amount: v, Currency: code, Unit: w[:3]}, true
			}
		}
	}
	u, ok := codeUnit(w)
	if !ok || k+1 >= len(toks) {
		return Money{}, false
	}
	if toks[k+1].Kind == lexer.Symbol && toks[k+1].Glued() { // "usd$ 15"
		if m, ok := symbolFirst(toks, k+1); ok {
			m.TokStart, m.Currency = k, u.code
			return m, true
		}
	}
	n, ok := numparse.Parse(toks, k+1)
	if !ok || !n.Digits || n.Vague || n.Fraction {
		return Money{}, false
	}
	v := n.Value.Shift(u.scale)
	return Money{TokStart: k, TokEnd: n.End, Amount: v, Currency: u.code, Unit: w}, true
}

// codeUnit reads a code word, with a leading "M" for millions ("MUSD").
func codeUnit(w string) (unit, bool) {
	if code, ok := lexicon.CodeWord(w); ok {
		return unit{code: code, text: w}, true
	}
	if len(w) == 4 && w[0] == 'M' {
		if code, ok := lexicon.CodeWord(w[1:]); ok && w[1:] == strings.ToUpper(w[1:]) {
			return unit{code: code, text: w, scale: 6}, true
		}
	}
	return unit{}, false
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if (s[i] < '0' || s[i] > '9') && s[i] != '.' && s[i] != ',' {
			return false
		}
	}
	return s[0] >= '0' && s[0] <= '9'
}

// numberFirst reads a number followed by a currency: "5m euros", "15p",
// "50 cents", "two million pounds", "125 million australian dollars",
// "10 €", "75 USD million".
func numberFirst(toks []lexer.Token, k int) (Money, bool) {
	n, ok := numparse.Parse(toks, k)
	if !ok || n.Vague {
		return Money{}, false
	}
	if n.Fraction && !n.Scaled {
		return Money{}, false
	}
	v := n.Value
	// A glued unit: "15p", "50c", "115USD", "100元".
	if n.Suffix >= 0 {
		s := toks[n.Suffix].Text
		if c, ok := lexicon.GluedUnit(s); ok && !n.Scaled {
			if n.Suffix+1 < len(toks) && toks[n.Suffix+1].Glued() && toks[n.Suffix+1].Kind == lexer.Word {
				return Money{}, false
			}
			return money(k, n.Suffix+1, v, unit{code: c.Code, minor: c.Minor, text: s}), true
		}
		if u, ok := codeUnit(s); ok {
			return money(k, n.Suffix+1, v, u), true
		}
		if c, ok := lexicon.CurrencyWord(s); ok && len(s) > 2 {
			return money(k, n.Suffix+1, v, unit{code: c.Code, minor: c.Minor, text: s}), true
		}
		return Money{}, false
	}
	j := n.End
	// "12-cent", "one-yen": a hyphen glued between number and unit.
	if j+1 < len(toks) && lexer.IsDash(toks[j].Text) && toks[j].Glued() && toks[j+1].Glued() && toks[j+1].Kind == lexer.Word {
		if c, ok := lexicon.CurrencyWord(toks[j+1].Text); ok {
			return money(k, j+2, v, unit{code: c.Code, minor: c.Minor, text: toks[j+1].Text}), true
		}
	}
	// "10 €", "100₾": a symbol after the number, with no number after it.
	if j < len(toks) && toks[j].Kind == lexer.Symbol {
		if code, ok := lexicon.Symbol(toks[j].Text); ok && !(j+1 < len(toks) && toks[j+1].Kind == lexer.Number && toks[j+1].Glued()) {
			if j+1 >= len(toks) || toks[j+1].Kind != lexer.Number {
				return money(k, j+1, v, unit{code: code, text: toks[j].Text}), true
			}
		}
	}
	u, ok := unitAfter(toks, j)
	if !ok {
		return Money{}, false
	}
	if u.minor == false && u.text != "" && isWeight(toks, k, n, u) {
		return Money{}, false
	}
	end := u.end
	v = v.Shift(u.scale)
	// "75 USD million": a scale after a code.
	if !n.Scaled && end < len(toks) {
		if s, plural, ok := lexicon.ScaleWord(toks[end].Text); ok && !plural && !s.Short && !s.Dozen && s.Exp >= 3 {
			v = v.Shift(s.Exp)
			end++
		}
	}
	m := money(k, end, v, u.unit)
	// "3 dollars 50 cents", "thirteen dollars and forty-five cents".
	if !u.minor {
		m = minorAfter(toks, m)
	}
	return m, true
}

func money(start, end int, v decimal.Decimal, u unit) Money {
	if u.minor {
		v = v.Div(hundred)
	}
	return Money{TokStart: start, TokEnd: end, Amount: v, Currency: u.code, Unit: u.text}
}

// unitSpan is a unit and the token index just past it.
type unitSpan struct {
	unit
	end int
}

// unitAfter reads a currency name or code starting at token j: "pounds",
// "euros", "australian dollars", "hong kong dollars", "USD", "sterling".
func unitAfter(toks []lexer.Token, j int) (unitSpan, bool) {
	if j >= len(toks) || toks[j].Kind != lexer.Word {
		return unitSpan{}, false
	}
	w := toks[j].Text
	// Two-word and one-word nationality qualifiers.
	if j+2 < len(toks) && toks[j+1].Kind == lexer.Word && toks[j+2].Kind == lexer.Word {
		if code, ok := lexicon.QualifiedCurrency(w+" "+toks[j+1].Text, toks[j+2].Text); ok {
			return unitSpan{unit{code: code, text: w + " " + toks[j+1].Text + " " + toks[j+2].Text}, j + 3}, true
		}
	}
	if j+1 < len(toks) && toks[j+1].Kind == lexer.Word {
		if code, ok := lexicon.QualifiedCurrency(w, toks[j+1].Text); ok {
			return unitSpan{unit{code: code, text: w + " " + toks[j+1].Text}, j + 2}, true
		}
	}
	// "u.s. dollars", "U.S. dollars"
	if (w == "u" || w == "U") && j+4 < len(toks) && toks[j+1].Text == "." && lexer.EqualFold(toks[j+2].Text, "s") && toks[j+3].Text == "." {
		if code, ok := lexicon.QualifiedCurrency("us", toks[j+4].Text); ok {
			return unitSpan{unit{code: code, text: "u.s. " + toks[j+4].Text}, j + 5}, true
		}
	}
	if c, ok := lexicon.CurrencyWord(w); ok {
		// "won" and "rand" are English words too; read them only in
		// lower case after a number, which is where this is called.
		return unitSpan{unit{code: c.Code, minor: c.Minor, text: w}, j + 1}, true
	}
	if u, ok := codeUnit(w); ok {
		return unitSpan{u, j + 1}, true
	}
	return unitSpan{}, false
}

// minorAfter extends "3 dollars" over "50 cents" or "and forty-five cents".
func minorAfter(toks []lexer.Token, m Money) Money {
	j := m.TokEnd
	if j < len(toks) && toks[j].Is("and") {
		j++
	}
	n, ok := numparse.Parse(toks, j)
	if !ok || n.Scaled || n.Vague || n.Fraction || n.Suffix >= 0 {
		return m
	}
	u, ok := unitAfter(toks, n.End)
	if !ok || !u.minor || n.Value.GreaterThanOrEqual(hundred) {
		return m
	}
	m.Amount = m.Amount.Add(n.Value.Div(hundred))
	m.TokEnd = u.end
	return m
}

// isWeight reports whether "pounds" after a number is a weight: "two pounds
// of meat", "weighed 10 pounds", "a 5lb".
func isWeight(toks []lexer.Token, k int, n numparse.Number, u unitSpan) bool {
	if !strings.EqualFold(u.text, "pound") && !strings.EqualFold(u.text, "pounds") {
		return false
	}
	if k > 0 {
		switch strings.ToLower(toks[k-1].Text) {
		case "weighs", "weighed", "weighing", "weigh", "lost", "lose", "gained", "gain", "heavier", "lighter":
			return true
		}
	}
	if n.Scaled {
		return false
	}
	if u.end < len(toks) && toks[u.end].Is("of") {
		// "pounds of meat" but not "pounds of taxpayers' money".
		return u.end+1 < len(toks) && !moneyNoun(toks[u.end+1].Text)
	}
	if u.end < len(toks) {
		switch strings.ToLower(toks[u.end].Text) {
		case "heavier", "lighter", "overweight", "in":
			return true
		}
	}
	return false
}

func moneyNoun(w string) bool {
	switch strings.ToLower(w) {
	case "public", "taxpayers", "taxpayers'", "taxpayer", "funding", "funds", "investment", "cash", "debt", "savings", "revenue", "their", "his", "her", "its", "the", "government":
		return true
	}
	return false
}

// rangeAfter extends m over the other end of a range: "£10m-£20m",
// "£10-20 million", "$5bn to $7bn", "between $5bn and $7bn".
func rangeAfter(toks []lexer.Token, m Money) Money {
	j := m.TokEnd
	if j+1 >= len(toks) {
		return m
	}
	join := toks[j].Text
	between := m.TokStart > 0 && toks[m.TokStart-1].Is("between")
	switch {
	case lexer.IsDash(join) && join != "—":
	case strings.EqualFold(join, "to"):
	case strings.EqualFold(join, "and") && between:
	default:
		return m
	}
	k := j + 1
	// The second end may repeat the symbol ("£10m-£20m") or not ("£10-20m").
	var second Money
	var ok bool
	if toks[k].Kind == lexer.Symbol || (toks[k].Kind == lexer.Punct && toks[k].Text == "-") {
		second, ok = at(toks, k)
	} else if toks[k].Kind == lexer.Number {
		var n numparse.Number
		n, ok = numparse.Parse(toks, k)
		if ok && n.Suffix < 0 && !n.Vague {
			end := n.End
			if u, uok := unitAfter(toks, end); uok && u.code == m.Currency {
				end = u.end
			}
			second = Money{TokStart: k, TokEnd: end, Amount: n.Value, Currency: m.Currency}
			if m.Unit != "" {
				if c, cok := lexicon.GluedUnit(m.Unit); cok && c.Minor {
					second.Amount = second.Amount.Div(hundred)
				}
			}
			// "£10-20 million": the first end takes the second's scale.
			if first, fok := numparse.Parse(toks, m.TokStart+symbolWidth(toks, m)); fok && !first.Scaled && n.Scaled {
				scale := n.Value.Div(mustDigits(toks[k].Text))
				m.Amount = m.Amount.Mul(scale)
			}
		} else {
			ok = false
		}
	} else if (toks[k].Kind == lexer.Word) && strings.EqualFold(join, "to") || between {
		second, ok = at(toks, k)
	}
	if !ok || second.TokStart != k || second.Currency != m.Currency {
		return m
	}
	lo, hi := m.Amount, second.Amount
	if hi.LessThan(lo) {
		return m
	}
	m.Low, m.High = &lo, &hi
	m.TokEnd = second.TokEnd
	return m
}

// symbolWidth is how many tokens the currency before m's number takes.
func symbolWidth(toks []lexer.Token, m Money) int {
	w := 0
	for k := m.TokStart; k < m.TokEnd && toks[k].Kind != lexer.Number; k++ {
		w++
	}
	return w
}

func mustDigits(s string) decimal.Decimal {
	d, ok := numparse.ParseDigits(s)
	if !ok || d.IsZero() {
		return decimal.NewFromInt(1)
	}
	return d
}

// qualifierBefore reads a hedge before the amount ("more than £5m").
func qualifierBefore(toks []lexer.Token, start int) string {
	var words []string
	for k := start - 1; k >= 0 && k >= start-lexicon.MaxQualifierWords; k-- {
		if toks[k].Kind != lexer.Word {
			break
		}
		words = append(words, strings.ToLower(toks[k].Text))
	}
	if len(words) == 0 {
		return lexicon.Exact
	}
	for a, b := 0, len(words)-1; a < b; a, b = a+1, b-1 {
		words[a], words[b] = words[b], words[a]
	}
	if q, n := lexicon.QualifierBefore(words); n > 0 {
		return q
	}
	return lexicon.Exact
}

// periodAfter reads "a year", "per head", "an hour", "annually",
// "-a-share" after the amount.
func periodAfter(toks []lexer.Token, end int) string {
	j := end
	if j < len(toks) && lexer.IsDash(toks[j].Text) && toks[j].Glued() {
		j++ // "$70-a-share"
	}
	if j >= len(toks) || toks[j].Kind != lexer.Word {
		return ""
	}
	if p, ok := lexicon.PeriodAdverb(toks[j].Text); ok && j == end {
		if !strings.EqualFold(toks[j].Text, "each") || j+1 >= len(toks) || toks[j+1].Kind != lexer.Word {
			return p
		}
	}
	if !lexicon.IsPeriodIntroducer(toks[j].Text) || j+1 >= len(toks) {
		return ""
	}
	k := j + 1
	if lexer.IsDash(toks[k].Text) && toks[k].Glued() && k+1 < len(toks) {
		k++
	}
	if p, ok := lexicon.PeriodNoun(toks[k].Text); ok {
		return p
	}
	return ""
}

// contextAfter reads the noun an amount qualifies in "a £5m loss", "the
// $2bn deal": a determiner before the amount and a lower-case word after.
func contextAfter(toks []lexer.Token, start, end int) string {
	if start == 0 || end >= len(toks) {
		return ""
	}
	switch strings.ToLower(toks[start-1].Text) {
	case "a", "an", "the", "its", "their", "his", "her", "this", "that", "our", "your":
	default:
		return ""
	}
	t := toks[end]
	if t.Kind != lexer.Word {
		return ""
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	if !unicode.IsLower(r) || notContext[strings.ToLower(t.Text)] {
		return ""
	}
	return t.Text
}

// notContext are words that follow an amount without being what it
// qualifies.
var notContext = map[string]bool{
	"a": true, "an": true, "the": true, "per": true, "each": true, "of": true,
	"to": true, "in": true, "on": true, "for": true, "from": true, "and": true,
	"or": true, "was": true, "is": true, "were": true, "are": true, "by": true,
	"with": true, "at": true, "will": true, "would": true, "has": true, "had": true,
	"that": true, "which": true, "over": true, "since": true, "than": true,
	"annually": true, "yearly": true, "monthly": true, "weekly": true, "a-year": true,
}

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
	code      string
	minor     bool
	ambiguous bool
	text      string
	// scale is a power of ten the unit itself carries ("MUSD": 6).
	scale int32
}

var (
	hundred  = decimal.NewFromInt(100)
	thousand = decimal.NewFromInt(1000)
)

// lowerOrSentenceStart reports whether toks[j] is in lower case, or opens
// the sentence, so a capital says nothing.
func lowerOrSentenceStart(toks []lexer.Token, j int) bool {
	r, _ := utf8.DecodeRuneInString(toks[j].Text)
	return j == 0 || !unicode.IsUpper(r) || strings.ToUpper(toks[j].Text) == toks[j].Text && len(toks[j].Text) > 1
}

// mentionsDollars reports whether the sentence has a "$" or names dollars
// or cents.
func mentionsDollars(toks []lexer.Token) bool {
	for _, t := range toks {
		if t.Text == "$" || t.Is("dollar") || t.Is("dollars") || t.Is("cents") {
			return true
		}
	}
	return false
}

// numberRange reads a range whose unit comes once, after the second end:
// "1,050-1,125 rupees", "10-20 euros".
func numberRange(toks []lexer.Token, k int, first numparse.Number, names *Names) (Money, bool) {
	j := first.End
	if first.Scaled || !first.Digits || j+1 >= len(toks) || !lexer.IsDash(toks[j].Text) || !toks[j].Glued() || !toks[j+1].Glued() || toks[j+1].Kind != lexer.Number {
		return Money{}, false
	}
	second, ok := numparse.Parse(toks, j+1)
	if !ok || second.Suffix >= 0 {
		return Money{}, false
	}
	u, ok := unitAfter(toks, second.End, names)
	if !ok || u.ambiguous {
		return Money{}, false
	}
	lo, hi := first.Value, second.Value
	if second.Scaled { // "10-20m euros"
		lo = lo.Mul(second.Value.Div(mustDigits(toks[j+1].Text)))
	}
	if u.minor {
		lo, hi = lo.Div(hundred), hi.Div(hundred)
	}
	if hi.LessThan(lo) {
		return Money{}, false
	}
	return Money{TokStart: k, TokEnd: u.end, Amount: lo, Currency: u.code, Unit: u.text, Low: &lo, High: &hi}, true
}

// Find returns the amounts of money in toks, which should be one sentence's
// tokens, in order and without overlap. names resolves currency names that
// several countries share ("rupees"); it may be nil.
func Find(toks []lexer.Token, names *Names) []Money {
	var out []Money
	for k := 0; k < len(toks); {
		if !mayStart(toks, k) {
			k++
			continue
		}
		m, ok := at(toks, k, names)
		if !ok {
			k++
			continue
		}
		m = rangeAfter(toks, m, names)
		m.Qualifier = qualifierBefore(toks, m.TokStart)
		if m.Qualifier == lexicon.Exact {
			m.Qualifier = qualifierAfter(toks, m.TokEnd)
		}
		m.Per = periodAfter(toks, m.TokEnd)
		if m.Per == "" {
			m.Per = periodBefore(toks, m.TokStart)
		}
		if m.Qualifier == lexicon.Exact {
			m.Qualifier = levelBound(toks, m)
		}
		m.Context = contextAfter(toks, m.TokStart, m.TokEnd)
		m.Start, m.End = toks[m.TokStart].Start, toks[m.TokEnd-1].End
		if len(out) == cap(out) {
			out = slices.Grow(out, len(out)+4) // double: see lexer's push
		}
		out = append(out, m)
		k = m.TokEnd
	}
	shareConversions(toks, out)
	shareComparedPeriods(toks, out)
	return out
}

// shareComparedPeriods gives an amount compared with the one before it
// that amount's period: in "£5.05 an hour, up from £4.85" both are per
// hour.
func shareComparedPeriods(toks []lexer.Token, ms []Money) {
	for i := 1; i < len(ms); i++ {
		a, b := &ms[i-1], &ms[i]
		if a.Currency != b.Currency || b.TokStart-a.TokEnd > 8 || (a.Per == "") == (b.Per == "") {
			continue
		}
		if b.Per == "" {
			for k := a.TokEnd; k < b.TokStart; k++ {
				if toks[k].Is("from") || toks[k].Is("compared") || toks[k].Is("against") || toks[k].Is("than") || toks[k].Is("versus") {
					b.Per = a.Per
					break
				}
			}
			continue
		}
		// "increased from £5.5bn to £8.2bn a year", "fell 32 cents to
		// $51.43 a barrel", "closed down 51 cents at $44.38 a barrel": a
		// change and the level it reached share the period written once
		// after the level.
		if b.TokStart == a.TokEnd+1 && (toks[a.TokEnd].Is("to") || toks[a.TokEnd].Is("at")) && movesBefore(toks, a.TokStart, a.TokEnd) {
			a.Per = b.Per
		}
	}
}

// levelBound reads "surged above the $47 a barrel mark": a bound and "the"
// before the amount, a level noun after it (and its period).
func levelBound(toks []lexer.Token, m Money) string {
	k := m.TokStart
	if k < 2 || !toks[k-1].Is("the") || toks[k-2].Kind != lexer.Word {
		return lexicon.Exact
	}
	q, n := lexicon.QualifierBefore([]string{strings.ToLower(toks[k-2].Text)})
	if n == 0 || q == lexicon.About {
		return lexicon.Exact
	}
	end := m.TokEnd
	if m.Per != "" && end+1 < len(toks) && lexicon.IsPeriodIntroducer(toks[end].Text) {
		end += 2 // "a barrel"
	}
	if markAfter(toks, end) {
		return q
	}
	return lexicon.Exact
}

// markAfter reports whether the words after an amount (and its period)
// make it a level passed or reached: "above the $47 a barrel mark".
func markAfter(toks []lexer.Token, end int) bool {
	for k := end; k < len(toks) && k < end+4; k++ {
		switch {
		case toks[k].Is("mark"), toks[k].Is("level"), toks[k].Is("barrier"), toks[k].Is("threshold"), toks[k].Is("line"):
			return true
		case toks[k].Kind != lexer.Word:
			return false
		}
	}
	return false
}

// shareConversions gives the amounts in a bracketed conversion the hedge and
// period of the amount they convert: in "less than $10bn (£5.2bn; 7bn
// euros) a year" all three are more_than... less_than and per year.
func shareConversions(toks []lexer.Token, ms []Money) {
	for i := 0; i < len(ms); i++ {
		head := ms[i]
		open := head.TokEnd
		// "200bn euros a year (£140bn; $258bn)": the period may stand
		// between the amount and its conversions.
		if head.Per != "" && open+2 < len(toks) && lexicon.IsPeriodIntroducer(toks[open].Text) && toks[open+2].Text == "(" {
			open += 2
		}
		if open >= len(toks) || toks[open].Text != "(" {
			continue
		}
		// The group: amounts inside the brackets, separated by ";", ",",
		// "/" or "or", up to the closing bracket.
		j, end := i+1, open+1
		for j < len(ms) && ms[j].TokStart == end {
			end = ms[j].TokEnd
			if end < len(toks) && isConversionSeparator(toks[end].Text) {
				end++
			}
			j++
		}
		if j == i+1 || end >= len(toks) || toks[end].Text != ")" {
			continue
		}
		per := head.Per
		if per == "" {
			per = periodAfter(toks, end+1)
		}
		if head.Qualifier == lexicon.Exact {
			head.Qualifier = qualifierAfter(toks, end+1) // "$10 (£5) or more"
		}
		for k := i; k < j; k++ {
			if ms[k].Qualifier == lexicon.Exact {
				ms[k].Qualifier = head.Qualifier
			}
			if ms[k].Per == "" {
				ms[k].Per = per
			}
		}
		i = j - 1
	}
}

func isConversionSeparator(s string) bool {
	switch s {
	case ";", ",", "/", "or", "and":
		return true
	}
	return false
}

// mayStart reports whether a money form can start at token k; no means at
// finds none there. Most words start nothing: not a prefix before a symbol
// (prefixedSymbol), not shaped like a code (codeFirst), not a number word
// (numberFirst); a word is never a minus (negative).
func mayStart(toks []lexer.Token, k int) bool {
	t := &toks[k]
	return t.Kind != lexer.Word || k+1 < len(toks) && toks[k+1].Kind == lexer.Symbol || codeShaped(t.Text) || lexicon.StartsNumber(t.Text)
}

// at tries every money form that starts at token k.
func at(toks []lexer.Token, k int, names *Names) (Money, bool) {
	t := &toks[k]
	switch t.Kind {
	case lexer.Symbol:
		return symbolFirst(toks, k)
	case lexer.Word:
		if !mayStart(toks, k) {
			return Money{}, false
		}
		if m, ok := prefixedSymbol(toks, k); ok {
			return m, true
		}
		if m, ok := codeFirst(toks, k); ok {
			return m, true
		}
		if m, ok := negative(toks, k); ok {
			return m, true
		}
		return numberFirst(toks, k, names)
	case lexer.Number:
		return numberFirst(toks, k, names)
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
		switch {
		case len(w) >= 2 && !lexer.EqualFold(w, "can"): // "US $200", "hk $ 10"
		case w == "c": // tokenised "c $ 16.4 million"
		default:
			return Money{}, false
		}
	}
	m, ok := symbolFirst(toks, k+1)
	if !ok {
		return Money{}, false
	}
	if !toks[k+1].Glued() && strings.ToUpper(toks[k].Text) == toks[k].Text && !lexer.EqualFold(toks[k].Text, "US") && !lexer.EqualFold(toks[k].Text, "HK") && !lexer.EqualFold(toks[k].Text, "NZ") {
		return Money{}, false // "AUD $5" is read from "$5" alone
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
	if numparse.BrokenGroup(toks, n) {
		return Money{}, false
	}
	n, end := joinSpacedThousands(toks, n)
	// "$458 m": a short scale typed apart from the number, read only
	// after a currency symbol.
	if !n.Scaled && end < len(toks) && toks[end].Kind == lexer.Word && !toks[end].Glued() && !toks[end].Newline {
		if w := toks[end].Text; w == "m" || w == "k" || w == "bn" {
			if s, _, ok := lexicon.ScaleWord(w); ok && (end+1 >= len(toks) || toks[end+1].Kind != lexer.Word || !toks[end+1].Glued()) {
				n.Value = n.Value.Shift(s.Exp)
				n.Scaled = true
				end++
			}
		}
	}
	v := n.Value
	// "$10 dollars" or "£5m sterling": a currency name after the amount
	// belongs to it.
	if u, ok := unitAfter(toks, end, nil); ok && !u.minor && (u.code == code || u.text == "sterling") {
		end = u.end
	}
	return Money{TokStart: k, TokEnd: end, Amount: v, Currency: code, Unit: toks[k].Text}, true
}

// codeFirst reads an ISO code before the number: "USD 200", "EUR 125",
// "USD115", "MAUD 60".
func codeFirst(toks []lexer.Token, k int) (Money, bool) {
	w := toks[k].Text
	// "USD115": the lexer keeps letters and digits in one word.
	if len(w) > 3 && allDigits(w[3:]) {
		if code, ok := lexicon.CodeWord(w[:3]); ok {
			digits, end := w[3:], k+1
			// "USD115.5": the word stops at the point.
			if end+1 < len(toks) && toks[end].Text == "." && toks[end].Glued() && toks[end+1].Kind == lexer.Number && toks[end+1].Glued() {
				digits += "." + toks[end+1].Text
				end += 2
			}
			if v, ok := numparse.ParseDigits(digits); ok {
				return Money{TokStart: k, TokEnd: end, Amount: v, Currency: code, Unit: w[:3]}, true
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

// codeShaped reports whether codeFirst can read w: a code ("USD"), a code
// in millions ("MUSD") or a code with digits ("USD115").
func codeShaped(w string) bool {
	return len(w) == 3 || len(w) == 4 && w[0] == 'M' || len(w) > 3 && allDigits(w[3:])
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
func numberFirst(toks []lexer.Token, k int, names *Names) (Money, bool) {
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
			// "50c" is read only where the sentence deals in dollars;
			// elsewhere "3c" is as often a model name.
			if c.Code == "USD" && !mentionsDollars(toks) {
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
		// A number after the symbol is read with it ("$ 30") unless it is
		// itself followed by the symbol, as in a list: "10 $ 30 $".
		if code, ok := lexicon.Symbol(toks[j].Text); ok && (j+1 >= len(toks) || toks[j+1].Kind != lexer.Number || postfixSymbolAfter(toks, j+1)) {
			return money(k, j+1, v, unit{code: code, text: toks[j].Text}), true
		}
	}
	if numparse.BrokenGroup(toks, n) {
		return Money{}, false
	}
	if m, ok := numberRange(toks, k, n, names); ok {
		return m, true
	}
	u, ok := unitAfter(toks, j, names)
	if !ok {
		return Money{}, false
	}
	if u.ambiguous && !n.Scaled && n.Value.LessThan(thousand) {
		return Money{}, false // "Burnout 3 won three awards"
	}
	if !u.minor && isWeight(toks, k, n, u) {
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
// "euros", "australian dollars", "hong kong dollars", "euro cents", "USD",
// "sterling". names resolves names several countries share.
func unitAfter(toks []lexer.Token, j int, names *Names) (unitSpan, bool) {
	if j >= len(toks) || toks[j].Kind != lexer.Word {
		return unitSpan{}, false
	}
	w := toks[j].Text
	qualified := func(qualifier, name, text string, end int) (unitSpan, bool) {
		code, ok := lexicon.QualifiedCurrency(qualifier, name)
		if !ok {
			return unitSpan{}, false
		}
		c, _ := lexicon.CurrencyWord(name)
		return unitSpan{unit{code: code, minor: c.Minor, text: text}, end}, true
	}
	// Two-word and one-word nationality qualifiers.
	if j+2 < len(toks) && toks[j+1].Kind == lexer.Word && toks[j+2].Kind == lexer.Word {
		if u, ok := qualified(w+" "+toks[j+1].Text, toks[j+2].Text, w+" "+toks[j+1].Text+" "+toks[j+2].Text, j+3); ok {
			return u, true
		}
	}
	if j+1 < len(toks) && toks[j+1].Kind == lexer.Word {
		if u, ok := qualified(w, toks[j+1].Text, w+" "+toks[j+1].Text, j+2); ok {
			return u, true
		}
	}
	// "u.s. dollars", "U.S. dollars"
	if (w == "u" || w == "U") && j+4 < len(toks) && toks[j+1].Text == "." && lexer.EqualFold(toks[j+2].Text, "s") && toks[j+3].Text == "." {
		if u, ok := qualified("us", toks[j+4].Text, "u.s. "+toks[j+4].Text, j+5); ok {
			return u, true
		}
	}
	if c, ok := lexicon.CurrencyWord(w); ok {
		if c.Minor && !lowerOrSentenceStart(toks, j) {
			return unitSpan{}, false // "50 Cent" is a name
		}
		code := names.resolve(w, c.Code)
		return unitSpan{unit{code: code, minor: c.Minor, ambiguous: c.Ambiguous, text: w}, j + 1}, true
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
	u, ok := unitAfter(toks, n.End, nil)
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
		return u.end+1 < len(toks) && !moneyAfterOf(toks, u.end+1)
	}
	if u.end < len(toks) {
		switch strings.ToLower(toks[u.end].Text) {
		case "heavier", "lighter", "overweight", "in":
			return true
		}
	}
	// "700 pounds (320kg)": a conversion to a weight follows.
	if u.end+2 < len(toks) && toks[u.end].Text == "(" && toks[u.end+1].Kind == lexer.Number {
		if w := toks[u.end+2].Text; lexicon.IsWeightUnit(w) {
			return true
		}
	}
	return false
}

// moneyAfterOf reports whether the words after "pounds of" speak of money,
// not of a thing weighed: a determiner ("pounds of their money"), or a
// money noun within two words ("pounds of taxpayers' money", "pounds of
// public funding").
func moneyAfterOf(toks []lexer.Token, k int) bool {
	if lexicon.IsDeterminer(toks[k].Text) {
		return true
	}
	for j := k; j < len(toks) && j < k+2 && toks[j].Kind == lexer.Word; j++ {
		if lexicon.IsMoneyNoun(toks[j].Text) {
			return true
		}
	}
	return false
}

// rangeAfter extends m over the other end of a range: "£10m-£20m",
// "£10-20 million", "$5bn to $7bn", "between $5bn and $7bn".
func rangeAfter(toks []lexer.Token, m Money, names *Names) Money {
	j := m.TokEnd
	if j+1 >= len(toks) {
		return m
	}
	join := toks[j].Text
	between := m.TokStart > 0 && toks[m.TokStart-1].Is("between")
	switch {
	case lexer.IsDash(join) && join != "—":
	case strings.EqualFold(join, "to") && !movesBefore(toks, m.TokStart, m.TokEnd):
	case strings.EqualFold(join, "and") && between:
	default:
		return m
	}
	k := j + 1
	// The second end may repeat the symbol ("£10m-£20m") or not ("£10-20m").
	var second Money
	var ok bool
	if toks[k].Kind == lexer.Symbol || (toks[k].Kind == lexer.Punct && toks[k].Text == "-") {
		second, ok = at(toks, k, names)
	} else if toks[k].Kind == lexer.Number {
		var n numparse.Number
		n, ok = numparse.Parse(toks, k)
		if ok && n.Suffix < 0 && !n.Vague {
			end := n.End
			if u, uok := unitAfter(toks, end, names); uok && u.code == m.Currency {
				end = u.end
			}
			second = Money{TokStart: k, TokEnd: end, Amount: n.Value, Currency: m.Currency}
			if m.Unit != "" {
				if c, cok := lexicon.GluedUnit(m.Unit); cok && c.Minor {
					second.Amount = second.Amount.Div(hundred)
				}
			}
			// "£10-20 million": the first end takes the second's scale.
			first, fok := numparse.Parse(toks, m.TokStart+symbolWidth(toks, m))
			if fok && !first.Scaled && n.Scaled {
				scaled := m.Amount.Mul(n.Value.Div(mustDigits(toks[k].Text)))
				if scaled.LessThanOrEqual(second.Amount) {
					m.Amount = scaled
				}
			}
			// "$50-100,000": the first end takes the second's thousands.
			if fok && !first.Scaled && !n.Scaled && first.Value.LessThan(thousand) && lexer.IsDash(join) {
				if groups := strings.Count(toks[k].Text, ","); groups > 0 {
					scaled := m.Amount.Shift(int32(3 * groups))
					if scaled.LessThan(second.Amount) {
						m.Amount = scaled
					}
				}
			}
		} else {
			ok = false
		}
	} else if (toks[k].Kind == lexer.Word) && strings.EqualFold(join, "to") || between {
		second, ok = at(toks, k, names)
	}
	if !ok || second.TokStart != k || second.Currency != m.Currency || minorUnit(second.Unit) != minorUnit(m.Unit) {
		return m
	}
	lo, hi := m.Amount, second.Amount
	// "$1.3 to $1.5bn", "$2-$3.8 trillion": the first end takes the
	// second's scale when it has none and reads as smaller without it.
	if fn, ok := numberIn(toks, m); ok && !fn.Scaled && toks[k].Kind != lexer.Number {
		if sn, ok := numberIn(toks, second); ok && sn.Scaled && lo.Abs().LessThan(hi) {
			if raw, ok := numparse.ParseDigits(toks[sn.Start].Text); ok && !raw.IsZero() && fn.Value.LessThanOrEqual(raw) {
				lo = lo.Mul(hi.Div(raw))
			}
		}
	}
	if hi.LessThan(lo) {
		return m
	}
	m.Amount = lo
	m.Low, m.High = &lo, &hi
	m.TokEnd = second.TokEnd
	return m
}

// postfixSymbolAfter reports whether the number at toks[j] is followed by a
// currency symbol.
func postfixSymbolAfter(toks []lexer.Token, j int) bool {
	n, ok := numparse.Parse(toks, j)
	return ok && n.End < len(toks) && toks[n.End].Kind == lexer.Symbol
}

// minorUnit reports whether a unit as written is a minor one ("p", "cents").
func minorUnit(u string) bool {
	if c, ok := lexicon.GluedUnit(u); ok {
		return c.Minor
	}
	c, ok := lexicon.CurrencyWord(u)
	return ok && c.Minor
}

// movesBefore reports whether the words before an amount make "X to Y" a
// change rather than a range: "from £5 to £7", "fell £5 to £40", "adding
// $1.89 to $48.62". "ranging from £19 to £29" stays a range.
func movesBefore(toks []lexer.Token, start, end int) bool {
	if start == 0 {
		return false
	}
	w := toks[start-1].Text
	if lexer.EqualFold(w, "from") && start >= 2 {
		switch strings.ToLower(toks[start-2].Text) {
		case "ranging", "range", "ranges", "ranged", "varying", "vary", "varies", "anywhere", "anything":
			return false
		}
	}
	if lexicon.IsMovementWord(w) {
		return true
	}
	// "lost more than $2 to $43.25": the movement stands before a hedge.
	if _, n := lexicon.QualifierBefore(lowerWords(toks, start, lexicon.MaxQualifierWords)); n > 0 && start-n-1 >= 0 {
		return lexicon.IsMovementWord(toks[start-n-1].Text)
	}
	return false
}

// lowerWords returns the lower-case words just before toks[start], at most
// max of them, nearest last.
func lowerWords(toks []lexer.Token, start, max int) []string {
	from := start
	for from > 0 && start-from < max && toks[from-1].Kind == lexer.Word {
		from--
	}
	out := make([]string, 0, start-from)
	for k := from; k < start; k++ {
		out = append(out, strings.ToLower(toks[k].Text))
	}
	return out
}

// numberIn returns the number inside an amount.
func numberIn(toks []lexer.Token, m Money) (numparse.Number, bool) {
	for k := m.TokStart; k < m.TokEnd; k++ {
		if toks[k].Kind == lexer.Number {
			return numparse.Parse(toks, k)
		}
	}
	return numparse.Number{}, false
}

// joinSpacedThousands reads "$30, 000" and "£507, 596", a thousands
// separator typed with a space, as one number. It is called only for an
// amount after a currency symbol, where a list of bare numbers ("£5, 100")
// does not occur: a list of amounts repeats the symbol.
func joinSpacedThousands(toks []lexer.Token, n numparse.Number) (numparse.Number, int) {
	j := n.End
	if !n.Digits || n.Scaled || j+1 >= len(toks) || toks[j].Text != "," || !toks[j].Glued() {
		return n, j
	}
	g := toks[j+1]
	if g.Kind != lexer.Number || g.Glued() || g.Newline || len(g.Text) != 3 || len(toks[n.Start].Text) > 3 {
		return n, j
	}
	raw, ok1 := numparse.ParseDigits(toks[n.Start].Text)
	grp, ok2 := numparse.ParseDigits(g.Text)
	if !ok1 || !ok2 || !raw.IsInteger() {
		return n, j
	}
	n.Value = raw.Mul(thousand).Add(grp)
	n.End = j + 2
	return n, n.End
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
	// "sub-$100": below a round figure.
	if start >= 2 && lexer.IsDash(toks[start-1].Text) && toks[start-1].Glued() && toks[start-2].Is("sub") {
		return lexicon.LessThan
	}
	if len(words) == 0 {
		return hedgeAdjectiveBefore(toks, start)
	}

	for a, b := 0, len(words)-1; a < b; a, b = a+1, b-1 {
		words[a], words[b] = words[b], words[a]
	}
	q, n := lexicon.QualifierBefore(words)
	if n == 0 {
		return hedgeAdjectiveBefore(toks, start)
	}
	from := start - n // first token of the phrase
	// "pushed the dollar up to $1.3270": a move, not a bound.
	if q == lexicon.UpTo && words[len(words)-n] == "up" {
		for k := from - 1; k >= 0 && k >= from-3; k-- {
			if lexicon.IsPushVerb(toks[k].Text) {
				return lexicon.Exact
			}
		}
	}
	// "no fare higher than $499": a denied comparison turns around. Only
	// a "... than" comparison: in "no tax on incomes below £6,000" the
	// bound is the threshold itself.
	// The denial must fall on the thing compared: "no" before its noun
	// ("no fare higher than"), or "not" just before the comparison ("is
	// not more than" is a phrase of its own); "did not reveal ... more
	// than $200,000" denies the revealing, not the bound.
	if words[len(words)-1] == "than" {
		for k := from - 1; k >= 0 && k >= from-5 && toks[k].Kind == lexer.Word; k-- {
			if toks[k].Is("no") || toks[k].Is("none") || toks[k].Is("nothing") || k == from-1 && toks[k].Is("not") {
				return lexicon.Negated(q)
			}
		}
	}
	return q
}

// hedgeAdjectiveBefore reads "a maximum fine of £1,000", "an estimated
// fortune of $15bn" and "estimated revenues - £160m": a hedging adjective, a
// noun or two, and a link ("of", "at", "was", a dash, a colon).
func hedgeAdjectiveBefore(toks []lexer.Token, start int) string {
	if start < 3 {
		return lexicon.Exact
	}
	switch link := toks[start-1]; {
	case link.Is("of"), link.Is("at"), link.Is("was"), link.Is("is"), link.Is("were"), link.Is("are"),
		link.Text == ":", lexer.IsDash(link.Text) && !link.Glued():
	default:
		return lexicon.Exact
	}
	for k := start - 2; k >= 0 && k >= start-5 && toks[k].Kind == lexer.Word; k-- {
		if q, ok := lexicon.HedgeAdjective(toks[k].Text); ok {
			return q
		}
	}
	return lexicon.Exact
}

// periodAfter reads "a year", "per head", "an hour", "annually",
// "-a-share" after the amount.
func periodAfter(toks []lexer.Token, end int) string {
	j := end
	// "£5 more a week", "£630 worse off a year": a comparison between the
	// amount and its period.
	if j+1 < len(toks) && (toks[j].Is("worse") || toks[j].Is("better")) && toks[j+1].Is("off") {
		j += 2
	} else if j < len(toks) && (toks[j].Is("more") || toks[j].Is("less") || toks[j].Is("extra")) {
		j++
	}
	if j > end && (j >= len(toks) || !lexicon.IsPeriodIntroducer(toks[j].Text)) {
		j = end
	}
	if j < len(toks) && lexer.IsDash(toks[j].Text) && toks[j].Glued() {
		j++ // "$70-a-share"
	}
	if j >= len(toks) || toks[j].Kind != lexer.Word {
		return ""
	}
	if j == end && taxRateAfter(toks, j) {
		return "pound"
	}
	if j+2 < len(toks) && toks[j].Is("in") && toks[j+1].Is("the") && toks[j+2].Is("pound") {
		return "pound"
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
	if lexer.EqualFold(toks[j].Text, "for") {
		// "25 cents for each dollar", "£1 for every £2 raised"
		if !toks[k].Is("each") && !toks[k].Is("every") || k+1 >= len(toks) {
			return ""
		}
		k++
	}
	// "$2 per 1,000 cubic metres": a quantity of a unit.
	if toks[j].Is("per") && toks[k].Kind == lexer.Number && k+1 < len(toks) && toks[k+1].Kind == lexer.Word {
		end := k + 2
		if end < len(toks) && toks[end].Kind == lexer.Word && !lexicon.IsFunctionWord(toks[end].Text) {
			end++
		}
		return lexer.Join(toks[k:end])
	}
	// "1p in the pound": a tax rate, per pound of income.
	if toks[j].Is("in") && toks[k].Is("the") && k+1 < len(toks) && toks[k+1].Is("pound") {
		return "pound"
	}
	if lexer.IsDash(toks[k].Text) && toks[k].Glued() && k+1 < len(toks) {
		k++
	}
	if _, ok := periodNoun(toks[k].Text); !ok && (toks[j].Is("per") || toks[k-1].Is("each") || toks[k-1].Is("every")) && k+1 < len(toks) && toks[k+1].Kind == lexer.Word {
		k++ // "per asylum seeker", "per LSE share", "for each Guidant share"
	}
	if p, ok := periodNoun(toks[k].Text); ok {
		// "$393.9m a year earlier" dates the amount; it is not a rate.
		if k+1 < len(toks) && lexicon.IsTimeRelation(toks[k+1].Text) {
			return ""
		}
		return p
	}
	return ""
}

// periodNoun is lexicon.PeriodNoun, also for a plural typed after "a"
// ("17 cents a shares").
func periodNoun(w string) (string, bool) {
	if p, ok := lexicon.PeriodNoun(w); ok {
		return p, true
	}
	if len(w) > 3 && (w[len(w)-1] == 's' || w[len(w)-1] == 'S') {
		return lexicon.PeriodNoun(w[:len(w)-1])
	}
	return "", false
}

// taxRateAfter reports whether the words from j make an amount in pence a
// tax rate: "1p rise on income tax", "three pence income tax", "a 1p cut in
// the basic rate".
func taxRateAfter(toks []lexer.Token, j int) bool {
	for k := j; k < len(toks) && k < j+4; k++ {
		if toks[k].Is("tax") && k > 0 && (toks[k-1].Is("income") || toks[k-1].Is("basic")) || toks[k].Is("rate") && k > 0 && toks[k-1].Is("basic") {
			return true
		}
	}
	return false
}

// qualifierAfter reads a hedge after the amount: "£3m or more", "£3m-plus".
func qualifierAfter(toks []lexer.Token, end int) string {
	var words []string
	for k := end; k < len(toks) && k < end+3; k++ {
		if lexer.IsDash(toks[k].Text) && k == end && toks[k].Glued() {
			continue // "£3m-plus"
		}
		if toks[k].Kind != lexer.Word {
			break
		}
		words = append(words, strings.ToLower(toks[k].Text))
	}
	if q, n := lexicon.QualifierAfter(words); n > 0 {
		if n == 1 && words[0] == "plus" && !(end < len(toks) && lexer.IsDash(toks[end].Text)) {
			return lexicon.Exact // "£3m plus costs" adds, it does not hedge
		}
		return q
	}
	return lexicon.Exact
}

// periodBefore reads a period adjective a few words before the amount:
// "annual investment of 400m pesos", "monthly wages of £300".
func periodBefore(toks []lexer.Token, start int) string {
	for k := start - 1; k >= 0 && k >= start-5; k-- {
		if toks[k].Kind != lexer.Word {
			return ""
		}
		// "earns every year £750", "each time ... $500,000"
		if (toks[k].Is("every") || toks[k].Is("each")) && k+1 < start {
			if p, ok := lexicon.PeriodNoun(toks[k+1].Text); ok {
				return p
			}
		}
		if p, ok := lexicon.PeriodAdjective(toks[k].Text); ok {
			// "annual profit of $17.5bn" is a total for the year.
			if isResult(toks, k+1, start) {
				return ""
			}
			return p
		}
	}
	return ""
}

// isResult reports whether the words between a period adjective and an
// amount name a company result ("annual profit of $17.5bn"), which is a
// total for the year rather than a rate.
func isResult(toks []lexer.Token, from, to int) bool {
	for k := from; k < to; k++ {
		switch strings.ToLower(toks[k].Text) {
		case "profit", "profits", "loss", "losses", "results", "sales", "revenue", "revenues", "turnover", "earnings", "income", "report", "budget", "bonus", "dividend", "meeting":
			return true
		}
	}
	return false
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
	if !unicode.IsLower(r) || notContext(t.Text) {
		return ""
	}
	return t.Text
}

// notContext reports whether a word after an amount is not what the
// amount qualifies: a function word, a determiner, an auxiliary, or a
// period adverb ("a £5m annually").
func notContext(w string) bool {
	if lexicon.IsFunctionWord(w) || lexicon.IsDeterminer(w) || lexicon.IsSpeechSkip(w) {
		return true
	}
	_, period := lexicon.PeriodAdverb(w)
	return period
}

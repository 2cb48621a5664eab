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
	// Vague marks a magnitude with no number ("millions of pounds"): Low
	// and High bound it and Amount is Low.
	Vague bool
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
		if !m.Vague {
			m = rangeAfter(toks, m, names)
		}
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
	out = joinBracketedRanges(toks, out)
	shareConversions(toks, out)
	shareComparedPeriods(toks, out)
	shareLevelPeriods(toks, out)
	return out
}

// shareLevelPeriods gives a price level the unit of a neighbouring level of
// the same thing: "jumped to $53.09 a barrel in New York before closing at
// $53.03", "closed at $40.15 ... having dived below $40 a barrel", "last
// year's peak of $55.67 a barrel ... 2004's average of $41.48". The level
// without a unit is read off a closing price or an average ("closing at",
// "average of"), and the two are within a factor of two of each other.
func shareLevelPeriods(toks []lexer.Token, ms []Money) {
	for i := 1; i < len(ms); i++ {
		a, b := &ms[i-1], &ms[i]
		if a.Currency != b.Currency || b.TokStart-a.TokEnd > 20 || (a.Per == "") == (b.Per == "") || a.Low != nil || b.Low != nil {
			continue
		}
		bare, unit := a, b
		if b.Per == "" {
			bare, unit = b, a
		}
		if !levelCueBefore(toks, bare.TokStart) || bare.Amount.Sign() <= 0 || unit.Amount.Sign() <= 0 {
			continue
		}
		r := bare.Amount.Div(unit.Amount)
		if r.LessThan(decimal.NewFromFloat(0.5)) || r.GreaterThan(decimal.NewFromInt(2)) {
			continue
		}
		bare.Per = unit.Per
	}
}

// levelCueBefore reports whether the words before toks[start] make the
// amount a price level: "closing at", "ended at", "average of".
func levelCueBefore(toks []lexer.Token, start int) bool {
	if start < 2 {
		return false
	}
	link, cue := toks[start-1], toks[start-2]
	return (link.Is("at") || link.Is("to")) && lexicon.IsClosingVerb(cue.Text) || link.Is("of") && cue.Is("average")
}

// joinBracketedRanges joins the ends of a range that a bracketed conversion
// splits: "between $60,000 (£30,800) and $150,000 a year", "range from
// $2.5m (£1.33m) to $4m (£2.13m)".
//
// Values stay ordered and disjoint, so the two ranges such a text states
// cannot both cover their own two ends: the dollar range spans from its
// low end to its high end, "$2.5m (£1.33m) to $4m", with the low end's
// conversion inside it; the conversion range, whose low end lies inside
// the dollar range, is the value at its high end, "£2.13m", with Low
// 1.33m and High 2.13m. Where only the low end is converted, "$60,000
// (£30,800) and $150,000", the conversion of one end is not a value of its
// own: it lies inside the range. shareConversions then gives the
// conversion range the head range's hedge and period.
func joinBracketedRanges(toks []lexer.Token, ms []Money) []Money {
	for i := 0; i+2 < len(ms); i++ {
		lo := ms[i]
		if lo.Low != nil || lo.TokEnd >= len(toks) || toks[lo.TokEnd].Text != "(" {
			continue
		}
		// The low end's conversions: "(£1.33m)", "(£1.33m; 2bn euros)".
		j, end := i+1, lo.TokEnd+1
		for j < len(ms) && ms[j].TokStart == end && ms[j].Low == nil && ms[j].Currency != lo.Currency {
			end = ms[j].TokEnd
			if end < len(toks) && (toks[end].Text == ";" || toks[end].Text == ",") {
				end++
			}
			j++
		}
		nconv := j - i - 1
		if nconv == 0 || j >= len(ms) || end+1 >= len(toks) || toks[end].Text != ")" {
			continue
		}
		join := toks[end+1]
		hi := ms[j]
		if hi.TokStart != end+2 || hi.Low != nil || hi.Currency != lo.Currency || minorUnit(hi.Unit) != minorUnit(lo.Unit) || hi.Amount.LessThan(lo.Amount) {
			continue
		}
		between := lo.TokStart > 0 && toks[lo.TokStart-1].Is("between")
		switch {
		case lexer.IsDash(join.Text) && join.Text != "—":
		case join.Is("to") && !movesBefore(toks, lo.TokStart, lo.TokEnd):
		case join.Is("and") && between:
		default:
			continue
		}
		// The high end's conversions, in the same currencies: "(£2.13m)".
		k, hend := j+1, hi.TokEnd+1
		paired := hi.TokEnd < len(toks) && toks[hi.TokEnd].Text == "("
		for c := 0; paired && c < nconv; c++ {
			if k >= len(ms) || ms[k].TokStart != hend || ms[k].Low != nil || ms[k].Currency != ms[i+1+c].Currency || ms[k].Amount.LessThan(ms[i+1+c].Amount) {
				paired = false
				break
			}
			hend = ms[k].TokEnd
			if hend < len(toks) && (toks[hend].Text == ";" || toks[hend].Text == ",") {
				hend++
			}
			k++
		}
		paired = paired && hend < len(toks) && toks[hend].Text == ")"
		r := rangeOf(lo, hi)
		if r.Per == "" {
			r.Per = lo.Per
		}
		r.Context = hi.Context
		joined := []Money{r}
		if paired {
			for c := 0; c < nconv; c++ {
				joined = append(joined, rangeOf(ms[i+1+c], ms[j+1+c]))
				cr := &joined[len(joined)-1]
				cr.TokStart, cr.Start = ms[j+1+c].TokStart, ms[j+1+c].Start
			}
		} else {
			k = j + 1
		}
		ms = slices.Replace(ms, i, k, joined...)
		i += len(joined) - 1
	}
	return ms
}

// rangeOf is the range from lo to hi, spanning both, with lo's hedge and
// hi's period.
func rangeOf(lo, hi Money) Money {
	r := lo
	l, h := lo.Amount, hi.Amount
	r.Low, r.High = &l, &h
	r.TokEnd, r.End = hi.TokEnd, hi.End
	r.Per = hi.Per
	return r
}

// shareComparedPeriods gives an amount compared with the one before it
// that amount's period: in "£5.05 an hour, up from £4.85" both are per
// hour, and in "33 cents a share, but analysts had expected 34 cents" both
// are per share.
func shareComparedPeriods(toks []lexer.Token, ms []Money) {
	for i := 1; i < len(ms); i++ {
		// The amount compared is the one before in the same currency,
		// over any conversions of it: "200 dinars ($2.77) per canister
		// from 170 dinars".
		h := i - 1
		for h > 0 && ms[h].Currency != ms[i].Currency && ms[h].TokStart > 0 && isConversionOpen(toks[ms[h].TokStart-1].Text) {
			h--
		}
		a, b := &ms[h], &ms[i]
		if a.Currency != b.Currency || b.TokStart-a.TokEnd > 12 || (a.Per == "") == (b.Per == "") {
			continue
		}
		if b.Per == "" {
			// "$2 per 1,000 cubic metres, bringing it down to $58": a
			// change and the level it brought the price to.
			if toks[b.TokStart-1].Is("to") && a.TokStart > 0 && (toks[a.TokStart-1].Is("by") || movesBefore(toks, a.TokStart, a.TokEnd)) {
				b.Per = a.Per
				continue
			}
			if parallelFor(toks, *a, *b) {
				b.Per = a.Per
				if b.Qualifier == lexicon.Exact {
					b.Qualifier = a.Qualifier // "a maximum of £63 a week for ... and £111 for ..."
				}
				continue
			}
			if b.TokStart-a.TokEnd > 8 {
				continue
			}
			for k := a.TokEnd; k < b.TokStart; k++ {
				if lexicon.IsComparisonWord(toks[k].Text) {
					b.Per = a.Per
					break
				}
			}
			continue
		}
		if b.TokStart-a.TokEnd > 8 {
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

// parallelFor reports whether b is a's parallel in a list that says whom
// each amount is for, so b shares a's period and hedge: "£63 a week for the first
// child and £111 for two children", "£4.85 per hour for those aged 22 and
// over, and £4.10 for those aged 18 to 21".
func parallelFor(toks []lexer.Token, a, b Money) bool {
	if b.TokEnd >= len(toks) || !toks[b.TokEnd].Is("for") {
		return false
	}
	after := false // "for" just after a's period
	for k := a.TokEnd + 1; k < len(toks) && k <= a.TokEnd+3 && k < b.TokStart; k++ {
		if toks[k].Is("for") {
			after = true
			break
		}
	}
	if !after {
		return false
	}
	// The item's "and" or "or": just before b, or before its "at".
	k := b.TokStart - 1
	if k > 0 && toks[k].Is("at") {
		k--
	}
	return k > a.TokEnd && (toks[k].Is("and") || toks[k].Is("or"))
}

// levelBound reads "surged above the $47 a barrel mark": a bound and "the"
// before the amount, a level noun after it (and its period).
func levelBound(toks []lexer.Token, m Money) string {
	k := m.TokStart
	if k < 2 || !toks[k-1].Is("the") || toks[k-2].Kind != lexer.Word {
		return lexicon.Exact
	}
	words := []string{strings.ToLower(toks[k-2].Text)}
	if k >= 3 && toks[k-3].Kind == lexer.Word {
		words = []string{strings.ToLower(toks[k-3].Text), words[0]} // "broke through the"
	}
	q, n := lexicon.QualifierBefore(words)
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
	// "top the $100m (£52.7m) mark": a bracketed conversion may stand
	// between the amount and the mark.
	if end < len(toks) && toks[end].Text == "(" {
		for k := end + 1; k < len(toks) && k < end+12; k++ {
			if toks[k].Text == ")" {
				end = k + 1
				break
			}
		}
	}
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
// euros) a year" all three are less_than and per year. A conversion may
// also stand between commas after "or": "less than $4, or three euros, a
// day".
func shareConversions(toks []lexer.Token, ms []Money) {
	for i := 0; i < len(ms); i++ {
		head := ms[i]
		open := head.TokEnd
		// "200bn euros a year (£140bn; $258bn)": the period may stand
		// between the amount and its conversions.
		if head.Per != "" && open+2 < len(toks) && lexicon.IsPeriodIntroducer(toks[open].Text) && toks[open+2].Text == "(" {
			open += 2
		}
		// "less than $4, or three euros, a day": a conversion set off by
		// commas, in another currency.
		commas := open+1 < len(toks) && toks[open].Text == "," && toks[open+1].Is("or") &&
			i+1 < len(ms) && ms[i+1].TokStart == open+2 && ms[i+1].Currency != head.Currency
		if open >= len(toks) || toks[open].Text != "(" && !commas {
			continue
		}
		// The group: amounts inside the brackets, separated by ";", ",",
		// "/" or "or", up to the closing bracket.
		j, end := i+1, open+1
		if commas {
			j, end = i+2, ms[i+1].TokEnd
		}
		for !commas && j < len(ms) && ms[j].TokStart == end {
			end = ms[j].TokEnd
			if end < len(toks) && isConversionSeparator(toks[end].Text) {
				end++
			}
			j++
		}
		if commas && end < len(toks) && toks[end].Text != "," {
			continue
		}
		if j == i+1 || !commas && (end >= len(toks) || toks[end].Text != ")") {
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

// isConversionOpen reports whether s, just before an amount, makes it part
// of a bracketed conversion: "(" or a separator inside the brackets.
func isConversionOpen(s string) bool {
	return s == "(" || s == ";"
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
	if !ok {
		return Money{}, false
	}
	if n.Vague {
		return vagueAmount(toks, k, n, names)
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
			return money(k, j+2, v, unit{code: oldUnit(toks, k, toks[j+1].Text, c.Code, names), minor: c.Minor, text: toks[j+1].Text}), true
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
	u.code = oldUnit(toks, k, toks[u.end-1].Text, u.code, names)
	// "9 euros cents": the plural main unit typed before its minor one.
	if !u.minor && u.end < len(toks) && u.end-1 == j {
		if code, ok := lexicon.QualifiedCurrency(strings.TrimSuffix(strings.ToLower(u.text), "s"), toks[u.end].Text); ok && code == u.code {
			if c, ok := lexicon.CurrencyWord(toks[u.end].Text); ok && c.Minor {
				u.minor = true
				u.text += " " + toks[u.end].Text
				u.end++
			}
		}
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

// vagueAmount reads a magnitude with no number and a currency after it:
// "millions of pounds", "hundreds of millions of dollars", "tens of
// thousands of euros", "a few hundred dollars", "several billion yen". The
// amount is the magnitude's lower bound, with both bounds in Low and High.
// Counts of dozens ("dozens of dollars") and minor units ("thousands of
// pence") are left alone, and so is a weight ("thousands of pounds of
// explosives").
func vagueAmount(toks []lexer.Token, k int, n numparse.Number, names *Names) (Money, bool) {
	if n.Low.LessThan(hundred) {
		return Money{}, false
	}
	j := n.End
	of := j < len(toks) && toks[j].Is("of")
	if of {
		j++
	}
	u, ok := unitAfter(toks, j, names)
	if !ok || u.minor || u.scale != 0 || (u.ambiguous && !of) || isWeight(toks, k, n, u) {
		return Money{}, false
	}
	u.code = oldUnit(toks, k, toks[u.end-1].Text, u.code, names)
	lo, hi := n.Low, n.High
	return Money{TokStart: k, TokEnd: u.end, Amount: lo, Currency: u.code, Unit: u.text, Low: &lo, High: &hi, Vague: true}, true
}

// oldUnit returns the code of the amount at toks[k] in the currency name:
// the old unit's where the text names a new unit of that name and the
// amount is not called new ("five million lira" beside "the new lira"),
// else code.
func oldUnit(toks []lexer.Token, k int, name, code string, names *Names) string {
	if old, ok := names.oldUnit(name); ok && (k == 0 || !toks[k-1].Is("new")) {
		return old
	}
	return code
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
	// "cut profits by $3.8m to $4.9m (£2m to £2.6m)": after a move, "X to
	// Y" is still a range when its conversion is one.
	moved := false
	switch {
	case lexer.IsDash(join) && join != "—":
	case strings.EqualFold(join, "to"):
		moved = movesBefore(toks, m.TokStart, m.TokEnd)
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
	if moved && !bracketedRange(toks, second.TokEnd, names) {
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

// bracketedRange reports whether toks[j:] is a bracketed range of money
// joined by "to": "(£2m to £2.6m)".
func bracketedRange(toks []lexer.Token, j int, names *Names) bool {
	if j+1 >= len(toks) || toks[j].Text != "(" {
		return false
	}
	m, ok := at(toks, j+1, names)
	if !ok || m.TokEnd >= len(toks) || !toks[m.TokEnd].Is("to") {
		return false
	}
	m = rangeAfter(toks, m, names)
	return m.Low != nil && m.TokEnd < len(toks) && toks[m.TokEnd].Text == ")"
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
	// "helped push their 2004 earnings up to $43.1m": the thing pushed may
	// take a few words.
	if q == lexicon.UpTo && words[len(words)-n] == "up" {
		for k := from - 1; k >= 0 && k >= from-5 && toks[k].Kind != lexer.Punct; k-- {
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
// noun or two, and a link ("of", "at", "was", a dash, a colon); or the
// adjective straight after a determiner ("a maximum $3m fine").
func hedgeAdjectiveBefore(toks []lexer.Token, start int) string {
	if start < 2 {
		return lexicon.Exact
	}
	// "a maximum $3m fine": the adjective straight before the amount.
	if q, ok := lexicon.HedgeAdjective(toks[start-1].Text); ok && lexicon.IsDeterminer(toks[start-2].Text) {
		return q
	}
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

// forEachAfterPhrase reports, where toks[j] opens a short phrase of a
// preposition and up to three words ("in cash", "to the charity") followed
// by "for each" or "for every", the index of that "for": the phrase stands
// between an amount and the unit it is paid per.
func forEachAfterPhrase(toks []lexer.Token, j int) (int, bool) {
	if j >= len(toks) || toks[j].Kind != lexer.Word || !lexicon.IsFunctionWord(toks[j].Text) || toks[j].Is("for") || toks[j].Is("per") {
		return 0, false
	}
	for f := j + 2; f <= j+4 && f+1 < len(toks); f++ {
		if toks[f-1].Kind != lexer.Word {
			return 0, false
		}
		if toks[f].Is("for") && (toks[f+1].Is("each") || toks[f+1].Is("every")) {
			return f, true
		}
	}
	return 0, false
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
	} else if f, ok := forEachAfterPhrase(toks, j); ok {
		j = f // "$1.50 in cash for each MCI share", "70p to the charity for each song"
	}
	// "the £80m spent annually", "the £400m being spent yearly".
	if a := j; a+1 < len(toks) {
		if toks[a].Is("being") && a+2 < len(toks) {
			a++
		}
		if lexicon.IsSpendVerb(toks[a].Text) {
			if p, ok := lexicon.PeriodAdverb(toks[a+1].Text); ok && !toks[a+1].Is("each") {
				return p
			}
		}
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
	if j == end && minorUnit(toks[end-1].Text) && taxRateAfter(toks, j) {
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
	if j+1 >= len(toks) || !lexicon.IsPeriodIntroducer(toks[j].Text) && !toks[j].Is("on") {
		return ""
	}
	k := j + 1
	if toks[j].Is("for") || toks[j].Is("on") {
		// "$1 for an hour's worth of processing": a period's worth.
		if toks[j].Is("for") && (toks[k].Is("a") || toks[k].Is("an")) && k+1 < len(toks) && strings.HasSuffix(toks[k+1].Text, "'s") {
			if p, ok := lexicon.PeriodNoun(toks[k+1].Text); ok {
				return p
			}
		}
		// "pay five pounds for a ticket": a price for one unit; "for a
		// week" is a duration, not a rate.
		if toks[j].Is("for") && (toks[k].Is("a") || toks[k].Is("an")) && k+1 < len(toks) {
			if p, ok := lexicon.PeriodNoun(toks[k+1].Text); ok && !lexicon.IsTimePeriod(p) && (k+2 >= len(toks) || toks[k+2].Kind != lexer.Word || lexicon.IsFunctionWord(toks[k+2].Text)) {
				return p
			}
		}
		// "25 cents for each dollar", "£1 for every £2 raised", "£11,000
		// on every new house"
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
	if _, ok := periodNoun(toks[k].Text); !ok && (toks[j].Is("per") || toks[k-1].Is("each") || toks[k-1].Is("every")) {
		k = modifiedNoun(toks, k) // "per asylum seeker", "for each 20-minute shooting session"
	}
	if p, ok := periodNoun(toks[k].Text); ok {
		// "$393.9m a year earlier" dates the amount; it is not a rate.
		// "300p a share before closing" is.
		if k+1 < len(toks) && lexicon.IsTimePeriod(p) && lexicon.IsTimeRelation(toks[k+1].Text) {
			return ""
		}
		return p
	}
	return ""
}

// modifiedNoun returns the index of the period noun that a few modifiers
// starting at toks[k] qualify: "asylum seeker", "LSE share", "20-minute
// shooting session", "one megabyte", "new house". It returns k when none is
// found within three modifiers.
func modifiedNoun(toks []lexer.Token, k int) int {
	m := k
	for n := 0; n < 3 && m < len(toks); n++ {
		switch t := toks[m]; {
		case t.Kind == lexer.Number && m+2 < len(toks) && lexer.IsDash(toks[m+1].Text) && toks[m+1].Glued() && toks[m+2].Glued() && toks[m+2].Kind == lexer.Word:
			m += 3 // "20-minute"
		case t.Kind == lexer.Word && (lexicon.StartsNumber(t.Text) || capitalised(t.Text) || !lexicon.IsFunctionWord(t.Text) && !lexicon.IsDeterminer(t.Text)):
			m++ // "one megabyte", "US dollar", "new house"
		default:
			return k
		}
		if m < len(toks) {
			if _, ok := periodNoun(toks[m].Text); ok {
				return m
			}
		}
	}
	return k
}

// capitalised reports whether w starts with a capital ("US", "Guidant").
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
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
	for k := start - 1; k >= 0 && k >= start-10; k-- {
		if toks[k].Kind != lexer.Word {
			break
		}
		// "earns every year £750", "every time she breaks the record she
		// gets $30,000": a clause of words before the amount.
		// In "set out each quarter all donations over £5,000" the period
		// goes with the verb and a noun phrase of its own follows.
		if (toks[k].Is("every") || toks[k].Is("each")) && k+1 < start {
			// "Each remote hunting session will cost $150": the noun may
			// take modifiers.
			n := k + 1
			if _, ok := lexicon.PeriodNoun(toks[n].Text); !ok {
				n = modifiedNoun(toks, n)
			}
			if p, ok := lexicon.PeriodNoun(toks[n].Text); ok && n < start && (n+1 == start || !lexicon.IsDeterminer(toks[n+1].Text)) {
				return p
			}
		}
		if k < start-5 {
			continue
		}
		// "have each put up $480m", "were each fined 1m euros": the
		// subjects each did it, so the amount is per item as in "$45m
		// each".
		if toks[k].Is("each") && k > 0 && k+1 < start && lexicon.IsAuxiliary(toks[k-1].Text) {
			if p, ok := lexicon.PeriodAdverb("each"); ok {
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
	if p := perPhraseBefore(toks, start); p != "" {
		return p
	}
	return periodSubjectBefore(toks, start)
}

// isCurrencyWord reports whether w names a currency ("pence", "euros").
func isCurrencyWord(w string) bool {
	_, ok := lexicon.CurrencyWord(w)
	return ok
}

// perPhraseBefore reads a noun "per" a unit in the clause before the amount:
// "earnings per share would be lower, at between $4.0-$5.0", "spending per
// head of £500". It reads back over words and commas only, so it stops at
// another amount.
func perPhraseBefore(toks []lexer.Token, start int) string {
	for k := start - 2; k >= 0 && k >= start-10; k-- {
		t := toks[k]
		if t.Kind != lexer.Word && t.Text != "," {
			return ""
		}
		// The noun before "per" is a word of its own, not an amount's
		// unit: in "300p per share, which would value it at £800m" the
		// period is 300p's.
		if t.Is("per") && toks[k+1].Kind == lexer.Word && k > 0 && toks[k-1].Kind == lexer.Word && !toks[k-1].Glued() && !isCurrencyWord(toks[k-1].Text) {
			if p, ok := lexicon.PeriodNoun(toks[k+1].Text); ok && !lexicon.IsTimePeriod(p) {
				return p
			}
		}
	}
	return ""
}

// periodSubjectBefore reads a period adjective on the subject of a change
// whose level is the amount: "average monthly wages fell 1.8% in December
// to 895.4 reais", "my monthly bill had risen from its normal £3 to £5".
// The adjective and its noun come first, then a change verb, then the
// amount, within one clause of a few words.
func periodSubjectBefore(toks []lexer.Token, start int) string {
	// The level's link, a word or two before it: "to", "from its normal".
	link := start - 1
	for link >= 0 && link >= start-3 && toks[link].Kind == lexer.Word && !toks[link].Is("to") && !toks[link].Is("from") && !toks[link].Is("at") {
		link--
	}
	if link < 0 || link < start-3 || toks[link].Kind != lexer.Word {
		return ""
	}
	changed := false
	for k := link - 1; k >= 1 && k >= start-14; k-- {
		t := toks[k]
		switch {
		case t.Kind == lexer.Punct && t.Text != "%" && t.Text != "," && !lexer.IsDash(t.Text):
			return ""
		case t.Kind != lexer.Word:
			continue
		}
		if _, ok := lexicon.ChangeCue(t.Text); ok {
			changed = true
			continue
		}
		if p, ok := lexicon.PeriodAdjective(t.Text); ok {
			// The adjective qualifies the noun after it, and a change
			// follows that noun: "monthly wages fell".
			if !changed || k+2 >= start || toks[k+1].Kind != lexer.Word || isResult(toks, k+1, start) {
				return ""
			}
			if _, ok := lexicon.ChangeCue(toks[k+1].Text); ok {
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
		if lexicon.IsResultNoun(toks[k].Text) {
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
// amount qualifies: a function word, a determiner, an auxiliary, a
// participle such as "spent", or a period adverb ("a £5m annually").
func notContext(w string) bool {
	if lexicon.IsFunctionWord(w) || lexicon.IsDeterminer(w) || lexicon.IsSpeechSkip(w) || lexicon.IsSpendVerb(w) {
		return true
	}
	_, period := lexicon.PeriodAdverb(w)
	return period
}

// Package stats finds the statistics in the tokens of one sentence: every
// figure that is not money. It reads counts ("9,400 people"), percentages
// ("14 percent", "14%", "14 per cent", "14pc"), percentage points,
// fractions ("a fifth", "two-thirds"), ratios ("one in five"), multiples
// ("doubled", "three times as many") and rates ("12 per 100,000"), with the
// hedge before the figure ("more than", "topped"), what it counts (a noun
// phrase found with part-of-speech tags) and the way it moved ("up",
// "fell by", "from X to Y").
//
// It leaves out what is not a statistic: money (the caller passes the money
// spans), years and dates, times, periods ("over the next two years"),
// ages, ordinals, labels and codes ("Article 50", "Covid-19", "page 5"),
// scores ("won 3-1"), and "one" used as a pronoun.
package stats

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/newsclaims/claims/extract/internal/lexer"
	"github.com/newsclaims/claims/extract/internal/lexicon"
	"github.com/newsclaims/claims/extract/internal/numparse"
)

// Kinds of statistic; they are the public JSON values.
const (
	Count            = "count"
	Percent          = "percent"
	PercentagePoints = "percentage_points"
	Fraction         = "fraction"
	Ratio            = "ratio"
	Multiple         = "multiple"
	Rate             = "rate"
)

// Stat is one statistic found.
type Stat struct {
	// Start and End are the byte offsets of the figure, qualifier excluded.
	Start, End int
	// TokStart and TokEnd are its token indexes in the slice given to Find.
	TokStart, TokEnd int
	Kind             string
	Value            decimal.Decimal
	// Vague is set for a magnitude with no number; Low and High bound it.
	// Low and High also bound a range ("10-15%").
	Vague     bool
	Low, High *decimal.Decimal
	Qualifier string
	// Subject is what is counted, with its byte offsets; empty when none.
	Subject                  string
	SubjectStart, SubjectEnd int
	// Change is the movement the figure states, nil when none.
	Change *Change
}

// Change is the movement a figure states.
type Change struct {
	Direction string
	// Cue is the word that says so, with its byte offsets.
	Cue              string
	CueStart, CueEnd int
	// From is, for "from X to Y", the index in Find's result of X; -1
	// otherwise.
	From int
}

// Tagger returns the Penn Treebank tag of each token of toks[lo:hi], a run
// of the sentence given to Find, the run tagged as a sentence of its own.
// Find calls it only around figures, on windows of a dozen tokens, and
// reads the slice before it calls again.
type Tagger func(lo, hi int) []string

// Span is a byte range, end exclusive.
type Span struct{ Start, End int }

// Find returns the statistics in toks, the tokens of one sentence of text,
// in order and without overlap. Figures that touch a span in skip (the
// money found in the sentence) are left out. tag may be nil: subjects are
// then left empty.
func Find(text string, toks []lexer.Token, skip []Span, tag Tagger) []Stat {
	s := sentence{text: text, toks: toks, skip: skip, tagger: tag}
	defer s.releaseTags()
	var out []Stat
	for k := 0; k < len(toks); {
		if !s.mayStart(k) {
			k++
			continue
		}
		st, next, ok := s.at(k)
		if next <= k {
			next = k + 1
		}
		if ok {
			out = append(out, st)
		}
		k = next
	}
	if len(out) == 0 {
		return out
	}
	for i := range out {
		s.subject(&out[i])
		if out[i].Change == nil {
			out[i].Change = s.change(out[i])
		}
	}
	out = s.dropListings(out)
	out = s.dropPeriods(out)
	out = s.dropMoneyCounts(out)
	out = s.dropAges(out)
	out = s.dropNamedModifiers(out)
	out = s.dropVagueMoney(out)
	s.inheritSubjects(out)
	s.frameSubjects(out)
	s.fromTo(out)
	s.dropMoneyMultiples(&out)
	return out
}

// sentence is one sentence being read.
type sentence struct {
	text  string
	toks  []lexer.Token
	skip  []Span
	money []uint8
	// title and rates cache titleCase and whether a rate noun is present:
	// 0 not yet known, 1 yes, 2 no.
	title, rates uint8
	tagger       Tagger
	tags         []string
	done         []bool
	table        *tagTable // tags and done, from tagTables
}

// tagTable is the tags of a sentence's tokens and which are known.
type tagTable struct {
	tags []string
	done []bool
}

// tagTables holds tag tables between calls of Find: nothing Find returns
// refers to them.
var tagTables = sync.Pool{New: func() any { return new(tagTable) }}

// releaseTags gives the sentence's tag table back, unless it is huge.
func (s *sentence) releaseTags() {
	if s.table != nil && cap(s.table.done) <= 1<<16 {
		tagTables.Put(s.table)
	}
}

func (s *sentence) word(i int) string {
	if i < 0 || i >= len(s.toks) || s.toks[i].Kind != lexer.Word {
		return ""
	}
	return s.toks[i].Text
}

func (s *sentence) lower(i int) string { return strings.ToLower(s.word(i)) }

func (s *sentence) is(i int, w string) bool {
	return i >= 0 && i < len(s.toks) && lexer.EqualFold(s.toks[i].Text, w)
}

// tag returns the tag of toks[i]. Tags are computed on first use, for a
// window of tokens around i only: the tagger reads two words either side,
// so a window tags its middle as the whole sentence would, at a fraction
// of the cost for long sentences.
func (s *sentence) tag(i int) string {
	n := len(s.toks)
	if i < 0 || i >= n {
		return ""
	}
	if s.tags == nil {
		t := tagTables.Get().(*tagTable)
		if cap(t.done) < n {
			t.tags, t.done = make([]string, n), make([]bool, n)
		}
		t.tags, t.done = t.tags[:n], t.done[:n]
		clear(t.tags)
		clear(t.done)
		s.table, s.tags, s.done = t, t.tags, t.done
	}
	if !s.done[i] {
		lo, hi := max(0, i-tagBefore), min(n, i+tagAfter)
		var got []string
		if s.tagger != nil {
			got = s.tagger(lo, hi)
		}
		// Keep the middle of the window; its edges are tagged again, with
		// more context, if a later call needs them.
		keepLo, keepHi := lo+tagMargin, hi-tagMargin
		if lo == 0 {
			keepLo = 0
		}
		if hi == n {
			keepHi = n
		}
		for j := lo; j < hi; j++ {
			if s.done[j] || (j < keepLo || j >= keepHi) && j != i {
				continue
			}
			if j-lo < len(got) {
				s.tags[j] = got[j-lo]
			}
			s.done[j] = true
		}
	}
	return s.tags[i]
}

// The tagging window around a token, and the margin at its edges whose
// tags are not kept.
const (
	tagBefore = 4
	tagAfter  = 7
	tagMargin = 2
)

// Marks on tokens for the skip spans.
const (
	inMoney    = 1 // the token overlaps a skip span
	startMoney = 2 // a skip span starts at the token
	inURL      = 4 // the token is part of a web or e-mail address
)

// marks returns, computed once in one pass over the (ordered) skip spans
// and one over the tokens, each token's skip-span and URL marks.
func (s *sentence) marks() []uint8 {
	if s.money == nil {
		s.money = make([]uint8, len(s.toks))
		markURLs(s.toks, s.money)
		k := 0
		for _, sp := range s.skip {
			for k > 0 && s.toks[k-1].End > sp.Start {
				k-- // spans may share a token
			}
			for k < len(s.toks) && s.toks[k].End <= sp.Start {
				k++
			}
			if k < len(s.toks) && s.toks[k].Start == sp.Start {
				s.money[k] |= startMoney
			}
			for j := k; j < len(s.toks) && s.toks[j].Start < sp.End; j++ {
				s.money[j] |= inMoney
			}
		}
	}
	return s.money
}

// skipped reports whether toks[i] lies in a skip span or a URL.
func (s *sentence) skipped(i int) bool {
	return s.marks()[i]&(inURL|inMoney) != 0
}

// markURLs marks inURL the tokens of web addresses, e-mail addresses and
// query strings: runs of tokens with no space between them that hold
// "://", "www", "@" or "=".
func markURLs(toks []lexer.Token, marks []uint8) {
	for i := 0; i < len(toks); {
		j := i + 1
		for j < len(toks) && toks[j].Glued() {
			j++
		}
		url := false
		for k := i; k < j && !url; k++ {
			switch t := toks[k].Text; {
			case t == "@" || t == "=" || lexer.EqualFold(t, "www") || lexer.EqualFold(t, "http") || lexer.EqualFold(t, "https"):
				url = true
			case t == ":" && k+2 < j && toks[k+1].Text == "/" && toks[k+2].Text == "/":
				url = true
			}
		}
		if url {
			for k := i; k < j; k++ {
				marks[k] |= inURL
			}
		}
		i = j
	}
}

// mayStart reports whether a statistic can start at token k; no means at
// reads none there and goes on at k+1.
func (s *sentence) mayStart(k int) bool {
	t := &s.toks[k]
	// Most words start nothing; one lookup passes over them, before the
	// sentence's URLs and money are marked.
	if t.Kind == lexer.Word && !lexicon.StartsStatistic(t.Text) {
		return false
	}
	switch t.Kind {
	case lexer.Number, lexer.Word:
	case lexer.Punct:
		// Punctuation starts a figure only as a sign ("-5"), a vulgar
		// fraction ("½") or a point (".08").
		if _, frac := lexicon.VulgarFraction(t.Text); !frac && t.Text != "-" && t.Text != "−" && t.Text != "." {
			return false
		}
	default:
		return false
	}
	return true
}

// at reads the statistic that starts at token k, if any. next is where to
// go on reading.
func (s *sentence) at(k int) (Stat, int, bool) {
	t := &s.toks[k]
	if !s.mayStart(k) {
		return Stat{}, k + 1, false
	}
	if s.skipped(k) {
		return Stat{}, k + 1, false
	}
	if t.Kind == lexer.Word {
		if st, next, ok := s.multipleWord(k); ok || next > k {
			return st, next, ok
		}
		if st, next, ok := s.percentOf(k); ok {
			return st, next, ok
		}
	}
	n, ok := numparse.Phrase(s.toks, k)
	if !ok {
		return Stat{}, k + 1, false
	}
	if numparse.BrokenGroup(s.toks, n) {
		return Stat{}, n.End + 2, false // "110,00": a typo, value unknown
	}
	// "outfit - 17 places": a spaced dash is punctuation, not a sign.
	if n.Signed && t.Kind == lexer.Punct && k+1 < len(s.toks) && !s.toks[k+1].Glued() {
		return Stat{}, k + 1, false
	}
	for i := k; i < n.End; i++ {
		if s.skipped(i) {
			return Stat{}, n.End, false
		}
	}
	return s.figure(k, n)
}

// figure classifies the number n read at k.
func (s *sentence) figure(k int, n numparse.Number) (Stat, int, bool) {
	toks := s.toks
	end := n.End
	st := Stat{TokStart: n.Start, Kind: Count, Value: n.Value, Qualifier: lexicon.Exact}
	subjTok := -1 // a unit glued to the digits that is the subject
	if n.Slash {
		return Stat{}, end, false
	}
	if n.Suffix >= 0 {
		suf := toks[n.Suffix].Text
		switch {
		case lexicon.IsPercentWord(suf):
			st.Kind = Percent
			end = n.Suffix + 1
		case lexicon.IsMeasureUnit(suf):
			subjTok = n.Suffix
			end = n.Suffix + 1
		default:
			// "14th", "1990s", "3G", "10am": not a statistic; skip what is
			// glued to it.
			return Stat{}, gluedEnd(toks, n.Suffix), false
		}
	}
	if s.notStatistic(k, n) {
		// "aged 30 to 40", "Windows 95, 98": what continues a label is a
		// label too.
		next := s.pastGlued(end)
		for next+1 < len(toks) && (s.is(next, "to") || s.is(next, "and") || s.is(next, "or") || toks[next].Text == "," || lexer.IsDash(toks[next].Text)) && toks[next+1].Kind == lexer.Number {
			m, ok := numparse.Parse(toks, next+1)
			if !ok {
				break
			}
			next = m.End
		}
		return Stat{}, next, false
	}
	// The unit after the number.
	switch {
	case st.Kind == Percent:
	case end < len(toks) && toks[end].Text == "%":
		st.Kind = Percent
		end++
	case lexicon.IsPercentWord(s.word(end)) && !s.is(end, "%"):
		st.Kind = Percent
		end++
	case s.is(end, "per") && s.is(end+1, "cent"):
		st.Kind = Percent
		end += 2
	}
	if st.Kind == Percent && strings.EqualFold(s.word(end-1), "percentage") || st.Kind == Count && s.is(end, "percentage") {
		if s.is(end, "point") || s.is(end, "points") {
			st.Kind = PercentagePoints
			end++
		} else if s.is(end, "percentage") && (s.is(end+1, "point") || s.is(end+1, "points")) {
			st.Kind = PercentagePoints
			end += 2
		}
	}
	switch {
	case n.Ratio:
		st.Kind = Ratio
	case n.Fraction && !n.Scaled && st.Kind == Count:
		if !s.fractionIsShare(k, n) {
			return Stat{}, end, false
		}
		st.Kind = Fraction
	case n.Vague:
		st.Vague = true
		// "hundreds and hundreds", "thousands and thousands"
		if s.is(end, "and") && end+1 < len(toks) && lexer.EqualFold(toks[end+1].Text, toks[n.End-1].Text) {
			end += 2
		}
		lo, hi := n.Low, n.High
		st.Low, st.High = &lo, &hi
		if lexer.EqualFold(toks[n.Start].Text, "scores") && !s.is(end, "of") {
			return Stat{}, end, false
		}
	}
	// "by a factor of 10": a multiple.
	if st.Kind == Count && k > 2 && s.is(k-1, "of") && s.is(k-2, "factor") && s.is(k-3, "a") {
		st.Kind = Multiple
	}
	if st.Kind == Count && !n.Vague && !n.Ratio && !n.Fraction {
		// "12 per 100,000": a rate.
		if s.is(end, "per") {
			if d, ok := numparse.Phrase(toks, end+1); ok && !d.Ratio && !d.Fraction && !d.Vague && d.Suffix < 0 {
				st.Kind = Rate
				end = d.End
			}
		}
		// "three times as many": a multiple.
		if st.Kind == Count && s.is(end, "times") && lexicon.IsTimesComparative(s.word(end+1)) {
			st.Kind = Multiple
			end++
		}
	}
	if st.Kind == Count && s.is(end, "points") && s.pointsArePercentage(k) {
		st.Kind = PercentagePoints
		end++
	}
	// A range: "10-15%", "10 to 15 per cent", "between 10 and 20 people".
	if r, ok := s.rangeAfter(k, n, end, st.Kind); ok {
		lo, hi := st.Value, r.Value
		st.Low, st.High = &lo, &hi
		st.Kind = r.Kind
		end = r.TokEnd
	} else if st.Kind == Count && !n.Vague && s.scoreOrCode(n.End) {
		return Stat{}, s.pastGlued(end), false
	} else if st.Kind == Count && !n.Vague && s.is(end, "to") && end+2 < len(toks) && s.tag(end+2) == "NN" {
		// "an eight to one majority", "a 3 to 1 win": a score.
		if m, ok := numparse.Parse(toks, end+1); ok && m.End == end+2 {
			return Stat{}, m.End, false
		}
	}
	// "magnify text by up to 10 times": a multiple.
	if st.Kind == Count && s.is(end, "times") {
		if _, q := s.qualifierBefore(k); q > 0 && s.is(q-1, "by") {
			st.Kind = Multiple
			end++
		}
	}
	if st.Kind == Count && !n.Vague && !n.Ratio && subjTok < 0 && s.isPeriodOrLabel(end) {
		return Stat{}, end, false
	}
	st.TokEnd = end
	st.Start, st.End = toks[st.TokStart].Start, toks[end-1].End
	st.Qualifier = s.qualifier(st.TokStart, end)
	if subjTok >= 0 {
		st.Subject = toks[subjTok].Text
		st.SubjectStart, st.SubjectEnd = toks[subjTok].Start, toks[subjTok].End
	}
	// Skip an after-qualifier so it is not read as a figure.
	return st, end, true
}

// gluedEnd returns the index past the run of tokens glued to toks[i].
func gluedEnd(toks []lexer.Token, i int) int {
	j := i + 1
	for j < len(toks) && toks[j].Glued() {
		j++
	}
	return j
}

// pastGlued returns where reading goes on after a rejected figure ending at
// end: past anything glued to it ("2004-05", "3-1").
func (s *sentence) pastGlued(end int) int {
	if end < len(s.toks) && s.toks[end].Glued() && s.toks[end].Kind == lexer.Punct && s.toks[end].Text != "," && s.toks[end].Text != "." {
		return gluedEnd(s.toks, end)
	}
	return end
}

// notStatistic reports the numbers that are not statistics whatever
// follows them: "one" as a pronoun, years, dates, times, labels, codes,
// phone numbers.
func (s *sentence) notStatistic(k int, n numparse.Number) bool {
	toks := s.toks
	first := toks[n.Start]
	// A number word with a capital inside a sentence is part of a name:
	// "Six Nations", "Five Live".
	if !n.Digits && k > 0 && !((lexer.IsQuoteMark(toks[k-1].Text) || toks[k-1].Text == "(") && first.Glued()) {
		r, _ := utf8.DecodeRuneInString(first.Text)
		if unicode.IsUpper(r) && (!s.titleCase() || s.capitalisedName(n.End)) {
			return true
		}
	}
	// "at the age of 93"
	if k > 1 && s.is(k-1, "of") && (s.is(k-2, "age") || s.is(k-2, "aged")) {
		return true
	}
	// "the last 16", "the final eight": a round of a contest.
	if k > 1 && (s.is(k-1, "last") || s.is(k-1, "final")) && s.is(k-2, "the") && (n.End >= len(toks) || toks[n.End].Kind == lexer.Punct || s.is(n.End, "of") || s.is(n.End, "in") || s.is(n.End, "at") || s.is(n.End, "stage") || s.is(n.End, "round")) {
		return true
	}
	// "Kenteris, 31, and Thanou, 30": an age after a name.
	if n.Digits && k > 1 && toks[k-1].Text == "," && n.End < len(toks) && (toks[n.End].Text == "," || toks[n.End].Text == ")" || toks[n.End].Text == "." || lexer.IsDash(toks[n.End].Text)) &&
		(s.tag(k-2) == "NNP" || s.capitalisedName(k-2)) && n.Value.IsInteger() && n.Value.LessThan(decimal.NewFromInt(120)) {
		return true
	}
	// "18 to 24-year-old": the low end of an age range.
	if n.End+4 < len(toks) && (s.is(n.End, "to") || s.is(n.End, "or") || s.is(n.End, "and") || lexer.IsDash(toks[n.End].Text)) &&
		(toks[n.End+1].Kind == lexer.Number || s.word(n.End+1) != "") && lexer.IsDash(toks[n.End+2].Text) && s.is(n.End+3, "year") {
		return true
	}
	// "The 39 Steps": a capitalised "The" inside a sentence opens a title.
	if k > 1 && toks[k-1].Text == "The" && !s.titleCase() {
		return true
	}
	// A height: "5' 10\"", "6'2".
	if n.Digits && n.End < len(toks) && toks[n.End].Glued() && (toks[n.End].Text == "'" || toks[n.End].Text == "’" || toks[n.End].Text == "\"" || toks[n.End].Text == "”") && !n.Scaled {
		if n.End+1 >= len(toks) || toks[n.End+1].Kind == lexer.Number || toks[n.End+1].Space {
			if k == 0 || !(lexer.IsQuoteMark(toks[k-1].Text) && first.Glued()) {
				return true
			}
		}
	}
	// "$110,00": digits glued after a comma after digits.
	if k > 1 && first.Glued() && toks[k-1].Text == "," && toks[k-1].Glued() && toks[k-2].Kind == lexer.Number {
		return true
	}
	// "his ranking down at 168": a position.
	if k > 1 && s.is(k-1, "at") {
		for i := k - 2; i >= 0 && i >= k-4; i-- {
			if lexicon.IsRankWord(s.word(i)) {
				return true
			}
		}
	}
	// A chart place: "down three places to 10", "up two spots to five".
	if k > 1 && s.is(k-1, "to") && lexicon.IsPlaceNoun(s.word(k-2)) {
		return true
	}
	// A memory size: "16k" with no currency.
	if n.Digits && n.Scaled && n.End-1 > k && lexer.EqualFold(toks[n.End-1].Text, "k") && toks[n.End-1].Glued() && (n.End >= len(toks) || toks[n.End].Kind == lexer.Punct) {
		return true
	}
	// A list mark: "2)" or "3." opening a sentence.
	if n.Digits && k == 0 && n.End < len(toks) && (toks[n.End].Text == ")" || toks[n.End].Text == "." && n.End+1 < len(toks)) && toks[n.End].Glued() {
		return true
	}
	// "one", "a", "an" alone: a pronoun or an article.
	if !n.Digits && !n.Scaled && !n.Ratio && !n.Fraction && !n.Vague && n.Value.Equal(decimal.NewFromInt(1)) {
		return true
	}
	if n.Digits && first.Kind == lexer.Number {
		txt := first.Text
		// A year: four digits from 1000 to 2099, no separator, no scale.
		if len(txt) == 4 && !n.Scaled && n.Suffix < 0 && txt >= "1000" && txt <= "2099" && !s.percentAfter(n.End) {
			return true
		}
		// A phone number or a code with a leading zero: "0800", "007".
		if len(txt) >= 3 && txt[0] == '0' && !strings.Contains(txt, ".") {
			return true
		}
		// A time: "10:30", "0:00", and the part after the colon.
		if n.End < len(toks) && toks[n.End].Text == ":" && toks[n.End].Glued() {
			return true
		}
		if k > 0 && toks[k-1].Text == ":" && first.Glued() {
			return true
		}
		// Glued to a word or a dash after a word: "Covid-19", "mid-2004",
		// "A380", "PS2".
		if k > 0 && first.Glued() && (toks[k-1].Kind == lexer.Word || lexer.IsDash(toks[k-1].Text) && k > 1 && toks[k-1].Glued() && toks[k-2].Kind == lexer.Word) {
			return true
		}
		// A number after a decimal point or another number glued: "1.2.3";
		// an HTML entity "&#233;"; a year "'94".
		if k > 0 && first.Glued() && (toks[k-1].Text == "." || toks[k-1].Text == "/" || toks[k-1].Text == "#" || toks[k-1].Text == "&") {
			return true
		}
		if k > 0 && first.Glued() && len(txt) == 2 && (toks[k-1].Text == "'" || toks[k-1].Text == "’") && (k == 1 || toks[k-1].Space) {
			return true
		}
		if n.End < len(toks) && toks[n.End].Text == "/" && toks[n.End].Glued() {
			return true
		}
		// A number in brackets on its own: a list mark or a reference.
		if k > 0 && n.End < len(toks) && toks[k-1].Text == "(" && toks[n.End].Text == ")" && !s.percentAfter(n.End) {
			return true
		}
		// The day of a date: "Nov. 4", "July 4", "4 July".
		if s.dateBefore(k) || lexicon.IsMonth(s.word(n.End)) || s.is(n.End, "of") && lexicon.IsMonth(s.word(n.End+1)) {
			return true
		}
		// "from 6 to 9 January", "on 4 or 5 April": the first day of two.
		if n.End+2 < len(toks) && (s.is(n.End, "to") || s.is(n.End, "or") || s.is(n.End, "and") || lexer.IsDash(toks[n.End].Text)) &&
			toks[n.End+1].Kind == lexer.Number && lexicon.IsMonth(s.word(n.End+2)) {
			return true
		}
	}
	// A label: "page 5", "Article 50", "top 10", "aged 45", "aged between
	// 18 and 34".
	if k > 0 && lexicon.IsReferenceWord(s.word(k-1)) && !s.percentAfter(n.End) {
		return true
	}
	if k > 1 && s.is(k-1, "between") && lexicon.IsReferenceWord(s.word(k-2)) && !s.percentAfter(n.End) {
		return true
	}
	// "between the ages of 16 and 18", "the pension age from 60 to 65"
	if k > 2 && (s.is(k-1, "of") && (s.is(k-2, "ages") || s.is(k-2, "age")) || s.is(k-1, "from") && s.is(k-2, "age")) {
		return true
	}
	// "a year or two", "a week to 10 days": the second of two periods.
	if k > 1 && (s.is(k-1, "or") || s.is(k-1, "to")) && lexicon.IsTimeUnit(s.word(k-2)) {
		return true
	}
	// "3.817.69": a number with two points is not one.
	if n.Digits && n.End+1 < len(toks) && toks[n.End].Text == "." && toks[n.End].Glued() && toks[n.End+1].Glued() && toks[n.End+1].Kind == lexer.Number {
		return true
	}
	// "top-five", "under-21": a number word glued by a dash to a word.
	if !n.Digits && k > 1 && lexer.IsDash(toks[k-1].Text) && first.Glued() && toks[k-1].Glued() && toks[k-2].Kind == lexer.Word {
		return true
	}
	// A name or code: a number after a capitalised word that is not the
	// sentence's first ("Radio 4", "Apollo 13", "Arsenal 2").
	if n.Digits && k > 0 && s.capitalisedName(k-1) && !s.percentAfter(n.End) && !n.Scaled {
		return true
	}
	// An age: "aged 45", "45-year-old", "45 years old".
	if n.End+2 < len(toks) && lexer.IsDash(toks[n.End].Text) && toks[n.End].Glued() && s.is(n.End+1, "year") {
		return true
	}
	if s.is(n.End, "years") && s.is(n.End+1, "old") {
		return true
	}
	// A race: "the 100m final", "5,000m", "in the 800m also".
	if n.Scaled && n.Digits && n.End-1 < len(toks) && lexer.EqualFold(toks[n.End-1].Text, "m") && toks[n.End-1].Glued() &&
		(n.End >= len(toks) || lexicon.IsSportEvent(s.word(n.End)) || toks[n.End].Kind == lexer.Punct ||
			(s.is(k-1, "the") || s.is(k-1, "last") || s.is(k-1, "first") || s.is(k-1, "final")) && !isNoun(s.tag(n.End)) && !strings.HasPrefix(s.tag(n.End), "JJ")) {
		return true
	}
	return false
}

// capitalisedName reports whether toks[i] is a capitalised word that names
// something a number after it labels: not the sentence's first word, not a
// hedge or function word, not a possessive.
func (s *sentence) capitalisedName(i int) bool {
	w := s.word(i)
	if w == "" {
		return false
	}
	if i == 0 {
		// The sentence's first word: a name only when tagged one ("Lita
		// 45, 52").
		if lexicon.IsMinorTitleWord(strings.ToLower(w)) {
			return false
		}
		// "Halo 2 is out": a capitalised word, a number, then a verb.
		r, _ := utf8.DecodeRuneInString(w)
		return s.tag(i) == "NNP" || unicode.IsUpper(r) && i+2 < len(s.toks) && s.toks[i+1].Kind == lexer.Number && strings.HasPrefix(s.tag(i+2), "VB") && s.tag(i) != "DT"
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
		return false
	}
	// A headline in title case capitalises every word.
	if q, _ := lexicon.QualifierBefore([]string{strings.ToLower(w)}); q != "" {
		return false
	}
	if _, ok := lexicon.ChangeCue(w); ok || lexicon.IsMinorTitleWord(strings.ToLower(w)) || lexicon.IsLevelVerb(w) {
		return false
	}
	return true
}

// titleCase reports whether the sentence is a title-case headline, where
// every word has a capital.
func (s *sentence) titleCase() bool {
	if s.title == 0 {
		s.title = 2
		if s.computeTitleCase() {
			s.title = 1
		}
	}
	return s.title == 1
}

func (s *sentence) computeTitleCase() bool {
	if n := len(s.toks); n == 0 || s.toks[n-1].Text == "." {
		return false
	}
	words, caps := 0, 0
	for _, t := range s.toks {
		if t.Kind != lexer.Word || lexicon.IsMinorTitleWord(t.Text) {
			continue
		}
		words++
		r, _ := utf8.DecodeRuneInString(t.Text)
		if unicode.IsUpper(r) {
			caps++
		}
	}
	return words > 0 && caps*4 >= words*3
}

// dateBefore reports whether a month name stands before toks[k]: "Nov. 4",
// "July 4".
func (s *sentence) dateBefore(k int) bool {
	j := k - 1
	if j >= 0 && s.toks[j].Text == "." {
		j--
	}
	return lexicon.IsMonth(s.word(j))
}

// percentAfter reports whether a percent sign or word follows toks[end-1].
func (s *sentence) percentAfter(end int) bool {
	if end >= len(s.toks) {
		return false
	}
	return lexicon.IsPercentWord(s.toks[end].Text) || s.is(end, "per") && s.is(end+1, "cent")
}

// scoreOrCode reports a number joined by a glued dash or slash to another
// number with nothing after that makes it a range: "3-1", "2004-05", "9-11".
func (s *sentence) scoreOrCode(end int) bool {
	toks := s.toks
	if end+1 < len(toks) && lexer.IsDash(toks[end].Text) && toks[end].Glued() && toks[end+1].Glued() && toks[end+1].Kind == lexer.Number {
		return true
	}
	return false
}

// isPeriodOrLabel reports whether a count ending at end sets a period ("two
// years", "a 10-year deal") or makes a compound modifier ("a 10-point
// plan", "a 20-strong squad").
func (s *sentence) isPeriodOrLabel(end int) bool {
	toks := s.toks
	if end < len(toks) && lexer.IsDash(toks[end].Text) && toks[end].Glued() && end+1 < len(toks) && toks[end+1].Glued() && toks[end+1].Kind == lexer.Word {
		// "40-odd", "30-plus" are hedges, not compounds.
		q, _ := lexicon.QualifierAfter([]string{strings.ToLower(toks[end+1].Text)})
		return q == ""
	}
	j := end
	// "two full years", "three more weeks"
	for m := 0; m < 2 && j < len(toks); m++ {
		if lexicon.IsTimeUnit(s.word(j)) {
			return true
		}
		switch strings.ToLower(s.word(j)) {
		case "more", "full", "whole", "further", "straight", "consecutive", "successive", "long", "extra", "additional", "previous", "past", "next":
			j++
			continue
		}
		break
	}
	return false
}

// fractionIsShare reports whether a bare fraction word is a share ("a
// fifth of", "by a third", "half of") and not an ordinal ("a third term")
// or a part of a period ("half an hour", "the second half").
func (s *sentence) fractionIsShare(k int, n numparse.Number) bool {
	toks := s.toks
	first := strings.ToLower(toks[n.Start].Text)
	next := n.End
	if first == "half" {
		if k > 0 && lexicon.IsOrdinalBeforeHalf(s.word(k-1)) || next < len(toks) && lexer.IsDash(toks[next].Text) && toks[next].Glued() {
			return false
		}
		// "half of", "half the", "by half", "more than half"
		if s.is(next, "of") || s.is(next, "the") || s.is(next, "their") || s.is(next, "its") || s.is(next, "his") || s.is(next, "her") {
			return !(s.is(next, "the") && lexicon.IsTimeUnit(s.word(next+1)))
		}
		if k > 0 {
			p := s.lower(k - 1)
			if p == "by" || p == "than" || p == "about" || p == "almost" || p == "nearly" || p == "over" || p == "around" {
				return next >= len(toks) || toks[next].Kind == lexer.Punct
			}
		}
		return false
	}
	// "a third term", "a quarter-final": a word or hyphen after the fraction
	// makes it an ordinal or a compound.
	if next < len(toks) && lexer.IsDash(toks[next].Text) && toks[next].Glued() {
		return false
	}
	if s.is(next, "of") {
		return true
	}
	// "slid in a third", "won a fifth": without "of", a share needs a
	// word before it that takes one.
	if k == 0 || !lexicon.IsShareContext(s.word(k-1)) {
		return false
	}
	if next >= len(toks) || toks[next].Kind != lexer.Word {
		return true
	}
	w := strings.ToLower(toks[next].Text)
	switch w {
	case "of", "on", "in", "since", "from", "to", "than", "compared", "over", "and", "or", "last", "this", "year-on-year", "between", "during", "at", "while", "but", "after", "before", "as", "for", "among", "when":
		return true
	}
	if lexicon.IsTimeUnit(w) || s.tag(next) == "IN" || s.tag(next) == "CC" {
		return !(first == "a" && lexicon.IsTimeUnit(w))
	}
	return false
}

// pointsArePercentage reports whether "N points" after a change cue are
// percentage points: the sentence also states a percentage.
func (s *sentence) pointsArePercentage(k int) bool {
	if k == 0 {
		return false
	}
	if _, ok := lexicon.ChangeCue(s.word(k - 1)); !ok && !(s.is(k-1, "by") && k > 1) {
		return false
	}
	// Share indexes move by points too ("the Dow closed down 0.89
	// points"): only a rate, a share of a vote or a poll lead moves by
	// percentage points.
	if s.rates == 0 {
		s.rates = 2
		for i := range s.toks {
			if lexicon.IsPercentRateNoun(s.word(i)) {
				s.rates = 1
				break
			}
		}
	}
	return s.rates == 1
}

// rangeResult is the second end of a range.
type rangeResult struct {
	Value  decimal.Decimal
	Kind   string
	TokEnd int
}

// rangeAfter reads the second end of a range after a figure: "10-15%",
// "10 to 15 per cent", "between 10 and 20 people".
func (s *sentence) rangeAfter(k int, n numparse.Number, end int, kind string) (rangeResult, bool) {
	toks := s.toks
	if n.Vague || n.Ratio || n.Fraction || end >= len(toks) {
		return rangeResult{}, false
	}
	j := end
	between := k > 0 && s.is(k-1, "between")
	switch {
	case lexer.IsDash(toks[j].Text) && toks[j].Text != "—":
	case s.is(j, "to") && !(k > 0 && s.is(k-1, "from")):
	case s.is(j, "and") && between:
	default:
		return rangeResult{}, false
	}
	m, ok := numparse.Parse(toks, j+1)
	if !ok || m.Vague || m.Fraction || m.Suffix >= 0 && !lexicon.IsPercentWord(toks[m.Suffix].Text) {
		return rangeResult{}, false
	}
	for i := j + 1; i < m.End; i++ {
		if s.skipped(i) {
			return rangeResult{}, false
		}
	}
	e := m.End
	k2 := Count
	if m.Suffix >= 0 {
		k2, e = Percent, m.Suffix+1
	} else if s.percentAfter(e) {
		k2 = Percent
		if s.is(e, "per") {
			e += 2
		} else {
			e++
		}
	}
	if kind == Percent && k2 != Percent {
		return rangeResult{}, false
	}
	if kind == Count && k2 == Count {
		// "10-15 people": a dash range needs a plural noun after it, or
		// it is a score ("3-1 win").
		if !between && !strings.HasSuffix(s.tag(e), "S") {
			return rangeResult{}, false
		}
		if n.Value.GreaterThanOrEqual(m.Value) {
			return rangeResult{}, false
		}
	}
	if kind != Count && k2 != kind {
		return rangeResult{}, false
	}
	if m.Value.LessThan(n.Value) {
		return rangeResult{}, false
	}
	return rangeResult{Value: m.Value, Kind: k2, TokEnd: e}, true
}

// qualifier reads the hedge before the figure at start, or after it.
func (s *sentence) qualifier(start, end int) string {
	if q, _ := s.qualifierBefore(start); q != "" {
		return q
	}
	// "around the three million mark"
	if s.is(start-1, "the") && lexicon.IsThresholdNoun(s.word(end)) {
		if q, _ := s.qualifierBefore(start - 1); q != "" {
			return q
		}
	}
	var words []string
	for j := end; j < len(s.toks) && j < end+2; j++ {
		if s.toks[j].Kind == lexer.Punct && lexer.IsDash(s.toks[j].Text) && s.toks[j].Glued() && j == end {
			continue
		}
		if s.toks[j].Kind != lexer.Word {
			break
		}
		words = append(words, strings.ToLower(s.toks[j].Text))
	}
	if q, _ := lexicon.QualifierAfter(words); q != "" {
		return q
	}
	return lexicon.Exact
}

// qualifierBefore returns the hedge ending just before start and the index
// of its first token.
func (s *sentence) qualifierBefore(start int) (string, int) {
	var words []string
	for j := start - 1; j >= 0 && j >= start-lexicon.MaxQualifierWords; j-- {
		if s.toks[j].Kind != lexer.Word {
			break
		}
		words = append(words, strings.ToLower(s.toks[j].Text))
	}
	for a, b := 0, len(words)-1; a < b; a, b = a+1, b-1 {
		words[a], words[b] = words[b], words[a]
	}
	if q, n := lexicon.QualifierBefore(words); n > 0 {
		return q, start - n
	}
	return "", start
}

// percentOf reads "percent of 10", "per cent of twenty-two": a percent word
// with no number before it whose number follows "of" and ends the clause.
func (s *sentence) percentOf(k int) (Stat, int, bool) {
	j := k
	switch {
	case s.is(k, "percent") || s.is(k, "percents") || s.is(k, "percentage"):
		j = k + 1
	case s.is(k, "per") && s.is(k+1, "cent"):
		j = k + 2
	default:
		return Stat{}, k, false
	}
	if k > 0 && (s.toks[k-1].Kind == lexer.Number || s.toks[k-1].Kind == lexer.Word && !isClauseStart(s.lower(k-1))) || !s.is(j, "of") {
		return Stat{}, k, false
	}
	n, ok := numparse.Phrase(s.toks, j+1)
	if !ok || n.Vague || n.Ratio || n.Suffix >= 0 || n.End < len(s.toks) && s.toks[n.End].Kind != lexer.Punct {
		return Stat{}, k, false
	}
	st := Stat{TokStart: k, TokEnd: n.End, Kind: Percent, Value: n.Value, Qualifier: lexicon.Exact}
	st.Start, st.End = s.toks[k].Start, s.toks[n.End-1].End
	return st, n.End, true
}

// isClauseStart reports words after which a bare "percent of N" may stand.
func isClauseStart(w string) bool {
	switch w {
	case "is", "was", "are", "were", "be", "at", "by", "and", "or", "just", "only":
		return true
	}
	return false
}

// multipleWord reads "doubled", "halved", "to double", "twice as many",
// "threefold".
func (s *sentence) multipleWord(k int) (Stat, int, bool) {
	w := s.word(k)
	var value decimal.Decimal
	dir := ""
	if m, ok := lexicon.MultipleWord(w); ok {
		if !m.Verb && !(k > 0 && lexicon.IsModal(s.word(k-1))) {
			return Stat{}, k, false
		}
		// "double-digit", "doubled-up": a compound.
		if k+1 < len(s.toks) && lexer.IsDash(s.toks[k+1].Text) && s.toks[k+1].Glued() {
			return Stat{}, k + 1, false
		}
		value, dir = m.Value, m.Direction
	} else if lexer.EqualFold(w, "twice") && lexicon.IsTimesComparative(s.word(k+1)) {
		value = decimal.NewFromInt(2)
	} else {
		return Stat{}, k, false
	}
	st := Stat{TokStart: k, TokEnd: k + 1, Kind: Multiple, Value: value, Qualifier: lexicon.Exact}
	st.Start, st.End = s.toks[k].Start, s.toks[k].End
	st.Qualifier = s.qualifier(k, k+1)
	if dir != "" {
		st.Change = &Change{Direction: dir, Cue: s.toks[k].Text, CueStart: s.toks[k].Start, CueEnd: s.toks[k].End, From: -1}
	}
	return st, k + 1, true
}

// dropMoneyMultiples removes multiples of money: "double the funding",
// "doubled to £150 million". A change in an amount of money is the money
// recogniser's.
func (s *sentence) dropMoneyMultiples(out *[]Stat) {
	kept := (*out)[:0]
	removed := map[int]int{} // old index → new index, -1 if removed
	for i, st := range *out {
		if st.Kind == Multiple && s.aboutMoney(st) {
			removed[i] = -1
			continue
		}
		removed[i] = len(kept)
		kept = append(kept, st)
	}
	for i := range kept {
		if c := kept[i].Change; c != nil && c.From >= 0 {
			c.From = removed[c.From]
		}
	}
	*out = kept
}

// aboutMoney reports whether a multiple is of money: its subject is a money
// noun, or a money span follows it within a few words.
func (s *sentence) aboutMoney(st Stat) bool {
	if st.Subject != "" {
		f := strings.Fields(st.Subject)
		if lexicon.IsMoneyNoun(f[len(f)-1]) || lexicon.IsMoneyNoun(f[0]) {
			return true
		}
	}
	// "doubled the level at which buyers pay duty to £120,000": "to" and
	// an amount later in the clause.
	for j := st.TokEnd; j+1 < len(s.toks) && j < st.TokEnd+16; j++ {
		if s.toks[j].Text == "," || s.toks[j].Text == ";" {
			break
		}
		if s.is(j, "to") && s.marks()[j+1]&startMoney != 0 {
			return true
		}
	}
	for j := st.TokEnd; j < len(s.toks) && j < st.TokEnd+4; j++ {
		if s.marks()[j]&inMoney != 0 {
			return true
		}
	}
	return false
}

// dropListings removes a number at the start of a line whose subject is a
// name ("28 Shinobu Asagoe (Japan)", "10 Downing Street"): a seeding,
// ranking or address, not a count.
func (s *sentence) dropListings(out []Stat) []Stat {
	kept := out[:0]
	for _, st := range out {
		if st.TokStart == 0 && st.Kind == Count && st.Subject != "" && s.toks[0].Kind == lexer.Number {
			names := true
			for k := st.TokEnd; k < len(s.toks) && s.toks[k].Start < st.SubjectEnd; k++ {
				if s.toks[k].Kind == lexer.Word && s.tag(k) != "NNP" {
					names = false
				}
			}
			if names {
				continue
			}
		}
		kept = append(kept, st)
	}
	return kept
}

// dropPeriods removes counts of time units found past an adjective or a
// hedge: "five mesmerising minutes", "10 or more years".
func (s *sentence) dropPeriods(out []Stat) []Stat {
	kept := out[:0]
	for _, st := range out {
		if st.Kind == Count && !st.Vague && st.Subject == "" {
			j := st.TokEnd
			var words []string
			for k := j; k < len(s.toks) && k < j+2 && s.toks[k].Kind == lexer.Word; k++ {
				words = append(words, strings.ToLower(s.toks[k].Text))
			}
			if _, n := lexicon.QualifierAfter(words); n > 0 {
				j += n
			}
			// "two or three weeks", "three, four years"
			if j+1 < len(s.toks) && (s.is(j, "or") || s.is(j, "to") || s.toks[j].Text == "," || lexer.IsDash(s.toks[j].Text)) {
				if m, ok := numparse.Parse(s.toks, j+1); ok {
					j = m.End
				}
			}
			for m := 0; m < 2 && j < len(s.toks) && strings.HasPrefix(s.tag(j), "JJ"); m++ {
				j++
			}
			if lexicon.IsTimeUnit(s.word(j)) {
				continue
			}
		}
		kept = append(kept, st)
	}
	return kept
}

// dropMoneyCounts removes counts of money: "billions of dollars", "millions
// of pounds", "10 pounds" the money recogniser did not take (a weight, or
// no figure).
func (s *sentence) dropMoneyCounts(out []Stat) []Stat {
	kept := out[:0]
	for _, st := range out {
		if st.Kind == Count && st.Subject != "" {
			f := strings.Fields(st.Subject)
			if st.SubjectStart >= s.toks[st.TokEnd-1].End {
				if _, ok := lexicon.CurrencyWord(f[0]); ok && lexicon.IsMoneyNoun(f[0]) || lexicon.IsQualifiableCurrency(f[0]) {
					continue
				}
			}
		}
		kept = append(kept, st)
	}
	return kept
}

// dropAges removes "I am 25", "she will be 34": a bare small number after a
// personal pronoun and a form of "be", ending the clause.
func (s *sentence) dropAges(out []Stat) []Stat {
	kept := out[:0]
	for _, st := range out {
		k := st.TokStart
		if st.Kind == Count && st.Subject == "" && !st.Vague && st.Value.IsInteger() && st.Value.LessThan(decimal.NewFromInt(120)) &&
			(st.TokEnd >= len(s.toks) || s.toks[st.TokEnd].Kind == lexer.Punct) && k > 1 {
			j := k - 1
			if s.is(j, "be") && k > 2 {
				j--
			}
			if (s.is(j, "am") || s.is(j, "is") || s.is(j, "was") || s.is(j, "are") || s.is(j, "were") || s.is(j, "will") || s.is(j, "turned") || s.is(j, "turns")) && lexicon.IsPersonalPronoun(s.word(j-1)) {
				continue
			}
		}
		// "children as young as 12", "people over 60": ages.
		if st.Kind == Count && !st.Vague && st.Value.IsInteger() && st.Value.LessThan(decimal.NewFromInt(120)) && k > 1 &&
			(s.is(k-1, "as") && (s.is(k-2, "young") || s.is(k-2, "old")) ||
				(s.is(k-1, "over") || s.is(k-1, "under")) && lexicon.IsPersonNoun(s.word(k-2))) {
			continue
		}
		// "became an MP at 27", "At 34, Holmes", "Girls Aloud at five": an
		// age or a place in a chart after "at".
		if st.Kind == Count && st.Subject == "" && !st.Vague && k > 0 && s.is(k-1, "at") && st.Change == nil &&
			st.Value.LessThan(decimal.NewFromInt(100)) &&
			!strings.Contains(s.toks[k].Text, ".") &&
			(st.TokEnd >= len(s.toks) || s.toks[st.TokEnd].Kind == lexer.Punct || s.is(st.TokEnd, "and") || s.is(st.TokEnd, "with")) &&
			(k == 1 || s.toks[k-2].Kind == lexer.Punct || strings.HasPrefix(s.tag(k-2), "NN")) {
			continue
		}
		kept = append(kept, st)
	}
	return kept
}

// dropVagueMoney removes "millions" and "billions" with nothing counted
// after them: in news they are amounts of money ("cost the company
// billions").
func (s *sentence) dropVagueMoney(out []Stat) []Stat {
	kept := out[:0]
	for _, st := range out {
		if st.Vague && st.Low != nil && st.Low.GreaterThanOrEqual(decimal.NewFromInt(1000000)) {
			f := strings.Fields(st.Subject)
			if len(f) == 0 || lexicon.IsMoneyNoun(f[len(f)-1]) {
				continue
			}
		}
		kept = append(kept, st)
	}
	return kept
}

// inheritSubjects gives "by 297 votes to 203" the first figure's subject
// for the second.
func (s *sentence) inheritSubjects(out []Stat) {
	for i := 1; i < len(out); i++ {
		a, b := out[i-1], &out[i]
		if b.Subject != "" || a.Subject == "" || a.Kind != b.Kind {
			continue
		}
		_, qb := s.qualifierBefore(b.TokStart)
		if !s.is(qb-1, "to") || s.toks[qb-2].End != a.SubjectEnd {
			continue
		}
		b.Subject, b.SubjectStart, b.SubjectEnd = a.Subject, a.SubjectStart, a.SubjectEnd
	}
}

// dropNamedModifiers removes a number that is part of a name before a
// singular noun: "his 19 Entertainment company". A count agrees with a
// plural noun ("34 Grosvenor casinos").
func (s *sentence) dropNamedModifiers(out []Stat) []Stat {
	kept := out[:0]
	for _, st := range out {
		if st.Kind == Count && !st.Vague && st.Subject != "" && st.SubjectStart >= st.End && st.Value.GreaterThan(decimal.NewFromInt(1)) {
			first := st.TokEnd
			last := first
			for last+1 < len(s.toks) && s.toks[last+1].End <= st.SubjectEnd {
				last++
			}
			r, _ := utf8.DecodeRuneInString(s.toks[first].Text)
			if unicode.IsUpper(r) && s.tag(last) == "NN" && s.toks[first].Text != strings.ToUpper(s.toks[first].Text) {
				continue
			}
			// "10 Downing Street": an address.
			if r2, _ := utf8.DecodeRuneInString(s.toks[last].Text); unicode.IsUpper(r2) && lexicon.IsAddressWord(s.toks[last].Text) {
				continue
			}
		}
		kept = append(kept, st)
	}
	return kept
}

// frameSubjects gives the figures with no subject the noun phrase a
// sentence opens with in "Of the companies surveyed, 30% saw orders rise",
// and then the subject of the figure before of the same kind: "sales
// dropped 1% after a 0.6% rise", "growth of 7.1%, up from 6.7%".
func (s *sentence) frameSubjects(out []Stat) {
	fa, fb := -1, -1
	if s.is(0, "of") {
		if a, b, ok := s.npAfter(1, true); ok && s.is(b, ",") || ok && s.tag(b) == "VBN" && s.is(b+1, ",") {
			fa, fb = a, b
			if s.tag(b) == "VBN" {
				fb = b + 1
			}
		}
	}
	for i := range out {
		st := &out[i]
		if st.Subject != "" {
			continue
		}
		if fa >= 0 && st.TokStart > fb && st.Kind != Multiple {
			st.SubjectStart, st.SubjectEnd = s.toks[fa].Start, s.toks[fb-1].End
			st.Subject = s.text[st.SubjectStart:st.SubjectEnd]
			continue
		}
		// Only a figure joined to the one before: "up from 6.7%", "after a
		// 0.6% rise", "and 22 at Cambridge".
		_, q := s.qualifierBefore(st.TokStart)
		if q > 0 && (s.is(q-1, "a") || s.is(q-1, "an")) {
			q--
		}
		switch strings.ToLower(s.toks[max(q-1, 0)].Text) {
		case "from", "to", "after", "against", "with", "than", "and", "while", "compared", "versus", ",":
		default:
			continue
		}
		// "vehicle sales rose 8% to 4.7 million": the level after a change
		// counts what the change did.
		if i > 0 && s.is(q-1, "to") && out[i-1].TokEnd == q-1 && out[i-1].Subject != "" && out[i-1].SubjectEnd <= st.Start {
			st.Subject, st.SubjectStart, st.SubjectEnd = out[i-1].Subject, out[i-1].SubjectStart, out[i-1].SubjectEnd
			continue
		}
		// A few figures back at most, so that time stays linear.
		for j := i - 1; j >= 0 && j >= i-8; j-- {
			if out[j].Kind == st.Kind && out[j].Subject != "" && out[j].SubjectEnd <= st.Start {
				st.Subject, st.SubjectStart, st.SubjectEnd = out[j].Subject, out[j].SubjectStart, out[j].SubjectEnd
				break
			}
		}
	}
}

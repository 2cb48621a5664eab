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
// scores ("won 3-1"), exchange rates, set phrases ("zero tolerance",
// lexicon.IsNumberIdiom), and "one" used as a pronoun.
package stats

import (
	"slices"
	"sort"
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
	// pronoun is set when the figure's subject is a pronoun ("but it is
	// still 40% higher"), to be read from the figure before.
	pronoun bool
}

// takeSubject gives st the subject of o, with its offsets.
func (st *Stat) takeSubject(o Stat) {
	st.Subject, st.SubjectStart, st.SubjectEnd = o.Subject, o.SubjectStart, o.SubjectEnd
}

// setSubject makes toks[a:b] the subject of st.
func (s *sentence) setSubject(st *Stat, a, b int) {
	st.SubjectStart, st.SubjectEnd = s.toks[a].Start, s.toks[b-1].End
	st.Subject = s.text[st.SubjectStart:st.SubjectEnd]
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
		s.oneNounIn(&out[i])
		s.subject(&out[i])
		s.countedObject(&out[i])
		s.unitModifier(&out[i])
		s.unitRate(&out[i])
		if out[i].Change == nil {
			out[i].Change = s.change(out[i])
		}
	}
	out = s.dropListings(out)
	out = s.dropPeriods(out)
	out = s.dropMoneyCounts(out)
	out = s.dropAges(out)
	out = s.dropNamedModifiers(out)
	out = s.dropRateLevels(out)
	out = s.dropVagueMoney(out)
	out = s.perBases(out)
	s.shareConversions(out)
	s.inheritSubjects(out)
	s.participleSubjects(out)
	s.rateAppositions(out)
	s.frameSubjects(out)
	s.respectively(out)
	s.orQualifiers(out)
	s.amongParticiples(out)
	s.baseSubjects(out)
	s.sharesOfCounts(out)
	s.fromTo(out)
	s.orSubjects(out)
	out = s.dropByPlace(out)
	s.dropMoneyMultiples(&out)
	return out
}

// isYear reports whether t is four digits from 1000 to 2099.
func isYear(t string) bool {
	return len(t) == 4 && allDigits(t) && t >= "1000" && t <= "2099"
}

// unitText reports whether t is a unit or a rate of units: "km", "km/h".
func unitText(t string) bool {
	if a, _, ok := strings.Cut(t, "/"); ok {
		return lexicon.IsUnit(a)
	}
	return lexicon.IsUnit(t)
}

// perBases drops a count after "per", the base of a rate stated around a
// noun or an amount ("7.5 broadband users per 100 people", "$2 per 1,000
// cubic metres"), and makes the count before it, whose noun ends just
// before "per", the rate.
func (s *sentence) perBases(out []Stat) []Stat {
	kept := out[:0]
	for i, st := range out {
		if st.Kind == Count && !st.Vague && st.Low == nil && st.TokStart > 0 && s.is(st.TokStart-1, "per") && st.Qualifier == lexicon.Exact {
			if i > 0 && len(kept) > 0 && out[i-1].Kind == Count && out[i-1].SubjectStart >= out[i-1].End && out[i-1].SubjectEnd == s.toks[st.TokStart-2].End {
				kept[len(kept)-1].Kind = Rate
			}
			continue
		}
		kept = append(kept, st)
	}
	return kept
}

// oneNounIn makes a ratio of "one household in three": a count after "in"
// after "one" and a singular noun, the noun its subject.
func (s *sentence) oneNounIn(st *Stat) {
	k := st.TokStart
	if st.Kind != Count || st.Vague || st.Low != nil || k < 3 || !s.is(k-1, "in") || s.tag(k-2) != "NN" || s.toks[k-2].Kind != lexer.Word || !s.is(k-3, "one") ||
		!st.Value.IsInteger() || st.Value.LessThan(decimal.NewFromInt(2)) || s.qualifierStart(k) != k {
		return
	}
	// "one goal in four games" counts games.
	if e := st.TokEnd; e < len(s.toks) && !(s.endsPhrase(e) || strings.HasPrefix(s.tag(e), "VB") || s.tag(e) == "MD") {
		return
	}
	st.Kind = Ratio
	st.Value = decimal.NewFromInt(1).DivRound(st.Value, 16)
	st.TokStart, st.Start = k-3, s.toks[k-3].Start
	st.Qualifier = s.qualifier(k-3, st.TokEnd)
	s.setSubject(st, k-2, k-1)
}

// countedObject makes exact a count that a verb of the hedge table takes
// as its object with the noun after it: "broke three laws" counts laws,
// where "broke 1,000" bounds a figure.
func (s *sentence) countedObject(st *Stat) {
	if st.Kind != Count || st.Qualifier != lexicon.MoreThan || st.Subject == "" || st.SubjectStart < st.End || st.SubjectStart != s.toks[min(st.TokEnd, len(s.toks)-1)].Start {
		return
	}
	// "broke 10,000 points", "broke the 1,000 mark": a level still.
	if w := s.word(st.TokEnd); lexicon.IsMeasureUnit(w) || lexicon.IsThresholdNoun(w) || lexer.EqualFold(w, "points") {
		return
	}
	if v := st.TokStart - 1; v >= 0 && lexicon.IsObjectVerb(s.word(v)) {
		st.Qualifier = lexicon.Exact
	}
}

// dropByPlace drops figures that where they stand are a score, money, a
// name or a time, in one pass over the figures found:
//   - a lone digit from 1 to 9 that counts nothing: news writes small counts
//     in words, so it is a name ("the mobile operator, 3", "TIM and 3
//     offer") or a scorer's minute ("Riise 1,"), unless a word of scale or
//     level stands before it ("a balance of plus 3", "rose to 5");
//   - "zero" as money ("at zero cost", "a price that is zero"); as the level
//     of growth or a rate it is kept as a percentage ("growth had been
//     zero");
//   - scores: "made it two", "two goals to nil", "United doubled their lead";
//   - money left bare: "investors lost millions", "about 300 pence, maybe 305";
//   - a time of day: "If it's 12.30 on a Saturday morning";
//   - a name: "the host of 100% Homegrown" (not "100% Nigerian-owned").
func (s *sentence) dropByPlace(out []Stat) []Stat {
	kept := out[:0]
	for _, st := range out {
		k, e := st.TokStart, st.TokEnd
		t := s.toks[k]
		ends := e >= len(s.toks) || s.toks[e].Kind == lexer.Punct || s.tag(e) == "IN" || s.tag(e) == "CC"
		if st.Kind == Count && st.Value.IsZero() && st.Subject != "" && t.Kind == lexer.Word {
			head := s.toks[s.tokenAt(st.SubjectEnd-1)].Text
			if lexicon.IsMoneyNoun(head) {
				continue
			}
			if st.SubjectEnd <= st.Start && (lexicon.IsChangeNoun(head) || lexicon.IsPercentRateNoun(head)) {
				st.Kind = Percent
			}
		}
		switch {
		case st.Kind == Count && st.Subject == "" && !st.Vague && st.Low == nil && e == k+1 && st.Qualifier == lexicon.Exact &&
			len(t.Text) == 1 && t.Text >= "1" && t.Text <= "9" && !lexicon.IsLevelBeforeDigit(s.word(k-1)):
			continue
		case st.Kind == Count && s.is(k, "nil"):
			continue
		case st.Kind == Count && k > 1 && s.is(k-1, "it") && lexicon.IsMakeVerb(s.word(k-2)) && ends:
			continue
		case st.Kind == Count && st.Vague && st.SubjectStart < st.End && k > 0 && lexicon.IsMoneyVerb(s.word(k-1)) && ends:
			continue
		case st.Kind == Multiple && st.Subject != "" && lexicon.IsScoreLead(st.Subject):
			continue
		case st.Kind == Count && s.timeOfDay(st):
			continue
		case st.Kind == Count && st.Subject == "" && k > 2 && (s.is(k-1, "maybe") || s.is(k-1, "perhaps") || s.is(k-1, "or")) && s.is(k-2, ",") && s.skipped(k-3):
			continue
		case st.Kind == Percent && st.Value.Equal(decimal.NewFromInt(100)) && s.nameWord(e) && !lexicon.IsMonth(s.word(e)) &&
			!(e+1 < len(s.toks) && lexer.IsDash(s.toks[e+1].Text) && s.toks[e+1].Glued()):
			continue
		}
		kept = append(kept, st)
	}
	return kept
}

// timeOfDay reports whether a count written with two decimals is a time:
// "12.30 on a Saturday morning", "at 9.45 in the evening".
func (s *sentence) timeOfDay(st Stat) bool {
	t := s.toks[st.TokStart]
	if st.TokEnd != st.TokStart+1 || t.Kind != lexer.Number || !hundredths(t.Text) {
		return false
	}
	h, m, _ := strings.Cut(t.Text, ".")
	if len(h) > 2 || h > "23" && len(h) == 2 || m >= "60" {
		return false
	}
	e := st.TokEnd
	if s.is(e, "on") && (lexicon.IsWeekday(s.word(e+1)) || s.is(e+1, "a") && lexicon.IsWeekday(s.word(e+2))) {
		return true
	}
	for j := e; j < len(s.toks) && j < e+4; j++ {
		if lexicon.IsDayPart(s.word(j)) || s.is(j, "am") || s.is(j, "pm") {
			return true
		}
	}
	return false
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
	// metre caches metreContext (1 athletics, 2 lengths, 3 neither) and
	// chart chartContext as title does.
	metre, chart uint8
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
	subjEnd := -1 // the token after that unit, past a "/h" ("3km/h")
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
			// "the 9.2km race": a race's name.
			if lexicon.IsRaceUnit(suf) && (lexicon.IsSportEvent(s.word(n.Suffix+1)) || s.raceEvent(k)) {
				return Stat{}, n.Suffix + 1, false
			}
			subjTok = n.Suffix
			end = n.Suffix + 1
			// "3km/h", "5m/s": a speed; the whole unit is the subject.
			if end+1 < len(toks) && toks[end].Text == "/" && toks[end].Glued() && toks[end+1].Glued() &&
				toks[end+1].Kind == lexer.Word && len(toks[end+1].Text) <= 3 {
				end += 2
				subjEnd = end
			}
			// "6ft 4in": a height in feet and inches, in feet.
			if lexer.EqualFold(suf, "ft") && end+1 < len(toks) && toks[end].Kind == lexer.Number && allDigits(toks[end].Text) &&
				toks[end+1].Glued() && (s.is(end+1, "in") || s.is(end+1, "ins")) {
				if in, err := decimal.NewFromString(toks[end].Text); err == nil {
					st.Value = st.Value.Add(in.DivRound(decimal.NewFromInt(12), 16))
					end += 2
				}
			}
		default:
			// "14th", "1990s", "3G", "10am": not a statistic; skip what is
			// glued to it.
			return Stat{}, gluedEnd(toks, n.Suffix), false
		}
	}
	if s.metres(k, n) == metreLength {
		// "1.85m tall": metres, a count of the unit.
		st.Value = n.Value.Shift(-6)
		subjTok = n.End - 1
	}
	if s.notStatistic(k, n) {
		// "aged 30 to 40", "Windows 95, 98": what continues a label is a
		// label too.
		next := s.pastGlued(end)
		for next+1 < len(toks) && (s.is(next, "to") || s.is(next, "and") || s.is(next, "or") || toks[next].Text == "," || lexer.IsDash(toks[next].Text)) && (toks[next+1].Kind == lexer.Number || toks[next+1].Kind == lexer.Word) {
			m, ok := numparse.Parse(toks, next+1)
			// "number seven or eight.": a number word continues the label
			// only where the clause ends after it.
			if !ok || toks[next+1].Kind == lexer.Word && (m.Vague || m.End < len(toks) && toks[m.End].Kind != lexer.Punct) {
				break
			}
			// "rose 2% in 2005 and 3% in 2006", "in 2010 and 40 million
			// new users": a percentage or a number with a scale word is no
			// label ("the 100m and 200m events" goes on).
			sameShape := n.Scaled && m.Scaled && toks[n.End-1].Text == toks[m.End-1].Text
			if m.Suffix >= 0 && lexicon.IsPercentWord(toks[m.Suffix].Text) || m.Scaled && m.Suffix < 0 && !sameShape || s.percentAfter(m.End) {
				break
			}
			// "In 2004, 25 children died", "between 1990 and 2004, 25
			// children": after a year, a comma or "and" opens a clause
			// unless another year follows ("in 2003, 2004 and 2005").
			if isYear(toks[n.Start].Text) && !(n.Start > 0 && s.capitalisedName(n.Start-1)) && (toks[next].Text == "," || s.is(next, "and")) && !isYear(toks[next+1].Text) {
				break
			}
			next = m.End
		}
		return Stat{}, next, false
	}
	// "two or three million", "50, 60, 70,000 listeners": a bare number
	// listed before a scaled one shares its scale.
	if st.Kind == Count && !n.Scaled && !n.Vague && !n.Fraction && !n.Ratio && n.Suffix < 0 && subjTok < 0 {
		if m, ok := s.sharedScale(n); ok {
			st.Value = n.Value.Mul(m)
			n.Value = st.Value
		}
	}
	// The unit after the number.
	switch {
	case st.Kind == Percent:
	case end < len(toks) && toks[end].Text == "%":
		st.Kind = Percent
		end++
	case lexicon.IsPercentWord(s.word(end)) && !s.is(end, "%") && s.word(end) != "PC":
		// "14 pc" is a percentage, "an old 386 PC" a computer.
		st.Kind = Percent
		end++
	case s.is(end, "per") && s.is(end+1, "cent"):
		st.Kind = Percent
		end += 2
	}
	if st.Kind == Count && subjTok < 0 && s.modelAfterArticle(k, n) {
		return Stat{}, end, false
	}
	if st.Kind == Percent && s.degree(k, end) {
		return Stat{}, end, false
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
	case n.Fraction && !n.Scaled && st.Kind == Count && s.pointFraction(end) > end:
		// "a quarter of a percentage point", "half a percentage point".
		st.Kind = PercentagePoints
		end = s.pointFraction(end)
	case n.Fraction && !n.Scaled && st.Kind == Count:
		// "one hundredth of a second ahead", "half an hour": a time.
		if j := end + 1; s.is(end, "of") && (s.is(j, "a") || s.is(j, "an")) && lexicon.IsTimeUnit(s.word(j+1)) ||
			(s.is(end, "a") || s.is(end, "an")) && lexicon.IsTimeUnit(s.word(end+1)) {
			return Stat{}, end, false
		}
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
		// "three times as many": a multiple; "won the Cup four times as a
		// player" counts times.
		if st.Kind == Count && s.is(end, "times") && s.timesComparative(end+1) {
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
		// "four to five times more expensive", "between "two and three
		// times" the assessment": a range of multiples.
		if st.Kind == Count && s.is(end, "times") {
			c := end + 1
			if c < len(toks) && lexer.IsQuoteMark(toks[c].Text) && toks[c].Glued() {
				c++
			}
			if s.timesComparative(c) {
				st.Kind = Multiple
				end++
			}
		}
	} else if st.Kind == Count && !n.Vague && s.scoreOrCode(n.End) {
		return Stat{}, s.pastGlued(end), false
	} else if st.Kind == Count && !n.Vague && s.is(end, "to") && end+2 <= len(toks) && !s.is(k-1, "from") {
		// "an eight to one majority", "a 3 to 1 win": a score; "reject it
		// by two to one": odds.
		if m, ok := numparse.Parse(toks, end+1); ok && m.End == end+2 && (end+2 < len(toks) && s.tag(end+2) == "NN" || m.Value.Equal(decimal.NewFromInt(1)) && !n.Value.Equal(m.Value)) {
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
		last := subjTok
		if subjEnd > subjTok {
			last = subjEnd - 1
		}
		st.SubjectStart, st.SubjectEnd = toks[subjTok].Start, toks[last].End
		st.Subject = s.text[st.SubjectStart:st.SubjectEnd]
	}
	// Skip an after-qualifier so it is not read as a figure.
	return st, end, true
}

// modelAfterArticle reports whether digits at k after "a", "an" or "the"
// (and up to two adjectives) name a model ("The 3 network launched"): a count above one takes a plural, so a
// singular noun that ends the noun phrase after the number makes it a name
// ("an old 386 PC", "a 747 jet", "a 15 rating"); a unit or a time with a
// noun after it is a measure ("a 12 point lead", "a 10 minute walk"), and
// an adjective that sizes the count keeps it one ("a further 70 aircraft",
// lexicon.IsCountAdjective).
func (s *sentence) modelAfterArticle(k int, n numparse.Number) bool {
	if !n.Digits || n.Scaled || n.End != k+1 || !allDigits(s.toks[k].Text) || s.toks[k].Text == "1" {
		return false
	}
	// The cheap word test first: tags only after an article.
	art := func(i int) bool { return s.is(i, "a") || s.is(i, "an") || s.is(i, "the") }
	if !art(k-1) && !art(k-2) && !art(k-3) {
		return false
	}
	j := k - 1
	for m := 0; m < 2 && j > 0 && strings.HasPrefix(s.tag(j), "JJ"); m++ {
		if lexicon.IsCountAdjective(s.word(j)) {
			return false
		}
		j--
	}
	if !art(j) {
		return false
	}
	e := n.End
	if e >= len(s.toks) || s.toks[e].Kind != lexer.Word || s.toks[e].Glued() || lexicon.IsTimeUnit(s.word(e)) || lexicon.IsMeasureUnit(s.word(e)) {
		return false
	}
	if t := s.tag(e); t != "NN" && t != "NNP" || strings.HasSuffix(s.word(e), "s") {
		return false
	}
	t := s.tag(e + 1)
	return !isNoun(t) && !strings.HasPrefix(t, "JJ") && !(e+1 < len(s.toks) && s.toks[e+1].Glued() && lexer.IsDash(s.toks[e+1].Text))
}

// degree reports whether a percentage of 100 or more from k to end says how
// sure or fit someone is, not a share: before a lower-case adjective that
// ends the phrase ("100% certain", "I'll be 100% fresh!"; "100%
// Nigerian-owned" is a share), or after a personal
// pronoun and a form of "be", "feel" or "do" ("I feel 100% again", "I am
// 100% since", "I couldn't do 100%.").
func (s *sentence) degree(k, end int) bool {
	v := s.toks[k].Text
	if v != "100" && v != "110" && v != "200" {
		return false
	}
	if w := s.word(end); s.tag(end) == "JJ" && w != "" && unicode.IsLower(rune(w[0])) {
		if t := s.tag(end + 1); !isNoun(t) && !strings.HasPrefix(t, "JJ") && !s.is(end+1, "of") {
			return true
		}
	}
	j := k - 1
	for j > 0 && s.tag(j) == "RB" {
		j--
	}
	if !lexicon.IsDegreeVerb(s.word(j)) {
		return lexicon.IsPronounBe(s.word(j)) && (end >= len(s.toks) || !isNoun(s.tag(end)))
	}
	for i := j - 1; i >= 0 && i >= j-3; i-- {
		if lexicon.IsPersonalPronoun(s.word(i)) {
			return end >= len(s.toks) || !isNoun(s.tag(end))
		}
	}
	return false
}

// pointFraction returns the index past "of a percentage point" or "a
// percentage point" at end, after a fraction, or end.
func (s *sentence) pointFraction(end int) int {
	j := end
	if s.is(j, "of") {
		j++
	}
	if s.is(j, "a") && s.is(j+1, "percentage") && (s.is(j+2, "point") || s.is(j+2, "points")) {
		return j + 3
	}
	return end
}

// sharedScale returns what a whole number below 1,000 at n multiplies by
// when it opens a list of such numbers that ends in a scaled one: by the
// scale word ("two or three million", "10 to 15 billion"), or by a thousand
// before a number written with ",000" after a comma or "or" ("50, 60,
// 70,000 listeners", "20 or 30,000 fans") whose thousands are of the same
// size.
func (s *sentence) sharedScale(n numparse.Number) (decimal.Decimal, bool) {
	toks := s.toks
	j := n.End
	dash := j+1 < len(toks) && lexer.IsDash(toks[j].Text) && toks[j].Glued() && toks[j+1].Glued()
	if j+1 >= len(toks) || !s.is(j, ",") && !s.is(j, "or") && !s.is(j, "to") && !s.is(j, "and") && !dash {
		return decimal.Decimal{}, false
	}
	// The cheap test first: a scale word or ",000" a few tokens on.
	found := false
	for i := j + 1; i < len(toks) && i < j+14 && !found; i++ {
		t := toks[i].Text
		if toks[i].Kind == lexer.Number {
			found = strings.HasSuffix(t, ",000")
		} else if sc, plural, ok := lexicon.ScaleWord(t); ok && !plural && !sc.Short {
			found = true
		}
	}
	if !found {
		return decimal.Decimal{}, false
	}
	thousand := decimal.NewFromInt(1000)
	// "between 1.1 and 1.5 million": a decimal shares the scale of the
	// number straight after it only.
	decimalEnd := !n.Value.IsInteger()
	if !n.Value.IsPositive() || !n.Value.LessThan(thousand) {
		return decimal.Decimal{}, false
	}
	for m := 0; m < 6 && j+1 < len(toks); m++ {
		sep := strings.ToLower(toks[j].Text)
		if sep != "," && sep != "or" && sep != "to" && sep != "and" && !(m == 0 && dash) {
			return decimal.Decimal{}, false
		}
		next, ok := numparse.Parse(toks, j+1)
		if !ok || next.Vague || next.Fraction || next.Suffix >= 0 || next.Start != j+1 {
			return decimal.Decimal{}, false
		}
		if next.Scaled {
			last := toks[next.End-1].Text
			sc, plural, ok := lexicon.ScaleWord(last)
			if !ok || plural || sc.Dozen || sc.Short || next.End-next.Start < 2 {
				return decimal.Decimal{}, false
			}
			return decimal.New(1, sc.Exp), true
		}
		if t := toks[next.Start].Text; next.Digits && next.End == next.Start+1 && strings.HasSuffix(t, ",000") && (sep == "," || sep == "or") {
			k := next.Value.Div(thousand)
			if k.LessThan(thousand) && n.Value.Mul(decimal.NewFromInt(10)).GreaterThan(k) && !n.Value.GreaterThan(k.Mul(decimal.NewFromInt(10))) {
				return thousand, true
			}
			return decimal.Decimal{}, false
		}
		if !next.Value.IsInteger() || !next.Value.LessThan(thousand) || decimalEnd {
			return decimal.Decimal{}, false
		}
		j = next.End
	}
	return decimal.Decimal{}, false
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
	// "a treatment known as '771,", "the operator, dubbed 3": a name after
	// a naming word; after "called" or "named" only when no noun follows
	// ("named 30 players" counts).
	if j := k - 1; j > 0 {
		if lexer.IsQuoteMark(toks[j].Text) {
			j--
		}
		named := j > 0 && s.is(j, "as") && s.is(j-1, "known") || lexicon.IsNamingWord(s.word(j)) && !(j > 0 && lexer.IsDash(toks[j-1].Text) && toks[j].Glued())
		// ("named 156, 213 and 317 suspects" is a list of counts).
		if named && lexicon.IsLooseNamingWord(s.word(j)) && !(n.End >= len(toks) || toks[n.End].Kind == lexer.Punct && toks[n.End].Text != "%" && !(n.End+1 < len(toks) && toks[n.End+1].Kind == lexer.Number) || s.nameWord(n.End)) {
			named = false
		}
		if named && !s.percentAfter(n.End) {
			return true
		}
	}
	// "a partnership for myself and 19 Entertainment.": a number in digits
	// before one capitalised singular that ends the clause is a name,
	// where a count would have a plural ("three Labour MPs") or a common
	// noun after ("12 Chelsea players"), or go on with a list ("100
	// Muslim, 100 Evangelical ...").
	if j := n.End; n.Digits && !n.Scaled && k > 0 && !s.is(k-1, ":") && j+1 < len(toks) && s.nameWord(j) && !s.percentAfter(j) && !lexicon.IsUnit(toks[j].Text) &&
		!lexicon.IsMonth(toks[j].Text) && !strings.HasSuffix(toks[j].Text, "s") && (toks[j+1].Text == "." || toks[j+1].Text == "," || s.is(j+1, "and") && !s.nameWord(j+2)) && !(j+2 < len(toks) && toks[j+2].Kind == lexer.Number) {
		return true
	}
	// "Henry Fonda in 12 Angry Men (1957)": a number opening capitalised
	// words before a year in brackets is a title.
	if j := n.End; n.Digits && !n.Scaled && j < len(toks) && s.nameWord(j) {
		for j < len(toks) && j < n.End+6 && (s.nameWord(j) || s.toks[j].Kind == lexer.Word && lexicon.IsMinorTitleWord(s.lower(j))) {
			j++
		}
		if j+2 < len(toks) && toks[j].Text == "(" && toks[j+1].Kind == lexer.Number && len(toks[j+1].Text) == 4 && toks[j+2].Text == ")" {
			return true
		}
	}
	// "a typical episode of 24", "the star of 24": a title after a word
	// that belongs to one, when no noun follows.
	if n.Digits && k > 1 && s.is(k-1, "of") && lexicon.IsTitleHolder(s.word(k-2)) && !s.percentAfter(n.End) &&
		!(n.End < len(toks) && toks[n.End].Kind == lexer.Word && isNoun(s.tag(n.End)) && startsLower(toks[n.End].Text) && !strings.HasPrefix(s.tag(n.End+1), "VB")) {
		return true
	}
	// "190 AD", "300 BC", "190 A.D.": a year.
	if n.Digits && n.End < len(toks) && n.Value.IsInteger() {
		w := s.word(n.End)
		if lexicon.IsEraMark(w) && w == strings.ToUpper(w) || (w == "A" || w == "B") && n.End+2 < len(toks) && toks[n.End+1].Text == "." && (s.word(n.End+2) == "D" || s.word(n.End+2) == "C") {
			return true
		}
	}
	// "a zero tolerance approach", "knocked for six", "split the party in
	// two.": a set phrase (lexicon.IsNumberIdiom).
	if s.idiom(k, n) {
		return true
	}
	// "Five said it had received 100 complaints": a number word opening a
	// sentence whose verb takes "it" after it names one thing (a channel),
	// not a count.
	if !n.Digits && k == 0 && n.End+1 < len(toks) && (s.is(n.End+1, "it") || s.is(n.End+1, "its")) {
		if r, _ := utf8.DecodeRuneInString(first.Text); unicode.IsUpper(r) {
			if t := s.tag(n.End); t == "VBD" || t == "VBZ" {
				return true
			}
		}
	}
	// "at the age of 93", "at the age of just 28"
	if a := k - 1; a > 1 && lexicon.IsAgeAdverb(s.word(a)) && s.is(a-1, "of") || a > 0 && s.is(a, "of") {
		if a = k - 1; !s.is(a, "of") {
			a--
		}
		if s.is(a-1, "age") || s.is(a-1, "aged") {
			return true
		}
	}
	// "the last 16", "the final eight": a round of a contest.
	if k > 1 && (s.is(k-1, "last") || s.is(k-1, "final")) && s.is(k-2, "the") && (n.End >= len(toks) || toks[n.End].Kind == lexer.Punct || s.is(n.End, "of") || s.is(n.End, "in") || s.is(n.End, "at") || s.is(n.End, "stage") || s.is(n.End, "round")) {
		return true
	}
	// "Kenteris, 31, and Thanou, 30", "Agassi, now 34,": an age after a
	// name.
	if c := k - 1; s.is(c, "now") && c > 0 {
		c--
		if n.Digits && c > 0 && toks[c].Text == "," && n.End < len(toks) && toks[n.End].Text == "," && (s.tag(c-1) == "NNP" || s.capitalisedName(c-1)) && n.Value.IsInteger() && n.Value.LessThan(decimal.NewFromInt(120)) {
			return true
		}
	}
	if n.Digits && k > 1 && toks[k-1].Text == "," && n.End < len(toks) && (toks[n.End].Text == "," || toks[n.End].Text == ")" || toks[n.End].Text == "." || lexer.IsDash(toks[n.End].Text)) &&
		(s.tag(k-2) == "NNP" || s.capitalisedName(k-2)) && n.Value.IsInteger() && n.Value.LessThan(decimal.NewFromInt(120)) {
		return true
	}
	// "the prince, 20, apologised", "The England international, 24, was
	// hurt": a small number between commas after a noun (or a nominal
	// adjective) and before a verb is an age.
	if n.Digits && k > 1 && toks[k-1].Text == "," && s.is(n.End, ",") && n.End+1 < len(toks) && n.Value.IsInteger() && n.Value.LessThan(decimal.NewFromInt(120)) &&
		(strings.HasPrefix(s.tag(k-2), "NN") || s.tag(k-2) == "JJ") {
		if t := s.tag(n.End + 1); t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" || t == "VBN" && strings.HasSuffix(s.lower(n.End+1), "ed") || s.is(n.End+1, "who") {
			return true
		}
		// "a fee for the Wales star, 30, with": after a person's role
		// whatever follows.
		if s.tag(k-2) == "NN" && lexicon.IsRoleNoun(s.word(k-2)) && n.Value.GreaterThanOrEqual(decimal.NewFromInt(14)) {
			return true
		}
	}
	// "the baht ... trading at 39.10": a price or an exchange rate.
	if k > 1 && s.is(k-1, "at") && lexicon.IsTradeVerb(s.word(k-2)) && (n.End >= len(toks) || toks[n.End].Kind == lexer.Punct) {
		return true
	}
	// "on their own 10m line", "inside the 22m line": a marking on a pitch, in
	// metres, not millions ("a 10m line of credit" is an amount).
	if n.Scaled && n.Digits && n.End-1 > k && lexer.EqualFold(toks[n.End-1].Text, "m") && toks[n.End-1].Glued() &&
		(s.is(n.End, "line") || s.is(n.End, "lines")) && !s.is(n.End+1, "of") {
		return true
	}
	// "43.305 per US dollar", "8.30 to the dollar": an exchange rate, a
	// price.
	if j := n.End; s.is(j, "per") || s.is(j, "to") || s.is(j, "against") {
		j++
		for m := 0; m < 2 && (s.is(j, "the") || s.is(j, "a") || s.is(j, "one") || s.is(j, "US") || s.is(j, "each")); m++ {
			j++
		}
		// A major unit: "per cent" is a percentage.
		if c, ok := lexicon.CurrencyWord(s.word(j)); ok && !c.Minor {
			return true
		}
	}
	// "nine- to 11-year-olds", "a 50- to 60-seat plane", "16- and
	// 17-year-olds": a number with its dash left hanging shares the
	// compound after the next number, an age or a modifier.
	if n.End+2 < len(toks) && lexer.IsDash(toks[n.End].Text) && toks[n.End].Glued() && (s.is(n.End+1, "to") || s.is(n.End+1, "and") || s.is(n.End+1, "or")) {
		if m, ok := numparse.Parse(toks, n.End+2); ok && m.End+1 < len(toks) && lexer.IsDash(toks[m.End].Text) && toks[m.End].Glued() && toks[m.End+1].Glued() && toks[m.End+1].Kind == lexer.Word {
			return true
		}
	}
	// "the nine to elevens league", "the 6 to 8s": the low end of a range of
	// plural numbers, an age group.
	if n.End+1 < len(toks) && (s.is(n.End, "to") || s.is(n.End, "and") || s.is(n.End, "or") || lexer.IsDash(toks[n.End].Text)) {
		j := n.End + 1
		if lexicon.IsPluralNumberWord(s.word(j)) ||
			toks[j].Kind == lexer.Number && allDigits(toks[j].Text) && j+1 < len(toks) && toks[j+1].Glued() && toks[j+1].Text == "s" {
			return true
		}
	}
	// "18 to 24-year-old": the low end of an age range.
	if n.End+4 < len(toks) && (s.is(n.End, "to") || s.is(n.End, "or") || s.is(n.End, "and") || lexer.IsDash(toks[n.End].Text)) &&
		(toks[n.End+1].Kind == lexer.Number || s.word(n.End+1) != "") && lexer.IsDash(toks[n.End+2].Text) && s.is(n.End+3, "year") {
		return true
	}
	// "Maroon 5's album", "the 70's": a number with a possessive is a
	// name or a decade.
	if n.Digits && n.End < len(toks) && toks[n.End].Glued() && (toks[n.End].Text == "'s" || toks[n.End].Text == "’s" ||
		(toks[n.End].Text == "'" || toks[n.End].Text == "’") && n.End+1 < len(toks) && toks[n.End+1].Glued() && s.is(n.End+1, "s")) {
		return true
	}
	// "the women's 5K final", "the 50K Walk": a race.
	if n.Scaled && n.Digits && n.End-1 > k && lexer.EqualFold(toks[n.End-1].Text, "k") && toks[n.End-1].Glued() && lexicon.IsSportEvent(s.word(n.End)) {
		return true
	}
	// "displacing Ocean's 12.", "Standard and Poor's 500,", "Ocean's 12
	// fell to number two": a number ending a clause or before a verb after
	// a capitalised possessive is a title ("Unison's 800,000 workers"
	// counts).
	if n.Digits && !n.Scaled && k > 0 {
		w := s.word(k - 1)
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) &&
			(n.End >= len(toks) || strings.Contains(",.;:)!?", toks[n.End].Text) && len(toks[n.End].Text) == 1 || strings.HasPrefix(s.tag(n.End), "VB")) {
			return true
		}
	}
	// "50 First Dates", "8 Simple Rules for", "2 Wikid but": a title.
	if n.Digits && (s.titleAfter(n) || s.numberedTitle(k, n)) {
		return true
	}
	// "the six kilometre event", "the 800 metres runner": a race's name;
	// "an 18 certificate": a label.
	if lexicon.IsRaceUnit(s.word(n.End)) && (lexicon.IsSportEvent(s.word(n.End+1)) || s.raceEvent(k)) || n.Digits && lexicon.IsLabelNoun(s.word(n.End)) {
		return true
	}
	// "programmes like 24, usually", "shows such as 24.": digits given as
	// an example with nothing counted after them name a thing.
	if n.Digits && !n.Scaled && k > 0 && (s.is(k-1, "like") || s.is(k-1, "as") && s.is(k-2, "such")) &&
		n.End < len(toks) && toks[n.End].Kind == lexer.Punct && !s.percentAfter(n.End) {
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
	// A place in a ranking: "slipped to 64 in the world", "risen from 31
	// in the world", "moved from 13 to number four".
	if (s.is(k-1, "to") || s.is(k-1, "from") || s.is(k-1, "at")) && s.is(n.End, "in") && s.is(n.End+1, "the") && s.is(n.End+2, "world") ||
		s.is(n.End, "to") && s.is(n.End+1, "number") {
		return true
	}
	// A round of a contest: "a place in the last 16 was", "booked his place
	// in the last four with": 4, 8, 16, 32 or 64 after "last", no noun
	// after.
	if k > 0 && s.is(k-1, "last") && isRoundSize(n.Value) && !n.Scaled {
		if t := s.tag(n.End); n.End >= len(toks) || !isNoun(t) && !strings.HasPrefix(t, "JJ") && t != "CD" {
			return true
		}
	}
	// A line of a team: "the back four", "the front five" with no noun
	// after.
	if !n.Digits && k > 0 && lexicon.IsFormationWord(s.word(k-1)) && (n.End >= len(toks) || !isNoun(s.tag(n.End))) {
		return true
	}
	// A chart place: "down three places to 10", "up two spots to five".
	if k > 1 && s.is(k-1, "to") && lexicon.IsPlaceNoun(s.word(k-2)) {
		return true
	}
	// "802.11b": a standard's name; news writes billions "bn".
	if n.Digits && n.Scaled && n.End-1 > k && toks[n.End-1].Text == "b" && toks[n.End-1].Glued() {
		return true
	}
	// "to a record Australian dollar 29.4bn": an amount after its
	// currency's name.
	if n.Digits && n.Scaled && k > 0 {
		if c, ok := lexicon.CurrencyWord(s.word(k - 1)); ok && !c.Minor {
			return true
		}
	}
	// A memory size or a speed: "16k" with no currency, "standard 512K
	// broadband" (a count agrees with a plural noun).
	if n.Digits && n.Scaled && n.End-1 > k && lexer.EqualFold(toks[n.End-1].Text, "k") && toks[n.End-1].Glued() &&
		(n.End >= len(toks) || toks[n.End].Kind == lexer.Punct || s.tag(n.End) == "NN") {
		return true
	}
	// A list mark: "2)" or "3." opening a sentence, "1)" after a colon.
	if n.Digits && (k == 0 || toks[k-1].Text == ":") && n.End < len(toks) && (toks[n.End].Text == ")" || toks[n.End].Text == "." && n.End+1 < len(toks) && k == 0) && toks[n.End].Glued() {
		return true
	}
	// A time of day: "open until three or four in the morning".
	if j := n.End; j+2 < len(toks) {
		if (s.is(j, "or") || s.is(j, "to")) && j+4 < len(toks) {
			if m, ok := numparse.Parse(toks, j+1); ok {
				j = m.End
			}
		}
		if s.is(j, "in") && s.is(j+1, "the") && lexicon.IsDayPart(s.word(j+2)) {
			return true
		}
	}
	// "one", "a", "an" alone: a pronoun or an article.
	if !n.Digits && !n.Scaled && !n.Ratio && !n.Fraction && !n.Vague && n.Value.Equal(decimal.NewFromInt(1)) {
		return true
	}
	if n.Digits && first.Kind == lexer.Number {
		txt := first.Text
		// A year: four digits from 1000 to 2099, no separator, no scale.
		if isYear(txt) && !n.Scaled && n.Suffix < 0 && !s.percentAfter(n.End) {
			return true
		}
		// A phone number, a code or a title with a leading zero: "0800",
		// "007", "03 Bonnie and Clyde", "iLife 05"; news writes a count
		// without one.
		if len(txt) >= 2 && txt[0] == '0' && !strings.Contains(txt, ".") && !strings.Contains(txt, ",") {
			return true
		}
		// The groups of a phone number after its first: "0845 8 505 505",
		// "0800 028 9276".
		if k > 0 && !first.Glued() && allDigits(txt) && allDigits(toks[k-1].Text) && toks[k-1].Kind == lexer.Number &&
			(toks[k-1].Text[0] == '0' || k > 1 && !toks[k-1].Glued() && toks[k-2].Kind == lexer.Number && allDigits(toks[k-2].Text)) {
			return true
		}
		// A number straight after a count is a model: "the sale of 10
		// 737-800 planes" (after a year it is a count: "in 2004 73%").
		if k > 0 && !first.Glued() && toks[k-1].Kind == lexer.Number && !strings.Contains(toks[k-1].Text, ".") && !s.percentAfter(n.End) {
			if !isYear(toks[k-1].Text) {
				return true
			}
		}
		// Five digits or more with no separator: a code ("text it to
		// 85130"); news writes "85,130" for a count. So is a four-digit
		// number past the years that is not a round hundred ("7610
		// owners", a phone model; "2340 on BBC Two", a time).
		if (len(txt) >= 5 || len(txt) == 4 && txt > "2099" && txt[2:] != "00") && allDigits(txt) && !n.Scaled && !s.percentAfter(n.End) {
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
		// "from 6 to 9 January", "on 4 or 5 April", "on 14, 20 and 27
		// April": days before the last of a list.
		for j, m := n.End, 0; m < 6 && j+2 < len(toks) && (s.is(j, "to") || s.is(j, "or") || s.is(j, "and") || s.is(j, ",") || lexer.IsDash(toks[j].Text)) &&
			toks[j+1].Kind == lexer.Number && allDigits(toks[j+1].Text) && len(toks[j+1].Text) <= 2; j, m = j+2, m+1 {
			if lexicon.IsMonth(s.word(j + 2)) {
				return true
			}
		}
	}
	// A label: "page 5", "Article 50", "top 10", "aged 45", "aged between
	// 18 and 34".
	// But "last year 185,000 people": a time before the figure.
	if k > 0 && lexicon.IsReferenceWord(s.word(k-1)) && !s.percentAfter(n.End) && !(k > 1 && lexicon.IsTimeUnit(s.word(k-1)) && (lexicon.IsTimeDeictic(s.word(k-2)) || s.isDeterminer(k-2))) {
		return true
	}
	if k > 1 && s.is(k-1, "between") && lexicon.IsReferenceWord(s.word(k-2)) && !s.percentAfter(n.End) {
		return true
	}
	// "between the ages of 16 and 18", "the pension age from 60 to 65",
	// "raise the pension age for council workers from 60 to 65", "the
	// voting age is 18", "the average age of a gamer being 29"
	if k > 2 && (s.is(k-1, "of") && (s.is(k-2, "ages") || s.is(k-2, "age")) || s.is(k-1, "from") && s.is(k-2, "age")) {
		return true
	}
	if k > 0 && (s.is(k-1, "from") || s.is(k-1, "to") || s.is(k-1, "being") || lexicon.IsBeForm(toks[k-1].Text)) && n.Value.IsInteger() && n.Value.LessThan(decimal.NewFromInt(120)) && !s.percentAfter(n.End) {
		for i := k - 2; i >= 0 && i >= k-7 && toks[i].Kind != lexer.Number; i-- {
			if s.is(i, "age") {
				return true
			}
		}
	}
	// "for the fifth month in the past six.": a period with its unit left
	// out, said a few words before.
	if k > 2 && s.is(k-2, "the") && lexicon.IsTimeDeictic(s.word(k-1)) &&
		(n.End >= len(toks) || toks[n.End].Kind == lexer.Punct) {
		for i := k - 3; i >= 0 && i >= k-6; i-- {
			if lexicon.IsTimeUnit(s.word(i)) {
				return true
			}
		}
	}
	// "a year or two", "a week to 10 days": the second of two periods;
	// not a level after a time ("from 52% this season to 34%", "from 1m
	// last year to 1.2m").
	if k > 2 && (s.is(k-1, "or") || s.is(k-1, "to")) && lexicon.IsTimeUnit(s.word(k-2)) && !s.percentAfter(n.End) &&
		(s.is(k-3, "a") || s.is(k-3, "an") || s.is(k-3, "one") || s.toks[k-3].Kind == lexer.Number || s.tag(k-3) == "CD") {
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
	if s.metres(k, n) == metreRace {
		return true
	}
	return false
}

// idiom reports whether the number n at k lies in a set phrase that counts
// nothing (lexicon.IsNumberIdiom).
func (s *sentence) idiom(k int, n numparse.Number) bool {
	found := false
	for i := k; i < n.End && !found; i++ {
		found = lexicon.InNumberIdiom(s.toks[i].Text)
	}
	if !found {
		return false
	}
	lo, hi := max(0, k-4), min(len(s.toks), n.End+4)
	var buf [16]string
	w := buf[:0]
	for i := lo; i < hi; i++ {
		if s.toks[i].Kind == lexer.Punct && !(lexer.IsDash(s.toks[i].Text) && s.toks[i].Glued()) {
			// "nine- to 11-year-olds": a glued dash does not end a phrase.
			w = append(w, "#")
		} else {
			w = append(w, strings.ToLower(s.toks[i].Text))
		}
	}
	if hi == len(s.toks) {
		w = append(w, "#")
	}
	return lexicon.IsNumberIdiom(w, k-lo, n.End-lo)
}

// What a glued "m" after digits is.
const (
	millions    = iota // "14m customers"
	metreRace          // a race or a mark on a pitch: "the 100m final", "the women's 1500m", "the 10m line"
	metreLength        // a length or a height: "1.85m tall", "cleared 1.76m"
)

// metres tells millions from metres in a number written with a glued "m"
// ("1.85m", "10,000m"). A length adjective after it ("1.85m tall") makes
// a length, and so does a decimal point in a sentence about athletics or
// heights (lexicon.IsMetreContext: "landed 17.30m") unless a plural noun
// or "of" follows ("1.4m workers"). "to go" after it ("with 500m to go")
// is what is left of a race. A thousand or more ("1500m"), an event
// word after it ("100m hurdles"), the end of the clause or "the" before
// it make a race; in such a sentence, so does any other figure not
// followed by what it counts ("his favoured 400m"). The rest is millions.
func (s *sentence) metres(k int, n numparse.Number) int {
	toks := s.toks
	if !n.Scaled || !n.Digits || n.End-1 <= k || toks[n.End-1].Text != "m" && toks[n.End-1].Text != "M" || !toks[n.End-1].Glued() {
		return millions
	}
	next := s.word(n.End)
	// "1.85m tall", "426m per minute": a length or a speed.
	if lexicon.IsLengthAdjective(next) || next == "per" && lexicon.IsTimeUnit(s.word(n.End+1)) {
		return metreLength
	}
	// "with 500m to go": what is left of a race.
	if next == "to" && s.is(n.End+1, "go") {
		return metreRace
	}
	decimalPoint := strings.Contains(toks[k].Text, ".")
	// News writes a thousand million as "1bn": "1500m", "10,000m" are a
	// race.
	if !decimalPoint && n.Value.Shift(-6).GreaterThanOrEqual(decimal.NewFromInt(1000)) {
		return metreRace
	}
	about := s.metreContext()
	if decimalPoint && about && !s.countsAfter(n.End) {
		return metreLength
	}
	if n.End >= len(toks) || lexicon.IsSportEvent(next) || toks[n.End].Kind == lexer.Punct ||
		(next == "in" || next == "and" || next == "at") && about ||
		(s.is(k-1, "the") || s.is(k-1, "last") || s.is(k-1, "first") || s.is(k-1, "final")) && !isNoun(s.tag(n.End)) && !strings.HasPrefix(s.tag(n.End), "JJ") {
		return metreRace
	}
	if !about || s.countsAfter(n.End) {
		return millions
	}
	if !s.athletics() {
		return metreLength // "ascending their 382m track" (of a tower)
	}
	return metreRace
}

// unitModifier cuts a subject that opens with a singular unit right after
// the number to the unit: in "two or three foot steel beams" the number
// and the unit modify the noun, and what is counted is feet, as in "a
// six inch nail".
func (s *sentence) unitModifier(st *Stat) {
	if st.Kind != Count || st.Subject == "" {
		return
	}
	// The unit may stand after the rest of a list: "two or three foot".
	u := st.TokEnd
	for u < len(s.toks) && u < st.TokEnd+4 && s.toks[u].Start < st.SubjectStart &&
		(s.toks[u].Kind == lexer.Number || lexicon.StartsNumber(s.toks[u].Text) || s.is(u, "or") || s.is(u, "and") || s.is(u, "to") || s.toks[u].Text == ",") {
		u++
	}
	if u+1 >= len(s.toks) || s.toks[u].Start != st.SubjectStart || st.SubjectEnd <= s.toks[u].End || s.toks[u+1].Kind != lexer.Word {
		return
	}
	if w := s.lower(u); !lexicon.IsUnit(w) || strings.HasSuffix(w, "s") || w == "feet" || strings.HasPrefix(s.tag(u), "NNS") {
		return
	}
	st.SubjectEnd = s.toks[u].End
	st.Subject = s.text[st.SubjectStart:st.SubjectEnd]
}

// unitRate takes a time after a unit that ends the subject into it: in
// "0.4 megabits a second", "70 miles an hour", "10 litres per minute" the
// unit is a rate, as "Mbps" and "km/h" are, and the subject is all of it.
func (s *sentence) unitRate(st *Stat) {
	if st.Kind != Count || st.Subject == "" {
		return
	}
	u := st.TokEnd
	for u < len(s.toks) && s.toks[u].End < st.SubjectEnd {
		u++
	}
	if u+2 >= len(s.toks) || s.toks[u].End != st.SubjectEnd || !lexicon.IsUnit(s.toks[u].Text) {
		return
	}
	if (s.is(u+1, "a") || s.is(u+1, "an") || s.is(u+1, "per")) && lexicon.IsRateTime(s.word(u+2)) {
		st.SubjectEnd = s.toks[u+2].End
		st.Subject = s.text[st.SubjectStart:st.SubjectEnd]
	}
}

// shareConversions gives a measure in brackets right after a hedged measure
// the hedge: in "well over nine feet (2.7 metres)" the conversion is
// more_than too, as money does. Both are counts of a unit (lexicon.IsUnit),
// the head's unit fills the gap to the bracket and the conversion's closes
// it.
func (s *sentence) shareConversions(out []Stat) {
	for i := 0; i+1 < len(out); i++ {
		head, conv := out[i], &out[i+1]
		open := conv.TokStart - 1
		if head.Kind != Count || conv.Kind != Count || head.Qualifier == lexicon.Exact || conv.Qualifier != lexicon.Exact ||
			head.Subject == "" || conv.Subject == "" || open < head.TokEnd || s.toks[open].Text != "(" ||
			head.SubjectEnd != s.toks[open-1].End || conv.SubjectStart < conv.Start ||
			!lexicon.IsUnit(s.toks[open-1].Text) || !unitText(s.text[conv.SubjectStart:conv.SubjectEnd]) {
			continue
		}
		c := conv.TokEnd
		for c < len(s.toks) && s.toks[c].Start < conv.SubjectEnd {
			c++
		}
		if c < len(s.toks) && s.toks[c].Text == ")" {
			conv.Qualifier = head.Qualifier
		}
	}
}

// countsAfter reports whether toks[i] says what a figure before it counts:
// "of" or a plural noun ("1.4m workers").
func (s *sentence) countsAfter(i int) bool {
	return s.is(i, "of") || s.tag(i) == "NNS" || s.tag(i) == "NNPS"
}

// chartContext reports, computed once, whether the sentence is about
// places in a chart or a ranking: it has a chart word or "number" before a
// number ("went in at number two").
func (s *sentence) chartContext() bool {
	if s.chart == 0 {
		s.chart = 2
		for i, t := range s.toks {
			if t.Kind != lexer.Word {
				continue
			}
			if lexicon.IsChartWord(t.Text) || lexer.EqualFold(t.Text, "number") && i+1 < len(s.toks) &&
				(s.toks[i+1].Kind == lexer.Number || lexicon.StartsStatistic(s.toks[i+1].Text)) {
				s.chart = 1
				break
			}
		}
	}
	return s.chart == 1
}

// metreContext reports, computed once, whether the sentence is about
// athletics, heights or lengths (lexicon.IsMetreContext, IsLengthContext).
func (s *sentence) metreContext() bool {
	if s.metre == 0 {
		s.metre = 3
		for i := range s.toks {
			w := s.word(i)
			if lexicon.IsMetreContext(w) {
				s.metre = 1
				break
			}
			if lexicon.IsLengthContext(w) {
				s.metre = 2
			}
		}
	}
	return s.metre == 1 || s.metre == 2
}

// raceEvent reports whether the race distance at k, or the list of them it
// stands in, follows "at" after a sport word: "the national record
// holder at 5km and 10km", "world champion at 20km" name events.
func (s *sentence) raceEvent(k int) bool {
	j := k - 1
	for j > 0 && (s.toks[j].Text == "," || s.is(j, "and") || s.is(j, "or") || lexicon.IsRaceUnit(s.word(j)) ||
		s.toks[j].Kind == lexer.Number && lexicon.IsRaceUnit(s.word(j+1))) {
		j--
	}
	if j < 1 || !s.is(j, "at") {
		return false
	}
	for i := j - 1; i >= 0 && i >= j-3; i-- {
		if lexicon.IsSportEvent(s.word(i)) {
			return true
		}
		if s.toks[i].Kind != lexer.Word {
			break
		}
	}
	return false
}

// athletics reports whether the sentence is about athletics.
func (s *sentence) athletics() bool {
	s.metreContext()
	return s.metre == 1
}

// allDigits reports whether t is a run of ASCII digits.
func allDigits(t string) bool {
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			return false
		}
	}
	return t != ""
}

// isRoundSize reports whether v is the number of entrants left in a round
// of a knock-out contest: 4, 8, 16, 32 or 64.
func isRoundSize(v decimal.Decimal) bool {
	if !v.IsInteger() {
		return false
	}
	switch v.IntPart() {
	case 4, 8, 16, 32, 64:
		return true
	}
	return false
}

// capitalisedName reports whether toks[i] is a capitalised word that names
// something a number after it labels: not the sentence's first word, not a
// hedge or function word, not a possessive.
func (s *sentence) capitalisedName(i int) bool {
	w := s.word(i)
	if w == "" || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
		return false
	}
	if i == 0 {
		// The sentence's first word: a name only when tagged one ("Lita
		// 45, 52").
		if lexicon.IsMinorTitleWord(strings.ToLower(w)) {
			return false
		}
		// "Halo 2 is out": a capitalised word, a number, then a verb;
		// "Bramble 35 og, Mellor 38", "Byrne 33.": a scorer and the minute.
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) && i+2 < len(s.toks) && s.toks[i+1].Kind == lexer.Number && (s.is(i+2, ",") || s.is(i+2, ".") || s.is(i+2, "og")) {
			switch s.tag(i) {
			case "DT", "IN", "PDT", "CC", "RB", "PRP", "WRB", "WDT":
			default:
				return true
			}
		}
		if s.tag(i) == "NNP" || unicode.IsUpper(r) && i+2 < len(s.toks) && s.toks[i+1].Kind == lexer.Number && strings.HasPrefix(s.tag(i+2), "VB") && s.tag(i) != "DT" {
			return true
		}
		// "PlayStation 3 chip", "Xbox 2 may be": a capitalised noun or
		// adjective, not a hedge, then digits with no group separator open
		// a name (a count opening a sentence comes first or after a hedge
		// or a function word: "Some 350", "Approximately 50,000", "Between
		// 10 and 15%"). The tagger marks an unknown
		// word before digits "$" (money is read before statistics).
		if unicode.IsUpper(r) && i+1 < len(s.toks) && s.toks[i+1].Kind == lexer.Number && allDigits(s.toks[i+1].Text) {
			if q, _ := lexicon.QualifierBefore([]string{strings.ToLower(w)}); q == "" && !lexicon.IsFunctionWord(w) && !lexicon.StartsNumber(w) {
				if t := s.tag(i); isNoun(t) || strings.HasPrefix(t, "JJ") || t == "$" {
					return true
				}
			}
		}
		return false
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

// titleAfter reports whether the number n written in digits opens a title
// with the capitalised words after it: before a capitalised ordinal ("50
// First Dates": a count takes no ordinal after it), or below ten (news
// writes a small count in words) where the capitalised words, not an
// acronym or a unit, end the noun phrase ("2 Wikid but", "8 Simple Rules
// for"; "7 Spike Lee movies" counts).
func (s *sentence) titleAfter(n numparse.Number) bool {
	toks := s.toks
	j := n.End
	if n.Scaled || j >= len(toks) || toks[j].Kind != lexer.Word || s.titleCase() || s.percentAfter(j) {
		return false
	}
	w := toks[j].Text
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || strings.ToUpper(w) == w || lexicon.IsMeasureUnit(w) {
		return false
	}
	if _, ok := lexicon.OrdinalWord(w); ok {
		return true
	}
	if !n.Value.IsInteger() || !n.Value.LessThan(decimal.NewFromInt(10)) {
		return false
	}
	for j < len(toks) && toks[j].Kind == lexer.Word {
		r, _ := utf8.DecodeRuneInString(toks[j].Text)
		if !unicode.IsUpper(r) {
			return !isNoun(s.tag(j))
		}
		j++
	}
	return true
}

// numberedTitle reports whether the digits n at k open or close a title
// with a number at each end and capitalised words between, the first a
// verb or an adverb, no "and" or "or": "2 Fast 2 Furious director", "21
// Going on 40"; "40 Catholic, 30 Anglican and 20 Jewish schools" is a list.
func (s *sentence) numberedTitle(k int, n numparse.Number) bool {
	if n.Scaled || s.titleCase() {
		return false
	}
	// between returns the token after the title words from j, the first
	// capitalised, the rest capitalised or function words, if digits follow
	// them; -1 if not.
	between := func(j int) int {
		first := j
		for ; j < len(s.toks) && j < first+4 && s.toks[j].Kind == lexer.Word; j++ {
			r, _ := utf8.DecodeRuneInString(s.toks[j].Text)
			if j == first && (!unicode.IsUpper(r) || !strings.HasPrefix(s.tag(j), "VB") && !strings.HasPrefix(s.tag(j), "RB")) {
				return -1
			}
			if s.is(j, "and") || s.is(j, "or") || !unicode.IsUpper(r) && !lexicon.IsFunctionWord(s.toks[j].Text) {
				return -1
			}
		}
		if j > first && j < len(s.toks) && s.toks[j].Kind == lexer.Number && allDigits(s.toks[j].Text) && (j+1 >= len(s.toks) || !s.toks[j+1].Glued() || s.toks[j+1].Kind == lexer.Punct) {
			return j
		}
		return -1
	}
	if !allDigits(s.toks[k].Text) || n.End != k+1 {
		return false
	}
	if between(n.End) >= 0 {
		return true
	}
	// The closing number: digits at a title's start before k.
	for j := k - 2; j >= 0 && j >= k-5; j-- {
		if s.toks[j].Kind == lexer.Number && allDigits(s.toks[j].Text) && (j == 0 || s.toks[j-1].Kind != lexer.Number) {
			return between(j+1) == k
		}
	}
	return false
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
	// "one half of folk duo Kestrel", "one half of the Sunday show Max
	// and Mo": a person as one of a pair, not a share ("one half
	// of the money" is).
	if first == "one" && lexer.EqualFold(toks[n.End-1].Text, "half") && s.is(next, "of") {
		for j := next + 1; j < len(toks) && j <= next+6 && (toks[j].Kind == lexer.Word || toks[j].Kind == lexer.Number); j++ {
			if lexicon.IsPairNoun(toks[j].Text) {
				return false
			}
		}
	}
	// "three quarters of contraction", "two quarters of negative growth",
	// "three quarters of the year": quarters of a year as periods, a
	// duration.
	if lexer.EqualFold(toks[n.End-1].Text, "quarters") && s.is(next, "of") {
		j := next + 1
		if s.is(j, "the") || s.is(j, "this") || s.is(j, "that") || lexicon.IsTimeDeictic(s.word(j)) {
			if s.is(j+1, "year") || s.is(j+1, "financial") && s.is(j+2, "year") {
				return false
			}
		} else {
			if strings.HasPrefix(s.tag(j), "JJ") {
				j++
			}
			if lexicon.IsTrendNoun(s.word(j)) {
				return false
			}
		}
		if next+1 < len(toks) {
			if t := toks[next+1].Text; len(t) == 4 && allDigits(t) && t >= "1900" && t <= "2099" {
				return false
			}
		}
	}
	// "grown for six quarters": more than a whole, without "of", counts
	// periods.
	if n.Value.GreaterThanOrEqual(decimal.NewFromInt(1)) && !s.is(next, "of") {
		return false
	}
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
	// "between 10 and 20", "between "two and three times"".
	between := k > 0 && s.is(k-1, "between") || k > 1 && lexer.IsQuoteMark(toks[k-1].Text) && s.is(k-2, "between")
	switch {
	case lexer.IsDash(toks[j].Text) && toks[j].Text != "—":
	case s.is(j, "to") && !(k > 0 && s.is(k-1, "from")):
	case s.is(j, "and") && between:
	case s.is(j, "or") && kind == Count && !n.Scaled && n.Value.IsInteger() && !(k > 1 && s.is(k-1, ",") && (toks[k-2].Kind == lexer.Number || s.tag(k-2) == "CD")):
		// (not the end of a list: "three, four or five new players")
		// "four or five errors", "150 or 200": a loose range of two
		// close counts.
	default:
		return rangeResult{}, false
	}
	m, ok := numparse.Parse(toks, j+1)
	if ok && s.is(j, "or") {
		// Close, unscaled, and not a choice between a thing and more of
		// it ("one or two" is a range too).
		// Nor the first part of a compound: "a two or three-horse race".
		if m.Scaled || !m.Value.IsInteger() || m.Value.LessThanOrEqual(n.Value) || m.Value.GreaterThan(n.Value.Mul(decimal.NewFromInt(2)).Add(decimal.NewFromInt(1))) ||
			m.End < len(toks) && lexer.IsDash(toks[m.End].Text) && toks[m.End].Glued() ||
			m.End < len(toks) && func() bool { _, _, sc := lexicon.ScaleWord(toks[m.End].Text); return sc }() || s.percentAfter(m.End) {
			return rangeResult{}, false
		}
	}
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
		if !between && !s.is(j, "or") && !s.pluralAhead(e) {
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
	// "edged up 0.1% to 4.7%", "lifted interest rates 0.25% to 5.5%": after
	// a movement the second figure is the level reached, not the top of a
	// range, where it is more than twice the first ("increase its presence
	// by 25 to 30 seats" stays a range).
	if m.Value.GreaterThan(n.Value.Add(n.Value)) && s.movesBefore(k) {
		return rangeResult{}, false
	}
	return rangeResult{Value: m.Value, Kind: k2, TokEnd: e}, true
}

// pluralAhead reports whether a plural noun starts at toks[e] or follows
// one or two modifiers there: "people", "top firms", "new full-time jobs".
func (s *sentence) pluralAhead(e int) bool {
	for n := 0; n < 3 && e+n < len(s.toks); n++ {
		k := e + n
		if strings.HasSuffix(s.tag(k), "S") && s.toks[k].Kind == lexer.Word {
			return true
		}
		if s.toks[k].Kind != lexer.Word || !(strings.HasPrefix(s.tag(k), "JJ") || s.tag(k) == "NN" && n > 0) {
			return false
		}
	}
	return false
}

// movesBefore reports whether a movement (lexicon.IsMovementWord) stands
// before the figure at k, past its hedge and past a verb's object of up to
// three nouns ("lifted interest rates 0.25%").
func (s *sentence) movesBefore(k int) bool {
	_, p := s.qualifierBefore(k)
	p--
	if p < 0 || s.toks[p].Kind != lexer.Word {
		return false
	}
	if lexicon.IsMovementWord(s.word(p)) {
		return true
	}
	for i := p; i >= 0 && i > p-3 && isNoun(s.tag(i)); i-- {
		if i > 0 && lexicon.IsMovementWord(s.word(i-1)) && strings.HasPrefix(s.tag(i-1), "VB") {
			return true
		}
	}
	return false
}

// qualifier reads the hedge before the figure at start, or after it.
func (s *sentence) qualifier(start, end int) string {
	if q, _ := s.qualifierBefore(start); q != "" {
		return q
	}
	// "more than a 90% share of the market": a bound before the article
	// of the phrase the percentage modifies.
	// So is one before "a doubling" ("at least a doubling in assets").
	_, multiple := lexicon.MultipleWord(s.word(start))
	if (s.is(start-1, "a") || s.is(start-1, "an")) && end < len(s.toks) && (s.toks[end-1].Text == "%" && isNoun(s.tag(end)) || multiple && end == start+1) {
		if q, _ := s.qualifierBefore(start - 1); q == lexicon.MoreThan || q == lexicon.LessThan || q == lexicon.Almost || q == lexicon.AtLeast {
			return q
		}
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
	var buf [lexicon.MaxQualifierWords]string // no allocation
	words := buf[:0]
	for j := start - 1; j >= 0 && j >= start-lexicon.MaxQualifierWords; j-- {
		if s.toks[j].Kind != lexer.Word {
			break
		}
		words = append(words, strings.ToLower(s.toks[j].Text))
	}
	for a, b := 0, len(words)-1; a < b; a, b = a+1, b-1 {
		words[a], words[b] = words[b], words[a]
	}
	// "rose a higher than expected 17,000": a comparison with a forecast
	// that modifies the figure is no hedge, but stands between the figure
	// and its verb.
	if n := len(words); n >= 4 && words[n-2] == "than" && lexicon.IsExpectationVerb(words[n-1]) && (words[n-4] == "a" || words[n-4] == "an") && s.tag(start-3) == "JJR" {
		return "", start - 4
	}
	if q, n := lexicon.QualifierBefore(words); n > 0 {
		// "the rate went up to 5.5%", "brings the order book up to 225":
		// "up" is the verb's particle, "to" the level it reached.
		if n == 2 && words[len(words)-2] == "up" && words[len(words)-1] == "to" && start >= 3 && s.particleUp(start-2) {
			return "", start - 1
		}
		// "the top 1% earn more": a rank, not the verb "top".
		if n == 1 && (words[len(words)-1] == "top" || words[len(words)-1] == "tops") && start >= 2 && s.isDeterminer(start-2) {
			return "", start
		}
		// "up from just 1.6%": "from just" bounds a price ("priced from
		// just £5"), not a level a change starts from; "just" is no hedge.
		if n == 2 && words[len(words)-2] == "from" && words[len(words)-1] == "just" {
			return "", start - 1
		}
		// "a drama about two teenage boys": "about" after a singular
		// common noun is a preposition, not a hedge (the tagger takes
		// verbs in -s for plurals: "tracks about six million"), but for
		// a count of times ("slashed it with a knife about 30 times").
		if n == 1 && words[len(words)-1] == "about" && start >= 2 && s.toks[start-2].Kind == lexer.Word &&
			s.tag(start-2) == "NN" && startsLower(s.toks[start-2].Text) && !s.timesAhead(start) {
			return "", start
		}
		return q, start - n
	}
	return "", start
}

// particleUp reports whether the "up" at toks[u] is a verb's particle: it
// follows a verb of movement ("went up", "shot up") or the object of one
// that takes a thing to a level ("brings the order book up").
func (s *sentence) particleUp(u int) bool {
	v := u - 1
	if lexicon.IsPushVerb(s.word(v)) {
		return true
	}
	if !isNoun(s.tag(v)) || s.toks[v].Kind != lexer.Word {
		return false
	}
	a := s.npStart(v) - 1
	if a >= 0 && (s.isDeterminer(a) || s.tag(a) == "PRP$") {
		a--
	}
	return a >= 0 && lexicon.IsPushVerb(s.word(a))
}

// timesAhead reports whether the figure at toks[k] counts times or a span
// of time: "about 30 times", "about six to 10 times", "about two hours".
func (s *sentence) timesAhead(k int) bool {
	for j := k + 1; j < len(s.toks) && j < k+5; j++ {
		if s.is(j, "times") || lexicon.IsTimeUnit(s.word(j)) {
			return true
		}
		if s.toks[j].Kind == lexer.Word && isNoun(s.tag(j)) {
			return false
		}
	}
	return false
}

// qualifierStart returns the index of the first token of the hedge ending
// just before start, or start.
func (s *sentence) qualifierStart(start int) int {
	_, q := s.qualifierBefore(start)
	return q
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

// timesComparative reports whether toks[i], after "twice" or "N times",
// makes a multiple ("as many", "more", "the size", a comparative tagged JJR
// or RBR: "better"): "as" does only before
// what it compares, not as a conjunction or preposition ("won the Cup four
// times as a player", "double-faulted twice as Nalbandian broke").
func (s *sentence) timesComparative(i int) bool {
	if !lexicon.IsTimesComparative(s.word(i)) {
		// "10 times better", "thirty times cheaper": any comparative.
		t := s.tag(i)
		return t == "JJR" || t == "RBR"
	}
	if s.is(i, "as") {
		switch s.tag(i + 1) {
		case "DT", "NNP", "NNPS", "PRP", "PRP$", "CD":
			return false
		}
		// "twice as Nalbandian broke": a name the tagger missed.
		if s.nameWord(i + 1) {
			return false
		}
	}
	return true
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
	} else if lexer.EqualFold(w, "twice") && s.timesComparative(k+1) {
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
// recogniser's. It also removes amounts whose currency is left out: a
// million or more written with digits and a scale that counts nothing, in
// a sentence that states money ("77m euros, up from 38m", "another 550m
// to follow"); in words it is more often people ("£3bn in lost reserves,
// one million in negative equity").
func (s *sentence) dropMoneyMultiples(out *[]Stat) {
	kept := (*out)[:0]
	removed := map[int]int{} // old index → new index, -1 if removed
	million := decimal.NewFromInt(1000000)
	for i, st := range *out {
		if st.Kind == Multiple && s.aboutMoney(st) ||
			st.Kind == Count && !st.Vague && st.Subject == "" && len(s.skip) > 0 && st.TokEnd > st.TokStart+1 && s.toks[st.TokStart].Kind == lexer.Number && st.Value.GreaterThanOrEqual(million) {
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
		// "those on high income are four times more likely": people.
		if (lexicon.IsMoneyNoun(f[len(f)-1]) || lexicon.IsMoneyNoun(f[0])) && !lexicon.IsPersonNoun(f[0]) {
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
				if r, _ := utf8.DecodeRuneInString(s.toks[k].Text); s.toks[k].Kind == lexer.Word && s.tag(k) != "NNP" && !unicode.IsUpper(r) {
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
// hedge: "five mesmerising minutes", "10 or more years", also where a
// noun before the figure was taken for its subject ("It's been two
// unbelievable weeks").
func (s *sentence) dropPeriods(out []Stat) []Stat {
	kept := out[:0]
	for _, st := range out {
		if st.Kind == Count && !st.Vague && st.SubjectEnd <= st.Start {
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
			// "rose to 58.6 last month": a time word after the figure dates
			// it.
			for m := 0; m < 2 && j < len(s.toks) && strings.HasPrefix(s.tag(j), "JJ") && !lexicon.IsTimeDeictic(s.word(j)); m++ {
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

// dropAges removes "I am 25", "she will be 34", "I'm only 27 and",
// "when I turn 60": a bare small number after a personal pronoun and a
// form of "be" or "turn", ending the clause; and the other ages, race
// times and chart places below.
func (s *sentence) dropAges(out []Stat) []Stat {
	kept := out[:0]
	for _, st := range out {
		k := st.TokStart
		if st.Kind == Count && st.Subject == "" && !st.Vague && st.Value.IsInteger() && st.Value.LessThan(decimal.NewFromInt(120)) &&
			(st.TokEnd >= len(s.toks) || s.toks[st.TokEnd].Kind == lexer.Punct || s.clauseGoesOn(st.TokEnd)) && k > 0 {
			j := k - 1
			if lexicon.IsAgeAdverb(s.word(j)) && j > 0 {
				j--
			}
			if s.is(j, "be") && j > 0 {
				j--
			}
			if (lexicon.IsBeForm(s.toks[j].Text) || s.is(j, "will") || s.is(j, "turned") || s.is(j, "turns") || s.is(j, "turn")) && lexicon.IsPersonalPronoun(s.word(j-1)) ||
				lexicon.IsPronounBe(s.toks[j].Text) {
				continue
			}
		}
		// "the oldest member is 114", "its youngest player was 17": the age
		// of the one an age superlative picks out.
		if st.Kind == Count && !st.Vague && st.Subject != "" && st.SubjectEnd <= st.Start && st.Value.IsInteger() && st.Value.LessThan(decimal.NewFromInt(130)) &&
			k > 0 && lexicon.IsBeForm(s.toks[k-1].Text) && (st.TokEnd >= len(s.toks) || s.toks[st.TokEnd].Kind == lexer.Punct || s.clauseGoesOn(st.TokEnd)) {
			if f := strings.ToLower(firstWord(st.Subject)); f == "oldest" || f == "youngest" || f == "eldest" {
				continue
			}
		}
		// "Hingis was 22 when she retired", "a job at 16 when", "when she
		// was just 15", "dies at 62", "retire before 65": ages.
		if st.Kind == Count && !st.Vague && st.SubjectEnd <= st.Start && st.Value.IsInteger() && st.Value.LessThan(decimal.NewFromInt(120)) && s.ageAt(st) {
			continue
		}
		// "finished fifth in 7.35", "clocking 8.06", "a personal best of
		// 20.88", "his times of 6.61 and 6.62 seconds": a race time.
		// In a sentence about athletics a bare one with nothing counted is
		// a time too ("a personal best on the 7.83").
		if st.Kind == Count && st.Low == nil && st.TokEnd == st.TokStart+1 && k > 1 && hundredths(s.toks[k].Text) &&
			(st.Subject == "" && (lexicon.IsRaceTimeCue(s.word(k-1)) || s.athletics()) ||
				s.is(k-1, "of") && (lexicon.IsRaceTimeCue(s.word(k-2)) && s.athletics() || s.is(k-2, "time") || s.is(k-2, "times"))) {
			continue
		}
		// "came in at 39", "crept up from six to five", "settled at a modest
		// 41": a place in a chart.
		if st.Kind == Count && st.SubjectEnd <= st.Start && !st.Vague && k > 0 && st.Value.IsInteger() && st.Value.LessThan(decimal.NewFromInt(100)) {
			// Past "a" and up to two adjectives or adverbs ("a modest", "a
			// very disappointing").
			p := k - 1
			for m := 0; m < 2 && p > 1 && (strings.HasPrefix(s.tag(p), "JJ") || s.tag(p) == "RB"); m++ {
				p--
			}
			if p < k-1 && (s.is(p, "a") || s.is(p, "an")) {
				p--
			} else {
				p = k - 1
			}
			if (s.is(p, "at") || s.is(p, "to") || s.is(p, "from")) && s.chartContext() {
				continue
			}
			// "going to number one in the UK and 12 in the US": a place
			// joined to another place.
			if (s.is(k-1, "and") || s.is(k-1, "or")) && s.is(st.TokEnd, "in") && s.chartContext() {
				continue
			}
		}
		// "a wife half his age", "a man twice her age": a part or a
		// multiple of an age.
		if (st.Kind == Fraction || st.Kind == Multiple) && !st.Vague {
			j := st.TokEnd
			if s.is(j, "of") {
				j++
			}
			if (s.tag(j) == "PRP$" || possessive(s.word(j))) && s.is(j+1, "age") {
				continue
			}
		}
		// "the under 14 team", "England's under 21 side", "the over 35
		// league": an age group after a determiner or an owner ("under 14
		// staff" counts).
		if st.Kind == Count && !st.Vague && st.Low == nil && st.TokEnd == k+1 && st.Value.IsInteger() && st.Value.LessThan(decimal.NewFromInt(100)) &&
			k > 1 && (s.is(k-1, "under") || s.is(k-1, "over")) && (s.is(k-2, "the") || s.tag(k-2) == "PRP$" || possessive(s.word(k-2)) || s.tag(k-2) == "NNP" && k > 2) {
			continue
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
			(st.Value.LessThan(decimal.NewFromInt(100)) || k == 1 && st.Value.LessThan(decimal.NewFromInt(120))) &&
			!strings.Contains(s.toks[k].Text, ".") &&
			(st.TokEnd >= len(s.toks) || s.toks[st.TokEnd].Kind == lexer.Punct || s.is(st.TokEnd, "and") || s.is(st.TokEnd, "with")) &&
			(k == 1 || s.toks[k-2].Kind == lexer.Punct || strings.HasPrefix(s.tag(k-2), "NN")) {
			continue
		}
		kept = append(kept, st)
	}
	return kept
}

// clauseGoesOn reports whether toks[i] joins another clause to the one
// before it: "I'm only 27 and", "I will be 35 so".
func (s *sentence) clauseGoesOn(i int) bool {
	return lexicon.IsClauseJoiner(s.word(i))
}

// ageAt reports whether the small whole number st is an age by the words
// around it: a form of "be" or "at" before it and "when" after ("was 22
// when", "at 16 when"), "when", a name or pronoun and a form of "be"
// before it ("when she was just 15"), "who" and a form of "be" before it
// ending the clause ("my son who is 14."), or a life event and a
// preposition before it ("dies at 62", "retire before 65").
func (s *sentence) ageAt(st Stat) bool {
	k := st.TokStart
	j := k - 1
	for j >= 0 && lexicon.IsAgeAdverb(s.word(j)) {
		j--
	}
	if j < 0 {
		return false
	}
	be := lexicon.IsBeForm(s.toks[j].Text)
	if s.is(st.TokEnd, "when") && (be || s.is(j, "at")) {
		return true
	}
	// "my daughter who is 14 -": "who" and a form of "be" before a number
	// ending the clause.
	if be && s.is(j-1, "who") && (st.TokEnd >= len(s.toks) || s.toks[st.TokEnd].Kind == lexer.Punct) {
		return true
	}
	if be && j > 1 && s.is(j-2, "when") && (lexicon.IsPersonalPronoun(s.word(j-1)) || s.tag(j-1) == "NNP") &&
		(st.TokEnd >= len(s.toks) || s.toks[st.TokEnd].Kind == lexer.Punct || s.is(st.TokEnd, "and")) {
		return true
	}
	if j == k-1 && lexicon.IsAgePreposition(s.word(j)) {
		e := j - 1
		if s.is(e, "on") {
			e--
		}
		if lexicon.IsAgeEvent(s.word(e)) {
			return true
		}
		// "signed at the age of 15 and released her first single at 18":
		// a bare "at N" ending the clause after an age in the sentence,
		// or in a sentence about "he" or "she".
		if s.is(j, "at") && st.Kind == Count && st.Subject == "" && st.Value.IsInteger() && st.Value.GreaterThanOrEqual(decimal.NewFromInt(5)) && st.Value.LessThan(decimal.NewFromInt(100)) &&
			(st.TokEnd >= len(s.toks) || s.toks[st.TokEnd].Kind == lexer.Punct || s.is(st.TokEnd, "and") || s.is(st.TokEnd, "but")) {
			if s.is(0, "he") || s.is(0, "she") {
				return true
			}
			for i := 0; i < j-1; i++ {
				if s.is(i, "age") || s.is(i, "aged") {
					return true
				}
			}
		}
	}
	return false
}

// hundredths reports whether a number is written with two decimals, as
// race times are: "7.35", "46.46".
func hundredths(t string) bool {
	p := strings.IndexByte(t, '.')
	return p > 0 && len(t)-p == 3 && allDigits(t[:p]) && allDigits(t[p+1:])
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

// orSubjects gives a percentage after a changed count, joined by "or",
// the count's subject: "the number waiting fell to 6,630, or 12.9%" is the
// same change as a share.
func (s *sentence) orSubjects(out []Stat) {
	for i := 1; i < len(out); i++ {
		a, b := out[i-1], &out[i]
		if b.Subject != "" || a.Subject == "" || b.Kind != Percent || a.Kind != Count || a.Change == nil || a.Change.Direction == "" {
			continue
		}
		_, qb := s.qualifierBefore(b.TokStart)
		o := qb - 1
		if !s.is(o, "or") {
			continue
		}
		if s.is(o-1, ",") {
			o--
		}
		if o != a.TokEnd {
			continue
		}
		b.takeSubject(a)
	}
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
		b.takeSubject(a)
	}
}

// dropNamedModifiers removes a number that is part of a name before a
// singular noun: "his 19 Entertainment company", "the Hit 40 UK rundown";
// and one owned with nothing counted: "in his own 22". A count agrees with a
// plural noun ("34 Grosvenor casinos").
func (s *sentence) dropNamedModifiers(out []Stat) []Stat {
	kept := out[:0]
	for _, st := range out {
		// "in his own 22": a number owned with nothing counted names a
		// place (a line of the pitch), not a count.
		if st.Kind == Count && !st.Vague && st.Subject == "" && st.TokStart > 1 && s.is(st.TokStart-1, "own") && s.tag(st.TokStart-2) == "PRP$" {
			continue
		}
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
			// "the Hit 40 UK rundown": a number after a capitalised word
			// inside a noun phrase (after a determiner or an owner), before one
			// singular noun, is a name whatever the tagger made of the word.
			if p := st.TokStart - 1; p > 0 && s.toks[p].Kind == lexer.Word && !possessive(s.toks[p].Text) && s.tag(last) == "NN" && !lexicon.IsMeasureUnit(s.toks[last].Text) {
				if r0, _ := utf8.DecodeRuneInString(s.toks[p].Text); unicode.IsUpper(r0) && s.toks[p-1].Kind == lexer.Word && (s.tag(p-1) == "DT" || possessive(s.toks[p-1].Text)) {
					continue
				}
			}
			// "10 Downing Street": an address.
			if r2, _ := utf8.DecodeRuneInString(s.toks[last].Text); unicode.IsUpper(r2) && lexicon.IsAddressWord(s.toks[last].Text) {
				continue
			}
			// "Boeing's new 777 plane": a model number before one singular
			// noun.
			if w := s.toks[first].Text; last == first && s.tag(first) == "NN" && !unicode.IsUpper(r) && !strings.HasSuffix(w, "s") && !lexicon.IsMeasureUnit(w) && s.modelNumber(st) {
				continue
			}
		}
		// "the 308, 407, 407 Coupe, 607 and Partner": a model
		// number in a list of models.
		if st.Kind == Count && s.modelNumber(st) && s.modelList(st) {
			continue
		}
		// "the 717, its smallest airliner", "rolled out the new 777 in
		// Seattle": a model number named alone.
		if st.Kind == Count && st.Subject == "" && st.TokEnd < len(s.toks) && s.modelNumber(st) {
			d := st.TokStart - 1
			adj := d > 0 && strings.HasPrefix(s.tag(d), "JJ")
			if adj {
				d--
			}
			if s.is(d, "the") && (s.toks[st.TokEnd].Text == "," || s.toks[st.TokEnd].Text == "." || adj && s.tag(st.TokEnd) == "IN") {
				continue
			}
		}
		kept = append(kept, st)
	}
	return kept
}

// dropRateLevels removes the level of a currency, an exchange rate whose
// other currency is left out: a bare number after "to", "at" or "of" whose
// subject is a currency named before it ("the dollar rose to 1.30"), or a
// bare decimal with nothing counted after an exchange rate in the text
// just before it with no other market's level between ("slid to 9.12 per
// euro ... It later recovered to 9.05", "Against the yen, it ... after a
// low of 98.15 on Monday").
func (s *sentence) dropRateLevels(out []Stat) []Stat {
	kept := out[:0]
	for _, st := range out {
		if st.Kind == Count && !st.Vague && st.Low == nil && st.TokEnd == st.TokStart+1 {
			if p := st.TokStart - 1; s.is(p, "to") || s.is(p, "at") || s.is(p, "of") {
				if st.Subject != "" && st.SubjectEnd <= st.Start {
					f := strings.Fields(st.Subject)
					if c, ok := lexicon.CurrencyWord(f[len(f)-1]); ok && !c.Minor {
						continue
					}
				}
				if st.Subject == "" && strings.Contains(s.toks[st.TokStart].Text, ".") && (st.TokEnd >= len(s.toks) || !isNoun(s.tag(st.TokEnd))) && s.rateBefore(st.Start) {
					continue
				}
			}
		}
		kept = append(kept, st)
	}
	return kept
}

// rateBefore reports whether the text in the 300 bytes before offset end,
// within its paragraph, states an exchange rate ("per euro", "against the
// Japanese yen", "to the dollar") with no word after it that names another
// market's level (lexicon.IsMarketLevelWord).
func (s *sentence) rateBefore(end int) bool {
	lo := max(0, end-300)
	if i := strings.LastIndex(s.text[lo:end], "\n"); i >= 0 {
		lo += i + 1
	}
	words := strings.FieldsFunc(s.text[lo:end], func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
	found := false
	for i, w := range words {
		if lexicon.IsMarketLevelWord(w) {
			found = false
			continue
		}
		if !strings.EqualFold(w, "per") && !strings.EqualFold(w, "against") && !strings.EqualFold(w, "to") {
			continue
		}
		j := i + 1
		for m := 0; m < 2 && j < len(words) && (strings.EqualFold(words[j], "the") || strings.EqualFold(words[j], "one") || strings.EqualFold(words[j], "a") || strings.EqualFold(words[j], "US")); m++ {
			j++
		}
		for m := 0; m < 2 && j < len(words); m, j = m+1, j+1 {
			if c, ok := lexicon.CurrencyWord(words[j]); ok && !c.Minor {
				found = true
				break
			}
		}
	}
	return found
}

// modelNumber reports whether st is written as a model number: three
// digits, not a multiple of ten ("777", "717", "156"), with no hedge.
func (s *sentence) modelNumber(st Stat) bool {
	t := s.toks[st.TokStart].Text
	return st.TokEnd == st.TokStart+1 && st.Qualifier == lexicon.Exact && len(t) == 3 && allDigits(t) && t[2] != '0'
}

// modelList reports whether the model-shaped number st stands in a list of
// names and numbers only ("the 308, 407, 407 Coupe, 607 and Partner") that holds another model-shaped number and a capitalised name
// that is not a plural ("156 Britons" counts), or opens after "the": a list
// of models. Its subject, if any, is one such name in the list.
func (s *sentence) modelList(st Stat) bool {
	toks := s.toks
	sep := func(i int) bool { return s.is(i, ",") || s.is(i, "and") || s.is(i, "or") }
	if !sep(st.TokStart-1) && !sep(st.TokEnd) && !(st.Subject != "" && sep(st.TokEnd+1)) {
		return false
	}
	// A name, not a plural that counts ("156 Britons").
	name := func(i int) bool {
		r, _ := utf8.DecodeRuneInString(toks[i].Text)
		return i > 0 && toks[i].Kind == lexer.Word && unicode.IsUpper(r) && !strings.HasSuffix(toks[i].Text, "s")
	}
	inList := func(i int) bool { return sep(i) || toks[i].Kind == lexer.Number || name(i) }
	lo, hi := st.TokStart, st.TokEnd
	for lo > 0 && lo > st.TokStart-16 && inList(lo-1) {
		lo--
	}
	for hi < len(toks) && hi < st.TokEnd+16 && inList(hi) {
		hi++
	}
	if st.Subject != "" {
		r, _ := utf8.DecodeRuneInString(st.Subject)
		if !unicode.IsUpper(r) || strings.ContainsRune(st.Subject, ' ') || strings.HasSuffix(st.Subject, "s") || st.SubjectStart < toks[lo].Start || st.SubjectEnd > toks[hi-1].End {
			return false
		}
	}
	models, names := 0, 0
	// "the 737, 767 and 777": "the" before a list of bare numbers.
	if lo > 0 && s.is(lo-1, "the") && toks[lo].Kind == lexer.Number {
		names++
	}
	for i := lo; i < hi; i++ {
		if t := toks[i].Text; toks[i].Kind == lexer.Number && len(t) == 3 && allDigits(t) && t[2] != '0' {
			models++
		} else if name(i) {
			names++
		}
	}
	return models >= 2 && names >= 1
}

// openingSubject returns the common noun phrase a sentence opens with
// when a verb follows it and it ends before toks[end]: "The unemployment
// rate has been falling ...". Not a name, a time, a change, or the subject of a
// verb of saying ("The report said it fell"), which speaks of something
// else.
func (s *sentence) openingSubject(end int) (int, int, bool) {
	// "Although the index was lower than in January, ... it held above
	// 50": past a word that opens a clause.
	o := 0
	if lexicon.IsClauseConjunction(s.word(0)) {
		o = 1
	}
	a, b, ok := s.npAfter(o, true)
	if !ok || b >= end || b >= len(s.toks) {
		return 0, 0, false
	}
	h := s.toks[b-1].Text
	// "The biggest jump was in Italy, where it rose": a change is not
	// what changed. "The French were": an adjective standing for people.
	people := s.tag(b-1) == "JJ" && !startsLower(h) && b-1 > o
	if !(s.tag(b-1) == "NN" || s.tag(b-1) == "NNS" || s.tag(b-1) == "NNPS" || people) || lexicon.IsTimeUnit(h) || lexicon.IsMonth(h) || lexicon.IsChangeNoun(h) {
		return 0, 0, false
	}
	v := b
	for v < end && v < b+3 && (s.tag(v) == "RB" || s.tag(v) == "MD" || lexicon.IsAuxiliary(s.word(v))) {
		v++
	}
	// The verb may follow an adverb or auxiliary: "The economy probably
	// grew".
	if _, say := lexicon.CueVerb(s.word(v)); say || lexicon.IsShowVerb(s.word(v)) || !(strings.HasPrefix(s.tag(b), "VB") || s.tag(b) == "MD" || strings.HasPrefix(s.tag(v), "VB") && s.tag(b) == "RB") {
		return 0, 0, false
	}
	return a, b, true
}

// frameSubjects gives the figures with no subject the noun phrase a
// sentence opens with in "Of the companies surveyed, 30% saw orders rise",
// and then the subject of the figure before of the same kind: "sales
// dropped 1% after a 0.6% rise", "growth of 7.1%, up from 6.7%".
func (s *sentence) frameSubjects(out []Stat) {
	fa, fb := -1, -1
	// "Among the over-65s, 70% said": the same frame; "But of the 145
	// companies reporting, 76% didn't": after a word that opens a clause.
	o := 0
	if lexicon.IsClauseConjunction(s.word(0)) {
		o = 1
	}
	if s.is(o, "of") || s.is(o, "among") {
		if a, b, ok := s.npAfter(o+1, true); ok && s.is(b, ",") || ok && (s.tag(b) == "VBN" || s.tag(b) == "VBG") && s.is(b+1, ",") {
			fa, fb = a, b
			if s.tag(b) == "VBN" || s.tag(b) == "VBG" {
				fb = b + 1
			}
		} else if ok && (s.is(b, "who") || s.is(b, "that")) {
			// "Of the 22 million Americans who own MP3 players, 59% are
			// men": the noun phrase before the clause.
			for k := b + 1; k < len(s.toks) && k < b+10; k++ {
				if s.is(k, ",") {
					fa, fb = a, b
					break
				}
			}
		}
	}
	for i := range out {
		st := &out[i]
		if st.Subject != "" {
			continue
		}
		if fa >= 0 && st.TokStart > fb && st.Kind != Multiple {
			s.setSubject(st, fa, fb)
			continue
		}
		// Only a figure joined to the one before: "up from 6.7%", "after a
		// 0.6% rise", "and 22 at Cambridge".
		_, q := s.qualifierBefore(st.TokStart)
		// "but by only 2.8%": an adverb after a preposition.
		if q > 2 && s.tag(q-1) == "RB" && s.toks[q-1].Kind == lexer.Word && (s.tag(q-2) == "IN" || s.tag(q-2) == "TO") && !s.is(q-1, "up") && !s.is(q-1, "down") {
			q--
		}
		// "from an adjusted 56.4", "after a 0.6% rise"
		if q > 1 && (s.is(q-2, "a") || s.is(q-2, "an")) && (strings.HasPrefix(s.tag(q-1), "JJ") || s.tag(q-1) == "VBN") {
			q--
		}
		// "less than the 5.1% increase": "the" before a change; "less than
		// the 47.3% forecast", "short of the 2.5% the government
		// predicted": "the" after a comparison.
		if q > 0 && (s.is(q-1, "a") || s.is(q-1, "an") || s.is(q-1, "the") && (st.Change != nil && st.Change.CueStart >= st.End || s.is(q-2, "than") || s.is(q-2, "of") && lexicon.IsComparisonBeforeOf(s.word(q-3)))) {
			q--
		}
		// "in contrast to the 60% allowed", "compared with the 2.1% in
		// May": "the" after a comparison.
		if q > 2 && s.is(q-1, "the") && (s.is(q-2, "against") || s.is(q-2, "versus") ||
			(s.is(q-2, "to") || s.is(q-2, "with")) && (s.is(q-3, "compared") || s.is(q-3, "contrast") || s.is(q-3, "comparison"))) {
			q--
		}
		// "down from the third quarter's 5.1%": past the owner.
		if q > 1 && possessive(s.word(q-1)) {
			q = s.npStart(q - 1)
			if q > 0 && s.isDeterminer(q-1) {
				q--
			}
		}
		// "to 139,000 instead of 96,000", "64 respondents out of 146"
		if q > 1 && s.is(q-1, "of") && (s.is(q-2, "instead") || s.is(q-2, "out")) {
			q--
		}
		// "The market has fallen 5%, but it is still 40% higher": a
		// pronoun stands for the subject of a figure before, one that
		// stands before its figure; so does a participle's after a
		// comma ("The baht lost 0.3%, trading at 39.10").
		if st.pronoun || q > 3 && s.is(q-1, "at") && strings.HasSuffix(s.lower(q-2), "ing") && s.is(q-3, ",") {
			// Not across a name that may own it: "In the US growth is
			// 6%, in China 15%, and in the EU it is 1%".
			for j := i - 1; j >= 0 && j >= i-8; j-- {
				if out[j].Subject != "" && out[j].SubjectEnd <= out[j].Start {
					if !s.nameBetween(out[j], *st) {
						st.takeSubject(out[j])
					}
					break
				}
			}
			// "The unemployment rate has been falling since April, when it
			// reached a peak of 13.1%": with no figure before, the noun
			// phrase the sentence opens with.
			if st.Subject == "" && st.pronoun {
				// "they" stands for the nearest plural before it.
				if a, b, ok := s.theyReferent(st.TokStart); ok {
					s.setSubject(st, a, b)
				} else if a, b, ok := s.openingSubject(st.TokStart); ok {
					s.setSubject(st, a, b)
				}
			}
			// "we lost one lineout and they lost four": with nothing found,
			// the rules for a noun left out may still find it.
			if st.Subject != "" || !st.pronoun {
				continue
			}
		}
		// "rose by 17% last year, up 23,600 to 27,700", "will reach 159
		// million, an increase of 104%", "rose 1% before ending Friday
		// 0.24% lower": a change that goes on from the figure before, of
		// any kind, is of what that figure measured.
		if s.continuesFrom(out, i, q) {
			st.takeSubject(out[i-1])
			continue
		}
		// "cutting first-quarter production by 10,000 vehicles, or 1.2%":
		// the same cut as a share of what the verb cut.
		if (st.Kind == Percent || st.Kind == PercentagePoints) && i > 0 && q > 2 && s.is(q-1, "or") && s.is(q-2, ",") {
			if a, b, ok := s.cutObject(out[i-1], q-2); ok {
				s.setSubject(st, a, b)
				continue
			}
		}
		// "cut the worldwide workforce of 75,000 by almost a third": a
		// change after "by" of the thing whose level stands just before.
		if i > 0 && q > 1 && s.is(q-1, "by") && out[i-1].TokEnd == q-1 && out[i-1].Subject != "" && out[i-1].SubjectEnd <= out[i-1].Start &&
			s.is(s.qualifierStart(out[i-1].TokStart)-1, "of") && (st.Kind == Fraction || st.Kind == Percent || st.Kind == Multiple) {
			st.takeSubject(out[i-1])
			continue
		}
		// "use two or three": the second of two counts joined by "or"
		// counts what the first does.
		if st.Kind == Count && i > 0 && out[i-1].Kind == Count && out[i-1].TokEnd == q-1 && s.is(q-1, "or") && out[i-1].Subject != "" && out[i-1].SubjectEnd <= st.Start {
			st.takeSubject(out[i-1])
			continue
		}
		// "five people died and 20 were hurt": a bare count before a verb
		// counts what an exact count before it in the sentence counts.
		if st.Kind == Count && !st.Vague && st.TokEnd < len(s.toks) && (s.bareBeforeVerb(st.TokEnd) || s.elidedAfter(q, st.TokEnd)) {
			if j := s.countBefore(out, i); j >= 0 {
				st.takeSubject(out[j])
				continue
			}
			// "won a Grammy in 1998 and is nominated for two more": one
			// thing named with "a" before "N more".
			if s.is(st.TokEnd, "more") && (s.endsPhrase(st.TokEnd+1) || lexicon.IsTimeDeictic(s.word(st.TokEnd+1)) && lexicon.IsTimeUnit(s.word(st.TokEnd+2))) {
				if a, b, ok := s.oneBefore(q, 12, "a", "an"); ok {
					s.setSubject(st, a, b)
					continue
				}
			}
		}
		// "vehicle sales rose 8% to 4.7 million", "the exchange was down
		// 2.1% at 1,011.15": the level after a change counts what the
		// change did.
		// So does the level after "from" ("fell by 23% from 36,185"), and
		// one after "or N%," ("closed down 0.89 points, or 0.01%, at
		// 10,385.48").
		// And one after "N% higher at" ("closed more than 1% higher at
		// 10,137").
		// Past a time between them: "fell 25% year-on-year to 85,000",
		// "lifted borrowing costs five times last year to 2.25%".
		if i > 0 && s.is(q-1, "to") && q > 2 && out[i-1].Change != nil {
			if t := s.timeAdjunct(q - 2); t > 0 && t == out[i-1].TokEnd && out[i-1].Subject != "" && out[i-1].SubjectEnd <= out[i-1].Start {
				st.takeSubject(out[i-1])
				continue
			}
		}
		if i > 0 && (s.is(q-1, "to") || s.is(q-1, "at") || s.is(q-1, "from")) && (out[i-1].TokEnd == q-1 || out[i-1].TokEnd == q-2 && s.is(q-2, ",") && i > 1 && out[i-2].Change != nil ||
			out[i-1].TokEnd == q-2 && out[i-1].Change != nil && (lexicon.IsComparative(s.word(q-2)) || s.is(q-2, "up") || s.is(q-2, "down"))) &&
			(out[i-1].Change != nil || out[i-1].TokEnd == q-2) && out[i-1].Subject != "" && out[i-1].SubjectEnd <= st.Start && out[i-1].SubjectEnd <= out[i-1].Start {
			st.takeSubject(out[i-1])
			continue
		}
		// "dozens of companies, not hundreds or thousands": a vague count
		// left bare after one with its noun.
		if st.Vague && st.Kind == Count && i > 0 && out[i-1].Vague && out[i-1].Subject != "" && out[i-1].SubjectEnd <= st.Start && s.endsPhrase(st.TokEnd) &&
			(s.is(q-1, "or") || s.is(q-1, "not") || s.is(q-1, "and") || s.is(q-1, ",")) && !s.is(st.TokEnd, "of") {
			st.takeSubject(out[i-1])
			continue
		}
		// "merge 35 agencies into nine", "women play three sets while men
		// play five": a bare count that ends its phrase takes the noun of
		// a parallel count before it, one joined by "into" or standing
		// after the same verb.
		if st.Kind == Count && !st.Vague && q > 0 && s.endsPhrase(st.TokEnd) {
			if j := s.parallelCount(out, i, q); j >= 0 {
				st.takeSubject(out[j])
				continue
			}
		}
		// "scored 9.3 goals a season, and half of those came at home": a
		// share of them is of what a count before counts.
		if (st.Kind == Fraction || st.Kind == Percent) && s.ofThem(st.TokEnd) {
			if j := s.countBefore(out, i); j >= 0 {
				st.takeSubject(out[j])
				continue
			}
		}
		// "Wales have had four brilliant games and lost all four", "500
		// idle farms and a further 40,000.", "45 of them in the US": a
		// bare count that ends its phrase, or counts "of them", counts
		// what an exact count before it in the sentence counts, but for
		// a span of time ("in almost 20 years that the four, ...").
		// Not the level of what "it" stands for ("it has now been above 50
		// since June").
		if st.Kind == Count && !st.Vague && (s.endsPhrase(st.TokEnd) || s.ofThem(st.TokEnd)) && !(st.pronoun && (s.itBefore(q) || s.levelBefore(st))) {
			// "closed 15 points higher at 4,751": a level after a change
			// is not of the change's unit.
			// "if one GameBoy can make music, what if he put six of them
			// together?": "them" are more of the one thing named before.
			if s.ofThem(st.TokEnd) && s.countBefore(out, i) < 0 {
				if a, b, ok := s.oneBefore(q, 20, "one"); ok {
					s.setSubject(st, a, b)
					continue
				}
			}
			if j := s.countBefore(out, i); j >= 0 && !(lexicon.IsTimeUnit(out[j].Subject) && q > 0 && s.isDeterminer(q-1)) && !(s.is(q-1, "at") && (lexicon.IsComparative(s.word(q-2)) || s.is(q-2, "up") || s.is(q-2, "down"))) &&
				!s.otherVerbOther(out[j], q) && !(i > 0 && out[i-1].Subject == "" && out[i-1].TokEnd == q-1 && (s.is(q-1, "or") || s.is(q-1, "to"))) {
				st.takeSubject(out[j])
				continue
			}
		}
		// "A poll of 20,000 people found that 59% wanted": a share that is
		// the subject of a verb, of the group counted before it.
		// Not after "of which" (what "which" stands for is no count), and
		// not a count of places the group is in ("20,000 people in 20
		// countries").
		if (st.Kind == Percent || st.Kind == Fraction) && i > 0 && st.TokEnd < len(s.toks) && s.bareBeforeVerb(st.TokEnd) && !s.is(q-1, "of") && !s.is(q-1, "which") && !s.is(q-1, "whom") && !s.is(q-1, "or") {
			if j := s.groupBefore(out, i); j >= 0 {
				st.takeSubject(out[j])
				continue
			}
		}
		// "A reading above 50 indicates": a bound that follows the noun it
		// bounds.
		// So does a hedge of a few words that opens with a preposition:
		// "an increase in retail on the order of 10 to 15%".
		if qs := s.qualifierStart(st.TokStart); qs == q && qs < st.TokStart && qs > 0 && (lexicon.IsBoundPreposition(s.word(qs)) || st.TokStart-qs >= 3 && s.tag(qs) == "IN") && s.toks[qs-1].Kind == lexer.Word &&
			(s.tag(qs-1) == "NN" || s.tag(qs-1) == "NNS") && startsLower(s.toks[qs-1].Text) && !lexicon.IsTimeUnit(s.word(qs-1)) {
			if a, b, ok := s.npBefore(qs - 1); ok && b == qs {
				s.setSubject(st, a, b)
				continue
			}
		}
		// "167 million mobile phones were sold in 2004, 26% more than in
		// 2003": a share after a comma that compares the count before;
		// "13,000 people voted, twice as many as": so does a multiple.
		if (st.Kind == Percent || st.Kind == Multiple) && i > 0 && q > 0 && s.is(q-1, ",") && (lexicon.IsComparative(s.word(st.TokEnd)) ||
			st.Kind == Multiple && s.is(st.TokEnd, "as") && (s.is(st.TokEnd+1, "many") || s.is(st.TokEnd+1, "much"))) {
			if o := out[i-1]; o.Kind == Count && !o.Vague && o.Subject != "" && o.SubjectStart >= o.End && o.SubjectEnd < s.toks[q-1].Start {
				st.takeSubject(o)
				continue
			}
		}
		// "- Increased flow of funds to agriculture by 30%", "Reduced
		// income tax for the poor to 20%": a list item that opens with its
		// change verb; what it changed runs from the verb to "by" or "to".
		if q > 2 && (s.is(q-1, "by") || s.is(q-1, "to")) {
			v := 0
			if lexer.IsDash(s.toks[0].Text) {
				v = 1
			}
			if _, cue := lexicon.ChangeCue(s.word(v)); cue && (strings.HasSuffix(s.lower(v), "ed") || s.is(v, "cut")) && v+1 < q-1 {
				if s.plainPhrase(v+1, q-1) {
					s.setSubject(st, v+1, q-1)
					continue
				}
				// "- Reduced income tax for those earning less than 250,000
				// rupees ($5,700) to 20%": else the noun phrase after the
				// verb, before its links.
				if a, b, ok := s.npAfter(v+1, true); ok && b < q-1 && s.tag(b) == "IN" && !s.skipped(a) {
					s.setSubject(st, a, b)
					continue
				}
			}
		}
		// "Web logs or blogs are everywhere, with at least an estimated
		// five million on the web": a bare count after "with" counts the
		// plural the sentence opens with; "Both screens are clear while
		// the bottom of the two is touch sensitive": "the two" are what
		// "both" named.
		if st.Kind == Count && !st.Vague && q > 0 && (s.endsPhrase(st.TokEnd) || strings.HasPrefix(s.tag(st.TokEnd), "VB") && s.is(q-1, "the")) && s.countBefore(out, i) < 0 {
			if s.is(q-1, "with") {
				if a, b, ok := s.openingSubject(q - 1); ok && s.tag(b-1) == "NNS" {
					s.setSubject(st, a, b)
					continue
				}
			}
			if s.is(q-1, "the") && st.Value.Equal(decimal.NewFromInt(2)) {
				if a, b, ok := s.bothBefore(q - 1); ok {
					s.setSubject(st, a, b)
					continue
				}
			}
		}
		// "revised up the number of jobs created in the two previous
		// months - to 139,000 in September": a level after a dash is of
		// the object the verb before the dash changed.
		if (st.Kind == Count || st.Kind == Percent) && q > 3 && s.is(q-1, "to") && lexer.IsDash(s.toks[q-2].Text) && !s.toks[q-2].Glued() {
			c := q - 3
			if k := s.timeAdjunct(c); k > 0 {
				c = k - 1
			}
			if a, b, ok := s.npBefore(c); ok && b == c+1 && a > 0 {
				v := a - 1
				if s.isDeterminer(v) {
					v--
				}
				if s.is(v, "up") || s.is(v, "down") {
					v--
				}
				if _, cue := lexicon.ChangeCue(s.word(v)); v >= 0 && strings.HasPrefix(s.tag(v), "VB") && (cue || lexicon.IsPushVerb(s.word(v))) {
					s.setSubject(st, a, b)
					continue
				}
			}
		}
		// "had net income of $6.2bn in its last financial year, a 9%
		// increase", "posted a profit of $3.36bn, up 27%", "was expected to
		// reach £50bn - 14% higher than planned": a change in apposition
		// to an amount of money is of what the amount measures.
		if st.Kind == Percent && st.Change != nil && q > 2 {
			c := -1
			switch {
			case st.Change.CueStart >= st.End && (s.is(q, "a") || s.is(q, "an")) && s.is(q-1, ","):
				c = q - 2
			case (s.is(q-1, "up") || s.is(q-1, "down")) && s.is(q-2, ","):
				c = q - 3
			case st.Change.CueStart >= st.End && lexer.IsDash(s.toks[q-1].Text) && !s.toks[q-1].Glued():
				c = q - 2
			}
			if a, b, ok := s.moneyOwner(c); ok {
				s.setSubject(st, a, b)
				continue
			}
		}
		// "Women in full-time work earn 19% less than men": a comparison
		// after a verb is of the verb's subject.
		if st.Kind == Percent && q > 1 && lexicon.IsComparative(s.word(st.TokEnd)) && strings.HasPrefix(s.tag(q-1), "VB") && s.toks[q-1].Kind == lexer.Word && !lexicon.IsAuxiliary(s.word(q-1)) {
			if a, b, ok := s.npBefore(q - 2); ok && b == q-1 && isNoun(s.tag(b-1)) {
				s.setSubject(st, a, b)
				continue
			}
		}
		// "the fans will go out in their thousands": a vague count of
		// what the sentence opens with.
		if st.Kind == Count && st.Vague && q > 1 && s.is(q-2, "in") && s.is(q-1, "their") {
			if a, b, ok := s.openingSubject(q - 2); ok && s.tag(b-1) == "NNS" {
				s.setSubject(st, a, b)
				continue
			}
		}
		// "led the nominations with 11": a count after a verb of leading
		// counts what it led ("topped the poll with 45%" is a share of
		// the votes, not of the poll).
		if st.Kind == Count && !st.Vague && q > 3 && s.is(q-1, "with") && s.endsPhrase(st.TokEnd) {
			if a, b, ok := s.npBefore(q - 2); ok && a > 1 && s.isDeterminer(a-1) && lexicon.IsLeadVerb(s.word(a-2)) && isNoun(s.tag(b-1)) {
				s.setSubject(st, a, b)
				continue
			}
		}
		// "the country - population 1.3bn -": a figure straight after the
		// measure it gives.
		if st.Kind == Count && !st.Vague && q > 0 && lexicon.IsMeasureLabel(s.word(q-1)) && isNoun(s.tag(q-1)) && s.endsPhrase(st.TokEnd) {
			s.setSubject(st, q-1, q)
			continue
		}
		// "Att: 50,430 Ref: S Dunn": a label and a colon.
		if st.Kind == Count && !st.Vague && q > 1 && s.is(q-1, ":") && lexicon.IsMeasureLabel(s.word(q-2)) {
			s.setSubject(st, q-2, q-1)
			continue
		}
		// "the album had sold 500,000 in the States": a bare count after a
		// verb of selling counts copies of the thing before the verb.
		if st.Kind == Count && !st.Vague && q > 1 && lexicon.IsSaleVerb(s.word(q-1)) && s.endsPhrase(st.TokEnd) {
			v := q - 2
			for v > 0 && (lexicon.IsAuxiliary(s.word(v)) || s.tag(v) == "RB") {
				v--
			}
			if a, b, ok := s.npBefore(v); ok && b == v+1 && s.tag(v) == "NN" && startsLower(s.toks[v].Text) && !lexicon.IsTimeUnit(s.word(v)) {
				s.setSubject(st, a, b)
				continue
			}
		}
		// "accounted for 37.5% of Japan's box office total, with foreign
		// films taking the remaining 62.5%": the rest of the same whole.
		if (st.Kind == Percent || st.Kind == Fraction) && q > 1 && s.is(q-1, "remaining") && s.is(q-2, "the") {
			for j := i - 1; j >= 0 && j >= i-4; j-- {
				if o := out[j]; (o.Kind == Percent || o.Kind == Fraction) && o.Subject != "" && o.SubjectStart >= o.End && s.is(o.TokEnd, "of") {
					st.takeSubject(o)
					break
				}
			}
			if st.Subject != "" {
				continue
			}
		}
		// "two-thirds of those questioned, 68%,", "a very small chance -
		// about 10%": a share in apposition measures what the phrase
		// before it names.
		if a, b, ok := s.shareApposition(out, i, q); ok {
			s.setSubject(st, a, b)
			continue
		}
		// "for this season and another two", "44% use just a single
		// search engine, 48% use two or three": a bare count after
		// "another", or after the verb that took one thing before, counts
		// that thing.
		if st.Kind == Count && !st.Vague && q > 1 && (s.endsPhrase(st.TokEnd) || s.is(st.TokEnd, "or") || s.tag(st.TokEnd) == "RB") {
			if a, b, ok := s.singleBefore(q); ok {
				s.setSubject(st, a, b)
				continue
			}
		}
		// "Sales climbed 8% for the year, the best since an 8.5% rise in
		// 1999", "for the year it came in at 4.4%": a percentage left
		// bare measures what a percentage before it in the sentence does,
		// unless it is a clause's subject ("just 16% disagreed") or a
		// name between them may own it ("Toyota sales jumped 11% while
		// rival Nissan notched up a 10% increase").
		e := st.TokEnd
		if st.Kind == Percent && !(e < len(s.toks) && (s.bareBeforeVerb(e) || strings.HasPrefix(s.tag(e), "VB") && s.toks[e].Kind == lexer.Word ||
			strings.HasSuffix(s.lower(e), "ed") && (e+1 >= len(s.toks) || s.toks[e+1].Kind == lexer.Punct))) {
			for j := i - 1; j >= 0 && j >= i-3; j-- {
				o := out[j]
				if o.Kind != Percent || o.Subject == "" || o.SubjectEnd > st.Start {
					continue
				}
				if !s.nameBetween(o, *st) {
					st.takeSubject(o)
					s.dropOtherOwner(st)
					s.dropSuperlative(st)
				}
				break
			}
		}
		if st.Subject != "" {
			continue
		}
		// "compared with between 100 million and 118 million"
		if st.Low != nil && s.is(q-1, "between") {
			q--
		}
		switch strings.ToLower(s.toks[max(q-1, 0)].Text) {
		case "from", "to", "after", "against", "with", "than", "and", "while", "compared", "versus", "instead", "out", "another", "further", ",":
		case "on":
			// "the highest rate at 26.2%, followed by Yorkshire and the
			// Humber on 21.7%": a place in a ranking, after a name.
			if !(strings.HasPrefix(s.tag(q-2), "NNP") || s.nameWord(q-2)) {
				continue
			}
		case "of":
			// "climb to 14% compared to a previous estimate of 12%", "up
			// 2.3%, but short of the 2.5%"
			// "up 21.3% - although some way off the peak of 43%"
			if !lexicon.IsEstimateNoun(s.word(q-2)) && !lexicon.IsComparisonBeforeOf(s.word(q-2)) && !lexicon.IsPeakNoun(s.word(q-2)) {
				continue
			}
		case "by":
			// "rose by 4.7% and in 2003 by 8.6%": "by" with its verb left
			// out.
			if strings.HasPrefix(s.tag(q-2), "VB") || q > 1 && s.toks[q-2].Kind == lexer.Word && isNoun(s.tag(q-2)) {
				continue
			}
		default:
			continue
		}
		// A few figures back at most, so that time stays linear.
		for j := i - 1; j >= 0 && j >= i-8; j-- {
			// "double the number of its hotspots - ... - from 12,300": a
			// count goes on from a multiple of a number.
			// "7.5 connections per 100 people, compared to 6.7 in
			// Germany": a bare count compared with a rate is one.
			rate := st.Kind == Count && out[j].Kind == Rate
			kind := out[j].Kind == st.Kind || rate || st.Kind == Count && out[j].Kind == Multiple && lexicon.IsQuantityNoun(firstWord(out[j].Subject))
			if kind && out[j].Subject != "" && out[j].SubjectEnd <= st.Start {
				st.takeSubject(out[j])
				if rate {
					st.Kind = Rate
				}
				s.dropOtherOwner(st)
				s.dropSuperlative(st)
				// "The index had risen 20.54 points, or 0.2%, to 10,847.66":
				// a level after "to" is of what moved, not of the unit
				// ("points") the change counted.
				if s.is(q-1, "to") && out[j].SubjectStart >= out[j].End {
					for k := j + 1; k < i; k++ {
						if out[k].Subject != "" && out[k].SubjectEnd <= out[k].Start {
							st.takeSubject(out[k])
						}
					}
				}
				break
			}
		}
		// "The GDP figure was ahead of the 3.1% expected", "the economy
		// grew at a faster rate than the 0.4% reported": with no figure
		// before, what the sentence opens with is compared.
		if st.Subject == "" && (s.is(q-1, "of") && lexicon.IsComparisonBeforeOf(s.word(q-2)) || s.is(q-1, "than") && st.Kind == Percent) {
			if a, b, ok := s.openingSubject(q - 2); ok {
				s.setSubject(st, a, b)
			}
		}
	}
}

// dropSuperlative takes a superlative off a subject st took from another
// figure: "the highest rate of inflation at 26.2%, followed by ... the
// North West on 21.1%" gives the North West a rate of inflation, not the
// highest.
func (s *sentence) dropSuperlative(st *Stat) {
	a := s.tokenAt(st.SubjectStart)
	if a < 0 || a+1 >= len(s.toks) || s.tag(a) != "JJS" || s.toks[a+1].End > st.SubjectEnd {
		return
	}
	st.SubjectStart = s.toks[a+1].Start
	st.Subject = s.text[st.SubjectStart:st.SubjectEnd]
}

// nameBetween reports whether a name stands between figures o and st when
// o's subject holds one too, so that st may be another's: "Toyota sales
// jumped 11% while rival Nissan notched up a 10% increase".
func (s *sentence) nameBetween(o, st Stat) bool {
	// A proper noun inside the sentence, not a month or a day: "Shares"
	// opening it or "in October" own nothing.
	name := func(k int) bool {
		return k > 0 && s.toks[k].Kind == lexer.Word && strings.HasPrefix(s.tag(k), "NNP") && s.nameWord(k) &&
			!lexicon.IsMonth(s.toks[k].Text) && !lexicon.IsWeekday(s.toks[k].Text)
	}
	// A name may open the sentence ("Acme rose 5%"), a capitalised plural
	// there is most often a common noun ("Shares fell 1%").
	owned := false
	for k := s.tokenAt(o.SubjectStart); k >= 0 && k < len(s.toks) && s.toks[k].End <= o.SubjectEnd; k++ {
		if name(k) || k == 0 && s.tag(k) == "NNP" && !strings.HasSuffix(s.toks[k].Text, "s") {
			owned = true
		}
	}
	if !owned {
		return false
	}
	for k := o.TokEnd; k < st.TokStart; k++ {
		if name(k) {
			return true
		}
	}
	return false
}

// dropOtherOwner takes the owner off a subject st took from another figure
// when st names another owner after it: "The UK's jobless rate was 4.7%,
// compared with 12.1% in Germany" measures Germany's jobless rate.
func (s *sentence) dropOtherOwner(st *Stat) {
	k := st.TokEnd
	if !(s.is(k, "in") || s.is(k, "for")) || !(strings.HasPrefix(s.tag(k+1), "NNP") || s.nameWord(k+1)) {
		return
	}
	a, b := s.tokenAt(st.SubjectStart), s.tokenAt(st.SubjectEnd-1)
	if a < 0 || b < 0 {
		return
	}
	for o := a; o < b; o++ {
		if possessive(s.word(o)) && (strings.HasPrefix(s.tag(o), "NNP") || s.nameWord(o) || o == 0) {
			st.SubjectStart = s.toks[o+1].Start
			st.Subject = s.text[st.SubjectStart:st.SubjectEnd]
			return
		}
	}
}

// shareApposition returns the tokens of what a percentage or fraction
// out[i], starting at toks[q], measures when it stands in apposition: after
// a comma or a spaced dash and before punctuation or the sentence's end.
// After a comma it is the subject of a share that ends there ("two-thirds
// of those questioned, 68%,"); after a dash, the common noun phrase before
// it ("a very small chance - about 10%").
func (s *sentence) shareApposition(out []Stat, i, q int) (int, int, bool) {
	st := out[i]
	if st.Kind != Percent && st.Kind != Fraction || q < 2 || st.TokEnd < len(s.toks) && s.toks[st.TokEnd].Kind != lexer.Punct {
		return 0, 0, false
	}
	c := q - 1
	dash := lexer.IsDash(s.toks[c].Text) && !s.toks[c].Glued()
	if !dash && !s.is(c, ",") {
		return 0, 0, false
	}
	if i > 0 {
		o := out[i-1]
		if (o.Kind == Percent || o.Kind == Fraction) && o.Subject != "" && o.SubjectStart >= o.End && o.SubjectEnd == s.toks[c-1].End {
			a, b := s.tokenAt(o.SubjectStart), s.tokenAt(o.SubjectEnd-1)+1
			return a, b, a >= 0 && b > a
		}
	}
	if !dash || s.toks[c-1].Kind != lexer.Word || !(s.tag(c-1) == "NN" || s.tag(c-1) == "NNS") || lexicon.IsTimeUnit(s.word(c-1)) {
		return 0, 0, false
	}
	a, b, ok := s.npBefore(c - 1)
	// A figure inside the phrase: "rose 5% a year - about 10%".
	if !ok || i > 0 && out[i-1].End > s.toks[a].Start {
		return 0, 0, false
	}
	return a, b, true
}

// tokenAt returns the index of the token that holds byte offset off, or -1.
func (s *sentence) tokenAt(off int) int {
	k := sort.Search(len(s.toks), func(k int) bool { return s.toks[k].End > off })
	if k < len(s.toks) && s.toks[k].Start <= off {
		return k
	}
	return -1
}

// amongParticiples names a larger group that a part is "among" by its
// participle: "900,000 staff are among the 1.2 million affected" counts
// the affected, not the staff.
func (s *sentence) amongParticiples(out []Stat) {
	for i := range out {
		st := &out[i]
		q := s.qualifierStart(st.TokStart)
		e := st.TokEnd
		if st.Kind != Count || st.Vague || q < 2 || !s.is(q-1, "the") || !s.is(q-2, "among") || e >= len(s.toks) || !strings.HasSuffix(s.lower(e), "ed") || !s.endsPhrase(e+1) {
			continue
		}
		s.setSubject(st, e, e+1)
	}
}

// orQualifiers carries a rough hedge over "or" to the figure after it:
// "usually around 1Mbps or 2Mbps" hedges both.
func (s *sentence) orQualifiers(out []Stat) {
	for i := 1; i < len(out); i++ {
		st, o := &out[i], out[i-1]
		q := s.qualifierStart(st.TokStart)
		if st.Qualifier != lexicon.Exact || o.Qualifier == lexicon.Exact || o.Kind != st.Kind || !s.is(q-1, "or") || o.TokEnd != q-1 && !(o.SubjectStart >= o.End && o.SubjectEnd == s.toks[q-2].End) {
			continue
		}
		st.Qualifier = o.Qualifier
		// "store up to 1000 web links or 5000": and the noun.
		if st.Subject == "" && o.Subject != "" && o.SubjectStart >= o.End {
			st.takeSubject(o)
		}
	}
}

// respectively splits a subject of two nouns joined by "and" between two
// figures joined by "and" that "respectively" follows: "Gross mortgage
// lending and remortgage lending were 29% and 18% lower respectively".
func (s *sentence) respectively(out []Stat) {
	for i := 0; i+1 < len(out); i++ {
		a, b := &out[i], &out[i+1]
		if a.Subject == "" || a.SubjectStart != b.SubjectStart || a.SubjectEnd != b.SubjectEnd || a.Kind != b.Kind || !s.is(s.qualifierStart(b.TokStart)-1, "and") || s.qualifierStart(b.TokStart)-1 != a.TokEnd {
			continue
		}
		r := b.TokEnd
		for r < len(s.toks) && r < b.TokEnd+3 && !s.is(r, "respectively") && s.toks[r].Kind == lexer.Word {
			r++
		}
		if !s.is(r, "respectively") {
			continue
		}
		sa, se := s.tokenAt(a.SubjectStart), s.tokenAt(a.SubjectEnd-1)
		if sa < 0 || se < 0 {
			continue
		}
		for k := sa + 1; k < se; k++ {
			if s.is(k, "and") {
				b.SubjectStart = s.toks[k+1].Start
				a.SubjectEnd = s.toks[k-1].End
				a.Subject = s.text[a.SubjectStart:a.SubjectEnd]
				b.Subject = s.text[b.SubjectStart:b.SubjectEnd]
				break
			}
		}
	}
}

// rateAppositions gives a percentage restated as a rate in apposition the
// subject of the figure it restates: "Output grew just 0.1%, an annual rate
// of 0.3%" measures output, not "annual rate".
func (s *sentence) rateAppositions(out []Stat) {
	for i := 1; i < len(out); i++ {
		st, o := &out[i], out[i-1]
		if st.Kind != Percent || o.Kind != Percent || o.Subject == "" || o.SubjectEnd > o.Start || st.SubjectEnd > st.Start || !s.is(st.TokStart-1, "of") {
			continue
		}
		h := st.TokStart - 2 // the rate noun
		if !s.is(h, "rate") || s.toks[h].End != st.SubjectEnd {
			continue
		}
		c := h - 1
		if strings.HasPrefix(s.tag(c), "JJ") || s.is(c, "annual") || s.is(c, "annualised") || s.is(c, "annualized") {
			c--
		}
		if s.is(c, "a") || s.is(c, "an") {
			c--
		}
		if s.is(c, ",") && o.TokEnd == c {
			st.takeSubject(o)
		}
	}
	// "Inflation fell to an annual rate of 1.6%", "sales dropped 32% to an
	// average of 22 per surveyor": a rate or an average that a verb of
	// change or level reached measures the verb's subject; "suffers
	// piracy at the rate of 40%": one at which a noun stands, the noun.
	for i := range out {
		st := &out[i]
		h := st.TokStart - 2
		if !(st.Kind == Percent || st.Kind == Count || st.Kind == Rate) || !s.is(st.TokStart-1, "of") || !(s.is(h, "rate") || s.is(h, "average")) || st.SubjectEnd != s.toks[h].End {
			continue
		}
		c := h - 1
		if strings.HasPrefix(s.tag(c), "JJ") || s.is(c, "annual") {
			c--
		}
		if !(s.is(c, "a") || s.is(c, "an") || s.is(c, "the")) {
			continue
		}
		// "rose at an annual rate", "hitting an annual rate"
		v := c - 1
		if s.is(v, "to") || s.is(v, "at") {
			v--
			if s.is(v+1, "at") && (s.tag(v) == "NN" || s.tag(v) == "NNS") && s.toks[v].Kind == lexer.Word {
				if a, b, ok := s.npBefore(v); ok && b == v+1 {
					s.setSubject(st, a, b)
				}
				continue
			}
		}
		// "dropped 32% to an average of 22": past the change before.
		if i > 0 && out[i-1].TokEnd == v+1 && out[i-1].Change != nil && out[i-1].Subject != "" && out[i-1].SubjectEnd <= out[i-1].Start {
			st.takeSubject(out[i-1])
			continue
		}
		_, cue := lexicon.ChangeCue(s.word(v))
		if v < 1 || !strings.HasPrefix(s.tag(v), "VB") || !(cue || lexicon.IsLevelVerb(s.word(v))) {
			continue
		}
		if a, b, ok := s.npBefore(v - 1); ok && b == v && isNoun(s.tag(b-1)) {
			s.setSubject(st, a, b)
		}
	}
}

// participleSubjects gives a figure after a participle of change that goes
// on from a figure of the same kind before it that figure's subject:
// "growth of 3.6% in 2004 for the 30 member countries, slipping to 2.9%
// next year before recovering to 3.1%" are all of growth, not of the
// countries.
func (s *sentence) participleSubjects(out []Stat) {
	for i := 1; i < len(out); i++ {
		st := &out[i]
		p := s.qualifierStart(st.TokStart) - 1
		if s.is(p, "to") || s.is(p, "by") {
			p--
		}
		if p < 1 || !strings.HasSuffix(s.lower(p), "ing") {
			continue
		}
		if _, cue := lexicon.ChangeCue(s.word(p)); !cue || !(s.is(p-1, ",") || s.is(p-1, "before") || s.is(p-1, "after")) {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-4; j-- {
			o := out[j]
			if o.Kind == st.Kind && o.Subject != "" && o.TokEnd < p && o.SubjectEnd <= st.Start {
				st.takeSubject(o)
				break
			}
		}
	}
}

// continuesFrom reports whether out[i], starting at toks[q], goes on with
// the change of the figure before it: after a comma, a bare "up" or "down"
// ("rose by 17%, up 23,600"), "a rise of" ("reach 159 million, an increase
// of 104%"), or a participle of closing after "before", "after" or a comma
// ("rose 1% before ending Friday 0.24% lower", where a comparative
// follows). The figure before has a subject standing before it (or is a
// count with its noun), and, but for "a rise of", a change.
func (s *sentence) continuesFrom(out []Stat, i, q int) bool {
	if i == 0 {
		return false
	}
	o := out[i-1]
	// "sold 95,000 cars last year, up 2.6%": a count and its noun.
	counted := o.Kind == Count && !o.Vague && o.SubjectStart >= o.End && o.SubjectStart == s.toks[o.TokEnd].Start
	if o.Subject == "" || o.SubjectEnd > o.Start && !counted {
		return false
	}
	c := -1 // the token that joins out[i] to the figure before
	switch {
	case (s.is(q-1, "up") || s.is(q-1, "down")) && q > 1:
		c = q - 2
		if o.Change == nil && !counted {
			return false
		}
	case s.is(q-1, "of") && q > 3 && lexicon.IsChangeNoun(s.word(q-2)) && (s.is(q-3, "a") || s.is(q-3, "an")):
		c = q - 4
		// "fell 2.8% in January, following a fall of 0.6%"
		if s.is(c, "following") || s.is(c, "after") {
			c--
		}
	default:
		v := q - 1
		if lexicon.IsWeekday(s.word(v)) {
			v-- // "ending Friday"
		} else if k := s.timeAdjunct(v); k > 0 {
			v = k - 1 // "ending on Friday"
		}
		if v < 1 || !strings.HasSuffix(s.lower(v), "ing") || !lexicon.IsClosingVerb(s.word(v)) || o.Change == nil || !lexicon.IsComparative(s.word(out[i].TokEnd)) {
			return false
		}
		if !(s.is(v-1, "before") || s.is(v-1, "after") || s.is(v-1, ",")) {
			return false
		}
		c = v - 1
		if !s.is(c, ",") {
			c-- // the token before "before"
		}
	}
	if c < 0 {
		return false
	}
	if s.is(c, ",") || lexer.IsDash(s.toks[c].Text) && !s.toks[c].Glued() {
		c--
	}
	// "rose by 17% between January 2005 and last year, up 23,600", "rose
	// 1% on the news before ending": past a short phrase of words and
	// numbers with no verb.
	for n := 0; n < 8 && c >= o.TokEnd && s.toks[c].Kind != lexer.Punct && !strings.HasPrefix(s.tag(c), "VB") && s.tag(c) != "MD"; n++ {
		c--
	}
	return c+1 == o.TokEnd
}

// bareBeforeVerb reports whether toks[k], the token after a bare count, is
// the verb the count is the subject of: "20 were hurt", "12,000 are added",
// "14 already allocated".
func (s *sentence) bareBeforeVerb(k int) bool {
	if s.is(k, "already") || s.is(k, "also") || s.is(k, "have") || s.is(k, "had") || s.is(k, "has") {
		k++
		return k < len(s.toks) && (s.tag(k) == "VBN" || s.tag(k) == "VBD")
	}
	switch s.tag(k) {
	case "VBD", "VBP", "MD":
		return s.toks[k].Kind == lexer.Word
	}
	return false
}

// elidedAfter reports whether a bare count from toks[q] to toks[k] leaves
// its noun out before a participle, a relative pronoun or "more" ("the 5.8
// million who needed them", "the 12 affected", "buy two more"), or after
// "the", "another" or "remaining" before punctuation or a preposition
// ("the remaining 10 are", "on top of the 14.").
func (s *sentence) elidedAfter(q, k int) bool {
	switch {
	case s.is(k, "who") || s.is(k, "whose") || s.is(k, "that") || s.is(k, "more"):
		return true
	case s.is(q-1, "and") && (s.toks[k].Kind == lexer.Punct && s.toks[k].Text != "-" || lexicon.IsTimeAdverb(s.word(k))):
		// "interviewed 401 people before and 601 afterwards"
		return true
	case s.tag(k) == "VBN" && s.toks[k].Kind == lexer.Word:
		return q > 0 && (s.is(q-1, "the") || s.is(q-1, "another") || s.is(q-1, "further"))
	}
	if q > 0 && (s.is(q-1, "the") || s.is(q-1, "another") || s.is(q-1, "remaining")) {
		return s.toks[k].Kind == lexer.Punct && s.toks[k].Text != "-" || s.tag(k) == "IN" && !s.is(k, "of")
	}
	return false
}

// otherVerbOther reports whether a bare count starting at toks[q] is the
// object of another verb with another subject than the count o before it:
// "he scored 12 goals while his brother played 40", "who made three saves,
// we could have scored five", where the noun left out is not o's.
func (s *sentence) otherVerbOther(o Stat, q int) bool {
	v := q - 1
	if v < 0 || s.toks[v].Kind != lexer.Word || !strings.HasPrefix(s.tag(v), "VB") || lexicon.IsAuxiliary(s.word(v)) {
		return false
	}
	_, qo := s.qualifierBefore(o.TokStart)
	w := qo - 1
	if w < 0 || s.toks[w].Kind != lexer.Word || !strings.HasPrefix(s.tag(w), "VB") || lexicon.IsAuxiliary(s.word(w)) || sameVerb(s.lower(w), s.lower(v)) {
		return false
	}
	for k := o.TokEnd; k < v; k++ {
		switch {
		case s.tag(k) == "PRP" || s.tag(k) == "PRP$" || strings.HasPrefix(s.tag(k), "NNP"),
			s.is(k, "while") || s.is(k, "whereas"):
			return true
		}
	}
	return false
}

// cutObject returns the object of the change verb before a count o that
// ends at toks[c] (a comma): in "cutting production by 10,000 vehicles,"
// the noun phrase between the verb and "by".
func (s *sentence) cutObject(o Stat, c int) (int, int, bool) {
	if o.Kind != Count || o.Change == nil || o.Change.CueEnd > o.Start || !(o.TokEnd == c || o.SubjectStart >= o.End && o.SubjectEnd == s.toks[c-1].End) {
		return 0, 0, false
	}
	_, q := s.qualifierBefore(o.TokStart)
	if s.is(q-1, "another") || s.is(q-1, "further") || s.is(q-1, "extra") {
		q-- // "by another 10,000"
		if s.is(q-1, "a") || s.is(q-1, "an") {
			q--
		}
	}
	if !s.is(q-1, "by") {
		return 0, 0, false
	}
	v := s.tokenAt(o.Change.CueStart)
	if v < 0 || v+1 >= q-1 {
		return 0, 0, false
	}
	a, b, ok := s.npAfter(v+1, true)
	if !ok || b != q-1 {
		return 0, 0, false
	}
	return a, b, true
}

// levelBefore reports whether a figure is a level: hedged by a bound, or
// after a verb of being or level ("has now been above 50").
func (s *sentence) levelBefore(st *Stat) bool {
	qs := s.qualifierStart(st.TokStart)
	return qs < st.TokStart || qs > 0 && (lexicon.IsBeForm(s.word(qs-1)) || lexicon.IsLevelVerb(s.word(qs-1)))
}

// itBefore reports whether "it" stands a few words before toks[q].
func (s *sentence) itBefore(q int) bool {
	for k := q - 1; k >= 0 && k >= q-5; k-- {
		if s.is(k, "it") {
			return true
		}
	}
	return false
}

// ofThem reports whether toks[k], after a bare figure, is "of" before a
// pronoun that stands for a group named before: "45 of them", "two of
// these".
func (s *sentence) ofThem(k int) bool {
	if !s.is(k, "of") {
		return false
	}
	switch s.lower(k + 1) {
	case "them", "these", "those":
		return true
	}
	return false
}

// singleBefore returns the singular noun phrase a bare count starting at
// toks[q] takes more of: after "another", the one after "this", "a" or
// "one" a few words before ("this season and another two"); after a verb,
// the one after "a single" or "one" that the same verb took before ("use
// just a single search engine, 48% use two or three").
func (s *sentence) singleBefore(q int) (int, int, bool) {
	another := s.is(q-1, "another")
	// The tagger may take the verb after a figure for a noun: "48% use".
	verb := !another && (strings.HasPrefix(s.tag(q-1), "VB") || s.tag(q-1) == "NN" && q > 2 && (s.toks[q-2].Text == "%" || s.toks[q-2].Kind == lexer.Number)) && !lexicon.IsAuxiliary(s.word(q-1))
	if !another && !verb {
		return 0, 0, false
	}
	k := q - 2
	for k > 0 && (s.toks[k].Text == "%" || s.toks[k].Kind == lexer.Number) {
		k-- // the verb's own subject: "48% use"
	}
	for stop := k - 12; k >= 0 && k >= stop; k-- {
		if s.toks[k].Kind == lexer.Punct && s.toks[k].Text != "," {
			return 0, 0, false
		}
		det := s.is(k, "this") || s.is(k, "a") || s.is(k, "an") || s.is(k, "one")
		if verb {
			det = s.is(k, "single") && (s.is(k-1, "a") || s.is(k-1, "one")) || s.is(k, "one") && !s.is(k+1, "of")
		}
		if !det {
			continue
		}
		a, b, ok := s.npAfter(k+1, false)
		// "this season": a period npAfter leaves out.
		if !ok && another && s.tag(k+1) == "NN" && s.toks[k+1].Kind == lexer.Word {
			a, b, ok = k+1, k+2, true
		}
		if !ok || b >= q || s.tag(b-1) != "NN" {
			return 0, 0, false
		}
		if verb {
			// the same verb before it: "use just a single".
			v := k - 1
			if s.is(k, "single") {
				v--
			}
			for v > 0 && s.tag(v) == "RB" {
				v--
			}
			if v < 0 || !sameVerb(s.lower(v), s.lower(q-1)) {
				return 0, 0, false
			}
		}
		return a, b, true
	}
	return 0, 0, false
}

// oneBefore returns the noun phrase after the nearest of the words dets
// before toks[q], within window tokens and the same clause, whose head is a
// singular noun: "won a Grammy ... two more" (after "a" or "an"), "if one
// GameBoy can make music ... six of them" (after "one", not "one of").
func (s *sentence) oneBefore(q, window int, dets ...string) (int, int, bool) {
	for k := q - 2; k >= 0 && k >= q-window; k-- {
		if s.toks[k].Kind == lexer.Punct && s.toks[k].Text != "," {
			return 0, 0, false
		}
		if !slices.ContainsFunc(dets, s.toks[k].Is) || s.is(k+1, "of") {
			continue
		}
		a, b, ok := s.npAfter(k+1, false)
		if !ok || b > q || s.tag(b-1) != "NN" && s.tag(b-1) != "NNP" || lexicon.IsTimeUnit(s.word(b-1)) {
			return 0, 0, false
		}
		return a, b, true
	}
	return 0, 0, false
}

// countBefore returns the index in out of the nearest exact count before
// out[i] whose subject is the noun after it ("five people"); -1 if none.
// Only a few figures back, so that time stays linear.
func (s *sentence) countBefore(out []Stat, i int) int {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		o := out[j]
		if o.Kind == Rate {
			return -1 // "7.5 connections per 100 people, compared to 6.7"
		}
		// "three others ... join the five": "others" names nothing.
		if countsNoun(o, out[i]) && !strings.EqualFold(o.Subject, "others") {
			return j
		}
	}
	return -1
}

// countsNoun reports whether o, before st, is an exact count of the noun
// after it, not of a unit: "five people".
func countsNoun(o, st Stat) bool {
	return o.Kind == Count && !o.Vague && o.Subject != "" && o.SubjectStart >= o.End && o.SubjectEnd <= st.Start && !lexicon.IsMeasureUnit(o.Subject)
}

// moneyOwner returns the noun phrase an amount of money ending at toks[c]
// (past a time after it) measures: "net income of $6.2bn in its last
// financial year", "revenue was $3bn".
func (s *sentence) moneyOwner(c int) (int, int, bool) {
	if c < 0 || c >= len(s.toks) {
		return 0, 0, false
	}
	if k := s.timeAdjunct(c); k > 0 {
		c = k - 1
	}
	if c < 0 || !s.skipped(c) {
		return 0, 0, false
	}
	m := c
	for m > 0 && s.skipped(m-1) {
		m--
	}
	v := m - 1
	// "the wing made £347m, an 82% jump": a verb of earning too.
	if v < 1 || !(s.is(v, "of") || lexicon.IsLevelVerb(s.word(v)) || lexicon.IsMoneyVerb(s.word(v))) {
		return 0, 0, false
	}
	// "was expected to reach £50bn": past the verbs the level hangs on.
	for n := 0; n < 4 && v > 1 && (s.is(v-1, "to") || lexicon.IsAuxiliary(s.word(v-1)) || s.tag(v-1) == "VBN" || s.tag(v-1) == "RB"); n++ {
		v--
	}
	a, b, ok := s.npBefore(v - 1)
	if !ok || b != v || !isNoun(s.tag(b-1)) {
		return 0, 0, false
	}
	return a, b, true
}

// theyReferent returns the plural noun phrase nearest before the "they"
// that a figure at toks[k] is said of: "developing better adaptors that
// can be labelled with a logo, meaning they are about 35% more efficient".
func (s *sentence) theyReferent(k int) (int, int, bool) {
	p := k - 1
	for p >= 0 && p >= k-6 && !s.is(p, "they") {
		p--
	}
	// Not the sayers of "saying they are worse".
	if p < 1 || !s.is(p, "they") {
		return 0, 0, false
	}
	if _, say := lexicon.CueVerb(s.word(p - 1)); say {
		return 0, 0, false
	}
	for h := p - 1; h >= 0 && h >= p-15; h-- {
		if s.toks[h].Text == ";" || s.toks[h].Text == ":" {
			return 0, 0, false
		}
		if s.tag(h) == "NNS" && s.toks[h].Kind == lexer.Word && startsLower(s.toks[h].Text) && !lexicon.IsTimeUnit(s.word(h)) {
			a := s.npStart(h)
			for a < h && (s.tag(a) == "VBG" || lexicon.IsTimeUnit(s.word(a)) || s.is(a, "ago")) {
				a++ // "for developing better adaptors"
			}
			return a, h + 1, true
		}
	}
	return 0, 0, false
}

// bothBefore returns the plural noun phrase after "both" before toks[p]
// in the sentence: "Both screens ... the two".
func (s *sentence) bothBefore(p int) (int, int, bool) {
	for k := p - 1; k >= 0; k-- {
		if !s.is(k, "both") {
			continue
		}
		a, b, ok := s.npAfter(k+1, true)
		if ok && b <= p && s.tag(b-1) == "NNS" {
			return a, b, true
		}
		return 0, 0, false
	}
	return 0, 0, false
}

// plainPhrase reports whether toks[a:b] read as one noun phrase with its
// links: words only, no verb, opening with a noun or modifier and ending
// with a noun ("flow of funds to agriculture").
func (s *sentence) plainPhrase(a, b int) bool {
	// The last word may be a noun the tagger took for a verb after "to"
	// ("funds to agriculture") or an adjective used as one ("the poor").
	last := isNoun(s.tag(b-1)) || s.tag(b-1) == "VB" && s.is(b-2, "to") || s.tag(b-1) == "JJ" && s.is(b-2, "the")
	if b-a > 8 || !(isNoun(s.tag(a)) || isModifier(s.tag(a))) || !last {
		return false
	}
	for k := a; k < b; k++ {
		t := s.tag(k)
		if s.toks[k].Kind != lexer.Word && !(lexer.IsDash(s.toks[k].Text) && s.toks[k].Glued()) || t == "MD" || t == "VBD" || t == "VBZ" || t == "VBP" || s.skipped(k) {
			return false
		}
	}
	return true
}

// groupBefore returns the index in out of the nearest exact count before
// out[i] of a plural noun after it that is not a count of places ("in 20
// countries"); -1 if none.
func (s *sentence) groupBefore(out []Stat, i int) int {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		o := out[j]
		if !countsNoun(o, out[i]) || lexicon.IsTimeUnit(o.Subject) {
			continue
		}
		_, q := s.qualifierBefore(o.TokStart)
		if s.is(q-1, "in") || s.is(q-1, "across") || s.is(q-1, "from") {
			continue
		}
		if s.tag(s.tokenAt(o.SubjectEnd-1)) == "NNS" {
			return j
		}
	}
	return -1
}

// sharesOfCounts gives a share of a bare count the count's subject: "only
// 12% of the 5.8 million who needed them" counts what the 5.8 million do.
func (s *sentence) sharesOfCounts(out []Stat) {
	for i := 0; i+1 < len(out); i++ {
		st, c := &out[i], out[i+1]
		if st.Subject != "" || c.Subject == "" || c.Kind != Count || !(st.Kind == Percent || st.Kind == Fraction || st.Kind == Ratio) {
			continue
		}
		k := st.TokEnd
		if !s.is(k, "of") {
			continue
		}
		k++
		if s.isDeterminer(k) {
			k++
		}
		if _, q := s.qualifierBefore(c.TokStart); q == k {
			st.takeSubject(c)
		}
	}
}

// baseSubjects gives a multiple of a base in apposition to the figure
// before it that figure's subject: "firms created 337,000 jobs last month,
// twice the amount expected" compares the jobs with the amount.
func (s *sentence) baseSubjects(out []Stat) {
	for i := 1; i < len(out); i++ {
		st, o := &out[i], out[i-1]
		if st.Kind != Multiple || st.Subject == "" || st.SubjectStart < st.End || o.Subject == "" {
			continue
		}
		a := st.TokEnd + 1
		b := a
		for b < len(s.toks) && s.toks[b].End <= st.SubjectEnd {
			b++
		}
		if !s.isDeterminer(st.TokEnd) || a >= b || !s.baseAfter(a, b) {
			continue
		}
		_, q := s.qualifierBefore(st.TokStart)
		c := q - 1
		if !s.is(c, ",") && !(c >= 0 && lexer.IsDash(s.toks[c].Text) && !s.toks[c].Glued()) {
			continue
		}
		c--
		if k := s.timeAdjunct(c); k >= 0 {
			c = k - 1
		}
		// The figure before ends there, or its noun does.
		if c+1 == o.TokEnd || o.SubjectStart >= o.End && s.toks[c].End == o.SubjectEnd {
			st.takeSubject(o)
		}
	}
}

// firstWord returns the first word of s.
func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

// endsPhrase reports whether toks[k], the token after a bare figure, ends
// its phrase: the end of the sentence, punctuation, or a preposition or
// conjunction ("into nine.", "play five while").
func (s *sentence) endsPhrase(k int) bool {
	if k >= len(s.toks) || s.toks[k].Kind == lexer.Punct {
		return true
	}
	switch s.tag(k) {
	case "IN", "CC", "TO":
		return !s.is(k, "of")
	}
	return false
}

// parallelCount returns the index in out of an exact count before out[i]
// whose noun follows it and which out[i], starting at toks[q], parallels:
// joined by "into" ("35 agencies into nine") or standing after the same
// verb ("play three sets while men play five"); -1 if none. Only a few
// figures back, so that time stays linear.
func (s *sentence) parallelCount(out []Stat, i, q int) int {
	into := s.is(q-1, "into")
	// "Amicus has 1.2 million members and the TGWU has 800,000": "has"
	// of having.
	verb := strings.HasPrefix(s.tag(q-1), "VB") && (!lexicon.IsAuxiliary(s.toks[q-1].Text) || s.is(q-1, "has") || s.is(q-1, "have") || s.is(q-1, "had"))
	if !into && !verb {
		return -1
	}
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		o := out[j]
		if !countsNoun(o, out[i]) {
			continue
		}
		if into && s.toks[q-2].End == o.SubjectEnd {
			return j
		}
		if !verb {
			continue
		}
		_, qo := s.qualifierBefore(o.TokStart)
		// "playing only three sets": past an adverb.
		if qo > 1 && s.tag(qo-1) == "RB" && s.toks[qo-1].Kind == lexer.Word {
			qo--
		}
		if qo > 0 && qo < q-1 && sameVerb(s.lower(qo-1), s.lower(q-1)) {
			return j
		}
	}
	return -1
}

// sameVerb reports whether two lower-case verb forms are of one verb:
// "play", "plays", "playing", "played".
func sameVerb(a, b string) bool {
	stem := func(w string) string {
		for _, suf := range []string{"ing", "ed", "es", "s"} {
			if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
				return w[:len(w)-len(suf)]
			}
		}
		return w
	}
	return a == b || stem(a) == stem(b)
}

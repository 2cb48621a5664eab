package stats

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/newsclaims/claims/extract/internal/lexer"
	"github.com/newsclaims/claims/extract/internal/lexicon"
	"github.com/newsclaims/claims/extract/internal/numparse"
)

// maxNP is the most words a subject takes.
const maxNP = 6

// isNoun reports a noun tag.
func isNoun(tag string) bool { return strings.HasPrefix(tag, "NN") }

// isModifier reports a tag that may stand before the head noun of a subject.
func isModifier(tag string) bool {
	return isNoun(tag) || strings.HasPrefix(tag, "JJ") || tag == "VBN" || tag == "VBG"
}

// isDeterminer reports the words skipped before a subject after "of": "the",
// "its", "their".
func (s *sentence) isDeterminer(i int) bool {
	switch s.tag(i) {
	case "DT", "PRP$", "PDT", "WDT":
		return true
	}
	return false
}

// subject finds what st counts.
func (s *sentence) subject(st *Stat) {
	if st.Subject != "" {
		return
	}
	a, b, ok := s.forward(st)
	// "the poorest 20% pay more in tax than the richest 20%": a group
	// picked out by a superlative is what is counted.
	if st.Kind == Percent && st.TokStart > 1 {
		if q := s.qualifierStart(st.TokStart); q > 1 && (s.tag(q-1) == "JJS" || s.is(q-1, "top") || s.is(q-1, "bottom")) && s.is(q-2, "the") {
			if !ok || !s.is(st.TokEnd, "of") {
				a, b, ok = q-1, q, true
			}
		}
	}
	// "reported a doubling in profit": the noun a change noun is of.
	if st.Kind == Multiple && st.TokStart > 0 && (s.is(st.TokStart-1, "a") || s.is(st.TokStart-1, "the")) && (s.is(st.TokEnd, "in") || s.is(st.TokEnd, "of")) {
		if c, d, found := s.npAfter(st.TokEnd+1, true); found && !lexicon.IsTimeUnit(s.word(d-1)) {
			a, b, ok = c, d, true
		}
	}
	// "shaving 70% off the cost", "cut 15% off the price": what a share
	// is taken off.
	if st.Kind == Percent && s.is(st.TokEnd, "off") {
		if c, d, found := s.npAfter(st.TokEnd+1, true); found {
			a, b, ok = c, d, true
		}
	}
	// "is doubling every five months": a frequency after the figure is
	// not what it counts.
	if ok && a >= st.TokEnd && (s.is(st.TokEnd, "every") || s.is(st.TokEnd, "each")) && lexicon.IsTimeUnit(s.word(b-1)) {
		ok = false
	}
	// "imports rose to twice the amount seen a year ago": a base alone
	// after a multiple (not a verb: "doubled the level") is what it is
	// compared with; what is measured stands before, in the same clause.
	if ok && st.Kind == Multiple && a == st.TokEnd+1 && s.isDeterminer(st.TokEnd) && s.baseAfter(a, b) && !s.verbMultiple(st) {
		c, d, found := s.fronted(st)
		if !found {
			c, d, found = s.backward(st)
		}
		if found && d <= st.TokStart && !s.punctBetween(d, st.TokStart) {
			a, b = c, d
		}
	}
	// "the deficit would be 4.5% of GDP": a share of an economy's size
	// measures what stands before, when something does.
	if ok && st.Kind == Percent && a >= st.TokEnd && s.economyBase(a, b) {
		if c, d, found := s.backward(st); found && d <= st.TokStart && !s.economyBase(c, d) && !(s.is(d, "to") && s.tag(d+1) == "VBG") {
			a, b = c, d
		}
	}
	// "The disabled will make up 16% of the digital have-nots", "women
	// account for 30% of the workforce": the part before a verb of making
	// up a whole is what the share measures.
	if ok && st.Kind == Percent && a >= st.TokEnd && s.is(st.TokEnd, "of") && s.partVerbBefore(st.TokStart) {
		if c, d, found := s.backward(st); found && d <= st.TokStart {
			a, b = c, d
		} else if v := s.qualifierStart(st.TokStart) - 2; v > 1 && s.is(v-1, "the") && lexicon.IsNominalAdjective(s.word(v)) && s.is(v+1, "make") {
			a, b = v-1, v+1
		}
	}
	if !ok {
		a, b, ok = s.fronted(st)
	}
	if !ok {
		a, b, ok = s.backward(st)
	}
	if !ok {
		return
	}
	// "about 100 Muslim, 100 Evangelical Christian and 50 Jewish schools":
	// modifiers of a head a list shares; "17,815 Buick Raniers, Chevrolet
	// Trailblazers and Isuzu Ascenders": a list of names.
	if st.Kind == Count && a == st.TokEnd {
		a, b = s.sharedListHead(a, b)
	}
	// "25 to 34-year-olds (92%)": an age group's numbers belong to it.
	if a >= 2 && s.toks[a].Glued() && lexer.IsDash(s.toks[a-1].Text) && s.toks[a-1].Glued() && s.toks[a-2].Kind == lexer.Number && (a-2 >= st.TokEnd || a <= st.TokStart) {
		a -= 2
		if a >= 2 && s.is(a-1, "to") && s.toks[a-2].Kind == lexer.Number && (a-2 >= st.TokEnd || a <= st.TokStart) {
			a -= 2
		}
	}
	st.SubjectStart, st.SubjectEnd = s.toks[a].Start, s.toks[b-1].End
	// "the index's 0.3% decline": the owner, without its ending.
	if w := s.toks[b-1].Text; b <= st.TokStart && possessive(w) && b == s.qualifierStart(st.TokStart) {
		if strings.HasSuffix(w, "'s") {
			st.SubjectEnd -= len("'s")
		} else if strings.HasSuffix(w, "’s") {
			st.SubjectEnd -= len("’s")
		}
	}
	st.Subject = s.text[st.SubjectStart:st.SubjectEnd]
}

// infinitiveOfChange reports whether "to" and a verb of change or of
// closing follow toks[p], past an adverb: "recovered slightly to close",
// "managed to rise" (not "hopes to reach", whose figure may be its
// object).
func (s *sentence) infinitiveOfChange(p int) bool {
	k := p + 1
	if s.tag(k) == "RB" {
		k++
	}
	if !s.is(k, "to") || k+1 >= len(s.toks) {
		return false
	}
	v := s.word(k + 1)
	_, cue := lexicon.ChangeCue(v)
	_, multiple := lexicon.MultipleWord(v)
	return cue || multiple || lexicon.IsClosingVerb(v)
}

// baseAfter reports whether toks[a:b], after a multiple and a determiner,
// names the base it multiplies: "the amount", "the 169,000 figure", "the
// size of France".
func (s *sentence) baseAfter(a, b int) bool {
	if b == a+1 {
		return lexicon.IsBaseNoun(s.lower(a)) && !s.is(b, "of")
	}
	// "twice the size of France"; "is twice the rate of inflation" after
	// a verb of being, but "offers twice the number of frames".
	if lexicon.IsBaseNoun(s.lower(a)) && s.is(a+1, "of") && a > 2 {
		_, q := s.qualifierBefore(a - 2)
		return !lexicon.IsQuantityNoun(s.lower(a)) || lexicon.IsLevelVerb(s.word(q-1))
	}
	for k := a; k < b-1; k++ {
		if s.toks[k].Kind != lexer.Number && !strings.HasPrefix(s.tag(k), "JJ") {
			return false
		}
	}
	return lexicon.IsBaseNoun(s.lower(b-1)) && !s.is(b, "of")
}

// gerundModifier reports whether toks[k] is a gerund naming an activity
// before a noun, whatever its tag: "funding", "lending" (not a change,
// "rising").
func (s *sentence) gerundModifier(k int) bool {
	w := s.lower(k)
	if !strings.HasSuffix(w, "ing") || len(w) < 6 || !(s.tag(k) == "VBG" || strings.HasPrefix(s.tag(k), "JJ")) {
		return false
	}
	_, cue := lexicon.ChangeCue(w)
	return !cue
}

// economyBase reports whether toks[a:b] ends in words that measure an
// economy's size ("GDP", "gross domestic product").
func (s *sentence) economyBase(a, b int) bool {
	var words [2]string
	n := 0
	for k := max(a, b-2); k < b; k++ {
		words[n] = s.toks[k].Text
		n++
	}
	return lexicon.IsEconomyBase(words[:n])
}

// forward reads the subject after the figure: "9,400 people", "hundreds of
// specialist investigators", "14% of voters", "a 14% rise in sales",
// "twice as many people", "doubled the number of staff".
func (s *sentence) forward(st *Stat) (int, int, bool) {
	j := st.TokEnd
	q := s.qualifierStart(st.TokStart)
	// "two million pensioners - two-thirds of whom are women": the noun
	// phrase the relative pronoun stands for.
	if q > 1 && s.is(j, "of") && (s.is(j+1, "whom") || s.is(j+1, "which")) && (s.is(q-1, ",") || lexer.IsDash(s.toks[q-1].Text) && !s.toks[q-1].Glued()) {
		if a, b, ok := s.npBefore(q - 2); ok {
			// "the disapproval of farm workers, thousands of whom": people
			// are the last noun of the chain.
			if s.is(j+1, "whom") {
				for k := b - 2; k > a; k-- {
					if s.is(k, "of") {
						a = k + 1
						for a < b-1 && s.isDeterminer(a) {
							a++
						}
						break
					}
				}
			}
			return a, b, true
		}
	}
	// "one in five post something", "one in six knew who": a verb the
	// tagger took for a noun after a ratio, which counts plurals.
	if st.Kind == Ratio && j+1 < len(s.toks) && s.toks[j].Kind == lexer.Word && isNoun(s.tag(j)) && !strings.HasSuffix(s.lower(j), "s") && !lexicon.IsCollectiveNoun(s.word(j)) {
		switch s.tag(j + 1) {
		case "DT", "PRP", "PRP$", "WP", "WRB", "NN", "IN", "TO":
			return 0, 0, false
		}
	}
	// "That brought to 49 the number of banks", "managed to boost by 72%
	// the price of iron ore": the object after the figure.
	if q > 1 && (s.is(q-1, "to") || s.is(q-1, "by")) && strings.HasPrefix(s.tag(q-2), "VB") && s.is(j, "the") {
		if a, b, ok := s.npAfter(j, true); ok && !lexicon.IsTimeUnit(s.word(b-1)) && (b >= len(s.toks) || !strings.HasPrefix(s.tag(b), "VB") || s.is(b, "that")) {
			return s.ofChain(a, b)
		}
	}
	// saying "several hundred" people: a figure quoted alone.
	if st.Kind != Multiple && j+1 < len(s.toks) && q > 0 && lexer.IsQuoteMark(s.toks[j].Text) && s.toks[j].Glued() &&
		lexer.IsQuoteMark(s.toks[q-1].Text) && s.toks[q].Glued() && s.toks[j+1].Kind == lexer.Word && !s.toks[j+1].Glued() {
		j++
	}
	// after-hedges: "100 or more people", "30-plus people"
	if j+1 < len(s.toks) && lexer.IsDash(s.toks[j].Text) && s.toks[j].Glued() {
		if q, _ := lexicon.QualifierAfter([]string{strings.ToLower(s.word(j + 1))}); q != "" {
			j++
		}
	}
	// "two or three pictures", "five to 10 people", "three, four or five
	// new players": the noun after the last number of a list.
	if st.Kind == Count {
		for k, n := j, 0; n < 4 && k+1 < len(s.toks); n++ {
			comma := s.toks[k].Text == ","
			if !comma && !s.is(k, "or") && !s.is(k, "to") && !s.is(k, "and") {
				// "50, 60, 70,000 listeners": a list of three or more
				// joined by commas alone ends on its noun, a plural
				// straight after the last (not "at 39, two places").
				inList := st.TokStart > 1 && s.toks[st.TokStart-1].Text == "," && s.toks[st.TokStart-2].Kind == lexer.Number
				if (n >= 2 || n >= 1 && inList) && s.tag(k) == "NNS" {
					if a, b, ok := s.npAfter(k, false); ok {
						return a, b, true
					}
				}
				break
			}
			x := k + 1
			// "four, five or probably six sides": an adverb before the last.
			if !comma && s.toks[x].Kind == lexer.Word && s.tag(x) == "RB" {
				x++
			}
			m, ok := numparse.Parse(s.toks, x)
			if !ok || m.Suffix >= 0 || m.Vague || m.Fraction {
				break
			}
			k = m.End
			if !comma {
				if a, b, ok := s.npAfter(k, false); ok {
					return a, b, true
				}
				// "a five, six or even eight-horse race": the noun the
				// last number is glued to (not a period: "10-year").
				if k+1 < len(s.toks) && lexer.IsDash(s.toks[k].Text) && s.toks[k].Glued() && s.toks[k+1].Glued() && s.toks[k+1].Kind == lexer.Word &&
					isNoun(s.tag(k+1)) && !lexicon.IsTimeUnit(s.toks[k+1].Text) && !lexicon.IsMeasureUnit(s.toks[k+1].Text) {
					return k + 1, k + 2, true
				}
				break
			}
		}
	}
	// "16 out of the top 20 titles": the noun after the whole.
	if st.Kind == Count && s.is(j, "out") && s.is(j+1, "of") {
		k := j + 2
		for n := 0; n < 3 && k < len(s.toks) && (s.isDeterminer(k) || strings.HasPrefix(s.tag(k), "JJ")); n++ {
			k++
		}
		if m, ok := numparse.Parse(s.toks, k); ok && m.Suffix < 0 && !m.Vague && !m.Fraction {
			if a, b, ok := s.npAfter(m.End, false); ok {
				return a, b, true
			}
		}
	}
	// "about a third" of Asbos: past a closing quote.
	if j+1 < len(s.toks) && lexer.IsQuoteMark(s.toks[j].Text) && s.toks[j].Glued() && s.is(j+1, "of") {
		j++
	}
	// "More than half (55%) of the respondents", "two thirds - 65% - of
	// the people": past a bracketed figure.
	if j < len(s.toks) && (s.toks[j].Text == "(" || lexer.IsDash(s.toks[j].Text) && !s.toks[j].Glued()) {
		for k := j + 1; k < len(s.toks) && k < j+5; k++ {
			if s.toks[k].Text == ")" || lexer.IsDash(s.toks[k].Text) && !s.toks[k].Glued() {
				if s.is(k+1, "of") {
					j = k + 1
				}
				break
			}
		}
	}
	var words []string
	for k := j; k < len(s.toks) && k < j+2 && s.toks[k].Kind == lexer.Word; k++ {
		words = append(words, strings.ToLower(s.toks[k].Text))
	}
	if _, n := lexicon.QualifierAfter(words); n > 0 {
		j += n
	}
	switch st.Kind {
	case Multiple:
		// "a sixfold reduction in the number of shipments"
		if _, ok := lexicon.ChangeAfter(s.word(j)); ok && (s.is(j+1, "in") || s.is(j+1, "of")) {
			if a, b, ok := s.npAfter(j+2, true); ok {
				return a, b, true
			}
		}
		if s.is(j, "as") && (s.is(j+1, "many") || s.is(j+1, "much")) {
			return s.npAfter(j+2, false)
		}
		if s.is(j, "more") || s.is(j, "the") || s.is(j, "that") {
			k := j + 1
			if s.is(j, "more") {
				k = j + 1
			}
			if a, b, ok := s.npAfter(k, true); ok {
				return s.ofChain(a, b)
			}
		}
		if s.isDeterminer(j) || isNoun(s.tag(j)) || strings.HasPrefix(s.tag(j), "JJ") {
			// "doubled the number of staff", "doubled economic growth"
			if a, b, ok := s.npAfter(j, true); ok {
				return s.ofChain(a, b)
			}
		}
		return 0, 0, false
	}
	if s.is(j, "of") {
		if a, b, ok := s.npAfter(j+1, true); ok {
			return a, b, ok
		}
		// "47% of the £1.34bn spent on games": a share of an amount that
		// a participle and its phrase name.
		if a, b, ok := s.amountSpent(j + 1); ok {
			return a, b, ok
		}
		// "12% of those surveyed", "9% of those who have dial-up".
		// "half of those with broadband"
		if s.is(j+1, "those") && (s.is(j+2, "with") || s.is(j+2, "on") || s.is(j+2, "in")) {
			if _, b, ok := s.npAfter(j+3, true); ok {
				return j + 1, b, true
			}
		}
		// "two thirds of those waiting for treatment", "40% of those
		// buying security software": a participle, its preposition and
		// object.
		if s.is(j+1, "those") && j+3 < len(s.toks) && s.tag(j+2) == "VBG" && !lexicon.IsAuxiliary(s.word(j+2)) {
			k := j + 3
			if s.tag(k) == "IN" || s.tag(k) == "TO" {
				k++
			}
			if _, b, ok := s.npAfter(k, true); ok {
				return j + 1, b, true
			}
			return j + 1, j + 3, true
		}
		if s.is(j+1, "those") && j+2 < len(s.toks) && (s.tag(j+2) == "VBN" || s.is(j+2, "who") || s.tag(j+2) == "JJ") {
			e := j + 3
			for e < len(s.toks) && e < j+7 && (s.toks[e].Kind == lexer.Number || lexer.IsDash(s.toks[e].Text) && s.toks[e].Glued()) {
				e++ // "those aged 30-39"
			}
			if s.is(j+2, "who") {
				// The clause ends before the sentence's own verb ("those
				// who die in crashes are") or a relative word opening
				// another clause ("in crashes where the driver"), and not
				// on a determiner or preposition.
				verb := false
				for e < len(s.toks) && e < j+8 && (s.toks[e].Kind == lexer.Word && !s.is(e, "and") || lexer.IsDash(s.toks[e].Text) && s.toks[e].Glued()) {
					t := s.tag(e)
					finite := t == "VBZ" || t == "VBP" || t == "VBD" || t == "MD"
					if finite && verb || e > j+3 && lexicon.IsRelativeWord(s.word(e)) {
						break
					}
					verb = verb || finite
					e++
				}
				for e > j+4 && (s.isDeterminer(e-1) || s.tag(e-1) == "IN" || s.tag(e-1) == "TO" || s.tag(e-1) == "CC") {
					e--
				}
			}
			return j + 1, e, true
		}
		return 0, 0, false
	}
	// "a 14% rise in sales", "a 4.5% gain for the proportion of films",
	// "a 5% annual increase in unit sales", but not "a 5% rise for the
	// year", nor a count of changes ("two increases in the wage").
	c := j
	if st.Kind == Count {
		c = len(s.toks)
	} else if _, ok := lexicon.ChangeAfter(s.word(c + 1)); ok && strings.HasPrefix(s.tag(c), "JJ") && !lexicon.IsTimesComparative(s.word(c)) {
		c++
	}
	_, changeNoun := lexicon.ChangeAfter(s.word(c))
	// "a 66% growth rate in the number of nets": a rate of change.
	if changeNoun && c+2 < len(s.toks) && s.is(c+1, "rate") && s.is(c+2, "in") {
		c++
	}
	// "a 20% cut to the greenhouse gas level"
	if changeNoun && (s.is(c+1, "in") || s.is(c+1, "of") || s.is(c+1, "for") || s.is(c+1, "to") && s.isDeterminer(c+2)) {
		if a, b, ok := s.npAfter(c+2, true); ok && !lexicon.IsTimeUnit(s.toks[b-1].Text) {
			return a, b, ok
		}
	}
	switch st.Kind {
	case Fraction:
		// "half the workforce", "half their bill"
		if s.isDeterminer(j) {
			return s.npAfter(j, true)
		}
		return 0, 0, false
	case Percent:
		// "a 29% stake", "a 32% pay cut": the noun after, when an article
		// or possessive makes the percentage its modifier ("30% saw
		// orders rise" has none); a change noun at its end is the cue.
		_, q := s.qualifierBefore(st.TokStart)
		if q > 1 && strings.HasPrefix(s.tag(q-1), "JJ") && !possessive(s.word(q-1)) && !(s.toks[q-1].Text == "s" && s.toks[q-1].Glued()) {
			q-- // "a new 50% tax band"
		}
		// "allow 100% foreign ownership": a verb before the percentage and
		// an adjective or noun after it.
		// "they have 100% portability": "have" as the verb.
		verbBefore := q > 0 && strings.HasPrefix(s.tag(q-1), "VB") && (!lexicon.IsAuxiliary(s.word(q-1)) || s.is(q-1, "have") || s.is(q-1, "has") || s.is(q-1, "had")) &&
			(strings.HasPrefix(s.tag(j), "JJ") || s.tag(j) == "NN")
		// "predicting 4% growth", "of 0.1% economic growth": growth is a
		// measure itself, whatever stands before the percentage.
		for k := j; k < j+3 && k < len(s.toks); k++ {
			if s.is(k, "growth") {
				if a, b, ok := s.npAfter(j, false); ok && s.is(b-1, "growth") {
					return a, b, true
				}
				break
			}
		}
		// "15% more passengers"
		if s.is(j, "more") || s.is(j, "fewer") {
			if a, b, ok := s.npAfter(j+1, false); ok {
				return a, b, true
			}
		}
		// "used in 12.5% searches under the laws": a plural straight
		// after a percentage after a preposition.
		if (q == 0 || s.tag(q-1) == "IN" && !s.is(q-1, "of") || s.is(q-1, ",")) && j < len(s.toks) && s.tag(j) == "NNS" && s.toks[j].Kind == lexer.Word && startsLower(s.toks[j].Text) &&
			(j+1 >= len(s.toks) || s.toks[j+1].Kind == lexer.Punct || s.tag(j+1) == "IN") && !lexicon.IsTimeUnit(s.word(j)) {
			return j, j + 1, true
		}
		owner := q > 0 && possessive(s.word(q-1))
		// "the FTSE 100's 0.3% decline": an owner whose ending the lexer
		// split off a number.
		split := q > 2 && s.toks[q-1].Text == "s" && s.toks[q-1].Glued() && (s.toks[q-2].Text == "'" || s.toks[q-2].Text == "’") && s.toks[q-2].Glued() && s.toks[q-3].Kind == lexer.Number
		owner = owner || split
		if !verbBefore && (q == 0 || !(s.isDeterminer(q-1) || owner)) {
			if s.is(j, "growth") {
				return j, j + 1, true // "with 5% growth forecast"
			}
			// "mass unemployment, 15% interest rates, record
			// repossessions": an item of a list of noun phrases.
			// "plans for 100% debt relief", "a loan with 5% interest": a
			// mass noun after a percentage after "for" or "with".
			if q > 0 && (s.is(q-1, "for") || s.is(q-1, "with")) && (s.tag(j) == "NN" || strings.HasPrefix(s.tag(j), "JJ")) {
				if a, b, ok := s.npAfter(j, false); ok && s.tag(b-1) == "NN" && !lexicon.IsTimeUnit(s.toks[b-1].Text) && !s.is(b, "of") {
					return a, b, true
				}
			}
			if q > 0 && (s.is(q-1, ",") || s.is(q-1, "and")) {
				// Not a verb the tagger took for a noun: "and 17% disagreed".
				if a, b, ok := s.npAfter(j, false); ok && (b >= len(s.toks) || s.is(b, ",") || s.is(b, "and") || s.is(b, ".")) && !(b == a+1 && strings.HasSuffix(s.toks[a].Text, "ed")) {
					return a, b, true
				}
			}
			return 0, 0, false
		}
		a, b, ok := s.npAfter(j, false)
		if !ok && s.tag(j) == "VBG" && (s.tag(j+1) == "IN" || j+1 >= len(s.toks) || s.toks[j+1].Kind == lexer.Punct) {
			// "BSkyB's 4.76% holding in the club": a noun the tagger
			// took for a participle.
			return j, j + 1, true
		}
		if !ok || b == a+1 && s.is(b, "by") {
			// "the 47.3% forecast by analysts": a participle.
			return 0, 0, false
		}
		// "stayed at around the 95% mark": a threshold, not what is
		// counted; the verb's subject is.
		if b == a+1 && q > 0 && s.is(q-1, "the") && lexicon.IsThresholdNoun(s.toks[a].Text) {
			return 0, 0, false
		}
		// "the 11.3% creditors previously hoped to receive": the noun
		// opens a clause of its own.
		if v := b; s.tag(v) == "RB" && strings.HasPrefix(s.tag(v+1), "VB") || s.tag(v) == "VBD" || s.tag(v) == "VBP" || s.tag(v) == "MD" {
			return 0, 0, false
		}
		if _, cue := lexicon.ChangeAfter(s.toks[b-1].Text); cue {
			b--
			for b > a && s.toks[b-1].Kind == lexer.Punct {
				b--
			}
			if b <= a || !isNoun(s.tag(b-1)) {
				// "the index's 0.3% decline": what moved is the owner,
				// unless it is a time ("Monday's 4% gain").
				if split && s.npStart(q-3) < q-3 {
					return s.npStart(q - 3), q - 2, true
				}
				if owner && !split && !lexicon.IsWeekday(strings.TrimSuffix(s.word(q-1), "'s")) && !lexicon.IsMonth(strings.TrimSuffix(s.word(q-1), "'s")) && !lexicon.IsTimeUnit(strings.TrimSuffix(s.word(q-1), "'s")) {
					return s.npStart(q - 1), q, true
				}
				// "the box office received a 3.8% boost": the subject of
				// the verb before "a".
				if v := q - 2; (s.is(q-1, "a") || s.is(q-1, "an")) && v > 0 && lexicon.IsUndergoVerb(s.word(v)) && !s.is(b+1, "in") && !s.is(b+1, "of") {
					p := v - 1
					for p > 0 && !s.is(p, "which") && (lexicon.IsAuxiliary(s.word(p)) || s.tag(p) == "RB") {
						p--
					}
					// "profits, which showed a 5.5% rise": the relative
					// pronoun stands for the noun before the comma.
					if p > 1 && s.is(p, "which") && s.toks[p-1].Text == "," {
						p -= 2
					}
					return s.npBefore(p)
				}
				return 0, 0, false
			}
		}
		return a, b, true
	case PercentagePoints:
		return 0, 0, false
	}
	if st.Vague {
		// "thousands e-mailed": a plural magnitude takes its noun with
		// "of"; one that ends in a singular scale takes the noun after it
		// ("several hundred delegates").
		if _, plural, ok := lexicon.ScaleWord(s.word(st.TokEnd - 1)); !ok || plural {
			return 0, 0, false
		}
	}
	// "three million unemployed", "200 injured"; "a 40 GB hard drive", "a
	// 4,200 MW power plant": a unit written apart is what is counted.
	if lexicon.IsNominalAdjective(s.word(j)) || lexicon.IsMeasureUnit(s.word(j)) {
		return j, j + 1, true
	}
	a, b, ok := s.npAfter(j, false)
	if ok && lexicon.IsThresholdNoun(s.toks[b-1].Text) {
		// "the 25,000 mark": a threshold, not a count of marks.
		return 0, 0, false
	}
	// "a two megapixel camera", "a three letter word": more than one
	// before a singular head makes the number and the noun after it a
	// compound modifier; that noun is the unit counted. Not a participle
	// ("four receiving antennae") nor before a person ("three finance
	// minister", a plural left off).
	if ok && b-a >= 2 && s.tag(a) == "NN" && s.tag(b-1) == "NN" && st.Value.GreaterThan(decimal.NewFromInt(1)) &&
		!s.toks[a+1].Glued() && s.toks[a].Text == strings.ToLower(s.toks[a].Text) && !strings.HasSuffix(s.toks[a].Text, "ing") && !lexicon.IsRoleNoun(s.toks[b-1].Text) {
		return a, a + 1, true
	}
	return a, b, ok
}

// npAfter reads a noun phrase that starts at toks[j]: modifiers and nouns,
// hyphenated compounds, ending on a noun. det allows determiners first.
func (s *sentence) npAfter(j int, det bool) (int, int, bool) {
	a, b, ok := s.npAfterMarks(j, det)
	// three "chilling" fouls: the opening quote mark of a quoted modifier
	// belongs to the phrase as its closing one does.
	if ok && a > 0 && lexer.IsQuoteMark(s.toks[a-1].Text) && s.toks[a].Glued() {
		for k := a + 1; k < b; k++ {
			if lexer.IsQuoteMark(s.toks[k].Text) {
				return a - 1, b, true
			}
		}
	}
	return a, b, ok
}

// npAfterMarks is npAfter without the quote mark that may open the phrase.
func (s *sentence) npAfterMarks(j int, det bool) (int, int, bool) {
	if det {
		for m := 0; m < 2 && j < len(s.toks) && s.isDeterminer(j); m++ {
			j++
		}
	}
	// "the nine \"most useless quangos\"": an opening quote.
	if j+1 < len(s.toks) && lexer.IsQuoteMark(s.toks[j].Text) && s.toks[j+1].Glued() && s.toks[j+1].Kind == lexer.Word {
		j++
	}
	start := j
	lastNoun := -1
	k := j
	for k < len(s.toks) && k-start < maxNP*2 {
		t := s.toks[k]
		if t.Kind == lexer.Punct && (lexer.IsDash(t.Text) || t.Text == "&" || t.Text == "/") && t.Glued() && k > start && k+1 < len(s.toks) && s.toks[k+1].Glued() && (s.toks[k+1].Kind == lexer.Word || s.toks[k+1].Kind == lexer.Number) {
			k++
			continue
		}
		// "innocent men, women and children": a list of plurals, the last
		// joined by "and".
		if lastNoun == k-1 && s.is(k, ",") && s.tag(k-1) == "NNS" {
			if m := s.pluralList(k); m > 0 {
				lastNoun = m - 1
				k = m
				break
			}
		}
		// "over-55s": a number ending a hyphenated compound is its head.
		if t.Kind == lexer.Number && k > start+1 && t.Glued() && lexer.IsDash(s.toks[k-1].Text) && s.toks[k-2].Kind == lexer.Word {
			if k+1 < len(s.toks) && s.toks[k+1].Glued() && s.toks[k+1].Kind == lexer.Word {
				k++
			}
			lastNoun = k
			k++
			continue
		}
		// 2.5 million "leisure" robots, the ISM's "new orders" index: quote
		// marks around modifiers inside the phrase.
		if t.Kind == lexer.Punct && lexer.IsQuoteMark(t.Text) && k > start && k+1 < len(s.toks) && s.toks[k+1].Kind == lexer.Word && s.quotedModifier(k) {
			k++
			continue
		}
		// "Deutsche Boerse's (DB) shares": an abbreviation in brackets.
		if t.Text == "(" && k > start && k+2 < len(s.toks) && s.toks[k+2].Text == ")" && s.toks[k+1].Kind == lexer.Word &&
			s.toks[k+1].Text == strings.ToUpper(s.toks[k+1].Text) && isNoun(s.tag(k-1)) {
			k += 3
			continue
		}
		// "70 Boeing 737-800 planes": a model number after a name
		// inside the phrase, before its head.
		if t.Kind == lexer.Number && lastNoun == k-1 && k > start && strings.HasPrefix(s.tag(k-1), "NNP") && !t.Glued() {
			m := k + 1
			if m+1 < len(s.toks) && lexer.IsDash(s.toks[m].Text) && s.toks[m].Glued() && s.toks[m+1].Glued() && s.toks[m+1].Kind == lexer.Number {
				m += 2
			}
			if m < len(s.toks) && s.toks[m].Kind == lexer.Word && isNoun(s.tag(m)) && startsLower(s.toks[m].Text) {
				lastNoun = -1
				k = m
				continue
			}
		}
		if t.Kind == lexer.Number && det && lastNoun < 0 {
			// "the Lords' 750 hereditary peers", "of 18 to 24 year olds"
			if s.is(k+1, "to") && k+2 < len(s.toks) && s.toks[k+2].Kind == lexer.Number {
				k += 2
			}
			k++
			continue
		}
		// "24 UK top 250 companies", "eight top three hits": a rank inside
		// the phrase.
		// "two outstanding young No 9 prospects": so is "No" and a number.
		// (the head may be a plural the tagger took for a verb: "18 number
		// one singles at the rate of").
		if (s.is(k, "top") || s.is(k, "number") && (k == start || k > 0 && s.toks[k-1].Kind == lexer.Number) || s.toks[k].Text == "No") && k+2 < len(s.toks) && (s.toks[k+1].Kind == lexer.Number || s.tag(k+1) == "CD") && s.toks[k+2].Kind == lexer.Word &&
			(isModifier(s.tag(k+2)) || isNoun(s.tag(k+2)) || s.tag(k+2) == "VBZ" && strings.HasSuffix(s.toks[k+2].Text, "s") && startsLower(s.toks[k+2].Text)) {
			lastNoun = -1
			k += 2
			continue
		}
		// "27 of the US top 50": a rank ending the phrase is its head.
		if s.is(k, "top") && k > start && k+1 < len(s.toks) && s.toks[k+1].Kind == lexer.Number && (k+2 == len(s.toks) || s.toks[k+2].Kind == lexer.Punct) {
			lastNoun = k + 1
			k += 2
			break
		}
		// "the six major honours he's won": a pronoun and its verb open a
		// clause.
		if t.Kind == lexer.Word && k > start && lexicon.IsPronounContraction(t.Text) {
			break
		}
		// "set-top boxes": a compound's first word is no auxiliary.
		firstOfCompound := k+2 < len(s.toks) && lexer.IsDash(s.toks[k+1].Text) && s.toks[k+1].Glued() && s.toks[k+2].Glued()
		if t.Kind != lexer.Word || lexicon.IsAuxiliary(t.Text) && (strings.HasPrefix(s.tag(k), "VB") || s.tag(k) == "MD") && !firstOfCompound || s.is(k, "have") || s.is(k, "has") || s.is(k, "cannot") || negativeVerb(t.Text) {
			break
		}
		// "short and medium-distance flights": modifiers joined by "and".
		if lastNoun < 0 && k > start && (s.is(k, "and") || s.is(k, "or")) && strings.HasPrefix(s.tag(k-1), "JJ") && k+1 < len(s.toks) && s.toks[k+1].Kind == lexer.Word && (isModifier(s.tag(k+1)) || s.toks[k+2].Text == "-") {
			k++
			continue
		}
		// "medium and large companies": a singular noun used as a
		// modifier, joined by "and" to an adjective before the head.
		if lastNoun == k-1 && k > start && s.is(k, "and") && s.tag(k-1) == "NN" && strings.HasPrefix(s.tag(k+1), "JJ") && s.tag(k+2) == "NNS" {
			lastNoun = -1
			k++
			continue
		}
		// "50 radio and television shows", "its retail and mail order
		// arms": a singular noun joined by "and" or "or" to the modifiers
		// of a plural head.
		// So are names: "six League and Cup games".
		if lastNoun == k-1 && (s.is(k, "and") || s.is(k, "or")) && (s.tag(k-1) == "NN" || s.nameWord(k-1) && s.nameWord(k+1)) && !lexicon.IsTimeUnit(s.word(k-1)) && s.modifiesPlural(k+1) {
			lastNoun = -1
			k++
			continue
		}
		// "India's 35 states and territories": two plurals joined by "and"
		// or "or" that end the phrase.
		if lastNoun == k-1 && (s.is(k, "and") || s.is(k, "or")) && s.tag(k-1) == "NNS" && k+1 < len(s.toks) && s.tag(k+1) == "NNS" && s.toks[k+1].Kind == lexer.Word &&
			startsLower(s.toks[k+1].Text) && !lexicon.IsTimeUnit(s.word(k+1)) && !lexicon.StartsNumber(s.word(k+1)) &&
			// Not before "of" ("heads of state"), nor a verb in -s before
			// its preposition ("responses and closes on 7 February").
			(k+2 >= len(s.toks) || s.toks[k+2].Kind == lexer.Punct || s.is(k+2, "in") || s.is(k+2, "at") || s.is(k+2, "for") || s.is(k+2, "across") ||
				strings.HasPrefix(s.tag(k+2), "VB") || s.tag(k+2) == "MD") {
			lastNoun = k + 1
			k += 2
			break
		}
		// "most useless quangos", "hard-earned away victories": an adverb
		// among the modifiers. "three away fixtures": straight after a
		// number, before a plural the tagger took for a verb.
		if lastNoun < 0 && (s.tag(k) == "RBS" || s.tag(k) == "RB") && (strings.HasPrefix(s.tag(k+1), "JJ") || (k > start || s.afterNumber(k)) && s.tag(k+1) == "NNS" ||
			k == start && s.afterNumber(k) && (s.tag(k+1) == "VBZ" || s.tag(k+1) == "VBP") && s.pluralAfterModifier(k+1)) {
			k++
			continue
		}
		// "just one in 10 recognised Charles Kennedy": a past tense the
		// tagger took for an adjective, before a name.
		if k == start && !det && strings.HasSuffix(t.Text, "ed") && startsLower(t.Text) && !isNoun(s.tag(k)) && s.nameWord(k+1) && s.nameIsObject(k+1) {
			return 0, 0, false
		}
		tag := s.tag(k)
		// "the ten former outside directors": a preposition used as a
		// modifier between a modifier and the head.
		if tag == "IN" && lastNoun < 0 && k > start && lexicon.IsModifierPreposition(t.Text) && isModifier(s.tag(k-1)) && isNoun(s.tag(k+1)) {
			tag = "JJ"
		}
		compound := false // a hyphenated compound before a noun
		// "three children Nora, Hasna and Guy": a name after a plural
		// common noun is in apposition to it.
		if lastNoun == k-1 && s.tag(lastNoun) == "NNS" && strings.HasPrefix(tag, "NNP") && startsLower(s.toks[lastNoun].Text) && !startsLower(t.Text) {
			break
		}
		// "with just 24 issued": a participle the tagger took for a
		// plural, which would end in "s".
		if tag == "NNS" && len(t.Text) > 4 && strings.HasSuffix(t.Text, "ed") && !strings.HasSuffix(t.Text, "eed") {
			tag = "VBN"
		}
		// "300,000 registered software patents": a participle the tagger
		// took for a past tense.
		// Only before a compound ("hijacked home computers") or after a
		// number ("of the 140,000 confirmed deaths"), not "17% disagreed",
		// "the two held talks".
		// "the two lifts", "the 10 or so images": after a determiner and
		// a number, a verb form in -s is a plural noun.
		// So is one after a number word opening the sentence ("Nine
		// consulates or embassies").
		if (tag == "VBZ" || tag == "VBP" && strings.HasSuffix(t.Text, "s")) && k == start && k > 0 {
			n := k - 1
			if n > 2 && s.is(n, "so") && s.is(n-1, "or") {
				n -= 2
			}
			if n > 0 && (s.toks[n].Kind == lexer.Number || s.tag(n) == "CD") && s.isDeterminer(n-1) ||
				n == 0 && strings.HasSuffix(t.Text, "s") && s.afterNumber(k) && !startsLower(s.toks[0].Text) {
				tag = "NNS"
			}
		}
		// "four registered bidders": a number in words tags as CD, but not
		// after a determiner ("the two held talks").
		if tag == "VBD" && (k == start && s.tag(k+1) == "NN" && isNoun(s.tag(k+2)) || k > 0 && (s.toks[k-1].Kind == lexer.Number || s.tag(k-1) == "CD" && !s.isDeterminer(k-2)) && s.tag(k+1) == "NNS") {
			tag = "VBN"
		}
		// "the three other freed British detainees", "12 UK hit singles":
		// inside the phrase, between a modifier or a name and what leads
		// to a plural head.
		if tag == "VBD" && k > start && startsLower(t.Text) && (lastNoun < 0 && strings.HasPrefix(s.tag(k-1), "JJ") || lastNoun == k-1 && strings.HasPrefix(s.tag(k-1), "NNP")) &&
			(s.tag(k+1) == "NNS" || strings.HasPrefix(s.tag(k+1), "JJ") && s.tag(k+2) == "NNS") {
			tag = "JJ"
		}
		// "three away fixtures", "20 Serie A appearances": after a number
		// and a modifier, a verb form in -s that ends the phrase (a
		// preposition, determiner or punctuation follows) is a plural noun.
		if (tag == "VBZ" || tag == "VBP") && k > start && s.afterNumber(start) &&
			s.pluralAfterModifier(k) {
			tag = "NNS"
		}
		// "e-mail users", "sex-related spam", "set-top boxes": the words of
		// a hyphenated compound belong together whatever their tags.
		if k > start && s.toks[k].Glued() && lexer.IsDash(s.toks[k-1].Text) || firstOfCompound {
			// "70 stars re-recorded the song": a verb in a compound after
			// a plural head is the clause's verb.
			if lastNoun == k-1 && s.tag(lastNoun) == "NNS" && k+2 < len(s.toks) && lexer.IsDash(s.toks[k+1].Text) && (s.tag(k+2) == "VBD" || s.tag(k+2) == "VBN") {
				break
			}
			if k+1 < len(s.toks) && lexer.IsDash(s.toks[k+1].Text) && s.toks[k+1].Glued() {
				k++
				continue
			}
			// The last word of a compound is its head unless a noun
			// follows ("so-called top level domains").
			tag = "NN"
			if k+1 < len(s.toks) && s.toks[k+1].Kind == lexer.Word && isModifier(s.tag(k+1)) && !lexicon.IsAuxiliary(s.toks[k+1].Text) ||
				k+2 < len(s.toks) && s.tag(k+1) == "RB" && s.toks[k+1].Kind == lexer.Word && isNoun(s.tag(k+2)) {
				tag = "JJ" // "hard-earned away victories"
				compound = true
			}
		}
		// "three or four years' time": a period.
		if lexicon.IsTimeUnit(t.Text) && k == start && !det {
			return 0, 0, false
		}
		if possessive(t.Text) || k+2 < len(s.toks) && s.toks[k+1].Glued() && (s.toks[k+1].Text == "'" || s.toks[k+1].Text == "’") && strings.HasSuffix(t.Text, "s") && s.toks[k+2].Space && (s.toks[k+2].Kind == lexer.Word || s.toks[k+2].Kind == lexer.Number) {
			// "the group's total assets", "the Lords' peers": the head
			// comes after. Straight after a count, the count is of the
			// owners: "the two parties' own studies".
			if !det && !possessive(t.Text) && k == start {
				return start, k + 1, true
			}
			lastNoun = -1
			if !possessive(t.Text) {
				k++
			}
			k++
			continue
		}
		if det && tag == "CD" && lastNoun < 0 {
			// "two of their last three visits"
			k++
			continue
		}
		// "30 awards worldwide": an adverb after the noun ends the phrase,
		// unless a noun follows it ("in January worldwide sales").
		if lastNoun >= 0 && lexicon.IsPostNominalAdverb(t.Text) && !isNoun(s.tag(k+1)) {
			break
		}
		if isNoun(tag) {
			lastNoun = k
		} else if tag == "VBG" && lastNoun >= 0 && isNoun(s.tag(k+1)) && !strings.HasSuffix(s.tag(lastNoun), "S") &&
			!(s.tag(lastNoun) == "NNP" && strings.HasSuffix(s.toks[lastNoun].Text, "s")) {
			// "the handheld gaming market"
		} else if !isModifier(tag) || lastNoun >= 0 && (tag == "VBN" || tag == "VBG") {
			break
		} else if lastNoun >= 0 && strings.HasPrefix(tag, "JJ") && (!(isNoun(s.tag(k+1)) && (strings.HasPrefix(s.tag(lastNoun), "NNP") || s.nameWord(lastNoun) && s.nameWord(k) || s.compoundAdjective(k) || compound)) ||
			lexicon.IsTimeUnit(s.word(k+1)) && lexicon.IsTimeDeictic(s.word(k))) {
			// "of GDP next year": a time after the noun ends it.
			break
		}
		k++
	}
	// An unknown plural the tagger took for an adjective ("useless
	// quangos"): a last modifier ending in "s" before punctuation.
	if lastNoun < 0 && k > start && k < len(s.toks) && s.toks[k].Kind == lexer.Punct && s.toks[k-1].Kind == lexer.Word &&
		strings.HasPrefix(s.tag(k-1), "JJ") && strings.HasSuffix(s.toks[k-1].Text, "s") {
		lastNoun = k - 1
	}
	// "half the total it was attracting": after a determiner, a last
	// modifier before a pronoun is the noun; so is one before a
	// preposition after two modifiers ("4,000 of its first hybrid since
	// May").
	// So is one before the clause's verb: "the viewing public tuned in",
	// "The French were".
	if lastNoun < 0 && det && k > start && k < len(s.toks) && s.isDeterminer(start-1) && s.tag(k-1) == "JJ" &&
		(s.tag(k) == "PRP" || s.tag(k) == "IN" && k-start >= 2 && !s.is(k, "of") ||
			(s.tag(k) == "VBD" || s.tag(k) == "VBN" || s.tag(k) == "VBP" || s.tag(k) == "VBZ" || s.tag(k) == "MD") && s.toks[k].Kind == lexer.Word) {
		lastNoun = k - 1
	}
	// "the viewing public tuned into": the participle read as a modifier
	// is the verb.
	if lastNoun < 0 && det && k > start+1 && k < len(s.toks) && s.isDeterminer(start-1) && s.tag(k-1) == "VBN" && s.tag(k-2) == "JJ" && s.tag(k) == "IN" {
		lastNoun = k - 2
	}
	if lastNoun < 0 {
		return 0, 0, false
	}
	// "the index held above 50 shows growth": a verb of showing the tagger
	// took for a plural, before its object.
	if strings.HasSuffix(s.toks[start].Text, "s") && lexicon.IsShowVerb(s.toks[start].Text) && start+1 < len(s.toks) &&
		!(s.toks[start+1].Kind == lexer.Punct || s.tag(start+1) == "IN" && !s.is(start+1, "that") || s.tag(start+1) == "TO" || s.tag(start+1) == "CC" ||
			s.isDeterminer(start+1) && lexicon.IsTimeUnit(s.word(start+2)) || lexicon.IsTimeUnit(s.word(start+1)) ||
			(s.tag(start+1) == "VBN" || s.tag(start+1) == "VBD") && (s.tag(start+2) == "IN" || s.tag(start+2) == "TO" || start+2 >= len(s.toks) || s.toks[start+2].Kind == lexer.Punct)) {
		return 0, 0, false
	}
	// "Att: 50,430 Ref: S Dunn": a capitalised label before a colon is not
	// a subject.
	if lastNoun == start && lastNoun+1 < len(s.toks) && s.toks[lastNoun+1].Text == ":" && unicode.IsUpper([]rune(s.toks[lastNoun].Text)[0]) {
		return 0, 0, false
	}
	// "30,000 last week", "an increase in October": a time after the
	// figure is not what it counts.
	// But a noun before the unit makes a kind of it that is counted: "two
	// trading days", "five working weeks"; so does a hyphenated compound,
	// whatever the tagger made of its first word: "seven title-winning
	// seasons".
	compound := start+2 < lastNoun && lexer.IsDash(s.toks[start+1].Text) && s.toks[start+1].Glued() && s.toks[start+2].Glued() && s.toks[start].Kind == lexer.Word
	kind := lastNoun > start && (s.tag(start) == "NN" || s.tag(start) == "VBG" || compound) && !lexicon.IsTimeUnit(s.toks[start].Text)
	// "win two tomorrow": a time adverb is no noun.
	if !det && !kind && lexicon.IsTimeUnit(s.toks[lastNoun].Text) || lexicon.IsMonth(s.toks[lastNoun].Text) || lexicon.IsTimeAdverb(s.toks[lastNoun].Text) ||
		lastNoun == start && lexicon.IsWeekday(s.toks[lastNoun].Text) {
		return 0, 0, false
	}
	// "49% of National Bank of Iraq": a name with "of" in it.
	if strings.HasPrefix(s.tag(lastNoun), "NNP") && s.is(lastNoun+1, "of") && strings.HasPrefix(s.tag(lastNoun+2), "NNP") {
		if _, b, ok := s.npAfter(lastNoun+2, false); ok {
			return start, b, true
		}
	}
	// "15% of all e-mail traffic analysis by the firm has found": a noun
	// of research with its author after it is the source, not the head.
	if lastNoun > start && lexicon.IsResearchNoun(s.toks[lastNoun].Text) && s.is(lastNoun+1, "by") && isNoun(s.tag(lastNoun-1)) {
		return start, lastNoun, true
	}
	// "the number of phones": a quantity takes its "of" phrase; so does a
	// classifier ("two pieces of defensive play").
	if (lexicon.IsQuantityNoun(s.toks[lastNoun].Text) || !det && lexicon.IsClassifierNoun(s.toks[lastNoun].Text)) && s.is(lastNoun+1, "of") {
		if _, b, ok := s.npAfter(lastNoun+2, true); ok {
			return start, b, true
		}
	}
	return start, lastNoun + 1, true
}

// modifiesPlural reports whether toks[k:] is one to three singular nouns or
// adjectives before a plural noun that ends the phrase: "television shows",
// "mail order arms".
func (s *sentence) modifiesPlural(k int) bool {
	for n := 0; n < 3 && k+n+1 < len(s.toks); n++ {
		t := s.toks[k+n]
		if t.Kind != lexer.Word || !(s.tag(k+n) == "NN" || strings.HasPrefix(s.tag(k+n), "JJ") || s.nameWord(k+n)) {
			return false
		}
		if s.tag(k+n+1) == "NNS" && s.toks[k+n+1].Kind == lexer.Word && !isNoun(s.tag(k+n+2)) {
			return true
		}
	}
	return false
}

// participleAfterPlural reports whether toks[h], tagged as a past tense,
// is a participle after a plural ("drugs supplied to Africa are"): the
// clause's own verb follows the phrase at toks[end] ("house prices rose
// at an annual rate of" has none).
func (s *sentence) participleAfterPlural(h, end int) bool {
	switch s.tag(end) {
	case "VBP", "VBZ", "VBD", "MD":
	default:
		return false
	}
	return h > 0 && s.tag(h) == "VBD" && s.tag(h-1) == "NNS" && s.toks[h-1].Kind == lexer.Word
}

// nameWord reports whether toks[k] is a capitalised word inside a sentence
// that is not in title case, so part of a name whatever its tag:
// "Narcotics Anonymous meetings", "Lions Tests".
func (s *sentence) nameWord(k int) bool {
	if k <= 0 || k >= len(s.toks) || s.toks[k].Kind != lexer.Word || s.titleCase() {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s.toks[k].Text)
	return unicode.IsUpper(r)
}

// sharedListHead widens or moves the subject toks[a:b] of a count at the
// head of a list. When the phrase is only names or adjectives and the list
// goes on with numbers ("100 Muslim, 100 Evangelical Christian and 50
// Jewish schools"), the subject is the head noun that ends the list; when
// it goes on with names and no numbers ("Buick Raniers, Chevrolet
// Trailblazers and Isuzu Ascenders"), the subject is the whole list.
func (s *sentence) sharedListHead(a, b int) (int, int) {
	onlyNames := func(x, y int) bool {
		for k := x; k < y; k++ {
			if !(s.nameWord(k) || strings.HasPrefix(s.tag(k), "JJ") && !startsLower(s.toks[k].Text)) {
				return false
			}
		}
		return true
	}
	if b >= len(s.toks) || !(s.is(b, ",") || s.is(b, "and")) || !onlyNames(a, b) {
		return a, b
	}
	// A plural name heads its own phrase: "a quarter of a million Sri
	// Lankans and 23,500 people".
	plural := strings.HasSuffix(s.toks[b-1].Text, "s")
	numbers := false
	k := b
	for n := 0; n < 8 && k < len(s.toks) && (s.is(k, ",") || s.is(k, "and") || s.is(k, "or")); n++ {
		last := s.is(k, "and") || s.is(k, "or")
		k++
		if k < len(s.toks) && s.toks[k].Kind == lexer.Number {
			if plural {
				return a, b
			}
			numbers = true
			// Another count: read its modifiers to a common noun.
			m := k + 1
			for m < len(s.toks) && (s.nameWord(m) || strings.HasPrefix(s.tag(m), "JJ")) {
				m++
			}
			if m < len(s.toks) && s.toks[m].Kind == lexer.Word && isNoun(s.tag(m)) && startsLower(s.toks[m].Text) {
				return m, m + 1
			}
			k = m
			continue
		}
		m := k
		for m < len(s.toks) && s.nameWord(m) {
			m++
		}
		// "the 147, 156, 156 Sportwagon, 166, GTV": names among numbers
		// are a list of models, not of what is counted.
		if m == k || numbers {
			return a, b
		}
		if last {
			return a, m
		}
		k = m
	}
	return a, b
}

// partVerbBefore reports whether a verb of making up a whole stands just
// before the figure at toks[k] (past its hedge): "make up", "account for".
// "represent" and "comprise" are left out: "the figures represent less
// than 1% of India's exports" is a share of the exports.
func (s *sentence) partVerbBefore(k int) bool {
	v := s.qualifierStart(k) - 1
	return s.is(v, "up") && lexicon.IsMakeVerb(s.word(v-1)) || s.is(v, "for") && lexicon.IsAccountVerb(s.word(v-1))
}

// pluralList returns the end of a list of plurals that goes on from the
// comma at toks[k] ("men, women and children"): one lowercase plural after
// each comma and one after the closing "and" or "or"; 0 when there is none.
func (s *sentence) pluralList(k int) int {
	plural := func(i int) bool {
		return i < len(s.toks) && s.tag(i) == "NNS" && s.toks[i].Kind == lexer.Word && startsLower(s.toks[i].Text) && !lexicon.IsTimeUnit(s.word(i))
	}
	for n := 0; n < 5 && s.is(k, ","); n++ {
		if !plural(k + 1) {
			return 0
		}
		k += 2
		if s.is(k, "and") || s.is(k, "or") {
			// "pickups, vans and sports utility vehicles": the last item
			// is a phrase of its own.
			if _, b, ok := s.npAfterMarks(k+1, false); ok && s.tag(b-1) == "NNS" && startsLower(s.toks[b-1].Text) {
				return b
			}
			if !plural(k + 1) {
				return 0
			}
			return k + 2
		}
	}
	return 0
}

// nameIsObject reports whether the name starting at toks[k] stands alone,
// the object of a verb before it: no common noun follows it and its last
// word is no plural ("recognised Charles Kennedy", not "unreleased Nirvana
// tracks" or "unnamed Roma Czechs").
func (s *sentence) nameIsObject(k int) bool {
	for k < len(s.toks) && s.nameWord(k) {
		k++
	}
	last := s.toks[k-1].Text
	if strings.HasSuffix(last, "s") || k < len(s.toks) && s.toks[k].Kind == lexer.Word && isNoun(s.tag(k)) && startsLower(s.toks[k].Text) {
		return false
	}
	return true
}

// afterNumber reports whether toks[k] comes straight after a number.
func (s *sentence) afterNumber(k int) bool {
	if k <= 0 {
		return false
	}
	if s.toks[k-1].Kind == lexer.Number || s.tag(k-1) == "CD" {
		return true
	}
	// "Nine consulates": a number word the tagger took for a name.
	_, unit := lexicon.UnitWord(s.word(k - 1))
	_, tens := lexicon.TensWord(s.word(k - 1))
	return unit || tens
}

// pluralAfterModifier reports whether toks[k], tagged as a verb in -s after
// a modifier, reads as a plural noun ending a phrase: "three away fixtures
// in Italy", not "two sides says" nor "is".
func (s *sentence) pluralAfterModifier(k int) bool {
	w := s.toks[k].Text
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || lexicon.IsAuxiliary(w) || isCue(w) {
		return false
	}
	switch p := s.tag(k - 1); {
	case p == "RB" || strings.HasPrefix(p, "NNP") || strings.HasPrefix(p, "JJ"):
	case s.nameWord(k-1) && s.nameWord(k): // "three Lions Tests in 2001"
	case p == "CD" && s.is(k-2, "number"): // "18 number one singles at"
	case p == "NN" && s.afterNumber(k-1): // "two smiley faces."
	default:
		return false
	}
	if k+1 >= len(s.toks) {
		return true
	}
	switch t := s.tag(k + 1); {
	case t == "IN" || t == "TO" || t == "CC" || s.toks[k+1].Kind == lexer.Punct:
		return !s.is(k+1, "that")
	case t == "DT":
		// "appearances this season", not "plays a role".
		return lexicon.IsTimeUnit(s.word(k + 2))
	}
	return false
}

// compoundAdjective reports whether the adjective at toks[k], after a noun
// and before another, belongs to a compound ("90 duty free stores"), not
// to what follows the phrase ("2,000 people last week").
func (s *sentence) compoundAdjective(k int) bool {
	w := s.toks[k].Text
	// Not after a plural or a verb-like word: "pupils missed school".
	if w != strings.ToLower(w) || strings.HasSuffix(w, "ed") || s.tag(k-1) != "NN" || lexicon.IsTimeUnit(s.word(k+1)) || lexicon.IsDeterminer(w) {
		return false
	}
	return !lexicon.IsOutsideAdjective(w)
}

// npBefore reads a noun phrase that ends at toks[p]: "enforced returns",
// "returns of foreign national offenders", "illegal boat crossings".
func (s *sentence) npBefore(p int) (int, int, bool) {
	if p < 0 || p >= len(s.toks) {
		return 0, 0, false
	}
	// "Earnings from tourism this year are expected": a time after the
	// noun phrase.
	if k := p - 1; k > 1 && lexicon.IsTimeDeictic(s.word(k)) && lexicon.IsTimeUnit(s.word(p)) && isNoun(s.tag(k-1)) {
		p = k - 1
	}
	// "the number of computers worldwide": an adverb after the noun.
	if (s.tag(p) == "RB" || s.tag(p) == "JJ" || lexicon.IsPostNominalAdverb(s.word(p))) && !lexicon.IsComparative(s.word(p)) && p > 1 && s.tag(p-1) == "NNS" && !s.skipped(p-1) {
		p--
	}
	end := p + 1
	// "the number of films released", "the numbers of Asians targeted
	// had risen": a participle after the noun, but not "compared to".
	// So is a past tense after a plural before the clause's verb ("the
	// number of people employed rose").
	if (s.tag(p) == "VBN" || s.tag(p) == "VBG" || s.tag(p) == "VBD" && (lexicon.IsAuxiliary(s.word(p+1)) || p+1 < len(s.toks) && lexer.IsDash(s.toks[p+1].Text) || s.participleAfterPlural(p, p+1)) ||
		s.tag(p) == "VBP" && strings.HasSuffix(s.word(p), "ed") && p > 0 && s.tag(p-1) == "NNS" && strings.HasPrefix(s.tag(p+1), "VB")) && p > 0 && isNoun(s.tag(p-1)) && !(s.is(p+1, "to") && !s.participleBeforeLevel(p)) && !s.is(p+1, "with") {
		p--
	}
	// "Tokyo's Nikkei 225", "the FTSE 100": a name ending in a number.
	if s.toks[p].Kind == lexer.Number && p > 0 && s.tag(p-1) == "NNP" {
		p--
	}
	// "the number of elderly": an adjective standing for people.
	if lexicon.IsNominalAdjective(s.word(p)) && s.is(p-1, "of") {
		return s.npBeforeAdjective(p)
	}
	// Money is not what a statistic counts: "revenue was 10bn euros, up
	// 8.1%".
	// "cut its holding from 75%": a noun the tagger took for a participle.
	gerund := s.tag(p) == "VBG" && p > 0 && (possessive(s.word(p-1)) || s.tag(p-1) == "PRP$")
	if s.toks[p].Kind != lexer.Word || !isNoun(s.tag(p)) && !gerund || s.skipped(p) {
		return 0, 0, false
	}
	a := s.npStart(p)
	// "the quarter" is a time, "turnover for the quarter" a subject.
	timeHead := lexicon.IsMonth(s.toks[p].Text) || lexicon.IsTimeUnit(s.toks[p].Text) || lexicon.IsWeekday(s.toks[p].Text)
	// "returns of foreign national offenders", "shares in Holcim", "the
	// number of people on broadband via the telephone line": up to three
	// prepositional links.
	for m := 0; m < 3; m++ {
		l := a - 1
		for d := 0; d < 2 && l > 0 && s.isDeterminer(l); d++ {
			l-- // "across both its divisions"
		}
		// "the number of youngsters taking their exams", "the share of
		// people using BT lines": a participle after a plural links its
		// object to the plural.
		if l > 0 && s.tag(l) == "VBG" && !lexicon.IsAuxiliary(s.word(l)) && (s.tag(l-1) == "NNS" || s.tag(l-1) == "NNPS") && s.toks[l-1].Kind == lexer.Word && s.is(l-2, "of") {
			a = s.npStart(l - 1)
			timeHead = false
			continue
		}
		if l < 1 || !(s.is(l, "of") || s.is(l, "in") || s.is(l, "at") || s.is(l, "for") || s.is(l, "by") || s.is(l, "on") ||
			s.is(l, "from") || s.is(l, "across") || s.is(l, "outside") || s.is(l, "via") || s.is(l, "among") || s.is(l, "with") && m == 0 ||
			s.is(l, "between") && lexicon.IsGapNoun(s.word(l-1)) || // "the difference between one side and another"
			(s.is(l, "to") || s.is(l, "after")) && (s.tag(l-1) == "NNS" || s.participleAfterPlural(l-1, end) || s.tag(l-1) == "VBN" && l > 1 && isNoun(s.tag(l-2)))) {
			break
		}
		// "raised its key rate by a quarter percentage point to 2%": an
		// amount after "by" is the change, not a link.
		if s.is(l, "by") && s.amountIn(l+1, end) {
			break
		}
		h := l - 1
		// "the number of people out of work"
		if s.is(l, "of") && s.is(h, "out") && h > 0 && !s.isDeterminer(l+1) {
			h--
		}
		// "40% of Aguas Argentinas"; "a sharp rise in producer prices of
		// 7.1%": what rose is the subject, not the rise (but "the annual
		// rate of increase in the UK" is one).
		if s.toks[h].Kind != lexer.Word || lexicon.IsChangeNoun(s.word(h)) && !s.is(h, "growth") && !s.is(s.npStart(h)-1, "of") {
			break
		}
		// "exports to China", "profits after tax": "to" and "after" after a
		// plural only.
		// "sales with X", "a year from a previous estimate": "with" links
		// only a plural that is a subject of its own ("Handsets with GPRS
		// capability") or the counted thing in an "of" phrase ("the
		// number of people with fast internet access"); a time takes no
		// link.
		if lexicon.IsTimeUnit(s.word(h)) || lexicon.IsMonth(s.word(h)) {
			break
		}
		if s.is(l, "with") {
			// "the trade gap with Japan rose" but "shares with the Nikkei
			// down 1%", "cheer with December sales down 0.7%".
			finite := false
			switch s.tag(end) {
			case "VBD", "VBZ", "VBP", "MD":
				finite = true
			}
			// "The deficit with China, up 30.5%": so is a bare change.
			if s.is(end, ",") && (s.is(end+1, "up") || s.is(end+1, "down")) {
				finite = true
			}
			if b := s.npStart(h) - 1; !s.is(b, "of") && (s.tag(h) != "NNS" && !finite || s.tag(b) == "IN") {
				break
			}
		}
		// "the number of people online in Europe": an adjective after
		// the noun.
		if (strings.HasPrefix(s.tag(h), "JJ") || s.tag(h) == "RB" || lexicon.IsPostNominalAdverb(s.word(h))) && h > 0 && isNoun(s.tag(h-1)) && s.toks[h-1].Kind == lexer.Word {
			h--
		}
		// "films produced in the UK": a participle after the noun; "drugs
		// supplied to Africa": one the tagger took for a past tense.
		if (s.tag(h) == "VBN" || s.participleAfterPlural(h, end)) && h > 0 && isNoun(s.tag(h-1)) && !s.is(l, "by") {
			h--
		}
		// "Those on high income are four times more likely".
		if s.is(h, "those") && l == a-1 {
			a = h
			timeHead = false
			break
		}
		// "Spending on equipment rose", "Financing for transport was": a
		// gerund opening the sentence heads its phrase.
		if !isNoun(s.tag(h)) && !(s.tag(h) == "VBG" && (h == 0 || s.isDeterminer(h-1) && h == 1) && !startsLower(s.toks[h].Text)) {
			break
		}
		a = s.npStart(h)
		timeHead = false
	}
	if timeHead {
		return 0, 0, false
	}
	// "spending on capital equipment and software": common nouns joined
	// by "and" inside a link.
	if a >= 2 && s.is(a-1, "and") && isNoun(s.tag(a-2)) && s.toks[a-2].Kind == lexer.Word && !lexicon.IsTimeUnit(s.word(a-2)) && !lexicon.IsMonth(s.word(a-2)) {
		b := s.npStart(a-2) - 1
		if s.isDeterminer(b) {
			b-- // "prices in the South East and London"
		}
		// "sales at restaurants, bars and coffee houses": a list.
		for n := 0; n < 4 && b > 1 && s.is(b, ",") && isNoun(s.tag(b-1)) && s.toks[b-1].Kind == lexer.Word; n++ {
			b = s.npStart(b-1) - 1
			if s.isDeterminer(b) {
				b--
			}
		}
		if b < 0 || s.is(b, "on") || s.is(b, "of") || s.is(b, "in") || s.is(b, "at") || s.is(b, "from") || s.is(b, "to") && s.tag(b-1) == "NNS" || s.is(b, "for") || s.is(b, "across") || s.is(b, "among") || s.is(a-3, "with") && s.tag(a-2) == "NNP" {
			if hb, _, ok := s.npBefore(b - 1); ok && b > 0 && !s.is(a-3, "with") && isNoun(s.tag(b-1)) {
				a = hb
			} else if b, _, ok := s.npBefore(a - 2); ok {
				a = b
			}
		}
	}
	return a, end, true
}

// participleBeforeLevel reports whether the participle toks[p], before
// "to", ends the object of a verb that takes it to a level: "took the
// number of people employed to 38.9 million", not "compared to".
func (s *sentence) participleBeforeLevel(p int) bool {
	if !strings.HasSuffix(s.lower(p), "ed") || s.is(p, "compared") || s.tag(p-1) != "NNS" {
		return false
	}
	a := s.npStart(p - 1)
	for k := a - 1; k >= 0 && k >= a-6; k-- {
		if lexicon.IsPushVerb(s.word(k)) {
			return true
		}
	}
	return false
}

// npBeforeAdjective reads "the number of elderly": a nominal adjective at
// toks[p] after "of" and the quantity before it.
func (s *sentence) npBeforeAdjective(p int) (int, int, bool) {
	h := p - 2
	if !isNoun(s.tag(h)) || s.toks[h].Kind != lexer.Word {
		return p, p + 1, true
	}
	return s.npStart(h), p + 1, true
}

// npStart walks back from the head noun at p over its modifiers.
func (s *sentence) npStart(p int) int {
	a := p
	for k := p - 1; k >= 0 && p-k < maxNP; k-- {
		t := s.toks[k]
		if t.Kind == lexer.Punct && (lexer.IsDash(t.Text) || t.Text == "&" || t.Text == "/") && t.Glued() && k > 0 && s.toks[k+1].Glued() && s.toks[k-1].Kind == lexer.Word {
			continue // "take-home", "B&B", "Gene/L"
		}
		// "Mercedes' brands": a plural owner whose apostrophe the lexer
		// split off.
		if (t.Text == "'" || t.Text == "’") && t.Glued() && k > 0 && a == k+1 && s.toks[k-1].Kind == lexer.Word && strings.HasSuffix(s.toks[k-1].Text, "s") && (k+1 >= len(s.toks) || !s.toks[k+1].Glued()) {
			k--
			a = k
			continue
		}
		// "2004's total": an owner whose ending the lexer split off.
		if t.Text == "s" && t.Glued() && k > 1 && s.toks[k-1].Text == "'" && s.toks[k-1].Glued() && s.toks[k-2].Kind == lexer.Number {
			k -= 2
			a = k
			continue
		}
		// "Reduced corporate tax rates to 30%": a change verb opening a
		// sentence or a list item is no name.
		if k <= 1 && (k == 0 || lexer.IsDash(s.toks[0].Text)) && t.Kind == lexer.Word && strings.HasSuffix(t.Text, "ed") {
			if _, cue := lexicon.ChangeCue(t.Text); cue {
				break
			}
		}
		// "its most popular broadband product": an adverb before an
		// adjective.
		if t.Kind == lexer.Word && (s.tag(k) == "RBS" || s.tag(k) == "RB") && a == k+1 && strings.HasPrefix(s.tag(k+1), "JJ") && k+1 < p {
			a = k
			continue
		}
		// "legally downloaded songs": an adverb before a participle.
		if t.Kind == lexer.Word && s.tag(k) == "RB" && s.tag(k+1) == "VBN" && k+1 < p {
			a = k
			continue
		}
		// "its retail and mail order divisions": modifiers joined by "and".
		if s.is(k, "and") && k > 0 && k+1 < p && (strings.HasPrefix(s.tag(k-1), "JJ") || s.tag(k-1) == "NN") && s.toks[k-1].Kind == lexer.Word && a == k+1 {
			continue
		}
		// "take-home income": the first word of a hyphenated compound;
		// "well-off backgrounds": its last, whatever its tag.
		compound := t.Kind == lexer.Word && lexer.IsDash(s.toks[k+1].Text) && s.toks[k+1].Glued() && k+1 < p ||
			t.Kind == lexer.Word && t.Glued() && k > 1 && lexer.IsDash(s.toks[k-1].Text) && s.toks[k-1].Glued() && s.toks[k-2].Kind == lexer.Word
		if t.Kind != lexer.Word || !isModifier(s.tag(k)) && !possessive(t.Text) && !compound {
			break
		}
		// "figures showed China's economy": a verb before a possessive
		// or a name is no modifier of it.
		if (s.tag(k) == "VBN" || s.tag(k) == "VBD") && (possessive(s.toks[k+1].Text) || strings.HasPrefix(s.tag(k+1), "NNP")) &&
			!(k > 0 && t.Glued() && lexer.IsDash(s.toks[k-1].Text)) {
			break
		}
		// "by forecasting UK growth": a gerund with its object.
		if s.tag(k) == "VBG" && k > 0 && s.is(k-1, "by") && strings.HasPrefix(s.tag(k+1), "NNP") {
			break
		}
		// "which has pushed circulation up": a participle after "has".
		if (s.tag(k) == "VBN" || s.tag(k) == "VBD") && k > 0 && lexicon.IsAuxiliary(s.word(k-1)) {
			break
		}
		// "of leading shares", "Indoor parking bays" but not "were paying
		// marginal tax rates", "firms making cars"
		if s.tag(k) == "VBG" && !(k > 0 && t.Glued() && lexer.IsDash(s.toks[k-1].Text)) {
			// "the IE using population": a name after a determiner.
			// "shows mining output drove": after a verb that is no
			// auxiliary, a gerund before a noun modifies it.
			// "After enjoying spectacular growth": a gerund after a
			// preposition that opens a clause is its verb.
			if k > 0 && lexicon.IsClauseConjunction(s.word(k-1)) || s.is(k-1, "after") || s.is(k-1, "before") {
				break
			}
			if b := s.tag(k - 1); k > 0 && b != "IN" && b != "DT" && b != "PRP$" && !strings.HasPrefix(b, "JJ") && !(b == "NNP" && (k == 1 || s.isDeterminer(k-2))) &&
				!((b == "VBZ" || b == "VBD" || b == "VBP") && !lexicon.IsAuxiliary(s.word(k-1)) && (s.tag(k+1) == "NN" || s.tag(k+1) == "NNS")) {
				break
			}
		}
		// Money is no modifier: "spend £4bn buying gifts".
		if s.skipped(k) {
			break
		}
		// A capitalised word after a lower-case head's modifiers is most
		// often the end of a name before it; stop at sentence start too.
		a = k
	}
	for a < p && s.toks[a].Kind == lexer.Punct {
		a++
	}
	// "3G mobile ownership": a number glued to the first word.
	if a > 0 && s.toks[a].Glued() && s.toks[a-1].Kind == lexer.Number {
		a--
	}
	return a
}

// ofChain extends a noun phrase over "of" and a second noun phrase: "the
// number of staff".
func (s *sentence) ofChain(a, b int) (int, int, bool) {
	if s.is(b, "of") {
		if _, b2, ok := s.npAfter(b+1, true); ok {
			return a, b2, true
		}
	}
	return a, b, true
}

// fronted reads "At 2.6%, inflation remains within target": a percentage
// opening the sentence after "at" gives its level to the subject of the
// clause after the comma ("At 34, Jones knows" is an age).
func (s *sentence) fronted(st *Stat) (int, int, bool) {
	if st.Kind != Percent || !s.is(0, "at") || !s.is(st.TokEnd, ",") || s.qualifierStart(st.TokStart) != 1 {
		return 0, 0, false
	}
	a, b, ok := s.npAfter(st.TokEnd+1, true)
	if !ok || b >= len(s.toks) || !strings.HasPrefix(s.tag(b), "VB") && s.tag(b) != "MD" {
		return 0, 0, false
	}
	return a, b, true
}

// backward finds the subject before the figure's verb: "enforced returns
// up by almost a fifth", "crossings—which topped 30,000", "turnout was
// 61%", "a turnout of 61%".
func (s *sentence) backward(st *Stat) (int, int, bool) {
	_, j := s.qualifierBefore(st.TokStart)
	trigger := j < st.TokStart && strings.HasPrefix(s.tag(j), "VB")
	p := j - 1
	// "support was equivalent to 30 times the amount": "equivalent to"
	// or "equal to" after a form of "be" reads as the "be" alone.
	if j > 3 && s.is(p, "to") && (s.is(p-1, "equivalent") || s.is(p-1, "equal")) && lexicon.IsBeForm(s.word(p-2)) {
		p -= 2
		j = p + 1
	}
	// "cut interest rates from their current 4.75%": past an owner and
	// an adjective after a preposition.
	if p > 2 && strings.HasPrefix(s.tag(p), "JJ") && s.tag(p-1) == "PRP$" && (s.is(p-2, "from") || s.is(p-2, "to") || s.is(p-2, "at")) {
		p -= 2
		j = p + 1
	}
	// "This outturn (of 0.7%)"
	if s.is(p, "of") && p > 1 && s.toks[p-1].Text == "(" {
		p--
		j--
		if isNoun(s.tag(p - 1)) {
			return s.npBefore(p - 1)
		}
	}
	// "A chunk of net users, 36%, carry out", "most people (75%)",
	// "consumer prices - at 2.4% - rose": a figure in apposition.
	if o := p; o > 0 && st.TokEnd < len(s.toks) {
		if s.is(o, "at") {
			o--
		}
		// "27 million, or 50%, of the UK": the "of" phrase after.
		if s.is(o, "or") && o > 1 && s.is(o-1, ",") && s.is(st.TokEnd, ",") && s.is(st.TokEnd+1, "of") {
			f := *st
			f.TokEnd++
			return s.forward(&f)
		}
		c := s.toks[st.TokEnd].Text
		if o > 0 && (s.toks[o].Text == "," && c == "," || s.toks[o].Text == "(" && c == ")" ||
			lexer.IsDash(s.toks[o].Text) && lexer.IsDash(c) && !s.toks[o].Glued()) && (isNoun(s.tag(o-1)) || s.tag(o-1) == "VBN" || s.tag(o-1) == "VBD") && !lexicon.IsPlaceNoun(s.word(o-1)) {
			if s.is(st.TokEnd+1, "of") {
				// "More than half (54%) of those asked": the "of" phrase
				// after the figure.
				f := *st
				f.TokEnd++
				return s.forward(&f)
			} else if a := s.amountBefore(o); a >= 0 && s.marks()[o-1]&inMoney != 0 {
				// "shares rose 15 cents - 1.1% - on Nasdaq": the same
				// change in other units; read on before the amount.
				p, j = a-1, a
			} else if s.toks[o].Text == "(" && lexicon.IsIndefinitePronoun(s.word(o-1)) {
				// "The French were the most likely to buy something
				// (48%)": not the pronoun, but what the sentence opens
				// with.
				return s.openingSubject(o)
			} else if s.toks[o].Text == "(" && s.tag(o-1) == "NNS" {
				// "the gadget for most people (75%)": a group in brackets
				// is the plural before them, without links.
				return s.npStart(o - 1), o, true
			} else {
				return s.npBefore(o - 1)
			}
		}
	}
	// "economic growth, which it forecast to be around 6.5%": the noun
	// before an object relative clause.
	if a, b, ok := s.objectRelative(p); ok {
		return a, b, true
	}
	afterAmount := false // read on before an amount in apposition
	// "growth of just 0.1%": an adverb after "of".
	// "a price rise of between 40% and 50%": a range's "between" too.
	if p > 1 && s.is(p-1, "of") && (s.tag(p) == "RB" || s.is(p, "between") && st.Low != nil) {
		p--
	}
	if s.is(p, "of") && st.Kind != Multiple {
		// "an increase of 300,000 in unemployment": the change noun is not
		// the subject; what follows "in" is.
		if _, cue := lexicon.ChangeAfter(s.word(st.TokEnd)); cue {
			// "a previous estimate of 0.1% growth"
			return 0, 0, false
		}
		if lexicon.IsThresholdNoun(s.word(p - 1)) {
			// "a nine-year low of 77,000" counts nothing itself, but
			// "unemployment rising to a seventy-year high of 5.2 million"
			// is of the verb's subject.
			k := s.npStart(p-1) - 1
			if s.isDeterminer(k) {
				k--
			}
			// "ratings slumped from a peak of seven million"
			if _, cue := lexicon.ChangeCue(s.word(k)); !(s.is(k, "to") || s.is(k, "at") || s.is(k, "from") || lexicon.IsLevelVerb(s.word(k)) || cue) {
				return 0, 0, false
			}
			p, j = k, k+1
		} else if lexicon.IsChangeNoun(s.word(p - 1)) {
			// "Reynolds showing gains of 4.5%": the noun before a
			// participle of recording.
			if p >= 3 && lexicon.IsRecordParticiple(s.word(p-2)) {
				if a, b, ok := s.npBefore(p - 3); ok {
					return a, b, true
				}
			}
			// "sales growth of 10%": the noun before the change noun; so is
			// a gerund after a modifier ("an average funding increase of
			// 6%").
			if p >= 2 && (isNoun(s.tag(p-2)) || p >= 3 && s.gerundModifier(p-2) && (strings.HasPrefix(s.tag(p-3), "JJ") || s.isDeterminer(p-3))) && s.toks[p-2].Kind == lexer.Word {
				a := s.npStart(p - 2)
				return a, p - 1, true
			}
			// "growth of 13.1% in the manufacturing sector": what grew
			// follows; "economic growth of 7.1%": growth is a measure
			// itself.
			if s.is(p-1, "growth") {
				if s.is(st.TokEnd, "in") && !strings.HasPrefix(s.tag(st.TokEnd+1), "NNP") {
					if a, b, ok := s.npAfter(st.TokEnd+1, true); ok && !lexicon.IsTimeUnit(s.word(b-1)) && !lexicon.IsMonth(s.word(b-1)) {
						return a, b, true
					}
				}
				return s.npBefore(p - 1)
			}
			if s.is(st.TokEnd, "in") && !strings.HasPrefix(s.tag(st.TokEnd+1), "NNP") {
				return s.npAfter(st.TokEnd+1, true)
			}
			// "taxation would rise to $14.3bn, a rise of over 40%": the
			// change of the clause before, read on before its amount.
			// "sold 2.4 million vehicles in 2004, an increase of 4%": of
			// the count; "crude closed at $40.15 on Thursday - a drop of
			// 5.1%": read on before the amount.
			if c := p - 3; p > 3 && (s.is(p-2, "a") || s.is(p-2, "an")) && (s.is(c, ",") || lexer.IsDash(s.toks[c].Text) && !s.toks[c].Glued()) {
				if k := s.timeAdjunct(c - 1); k > 0 {
					c = k
				} else if c > 2 && lexicon.IsTimeUnit(s.word(c-1)) && (s.is(c-2, "a") || s.is(c-2, "per")) {
					c -= 2 // "£8.2bn a year"
				}
				if a := s.amountBefore(c); a > 0 && s.marks()[c-1]&inMoney != 0 {
					p, j = a-1, a
					afterAmount = true
				} else if a > 0 {
					return s.npBefore(c - 1)
				}
			}
			if !afterAmount {
				return 0, 0, false
			}
		} else {
			// "the economy expanded at an annual rate of 3.7%", "inflation
			// has been hitting an annual rate of 1.6%", "it has gone up by
			// an average of 13.2%": a measure after "at", "by" or a verb
			// of level is of the verb's subject, read on before it (none
			// if there is none: "average" counts nothing).
			a, b, ok := s.npBefore(p - 1)
			k := a - 1
			if s.isDeterminer(k) {
				k--
			}
			_, cue := lexicon.ChangeCue(s.word(k))
			walk := s.is(k, "at") || s.is(k, "by") || lexicon.IsLevelVerb(s.word(k)) || cue
			// "Inflation could climb to 14% compared to a previous
			// estimate of 12%": an estimate is of what the figure before
			// measures.
			if ok && lexicon.IsEstimateNoun(s.word(b-1)) && !walk {
				return 0, 0, false
			}
			// "won by a majority of only 14": a majority of a number is
			// a margin, measured itself.
			if !ok || !lexicon.IsQuantityNoun(s.word(b-1)) || !walk || s.is(b-1, "majority") {
				return a, b, ok
			}
			p, j = k, k+1
		}
	}
	// "the number of people online has broken the 100 million mark": a
	// verb before a threshold is what the subject did.
	if s.is(p, "the") && lexicon.IsThresholdNoun(s.word(st.TokEnd)) {
		// "stayed at around the 95% mark": past a hedge and "at".
		if _, q := s.qualifierBefore(p); q < p && s.is(q-1, "at") {
			p = q - 1
		}
		// "will rise above the 25,000 mark"
		if s.is(p-1, "above") || s.is(p-1, "below") || s.is(p-1, "through") || s.is(p-1, "past") {
			p--
		}
		if strings.HasPrefix(s.tag(p-1), "VB") {
			p -= 2
			trigger = true
		}
	}
	afterBare := false   // past ", up" before the figure
	skippedTime := false // past a time ("edged up in January to 102.5")
	stateAt := -1        // the preposition of a state phrase passed ("on hold")
	participle := -1     // the comma before a participle clause passed ("having fallen")
	amountAt := -1       // the first token of an amount passed after ", up"
	for steps := 0; p >= 0 && steps < 7; steps++ {
		// "has grown more than expected, expanding at 3.8%"
		if p > 2 && (s.is(p, "expected") || s.is(p, "forecast")) && s.is(p-1, "than") {
			p -= 3
		}
		// "sink by a larger-than-forecast 8.8%"
		if c := s.compoundStart(p); p == j-1 && c < p && c > 1 && (s.is(c-1, "a") || s.is(c-1, "an")) {
			p = c - 2
		}
		t := s.toks[p]
		w := t.Text
		// A cue tagged as a noun is one only next to the figure ("but
		// fall to 3.3%"); further back it is the subject ("US growth
		// would reach 4.4%").
		// The word after, past quote marks: "Film production 'falls' 40%".
		next := p + 1
		for next < j && lexer.IsQuoteMark(s.toks[next].Text) {
			next++
		}
		// So is one inside a noun phrase ("pushed annual growth to 2.3%"),
		// and a level verb tagged as a noun ("the annual total up 35.4%").
		_, cue := lexicon.ChangeCue(w)
		level := lexicon.IsLevelVerb(w) || lexicon.IsLevelReportVerb(w)
		inNP := (cue || level) && isNoun(s.tag(p)) && p > 0 && (strings.HasPrefix(s.tag(p-1), "JJ") || s.isDeterminer(p-1) || possessive(s.word(p-1)) ||
			s.is(p, "growth") && isNoun(s.tag(p-1))) // "GDP growth at 2.9%"
		if cue && isNoun(s.tag(p)) && (!(next == j || s.is(next, "by") || s.is(next, "to") || s.is(next, "at") || s.is(next, "from")) || inNP) {
			cue = false
		}
		// "has kept growth above 9%", "put growth at 2%": a change noun
		// that is the object of a verb of level.
		if cue && isNoun(s.tag(p)) && p == j-1 && p > 0 && strings.HasPrefix(s.tag(p-1), "VB") && !lexicon.IsBeForm(s.word(p-1)) &&
			(lexicon.IsLevelVerb(s.word(p-1)) || lexicon.IsPushVerb(s.word(p-1))) && st.Qualifier != lexicon.Exact {
			return s.npBefore(p)
		}
		if inNP && s.is(p, "growth") {
			// "Singapore growth at 8.1%": growth heads the subject.
			trigger = true
			break
		} else if cue {
			trigger = true
		} else if level && !inNP {
			trigger = true
		} else if t.Kind == lexer.Word && lexicon.IsClosingVerb(w) && strings.HasPrefix(s.tag(p), "VB") && skippedTime && trigger && s.isDeterminer(p+1) {
			// "ended the day up 0.7%": past the verb the time is the
			// object of.
		} else if p == j-1 && t.Kind == lexer.Word && lexicon.IsClosingVerb(w) && strings.HasPrefix(s.tag(p), "VB") && (s.is(p-1, "to") || lexicon.IsComparative(s.word(st.TokEnd)) || s.is(st.TokEnd, "up") || s.is(st.TokEnd, "down")) {
			// "recovered slightly to close 12% down"
			trigger = true
		} else if trigger && t.Kind == lexer.Word && strings.HasPrefix(s.tag(p), "VB") && !lexicon.IsAuxiliary(w) && s.infinitiveOfChange(p) {
			// "shares recovered slightly to close", "sales managed to
			// rise": the verb an infinitive of change hangs on.
		} else if p == j-1 && t.Kind == lexer.Word && st.Kind == Percent && lexicon.IsHoldVerb(w) && strings.HasPrefix(s.tag(p), "VB") &&
			(st.TokEnd >= len(s.toks) || s.toks[st.TokEnd].Kind == lexer.Punct || s.is(st.TokEnd, "each") || s.is(st.TokEnd, "apiece")) {
			// "investors have about 1% each", "the family holds 30%."
			trigger = true
		} else if t.Kind == lexer.Word && s.is(p-1, ",") && lexicon.IsRecordParticiple(w) {
			// "did well, recording an 8% rise"
			trigger = true
		} else if lexer.EqualFold(w, "by") || lexer.EqualFold(w, "to") || lexer.EqualFold(w, "at") || lexer.EqualFold(w, "from") || lexer.EqualFold(w, "between") && p == j-1 ||
			lexicon.IsAuxiliary(w) && !(isNoun(s.tag(p)) && p > 0 && (s.isDeterminer(p-1) || s.tag(p-1) == "PRP$" || possessive(s.word(p-1)))) { // "cut its forecast by 2.5%": a noun
		} else if t.Kind == lexer.Punct && lexer.IsQuoteMark(w) {
		} else if t.Kind == lexer.Word && (s.is(p+1, "up") || s.is(p+1, "down") || s.is(p+1, "back")) && (p+2 == j || s.is(p+2, "by") || s.is(p+2, "to") || skippedTime) && strings.HasPrefix(s.tag(p), "VB") {
			// "scaled back to 4.0%": so is "back".
			// "readership has shot up by 58%", "the rate went up to 5.5%":
			// a verb and its particle.
			trigger = true
		} else if t.Kind == lexer.Word && (s.is(p+1, "at") || s.is(p+1, ",")) && (lexicon.IsLevelVerb(s.word(p-1)) || lexicon.IsAuxiliary(s.word(p-1))) &&
			!lexicon.IsTimesComparative(w) && strings.HasPrefix(s.tag(p), "JJ") {
			// "unemployment remains high at about 10%", "investment was
			// still high, up 21.3%": an adjective after a verb of being.
		} else if p > 1 && stateAt < 0 && t.Kind == lexer.Word && lexicon.IsStatePhrase(s.word(p-1), w) {
			// "rates will stay on hold at 4.75%", "left rates on hold
			// again at 4.75%": past the state phrase to the verb or its
			// object.
			p--
			stateAt = p
		} else if k := s.timeAdjunct(p); k >= 0 {
			// "inflation rose only slightly in November to 7.1%", "sales
			// last year rose 5%": skip a time.
			p = k
			skippedTime = true
		} else if t.Kind == lexer.Punct && s.closesInsertion(p) >= 0 {
			// "consumer spending - which drives two thirds of the
			// economy - grew", "Growth in output - the main target - was
			// 11.5%": skip the clause.
			p = s.closesInsertion(p)
		} else if t.Kind == lexer.Punct && (w == "," || lexer.IsDash(w) || w == "(") {
			// "crossings—which topped": punctuation only before a
			// relative pronoun, before a participle that carries the
			// change ("customers increased, rising to 5.1 million") or
			// before a bare change ("was still high, up 21.3%").
			_, cueAfter := lexicon.ChangeCue(s.word(p + 1))
			// "buying 104.76 yen, 0.5% stronger on the day": so is a
			// comparative after the figure.
			bare := w == "," && ((s.is(p+1, "up") || s.is(p+1, "down")) && p+2 == j || p+1 == j && st.Kind == Percent && lexicon.IsComparative(s.word(st.TokEnd)) && !s.is(st.TokEnd+1, "than"))
			// "unemployment remains high, currently close to 30%": an
			// adverb alone before the figure.
			adverb := w == "," && s.tag(p+1) == "RB" && p+2 == j && lexicon.IsTimeAdverb(s.word(p+1))
			record := w == "," && lexicon.IsRecordParticiple(s.word(p+1))
			// "the proportion is low, at one in 10": a level after an
			// adjective of being.
			adjAt := w == "," && s.is(p+1, "at") && p+2 == j && p > 1 && strings.HasPrefix(s.tag(p-1), "JJ") && (lexicon.IsLevelVerb(s.word(p-2)) || lexicon.IsAuxiliary(s.word(p-2)))
			// "rising inflation - reaching 0.7% in January -": a
			// participle of level in a dashed insertion.
			if lexer.IsDash(w) && !t.Glued() && p+2 <= j && strings.HasSuffix(s.lower(p+1), "ing") && lexicon.IsLevelVerb(s.word(p+1)) {
				record = true
			}
			if !(s.is(p+1, "which") || s.is(p+1, "that") || s.is(p+1, "who") || cueAfter && strings.HasSuffix(strings.ToLower(s.word(p+1)), "ing") || bare || record || adverb || adjAt ||
				w == "," && lexicon.IsAuxiliary(s.word(p+1)) && strings.HasPrefix(s.tag(p+1), "VB")) {
				break
			}
			// "total revenue was 10bn euros, up 8.1%", "imports will be
			// 110m tons, up 21%": the change is of what the amount before
			// the comma measures.
			if a := s.amountBefore(p); bare && a >= 0 {
				p = a
				amountAt = a
			}
			afterBare = bare
			if bare && !s.is(st.TokEnd-1, "up") && lexicon.IsComparative(s.word(st.TokEnd)) {
				trigger = true // "0.5% stronger on the day"
			}
			if w == "," && (s.is(p+1, "having") || cueAfter && strings.HasSuffix(strings.ToLower(s.word(p+1)), "ing") || record) {
				participle = p
			}
		} else if afterBare && p+1 == amountAt && t.Kind == lexer.Word && strings.HasPrefix(s.tag(p), "VB") && !lexicon.IsAuxiliary(w) {
			// "The dollar was buying 104.76 yen, 0.5% stronger": the verb
			// of the amount.
		} else if f := s.figureBefore(p + 1); afterBare && f >= 0 {
			// "spending grew at 4.6% in the third quarter, up from 1.6%":
			// past the figure of the clause before.
			p = f
		} else if lexer.EqualFold(w, "or") && p > 1 && s.toks[p-1].Text == "," && s.amountBefore(p-1) >= 0 {
			// "shares closed up 64 pence, or 6%": the same change in
			// other units.
			p = s.amountBefore(p - 1)
		} else if lexer.EqualFold(w, "or") && p > 0 && (s.marks()[p-1]&inMoney != 0 || (st.Kind == Percent || st.Kind == PercentagePoints) && s.amountBefore(p) >= 0 && s.toks[s.amountBefore(p)].Kind == lexer.Number) {
			// "the share price rose 4p or nearly 1%"; "the rate is 4.8
			// million people or 11.7%": the same level as a share.
			p = s.amountBefore(p)
		} else if s.marks()[p]&inMoney != 0 && s.is(p+1, "to") && s.is(s.amountBefore(p+1)-1, "from") {
			// "contributions had increased from £5.5bn to £8.2bn":
			// past the amount changed from.
			p = s.amountBefore(p+1) - 1
		} else if p >= j-2 && (lexer.EqualFold(w, "a") || lexer.EqualFold(w, "an") || p == j-1 && t.Kind == lexer.Word && (s.is(p-1, "a") || s.is(p-1, "an"))) {
			// "expanded by a breakneck 9.5%"
		} else if p == j-1 && t.Kind == lexer.Word && s.tag(p-1) == "RB" && (s.is(p-2, "a") || s.is(p-2, "an")) {
			// "rose a seasonally adjusted 0.5%"
			p -= 2
		} else if (s.is(p, "both") || s.is(p, "all") || s.is(p, "each")) && strings.HasPrefix(s.tag(p+1), "VB") {
			// "Shares in A and B - the two biggest reinsurers - both fell"

		} else if s.tag(p) == "RB" && !lexer.EqualFold(w, "not") && !lexicon.IsThresholdNoun(w) ||
			(s.tag(p) == "RBR" || s.tag(p) == "JJR") && p == j-2 && s.is(p+1, "by") && (strings.HasPrefix(s.tag(p-1), "VB") || s.tag(p-1) == "RB" && strings.HasPrefix(s.tag(p-2), "VB")) {
			// "imports rose even faster by 16.3%": an adverb of degree
			// between the verb and "by".
		} else if st.Kind == Multiple && p == st.TokStart-1 && strings.HasPrefix(s.tag(p), "VB") {
		} else if st.Kind == Percent && p == j-1 && strings.HasPrefix(s.tag(p), "VB") && !lexicon.IsAuxiliary(w) && lexicon.IsComparative(s.word(st.TokEnd)) {
			// "bays can cost up to 250% more than": a verb and a
			// comparative after the figure.
			trigger = true
		} else {
			break
		}
		p--
	}
	if st.Kind == Multiple {
		trigger = true
	}
	// "same store sales 5% higher": a comparative after the figure.
	switch strings.ToLower(s.word(st.TokEnd)) {
	case "higher", "lower", "up", "down":
		if p == j-1 {
			trigger = true
		}
	}
	// "reduce its workforce by between 7,000 and 8,000", "putting the
	// attendance there at 200,000".
	if !trigger && p >= 0 && p+1 < j && s.tag(p) == "RB" && isNoun(s.tag(p-1)) {
		p--
	}
	if !trigger && p >= 0 && s.is(p+2, "between") && p+3 == j && (s.is(p+1, "by") || s.is(p+1, "to") || s.is(p+1, "at")) {
		j--
	}
	if !trigger && p >= 0 && p+2 < j && s.tag(p+1) == "RB" {
		p++
	}
	object := false // the subject is the object of a verb just before
	prep := p + 1
	// to increase productivity "by nearly 30%": past a quote mark.
	if prep < j && lexer.IsQuoteMark(s.toks[prep].Text) {
		prep++
	}
	if stateAt >= 0 && stateAt == p+1 {
		prep = j - 1 // "left rates on hold at 4.75%"
	}
	// "extended his winning streak to a career-best 24": past "a" and an
	// adjective.
	next := prep + 1
	if next < j && lexer.IsQuoteMark(s.toks[next].Text) {
		next++ // cut it by "approximately 2.5%"
	}
	if (s.is(next, "a") || s.is(next, "an")) && next+1 < j && (s.compoundStart(j-1) == next+1 || next+2 == j && strings.HasPrefix(s.tag(next+1), "JJ")) {
		next = j
	}
	if !trigger && p >= 0 && prep < j && (s.is(prep, "to") || s.is(prep, "by") || s.is(prep, "at") || s.is(prep, "from")) && next == j {
		// "took his goal tally to 13", "trimmed its workforce by 200,000",
		// "may increase interest rates from 4.75%": the object of a verb,
		// just before "to", "by" or (after a change verb) "from".
		from := s.is(prep, "from")
		if s.tag(p) == "RB" {
			p--
		}
		// After the figure, no noun it could count: "by 20% and trimmed",
		// "by 0.3 points each year".
		if a, _, ok := s.npBefore(p); ok && (st.TokEnd >= len(s.toks) || s.toks[st.TokEnd].Kind != lexer.Word || s.tag(st.TokEnd) == "IN" || s.tag(st.TokEnd) == "TO" || s.tag(st.TokEnd) == "VBN" || s.tag(st.TokEnd) == "RB" || s.tag(st.TokEnd) == "MD" ||
			s.tag(st.TokEnd) == "CC" && !s.is(prep, "at") || s.tag(st.TokEnd) == "DT" && lexicon.IsTimeUnit(s.word(st.TokEnd+1)) ||
			s.is(st.TokEnd, "or") && (s.is(st.TokEnd+1, "more") || s.is(st.TokEnd+1, "less"))) { // "by 100% or more"
			q := a - 1
			// "boost its 2004 dividend payment by 27%"
			if q > 0 && s.toks[q].Kind == lexer.Number {
				q--
			}
			if q >= 0 && (s.isDeterminer(q) || possessive(s.word(q))) {
				q--
			}
			// "production is outstripping demand by 30%": the subject of a
			// verb of comparison, not its object.
			if q > 0 && lexicon.IsComparisonVerb(s.word(q)) {
				r := q - 1
				for r > 0 && (lexicon.IsAuxiliary(s.word(r)) || s.tag(r) == "RB") && s.toks[r].Kind == lexer.Word {
					r--
				}
				if a, b, ok := s.npBefore(r); ok {
					return a, b, true
				}
				return 0, 0, false
			}
			// "to boost police numbers by 10,000": a change verb, whatever
			// its tag.
			if _, cue := lexicon.ChangeCue(s.word(q)); q >= 0 && (strings.HasPrefix(s.tag(q), "VB") && !from || cue) {
				trigger = true
				object = true
			}
			// "the fall in the employment index to 48.3"
			if (s.is(q, "in") || s.is(q, "of")) && lexicon.IsChangeNoun(s.word(q-1)) {
				trigger = true
			}
		}
	}
	// "lifted interest rates 0.25% to 5.5%": the object of a change verb
	// straight before a percentage.
	if !trigger && p >= 1 && p+1 == j && (st.Kind == Percent || st.Kind == PercentagePoints) && s.toks[p].Kind == lexer.Word && isNoun(s.tag(p)) &&
		(st.TokEnd >= len(s.toks) || s.toks[st.TokEnd].Kind == lexer.Punct || s.tag(st.TokEnd) == "IN" || s.tag(st.TokEnd) == "TO" || s.tag(st.TokEnd) == "CC" || lexicon.IsTimeDeictic(s.word(st.TokEnd))) {
		if a, _, ok := s.npBefore(p); ok {
			q := a - 1
			if q >= 0 && (s.isDeterminer(q) || possessive(s.word(q))) {
				q--
			}
			// "has kept growth above 9%": a verb of level with a bound.
			_, cue := lexicon.ChangeCue(s.word(q))
			if q >= 0 && strings.HasPrefix(s.tag(q), "VB") && (cue || st.Qualifier != lexicon.Exact && (lexicon.IsLevelVerb(s.word(q)) || lexicon.IsPushVerb(s.word(q)))) {
				trigger = true
				object = true
			}
		}
	}
	if trigger {
		// "urged an increase to 1.26%": a change is no subject; growth,
		// a measure, is one.
		if _, cue := lexicon.ChangeCue(s.word(p)); cue && isNoun(s.tag(p)) && !s.is(p, "growth") && (p+1 == j || p+2 == j && (s.is(p+1, "to") || s.is(p+1, "by"))) {
			return 0, 0, false
		}
		// "Mining output drove the increase, surging 2.1%": a change noun
		// before a participle clause is no subject; the clause's is.
		if participle > 0 && lexicon.IsChangeNoun(s.word(p)) {
			if a, b, ok := s.openingSubject(participle); ok {
				return a, b, true
			}
			// "A closer look shows mining output drove the increase,
			// surging 2.1%": else the subject of the verb that took the
			// change noun.
			v := s.npStart(p) - 1
			if v > 0 && s.isDeterminer(v) {
				v--
			}
			if v > 0 && strings.HasPrefix(s.tag(v), "VB") && !lexicon.IsAuxiliary(s.word(v)) {
				if a, b, ok := s.npBefore(v - 1); ok && b == v && isNoun(s.tag(b-1)) {
					return a, b, true
				}
			}
		}
		// "Yukos shares jumped in Moscow, climbing as much as 50%": nor is
		// a place after a preposition.
		if participle > 0 && strings.HasPrefix(s.tag(p), "NNP") {
			if a, _, ok := s.npBefore(p); ok && a > 0 && (s.is(a-1, "in") || s.is(a-1, "on") || s.is(a-1, "at")) {
				if a, b, ok := s.openingSubject(participle); ok {
					return a, b, true
				}
			}
		}
		// "Shares in the firm that built the bridge fell 4%": what the
		// relative clause is about, not its object.
		if r := s.relativeBefore(p); r > 0 && !object {
			if a, b, ok := s.npBefore(r - 1); ok {
				return a, b, true
			}
		}
		if a, b, ok := s.npBefore(p); ok {
			return a, b, true
		}
		// "dropped to 94.7% and by October stood at 92.9%": the subject
		// of a verb after "and" is left out.
		// So is one after "but" before the verb ("fell 0.6%, but were up
		// 1.6%").
		if s.is(p, "it") || s.is(p, "they") || s.is(p, "and") || (s.is(p, "but") || s.is(p, "this")) && (strings.HasPrefix(s.tag(p+1), "VB") || s.tag(p+1) == "MD") {
			st.pronoun = true
		}
	}
	// "Its shares were suspended on Tuesday, having fallen by 10%": a
	// participle clause is of the noun phrase the sentence opens with.
	if participle > 0 && !st.pronoun {
		if a, b, ok := s.openingSubject(participle); ok {
			return a, b, true
		}
	}
	return 0, 0, false
}

// objectRelative reads a figure at the end of a relative clause whose
// subject is not what the figure measures: "growth, which it forecast to
// be 6.5%", "sales, which analysts expect to reach 5 million" (a verb of
// expectation and "to"), "margins were 14.1%, which it said could reach
// 14.8%" (a verb of saying and a modal), "services, of which there are now
// 230". toks[p] ends the clause before the figure; the subject of the
// figure is the noun phrase before "which".
func (s *sentence) objectRelative(p int) (int, int, bool) {
	k := p
	for k > 0 && s.tag(k) == "RB" && s.toks[k].Kind == lexer.Word {
		k-- // "of which there are now 230"
	}
	// "of which there are estimated to be up to 15,000": past "estimated
	// to be".
	if k > 6 && s.is(k, "be") && s.is(k-1, "to") && lexicon.IsAuxiliary(s.word(k-2)) && s.tag(k-2) == "VBN" {
		k -= 3
	}
	// "of which there are 27", "of whom there were 40"
	if k > 3 && lexicon.IsBeForm(s.word(k)) && s.is(k-1, "there") && (s.is(k-2, "which") || s.is(k-2, "whom")) && s.is(k-3, "of") {
		c := k - 4
		if s.is(c, ",") || c >= 0 && lexer.IsDash(s.toks[c].Text) && !s.toks[c].Glued() {
			c--
		}
		a, b, ok := s.npBefore(c)
		// "the number of sham marriages, of which there are": the things
		// themselves.
		if ok && lexicon.IsQuantityNoun(s.word(a)) && s.is(a+1, "of") && a+2 < b {
			a += 2
			for a < b-1 && s.isDeterminer(a) {
				a++
			}
		}
		return a, b, ok
	}
	k = p
	if s.is(k, "to") || s.is(k, "by") || s.is(k, "at") {
		k--
	}
	if k < 5 || !strings.HasPrefix(s.tag(k), "VB") {
		return 0, 0, false
	}
	switch {
	case s.is(k-1, "to") && lexicon.IsExpectationVerb(s.word(k-2)):
		k -= 2
	case k > 2 && s.tag(k-2) == "RB" && s.is(k-1, "to") && lexicon.IsExpectationVerb(s.word(k-3)):
		k -= 3 // "which it expects soon to reach"
	case (s.tag(k-1) == "MD" || lexicon.IsAuxiliary(s.word(k-1))) && isCue(s.word(k-2)):
		k -= 2 // "which it said could reach"
	default:
		return 0, 0, false
	}
	if s.tag(k-1) == "RB" {
		k-- // "which it now expects"
	}
	k--
	r := -1
	for n := 0; n < 3 && k > 0 && s.toks[k].Kind == lexer.Word; n++ {
		if s.is(k-1, "which") || s.is(k-1, "that") {
			r = k - 1
			break
		}
		k--
	}
	if r < 1 || !(s.tag(r+1) == "PRP" || isNoun(s.tag(r+1)) || s.isDeterminer(r+1)) {
		return 0, 0, false
	}
	c := r - 1
	if s.is(c, ",") {
		c--
	}
	// "margins were 14.1%, which it said": the subject of the figure
	// before.
	if x := s.figureBefore(c + 1); x >= 0 {
		f := Stat{Kind: Count, TokStart: c, TokEnd: c + 1}
		if s.toks[c].Kind != lexer.Number {
			f.Kind, f.TokStart = Percent, c-1
		}
		return s.backward(&f)
	}
	return s.npBefore(c)
}

// relativeBefore returns, when toks[p] ends a relative clause opened
// without a comma after a noun ("the amount of data that can be stored
// has grown", "the machine which will be finished next year will be"),
// the index of its relative pronoun; otherwise -1. The clause holds words
// only, a verb among them, and is at most eight tokens long.
func (s *sentence) relativeBefore(p int) int {
	groups := 0 // runs of verbs: one, the relative clause's own
	verbal := func(i int) bool { return strings.HasPrefix(s.tag(i), "VB") || s.tag(i) == "MD" }
	for r := p; r > 0 && r > p-8; r-- {
		if s.toks[r].Kind != lexer.Word {
			return -1
		}
		if (s.is(r, "that") || s.is(r, "which") || s.is(r, "who")) && r < p {
			if groups == 1 && isNoun(s.tag(r-1)) {
				return r
			}
			return -1
		}
		if verbal(r) {
			// "figures that show sales rose": a report's clause, not a
			// relative one.
			if _, say := lexicon.CueVerb(s.word(r)); say || lexicon.IsShowVerb(s.word(r)) {
				return -1
			}
			if !verbal(r+1) || r == p {
				groups++
			}
		}
	}
	return -1
}

// amountBefore returns, when an amount of money or a count and its unit
// ends just before toks[c] ("10bn euros", "110m tons"), the index of its
// first token; otherwise -1.
func (s *sentence) amountBefore(c int) int {
	p := c - 1
	// "$55.5bn (£29bn)": the amount in another currency.
	if p > 1 && s.toks[p].Text == ")" && s.marks()[p-1]&inMoney != 0 {
		for p > 0 && s.toks[p].Text != "(" && p > c-8 {
			p--
		}
		p--
	}
	if p < 0 {
		return -1
	}
	if s.marks()[p]&inMoney != 0 {
		for p > 0 && s.marks()[p-1]&inMoney != 0 {
			p--
		}
		return p
	}
	a, _, ok := s.npBefore(p)
	if !ok {
		return -1
	}
	for a > 0 && (s.toks[a-1].Kind == lexer.Number || s.tag(a-1) == "CD") {
		a--
	}
	if s.toks[a].Kind == lexer.Number || s.tag(a) == "CD" {
		return a
	}
	return -1
}

// compoundStart returns the index of the first word of the hyphenated
// compound that ends at toks[p] ("larger-than-forecast"), or p.
func (s *sentence) compoundStart(p int) int {
	c := p
	for c > 1 && s.toks[c].Glued() && lexer.IsDash(s.toks[c-1].Text) && s.toks[c-1].Glued() && s.toks[c-2].Kind == lexer.Word && c > p-8 {
		c -= 2
	}
	return c
}

// amountIn reports whether toks[a:b] hold an amount of change: a number
// phrase the number grammar reads ("0.25", "a quarter") or a point ("a
// quarter percentage point").
func (s *sentence) amountIn(a, b int) bool {
	for k := a; k < b && k < len(s.toks); k++ {
		if _, ok := numparse.Parse(s.toks, k); ok || s.is(k, "point") || s.is(k, "points") {
			return true
		}
	}
	return false
}

// figureBefore returns, when a number and its percent sign or word end
// just before toks[c] ("4.6%", "14 percent"), the index of the number, past
// its qualifier; otherwise -1.
func (s *sentence) figureBefore(c int) int {
	p := c - 1
	if p > 0 && (s.toks[p].Text == "%" || lexicon.IsPercentWord(s.toks[p].Text)) {
		p--
	}
	if p < 0 || s.toks[p].Kind != lexer.Number {
		return -1
	}
	_, q := s.qualifierBefore(p)
	return q
}

// quotedModifier reports whether the quote mark at toks[k] opens or
// closes a short quoted run of words inside a noun phrase, one that a noun
// follows: "leisure" robots, "new orders" index.
func (s *sentence) quotedModifier(k int) bool {
	if s.toks[k+1].Glued() && !s.toks[k].Glued() {
		// Opening: the closing mark within four words, a noun after it.
		for e := k + 2; e < len(s.toks) && e <= k+5; e++ {
			if lexer.IsQuoteMark(s.toks[e].Text) {
				return e+1 < len(s.toks) && s.toks[e].Glued() && s.toks[e+1].Kind == lexer.Word && isNoun(s.tag(e+1))
			}
			if s.toks[e].Kind != lexer.Word {
				return false
			}
		}
		return false
	}
	// Closing: glued to the word before, a noun after.
	return s.toks[k].Glued() && !s.toks[k+1].Glued() && isNoun(s.tag(k+1))
}

// startsLower reports whether w starts with a lower-case letter.
func startsLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// negativeVerb reports a verb with "n't": "weren't", "don't".
func negativeVerb(w string) bool {
	return strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t")
}

// possessive reports a word with a possessive ending: "group's".
func possessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'")
}

// closesInsertion returns, when toks[p] closes an insertion between the
// subject and its verb, the index of the mark that opens it; otherwise -1.
// An insertion is anything in brackets ("Gross domestic product (GDP)
// rose") or between spaced dashes ("Growth in output - the main target of
// policy - was 11.5%"), and between commas a relative clause ("spending,
// which drives two thirds of the economy, grew").
func (s *sentence) closesInsertion(p int) int {
	mark := s.toks[p].Text
	dash := lexer.IsDash(mark)
	if !(mark == ")" || mark == "," || dash && !s.toks[p].Glued()) {
		return -1
	}
	for k := p - 1; k >= 0 && k > p-25; k-- {
		t := s.toks[k].Text
		var opens bool
		switch {
		case mark == ")":
			if t == ")" {
				return -1
			}
			opens = t == "("
		case dash:
			opens = lexer.IsDash(t) && !s.toks[k].Glued()
		default:
			opens = t == ","
		}
		if !opens {
			continue
		}
		if k == p-1 {
			return -1
		}
		// Between commas: a relative clause, a participle's ("index,
		// measuring the cost of inputs, eased") or an apposition after a
		// name ("Shares in Acme, the company founded by X, fell").
		if mark != "," || s.is(k+1, "which") || s.is(k+1, "who") || s.is(k+1, "that") || k+2 == p && s.tag(k+1) == "RB" ||
			s.toks[k+1].Kind == lexer.Word && (s.tag(k+1) == "VBG" || s.tag(k+1) == "VBN") && isNoun(s.tag(k-1)) ||
			(s.isDeterminer(k+1) || possessive(s.word(k+1))) && isNoun(s.tag(k-1)) && s.clauseStart(k-1) {
			return k
		}
		return -1
	}
	return -1
}

// clauseStart reports whether the noun phrase ending at toks[p] opens its
// clause rather than ending a prepositional phrase ("According to the firm
// Technorati, the blogosphere has doubled").
func (s *sentence) clauseStart(p int) bool {
	a, _, ok := s.npBefore(p)
	if !ok {
		return false
	}
	if a > 0 && s.isDeterminer(a-1) {
		a--
	}
	if lexicon.IsClauseConjunction(s.word(a - 1)) {
		return true // a conjunction the tagger reads as a preposition
	}
	return a == 0 || s.tag(a-1) != "IN" && s.tag(a-1) != "TO"
}

// timeAdjunct returns, when toks[p] ends a phrase of time that may stand
// between a subject, its verb and the figure ("in November", "in 2004",
// "last year", "on Tuesday"), the index of the phrase's first token;
// otherwise -1.
func (s *sentence) timeAdjunct(p int) int {
	if p < 0 || p >= len(s.toks) {
		return -1
	}
	t := s.toks[p]
	// "year-on-year", "month-on-month"
	if p >= 4 && t.Glued() && lexicon.IsTimeUnit(t.Text) && lexer.IsDash(s.toks[p-1].Text) && s.is(p-2, "on") && lexer.IsDash(s.toks[p-3].Text) && lexicon.IsTimeUnit(s.word(p-4)) && s.toks[p-2].Glued() {
		return p - 4
	}
	year := t.Kind == lexer.Number && len(t.Text) == 4 && (strings.HasPrefix(t.Text, "19") || strings.HasPrefix(t.Text, "20"))
	if !year && (t.Kind != lexer.Word || !(lexicon.IsMonth(t.Text) || lexicon.IsWeekday(t.Text) || lexicon.IsTimeUnit(t.Text))) {
		return -1
	}
	k := p - 1
	// "the previous month", "last year", "the third quarter", "over 12
	// months"
	for m := 0; m < 3 && k >= 0 && (s.toks[k].Kind == lexer.Word && (strings.HasPrefix(s.tag(k), "JJ") || !year && s.tag(k) == "CD") || !year && s.toks[k].Kind == lexer.Number); m++ {
		k--
	}
	if k >= 0 && s.isDeterminer(k) {
		k--
	}
	// "in December 2004"
	if year && k >= 0 && lexicon.IsMonth(s.word(k)) {
		k--
	}
	// "during the last three months of 2004", "in the first quarter of
	// this year": a period of a year.
	if k > 0 && s.is(k, "of") && lexicon.IsTimeUnit(s.word(k-1)) {
		if j := s.timeAdjunct(k - 1); j >= 0 {
			return j
		}
	}
	// "between October and December"
	if k > 1 && s.is(k, "and") && s.is(k-2, "between") && (lexicon.IsMonth(s.word(k-1)) || s.toks[k-1].Kind == lexer.Number) {
		return k - 2
	}
	// "by the end of October", "for the whole of 2004", "in the first
	// half of the year"
	if k > 1 && s.is(k, "of") && lexicon.IsPeriodPart(s.word(k-1)) {
		k -= 2
		if k >= 0 && (strings.HasPrefix(s.tag(k), "JJ") || lexicon.IsTimeDeictic(s.word(k))) && !s.isDeterminer(k) {
			k--
		}
		if s.isDeterminer(k) {
			k--
		}
		if s.is(k, "by") || s.is(k, "at") || s.is(k, "to") || s.is(k, "for") || s.is(k, "in") || s.is(k, "during") || s.is(k, "over") || s.is(k, "throughout") {
			return k
		}
		return -1
	}
	switch {
	case k >= 0 && k+1 < p && s.isDeterminer(k+1) && lexicon.IsClosingVerb(s.word(k)) && !year:
		// "ended the day up 0.7%": the time a closing verb takes.
		return k + 1
	case k >= 0 && (s.is(k, "in") || s.is(k, "on") || s.is(k, "during") || s.is(k, "since") || s.is(k, "over") || s.is(k, "for") ||
		s.is(k, "ending") || s.is(k, "to") || s.is(k, "until")):
		// "the six months ending 31 December", "the year to March"
		if k > 0 && (s.is(k, "ending") || s.is(k, "to") || s.is(k, "until")) {
			if j := s.timeAdjunct(k - 1); j >= 0 {
				return j
			}
		}
		return k
	case k+1 < p && lexicon.IsTimeDeictic(s.word(k+1)):
		return k + 1
	case lexicon.IsWeekday(t.Text) && k == p-1 && !year:
		return p
	}
	return -1
}

// isCue reports a reporting verb ("says", "claims").
func isCue(w string) bool {
	_, ok := lexicon.CueVerb(w)
	return ok
}

// punctBetween reports punctuation among toks[a:b].
func (s *sentence) punctBetween(a, b int) bool {
	for k := a; k < b && k < len(s.toks); k++ {
		if s.toks[k].Kind == lexer.Punct {
			return true
		}
	}
	return false
}

// verbMultiple reports whether a multiple is a verb with an object
// ("doubled the level", "to double the amount"), not "twice" or "three
// times", which the tagger may take for a verb.
func (s *sentence) verbMultiple(st *Stat) bool {
	t := s.tag(st.TokStart)
	if !strings.HasPrefix(t, "VB") || s.is(st.TokStart, "twice") || s.is(st.TokEnd-1, "times") {
		return false
	}
	return t != "VB" || s.is(st.TokStart-1, "to") || lexicon.IsModal(s.word(st.TokStart-1))
}

// amountSpent reads an amount of money after "of" and its determiner with
// the participle phrase that says what it is: "the £1.34bn spent on
// games". The phrase is the money, the participle, a preposition and a
// noun phrase.
func (s *sentence) amountSpent(k int) (int, int, bool) {
	if s.isDeterminer(k) {
		k++
	}
	if k >= len(s.toks) || s.marks()[k]&startMoney == 0 {
		return 0, 0, false
	}
	a := k
	for k < len(s.toks) && k < a+6 && s.marks()[k]&inMoney != 0 {
		k++
	}
	if k+1 >= len(s.toks) || s.tag(k) != "VBN" || s.tag(k+1) != "IN" || s.is(k+1, "by") {
		return 0, 0, false
	}
	if _, b, ok := s.npAfter(k+2, true); ok {
		return a, b, true
	}
	return 0, 0, false
}

package stats

import (
	"strings"

	"github.com/newsclaims/claims/extract/internal/lexer"
	"github.com/newsclaims/claims/extract/internal/lexicon"
)

// change finds the movement a figure states: a cue before it ("up 14
// percent", "rose by a fifth", "a rise of 5%") or after it ("a 14% rise",
// "5% lower").
func (s *sentence) change(st Stat) *Change {
	_, j := s.qualifierBefore(st.TokStart)
	if s.is(j-1, "between") {
		j--
	}
	// "cutting production by another 10,000 vehicles"
	if (s.is(j-1, "another") || s.is(j-1, "further") || s.is(j-1, "extra")) && (s.is(j-2, "by") || s.is(j-3, "by") && (s.is(j-2, "a") || s.is(j-2, "an"))) {
		j--
		if !s.is(j-1, "by") {
			j--
		}
	}
	p := j - 1
	if s.is(p, "by") || s.is(p, "to") || s.is(p, "at") {
		p--
	}
	if p >= 0 && s.tag(p) == "RB" && !s.is(p, "up") && !s.is(p, "down") {
		p--
	}
	// "expanded by a breakneck 9.5%"
	if p == j-1 && s.word(p) != "" && (s.is(p-1, "a") || s.is(p-1, "an")) && (s.is(p-2, "by") || s.is(p-2, "to")) {
		p -= 2
		if s.is(p, "by") || s.is(p, "to") {
			p--
		}
	}
	if d, ok := lexicon.ChangeCue(s.word(p)); ok && s.cueIsVerb(p) {
		return s.cue(p, d)
	}
	if s.is(p, "of") && lexicon.IsChangeNoun(s.word(p-1)) {
		d, _ := lexicon.ChangeCue(s.word(p - 1))
		return s.cue(p-1, d)
	}
	if d, ok := lexicon.ChangeAfter(s.word(st.TokEnd)); ok && st.Kind != Count {
		return s.cue(st.TokEnd, d)
	}
	// "a 32% pay cut": the cue ends the noun phrase after a percentage.
	if st.Kind == Percent {
		for k := st.TokEnd; k < len(s.toks) && k < st.TokEnd+3 && s.toks[k].Kind == lexer.Word; k++ {
			if d, ok := lexicon.ChangeAfter(s.word(k)); ok && isNoun(s.tag(k)) {
				return s.cue(k, d)
			}
			if !isModifier(s.tag(k)) {
				break
			}
		}
	}
	// "trimmed its workforce by 200,000": a cue verb before the object.
	if s.is(j-1, "by") && j > 2 && isNoun(s.tag(j-2)) {
		q := s.npStart(j-2) - 1
		if q >= 0 && (s.isDeterminer(q) || possessive(s.word(q))) {
			q--
		}
		if d, ok := lexicon.ChangeCue(s.word(q)); ok && strings.HasPrefix(s.tag(q), "VB") {
			return s.cue(q, d)
		}
	}
	if d, ok := lexicon.ChangeAfter(s.word(st.TokEnd)); ok && st.Kind == Count && (s.is(st.TokEnd+1, "in") || s.is(st.TokEnd+1, "on")) {
		return s.cue(st.TokEnd, d)
	}
	return nil
}

// cueIsVerb rules out "up" and "down" as a verb's particle ("set up 20
// firms", "turned down 3 offers") or the end of a hyphenated compound
// ("were runners-up four times", "the build-up", "a climb-down"),
// keeping "returns being up 14 percent".
func (s *sentence) cueIsVerb(p int) bool {
	if !s.is(p, "up") && !s.is(p, "down") {
		return true
	}
	if p == 0 {
		return true
	}
	if p > 1 && s.toks[p].Glued() && lexer.IsDash(s.toks[p-1].Text) && s.toks[p-1].Glued() && s.toks[p-2].Kind == lexer.Word {
		return false
	}
	tag := s.tag(p - 1)
	return !strings.HasPrefix(tag, "VB") || lexicon.IsAuxiliary(s.word(p-1)) || lexicon.IsLevelReportVerb(s.word(p-1))
}

func (s *sentence) cue(p int, dir string) *Change {
	t := s.toks[p]
	return &Change{Direction: dir, Cue: t.Text, CueStart: t.Start, CueEnd: t.End, From: -1}
}

// fromTo links "from X to Y": Y's change points at X, with the direction
// the two values give and the verb before "from" as its cue.
func (s *sentence) fromTo(out []Stat) {
	for i := 0; i+1 < len(out); i++ {
		a, b := out[i], &out[i+1]
		_, qa := s.qualifierBefore(a.TokStart)
		_, qb := s.qualifierBefore(b.TokStart)
		if qb-1-a.TokEnd > 6 || qb-1 < a.TokEnd {
			continue
		}
		if s.is(qa-1, "to") && s.is(qb-1, "from") && a.Kind == b.Kind {
			// "climbed to 110 in January from 108": the first is the new
			// level.
			dir := lexicon.Up
			if a.Value.LessThan(b.Value) {
				dir = lexicon.Down
			}
			cueTok := qa - 1
			if _, ok := lexicon.ChangeCue(s.word(qa - 2)); ok {
				cueTok = qa - 2
			}
			c := s.cue(cueTok, dir)
			c.From = i + 1
			out[i].Change = c
			continue
		}
		if !s.is(qa-1, "from") || !s.is(qb-1, "to") {
			continue
		}
		if a.Kind != b.Kind && !(a.Kind == Count && b.Kind == Percent) {
			continue
		}
		dir := lexicon.Up
		if b.Value.LessThan(a.Value) {
			dir = lexicon.Down
		}
		cueTok := qa - 1
		if d, ok := lexicon.ChangeCue(s.word(qa - 2)); ok && d != "" {
			cueTok = qa - 2
		}
		c := s.cue(cueTok, dir)
		c.From = i
		b.Change = c
		// Both ends count the same thing: "membership fell from 20,000 to
		// 15,000", "from 20 to 30 people".
		if out[i].Subject == "" && b.Subject == "" {
			// "increase the number of users from 95 million to 200
			// million": the noun phrase before "from".
			p := qa - 2
			if _, cue := lexicon.ChangeCue(s.word(p)); cue {
				p--
			}
			// "revised down the jobs gains in December, from 157,000 to
			// 133,000": past a comma and a time.
			if s.is(p, ",") {
				p--
			}
			if k := s.timeAdjunct(p); k > 0 {
				p = k - 1
			}
			// "showed a decline from 785 to 708": a change is not counted.
			if x, y, ok := s.npBefore(p); ok && !(y == x+1 && lexicon.IsChangeNoun(s.toks[x].Text)) {
				out[i].SubjectStart, out[i].SubjectEnd = s.toks[x].Start, s.toks[y-1].End
				out[i].Subject = s.text[out[i].SubjectStart:out[i].SubjectEnd]
			} else if x, y, ok := s.backward(&out[i]); ok {
				out[i].SubjectStart, out[i].SubjectEnd = s.toks[x].Start, s.toks[y-1].End
				out[i].Subject = s.text[out[i].SubjectStart:out[i].SubjectEnd]
			}
		}
		if b.Subject == "" {
			b.Subject, b.SubjectStart, b.SubjectEnd = out[i].Subject, out[i].SubjectStart, out[i].SubjectEnd
		} else if out[i].Subject == "" {
			out[i].Subject, out[i].SubjectStart, out[i].SubjectEnd = b.Subject, b.SubjectStart, b.SubjectEnd
		}
		// a's own "change" is the same movement; it keeps none.
		if out[i].Change != nil && out[i].Change.CueStart == c.CueStart {
			out[i].Change = nil
		}
	}
}

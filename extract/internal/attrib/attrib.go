// Package attrib attributes quotations to speakers.
//
// It reads the lexer's tokens, the layout's sentences and the quoted
// regions paired by package quotes, and works in four steps:
//
//  1. Frames: the reporter's sentences, built from the layout's sentences
//     with any sentence break inside a quoted region undone.
//  2. Cues: verbs of saying from the lexicon's one table, each with the
//     speaker noun phrase next to it, found by rules over capitalised
//     words and the lexicon's tables (titles, role nouns, pronouns), not by
//     a statistical tagger: "X said", "said X", "X told Y", "according to
//     X", "X, who ..., said", "..., adding that" (the subject of the
//     sentence).
//  3. Quotes: each region takes the cue tied to it ("Q," X said; X said:
//     "Q"; X said ... "Q"), a region with no cue that opens its sentence
//     goes on with the last speaker, and a region with neither is a scare
//     quote. A cue that attributes no region gives an indirect quote: the
//     reported clause after it ("X said that ...") or before it ("...,
//     X said").
//  4. Speakers: mentions of one person or body are merged: surnames and
//     titled names to the fullest name in the text, roles written before a
//     name ("Prime Minister Keir Starmer") to that name, "the spokesperson"
//     to an earlier "a ... spokesperson", pronouns to the nearest person or
//     body before them.
package attrib

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsclaims/claims/extract/internal/layout"
	"github.com/newsclaims/claims/extract/internal/lexer"
	"github.com/newsclaims/claims/extract/internal/lexicon"
	"github.com/newsclaims/claims/extract/internal/quotes"
)

// Kinds of quotation.
const (
	Direct   = "direct"
	Partial  = "partial"
	Scare    = "scare"
	Indirect = "indirect"
)

// Quote is one attributed quotation.
type Quote struct {
	// Start and End are the content's byte offsets.
	Start, End int
	Kind       string
	// Speaker indexes the speakers, -1 for none.
	Speaker int
	// MentionStart and MentionEnd are the byte offsets of the speaker
	// mention next to the cue; both zero when there is none.
	MentionStart, MentionEnd int
	// CueStart and CueEnd are the byte offsets of the cue; both zero when
	// there is none.
	CueStart, CueEnd int
}

// Speaker is one canonical speaker.
type Speaker struct {
	Name string
	// Mentions are byte ranges [Start, End) of the mentions, in order.
	Mentions [][2]int
	// Quotes index the quotes, in order.
	Quotes []int
}

// np is a speaker noun phrase: tokens [from, to).
type np struct {
	from, to int
}

func (n np) ok() bool { return n.to > n.from }

// cue is a verb of saying in a frame with its speaker.
type cue struct {
	tok, end int // cue tokens [tok, end)
	info     lexicon.Cue
	speaker  np
	// inherit is the index of the cue whose speaker this one shares
	// (coordination, participle), or -1.
	inherit int
	// subject is the frame-initial noun phrase a participle takes when no
	// earlier cue in the frame has a speaker.
	subject np
	// right: the speaker follows the cue ("said X"); the unit is then
	// [tok, speaker.to), else [speaker.from, end).
	right bool
	// relative: the speaker follows "which", "who" or "that" ("which the
	// Tories said ..."): not a reporting clause.
	relative bool
	// tied is the region this cue attributes in the inverted pattern
	// ("Q," X said), or -1.
	tied int
	used bool
}

func (c *cue) unitStart() int {
	if c.right || !c.speaker.ok() {
		return c.tok
	}
	return c.speaker.from
}

func (c *cue) unitEnd() int {
	if c.right && c.speaker.ok() {
		return c.speaker.to
	}
	return c.end
}

// item is a quotation before its speaker is resolved.
type item struct {
	start, end int // bytes
	kind       string
	mention    np // tokens; !ok() when none
	cueTok     int
	cueEnd     int // tokens; cueTok == cueEnd when none
	// region indexes the regions, -1 for indirect quotes.
	region int
	// from is the item whose speaker this one takes (continuation), -1.
	from int
	key  int // resolved speaker, -1
	// para is the paragraph; tok the first content token.
	para, tok int
}

type analyzer struct {
	text     string
	toks     []lexer.Token
	lay      layout.Layout
	regions  []quotes.Region
	regionOf []int32
	// quotedPrefix[k] and wordPrefix[k] count the quoted tokens and the
	// words among toks[:k].
	quotedPrefix, wordPrefix []int32
	items                    []item
	// byRegion maps a region to its item.
	byRegion []int
	names    *nameIndex
}

// Attribute finds the quotations of text and their speakers. toks are
// lexer.Tokenize(text), lay is layout.Analyze(text, toks), regions are the
// quoted regions from quotes.Find. Quotes come out ordered by start and
// disjoint.
func Attribute(text string, toks []lexer.Token, lay layout.Layout, regions []quotes.Region) ([]Quote, []Speaker) {
	a := &analyzer{text: text, toks: toks, lay: lay, regions: regions}
	// The three per-token tables share one pooled array: nothing returned
	// refers to them.
	scratch := scratchPool.Get().(*[]int32)
	defer func() {
		if cap(*scratch) <= maxPooled { // a huge text's tables are let go
			scratchPool.Put(scratch)
		}
	}()
	if n := 3*len(toks) + 2; cap(*scratch) < n {
		*scratch = make([]int32, n)
	}
	all := (*scratch)[:3*len(toks)+2]
	a.regionOf, a.quotedPrefix, a.wordPrefix = all[:len(toks)], all[len(toks):2*len(toks)+1], all[2*len(toks)+1:]
	a.quotedPrefix[0], a.wordPrefix[0] = 0, 0
	for i := range a.regionOf {
		a.regionOf[i] = -1
	}
	for ri, r := range regions {
		end := r.Last
		if r.Close >= 0 {
			end = r.Close + 1
		}
		for k := r.Open; k < end; k++ {
			a.regionOf[k] = int32(ri)
		}
	}
	var quoted, words int32
	regionOf, quotedPrefix, wordPrefix := a.regionOf, a.quotedPrefix[1:], a.wordPrefix[1:]
	for k := range toks {
		if regionOf[k] >= 0 {
			quoted++
		}
		if toks[k].Kind == lexer.Word {
			words++
		}
		quotedPrefix[k], wordPrefix[k] = quoted, words
	}
	a.byRegion = make([]int, len(regions))
	for i := range a.byRegion {
		a.byRegion[i] = -1
	}
	for _, f := range a.frames() {
		a.frame(f)
	}
	a.chains()
	qs, speakers := a.resolve()
	if a.names != nil {
		a.names.release()
	}
	return qs, speakers
}

// scratchPool holds the per-token tables of Attribute between calls.
var scratchPool = sync.Pool{New: func() any { return new([]int32) }}

// maxPooled is the most entries a pooled array keeps.
const maxPooled = 1 << 18

// frame is a reporter's sentence: tokens [from, to) of one paragraph.
type frame struct {
	from, to, para int
	// first is the first token that is not a quote, dash or bracket;
	// last the last word, number or quoted token (-1 when none).
	first, last int
}

func (a *analyzer) frames() []frame {
	out := make([]frame, 0, len(a.lay.Sentences))
	for _, s := range a.lay.Sentences {
		if s.TokEnd <= s.TokStart {
			continue
		}
		if n := len(out); n > 0 {
			last := &out[n-1]
			b := s.TokStart
			if last.para == s.Paragraph && last.to == b && a.regionOf[b] >= 0 && a.regionOf[b] == a.regionOf[b-1] {
				last.to = s.TokEnd
				continue
			}
		}
		out = append(out, frame{from: s.TokStart, to: s.TokEnd, para: s.Paragraph})
	}
	for i := range out {
		f := &out[i]
		f.first, f.last = f.to, -1
	first:
		for k := f.from; k < f.to; k++ {
			if a.regionOf[k] >= 0 {
				continue
			}
			switch a.toks[k].Text {
			case "-", "–", "—", "(", "[", "…":
				continue
			}
			f.first = k
			break first
		}
		for k := f.to - 1; k >= f.from; k-- {
			if a.regionOf[k] >= 0 || a.toks[k].Kind == lexer.Word || a.toks[k].Kind == lexer.Number {
				f.last = k
				break
			}
		}
	}
	return out
}

func (a *analyzer) word(k int) string {
	if k < 0 || k >= len(a.toks) || a.toks[k].Kind != lexer.Word || a.regionOf[k] >= 0 {
		return ""
	}
	return a.toks[k].Text
}

func (a *analyzer) is(k int, s string) bool {
	return k >= 0 && k < len(a.toks) && a.regionOf[k] < 0 && a.toks[k].Is(s)
}

// isUpper reports whether s starts with an upper-case letter.
func isUpper(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf {
		return 'A' <= s[0] && s[0] <= 'Z' // unicode.IsUpper's answer for ASCII
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func isPossessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'S") || strings.HasSuffix(w, "’S")
}

// frame analyses one frame: cues, then regions, then indirect quotes.
func (a *analyzer) frame(f frame) {
	cues := a.cues(f)
	// Regions in the frame, in order.
	var regs []int
	for k := f.from; k < f.to; k++ {
		if r := a.regionOf[k]; r >= 0 && a.regions[r].Open == k {
			regs = append(regs, int(r))
		}
	}
	// Ties: "Q," X said / "Q," said X / "Q." X said (next frame).
	for ci := range cues {
		c := &cues[ci]
		if c.info.Lemma == "according" {
			// "Q," according to X
		}
		if !c.speaker.ok() && c.inherit < 0 || c.info.Participle {
			continue
		}
		u := c.unitStart()
		p := u - 1
		if p >= 0 && a.regionOf[p] < 0 && a.toks[p].Text == "," {
			p--
		}
		if p == f.from-1 && !a.onlyPunctAfter(c.unitEnd(), f) {
			continue // "Q." He added: "..." is not "Q." X said.
		}
		if p >= 0 && p >= f.from-1 && a.regionOf[p] >= 0 {
			r := int(a.regionOf[p])
			rg := a.regions[r]
			if rg.Close == p && rg.Paragraph == f.para {
				c.tied = r
			}
		}
	}
	// Regions, with a pointer to the first cue after each.
	next := 0
	for _, r := range regs {
		for next < len(cues) && cues[next].tok < a.regions[r].Open {
			next++
		}
		a.region(f, r, cues, next)
	}
	// Indirect quotes.
	for ci := range cues {
		a.indirect(f, cues, ci)
	}
}

// cues finds the verbs of saying in f and their speakers.
func (a *analyzer) cues(f frame) []cue {
	var out []cue
	for k := f.from; k < f.to; k++ {
		w := a.word(k)
		if w == "" {
			continue
		}
		var c cue
		switch {
		case lexer.EqualFold(w, "according") && a.is(k+1, "to"):
			c = cue{tok: k, end: k + 2, info: lexicon.Cue{Lemma: "according", Flags: lexicon.CueClause}}
		default:
			info, ok := lexicon.CueVerb(w)
			if !ok {
				continue
			}
			c = cue{tok: k, end: k + 1, info: info}
			if p := lexicon.CueParticle(w); p != "" {
				if !a.is(k+1, p) {
					continue
				}
				c.end = k + 2
			}
		}
		c.inherit, c.tied = -1, -1
		if !a.cueOK(f, k) {
			continue
		}
		a.speakerOf(f, &c, out)
		out = append(out, c)
		k = c.end - 1
	}
	return out
}

// cueOK rejects words that look like cue verbs but are nouns or
// infinitives here: "a say", "his claims", "to comment", "State".
func (a *analyzer) cueOK(f frame, k int) bool {
	w := a.toks[k].Text
	if isUpper(w) && k != f.from && !lexer.EqualFold(w, "according") {
		if k == 0 || a.toks[k-1].Text != "\"" && a.toks[k-1].Text != "“" {
			return false
		}
	}
	if lexer.EqualFold(w, "according") {
		return true
	}
	p := k - 1
	if p < f.from {
		return true
	}
	pw := lexicon.Fold(a.word(p))
	switch {
	case pw == "to" || pw == "no":
		return false
	case pw != "" && (lexicon.IsDeterminer(pw) && pw != "one" && pw != "several" && pw != "many" && pw != "some" && pw != "most" && pw != "all" && pw != "both" && pw != "two" && pw != "three" && pw != "four" && pw != "five" && pw != "few" && pw != "these" && pw != "those"):
		return false
	case pw != "" && isPossessive(pw):
		return false
	}
	if k+1 < len(a.toks) && a.toks[k+1].Glued() && lexer.IsDash(a.toks[k+1].Text) {
		return false // "state-owned"
	}
	return true
}

// speakerOf finds the speaker noun phrase of c. prev are the cues before
// it in the frame.
func (a *analyzer) speakerOf(f frame, c *cue, prev []cue) {
	if c.info.Lemma == "according" {
		if n := a.rightNP(c.end, f); n.ok() {
			c.speaker, c.right = n, true
		}
		return
	}
	// Inverted: the cue right after a closing mark or a comma.
	before := c.tok - 1
	inverted := before >= f.from && (a.regionOf[before] >= 0 || a.toks[before].Text == "," || a.toks[before].Text == "—" || a.toks[before].Text == "–") ||
		before == f.from-1 && before >= 0 && a.regionOf[before] >= 0
	if inverted && !c.info.Participle && c.info.Flags&lexicon.CueObject == 0 {
		// "The alliance, which includes ..., said misunderstandings ...":
		// the name before a relative clause, not the words after the cue.
		if a.is(before, ",") {
			if n := a.appositive(before, f); n.ok() && a.relativeAfter(n, before) {
				c.speaker = n
				return
			}
		}
		if n := a.rightNP(c.end, f); n.ok() && a.rightNPEnds(n, f) {
			c.speaker, c.right = n, true
			return
		}
	}
	if c.info.Participle {
		// "..., adding that": the subject of the frame. A participle after
		// anything but a comma, "and" or its subject is not a cue ("barred
		// from claiming asylum").
		closer := before >= f.from && a.regionOf[before] >= 0 // `"...," adding that`
		if !a.is(before, ",") && !a.is(before, "and") && !a.is(before, "—") && !closer {
			if n, rel := a.leftNP(c.tok, f); n.ok() {
				c.speaker, c.relative = n, rel
			}
			return
		}
		if n, rel := a.leftNP(c.tok, f); n.ok() && !a.is(c.tok-1, ",") {
			c.speaker, c.relative = n, rel
			return
		}
		for i := len(prev) - 1; i >= 0; i-- {
			if prev[i].speaker.ok() || prev[i].inherit >= 0 {
				c.inherit = i
				return
			}
		}
		c.subject = a.subjectNP(f, c.tok)
		return
	}
	n, rel := a.leftNP(c.tok, f)
	if n.ok() {
		c.speaker, c.relative = n, rel
		return
	}
	// "X, who ..., said" / "X, a director at Y, said".
	if a.is(before, ",") {
		if n := a.appositive(before, f); n.ok() {
			c.speaker = n
			return
		}
	}
	// Coordination: "... said that ... and stressed that ...", "the
	// actress stopped to sign autographs and joked:".
	if a.is(before, "and") || a.is(before, "but") {
		for i := len(prev) - 1; i >= 0; i-- {
			if prev[i].speaker.ok() || prev[i].inherit >= 0 {
				c.inherit = i
				return
			}
		}
		c.subject = a.subjectNP(f, c.tok)
	}
}

// rightNPEnds reports whether the noun phrase after an inverted cue is
// followed by what may follow a speaker: the end, punctuation, or a
// function word ("said Mr Smith in a statement").
func (a *analyzer) rightNPEnds(n np, f frame) bool {
	if n.to >= f.to {
		return true
	}
	t := a.toks[n.to]
	if a.regionOf[n.to] >= 0 {
		return false
	}
	if t.Kind != lexer.Punct && !(t.Kind == lexer.Word && lexicon.IsFunctionWord(t.Text)) {
		return false
	}
	// What follows up to the next comma is an adverbial ("in a
	// statement"), not the rest of a clause ("over the bill had to be").
	for k := n.to; k < f.to && k < n.to+12; k++ {
		if a.toks[k].Text == "," || a.regionOf[k] >= 0 {
			break
		}
		if w := a.word(k); w != "" && !isUpper(w) && lexicon.HasFiniteHint(w) {
			return false
		}
	}
	return true
}

// relativeAfter reports whether the noun phrase n is followed by a comma
// and "who" or "which" before the comma at end.
func (a *analyzer) relativeAfter(n np, end int) bool {
	return n.to < end && a.is(n.to, ",") && (a.is(n.to+1, "who") || a.is(n.to+1, "which"))
}

// nounWord reports whether w can be part of a speaker noun phrase. A
// capitalised word can ("US", "Over" in a name) unless it is "I".
func nounWord(w string) bool {
	if w == "" || w == "I" {
		return false
	}
	if isUpper(w) {
		return true
	}
	if lexicon.IsFunctionWord(w) {
		return false
	}
	if _, ok := lexicon.CueVerb(w); ok {
		return false
	}
	return true
}

// headOK reports whether the token k can head a speaker noun phrase.
func (a *analyzer) headOK(k int, f frame) bool {
	w := a.word(k)
	if w == "" {
		return a.toks[k].Text == "%" && k > f.from && a.toks[k-1].Kind == lexer.Number
	}
	if lexicon.PronounKind(w) != "" {
		return true
	}
	if !nounWord(w) {
		return false
	}
	if isUpper(w) {
		return !(k == f.from && lexicon.IsSentenceOpener(w))
	}
	if lexicon.IsRoleNoun(w) || lexicon.IsDocumentNoun(w) {
		return true
	}
	lw := lexicon.Fold(w)
	return strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") && !strings.HasSuffix(lw, "ous") && !lexicon.HasFiniteHint(lw) && len(lw) > 3
}

// leftNP finds the speaker before the cue at k: "the prime minister said",
// "Starmer also reiterated". rel reports a relative clause ("which the
// Tories said").
func (a *analyzer) leftNP(k int, f frame) (np, bool) {
	j := k - 1
	for skips := 0; j >= f.from && skips < 3; skips++ {
		w := a.word(j)
		lw := lexicon.Fold(w)
		if w == "" || isUpper(w) || !(lexicon.IsSpeechSkip(lw) || strings.HasSuffix(lw, "ly") && len(lw) > 4 || lw == "not" || lw == "n't") {
			break
		}
		j--
	}
	if j < f.from || a.regionOf[j] >= 0 {
		return np{}, false
	}
	if n := a.shareNP(j, f); n.ok() {
		return n, false
	}
	detLed := false
	if !a.headOK(j, f) {
		// "one Bombay trader said": any noun after a determiner.
		w := a.word(j)
		if w == "" || !nounWord(w) || lexicon.HasFiniteHint(w) || strings.HasSuffix(lexicon.Fold(w), "ly") {
			return np{}, false
		}
		detLed = true
	}
	head := j
	if lexicon.PronounKind(a.word(j)) != "" {
		return np{j, j + 1}, a.relativeBefore(j, f)
	}
	from := head
	for i := head - 1; i >= f.from && head-i < 9; i-- {
		if a.regionOf[i] >= 0 {
			break
		}
		t := a.toks[i]
		if t.Kind == lexer.Number || t.Text == "%" {
			from = i
			continue
		}
		if lexer.IsDash(t.Text) && t.Text == "-" && !t.Space && i+1 < len(a.toks) && !a.toks[i+1].Space {
			continue
		}
		if t.Kind != lexer.Word {
			break
		}
		w := t.Text
		lw := lexicon.Fold(w)
		if lexicon.IsDeterminer(lw) {
			from = i
			break
		}
		if (lw == "of" || lw == "for") && i-1 >= f.from && a.word(i-1) != "" && nounWord(a.word(i-1)) && !lexicon.IsDeterminer(a.word(i-1)) {
			continue
		}
		if !nounWord(w) {
			break
		}
		if i == f.from && isUpper(w) && lexicon.IsSentenceOpener(w) {
			break
		}
		if !isUpper(w) && lexicon.HasFiniteHint(lw) {
			break
		}
		// "Last month Wenger said": a lower-case word before a name is
		// part of it only as a title or role ("campaign boss Alan
		// Milburn").
		if !isUpper(w) && isUpper(a.toks[i+1].Text) && !isPossessive(a.toks[i+1].Text) && !lexicon.IsTitleWord(w) && !lexicon.IsTitleModifier(w) && !lexicon.IsRoleNoun(w) {
			break
		}
		from = i
	}
	if detLed {
		// "one Bombay trader said", but not "its central claim": a
		// possessive or an adjective makes the cue a noun.
		d := lexicon.Fold(a.word(from))
		if from == head || !lexicon.IsDeterminer(d) || d == "its" || d == "his" || d == "her" || d == "their" || d == "our" || adjectiveLike(a.word(head)) {
			return np{}, false
		}
	}
	// Do not start on a preposition left by "of"/"for".
	for from < head && (a.is(from, "of") || a.is(from, "for") || a.toks[from].Text == "-") {
		from++
	}
	// A phrase after a preposition is not the subject but part of it:
	// "The survey of more than 1,000 people reported".
	// ("with the Tories claiming" is an absolute clause: its subject.)
	if p := a.word(from - 1); from > f.from && p != "" && isPreposition(p) && !(lexer.EqualFold(p, "with") && strings.HasSuffix(a.toks[k].Text, "ing")) {
		// "Critics of the measure argue", "A leading expert on the Cuban
		// economy says": the phrase before the preposition heads it.
		switch lexicon.Fold(p) {
		case "of", "on", "in", "at", "for", "from":
			if outer, rel := a.leftNPAt(from-1, f); outer.ok() && outer.to == from-1 {
				return np{outer.from, head + 1}, rel
			}
		}
		return np{}, false
	}
	return np{from, head + 1}, a.relativeBefore(from, f)
}

// leftNPAt reads a speaker phrase that ends just before the token k with
// no words skipped, for "critics of ...": its head must be a role noun, a
// plural, or a capitalised word.
func (a *analyzer) leftNPAt(k int, f frame) (np, bool) {
	j := k - 1
	if j < f.from || !a.headOK(j, f) || lexicon.PronounKind(a.word(j)) != "" {
		return np{}, false
	}
	from := j
	for i := j - 1; i >= f.from && j-i < 6; i-- {
		w := a.word(i)
		if w == "" || !nounWord(w) || !isUpper(w) && lexicon.HasFiniteHint(w) {
			break
		}
		if i == f.from && lexicon.NameClassOf(w)&lexicon.NameOpener != 0 && !lexicon.IsDeterminer(w) {
			break // "But opponents of the bill"
		}
		from = i
		if lexicon.IsDeterminer(w) {
			break
		}
	}
	if from > f.from && isPreposition(a.word(from-1)) {
		return np{}, false
	}
	// A plain plural heads the phrase only when it opens the sentence or
	// follows a determiner ("Critics of the measure", not "give musical
	// performances on the show").
	h := a.word(j)
	startsClause := from == f.from || from == f.from+1 && lexicon.NameClassOf(a.word(f.from))&lexicon.NameOpener != 0 || a.is(from-1, ",")
	if !isUpper(h) && !lexicon.IsRoleNoun(h) && !lexicon.IsDeterminer(a.word(from)) && !startsClause {
		return np{}, false
	}
	if lexicon.IsDocumentNoun(h) {
		return np{}, false
	}
	return np{from, j + 1}, a.relativeBefore(from, f)
}

// shareNP finds a share of people as speaker, ending at the token j:
// "almost 70% of those asked in a poll", "80% of voters".
func (a *analyzer) shareNP(j int, f frame) np {
	for i := j; i >= f.from && j-i < 12; i-- {
		if a.regionOf[i] >= 0 {
			return np{}
		}
		t := a.toks[i]
		if t.Kind == lexer.Punct && t.Text != "%" && t.Text != "-" {
			return np{}
		}
		if w := a.word(i); w != "" && !isUpper(w) && lexicon.HasFiniteHint(w) && !strings.HasSuffix(lexicon.Fold(w), "ed") {
			return np{}
		}
		if t.Kind != lexer.Number || i+1 > j {
			continue
		}
		// "70% of those asked", "80% said", "two-thirds of voters".
		k := i + 1
		if a.toks[k].Text == "%" {
			k++
		} else if a.is(k, "per") && a.is(k+1, "cent") {
			k += 2
		}
		if k <= j && !a.is(k, "of") {
			return np{}
		}
		if k == i+1 && !a.is(k, "of") {
			continue
		}
		from := i
		var before []string
		for k := i - 1; k >= f.from && i-k <= 4 && a.word(k) != ""; k-- {
			before = append([]string{lexicon.Fold(a.word(k))}, before...)
		}
		if _, n := lexicon.QualifierBefore(before); n > 0 {
			from = i - n
		}
		return np{from, j + 1}
	}
	return np{}
}

// adjectiveLike reports a word with an adjective's ending ("central",
// "economic", "massive").
func adjectiveLike(w string) bool {
	w = lexicon.Fold(w)
	for _, suf := range []string{"al", "ic", "ive", "ous", "ful", "less", "able", "ible"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

func isPreposition(w string) bool {
	switch lexicon.Fold(w) {
	case "of", "than", "in", "at", "for", "from", "with", "by", "about", "to", "on", "into", "among", "between":
		return true
	}
	return false
}

func (a *analyzer) relativeBefore(from int, f frame) bool {
	p := from - 1
	if p < f.from {
		return false
	}
	switch lexicon.Fold(a.word(p)) {
	case "which", "who", "whom", "that", "what":
		return true
	}
	return false
}

// rightNP finds the speaker after a cue: "said Mr Smith", "according to
// the Refugee Council", "say e-business experts".
func (a *analyzer) rightNP(k int, f frame) np {
	if w := a.word(k); lexicon.PronounKind(w) == "self" {
		return np{}
	}
	return a.forwardNP(k, f)
}

// forwardNP reads a noun phrase that starts at k: a pronoun, or a
// determiner, modifiers and a head, with "of" between nouns ("board of
// governors", "Bank of England").
func (a *analyzer) forwardNP(k int, f frame) np {
	if k >= f.to || a.regionOf[k] >= 0 {
		return np{}
	}
	w := a.word(k)
	if lexicon.PronounKind(w) != "" {
		return np{k, k + 1}
	}
	i := k
	if lexicon.IsDeterminer(w) {
		i++
	} else if k == f.from && lexicon.IsSentenceOpener(w) {
		return np{}
	}
	head := -1
	for ; i < f.to && i-k < 9; i++ {
		if a.regionOf[i] >= 0 {
			break
		}
		t := a.toks[i]
		if t.Text == "-" && !t.Space && i+1 < f.to && !a.toks[i+1].Space {
			continue
		}
		if t.Kind == lexer.Number || t.Text == "%" {
			continue
		}
		if t.Kind != lexer.Word {
			break
		}
		if lexer.EqualFold(t.Text, "of") && head >= 0 && i+1 < f.to {
			nw := a.word(i + 1)
			if isUpper(nw) || !isUpper(a.toks[head].Text) && nounWord(nw) && !lexicon.HasFiniteHint(nw) {
				continue
			}
			break
		}
		lw := lexicon.Fold(t.Text)
		if !nounWord(t.Text) || !isUpper(t.Text) && (lexicon.HasFiniteHint(lw) || strings.HasSuffix(lw, "ly")) {
			break
		}
		if head >= 0 && isUpper(a.toks[head].Text) && !isUpper(t.Text) && !isPossessive(a.toks[head].Text) && !lexicon.IsRoleNoun(t.Text) {
			break // "said Starmer likely ...", but "said RCA spokeswoman Sue Bradburn"
		}
		if head >= 0 && !isUpper(t.Text) && !isUpper(a.toks[head].Text) && !isPossessive(a.toks[head].Text) && !lexicon.IsTitleModifier(a.toks[head].Text) && !lexicon.IsRoleNoun(t.Text) && !a.is(i-1, "of") && !a.is(i-1, "-") {
			break // "board ... reject"
		}
		head = i
	}
	if head < 0 || !a.headOK(head, f) && !isUpper(a.toks[head].Text) {
		return np{}
	}
	return np{k, head + 1}
}

// appositive finds the name before "X, who ..., said" or "X, a ..., said":
// comma is the token before the cue.
func (a *analyzer) appositive(comma int, f frame) np {
	// A relative clause may hold commas of its own: find its "who" or
	// "which" first.
	for i := comma - 1; i > f.from && comma-i < 30; i-- {
		if a.regionOf[i] >= 0 {
			break
		}
		if a.is(i, ",") && (a.is(i+1, "who") || a.is(i+1, "which")) {
			if n, _ := a.leftNP(i, f); n.ok() {
				if h := a.word(n.to - 1); isUpper(h) || lexicon.IsRoleNoun(h) {
					return n
				}
			}
			break
		}
	}
	for i := comma - 1; i > f.from && comma-i < 25; i-- {
		if a.regionOf[i] >= 0 {
			return np{}
		}
		if a.toks[i].Text != "," {
			continue
		}
		n, _ := a.leftNP(i+0, f)
		if !n.ok() {
			return np{}
		}
		// The segment after the earlier comma must be a relative clause or
		// a noun phrase.
		if nw := a.word(i + 1); (nw == "" && a.toks[i+1].Kind != lexer.Number) || lexicon.PronounKind(nw) != "" {
			return np{}
		}
		if h := a.word(n.to - 1); !isUpper(h) && !lexicon.IsRoleNoun(h) {
			return np{}
		}
		rel := a.is(i+1, "who") || a.is(i+1, "which")
		for k := i + 1; k < comma; k++ {
			if !rel && lexicon.HasFiniteHint(a.toks[k].Text) {
				return np{}
			}
		}
		return n
	}
	return np{}
}

// subjectNP returns the subject a participle cue at k takes: the last noun
// phrase before it, at the frame's start or after a comma, that is
// followed by a verb ("As he arrived ..., Mr Botin greeted the media,
// saying").
func (a *analyzer) subjectNP(f frame, k int) np {
	var best np
	for s := max(f.from, k-60); s < k; s++ {
		if s != f.from && !a.is(s-1, ",") {
			continue
		}
		n := a.forwardNP(s, f)
		if !n.ok() || n.to >= k {
			continue
		}
		w := a.word(n.to)
		if w == "" || isUpper(w) || lexicon.IsFunctionWord(w) && !lexicon.HasFiniteHint(w) {
			continue
		}
		if lexicon.PronounKind(a.word(n.from)) == "" && !isUpper(a.word(n.to-1)) && !lexicon.IsRoleNoun(a.word(n.to-1)) {
			continue
		}
		best = n
	}
	return best
}

// speakerNP returns the cue's own or inherited speaker.
func speakerNP(cues []cue, ci int) np {
	for n := 0; ci >= 0 && n < len(cues); n++ {
		c := &cues[ci]
		if c.speaker.ok() {
			return c.speaker
		}
		if c.inherit < 0 {
			return c.subject
		}
		ci = c.inherit
	}
	return np{}
}

// region attributes the region r, in frame f.
// maxCueLook bounds how many cues before a quote are considered, so that
// a sentence with thousands of cues costs linear time.
const maxCueLook = 8

func (a *analyzer) region(f frame, r int, cues []cue, next int) {
	rg := a.regions[r]
	it := item{start: rg.Start, end: rg.End, region: r, from: -1, key: -1, para: rg.Paragraph, tok: rg.First}
	content := a.text[rg.Start:rg.End]
	upper := quotes.StartsUpper(strings.TrimLeft(content, "'‘…. "))
	atStart := a.atFrameStart(f, rg.Open)
	set := func(ci int, kind string) {
		c := &cues[ci]
		c.used = true
		it.kind = kind
		it.mention = speakerNP(cues, ci)
		it.cueTok, it.cueEnd = c.tok, c.end
	}
	// Tied inverted cue: "Q," X said. cues[next:] start after the region.
	for ci := next; ci < len(cues) && ci < next+maxCueLook; ci++ {
		if cues[ci].tied == r {
			kind := Partial
			if upper && atStart {
				kind = Direct
			}
			set(ci, kind)
			a.add(it)
			return
		}
	}
	// A cue before the region.
	best := -1
	for ci := next - 1; ci >= 0 && ci >= next-maxCueLook && best < 0; ci-- {
		c := &cues[ci]
		if c.unitEnd() > rg.Open || c.relative {
			continue
		}
		if !c.speaker.ok() && c.inherit < 0 && !c.subject.ok() {
			continue
		}
		gap := rg.Open - c.unitEnd()
		if c.tied >= 0 {
			// "Q1," X said, "Q2.": only straight after the cue.
			if !(gap == 1 && a.toks[rg.Open-1].Text == "," || gap == 0) {
				continue
			}
		}
		if c.info.Flags&lexicon.CueMarkedOnly != 0 && gap > 4 {
			continue
		}
		if c.info.Lemma == "according" {
			continue
		}
		best = ci
	}
	if best >= 0 {
		c := &cues[best]
		gapToks := rg.Open - c.unitEnd()
		prev := a.toks[rg.Open-1].Text
		kind := Partial
		if upper {
			switch {
			case prev == ":":
				kind = Direct
			case prev == "," && (gapToks == 1 || c.tied >= 0), c.tied >= 0 && gapToks == 0:
				kind = Direct
			case gapToks == 0 && a.endsFrame(f, rg):
				kind = Direct
			case c.info.Flags&lexicon.CueObject != 0 && gapToks <= 6 && a.endsFrame(f, rg) && !a.hasWordBetween(c.unitEnd(), rg.Open, "that"):
				kind = Direct
			}
		}
		set(best, kind)
		a.add(it)
		return
	}
	// No cue: a continuation or a scare quote.
	switch {
	case rg.Continues:
		it.kind = Direct
		it.from = -2 // from the region before, resolved in chains
	case atStart && upper && (words(content) >= 4 || endsSentence(content)):
		it.kind = Direct
		it.from = -3 // the last speaker
	default:
		it.kind = Scare
	}
	a.add(it)
}

// isDocument reports whether the speaker phrase names a text ("the
// survey", "figures"), not a share of people ("70% of those asked in a
// poll").
func (a *analyzer) isDocument(n np) bool {
	head := n.to - 1
	for k := n.from + 1; k < n.to; k++ {
		if a.is(k, "of") {
			head = k - 1 // "a survey of 1,300 bosses"
			break
		}
	}
	if !lexicon.IsDocumentNoun(a.word(head)) {
		return false
	}
	for k := n.from; k < n.to; k++ {
		if a.toks[k].Kind == lexer.Number {
			return false
		}
	}
	return true
}

// onlyPunctAfter reports whether only punctuation outside quotes follows
// the token k in f.
func (a *analyzer) onlyPunctAfter(k int, f frame) bool {
	for ; k < f.to; k++ {
		if a.toks[k].Kind != lexer.Punct || a.regionOf[k] >= 0 {
			return false
		}
	}
	return true
}

func (a *analyzer) hasWordBetween(from, to int, w string) bool {
	for k := from; k < to; k++ {
		if a.is(k, w) {
			return true
		}
	}
	return false
}

// atFrameStart reports whether only regions, dashes and brackets stand
// before the token k in f.
func (a *analyzer) atFrameStart(f frame, k int) bool { return k <= f.first }

// endsFrame reports whether only closing punctuation follows the region in
// its frame.
func (a *analyzer) endsFrame(f frame, rg quotes.Region) bool {
	return rg.Close < 0 || f.last <= rg.Close
}

func endsSentence(s string) bool {
	s = strings.TrimRight(s, "'’\")”] ")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "…")
}

func words(s string) int {
	n, in := 0, false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

func (a *analyzer) add(it item) {
	if it.region >= 0 {
		a.byRegion[it.region] = len(a.items)
	}
	a.items = append(a.items, it)
}

// indirect makes an indirect quote of cue ci if it attributes no region
// and has a reported clause.
func (a *analyzer) indirect(f frame, cues []cue, ci int) {
	c := &cues[ci]
	if c.used || c.tied >= 0 || c.relative || c.info.Flags&lexicon.CueMarkedOnly != 0 {
		return
	}
	sp := speakerNP(cues, ci)
	if !sp.ok() {
		return
	}
	if a.isDocument(sp) {
		return
	}
	if lexicon.PronounKind(a.word(sp.from)) == "self" {
		return
	}
	// Where the frame's clause ends: before the next cue's unit (", adding
	// that") or the frame's final punctuation.
	end := f.to
	for cj := ci + 1; cj < len(cues) && cj <= ci+maxCueLook; cj++ {
		d := &cues[cj]
		u := d.unitStart()
		if u <= c.unitEnd() || !d.speaker.ok() && d.inherit < 0 && !d.subject.ok() {
			continue
		}
		if a.is(u-1, ",") || a.is(u-1, "and") || a.is(u-1, "but") || a.is(u-1, ";") {
			end = u - 1
			if a.is(end-1, ",") {
				end--
			}
			break
		}
	}
	for n := 0; n < 8 && end > f.from && a.regionOf[end-1] < 0 && a.toks[end-1].Kind == lexer.Punct && a.toks[end-1].Text != "%" && a.toks[end-1].Text != ")"; n++ {
		end--
	}
	// Normal order: X said (that) C.
	if start, ok := a.complement(f, c, end); ok {
		if a.emitIndirect(f, c, sp, start, end) {
			return
		}
	}
	// Inverted: A, X said[, B].
	u := c.unitStart()
	if c.info.Participle {
		return
	}
	if ue := c.unitEnd(); ue < end {
		if w := a.word(ue); !a.is(ue, ",") && !(w != "" && lexicon.IsFunctionWord(w) && lexicon.PronounKind(w) == "") {
			return
		}
	}
	if c.info.Lemma == "according" && u == f.from {
		// According to X, C.
		k := c.unitEnd()
		if a.is(k, ",") {
			a.emitIndirect(f, c, sp, k+1, end)
		}
		return
	}
	if !a.is(u-1, ",") && !a.is(u-1, "—") && !a.is(u-1, "–") || ci > 0 && cues[ci-1].unitEnd() > f.from && cues[ci-1].tok < u {
		if !(ci > 0 && cues[ci-1].used) || !a.is(u-1, ",") {
			return
		}
	}
	from := f.from
	if ci > 0 {
		from = max(from, cues[ci-1].unitEnd())
		for from < u && a.toks[from].Kind == lexer.Punct {
			from++
		}
	}
	// The clause before must have a verb: "In one message, Morquendi wrote
	// about ..." reports nothing.
	verb := !isPreposition(a.word(from))
	for k := from; k < u-1 && !verb; k++ {
		if w := a.word(k); w != "" && !isUpper(w) && lexicon.HasFiniteHint(w) {
			verb = true
			break
		}
	}
	if !verb {
		return
	}
	a.emitIndirect(f, c, sp, from, u-1)
	// B: after ", " following the unit.
	k := c.unitEnd()
	if a.is(k, ",") && a.word(k+1) != "" && !a.is(k+1, "which") && !a.is(k+1, "who") && !a.is(k+1, "where") && !a.is(k+1, "when") {
		if _, isCue := lexicon.CueVerb(a.word(k + 1)); !isCue {
			a.emitIndirect(f, c, sp, k+1, end)
		}
	}
}

// complement finds where the reported clause after cue c starts.
func (a *analyzer) complement(f frame, c *cue, end int) (int, bool) {
	k := c.unitEnd()
	if c.right || c.info.Lemma == "according" {
		return 0, false
	}
	// "that" within a few tokens: "said on Monday that", "told MPs that",
	// but not the relative "that" in "said the people that had ...".
	fw := a.word(k)
	search := a.is(k, "that") || a.is(k, ",") || fw != "" && (isPreposition(fw) || lexicon.IsSpeechSkip(fw) || strings.HasSuffix(lexicon.Fold(fw), "ly")) ||
		c.info.Flags&lexicon.CueObject != 0
	for i := k; search && i < end && i-k < 14; i++ {
		if a.regionOf[i] >= 0 {
			break
		}
		if a.is(i, "that") {
			if i+1 < end {
				return i + 1, true
			}
			return 0, false
		}
		t := a.toks[i]
		if t.Kind == lexer.Punct && t.Text != "," {
			break
		}
		if w := a.word(i); w != "" && lexicon.HasFiniteHint(w) {
			break
		}
	}
	if c.info.Flags&lexicon.CueClause == 0 {
		return 0, false
	}
	if c.info.Flags&lexicon.CueObject != 0 {
		// Skip the hearer: "told the BBC News website there are ...".
		i := k
		for i < end && i-k < 7 {
			w := a.word(i)
			if w == "" || (lexicon.IsFunctionWord(w) && !lexicon.IsDeterminer(w)) || lexicon.IsDeterminer(w) && i > k {
				break
			}
			i++
		}
		if i == k {
			return 0, false
		}
		k = i
	}
	if k >= end {
		return 0, false
	}
	w := a.word(k)
	if w == "" {
		return 0, false
	}
	lw := lexicon.Fold(w)
	if lexicon.IsFunctionWord(lw) && lexicon.PronounKind(lw) == "" && lw != "there" && lw != "this" {
		return 0, false
	}
	if lexicon.HasFiniteHint(lw) {
		return 0, false // "which the Tories said acted"
	}
	// A clause with no "that" needs a verb soon after its subject ("said
	// the payouts were legal", "claiming his forecasts are accurate"), not
	// an object and then a verb far away ("conceded a penalty close to
	// their own line, Scotland kicked").
	verb := false
	for i, n := k+1, 1; i < end && n <= 6; i++ {
		t := a.toks[i]
		if a.regionOf[i] >= 0 || t.Kind == lexer.Punct && t.Text != "-" && t.Text != "%" && t.Text != "’" && t.Text != "'" {
			break
		}
		if ww := a.word(i); ww != "" {
			n++
			if lexicon.HasFiniteHint(ww) {
				verb = true
				break
			}
		}
	}
	if !verb || a.wordPrefix[end]-a.wordPrefix[k] < 3 {
		return 0, false
	}
	return k, true
}

// emitIndirect adds the indirect quote [start, end) (tokens) if it is a
// clause with no quoted region in it.
func (a *analyzer) emitIndirect(f frame, c *cue, sp np, start, end int) bool {
	for n := 0; n < 8 && start < end && a.toks[start].Kind == lexer.Punct && a.regionOf[start] < 0; n++ {
		start++
	}
	for n := 0; n < 8 && end > start && a.toks[end-1].Kind == lexer.Punct && a.regionOf[end-1] < 0 && a.toks[end-1].Text != "%" && a.toks[end-1].Text != ")"; n++ {
		end--
	}
	if end <= start || a.quotedPrefix[end]-a.quotedPrefix[start] > 0 || a.wordPrefix[end]-a.wordPrefix[start] < 3 {
		return false
	}
	c.used = true
	a.add(item{
		start: a.toks[start].Start, end: a.toks[end-1].End, kind: Indirect,
		mention: sp, cueTok: c.tok, cueEnd: c.end, region: -1, from: -1, key: -1,
		para: f.para, tok: start,
	})
	return true
}

// chains gives continuation regions the speaker of the region before, and
// an unclosed region with no speaker that of the region it runs into.
func (a *analyzer) chains() {
	sort.SliceStable(a.items, func(i, j int) bool { return a.items[i].start < a.items[j].start })
	for i := range a.byRegion {
		a.byRegion[i] = -1
	}
	for i, it := range a.items {
		if it.region >= 0 {
			a.byRegion[it.region] = i
		}
	}
}

package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclaims/claims/extract/internal/layout"
	"github.com/newsclaims/claims/extract/internal/lexer"
	"github.com/newsclaims/claims/extract/internal/lexicon"
	"github.com/newsclaims/claims/extract/internal/timecue"
)

// addClaims fills res.Claims: one claim for each sentence that states at
// least one figure (money or statistic), with the figures in it, its source
// and its time cue. It runs after money, statistics and quotes.
//
// A claim's source is, for its first figure that has one:
//
//  1. the speaker of the quotation the figure sits in (a direct, partial or
//     indirect quote: "Starmer ... said that 9,400 people ... had been
//     deported" is Keir Starmer's);
//  2. a body cited for data in the sentence ("figures from the Home Office
//     show", "ONS data showed");
//  3. the subject of a verb of saying whose object holds the figure ("the
//     prime minister announced a further £58 million"), resolved to the
//     article's speakers where one of their mentions matches;
//
// and none (the reporter's own statement) otherwise.
func addClaims(res *Result, text string, toks []lexer.Token, lay layout.Layout) {
	money := make([][]int, len(res.Sentences))
	stats := make([][]int, len(res.Sentences))
	for i, m := range res.Money {
		money[m.Sentence] = append(money[m.Sentence], i)
	}
	for i, s := range res.Statistics {
		stats[s.Sentence] = append(stats[s.Sentence], i)
	}
	n := 0 // claims: sentences with a figure
	for si := range money {
		if len(money[si]) > 0 || len(stats[si]) > 0 {
			n++
		}
	}
	res.Claims = slices.Grow(res.Claims, n)
	mentions := &mentionIndex{res: res}
	qi := 0 // quotes, ordered by start
	for si, s := range lay.Sentences {
		if len(money[si]) == 0 && len(stats[si]) == 0 {
			continue
		}
		sent := toks[s.TokStart:s.TokEnd]
		c := Claim{
			Text:       text[s.Start:s.End],
			Span:       Span{s.Start, s.End},
			Money:      money[si],
			Statistics: stats[si],
			SourceKind: FromReporter,
		}
		if c.Money == nil {
			c.Money = []int{}
		}
		if c.Statistics == nil {
			c.Statistics = []int{}
		}
		for qi < len(res.Quotes) && res.Quotes[qi].End <= s.Start {
			qi++
		}
		c.Source, c.SourceKind = claimSource(res, sent, qi, figureSpans(res, c), mentions)
		if cue, ok := timecue.First(sent); ok {
			c.TimeStart, c.TimeEnd = sent[cue.Start].Start, sent[cue.End-1].End
			c.Time = text[c.TimeStart:c.TimeEnd]
		}
		res.Claims = append(res.Claims, c)
	}
}

// figureSpans returns the spans of a claim's figures in text order.
func figureSpans(res *Result, c Claim) []Span {
	out := make([]Span, 0, len(c.Money)+len(c.Statistics))
	i, j := 0, 0
	for i < len(c.Money) || j < len(c.Statistics) {
		if j >= len(c.Statistics) || i < len(c.Money) && res.Money[c.Money[i]].Start < res.Statistics[c.Statistics[j]].Start {
			out = append(out, res.Money[c.Money[i]].Span)
			i++
		} else {
			out = append(out, res.Statistics[c.Statistics[j]].Span)
			j++
		}
	}
	return out
}

// claimSource finds who states the figures (spans in text order) of a
// sentence (tokens sent), whose first overlapping quote is res.Quotes[qi]:
// the source of the first figure that has one. Each step is one pass over
// the sentence, so a sentence of many figures costs no more than its
// length.
func claimSource(res *Result, sent []lexer.Token, qi int, figures []Span, mentions *mentionIndex) (string, SourceKind) {
	org, cited := dataCitation(sent)
	cueAt, cueName, cued := cueSubject(sent, mentions)
	k := qi
	for _, f := range figures {
		for k < len(res.Quotes) && res.Quotes[k].End <= f.Start {
			k++
		}
		if k < len(res.Quotes) {
			q := res.Quotes[k]
			if q.Start <= f.Start && f.End <= q.End && q.Kind != Scare && q.Speaker != "" {
				return q.Speaker, sourceKind(q.Speaker)
			}
		}
		if cited {
			return org, FromOrganisation
		}
		if cued && cueAt <= f.Start {
			return cueName, sourceKind(cueName)
		}
	}
	return "", FromReporter
}

// sourceKind tells a body ("Refugee Council", "the Home Office", "ONS")
// from a person.
func sourceKind(name string) SourceKind {
	fields := strings.Fields(name)
	for _, w := range fields {
		w = strings.Trim(w, ",.’'")
		if lexicon.IsOrgWord(w) || isAcronym(w) {
			return FromOrganisation
		}
	}
	return FromSpeaker
}

func isAcronym(w string) bool {
	if utf8.RuneCountInString(w) < 2 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '&' {
			return false
		}
	}
	return true
}

// speakerMentions maps each speaker mention, folded and without a leading
// determiner ("prime minister"), and each speaker's surname, to the
// speaker's canonical name. A mention shared by two speakers maps to
// neither.
func speakerMentions(res *Result) map[string]string {
	m := map[string]string{}
	put := func(k, name string) {
		if k == "" {
			return
		}
		if old, ok := m[k]; ok && old != name {
			m[k] = ""
			return
		}
		m[k] = name
	}
	for _, sp := range res.Speakers {
		put(mentionKey(sp.Name), sp.Name)
		for _, mn := range sp.Mentions {
			if lexicon.PronounKind(mn.Text) != "" {
				continue
			}
			put(mentionKey(mn.Text), sp.Name)
		}
		if f := strings.Fields(sp.Name); len(f) > 1 && startsUpper(f[len(f)-1]) && sourceKind(sp.Name) == FromSpeaker {
			put(lexicon.Fold(f[len(f)-1]), sp.Name)
		}
	}
	return m
}

// mentionIndex is speakerMentions of a result, built on first use: most
// claim sentences have no verb of saying to look a subject up for.
type mentionIndex struct {
	res *Result
	m   map[string]string
}

// name returns the speaker a mention key stands for, or "".
func (x *mentionIndex) name(key string) string {
	if x.m == nil {
		x.m = speakerMentions(x.res)
	}
	return x.m[key]
}

// mentionName returns the speaker a mention stands for, or "": it is
// name(mentionKey(mention)) without making the key of an ASCII mention.
func (x *mentionIndex) mentionName(mention string) string {
	var buf [64]byte
	if key, ok := appendASCIIMentionKey(buf[:0], mention); ok {
		if x.m == nil {
			x.m = speakerMentions(x.res)
		}
		return x.m[string(key)]
	}
	return x.name(mentionKey(mention))
}

// mentionKey folds a mention for matching: lower case, curly apostrophes
// straightened, a leading determiner dropped.
func mentionKey(s string) string {
	var buf [64]byte
	if key, ok := appendASCIIMentionKey(buf[:0], s); ok {
		return string(key)
	}
	s = strings.ToLower(strings.ReplaceAll(s, "’", "'"))
	f := strings.Fields(s)
	if len(f) > 1 && lexicon.IsDeterminer(f[0]) {
		f = f[1:]
	}
	return strings.Join(f, " ")
}

// appendASCIIMentionKey appends mentionKey(s) to dst when s is ASCII, in
// one pass: lower case, runs of white space as one space, none at the
// ends, a leading determiner dropped. ok is false for any other s.
func appendASCIIMentionKey(dst []byte, s string) (key []byte, ok bool) {
	start := len(dst)
	firstEnd := -1 // where the first word ends, once a second starts
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return dst[:start], false
		case c == ' ' || '\t' <= c && c <= '\r': // where strings.Fields splits ASCII
			space = len(dst) > start
			continue
		}
		if space {
			if firstEnd < 0 {
				firstEnd = len(dst)
			}
			dst = append(dst, ' ')
			space = false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	if firstEnd >= 0 && lexicon.IsDeterminer(string(dst[start:firstEnd])) {
		dst = append(dst[:start], dst[firstEnd+1:]...)
	}
	return dst, true
}

func startsUpper(w string) bool {
	if w != "" && w[0] < utf8.RuneSelf {
		return 'A' <= w[0] && w[0] <= 'Z' // unicode.IsUpper's answer for ASCII
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// dataCitation finds a body cited for data in a sentence: "figures from the
// Home Office show", "data published by the ONS", "Home Office figures
// show", "according to the ONS" (when not already a quote).
func dataCitation(sent []lexer.Token) (string, bool) {
	for k := 0; k < len(sent); k++ {
		// "according to the ONS"
		if sent[k].Is("according") && k+1 < len(sent) && sent[k+1].Is("to") {
			if name, ok := properName(sent, k+2); ok {
				return name, true
			}
		}
		if sent[k].Kind != lexer.Word || !lexicon.IsDataNoun(sent[k].Text) {
			continue
		}
		// "figures from X", "data published by X", "statistics released by X"
		j := k + 1
		if j < len(sent) && lexicon.IsPublishVerb(sent[j].Text) {
			j++
		}
		if j < len(sent) && (sent[j].Is("from") || sent[j].Is("by")) {
			if name, ok := properName(sent, j+1); ok {
				return name, true
			}
		}
		// "Home Office figures show", "the ONS's figures"
		if k+1 < len(sent) && lexicon.IsShowVerb(sent[k+1].Text) {
			if name, ok := properNameBefore(sent, k); ok {
				return name, true
			}
		}
	}
	return "", false
}

// maxNameWords bounds the words read as one name, so that no scan is longer
// than a name can be.
const maxNameWords = 8

// properName reads a name starting at sent[k]: "the Home Office", "ONS",
// "the Office for National Statistics". It returns the name without a
// leading "the".
func properName(sent []lexer.Token, k int) (string, bool) {
	if k < len(sent) && sent[k].Is("the") {
		k++
	}
	start, end := k, k
	for end < len(sent) && end-start < maxNameWords && sent[end].Kind == lexer.Word {
		w := sent[end].Text
		if startsUpper(w) {
			end++
			continue
		}
		// Lower-case joiners inside a name: "Office for National Statistics".
		if (w == "for" || w == "of" || w == "and") && end+1 < len(sent) && startsUpper(sent[end+1].Text) && end > start {
			end++
			continue
		}
		break
	}
	if end == start {
		return "", false
	}
	return lexer.Join(sent[start:end]), true
}

// properNameBefore reads a capitalised name ending just before sent[k]:
// "Home Office" in "Home Office figures", "ONS" in "the ONS's data".
func properNameBefore(sent []lexer.Token, k int) (string, bool) {
	end := k
	if end > 0 && strings.HasSuffix(sent[end-1].Text, "'s") || end > 0 && strings.HasSuffix(sent[end-1].Text, "’s") {
		// "the ONS's figures": the possessive is inside the word token.
		w := sent[end-1].Text
		name := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if startsUpper(name) {
			return name, true
		}
		return "", false
	}
	start := end
	for start > 0 && end-start < maxNameWords && sent[start-1].Kind == lexer.Word && startsUpper(sent[start-1].Text) {
		start--
	}
	if start == end || start == 0 && end-start == 1 && !isAcronym(sent[start].Text) {
		// A single capitalised word opening the sentence ("Official
		// figures show") is no name.
		return "", false
	}
	return lexer.Join(sent[start:end]), true
}

// cueSubject finds the first verb of saying in a sentence whose subject is
// a speaker of the article or a name, and returns where the verb ends: a
// figure after it is its object ("The prime minister also announced a
// further £58 million" is Keir Starmer's); a figure before it ("crossings
// ... topped 30,000 ..., the spokesman said: ...") stays the reporter's.
func cueSubject(sent []lexer.Token, mentions *mentionIndex) (at int, name string, ok bool) {
	const maxSubject = 8 // words in a subject phrase
	for k := 0; k < len(sent); k++ {
		if sent[k].Kind != lexer.Word {
			continue
		}
		cue, ok := lexicon.CueVerb(sent[k].Text)
		if !ok || cue.Participle || lexicon.Fold(sent[k].Text) == "according" {
			continue
		}
		// The subject: the words before the cue, skipping adverbs and
		// auxiliaries ("also", "has", "will"), back to a clause boundary.
		end := k
		for end > 0 && k-end < 3 && sent[end-1].Kind == lexer.Word && lexicon.IsSpeechSkip(sent[end-1].Text) {
			end--
		}
		start := end
		for start > 0 && end-start < maxSubject && sent[start-1].Kind == lexer.Word && (!lexicon.IsFunctionWord(sent[start-1].Text) || lexicon.IsDeterminer(sent[start-1].Text)) {
			start--
		}
		if start == end {
			continue
		}
		np := lexer.Join(sent[start:end])
		if name := mentions.mentionName(np); name != "" {
			return sent[k].End, name, true
		}
		if last := sent[end-1].Text; startsUpper(last) {
			if name := mentions.name(lexicon.Fold(last)); name != "" {
				return sent[k].End, name, true
			}
			if allUpper(sent[start:end]) {
				// "Chancellor Gordon Brown" is Gordon Brown.
				for start < end-1 && (lexicon.IsDeterminer(sent[start].Text) || lexicon.IsTitleWord(sent[start].Text) || lexicon.IsHonorific(sent[start].Text)) {
					start++
				}
				return sent[k].End, lexer.Join(sent[start:end]), true
			}
		}
	}
	return 0, "", false
}

// allUpper reports whether every word but a leading determiner is
// capitalised: a name, not a description.
func allUpper(toks []lexer.Token) bool {
	for i, t := range toks {
		if i == 0 && lexicon.IsDeterminer(t.Text) {
			continue
		}
		if !startsUpper(t.Text) {
			return false
		}
	}
	return len(toks) > 0
}

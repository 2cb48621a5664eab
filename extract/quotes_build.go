package extract

import (
	"slices"

	"github.com/newsclaims/claims/extract/internal/attrib"
	"github.com/newsclaims/claims/extract/internal/layout"
	"github.com/newsclaims/claims/extract/internal/lexer"
	"github.com/newsclaims/claims/extract/internal/quotes"
)

// addQuotes fills res.Quotes and res.Speakers.
func addQuotes(res *Result, text string, toks []lexer.Token, lay layout.Layout) {
	paras := make([]quotes.Paragraph, 0, len(lay.Paragraphs))
	for _, p := range lay.Paragraphs {
		if p.Last <= p.First {
			continue
		}
		paras = append(paras, quotes.Paragraph{First: lay.Sentences[p.First].TokStart, Last: lay.Sentences[p.Last-1].TokEnd})
	}
	regions := quotes.Find(toks, paras)
	qs, sps := attrib.Attribute(text, toks, lay, regions)
	res.Quotes = slices.Grow(res.Quotes, len(qs))
	res.Speakers = slices.Grow(res.Speakers, len(sps))
	for _, q := range qs {
		pq := Quote{
			Text:     text[q.Start:q.End],
			Span:     Span{q.Start, q.End},
			Kind:     QuoteKind(q.Kind),
			Sentence: sentenceAt(res.Sentences, q.Start),
		}
		if q.Speaker >= 0 {
			pq.Speaker = sps[q.Speaker].Name
		}
		if q.MentionEnd > q.MentionStart {
			pq.SpeakerMention = text[q.MentionStart:q.MentionEnd]
			pq.SpeakerStart, pq.SpeakerEnd = q.MentionStart, q.MentionEnd
		}
		if q.CueEnd > q.CueStart {
			pq.Cue = text[q.CueStart:q.CueEnd]
			pq.CueStart, pq.CueEnd = q.CueStart, q.CueEnd
		}
		res.Quotes = append(res.Quotes, pq)
	}
	for _, s := range sps {
		ps := Speaker{Name: s.Name, Mentions: make([]Mention, 0, len(s.Mentions)), Quotes: s.Quotes}
		for _, m := range s.Mentions {
			ps.Mentions = append(ps.Mentions, Mention{Text: text[m[0]:m[1]], Span: Span{m[0], m[1]}})
		}
		if ps.Quotes == nil {
			ps.Quotes = []int{}
		}
		res.Speakers = append(res.Speakers, ps)
	}
}

// sentenceAt returns the index of the sentence that holds byte offset off.
func sentenceAt(ss []Sentence, off int) int {
	lo, hi := 0, len(ss)
	for lo < hi {
		m := (lo + hi) / 2
		if ss[m].End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo >= len(ss) {
		return len(ss) - 1
	}
	return lo
}

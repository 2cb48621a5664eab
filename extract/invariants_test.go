package extract_test

import (
	"testing"

	"github.com/newsclaims/claims/extract"
)

// checkSpans checks the offset invariants on every value of res: each span
// locates its text in text, and values of one kind are ordered and
// disjoint.
func checkSpans(t testing.TB, text string, res *extract.Result) {
	t.Helper()
	at := func(kind string, i int, s extract.Span, got string) {
		t.Helper()
		if s.Start < 0 || s.End > len(text) || s.Start > s.End {
			t.Fatalf("%s %d: span [%d:%d] outside the text (%d bytes)", kind, i, s.Start, s.End, len(text))
		}
		if text[s.Start:s.End] != got {
			t.Fatalf("%s %d: text[%d:%d] = %q, value says %q", kind, i, s.Start, s.End, text[s.Start:s.End], got)
		}
	}
	ordered := func(kind string, spans []extract.Span) {
		t.Helper()
		for i := 1; i < len(spans); i++ {
			if spans[i].Start < spans[i-1].End {
				t.Fatalf("%s %d [%d:%d] overlaps or precedes %s %d [%d:%d]", kind, i, spans[i].Start, spans[i].End, kind, i-1, spans[i-1].Start, spans[i-1].End)
			}
		}
	}
	var spans []extract.Span
	for i, s := range res.Sentences {
		at("sentence", i, s.Span, s.Text)
		spans = append(spans, s.Span)
	}
	ordered("sentence", spans)
	spans = spans[:0]
	for i, m := range res.Money {
		at("money", i, m.Span, m.Text)
		spans = append(spans, m.Span)
		if m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
			t.Fatalf("money %d: sentence %d out of range", i, m.Sentence)
		}
	}
	ordered("money", spans)
	spans = spans[:0]
	for i, s := range res.Statistics {
		at("statistic", i, s.Span, s.Text)
		if s.Subject != "" {
			at("statistic subject", i, extract.Span{Start: s.SubjectStart, End: s.SubjectEnd}, s.Subject)
		}
		if s.Change != nil && s.Change.Cue != "" {
			at("statistic change cue", i, extract.Span{Start: s.Change.CueStart, End: s.Change.CueEnd}, s.Change.Cue)
		}
		spans = append(spans, s.Span)
	}
	ordered("statistic", spans)
	spans = spans[:0]
	for i, q := range res.Quotes {
		at("quote", i, q.Span, q.Text)
		if q.SpeakerMention != "" {
			at("quote speaker", i, extract.Span{Start: q.SpeakerStart, End: q.SpeakerEnd}, q.SpeakerMention)
		}
		if q.Cue != "" {
			at("quote cue", i, extract.Span{Start: q.CueStart, End: q.CueEnd}, q.Cue)
		}
		spans = append(spans, q.Span)
	}
	ordered("quote", spans)
	for i, sp := range res.Speakers {
		for _, m := range sp.Mentions {
			at("speaker mention", i, m.Span, m.Text)
		}
	}
	spans = spans[:0]
	for i, c := range res.Claims {
		at("claim", i, c.Span, c.Text)
		if c.Time != "" {
			at("claim time", i, extract.Span{Start: c.TimeStart, End: c.TimeEnd}, c.Time)
		}
		spans = append(spans, c.Span)
	}
	ordered("claim", spans)
}

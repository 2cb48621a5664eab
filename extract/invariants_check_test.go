package extract

import (
	"testing"

	"github.com/shopspring/decimal"
)

// TestCheckResultCatches makes sure the invariant checker the fuzz and
// hostile-input tests rely on is not vacuous: each broken result must be
// reported.
func TestCheckResultCatches(t *testing.T) {
	const text = "Costs rose to £5m, the minister said."
	good := func() *Result {
		return &Result{
			Paragraphs: []Paragraph{{Span: Span{0, len(text)}, FirstSentence: 0, EndSentence: 1}},
			Sentences:  []Sentence{{Text: text, Span: Span{0, len(text)}}},
			Money:      []Money{{Text: "£5m", Span: Span{14, 18}, Amount: decimal.NewFromInt(5000000)}},
			Statistics: []Statistic{},
			Quotes:     []Quote{},
			Speakers:   []Speaker{},
			Claims:     []Claim{},
		}
	}
	if errs := checkResult(text, good()); len(errs) > 0 {
		t.Fatalf("good result reported: %v", errs)
	}
	tests := []struct {
		name  string
		spoil func(r *Result)
	}{
		{"money text", func(r *Result) { r.Money[0].Text = "£6m" }},
		{"money span outside", func(r *Result) { r.Money[0].End = 1000 }},
		{"money overlap", func(r *Result) { r.Money = append(r.Money, r.Money[0]) }},
		{"money order", func(r *Result) {
			r.Money = append([]Money{{Text: "minister", Span: Span{24, 32}}}, r.Money...)
		}},
		{"money sentence index", func(r *Result) { r.Money[0].Sentence = 3 }},
		{"nil slice", func(r *Result) { r.Quotes = nil }},
		{"quote speaker sub-span", func(r *Result) {
			r.Quotes = []Quote{{Text: "Costs", Span: Span{0, 5}, SpeakerMention: "the minister", SpeakerStart: 19, SpeakerEnd: 30}}
		}},
		{"quote cue sub-span", func(r *Result) {
			r.Quotes = []Quote{{Text: "Costs", Span: Span{0, 5}, Cue: "said", CueStart: 33, CueEnd: 36}}
		}},
		{"statistic subject", func(r *Result) {
			r.Statistics = []Statistic{{Text: "5", Span: Span{16, 17}, Subject: "minister", SubjectStart: 0, SubjectEnd: 8}}
		}},
		{"change cue", func(r *Result) {
			r.Statistics = []Statistic{{Text: "5", Span: Span{16, 17}, Change: &Change{Cue: "rose", CueStart: 5, CueEnd: 10, From: -1}}}
		}},
		{"speaker mention", func(r *Result) {
			r.Speakers = []Speaker{{Name: "x", Mentions: []Mention{{Text: "the", Span: Span{0, 3}}}}}
		}},
		{"claim time", func(r *Result) {
			r.Claims = []Claim{{Text: text, Span: Span{0, len(text)}, Time: "now", TimeStart: 0, TimeEnd: 3}}
		}},
		{"claim money index", func(r *Result) {
			r.Claims = []Claim{{Text: text, Span: Span{0, len(text)}, Money: []int{1}}}
		}},
		{"sentence outside paragraph", func(r *Result) { r.Paragraphs[0].End = 10 }},
	}
	for _, tt := range tests {
		r := good()
		tt.spoil(r)
		if errs := checkResult(text, r); len(errs) == 0 {
			t.Errorf("%s: not reported", tt.name)
		}
	}
}

package extract

import (
	"encoding/json"

	"github.com/shopspring/decimal"
)

// Span is a range of UTF-8 byte offsets into the extracted text, end
// exclusive.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Qualifier says how a figure is hedged: "about £5m", "more than 100".
type Qualifier string

// Qualifiers.
const (
	Exact    Qualifier = "exact"
	About    Qualifier = "about"
	Almost   Qualifier = "almost"
	MoreThan Qualifier = "more_than"
	LessThan Qualifier = "less_than"
	AtLeast  Qualifier = "at_least"
	UpTo     Qualifier = "up_to"
)

// LineKind says what kind of line a sentence sits on.
type LineKind string

// Line kinds.
const (
	// Body is running text.
	Body LineKind = "body"
	// Headline is a title or cross-heading with no final punctuation.
	Headline LineKind = "headline"
	// Caption is a longer line with no final punctuation: a photo caption
	// or standfirst.
	Caption LineKind = "caption"
	// Short is a short line with no final punctuation: a byline, a date, a
	// credit.
	Short LineKind = "short"
)

// Paragraph is a run of lines between blank lines.
type Paragraph struct {
	Span
	// FirstSentence and EndSentence index Result.Sentences:
	// Sentences[FirstSentence:EndSentence] are the paragraph's.
	FirstSentence int `json:"first_sentence"`
	EndSentence   int `json:"end_sentence"`
}

// Sentence is a sentence, or a line that is not one (a headline, a caption).
// Sentences never cross a paragraph break or a line break between a
// headline and the text after it.
type Sentence struct {
	Text string `json:"text"`
	Span
	Paragraph int      `json:"paragraph"`
	Kind      LineKind `json:"kind"`
}

// Money is an amount of money: "£150 million", "15p", "between $5bn and
// $7bn", "£500 a week".
type Money struct {
	// Text is the amount as written, qualifier and period excluded.
	Text string `json:"text"`
	Span
	// Amount is the value in the currency's main unit: "15p" is 0.15 GBP.
	// For a range it is the low end.
	Amount decimal.Decimal `json:"amount"`
	// Currency is the ISO 4217 code; empty where the unit names none
	// ("francs" with no country).
	Currency string `json:"currency"`
	// Unit is the currency as written: "£", "US$", "euros", "p".
	Unit      string    `json:"unit"`
	Qualifier Qualifier `json:"qualifier"`
	// Low and High are the ends of a range ("£10m-£20m") or the bounds of a
	// vague amount ("millions of pounds": 1000000 to 999999999), nil
	// otherwise.
	Low  *decimal.Decimal `json:"low"`
	High *decimal.Decimal `json:"high"`
	// Vague marks an amount written as a magnitude with no number
	// ("hundreds of millions of dollars", "a few hundred pounds"); Amount
	// is then Low.
	Vague bool `json:"vague"`
	// Per is what the amount is per: "year" in "£3bn a year", "head" in
	// "£50 per head"; empty when it is a total.
	Per string `json:"per"`
	// Context is the noun the amount qualifies in "a £5m loss" ("loss").
	Context string `json:"context,omitempty"`
	// Sentence indexes Result.Sentences.
	Sentence int `json:"sentence"`
}

// MarshalJSON writes the decimals as JSON numbers with every digit kept.
func (m Money) MarshalJSON() ([]byte, error) {
	type plain Money
	return json.Marshal(struct {
		plain
		Amount json.Number  `json:"amount"`
		Low    *json.Number `json:"low"`
		High   *json.Number `json:"high"`
		Vague  bool         `json:"vague"`
	}{plain(m), number(m.Amount), numberPtr(m.Low), numberPtr(m.High), m.Vague})
}

func number(d decimal.Decimal) json.Number { return json.Number(d.String()) }

func numberPtr(d *decimal.Decimal) *json.Number {
	if d == nil {
		return nil
	}
	n := number(*d)
	return &n
}

// Result is everything extracted from one text.
type Result struct {
	Paragraphs []Paragraph `json:"paragraphs"`
	Sentences  []Sentence  `json:"sentences"`
	Money      []Money     `json:"money"`
	Statistics []Statistic `json:"statistics"`
	Quotes     []Quote     `json:"quotes"`
	Speakers   []Speaker   `json:"speakers"`
	Claims     []Claim     `json:"claims"`
}

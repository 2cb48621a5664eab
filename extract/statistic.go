package extract

import (
	"encoding/json"

	"github.com/shopspring/decimal"
)

// StatKind says what sort of figure a Statistic is.
type StatKind string

// Statistic kinds.
const (
	Count            StatKind = "count"
	Percent          StatKind = "percent"
	PercentagePoints StatKind = "percentage_points"
	Fraction         StatKind = "fraction"
	Ratio            StatKind = "ratio"
	Multiple         StatKind = "multiple"
	Rate             StatKind = "rate"
)

// Direction says which way a figure moved.
type Direction string

// Directions.
const (
	Up   Direction = "up"
	Down Direction = "down"
)

// Change is the movement a figure describes: "up 14 percent", "fell by a
// third", "from 20 to 30".
type Change struct {
	Direction Direction `json:"direction"`
	// Cue is the word that says so ("up", "rose", "cut by"), with its span.
	Cue      string `json:"cue"`
	CueStart int    `json:"cue_start"`
	CueEnd   int    `json:"cue_end"`
	// From is set for "from X to Y" pairs: the index in Result.Statistics
	// of the figure it moved from, or -1.
	From int `json:"from"`
}

// Statistic is a figure that is not money: "9,400 people", "14 percent",
// "almost a fifth", "hundreds of investigators", "one in five".
type Statistic struct {
	// Text is the figure as written, qualifier excluded.
	Text string `json:"text"`
	Span
	Kind StatKind `json:"kind"`
	// Value is the figure: 9400 for "9,400", 14 for "14 percent", 0.2 for
	// "a fifth" and "one in five", 2 for "doubled". For a vague magnitude
	// it is Low.
	Value decimal.Decimal `json:"value"`
	// Vague is set for a magnitude with no number ("hundreds", "tens of
	// thousands"); Low and High bound it.
	Vague     bool             `json:"vague"`
	Low       *decimal.Decimal `json:"low"`
	High      *decimal.Decimal `json:"high"`
	Qualifier Qualifier        `json:"qualifier"`
	// Subject is what is counted ("people" in "9,400 people"), with its
	// span; empty when the text does not say.
	Subject      string `json:"subject"`
	SubjectStart int    `json:"subject_start"`
	SubjectEnd   int    `json:"subject_end"`
	// Change is the movement the figure describes, nil when none.
	Change *Change `json:"change"`
	// Sentence indexes Result.Sentences.
	Sentence int `json:"sentence"`
}

// MarshalJSON writes the decimals as JSON numbers with every digit kept.
func (s Statistic) MarshalJSON() ([]byte, error) {
	type plain Statistic
	return json.Marshal(struct {
		plain
		Value json.Number  `json:"value"`
		Low   *json.Number `json:"low"`
		High  *json.Number `json:"high"`
	}{plain(s), number(s.Value), numberPtr(s.Low), numberPtr(s.High)})
}

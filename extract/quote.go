package extract

// QuoteKind says how a quotation is woven into the text.
type QuoteKind string

// Quote kinds.
const (
	// Direct is one or more whole sentences in quote marks.
	Direct QuoteKind = "direct"
	// Partial is a fragment in quote marks inside the reporter's sentence.
	Partial QuoteKind = "partial"
	// Scare is a quoted term or slogan with no speaker.
	Scare QuoteKind = "scare"
	// Indirect is reported speech with no marks: "X said that ...".
	Indirect QuoteKind = "indirect"
)

// Quote is a quotation and who said it.
type Quote struct {
	// Text is the quoted content without its quote marks.
	Text string `json:"text"`
	Span
	Kind QuoteKind `json:"kind"`
	// Speaker is the canonical name of who said it ("Keir Starmer"), empty
	// when no speaker is found.
	Speaker string `json:"speaker"`
	// SpeakerMention is the mention next to the cue ("the prime minister"),
	// with its span.
	SpeakerMention string `json:"speaker_mention"`
	SpeakerStart   int    `json:"speaker_start"`
	SpeakerEnd     int    `json:"speaker_end"`
	// Cue is the verb or phrase that attributes it ("said", "told",
	// "according to"), with its span.
	Cue      string `json:"cue"`
	CueStart int    `json:"cue_start"`
	CueEnd   int    `json:"cue_end"`
	// Sentence indexes Result.Sentences: the sentence the quote starts in.
	Sentence int `json:"sentence"`
}

// Speaker is one person or body quoted in the text, with every mention of
// it merged.
type Speaker struct {
	// Name is the canonical name: the fullest name the text gives, or a
	// descriptive phrase where it gives none.
	Name string `json:"name"`
	// Mentions are the places the text refers to the speaker.
	Mentions []Mention `json:"mentions"`
	// Quotes index Result.Quotes.
	Quotes []int `json:"quotes"`
}

// Mention is one reference to a speaker.
type Mention struct {
	Text string `json:"text"`
	Span
}

package extract

// SourceKind says where a claim comes from.
type SourceKind string

// Source kinds.
const (
	// FromSpeaker is a claim in a quote or after a cue verb.
	FromSpeaker SourceKind = "speaker"
	// FromOrganisation is data cited to a body ("figures from the Home
	// Office show", "according to the ONS").
	FromOrganisation SourceKind = "organisation"
	// FromReporter is the reporter's own statement.
	FromReporter SourceKind = "none"
)

// Claim is a sentence or quoted passage that states at least one figure.
type Claim struct {
	Text string `json:"text"`
	Span
	// Money and Statistics index Result.Money and Result.Statistics.
	Money      []int `json:"money"`
	Statistics []int `json:"statistics"`
	// Source is who makes the claim: a canonical speaker or organisation
	// name, or empty for the reporter.
	Source     string     `json:"source"`
	SourceKind SourceKind `json:"source_kind"`
	// Time is the claim's time cue ("last week", "since July"), with its
	// span; empty when none.
	Time      string `json:"time"`
	TimeStart int    `json:"time_start"`
	TimeEnd   int    `json:"time_end"`
}

package attrib

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/newsclaims/claims/extract/internal/layout"
	"github.com/newsclaims/claims/extract/internal/lexer"
	"github.com/newsclaims/claims/extract/internal/quotes"
)

// run attributes text and renders each quote as "kind|speaker|cue|text".
func run(text string) []string {
	toks := lexer.Tokenize(text)
	lay := layout.Analyze(text, toks)
	var paras []quotes.Paragraph
	for _, p := range lay.Paragraphs {
		paras = append(paras, quotes.Paragraph{First: lay.Sentences[p.First].TokStart, Last: lay.Sentences[p.Last-1].TokEnd})
	}
	qs, sps := Attribute(text, toks, lay, quotes.Find(toks, paras))
	out := []string{}
	for _, q := range qs {
		sp := ""
		if q.Speaker >= 0 {
			sp = sps[q.Speaker].Name
		}
		out = append(out, fmt.Sprintf("%s|%s|%s|%s", q.Kind, sp, text[q.CueStart:q.CueEnd], text[q.Start:q.End]))
	}
	return out
}

func TestPatterns(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"Q, X said", `"We will win," Jane Smith said.`,
			[]string{"direct|Jane Smith|said|We will win,"}},
		{"Q, said X", `"We will win," said Jane Smith, the party's leader.`,
			[]string{"direct|Jane Smith|said|We will win,"}},
		{"X said: Q", `Jane Smith said: "We will win."`,
			[]string{"direct|Jane Smith|said|We will win."}},
		{"X told Y: Q", `Jane Smith told the BBC: "We will win."`,
			[]string{"direct|Jane Smith|told|We will win."}},
		{"X said that", `Jane Smith said that the party would win the election.`,
			[]string{"indirect|Jane Smith|said|the party would win the election"}},
		{"X said, bare clause", `The company said profits had risen sharply.`,
			[]string{"indirect|the company|said|profits had risen sharply"}},
		{"according to", `According to the Refugee Council, claims have doubled since June.`,
			[]string{"indirect|Refugee Council|According to|claims have doubled since June"}},
		{"inverted indirect", `Wine sales are growing, the US Agriculture Department said.`,
			[]string{"indirect|US Agriculture Department|said|Wine sales are growing"}},
		{"split quote", `"We will win," Jane Smith said, "and win well."`,
			[]string{"direct|Jane Smith|said|We will win,", "partial|Jane Smith|said|and win well."}},
		{"continuation", `"We will win," Jane Smith said. "It is certain."`,
			[]string{"direct|Jane Smith|said|We will win,", "direct|Jane Smith||It is certain."}},
		{"who clause", `Jane Smith, who leads the party, said "We will win."`,
			[]string{"direct|Jane Smith|said|We will win."}},
		{"appositive", `"We will win," Jane Smith, the party's leader, told reporters.`,
			[]string{"direct|Jane Smith|told|We will win,"}},
		{"partial", `Ms Smith said the plan was a "massive failure" in every way.`,
			[]string{"partial|Smith|said|massive failure"}},
		{"partial before cue", `Aid is flowing, "sharing tactics," Ms Smith said.`,
			[]string{"partial|Smith|said|sharing tactics,"}},
		{"scare", `The pledge to "stop the boats" was dropped.`,
			[]string{"scare|||stop the boats"}},
		{"scare after used cue", `"We won," Ms Smith said, likely alluding to the pledge to "stop the boats".`,
			[]string{"direct|Smith|said|We won,", "scare|||stop the boats"}},
		{"coordinated cue", `The minister said that crime was a "driver of insecurity" and stressed that it needed a "global response."`,
			[]string{"partial|the minister|said|driver of insecurity", "partial|the minister|stressed|global response."}},
		{"participle", `Mr Brown greeted the media, saying: "I have faith in justice."`,
			[]string{"direct|Brown|saying|I have faith in justice."}},
		{"participle after cue", `Ms Smith said the plan was sound, adding that costs would fall.`,
			[]string{"indirect|Smith|said|the plan was sound", "indirect|Smith|adding|costs would fall"}},
		{"relative cue is not a report", `It scrapped the plan, which the Tories said acted as a deterrent.`,
			[]string{}},
		{"noun is not a cue", `Its central claim that prices will fall is wrong.`,
			[]string{}},
		{"infinitive is not a cue", `The minister declined to say whether prices will fall.`,
			[]string{}},
		{"document is not a speaker", `A survey of 1,000 people found that most were happy. The report said that prices would fall.`,
			[]string{}},
		{"share of people", `Almost 70% of those asked in a poll said that firms were not doing enough.`,
			[]string{"indirect|Almost 70% of those asked in a poll|said|firms were not doing enough"}},
		{"multi-paragraph", "Jane Smith said: \"We will win.\n\n\"And we will win well.\"",
			[]string{"direct|Jane Smith|said|We will win.", "direct|Jane Smith||And we will win well."}},
		{"flattened", `Mr Jones said: "Imagine this. "Then that." He added: "And more."`,
			[]string{"direct|Jones|said|Imagine this.", "direct|Jones||Then that.", "direct|Jones|added|And more."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := run(tt.text)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestSpeakerMerging(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // speaker of each quote
	}{
		{"surname and pronoun",
			"Prime Minister Sir Keir Starmer spoke in Glasgow.\n\n\"We will act,\" Starmer said. \"It is time,\" he added. The prime minister said that it would work.",
			[]string{"Keir Starmer", "Keir Starmer", "Keir Starmer"}},
		{"description then definite",
			"A Conservative Party spokesperson said the plan \"will mean nothing\".\n\n\"It is a shame,\" the spokesperson added.",
			[]string{"a Conservative Party spokesperson", "a Conservative Party spokesperson"}},
		{"possessive description stays apart",
			"The prime minister's official spokesman said: \"No new targets.\"\n\nThe prime minister said that it would work.",
			[]string{"the prime minister's official spokesman", "the prime minister"}},
		{"org short form", "Security firm RSA Security ran a poll.\n\nPeople are worried, said security firm RSA.",
			[]string{"RSA Security"}},
		{"name before of", "\"It will rise,\" said Grant Wilson of Mellon Bank.",
			[]string{"Grant Wilson"}},
		{"pronoun skips name inside report", "\"I'm ready,\" said Bobby Robson. Robson admitted he would test his skills against Jose Mourinho. \"I am not in a hurry,\" he added.",
			[]string{"Bobby Robson", "Bobby Robson", "Bobby Robson"}},
		{"alias", "With the Tories claiming the Chancellor has to fill a black hole, the race began.",
			[]string{"the Conservative Party"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, q := range run(tt.text) {
				got = append(got, strings.SplitN(q, "|", 3)[1])
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("\n got %q\nwant %q\n(%q)", got, tt.want, run(tt.text))
			}
		})
	}
}

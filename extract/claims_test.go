package extract_test

import (
	"strings"
	"testing"

	"github.com/newsclaims/claims/extract"
)

// claimWith returns the claim whose text holds the figure s.
func claimWith(t *testing.T, res *extract.Result, s string) extract.Claim {
	t.Helper()
	for _, c := range res.Claims {
		if strings.Contains(c.Text, s) {
			return c
		}
	}
	t.Fatalf("no claim holds %q", s)
	return extract.Claim{}
}

// TestSampleClaims is the claims acceptance on the sample article.
func TestSampleClaims(t *testing.T) {
	text := readTestdata(t, "starmer-border-security.txt")
	res, err := extract.Text(text)
	if err != nil {
		t.Fatal(err)
	}
	checkSpans(t, text, res)
	tests := []struct {
		figure string
		source string
		kind   extract.SourceKind
		time   string
	}{
		{"9,400", "Keir Starmer", extract.FromSpeaker, "last year"},
		{"62,000", "Refugee Council", extract.FromOrganisation, ""},
		{"£58 million", "Keir Starmer", extract.FromSpeaker, ""},
		{"30,000", "", extract.FromReporter, "last week"},
	}
	for _, tc := range tests {
		c := claimWith(t, res, tc.figure)
		if c.Source != tc.source || c.SourceKind != tc.kind || c.Time != tc.time {
			t.Errorf("claim with %q: source %q (%s), time %q; want %q (%s), time %q", tc.figure, c.Source, c.SourceKind, c.Time, tc.source, tc.kind, tc.time)
		}
	}
	// Every figure sits in exactly one claim.
	seen := map[int]int{}
	for _, c := range res.Claims {
		for _, i := range c.Money {
			seen[i]++
			if m := res.Money[i]; m.Start < c.Start || m.End > c.End {
				t.Errorf("money %q outside its claim", m.Text)
			}
		}
	}
	for i := range res.Money {
		if seen[i] != 1 {
			t.Errorf("money %d is in %d claims", i, seen[i])
		}
	}
}

func TestClaimSources(t *testing.T) {
	tests := []struct {
		name, text, figure, source string
		kind                       extract.SourceKind
		time                       string
	}{
		{"quoted", `"We will spend £5m on roads this year," Jane Smith said.`, "£5m", "Jane Smith", extract.FromSpeaker, "this year"},
		{"reported", "Jane Smith said that 300 jobs would go.", "300", "Jane Smith", extract.FromSpeaker, ""},
		{"according to", "According to the Office for National Statistics, prices rose 3% in 2004.", "3%", "Office for National Statistics", extract.FromOrganisation, "in 2004"},
		{"figures from", "Figures from the Home Office show 9,000 people were removed last year.", "9,000", "Home Office", extract.FromOrganisation, "last year"},
		{"named figures", "Home Office figures show 9,000 people were removed.", "9,000", "Home Office", extract.FromOrganisation, ""},
		{"announced", "Chancellor Gordon Brown announced a £2bn fund on Monday.", "£2bn", "Gordon Brown", extract.FromSpeaker, "on Monday"},
		{"inverted report", "Sales topped 30,000 last week, the company said.", "30,000", "the company", extract.FromOrganisation, "last week"},
		{"figure before the cue", "Sales topped 30,000 last week and the company said it was pleased.", "30,000", "", extract.FromReporter, "last week"},
		{"reporter", "The council spent £3m on parks since July.", "£3m", "", extract.FromReporter, "since July"},
	}
	for _, tc := range tests {
		res, err := extract.Text(tc.text)
		if err != nil {
			t.Fatal(err)
		}
		checkSpans(t, tc.text, res)
		var c *extract.Claim
		for i := range res.Claims {
			if strings.Contains(res.Claims[i].Text, tc.figure) {
				c = &res.Claims[i]
			}
		}
		if c == nil {
			t.Errorf("%s: no claim holds %q (%d claims)", tc.name, tc.figure, len(res.Claims))
			continue
		}
		if c.Source != tc.source || c.SourceKind != tc.kind || c.Time != tc.time {
			t.Errorf("%s: source %q (%s), time %q; want %q (%s), time %q", tc.name, c.Source, c.SourceKind, c.Time, tc.source, tc.kind, tc.time)
		}
	}
}

func TestNoFigureNoClaim(t *testing.T) {
	res, err := extract.Text(`"We will win," she said. The dollar fell.`)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Claims) != 0 {
		t.Errorf("got %d claims from text with no figure", len(res.Claims))
	}
}

package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/newsclaims/claims/extract"
)

// writeSummary prints a readable account of a result.
func writeSummary(w io.Writer, name, text string, res *extract.Result) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d bytes, %d paragraphs, %d sentences\n", name, len(text), len(res.Paragraphs), len(res.Sentences))
	fmt.Fprintf(&b, "\nMoney (%d)\n", len(res.Money))
	for _, m := range res.Money {
		fmt.Fprintf(&b, "  %-22q %s %s", m.Text, m.Amount.String(), orDash(m.Currency))
		switch {
		case m.Vague:
			fmt.Fprintf(&b, " vague %s–%s", m.Low, m.High)
		case m.Low != nil:
			fmt.Fprintf(&b, " range %s–%s", m.Low, m.High)
		}
		if m.Qualifier != extract.Exact {
			fmt.Fprintf(&b, " [%s]", m.Qualifier)
		}
		if m.Per != "" {
			fmt.Fprintf(&b, " per %s", m.Per)
		}
		fmt.Fprintf(&b, "  @%d-%d\n", m.Start, m.End)
	}
	if len(res.Statistics) > 0 {
		fmt.Fprintf(&b, "\nStatistics (%d)\n", len(res.Statistics))
		for _, s := range res.Statistics {
			fmt.Fprintf(&b, "  %-22q %s %s", s.Text, s.Kind, s.Value.String())
			if s.Vague {
				fmt.Fprintf(&b, " (vague %s–%s)", s.Low, s.High)
			}
			if s.Qualifier != extract.Exact && s.Qualifier != "" {
				fmt.Fprintf(&b, " [%s]", s.Qualifier)
			}
			if s.Subject != "" {
				fmt.Fprintf(&b, " → %s", s.Subject)
			}
			if s.Change != nil {
				fmt.Fprintf(&b, " (%s: %s)", s.Change.Direction, s.Change.Cue)
			}
			fmt.Fprintf(&b, "  @%d-%d\n", s.Start, s.End)
		}
	}
	if len(res.Quotes) > 0 {
		fmt.Fprintf(&b, "\nQuotes (%d)\n", len(res.Quotes))
		for _, q := range res.Quotes {
			fmt.Fprintf(&b, "  [%s] %s", q.Kind, clip(q.Text, 70))
			if q.Speaker != "" {
				fmt.Fprintf(&b, "\n      — %s (%q, %s)", q.Speaker, q.SpeakerMention, q.Cue)
			}
			b.WriteString("\n")
		}
	}
	if len(res.Speakers) > 0 {
		fmt.Fprintf(&b, "\nSpeakers (%d)\n", len(res.Speakers))
		for _, sp := range res.Speakers {
			fmt.Fprintf(&b, "  %-40s %d quotes, %d mentions\n", sp.Name, len(sp.Quotes), len(sp.Mentions))
		}
	}
	if len(res.Claims) > 0 {
		fmt.Fprintf(&b, "\nClaims (%d)\n", len(res.Claims))
		for _, c := range res.Claims {
			src := c.Source
			if src == "" {
				src = "reporter"
			}
			fmt.Fprintf(&b, "  %s: %s", src, clip(c.Text, 80))
			if c.Time != "" {
				fmt.Fprintf(&b, " [%s]", c.Time)
			}
			b.WriteString("\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// clip shortens s to about n runes, on one line.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

package main

import (
	_ "embed"
	"fmt"
	"html"
	"html/template"
	"io"
	"sort"
	"strings"

	"github.com/newsclaims/claims/extract"
)

//go:embed report.html.tmpl
var reportTemplate string

var reportPage = template.Must(template.New("report").Funcs(template.FuncMap{
	"clip": clip,
	"source": func(c extract.Claim) string {
		if c.Source == "" {
			return "reporter"
		}
		return c.Source
	},
}).Parse(reportTemplate))

// mark is one highlighted span of the article.
type mark struct {
	start, end int
	kind       string // money, statistic, quote, speaker
	index      int    // index in its Result slice
	title      string // the normalised form, shown on hover
}

// reportData is what the template renders.
type reportData struct {
	Name     string
	Title    string
	Article  template.HTML
	Result   *extract.Result
	Bytes    int
	Sources  []sourceGroup
	Speakers []extract.Speaker
}

// sourceGroup is the claims of one source, for the claims table.
type sourceGroup struct {
	Source string
	Claims []extract.Claim
}

// writeReport writes a self-contained HTML page (no network, no external
// assets) showing the article with its values highlighted.
func writeReport(w io.Writer, name, text string, res *extract.Result) error {
	title := name
	for _, s := range res.Sentences {
		if s.Kind == extract.Headline {
			title = s.Text
			break
		}
	}
	outer, inner := marks(res)
	d := reportData{Name: name, Title: title, Article: template.HTML(highlight(text, outer, inner)), Result: res, Bytes: len(text), Speakers: res.Speakers}
	groups := map[string][]extract.Claim{}
	var order []string
	for _, c := range res.Claims {
		src := c.Source
		if src == "" {
			src = "reporter"
		}
		if _, ok := groups[src]; !ok {
			order = append(order, src)
		}
		groups[src] = append(groups[src], c)
	}
	sort.SliceStable(order, func(i, j int) bool { return len(groups[order[i]]) > len(groups[order[j]]) })
	for _, s := range order {
		d.Sources = append(d.Sources, sourceGroup{Source: s, Claims: groups[s]})
	}
	return reportPage.Execute(w, d)
}

// marks lists the spans to highlight: quotes as the outer layer; money,
// statistics and speaker mentions inside. Speaker mentions that overlap a
// figure are left out so the inner layer stays disjoint.
func marks(res *extract.Result) (outer, inner []mark) {
	for i, q := range res.Quotes {
		t := "quote (" + string(q.Kind) + ")"
		if q.Speaker != "" {
			t += " — " + q.Speaker
			if q.Cue != "" {
				t += " (" + q.Cue + ")"
			}
		}
		outer = append(outer, mark{q.Start, q.End, "quote", i, t})
	}
	for i, m := range res.Money {
		t := m.Amount.String() + " " + m.Currency
		if m.Low != nil {
			t = fmt.Sprintf("%s–%s %s", m.Low, m.High, m.Currency)
		}
		if m.Vague {
			t += ", vague"
		}
		if m.Qualifier != extract.Exact {
			t += ", " + string(m.Qualifier)
		}
		if m.Per != "" {
			t += ", per " + m.Per
		}
		inner = append(inner, mark{m.Start, m.End, "money", i, t})
	}
	for i, s := range res.Statistics {
		t := string(s.Kind) + " " + s.Value.String()
		if s.Vague && s.High != nil {
			t = fmt.Sprintf("%s %s–%s", s.Kind, s.Low, s.High)
		}
		if s.Qualifier != "" && s.Qualifier != extract.Exact {
			t += ", " + string(s.Qualifier)
		}
		if s.Subject != "" {
			t += " → " + s.Subject
		}
		if s.Change != nil {
			t += ", " + string(s.Change.Direction)
		}
		inner = append(inner, mark{s.Start, s.End, "statistic", i, t})
	}
	sort.Slice(inner, func(i, j int) bool { return inner[i].start < inner[j].start })
	var mentions []mark
	for i, sp := range res.Speakers {
		for _, m := range sp.Mentions {
			mentions = append(mentions, mark{m.Start, m.End, "speaker", i, "speaker: " + sp.Name})
		}
	}
	sort.Slice(mentions, func(i, j int) bool { return mentions[i].start < mentions[j].start })
	inner = mergeDisjoint(inner, mentions)
	return outer, inner
}

// mergeDisjoint adds the marks of extra that overlap nothing in base (or an
// earlier extra) and returns them all ordered by start.
func mergeDisjoint(base, extra []mark) []mark {
	out := append([]mark(nil), base...)
	for _, e := range extra {
		free := true
		for _, b := range out {
			if e.start < b.end && b.start < e.end {
				free = false
				break
			}
		}
		if free {
			out = append(out, e)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// highlight renders text as escaped HTML with the marks as nested spans.
// The text is cut at every mark boundary; each piece is wrapped in the
// quote (outer) and the value (inner) that cover it, so a value that
// crosses a quote's edge is split into pieces with the same data-i.
func highlight(text string, outer, inner []mark) string {
	cuts := map[int]bool{0: true, len(text): true}
	for _, l := range [][]mark{outer, inner} {
		for _, m := range l {
			cuts[m.start], cuts[m.end] = true, true
		}
	}
	pos := make([]int, 0, len(cuts))
	for p := range cuts {
		pos = append(pos, p)
	}
	sort.Ints(pos)
	var b strings.Builder
	oi, ii := 0, 0
	var openO, openI *mark
	closeI := func() {
		if openI != nil {
			b.WriteString("</span>")
			openI = nil
		}
	}
	closeO := func() {
		closeI()
		if openO != nil {
			b.WriteString("</span>")
			openO = nil
		}
	}
	for k := 0; k+1 < len(pos); k++ {
		a, z := pos[k], pos[k+1]
		for oi < len(outer) && outer[oi].end <= a {
			oi++
		}
		for ii < len(inner) && inner[ii].end <= a {
			ii++
		}
		var o, in *mark
		if oi < len(outer) && outer[oi].start <= a {
			o = &outer[oi]
		}
		if ii < len(inner) && inner[ii].start <= a {
			in = &inner[ii]
		}
		if o != openO {
			closeO()
			if o != nil {
				writeOpen(&b, o, a == o.start)
				openO = o
			}
		}
		if in != openI {
			closeI()
			if in != nil {
				writeOpen(&b, in, a == in.start)
				openI = in
			}
		}
		b.WriteString(html.EscapeString(text[a:z]))
	}
	closeO()
	return b.String()
}

func writeOpen(b *strings.Builder, m *mark, first bool) {
	cls := "hl " + m.kind
	if first {
		cls += " first"
	}
	fmt.Fprintf(b, `<span class="%s" data-kind="%s" data-i="%d" title="%s">`, cls, m.kind, m.index, html.EscapeString(m.title))
}

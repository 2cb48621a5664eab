package extract

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// root returns the module root: the directory above this package.
func root(t testing.TB) string {
	dir, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestStarmerStatistics checks the statistics of the Starmer article
// against the list, then pins the whole JSON in a golden file.
func TestStarmerStatistics(t *testing.T) {
	text, err := os.ReadFile(filepath.Join(root(t), "testdata/starmer-border-security.txt"))
	if err != nil {
		t.Fatal(err)
	}
	res, err := Text(string(text))
	if err != nil {
		t.Fatal(err)
	}
	type want struct {
		text, kind, value string
		vague             bool
		qualifier         Qualifier
		subject           string
		change            Direction
	}
	// The issue writes the last subject as "crossings"; the recogniser
	// reports the whole noun phrase before the relative clause, "illegal
	// boat crossings", whose head that is.
	wants := []want{
		{"hundreds", "count", "100", true, Exact, "specialist investigators", ""},
		{"190", "count", "190", false, About, "countries", ""},
		{"100", "count", "100", false, MoreThan, "small boats", ""},
		{"tens of thousands", "count", "10000", true, Exact, "asylum seekers", ""},
		{"62,000", "count", "62000", false, Exact, "people", ""},
		{"hundreds", "count", "100", true, Exact, "new staff", ""},
		{"9,400", "count", "9400", false, Exact, "people", ""},
		{"a fifth", "fraction", "0.2", false, Almost, "enforced returns", Up},
		{"14 percent", "percent", "14", false, Exact, "returns of foreign national offenders", Up},
		{"30,000", "count", "30000", false, MoreThan, "illegal boat crossings", ""},
	}
	if len(res.Statistics) != len(wants) {
		for _, s := range res.Statistics {
			t.Logf("got %q %s %s", s.Text, s.Kind, s.Subject)
		}
		t.Fatalf("got %d statistics, want %d", len(res.Statistics), len(wants))
	}
	for i, w := range wants {
		s := res.Statistics[i]
		dir := Direction("")
		if s.Change != nil {
			dir = s.Change.Direction
		}
		if s.Text != w.text || string(s.Kind) != w.kind || s.Value.String() != w.value || s.Vague != w.vague ||
			s.Qualifier != w.qualifier || s.Subject != w.subject || dir != w.change {
			t.Errorf("statistic %d: got %q %s %s vague=%v %s %q %s; want %+v", i, s.Text, s.Kind, s.Value, s.Vague, s.Qualifier, s.Subject, dir, w)
		}
	}
	got, err := json.MarshalIndent(res.Statistics, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := filepath.Join(root(t), "testdata/golden/starmer-statistics.json")
	if *Update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	golden, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to write it)", err)
	}
	if !bytes.Equal(got, golden) {
		t.Errorf("statistics JSON differs from %s; run go test -update and review the diff", path)
	}
}

// TestStatisticJSON checks the field names of a statistic in JSON.
func TestStatisticJSON(t *testing.T) {
	res, err := Text("Sales rose 14% to 9,400 units.")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Statistics) == 0 {
		t.Fatal("no statistics")
	}
	b, err := json.Marshal(res.Statistics[0])
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"text", "start", "end", "kind", "value", "vague", "low", "high", "qualifier", "subject", "subject_start", "subject_end", "change", "sentence"} {
		if _, ok := m[k]; !ok {
			t.Errorf("JSON has no %q: %s", k, b)
		}
	}
}

// TestCorpusStatistics runs every article of the shared corpus: no panic,
// every span locates its text, statistics ordered and disjoint, change
// links valid.
func TestCorpusStatistics(t *testing.T) {
	f, err := os.Open(filepath.Join(root(t), "../shared/corpus/bbc-news-2005.jsonl"))
	if err != nil {
		t.Skip("shared corpus absent:", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	articles, stats := 0, 0
	for sc.Scan() {
		var a struct{ ID, Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		res, err := Text(a.Text)
		if err != nil {
			t.Fatal(a.ID, err)
		}
		articles++
		last := 0
		for i, s := range res.Statistics {
			stats++
			if s.Start < last || s.End <= s.Start || a.Text[s.Start:s.End] != s.Text {
				t.Errorf("%s: statistic %d %q at %d-%d does not locate or overlaps", a.ID, i, s.Text, s.Start, s.End)
			}
			last = s.End
			if s.Subject != "" && a.Text[s.SubjectStart:s.SubjectEnd] != s.Subject {
				t.Errorf("%s: subject %q does not locate", a.ID, s.Subject)
			}
			if c := s.Change; c != nil {
				if a.Text[c.CueStart:c.CueEnd] != c.Cue || c.From >= len(res.Statistics) || c.From == i {
					t.Errorf("%s: change %+v of %q is wrong", a.ID, c, s.Text)
				}
			}
			if s.Sentence < 0 || s.Sentence >= len(res.Sentences) {
				t.Errorf("%s: sentence %d out of range", a.ID, s.Sentence)
			}
		}
	}
	t.Logf("%d articles, %d statistics", articles, stats)
}

// TestHandcheckRecords checks the hand-check files of money and statistics:
// every record names a sample, an article and offsets (no article text
// beyond a statistic's subject), has a verdict, and, when the corpus is
// present, its offsets lie in the article. It logs the verdicts of each
// sample; testdata/money-handcheck.md and testdata/stats-handcheck.md say how
// they were drawn and judged.
func TestHandcheckRecords(t *testing.T) {
	lengths := map[string]int{}
	if c, err := os.Open(filepath.Join(root(t), "../shared/corpus/bbc-news-2005.jsonl")); err == nil {
		sc := bufio.NewScanner(c)
		sc.Buffer(nil, 1<<24)
		for sc.Scan() {
			var a struct{ ID, Text string }
			if err := json.Unmarshal(sc.Bytes(), &a); err == nil {
				lengths[a.ID] = len(a.Text)
			}
		}
		c.Close()
	}
	for _, name := range []string{"money-handcheck.jsonl", "stats-handcheck.jsonl"} {
		t.Run(name, func(t *testing.T) {
			checkHandcheckFile(t, filepath.Join(root(t), "testdata", name), lengths)
		})
	}
}

// checkHandcheckFile checks one hand-check file's records; lengths holds the
// corpus articles' lengths by id, or nothing where the corpus is absent.
func checkHandcheckFile(t *testing.T, path string, lengths map[string]int) {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	type counts struct{ right, wrong, dropped int }
	bySample := map[string]*counts{}
	var order []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var r struct {
			Sample, ID, Verdict, Subject string
			Start, End                   int
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		if r.Sample == "" || r.ID == "" || r.End <= r.Start {
			t.Errorf("incomplete record: %s", sc.Text())
		}
		if len(r.Subject) > 80 {
			t.Errorf("%s %d: subject too long for a record: %q", r.ID, r.Start, r.Subject)
		}
		if n, ok := lengths[r.ID]; len(lengths) > 0 && (!ok || r.End > n) {
			t.Errorf("%s %d-%d: not in the corpus", r.ID, r.Start, r.End)
		}
		c := bySample[r.Sample]
		if c == nil {
			c = &counts{}
			bySample[r.Sample] = c
			order = append(order, r.Sample)
		}
		switch r.Verdict {
		case "right":
			c.right++
		case "wrong":
			c.wrong++
		case "dropped":
			c.dropped++
		default:
			t.Errorf("%s %d: verdict %q", r.ID, r.Start, r.Verdict)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(order) == 0 {
		t.Fatal("no records")
	}
	for _, s := range order {
		c := bySample[s]
		t.Logf("%s: %d right, %d wrong, %d no longer reported", s, c.right, c.wrong, c.dropped)
	}
}

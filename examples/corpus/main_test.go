package main

import (
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	in := `{"id":"a","text":"It cost £5m."}
{"id":"b","text":"No figures here."}
{"id":"c","text":"It cost $1bn and 5m euros."}
`
	for _, workers := range []int{1, 4} {
		var b strings.Builder
		if err := run(strings.NewReader(in), &b, workers); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSpace(b.String()), "\n")
		if len(lines) != 3 || !strings.HasPrefix(lines[0], "a\tmoney=1") || !strings.HasPrefix(lines[1], "b\tmoney=0") || !strings.HasPrefix(lines[2], "c\tmoney=2") {
			t.Errorf("workers=%d: got:\n%s", workers, b.String())
		}
	}
}

func TestRunBadLine(t *testing.T) {
	var b strings.Builder
	err := run(strings.NewReader("{\"id\":\"a\",\"text\":\"x\"}\nnot json\n"), &b, 2)
	if err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("got %v", err)
	}
}

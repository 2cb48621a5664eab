package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRunSample(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "starmer-border-security.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	if err := run(&out, string(b)); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{
		"source: Keir Starmer (speaker)\n   money: £58 million = 58000000 GBP (exact)",
		"source: Refugee Council (organisation)",
		"figure: 30,000 = 30000 count (more_than) of illegal boat crossings",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
}

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
	if !strings.Contains(out.String(), "source:") && !strings.Contains(out.String(), "no claims found") {
		t.Errorf("got:\n%s", out.String())
	}
}

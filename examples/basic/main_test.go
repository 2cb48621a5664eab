package main

import (
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	var b strings.Builder
	if err := run(&b, article); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), `money     "£2.5m"    2500000 GBP per "year"`) {
		t.Errorf("got:\n%s", b.String())
	}
}

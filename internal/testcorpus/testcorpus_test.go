package testcorpus

import (
	"errors"
	"os"
	"testing"
)

func TestRead(t *testing.T) {
	arts, err := Read(3)
	if errors.Is(err, os.ErrNotExist) {
		t.Skip("shared corpus absent")
	}
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 3 || arts[0].ID == "" || arts[0].Text == "" {
		t.Errorf("got %d articles: %+v", len(arts), arts)
	}
}

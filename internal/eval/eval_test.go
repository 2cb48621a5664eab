package eval

import "testing"

func TestMatch(t *testing.T) {
	tests := []struct {
		name      string
		gold, sys []Span
		want      []int
	}{
		{"exact", []Span{{0, 10}}, []Span{{0, 10}}, []int{0}},
		{"half overlap is enough", []Span{{0, 10}}, []Span{{5, 20}}, []int{0}},
		{"less than half is not", []Span{{0, 10}}, []Span{{6, 20}}, []int{-1}},
		{"one to one", []Span{{0, 10}, {0, 10}}, []Span{{0, 10}}, []int{0, -1}},
		{"best overlap wins", []Span{{0, 10}}, []Span{{0, 6}, {0, 9}}, []int{1}},
		{"none", []Span{{0, 10}}, nil, []int{-1}},
	}
	for _, tc := range tests {
		got := Match(tc.gold, tc.sys, 0.5)
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
				break
			}
		}
	}
}

func TestScore(t *testing.T) {
	s := Score{Gold: 4, System: 5, Matched: 4, ValueOK: 3, ValueN: 4}
	if s.Precision() != 0.8 || s.Recall() != 1 || s.ValueAccuracy() != 0.75 {
		t.Errorf("got p=%v r=%v v=%v", s.Precision(), s.Recall(), s.ValueAccuracy())
	}
	if f := s.F1(); f < 0.888 || f > 0.889 {
		t.Errorf("F1 = %v", f)
	}
	if (Score{}).F1() != 1 {
		t.Errorf("empty score F1 = %v, want 1", (Score{}).F1())
	}
}

func TestSpeakerOK(t *testing.T) {
	tests := []struct {
		gold, got string
		want      bool
	}{
		{"Keir Starmer", "Sir Keir Starmer", true},
		{"the Conservative Party", "Conservative Party", true},
		{"Keir Starmer", "Starmer", false},
		{"Tony Blair", "", false},
		{"the prime minister’s official spokesman", "prime minister's official spokesman", true},
	}
	for _, tc := range tests {
		if got := SpeakerOK(tc.gold, tc.got); got != tc.want {
			t.Errorf("SpeakerOK(%q, %q) = %v", tc.gold, tc.got, got)
		}
	}
}

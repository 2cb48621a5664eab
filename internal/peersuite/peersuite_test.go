package peersuite

import "testing"

func TestOutOfScope(t *testing.T) {
	doc := "intro\n- `recognizers-number-001` — an IP address\n" +
		"| id | input | why |\n|---|---|---|\n" +
		"| recognizers-currency-093 | \"dollar\" | bare name |\n" +
		"| recognizers-currency-100 | \"10 us dollar\" | kept in scope |\n"
	got := OutOfScope(doc)
	if len(got) != 2 || got["recognizers-number-001"] != "an IP address" || got["recognizers-currency-093"] != "bare name" {
		t.Errorf("got %v", got)
	}
}

func TestRead(t *testing.T) {
	for _, name := range []string{"currency", "percent", "number"} {
		cases, out, err := Read(name)
		if err != nil {
			t.Fatal(err)
		}
		if len(cases) < 10 || len(out) == 0 {
			t.Errorf("%s: %d cases, %d out of scope", name, len(cases), len(out))
		}
		for id := range out {
			found := false
			for _, c := range cases {
				if c.ID == id {
					found = true
				}
			}
			if !found {
				t.Errorf("%s: out-of-scope id %s is not in the suite", name, id)
			}
		}
	}
}

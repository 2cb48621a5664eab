package extract_test

import (
	"testing"

	"github.com/newsclaims/claims/extract"
)

// checkSpans fails t on any broken invariant of res: a span that does not
// locate its text, values of a kind out of order or overlapping, an index
// out of range. The checker walks the whole Result (extract.CheckResult).
func checkSpans(t testing.TB, text string, res *extract.Result) {
	t.Helper()
	for _, e := range extract.CheckResult(text, res) {
		t.Fatal(e)
	}
}

package extract

import "flag"

// Update rewrites the golden files in testdata instead of comparing with
// them: go test ./extract -update. It serves the internal and the external
// tests, which share one test binary and so one flag.
var Update = flag.Bool("update", false, "rewrite the golden files in testdata")

// CheckResult lets the external tests (package extract_test) check a
// Result's invariants with the same checker the internal tests use.
var CheckResult = checkResult

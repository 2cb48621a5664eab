package extract

// CheckResult lets the external tests (package extract_test) check a
// Result's invariants with the same checker the internal tests use.
var CheckResult = checkResult

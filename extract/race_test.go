//go:build race

package extract

// raceEnabled reports whether the race detector is on; big-input tests
// scale down under it, since it slows the code five to ten times.
const raceEnabled = true

//go:build race

package nlp

// raceEnabled is true when the race detector is on: long tests read less.
const raceEnabled = true

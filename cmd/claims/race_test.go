//go:build race

package main

// raceEnabled is true when the race detector is on: long tests read less.
const raceEnabled = true

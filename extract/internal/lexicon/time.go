package lexicon

// months maps month names and their abbreviations to 1-12: a number beside
// one is a date.
var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// timeDeictics are words that place a period relative to now: "last
// week", "next year", "this month".
var timeDeictics = map[string]bool{
	"last": true, "this": true, "next": true, "previous": true, "past": true,
	"coming": true, "current": true, "following": true, "first": true,
	"second": true, "third": true, "fourth": true, "final": true, "recent": true,
}

// timeAdverbs are one-word time cues.
var timeAdverbs = map[string]bool{
	"yesterday": true, "today": true, "tonight": true, "tomorrow": true,
	"recently": true, "currently": true, "annually": true, "afterwards": true,
	"afterward": true, "beforehand": true,
}

// timePrepositions open a time phrase before a date or a year: "since July",
// "in 2023", "by 2010".
var timePrepositions = map[string]bool{
	"since": true, "in": true, "by": true, "until": true, "till": true, "from": true,
	"during": true, "before": true, "after": true, "on": true, "between": true, "to": true,
	"through": true, "throughout": true, "over": true, "within": true, "for": true,
}

// periodParts name a part of a period before "of": "by the end of
// October", "for the whole of 2004", "in the first half of the year".
var periodParts = map[string]bool{
	"end": true, "start": true, "beginning": true, "middle": true, "whole": true,
	"rest": true, "half": true, "course": true, "remainder": true, "bulk": true,
}

// IsPeriodPart reports whether w names a part of a period before "of"
// ("end", "whole", "half").
func IsPeriodPart(w string) bool { return periodPartsSet.has(w) }

var periodPartsSet = newFoldSet(periodParts)

// Month returns the month a word names (1-12), accepting "Nov" and "Sept".
func Month(w string) (int, bool) {
	m, ok := find(months, w)
	return m, ok
}

// IsTimeDeictic reports whether w places a period relative to now ("last").
func IsTimeDeictic(w string) bool { return timeDeicticsSet.has(w) }

var timeDeicticsSet = newFoldSet(timeDeictics)

// IsTimeAdverb reports whether w is a one-word time cue ("yesterday").
func IsTimeAdverb(w string) bool { return timeAdverbsSet.has(w) }

var timeAdverbsSet = newFoldSet(timeAdverbs)

// IsTimePreposition reports whether w opens a time phrase ("since").
func IsTimePreposition(w string) bool { return timePrepositionsSet.has(w) }

var timePrepositionsSet = newFoldSet(timePrepositions)

// MayOpenTime reports whether a word, in any case, may open a time phrase:
// it is a time adverb, preposition or deictic, a month, a number word of
// one or two digits, or "a", "an", "so", "earlier" or "later". It answers
// without hashing, so it may say yes to other words too; no means no.
func MayOpenTime(w string) bool { return timeOpenShapes.mayFold(w) }

var timeOpenShapes = func() *shapes {
	m := map[string]bool{"a": true, "an": true, "one": true, "so": true, "earlier": true, "later": true}
	for _, t := range []map[string]bool{timeAdverbs, timePrepositions, timeDeictics} {
		for w := range t {
			m[w] = true
		}
	}
	for w := range months {
		m[w] = true
	}
	for w := range units {
		m[w] = true
	}
	for w := range tens {
		m[w] = true
	}
	return shapesOf(m)
}()

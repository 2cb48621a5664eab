package lexicon

import (
	"strings"

	"github.com/shopspring/decimal"
)

// units are the number words below twenty.
var units = map[string]int64{
	"zero": 0, "nil": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
	"twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19,
}

// tens are the multiples of ten from twenty to ninety.
var tens = map[string]int64{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

// Scale is a multiplier word: "million", "bn", "dozen".
type Scale struct {
	// Exp is the power of ten it multiplies by; zero for Dozen.
	Exp int32
	// Dozen marks "dozen" (×12), which is not a power of ten.
	Dozen bool
	// Short is true for abbreviations ("m", "bn", "k") that are read only
	// straight after a number, glued or spaced.
	Short bool
}

// scales maps a scale word to its multiplier. Plurals ("millions") are
// handled by ScaleWord.
var scales = map[string]Scale{
	"hundred": {Exp: 2}, "thousand": {Exp: 3}, "million": {Exp: 6},
	"billion": {Exp: 9}, "trillion": {Exp: 12}, "lakh": {Exp: 5}, "lakhs": {Exp: 5},
	"crore": {Exp: 7}, "crores": {Exp: 7}, "dozen": {Dozen: true},
	"doz": {Dozen: true}, "dz": {Dozen: true}, "dozs": {Dozen: true}, "dzs": {Dozen: true},
	"k": {Exp: 3, Short: true}, "m": {Exp: 6, Short: true}, "mn": {Exp: 6, Short: true},
	"mln": {Exp: 6, Short: true}, "mil": {Exp: 6, Short: true},
	"bn": {Exp: 9, Short: true}, "b": {Exp: 9, Short: true}, "bln": {Exp: 9, Short: true},
	"tn": {Exp: 12, Short: true}, "trn": {Exp: 12, Short: true}, "tr": {Exp: 12, Short: true},
	"tln": {Exp: 12, Short: true},
}

// fractions maps a fraction word to its denominator: "fifth" → 5,
// "half" → 2. Plurals are handled by FractionWord.
var fractions = map[string]int64{
	"half": 2, "halves": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5,
	"sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
	"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
	"sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
	"hundredth": 100, "thousandth": 1000, "millionth": 1000000,
	"billionth": 1000000000, "trillionth": 1000000000000,
}

// ordinals maps ordinal words to their position.
var ordinals = map[string]int64{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
	"twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
	"sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
	"hundredth": 100, "thousandth": 1000, "millionth": 1000000,
	"billionth": 1000000000, "trillionth": 1000000000000,
}

// ordinalUnits are the ordinals that follow a tens word in a compound
// denominator ("twenty-first", "thirty fifths"). "second" is left out: "twenty
// seconds" is a time.
var ordinalUnits = map[string]int64{
	"first": 1, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9,
}

// OrdinalUnit returns the value of an ordinal from "first" to "ninth" that
// can end a compound denominator, singular or plural ("firsts", "fifths").
func OrdinalUnit(w string) (v int64, plural bool, ok bool) {
	if !ordinalUnitShapes.mayFold(w) {
		return 0, false, false
	}
	l := strings.ToLower(w)
	if v, ok := ordinalUnits[l]; ok {
		return v, false, true
	}
	if strings.HasSuffix(l, "s") {
		if v, ok := ordinalUnits[l[:len(l)-1]]; ok {
			return v, true, true
		}
	}
	return 0, false, false
}

// ordinalSuffixes are the letters glued to digits in "1st", "22nd", "3rd", "14th".
var ordinalSuffixes = map[string]bool{"st": true, "nd": true, "rd": true, "th": true}

// UnitWord returns the value of a number word below twenty.
func UnitWord(w string) (int64, bool) {
	v, ok := unitTable.find(w)
	return v, ok
}

// TensWord returns the value of "twenty" … "ninety".
func TensWord(w string) (int64, bool) {
	v, ok := tensTable.find(w)
	return v, ok
}

// ScaleWord returns the scale a word names, accepting plurals of the long
// forms ("millions", "dozens"); plural reports such a plural, which news
// uses for vague magnitudes ("millions of pounds").
func ScaleWord(w string) (s Scale, plural bool, ok bool) {
	if !scaleShapes.mayFold(w) {
		return Scale{}, false, false
	}
	l := strings.ToLower(w)
	if s, ok := scales[l]; ok {
		return s, false, true
	}
	if strings.HasSuffix(l, "s") {
		if s, ok := scales[l[:len(l)-1]]; ok && !s.Short {
			return s, true, true
		}
	}
	return Scale{}, false, false
}

// FractionWord returns the denominator of a fraction word, singular or
// plural ("fifth", "fifths", "half", "quarters").
func FractionWord(w string) (den int64, plural bool, ok bool) {
	if !fractionShapes.mayFold(w) {
		return 0, false, false
	}
	l := strings.ToLower(w)
	if d, ok := fractions[l]; ok {
		return d, l == "halves", true
	}
	if strings.HasSuffix(l, "s") {
		if d, ok := fractions[l[:len(l)-1]]; ok {
			return d, true, true
		}
	}
	return 0, false, false
}

// The shapes of the words OrdinalUnit, ScaleWord and FractionWord read,
// singular and plural, which turn most other words away before they are
// folded.
var (
	ordinalUnitShapes = shapesOf(withPlurals(ordinalUnits))
	scaleShapes       = shapesOf(withPlurals(scales))
	fractionShapes    = shapesOf(withPlurals(fractions))
)

// withPlurals returns the words of a table and each with an "s" after it.
func withPlurals[V any](m map[string]V) map[string]bool {
	out := make(map[string]bool, 2*len(m))
	for w := range m {
		out[w], out[w+"s"] = true, true
	}
	return out
}

// unitTable, tensTable and ordinalTable look words up in units, tens and
// ordinals without hashing most of them.
var (
	unitTable    = newFoldTable(units)
	tensTable    = newFoldTable(tens)
	ordinalTable = newFoldTable(ordinals)
)

// OrdinalWord returns the position an ordinal word names ("third" → 3).
func OrdinalWord(w string) (int64, bool) {
	v, ok := ordinalTable.find(w)
	return v, ok
}

// IsOrdinalSuffix reports whether w is "st", "nd", "rd" or "th".
func IsOrdinalSuffix(w string) bool { return has(ordinalSuffixes, w) }

// vulgarFractions are the one-character fractions of Unicode.
var vulgarFractions = map[string][2]int64{
	"½": {1, 2}, "⅓": {1, 3}, "⅔": {2, 3}, "¼": {1, 4}, "¾": {3, 4}, "⅕": {1, 5},
	"⅖": {2, 5}, "⅗": {3, 5}, "⅘": {4, 5}, "⅙": {1, 6}, "⅚": {5, 6}, "⅐": {1, 7},
	"⅛": {1, 8}, "⅜": {3, 8}, "⅝": {5, 8}, "⅞": {7, 8}, "⅑": {1, 9}, "⅒": {1, 10},
}

// VulgarFraction returns the value of a one-character fraction ("¾").
func VulgarFraction(s string) (decimal.Decimal, bool) {
	if !vulgarShapes.may(s) {
		return decimal.Decimal{}, false
	}
	f, ok := vulgarFractions[s]
	if !ok {
		return decimal.Decimal{}, false
	}
	return decimal.NewFromInt(f[0]).DivRound(decimal.NewFromInt(f[1]), 16), true
}

// vulgarShapes turns away most tokens (punctuation asked whether it is a
// fraction) without hashing them.
var vulgarShapes = shapesOf(vulgarFractions)

// startWords are the lower-case words a number phrase in words can start
// with, filled from the tables above.
var startWords = func() map[string]bool {
	m := map[string]bool{
		"a": true, "an": true, "half": true, "quarter": true, "tens": true,
		"hundreds": true, "thousands": true, "millions": true, "billions": true,
		"trillions": true, "dozens": true, "scores": true, "several": true,
	}
	for w := range units {
		m[w] = true
	}
	for w := range tens {
		m[w] = true
	}
	return m
}()

// StartsNumber reports whether a word, in any case, can start a number
// phrase written in words; it lets the grammar pass over other words
// cheaply.
func StartsNumber(w string) bool {
	v, _ := startTable.find(w)
	return v
}

// startTable looks words up in startWords, passing over most words
// without hashing them.
var startTable = newFoldTable(startWords)

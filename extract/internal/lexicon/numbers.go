package lexicon

import "strings"

// units are the number words below twenty.
var units = map[string]int64{
	"zero": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
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
	"k": {Exp: 3, Short: true}, "m": {Exp: 6, Short: true}, "mn": {Exp: 6, Short: true},
	"mln": {Exp: 6, Short: true}, "mil": {Exp: 6, Short: true},
	"bn": {Exp: 9, Short: true}, "b": {Exp: 9, Short: true}, "bln": {Exp: 9, Short: true},
	"tn": {Exp: 12, Short: true}, "trn": {Exp: 12, Short: true}, "tr": {Exp: 12, Short: true},
}

// fractions maps a fraction word to its denominator: "fifth" → 5,
// "half" → 2. Plurals are handled by FractionWord.
var fractions = map[string]int64{
	"half": 2, "halves": 2, "third": 3, "quarter": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "twentieth": 20,
	"hundredth": 100, "thousandth": 1000,
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
}

// ordinalSuffixes are the letters glued to digits in "1st", "22nd", "3rd", "14th".
var ordinalSuffixes = map[string]bool{"st": true, "nd": true, "rd": true, "th": true}

// UnitWord returns the value of a number word below twenty.
func UnitWord(w string) (int64, bool) {
	v, ok := units[strings.ToLower(w)]
	return v, ok
}

// TensWord returns the value of "twenty" … "ninety".
func TensWord(w string) (int64, bool) {
	v, ok := tens[strings.ToLower(w)]
	return v, ok
}

// ScaleWord returns the scale a word names, accepting plurals of the long
// forms ("millions", "dozens"); plural reports such a plural, which news
// uses for vague magnitudes ("millions of pounds").
func ScaleWord(w string) (s Scale, plural bool, ok bool) {
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

// OrdinalWord returns the position an ordinal word names ("third" → 3).
func OrdinalWord(w string) (int64, bool) {
	v, ok := ordinals[strings.ToLower(w)]
	return v, ok
}

// IsOrdinalSuffix reports whether w is "st", "nd", "rd" or "th".
func IsOrdinalSuffix(w string) bool { return ordinalSuffixes[strings.ToLower(w)] }

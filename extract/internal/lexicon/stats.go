package lexicon

import (
	"strings"

	"github.com/shopspring/decimal"
)

// Change directions.
const (
	Up   = "up"
	Down = "down"
)

// percentWords are written after a number to make a percentage: "14
// percent", "14 pc", "14 percentage" ("per cent" is two words, read by the
// recogniser).
var percentWords = map[string]bool{
	"percent": true, "percents": true, "pc": true, "pct": true, "percentage": true,
	"%": true,
}

// IsPercentWord reports whether w makes the number before it a percentage.
func IsPercentWord(w string) bool { return percentWordsSet.has(w) }

var percentWordsSet = newFoldSet(percentWords)

// changeCues are the words before a figure that say it moved: "up 14
// percent", "rose by a fifth", "cut by 500", "a rise of 5%".
var changeCues = map[string]string{
	"up": Up, "rose": Up, "rise": Up, "rises": Up, "risen": Up, "rising": Up,
	"increased": Up, "increase": Up, "increases": Up, "increasing": Up,
	"jumped": Up, "jump": Up, "jumps": Up, "grew": Up, "grow": Up, "grown": Up,
	"grows": Up, "growing": Up, "growth": Up, "gained": Up, "gain": Up, "gains": Up,
	"climbed": Up, "climb": Up, "climbs": Up, "soared": Up, "surged": Up, "leapt": Up,
	"leaped": Up, "raised": Up, "raise": Up, "boosted": Up, "boost": Up, "added": Up,
	"rocketed": Up, "doubled": Up, "tripled": Up, "trebled": Up, "advanced": Up,
	"down": Down, "fell": Down, "fall": Down, "falls": Down, "fallen": Down,
	"falling": Down, "decreased": Down, "decrease": Down, "decreases": Down,
	"declined": Down, "decline": Down, "declines": Down, "declining": Down,
	"dropped": Down, "drop": Down, "drops": Down, "dropping": Down, "slumped": Down,
	"slump": Down, "plunged": Down, "plummeted": Down, "slipped": Down, "slid": Down,
	"dipped": Down, "dip": Down, "tumbled": Down, "cut": Down, "cuts": Down,
	"cutting": Down, "reduced": Down, "reduce": Down, "reduction": Down,
	"lowered": Down, "shed": Down, "slashed": Down, "shrank": Down, "shrunk": Down,
	"eased": Down, "halved": Down, "lost": Down, "losing": Down,
	"dipping": Down, "slipping": Down, "tumbling": Down, "plunging": Down,
	"climbing": Up, "soaring": Up, "surging": Up, "jumping": Up,
	"expanded": Up, "expand": Up, "expands": Up, "expanding": Up, "contracted": Down,
	"contract": Down, "contracts": Down, "trimmed": Down, "trim": Down, "narrowed": Down,
	"strengthened": Up, "weakened": Down, "widened": Up, "deteriorate": Down,
	"deteriorated": Down, "improved": Up, "improve": Up, "improving": Up,
	"plummet": Down, "plunge": Down, "slide": Down, "slip": Down, "tumble": Down,
	"dive": Down, "dived": Down, "sink": Down, "sank": Down, "soar": Up, "surge": Up,
	"rocket": Up, "leap": Up, "sliding": Down, "slides": Down, "slumping": Down,
	"slumps": Down, "tumbles": Down, "plunges": Down, "dives": Down, "diving": Down,
	"sinking": Down, "sinks": Down, "soars": Up, "surges": Up, "rockets": Up,
	"rocketing": Up, "leaps": Up, "leaping": Up, "shrinking": Down, "shrinks": Down,
	"dips": Down, "slips": Down, "plummets": Down, "plummeting": Down,
	"strengthening": Up, "weakening": Down, "widening": Up, "narrowing": Down,
	"lose": Down, "loses": Down, "slowed": Down, "slowing": Down, "accelerated": Up,
	"sunk": Down, "slow": Down, "slows": Down, "accelerate": Up, "accelerates": Up,
	"accelerating": Up, "ease": Down, "eases": Down, "easing": Down, "shrink": Down,
	"widen": Up, "widens": Up, "weaken": Down, "weakens": Down,
	"lifted": Up, "lift": Up, "lifts": Up, "lifting": Up, "raising": Up, "raises": Up,
	"boosting": Up, "boosts": Up, "hiked": Up, "reducing": Down, "reduces": Down,
	"lowering": Down, "lowers": Down, "slash": Down, "slashes": Down, "slashing": Down,
	"trimming": Down, "trims": Down,
}

// ChangeCue returns the direction a cue word before a figure gives it.
func ChangeCue(w string) (string, bool) {
	d, ok := find(changeCues, w)
	return d, ok
}

// changeAfter are the words right after a figure that say it moved: "a 14%
// rise", "5% lower".
var changeAfter = map[string]string{
	"rise": Up, "rises": Up, "increase": Up, "increases": Up, "jump": Up, "gain": Up,
	"growth": Up, "higher": Up, "up": Up, "hike": Up, "uplift": Up, "surge": Up,
	"boost": Up, "gains": Up, "drops": Down, "declines": Down, "slide": Down,
	"contraction": Down,
	"fall":        Down, "falls": Down, "drop": Down, "decline": Down, "cut": Down,
	"cuts": Down, "reduction": Down, "lower": Down, "down": Down, "slump": Down,
	"decrease": Down, "slip": Down, "dip": Down,
}

// ChangeAfter returns the direction a word right after a figure gives it.
func ChangeAfter(w string) (string, bool) {
	d, ok := find(changeAfter, w)
	return d, ok
}

// Multiple is a word that states a multiple: "doubled" is 2, up.
type Multiple struct {
	Value     decimal.Decimal
	Direction string
	// Verb is false for the base form ("double"), read as a verb only after
	// "to" or a modal.
	Verb bool
}

var (
	two  = decimal.NewFromInt(2)
	half = decimal.New(5, -1)
)

// multiples maps the words that state a multiple to it.
var multiples = map[string]Multiple{
	"doubled": {two, Up, true}, "doubling": {two, Up, true},
	"tripled": {decimal.NewFromInt(3), Up, true}, "trebled": {decimal.NewFromInt(3), Up, true},
	"tripling": {decimal.NewFromInt(3), Up, true}, "trebling": {decimal.NewFromInt(3), Up, true},
	"quadrupled": {decimal.NewFromInt(4), Up, true}, "quadrupling": {decimal.NewFromInt(4), Up, true},
	"halved": {half, Down, true}, "halving": {half, Down, true},
	"double": {two, Up, false}, "triple": {decimal.NewFromInt(3), Up, false},
	"treble": {decimal.NewFromInt(3), Up, false}, "quadruple": {decimal.NewFromInt(4), Up, false},
	"halve":   {half, Down, false},
	"twofold": {two, "", true}, "threefold": {decimal.NewFromInt(3), "", true},
	"fourfold": {decimal.NewFromInt(4), "", true}, "fivefold": {decimal.NewFromInt(5), "", true},
	"sixfold": {decimal.NewFromInt(6), "", true}, "tenfold": {decimal.NewFromInt(10), "", true},
	"hundredfold": {decimal.NewFromInt(100), "", true},
}

// MultipleWord returns the multiple a word states ("doubled", "halve",
// "threefold").
func MultipleWord(w string) (Multiple, bool) {
	m, ok := find(multiples, w)
	return m, ok
}

// modalsBeforeVerb are the words after which a base form ("double") is a
// verb: "to double", "will halve".
var modalsBeforeVerb = map[string]bool{
	"to": true, "will": true, "would": true, "could": true, "can": true, "should": true,
	"may": true, "might": true, "must": true, "cannot": true, "could've": true,
	"nearly": true, "almost": true, "more": true, "than": true,
}

// IsModal reports whether w makes the base form after it a verb.
func IsModal(w string) bool { return has(modalsBeforeVerb, w) }

// comparativesAfterTimes are the words after "twice" or "N times" that make
// a multiple: "twice as many", "three times more", "four times the rate".
var comparativesAfterTimes = map[string]bool{
	"as": true, "more": true, "higher": true, "bigger": true, "larger": true,
	"greater": true, "the": true, "faster": true, "longer": true, "less": true,
	"fewer": true, "lower": true, "smaller": true, "over": true, "that": true,
	"what": true, "their": true, "its": true,
}

// comparatives are the words after a figure that compare it: "250% more
// than", "5% cheaper".
var comparatives = map[string]bool{
	"more": true, "less": true, "fewer": true, "higher": true, "lower": true,
	"bigger": true, "smaller": true, "cheaper": true, "dearer": true, "faster": true,
	"slower": true, "greater": true, "stronger": true, "weaker": true,
}

// IsComparative reports whether w after a figure compares it.
func IsComparative(w string) bool { return has(comparatives, w) }

// IsTimesComparative reports whether w after "twice" or "N times" makes a
// multiple.
func IsTimesComparative(w string) bool { return has(comparativesAfterTimes, w) }

// timeUnits are nouns a number counts when it sets a period or a time,
// not a statistic: "over the next two years", "a 10-year deal", "six
// minutes".
var timeUnits = map[string]bool{
	"year": true, "years": true, "month": true, "months": true, "week": true,
	"weeks": true, "day": true, "days": true, "hour": true, "hours": true,
	"minute": true, "minutes": true, "second": true, "seconds": true,
	"decade": true, "decades": true, "century": true, "centuries": true,
	"fortnight": true, "fortnights": true, "night": true, "nights": true,
	"yr": true, "yrs": true, "hrs": true, "mins": true, "secs": true, "season": true,
	"seasons": true, "term": true, "terms": true, "quarter": true, "quarters": true,
	"am": true, "pm": true, "gmt": true, "bst": true, "o'clock": true, "weekend": true,
	"weekends": true, "millennium": true, "spring": true, "summer": true, "autumn": true,
	"winter": true, "period": true, "session": true, "morning": true, "afternoon": true,
	"evening": true,
}

// IsTimeUnit reports whether a number before w sets a period or a time.
func IsTimeUnit(w string) bool { return timeUnitsSet.has(w) }

var timeUnitsSet = newFoldSet(timeUnits)

// IsMonth reports whether w names a month. "May" and "March" count only
// when capitalised.
func IsMonth(w string) bool {
	if !monthShapes.mayFold(w) {
		return false
	}
	l := strings.ToLower(w)
	if (l == "may" || l == "march" || l == "mar" || l == "jan") && w == l {
		return false
	}
	_, ok := months[l]
	return ok
}

// monthShapes turns most words that are not months away before they are
// folded.
var monthShapes = shapesOf(months)

// referenceWords are nouns after which a number is a label, not a count:
// "page 5", "section 3", "number 10", "top 10", "aged 45".
var referenceWords = map[string]bool{
	"page": true, "pages": true, "p": true, "pp": true, "section": true, "chapter": true,
	"article": true, "clause": true, "paragraph": true, "rule": true, "verse": true,
	"number": true, "no": true, "nos": true, "version": true, "level": true,
	"grade": true, "stage": true, "phase": true, "platform": true, "gate": true,
	"room": true, "flight": true, "route": true, "junction": true, "track": true,
	"channel": true, "division": true, "round": true, "game": true, "act": true,
	"scene": true, "volume": true, "vol": true, "issue": true, "row": true,
	"series": true, "episode": true, "category": true, "class": true, "group": true,
	"pool": true, "lane": true, "tier": true, "step": true, "part": true,
	"figure": true, "table": true, "item": true, "top": true, "aged": true,
	"age": true, "ages": true, "under": false, "seed": true, "seeded": true,
	"week": true, "day": true, "formula": true, "radio": true, "bbc": true,
	"windows": true, "model": true, "type": true, "size": true, "code": true,
	"year": true, "years": true, "season": true, "apollo": true, "world": true,
	"war": true, "ward": true, "unit": true, "block": true, "floor": true,
	"court": true, "box": true, "studio": true, "hole": true, "holes": true,
	"par": true, "kilometre": true, "mile": true, "minute": true, "lap": true,
	"match": true, "test": true, "leg": true, "heat": true, "final": true,
	"ranked": true, "ranking": true, "rank": true, "rated": true, "scored": false,
	"opus": true, "psalm": true, "bus": true, "train": true, "tour": true,
	"vs": true, "v": true, "versus": true, "beat": true, "lost": false,
	"numbers": true, "drama": true, "sitcom": true, "versions": true,
}

// IsReferenceWord reports whether a number after w is a label.
func IsReferenceWord(w string) bool { return has(referenceWords, w) }

// measureUnits are units written straight after digits that make a
// measurement, which is a count of the unit: "29km", "70kg", "5mph".
var measureUnits = map[string]bool{
	"km": true, "kg": true, "mph": true, "kph": true, "kmh": true, "ft": true,
	"cm": true, "mm": true, "ml": true, "lb": true, "lbs": true, "mw": true,
	"gw": true, "kw": true, "kwh": true, "mwh": true, "gb": true, "mb": true,
	"kb": true, "tb": true, "ghz": true, "mhz": true, "mbps": true, "kbps": true,
	"mg": true, "g": false, "oz": true, "st": false, "sq": true, "acres": true,
	"in": false, "yd": true, "yds": true, "mi": true, "litres": true, "tonnes": true,
	// written out: "a 512 kilobit service", "a two megapixel camera"
	"kilobit": true, "megabit": true, "gigabit": true, "kilobyte": true,
	"megabyte": true, "gigabyte": true, "terabyte": true, "megapixel": true,
	"gigapixel": true,
}

// IsMeasureUnit reports whether w, written straight after digits, is a unit
// of measurement.
func IsMeasureUnit(w string) bool { return has(measureUnits, w) }

// unitWords are units of measurement written as words after a number: "nine
// feet", "0.4 megabits", "a two foot beam". With measureUnits they make
// IsUnit.
var unitWords = map[string]bool{
	"metre": true, "metres": true, "meter": true, "meters": true, "foot": true, "feet": true,
	"inch": true, "inches": true, "yard": true, "yards": true, "mile": true, "miles": true,
	"kilometre": true, "kilometres": true, "kilometer": true, "kilometers": true,
	"centimetre": true, "centimetres": true, "millimetre": true, "millimetres": true,
	"litre": true, "litres": true, "liter": true, "liters": true, "gallon": true, "gallons": true,
	"tonne": true, "tonnes": true, "ton": true, "tons": true, "kilogram": true, "kilograms": true,
	"kilo": true, "kilos": true, "gram": true, "grams": true, "ounce": true, "ounces": true,
	"hectare": true, "hectares": true, "acre": true, "acres": true, "knot": true, "knots": true,
	"kilobits": true, "megabits": true, "gigabits": true, "kilobytes": true, "megabytes": true,
	"gigabytes": true, "terabytes": true, "megapixels": true, "watt": true, "watts": true,
	"kilowatt": true, "kilowatts": true, "megawatt": true, "megawatts": true,
	"decibel": true, "decibels": true, "bits": true, "bytes": true,
}

// IsUnit reports whether w is a unit of measurement, written as a word
// ("feet", "megabits") or as an abbreviation (IsMeasureUnit: "km", "Mbps").
func IsUnit(w string) bool { return has(unitWords, w) || has(measureUnits, w) }

// rateTimes are the times that, after "a", "an" or "per" following a unit,
// make the unit a rate: "megabits a second", "miles an hour".
var rateTimes = map[string]bool{
	"second": true, "minute": true, "hour": true, "sec": true, "hr": true,
}

// IsRateTime reports whether w, after a unit and "a", "an" or "per", makes
// the unit a rate ("a second", "per hour").
func IsRateTime(w string) bool { return has(rateTimes, w) }

// pairNouns are acts of two that a person is "one half of": "one half of
// folk duo Kestrel", "one half of the breakfast show".
var pairNouns = map[string]bool{
	"duo": true, "pair": true, "partnership": true, "double-act": true, "act": true,
	"show": true, "band": true, "couple": true, "twosome": true, "team": true,
}

// IsPairNoun reports whether w names an act of two ("duo", "show") that a
// person is "one half of".
func IsPairNoun(w string) bool { return has(pairNouns, w) }

// raceUnits are the units of length a race is named by: "the 9.2km race",
// "the six kilometre event", "a 10-mile run".
var raceUnits = map[string]bool{
	"km": true, "kilometre": true, "kilometres": true, "kilometer": true,
	"kilometers": true, "mile": true, "miles": true, "mi": true,
	"metres": true, "metre": true, "meters": true, "meter": true,
}

// IsRaceUnit reports whether w is a unit of length that, before a sport
// event word (IsSportEvent), names a race.
func IsRaceUnit(w string) bool { return has(raceUnits, w) }

// labelNouns are nouns after a number that make it a label, not a count:
// "an 18 certificate" (a film's rating).
var labelNouns = map[string]bool{
	"certificate": true, "certificates": true,
}

// IsLabelNoun reports whether w after a number makes the number a label.
func IsLabelNoun(w string) bool { return has(labelNouns, w) }

// countAdjectives size or add to a count between an article and its number:
// "a further 70 aircraft", "an extra 10 MEPs", "a record 41".
var countAdjectives = map[string]bool{
	"further": true, "extra": true, "additional": true, "estimated": true,
	"record": true, "total": true, "mere": true, "whopping": true,
	"staggering": true, "massive": true, "full": true, "combined": true,
	"net": true, "gross": true, "possible": true, "maximum": true,
	"minimum": true, "average": true, "healthy": true, "modest": true,
	"reported": true, "respectable": true, "paltry": true, "cool": true,
}

// IsCountAdjective reports whether w, between "a" and a number, sizes or
// adds to the count ("a further 70").
func IsCountAdjective(w string) bool { return has(countAdjectives, w) }

// sportEvents are the words after "100m", "5,000m" that make the "m" metres
// of a race, not millions.
var sportEvents = map[string]bool{
	"final": true, "finals": true, "hurdles": true, "freestyle": true, "backstroke": true,
	"breaststroke": true, "butterfly": true, "medley": true, "relay": true,
	"sprint": true, "race": true, "title": true, "champion": true, "record": true,
	"event": true, "heat": true, "heats": true, "gold": true, "silver": true,
	"bronze": true, "indoor": true, "outdoor": true, "world": true, "run": true,
	"steeplechase": true, "semi-final": true, "season": true, "personal": true,
	"time": true, "champions": true, "crown": true,
	"victory": true, "win": true, "winner": true, "runner": true, "runners": true,
	"specialist": true, "medal": true, "medallist": true, "runner-up": true, "best": true,
	"hope": true, "races": true, "titles": true, "hurdler": true, "hurdlers": true,
	"sprinter": true, "finalist": true, "dash": true, "indoors": true, "trials": true,
	"walk": true, "road": true,
	// "Scotland's 400m man": a singular person after the distance (a
	// count of millions takes a plural: "4m men").
	"man": true, "woman": true, "star": true, "favourite": true, "favourites": true,
	"champs": true, "silver-medallist": true, "gold-medallist": true,
}

// IsSportEvent reports whether w after "100m" makes it a race distance
// ("in", "and", "at" do so only in a sentence about athletics: "the 100m
// in 9.8 seconds", "sales of 4.5m in 2004").
func IsSportEvent(w string) bool { return has(sportEvents, w) }

// lengthAdjectives, right after "1.85m" or "50m", make the "m" metres of a
// measurement: "1.85m tall", "50m taller", "30m long".
var lengthAdjectives = map[string]bool{
	"tall": true, "taller": true, "high": true, "higher": true, "long": true,
	"longer": true, "deep": true, "deeper": true, "wide": true, "wider": true,
	"away": true, "apart": true,
}

// IsLengthAdjective reports whether w after "50m" makes it a length.
func IsLengthAdjective(w string) bool { return has(lengthAdjectives, w) }

// metreContexts are the words of a sentence about athletics, where a
// glued "m" ("cleared 1.76m", "the women's 1500m") is metres rather than
// millions, and a round figure names a race.
var metreContexts = map[string]bool{
	"jump": true, "jumped": true, "jumps": true, "jumping": true, "jumper": true,
	"cleared": true, "clear": true, "clearing": true, "clearance": true, "leap": true,
	"leapt": true, "landed": true, "vault": true, "vaulter": true, "hurdles": true,
	"hurdler": true, "sprint": true, "sprinter": true, "sprinters": true, "relay": true,
	"race": true, "races": true, "raced": true, "racing": true, "run": true, "ran": true,
	"running": true, "runner": true, "athletics": true, "athlete": true, "athletes": true,
	"indoor": true, "indoors": true, "outdoor": true, "marathon": true, "heptathlon": true,
	"decathlon": true, "pentathlon": true, "threw": true, "throw": true, "thrown": true,
	"discus": true, "javelin": true, "metres": true, "meters": true, "metre": true,
	"penalty": true, "kick": true, "kicked": true,
	"swim": true, "swimmer": true, "freestyle": true, "backstroke": true,
	"breaststroke": true, "olympic": true, "olympics": true, "iaaf": true, "aaa": true,
	"aaas": true, "men's": true, "women's": true, "hurdle": true, "steeplechase": true,
	"cross-country": true, "personal": true, "medal": true, "champion": true,
	"secs": true, "gold": true, "silver": true, "bronze": true, "medals": true,
	"medallist": true, "fastest": true, "best": true,
}

// IsMetreContext reports whether w in a sentence makes a glued "m" metres
// of athletics.
func IsMetreContext(w string) bool { return metreContextsSet.has(w) }

var metreContextsSet = newFoldSet(metreContexts)

// lengthContexts are the words of a sentence about heights and lengths,
// where a glued "m" is metres of a length ("their 382m track" on a tower).
var lengthContexts = map[string]bool{
	"tall": true, "taller": true, "tallest": true, "height": true, "depth": true,
	"tower": true, "towers": true, "longest": true, "longer": true, "length": true,
	"stretches": true, "stretch": true,
}

// IsLengthContext reports whether w in a sentence makes a glued "m" metres
// of a length.
func IsLengthContext(w string) bool { return lengthContextsSet.has(w) }

var lengthContextsSet = newFoldSet(lengthContexts)

// moneyNouns are nouns for money: a multiple of one ("double the funding")
// is a claim about money, which the money recogniser owns, and a vague
// magnitude of one ("millions of pounds") is an amount with no figure.
var moneyNouns = map[string]bool{
	"funding": true, "budget": true, "budgets": true, "spending": true,
	"investment": true, "price": true, "prices": true, "cost": true, "costs": true,
	"fee": true, "fees": true, "tax": true, "taxes": true, "pay": true,
	"salary": true, "salaries": true, "wages": true, "wage": true, "fine": true,
	"fines": true, "grant": true, "grants": true, "money": true, "cash": true,
	"loan": true, "loans": true, "debt": true, "debts": true, "bonus": true,
	"bonuses": true, "rent": true, "rents": true, "fares": true, "tariffs": true,
	"revenue": true, "revenues": true, "profit": true, "profits": true, "earnings": true,
	"turnover": false, "income": true, "savings": true, "funds": true,
	"pounds": true, "dollars": true, "euros": true, "pence": true, "cents": true,
	"yen": true, "sterling": true, "francs": true, "rupees": true,
}

// IsMoneyNoun reports whether w names money.
func IsMoneyNoun(w string) bool { return has(moneyNouns, w) }

// auxiliaries are the words a subject may stand before a figure's verb
// with: "returns being up 14 percent", "crossings, which topped".
var auxiliaries = map[string]bool{
	"is": true, "was": true, "are": true, "were": true, "be": true, "been": true,
	"being": true, "has": true, "have": true, "had": true, "will": true,
	"would": true, "could": true, "should": true, "may": true, "might": true,
	"also": true, "now": true, "already": true, "still": true, "which": true,
	"that": true, "who": true, "having": true, "to": true, "had've": true,
	"reportedly": true, "only": true, "expected": true, "forecast": true,
	"predicted": true, "projected": true, "set": true, "due": true,
	"estimated": true, "thought": true, "believed": true, "reported": true,
	"said": false, "going": true, "able": true, "unlikely": true, "likely": true, "can": true,
	"must": true, "cannot": true,
	// raising participles, as "expected" in "costs are tipped to rise"
	"tipped": true, "poised": true, "slated": true, "scheduled": true,
	"anticipated": true, "bound": true, "supposed": true,
}

// expectationVerbs take an object and "to" before the verb of its
// figure: "growth, which it forecast to be 6.5%", "sales, which analysts
// expect to reach 5 million".
var expectationVerbs = map[string]bool{
	"expect": true, "expects": true, "expected": true, "forecast": true,
	"forecasts": true, "predict": true, "predicts": true, "predicted": true,
	"estimate": true, "estimates": true, "estimated": true, "believe": true,
	"believes": true, "believed": true, "project": true, "projects": true,
	"projected": true, "want": true, "wants": true, "wanted": true,
	"need": true, "needs": true, "needed": true, "put": true, "puts": true,
	"reckon": true, "reckons": true, "reckoned": true,
}

// IsExpectationVerb reports whether w, with an object and "to", sets out
// what is expected of it ("forecast", "expects").
func IsExpectationVerb(w string) bool { return expectationVerbsSet.has(w) }

var expectationVerbsSet = newFoldSet(expectationVerbs)

// comparisonsBeforeOf compare a figure with one before it through "of":
// "up 2.3%, but short of the 2.5% forecast", "ahead of the 3.1% expected".
var comparisonsBeforeOf = map[string]bool{
	"short": true, "ahead": true, "shy": true, "clear": true,
}

// IsComparisonBeforeOf reports whether w before "of" compares the figure
// after it with one before ("short", "ahead").
func IsComparisonBeforeOf(w string) bool { return has(comparisonsBeforeOf, w) }

// recordParticiples open a clause after a comma whose figure is of the
// sentence's subject: "stocks did well, recording an 8% rise",
// "agriculture is the main activity, representing 45% of GDP".
var recordParticiples = map[string]bool{
	"recording": true, "representing": true, "posting": true, "registering": true,
	"accounting": true, "reporting": true, "marking": true, "notching": true,
	"showing": true,
}

// IsRecordParticiple reports whether w after a comma opens a clause whose
// figure is of the sentence's subject ("recording", "representing").
func IsRecordParticiple(w string) bool { return has(recordParticiples, w) }

// IsAuxiliary reports whether w may stand between a subject and the verb of
// its figure.
func IsAuxiliary(w string) bool { return auxiliariesSet.has(w) }

var auxiliariesSet = newFoldSet(auxiliaries)

// levelVerbs are verbs that give a subject's level: "turnout was 61%",
// "sales reached 2 million".
var levelVerbs = map[string]bool{
	"is": true, "was": true, "are": true, "were": true, "reached": true,
	"reach": true, "reaches": true, "hit": true, "hits": true, "totalled": true,
	"totaled": true, "totals": true, "total": true, "numbered": true, "stood": true,
	"stands": true, "stand": true, "amounted": true, "be": true, "been": true,
	"unchanged": true, "steady": true, "stable": true, "held": true, "kept": true,
	"estimated": true, "put": true, "putting": true, "valued": true, "stayed": true,
	"stay": true, "remained": true, "remains": true, "remain": true, "stays": true,
	"exceeded": true, "exceeds": true, "surpassed": true, "passed": true,
	"hitting": true, "reaching": true, "standing": true, "stuck": true, "peak": true,
	"running": true, "ranged": true, "ranges": true, "ranging": true,
	"peaked": true, "peaks": true,
	"averaged": true, "averages": true, "averaging": true,
	// a share of a whole: "remittances represent 2% of GDP"
	"represent": true, "represents": true, "represented": true,
	"comprise": true, "comprises": true, "comprised": true, "constitute": true,
	"constitutes": true, "constituted": true,
}

// IsLevelVerb reports whether w gives the level of the subject before it.
func IsLevelVerb(w string) bool { return levelVerbsSet.has(w) }

// statePhrases are a preposition and noun that say a level is kept where it
// is: "rates stay on hold at 4.75%", "kept inflation in check at 2%",
// "remained the same at 6.3%".
var statePhrases = map[string]bool{
	"on hold": true, "in check": true, "on track": true, "on course": true,
	"on target": true, "the same": true,
}

// IsStatePhrase reports whether prep and noun make a state phrase: "on
// hold".
func IsStatePhrase(prep, noun string) bool {
	return has(statePhrases, strings.ToLower(prep)+" "+strings.ToLower(noun))
}

var levelVerbsSet = newFoldSet(levelVerbs)

// quantityNouns are nouns whose "of" phrase says what they measure: "the
// number of phones", "the proportion of voters".
var quantityNouns = map[string]bool{
	"number": true, "proportion": true, "share": true, "amount": true, "level": true,
	"total": true, "majority": true, "percentage": true, "value": true, "volume": true,
	"rate": true, "numbers": true, "levels": true, "sales": false, "quantity": true,
	"average": true, "pace": true,
}

// IsQuantityNoun reports whether w measures the "of" phrase after it.
func IsQuantityNoun(w string) bool { return has(quantityNouns, w) }

// comparisonVerbs compare their subject with their object by a figure:
// "production is outstripping demand by 30%" measures production.
var comparisonVerbs = map[string]bool{
	"outstrip": true, "outstrips": true, "outstripped": true, "outstripping": true,
	"outpace": true, "outpaces": true, "outpaced": true, "outpacing": true,
	"outnumber": true, "outnumbers": true, "outnumbered": true, "outnumbering": true,
	"outsell": true, "outsells": true, "outsold": true, "outselling": true,
	"outperform": true, "outperforms": true, "outperformed": true, "outperforming": true,
	"trail": true, "trails": true, "trailed": true, "trailing": true,
}

// IsComparisonVerb reports whether w compares its subject with its object
// by the figure after "by" ("outstripping", "trails").
func IsComparisonVerb(w string) bool { return has(comparisonVerbs, w) }

// holdVerbs give the share a subject holds: "investors have about 1%
// each", "the family holds 30%".
var holdVerbs = map[string]bool{
	"have": true, "has": true, "had": true, "own": true, "owns": true, "owned": true,
	"hold": true, "holds": true, "held": true, "control": true, "controls": true,
	"controlled": true,
}

// IsHoldVerb reports whether w gives the share its subject holds ("owns").
func IsHoldVerb(w string) bool { return has(holdVerbs, w) }

// gapNouns take "between" and the two things they compare: "the gap
// between rich and poor".
var gapNouns = map[string]bool{
	"difference": true, "gap": true, "ratio": true, "margin": true, "spread": true,
	"differential": true, "balance": true,
}

// IsGapNoun reports whether w takes "between" and two things ("gap").
func IsGapNoun(w string) bool { return has(gapNouns, w) }

// eraMarks after a number make it a year: "190 AD", "300 BC".
var eraMarks = map[string]bool{"ad": true, "bc": true, "bce": true, "ce": true}

// IsEraMark reports whether w after a number makes it a year ("AD", "BC").
func IsEraMark(w string) bool { return has(eraMarks, w) }

// collectiveNouns are singular in form and count people or animals: "one
// in 10 staff", "200 riot police".
var collectiveNouns = map[string]bool{
	"staff": true, "personnel": true, "police": true, "cattle": true,
	"livestock": true, "crew": true, "people": true, "clergy": true,
	"infantry": true, "poultry": true, "offspring": true, "aircraft": true,
	"sheep": true, "deer": true, "fish": true,
}

// IsCollectiveNoun reports whether w, singular in form, counts many
// ("staff", "police").
func IsCollectiveNoun(w string) bool { return has(collectiveNouns, w) }

// classifierNouns count things through the "of" phrase after them: "two
// pieces of defensive play", "5,000 copies of the album", "40 cases of
// flu".
var classifierNouns = map[string]bool{
	"piece": true, "pieces": true, "pair": true, "pairs": true, "kinds": true,
	"types": true, "sorts": true, "forms": true, "bits": true, "cases": true,
	"copies": true, "instances": true, "examples": true, "bottles": true,
	"cups": true, "packets": true, "boxes": true, "bags": true, "pages": true,
	"episodes": true, "tranches": true, "batches": true, "items": true,
	"incidents": true, "acts": true, "units": true, "sets": true, "strains": true,
	"varieties": true, "bouts": true, "rounds": true, "doses": true,
}

// IsClassifierNoun reports whether w, straight after a count, counts the
// things its "of" phrase names ("pieces", "copies").
func IsClassifierNoun(w string) bool { return has(classifierNouns, w) }

// baseNouns, with the quantity nouns, name the base of a comparison when
// they stand alone after a multiple: "30 times the amount", "double this
// figure".
var baseNouns = map[string]bool{"figure": true, "sum": true, "size": true, "figures": true}

// IsBaseNoun reports whether w, alone after a multiple and a determiner,
// is the base it multiplies rather than what is measured.
func IsBaseNoun(w string) bool { return has(baseNouns, w) || has(quantityNouns, w) }

// economyBases are the heads of the noun phrases an economy's size is
// given by; a share of one ("a deficit of 3% of GDP") measures something
// else against it.
var economyBases = map[string]bool{
	"gdp": true, "gnp": true, "gni": true, "economy": true,
}

// IsEconomyBase reports whether a noun phrase whose last words are
// words measures an economy's size: "GDP", "gross domestic product",
// "national income", "economic output".
func IsEconomyBase(words []string) bool {
	n := len(words)
	if n == 0 {
		return false
	}
	last := strings.ToLower(words[n-1])
	if has(economyBases, last) {
		return true
	}
	if n < 2 {
		return false
	}
	prev := strings.ToLower(words[n-2])
	switch last {
	case "product":
		return prev == "domestic" || prev == "national"
	case "income", "incomes":
		return prev == "national"
	case "output":
		return prev == "economic"
	}
	return false
}

// ordinalsBeforeHalf are the words that make "half" a part of a period or
// a match: "the first half", "the second half".
var ordinalsBeforeHalf = map[string]bool{
	"the": true, "first": true, "second": true, "last": true, "latter": true,
	"former": true, "other": true, "final": true, "opening": true, "this": true,
	"that": true, "each": true, "better": true, "bottom": true, "top": true,
	"northern": true, "southern": true, "eastern": true, "western": true,
}

// IsOrdinalBeforeHalf reports whether w before "half" makes it a part of a
// period or place rather than a share.
func IsOrdinalBeforeHalf(w string) bool { return has(ordinalsBeforeHalf, w) }

// statStarts are the lower-case words other than number words that can
// start a statistic.
var statStarts = map[string]bool{
	"twice": true, "minus": true, "negative": true, "percent": true, "percents": true,
	"percentage": true, "per": true,
}

// statStartForms holds every word that can start a statistic in lower
// case, with a capital and in capitals, so that a lookup needs no case
// folding (and no allocation).
var statStartForms = func() map[string]bool {
	m := map[string]bool{}
	add := func(w string) {
		m[w] = true
		m[strings.ToUpper(w)] = true
		m[strings.ToUpper(w[:1])+w[1:]] = true
	}
	for w := range startWords {
		add(w)
	}
	for w := range statStarts {
		add(w)
	}
	for w := range multiples {
		add(w)
	}
	return m
}()

// StartsStatistic reports whether a word as written (lower case, a
// capital or all capitals) can start a statistic: a number word, a multiple
// ("doubled", "twice"), a sign word or a percent word ("percent of 10").
func StartsStatistic(w string) bool {
	return statStartShapes.may(w) && statStartForms[w]
}

// statStartShapes passes over most words without hashing them.
var statStartShapes = shapesOf(statStartForms)

// shareContexts are the words before a bare fraction ("a third") that make
// it a share rather than an ordinal ("slid in a third", "a third goal"):
// "by a third", "than a third", "is a third", "to a fifth".
var shareContexts = map[string]bool{
	"by": true, "than": true, "is": true, "was": true, "are": true, "were": true,
	"be": true, "been": true, "to": true, "about": true, "around": true, "nearly": true,
	"almost": true, "roughly": true, "some": true, "only": true, "just": true,
	"over": true, "under": true, "least": true, "of": true, "for": true,
	"represents": true, "represent": true, "represented": true, "accounts": true,
	"accounted": true, "account": true, "makes": true, "made": true, "make": true,
	"comprise": true, "comprises": true, "another": false, "estimated": true,
	"and": true, "or": true, "quarter": false, "barely": true, "perhaps": true,
	"approximately": true, "up": true, "down": true, "own": true, "owns": true,
	"owned": true, "holds": true, "hold": true, "held": true, "lose": true, "lost": true,
	"cut": true, "cuts": true, "reduce": true, "reduced": true, "costs": true,
}

// IsShareContext reports whether a bare fraction after w is a share.
func IsShareContext(w string) bool { return has(shareContexts, w) }

// thresholdNouns name a mark a figure stands for, not what it counts: "the
// 25,000 mark", "the seven million barrier".
var thresholdNouns = map[string]bool{
	"mark": true, "barrier": true, "level": true, "threshold": true, "milestone": true,
	"point": true, "ceiling": true, "limit": true, "low": true, "high": true,
	"peak": true, "record": true,
}

// IsThresholdNoun reports whether w names a mark rather than a count.
func IsThresholdNoun(w string) bool { return has(thresholdNouns, w) }

// personalPronouns are the subjects of "I am 25", "she will be 34": a bare
// number after them and a form of "be" is an age.
var personalPronouns = map[string]bool{
	"i": true, "he": true, "she": true, "you": true, "we": true, "they": true,
}

// IsPersonalPronoun reports whether w is a personal pronoun.
func IsPersonalPronoun(w string) bool { return has(personalPronouns, w) }

// percentRateNouns are the measures that are percentages and so move by
// percentage points: "the jobless rate rose 2 points", "Labour's lead fell
// 3 points".
var percentRateNouns = map[string]bool{
	"rate": true, "rates": true, "lead": true, "poll": true, "polls": true,
	"turnout": true, "unemployment": true, "inflation": true, "approval": true,
	"vote": true, "support": true,
}

// IsPercentRateNoun reports whether w names a measure kept in percent.
func IsPercentRateNoun(w string) bool { return has(percentRateNouns, w) }

// levelReportVerbs are the verbs after which "up" and "down" still state a
// change ("closed down 0.89 points", "ended up 2%"), unlike a verb's
// particle ("set up 20 firms").
var levelReportVerbs = map[string]bool{
	"closed": true, "ended": true, "finished": true, "opened": true, "traded": true,
	"trading": true, "close": true, "end": true, "finish": true, "stood": true,
}

// IsLevelReportVerb reports whether "up" or "down" after w is a change.
func IsLevelReportVerb(w string) bool { return has(levelReportVerbs, w) }

// personNouns are the nouns a bare number after "over" or "under" gives an
// age to: "people over 60", "children under five".
var personNouns = map[string]bool{
	"people": true, "those": true, "children": true, "adults": true, "men": true,
	"women": true, "anyone": true, "everyone": true, "pensioners": true, "are": true,
	"is": true, "were": true, "was": true, "aged": true, "kids": true, "voters": true,
	"drivers": true, "workers": true, "patients": true, "smokers": true, "users": true,
	"girls": true, "boys": true, "players": true, "householders": true, "residents": true,
}

// IsPersonNoun reports whether a number after w and "over" is an age.
func IsPersonNoun(w string) bool { return has(personNouns, w) }

// nominalAdjectives are adjectives that stand for people as nouns after a
// count: "three million unemployed", "200 injured".
var nominalAdjectives = map[string]bool{
	"unemployed": true, "injured": true, "wounded": true, "homeless": true, "dead": true,
	"missing": true, "elderly": true, "disabled": true, "displaced": true, "jobless": true,
	"poor": true, "sick": true, "bereaved": true, "undecided": true,
}

// IsNominalAdjective reports whether w, after a count, names people.
func IsNominalAdjective(w string) bool { return has(nominalAdjectives, w) }

// weekdays are the days of the week: a noun phrase that ends in one is a
// time, not a subject ("ending Friday 0.24% lower").
var weekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "today": true, "yesterday": true, "tomorrow": true,
}

// IsWeekday reports whether w names a day.
func IsWeekday(w string) bool { return has(weekdays, w) }

// placeNouns are the nouns of a chart or table position: "down three places
// to 10" puts a song at 10, a place, not a count.
var placeNouns = map[string]bool{
	"place": true, "places": true, "spot": true, "spots": true, "position": true,
	"positions": true, "rung": true, "rungs": true,
}

// IsPlaceNoun reports whether w names a position in a chart or table.
func IsPlaceNoun(w string) bool { return has(placeNouns, w) }

// addressWords end the name of a street: "10 Downing Street" is an address.
var addressWords = map[string]bool{
	"street": true, "road": true, "avenue": true, "lane": true, "square": true,
	"terrace": true, "drive": true, "place": true, "way": true, "crescent": true,
}

// IsAddressWord reports whether w ends a street name.
func IsAddressWord(w string) bool { return has(addressWords, w) }

// rankWords are the nouns after which "at 168" is a position: "his ranking
// down at 168".
var rankWords = map[string]bool{
	"ranking": true, "rankings": true, "ranked": true, "position": true, "number": true,
	"seeded": true, "seed": true, "chart": true, "charts": true,
}

// IsRankWord reports whether a number after w and "at" is a position.
func IsRankWord(w string) bool { return has(rankWords, w) }

// raceTimeCues are the words before a bare time with hundredths that make
// it a race time: "finished fifth in 7.35", "clocking 8.06".
var raceTimeCues = map[string]bool{
	"in": true, "clocking": true, "clocked": true, "clocks": true, "clock": true,
	"timed": true, "best": true, "record": true, "time": true,
}

// IsRaceTimeCue reports whether a bare "7.35" after w is a race time.
func IsRaceTimeCue(w string) bool { return has(raceTimeCues, w) }

// ageEvents are the words of a life's events after which "at 62", "before
// 65", "until 85" is an age: "dies at 62", "retire before 65", "work past
// 65", "work on till 70".
var ageEvents = map[string]bool{
	"die": true, "dies": true, "died": true, "dying": true, "retire": true,
	"retires": true, "retired": true, "retiring": true, "retirement": true,
	"live": true, "lives": true, "lived": true, "born": true, "married": true,
	"marry": true, "work": true, "working": true,
}

// IsAgeEvent reports whether a number after w and "at" is an age.
func IsAgeEvent(w string) bool { return has(ageEvents, w) }

// agePrepositions join an event to an age: "at 62", "before 65".
var agePrepositions = map[string]bool{
	"at": true, "before": true, "until": true, "till": true, "under": true,
	"over": true, "beyond": true, "past": true, "after": true,
}

// IsAgePreposition reports whether w joins a life event to an age.
func IsAgePreposition(w string) bool { return has(agePrepositions, w) }

// beForms are the forms of "be" that give an age in "was 22 when", "when
// she was just 15".
var beForms = map[string]bool{
	"is": true, "was": true, "am": true, "are": true, "were": true, "'m": true,
	"’m": true, "be": true, "been": true,
}

// pronounBe are a personal pronoun and "be" written as one word: "I'm
// only 27".
var pronounBe = map[string]bool{
	"i'm": true, "i’m": true, "he's": true, "he’s": true, "she's": true, "she’s": true,
	"we're": true, "we’re": true, "they're": true, "they’re": true, "you're": true,
	"you’re": true,
}

// IsPronounBe reports whether w is a pronoun and "be" in one word.
func IsPronounBe(w string) bool { return has(pronounBe, w) }

// IsBeForm reports whether w is a form of "be".
func IsBeForm(w string) bool { return has(beForms, w) }

// chartWords make a sentence about a chart or a ranking, where a bare
// small number after "at", "to" or "from" is a place: "came in at 39",
// "crept up from six to five" (with "number two" and the place nouns).
var chartWords = map[string]bool{
	"chart": true, "charts": true, "ranking": true, "rankings": true,
	"place": true, "places": true, "spot": true, "spots": true, "position": true,
	"positions": true, "rung": true, "rungs": true,
}

// IsChartWord reports whether w makes a sentence about chart places.
func IsChartWord(w string) bool { return chartWordsSet.has(w) }

var chartWordsSet = newFoldSet(chartWords)

// ageAdverbs stand between a form of "be" or "of" and an age: "when she
// was just 15", "at the age of only 28".
var ageAdverbs = map[string]bool{
	"just": true, "only": true, "barely": true, "still": true, "now": true,
}

// IsAgeAdverb reports whether w may stand before an age.
func IsAgeAdverb(w string) bool { return ageAdverbsSet.has(w) }

var ageAdverbsSet = newFoldSet(ageAdverbs)

// clauseJoiners join another clause after a bare number: "I'm only 27
// and", "I will be 35 so".
var clauseJoiners = map[string]bool{
	"and": true, "but": true, "so": true, "when": true, "while": true, "now": true,
	"next": true, "this": true,
}

// IsClauseJoiner reports whether w joins another clause to the one before.
func IsClauseJoiner(w string) bool { return clauseJoinersSet.has(w) }

var clauseJoinersSet = newFoldSet(clauseJoiners)

// formationWords name a line of a team with a number word after them: "the
// back four", "the front five", "the tight five".
var formationWords = map[string]bool{
	"back": true, "front": true, "tight": true,
}

// IsFormationWord reports whether a number word after w names a line of a
// team.
func IsFormationWord(w string) bool { return has(formationWords, w) }

// dayParts are the parts of a day after which "three in the morning" is a
// time.
var dayParts = map[string]bool{
	"morning": true, "afternoon": true, "evening": true, "night": true,
}

// IsDayPart reports whether w is a part of the day.
func IsDayPart(w string) bool { return has(dayParts, w) }

// tradeVerbs give a price or an exchange rate with "at" and a bare number:
// "trading at 39.10", "to trade at 9,300".
var tradeVerbs = map[string]bool{
	"trade": true, "trades": true, "traded": true, "trading": true, "priced": true,
	"quoted": true,
}

// IsTradeVerb reports whether "at" and a bare number after w is a price.
func IsTradeVerb(w string) bool { return has(tradeVerbs, w) }

// undergoVerbs are the verbs whose subject undergoes the change their object
// states: "the box office received a 3.8% boost", "sales saw a 5% fall".
var undergoVerbs = map[string]bool{
	"saw": true, "see": true, "sees": true, "seen": true, "received": true,
	"receive": true, "receives": true, "posted": true, "posts": true, "post": true,
	"reported": true, "reports": true, "recorded": true, "records": true,
	"record": true, "enjoyed": true, "enjoys": true, "suffered": true, "suffers": true,
	"suffer": true, "had": true, "has": true, "have": true, "showed": true,
	"shows": true, "show": true, "registered": true, "registers": true,
	"notched": true, "achieved": true, "got": true, "gets": true, "experienced": true,
	"underwent": true, "marked": true, "logged": true,
}

// IsUndergoVerb reports whether w's subject undergoes the change its object
// states.
func IsUndergoVerb(w string) bool { return has(undergoVerbs, w) }

// estimateNouns name an estimate of a figure: "a previous estimate of 12%"
// counts what the figure it is compared with counts.
var estimateNouns = map[string]bool{
	"estimate": true, "estimates": true, "forecast": true, "forecasts": true,
	"expectation": true, "expectations": true, "prediction": true, "predictions": true,
	"projection": true, "projections": true,
}

// IsEstimateNoun reports whether w names an estimate of a figure.
func IsEstimateNoun(w string) bool { return has(estimateNouns, w) }

// postNominalAdverbs are adverbs that can stand straight after a noun and
// end its phrase rather than join it: "30 awards worldwide", "jobs
// overseas", "two goals apiece".
var postNominalAdverbs = map[string]bool{
	"worldwide": true, "nationwide": true, "globally": true, "overseas": true,
	"abroad": true, "apiece": true, "annually": true, "altogether": true,
	"elsewhere": true, "domestically": true, "internationally": true,
	"online": true, "offline": true,
}

// IsPostNominalAdverb reports whether w after a noun is an adverb that ends
// the noun phrase, whatever the tagger made of it.
func IsPostNominalAdverb(w string) bool { return has(postNominalAdverbs, w) }

// relativeWords open a relative clause: "crashes where the driver was
// drunk", "those who", "the year when".
var relativeWords = map[string]bool{
	"where": true, "when": true, "which": true, "who": true, "whom": true,
	"whose": true, "that": true, "whereby": true, "while": true,
}

// IsRelativeWord reports whether w opens a relative or adverbial clause
// that ends the noun phrase before it.
func IsRelativeWord(w string) bool { return has(relativeWords, w) }

// researchNouns name a study that reports a figure: "analysis by the
// firm", "a survey by the bank".
var researchNouns = map[string]bool{
	"analysis": true, "research": true, "survey": true, "study": true,
	"poll": true, "report": true, "calculations": true,
}

// IsResearchNoun reports whether w names a study whose author may follow
// with "by".
func IsResearchNoun(w string) bool { return has(researchNouns, w) }

// changeNouns are the change cues that take "of" before the figure: "a
// rise of 5%", "an increase of 14%", "gains of 4.5%".
var changeNouns = map[string]bool{
	"rise": true, "increase": true, "fall": true, "drop": true, "decline": true,
	"cut": true, "reduction": true, "growth": true, "jump": true, "gain": true,
	"decrease": true, "slump": true, "surge": true, "rises": true, "increases": true,
	"falls": true, "drops": true, "declines": true, "cuts": true, "gains": true,
	"jumps": true,
}

// IsChangeNoun reports whether w is a change noun that takes "of" before
// its figure.
func IsChangeNoun(w string) bool { return has(changeNouns, w) }

// degreeVerbs, before a percentage with a person as subject, make it a
// degree of oneself, not a statistic: "I feel 100% again", "I'll be 100%
// fresh", "I'm 100%".
var degreeVerbs = map[string]bool{
	"feel": true, "feels": true, "felt": true, "feeling": true, "am": true,
	"'m": true, "’m": true, "be": true, "do": true,
}

// IsDegreeVerb reports whether a percentage after w may say how much of
// oneself a person is or feels.
func IsDegreeVerb(w string) bool { return has(degreeVerbs, w) }

// outsideAdjectives point beyond the noun phrase they stand in ("2,000
// people last week", "the same amount"), so they never join a compound
// after a noun ("90 duty free stores").
var outsideAdjectives = map[string]bool{
	"last": true, "next": true, "previous": true, "same": true, "other": true,
	"more": true, "less": true, "such": true,
}

// IsOutsideAdjective reports whether the adjective w points beyond its noun
// phrase and so joins no compound.
func IsOutsideAdjective(w string) bool { return has(outsideAdjectives, w) }

// clauseConjunctions open a clause, though the tagger often reads them as
// prepositions: a noun phrase after one opens its clause ("while sales
// rose 5%", "Although the index was lower ...", "But sales rose ...").
var clauseConjunctions = map[string]bool{
	"while": true, "although": true, "though": true, "as": true, "because": true,
	"whereas": true, "but": true, "and": true, "that": true, "since": true,
	"when": true, "if": true, "yet": true,
}

// IsClauseConjunction reports whether a noun phrase after w opens a clause.
func IsClauseConjunction(w string) bool { return has(clauseConjunctions, w) }

// numberIdioms are set phrases with a number in them that count nothing:
// "a zero tolerance approach", "knocked for six", "split it in two", "in
// two minds", "a million miles away", "not from the big four, but". Each
// is written as lower-case words; "#" stands for punctuation or the end of
// the sentence (so "in two #" leaves "in two years" a count).
var numberIdioms = []string{
	"zero tolerance",
	"start from zero", "starting from zero", "started from zero",
	"ground zero",
	"for six #", "knocked for six", "knocks for six", "knock for six", "hit for six",
	"in two #", "in three #",
	"in two minds",
	"cloud nine",
	"the whole nine yards",
	"a million miles away", "a million miles from",
	"two and two together",
	"six feet under",
	"half a dozen of the other",
	"the big three #", "the big four #", "the big five #", "the big six #",
}

var numberIdiomWords = func() [][]string {
	out := make([][]string, len(numberIdioms))
	for i, p := range numberIdioms {
		out[i] = strings.Fields(p)
	}
	return out
}()

var numberIdiomVocab = func() map[string]bool {
	m := map[string]bool{}
	for _, f := range numberIdiomWords {
		for _, w := range f {
			m[w] = true
		}
	}
	return m
}()

// InNumberIdiom reports whether w, a number's word at the start of a
// number in a set phrase, may be part of one (the cheap test before
// IsNumberIdiom).
func InNumberIdiom(w string) bool { return numberIdiomVocab[strings.ToLower(w)] }

// IsNumberIdiom reports whether the words w[a:b], a number, lie inside a
// set phrase of numberIdioms that covers all of them. w is the lower-case
// words around the number, punctuation and the sentence's end as "#".
func IsNumberIdiom(w []string, a, b int) bool {
	for _, id := range numberIdiomWords {
		for off := b - len(id); off <= a; off++ {
			if off < 0 || off+len(id) > len(w) {
				continue
			}
			ok := true
			for i, x := range id {
				if w[off+i] != x {
					ok = false
					break
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}

// trendNouns name a run of an economy's periods after "quarters of" ("three
// quarters of contraction", "two quarters of negative growth"): periods
// counted, not three quarters of a whole.
var trendNouns = map[string]bool{
	"growth": true, "contraction": true, "decline": true, "expansion": true,
	"recession": true, "deflation": true, "stagnation": true, "shrinkage": true,
}

// IsTrendNoun reports whether "quarters of" before w counts periods.
func IsTrendNoun(w string) bool { return has(trendNouns, w) }

// marketLevelWords, between an exchange rate and a later bare level, say
// the level is of something else: "the krona ... 9.12 per euro, while
// the share index rose to 412.35".
var marketLevelWords = map[string]bool{
	"index": true, "indices": true, "indexes": true, "points": true, "shares": true,
	"stocks": true, "stock": true, "nikkei": true, "dow": true, "ftse": true,
	"nasdaq": true, "dax": true, "cac": true, "barrel": true, "oil": true, "gold": true,
	"bond": true, "bonds": true, "yield": true, "yields": true, "price": true, "prices": true,
}

// IsMarketLevelWord reports whether w, after an exchange rate, names another
// level.
func IsMarketLevelWord(w string) bool { return has(marketLevelWords, w) }

// pluralNumberWords name an age group or a set of players by their number
// ("the nine to elevens league", "at sixes and sevens"); "tens" is left out,
// as "tens of thousands" counts.
var pluralNumberWords = map[string]bool{
	"twos": true, "threes": true, "fours": true, "fives": true, "sixes": true,
	"sevens": true, "eights": true, "nines": true, "elevens": true, "twelves": true,
}

// IsPluralNumberWord reports whether w is a number word made plural as a name.
func IsPluralNumberWord(w string) bool { return has(pluralNumberWords, w) }

// namingWords introduce a name, so a number after them is one: "a drug
// known as 771", "the operator dubbed 3". "called" and "named" are also
// verbs of calling with a count after them ("named 30 players"), which
// IsLooseNamingWord tells.
var namingWords = map[string]bool{
	"dubbed": true, "codenamed": true, "nicknamed": true, "entitled": true, "titled": true,
	"called": true, "named": true, "renamed": true, "branded": true,
}

// IsNamingWord reports whether w introduces a name ("dubbed").
func IsNamingWord(w string) bool { return has(namingWords, w) }

// IsLooseNamingWord reports whether the naming word w may also take a count
// ("called 20 witnesses", "named 30 players").
func IsLooseNamingWord(w string) bool {
	l := strings.ToLower(w)
	return l == "called" || l == "named" || l == "branded"
}

// levelsBeforeDigit are the words after which a lone digit is a level or a
// score, not a name: "plus 3", "rose to 5", "a score of 7".
var levelsBeforeDigit = map[string]bool{
	"plus": true, "minus": true, "to": true, "from": true, "of": true, "between": true,
	"by": true, "at": true, "than": true, "level": true, "grade": true, "rated": true,
	"scored": true, "score": true, "only": true, "just": true,
}

// IsLevelBeforeDigit reports whether a lone digit after w is a level or a
// score ("plus 3").
func IsLevelBeforeDigit(w string) bool { return has(levelsBeforeDigit, w) }

// saleVerbs count copies of what they are said of: "the album had sold
// 500,000", "the game shipped two million".
var saleVerbs = map[string]bool{
	"sold": true, "sell": true, "sells": true, "selling": true, "shipped": true,
	"ships": true, "shifted": true,
}

// IsSaleVerb reports whether w counts copies of its subject ("sold").
func IsSaleVerb(w string) bool { return has(saleVerbs, w) }

// measureLabels name a measure that a bare figure straight after them, or
// after them and a colon, gives: "the country - population 1.3bn -", "a
// club - membership 4,000", "Att: 50,430".
var measureLabels = map[string]bool{
	"population": true, "membership": true, "circulation": true, "capacity": true,
	"turnover": true, "workforce": true, "attendance": true, "crowd": true,
	"att": true, // "Att: 50,430" in a match report
}

// IsMeasureLabel reports whether a bare figure after w gives its measure.
func IsMeasureLabel(w string) bool { return has(measureLabels, w) }

// modifierPrepositions are prepositions that also modify a noun: "the ten
// former outside directors", "two new overseas offices".
var modifierPrepositions = map[string]bool{
	"outside": true, "inside": true, "overseas": true, "offshore": true, "upstairs": true,
	"downstairs": true, "underground": true,
}

// IsModifierPreposition reports whether w, tagged as a preposition, may
// modify the noun after it.
func IsModifierPreposition(w string) bool { return has(modifierPrepositions, w) }

// peakNouns name a level a measure reached, before "of" and a figure: "some
// way off the peak of 43%", "from a high of 5.1%".
var peakNouns = map[string]bool{
	"peak": true, "high": true, "low": true, "trough": true, "peaks": true, "highs": true, "lows": true,
}

// IsPeakNoun reports whether w names a level reached ("peak").
func IsPeakNoun(w string) bool { return has(peakNouns, w) }

// leadVerbs put a subject first in a list by a count after "with": "led
// the nominations with 11", "topped the poll with 45%".
var leadVerbs = map[string]bool{
	"led": true, "leads": true, "leading": true, "topped": true, "tops": true, "topping": true,
	"headed": true, "heads": true, "dominated": true, "dominates": true,
}

// IsLeadVerb reports whether w puts its subject first in a list ("led").
func IsLeadVerb(w string) bool { return has(leadVerbs, w) }

// boundPrepositions are the hedges that are prepositions, which may follow
// the noun they bound: "a reading above 50", "temperatures below 10".
var boundPrepositions = map[string]bool{
	"above": true, "below": true, "over": true, "under": true, "past": true, "beyond": true,
}

// IsBoundPreposition reports whether the hedge w is a preposition that may
// follow the noun it bounds.
func IsBoundPreposition(w string) bool { return has(boundPrepositions, w) }

// titleHolders are nouns that belong to a title, so a number after them and
// "of" is a title when no noun follows: "a typical episode of 24", "the
// star of 24" ("a series of 24 concerts" counts).
var titleHolders = map[string]bool{
	"episode": true, "episodes": true, "star": true, "stars": true, "cast": true, "series": true,
	"creator": true, "creators": true, "sequel": true, "remake": true, "makers": true,
}

// IsTitleHolder reports whether w belongs to a title after it ("episode").
func IsTitleHolder(w string) bool { return has(titleHolders, w) }

// IsMakeVerb reports whether w is a form of "make" ("make up 16%").
func IsMakeVerb(w string) bool {
	switch strings.ToLower(w) {
	case "make", "makes", "made", "making":
		return true
	}
	return false
}

// IsAccountVerb reports whether w is a form of "account" ("account for").
func IsAccountVerb(w string) bool {
	switch strings.ToLower(w) {
	case "account", "accounts", "accounted", "accounting":
		return true
	}
	return false
}

// indefinitePronouns stand for no thing named: "to buy something (48%)".
var indefinitePronouns = map[string]bool{
	"something": true, "anything": true, "nothing": true, "everything": true,
	"someone": true, "anyone": true, "everyone": true, "somebody": true, "anybody": true,
}

// IsIndefinitePronoun reports whether w names nothing ("something").
func IsIndefinitePronoun(w string) bool { return has(indefinitePronouns, w) }

// moneyVerbs take an amount of money as their object: "investors lost
// millions", "the wing made £347m, an 82% jump", "posted profits of".
var moneyVerbs = map[string]bool{
	"lost": true, "lose": true, "losing": true, "cost": true, "costs": true, "costing": true,
	"spent": true, "spend": true, "spending": true, "paid": true, "pay": true, "paying": true,
	"earned": true, "earn": true, "earns": true, "earning": true, "raised": true, "owe": true,
	"owed": true, "worth": true, "wasted": true, "saved": true, "made": true, "makes": true,
	"posted": true, "posts": true, "reported": true, "reports": true, "generated": true,
	"booked": true, "recorded": true,
}

// IsMoneyVerb reports whether w takes an amount of money as its object.
func IsMoneyVerb(w string) bool { return has(moneyVerbs, w) }

// scoreLeads are what a side doubles in a match report: "United doubled
// their lead", "doubled the advantage" tell a score, not a statistic.
var scoreLeads = map[string]bool{"lead": true, "advantage": true}

// IsScoreLead reports whether a multiple's subject is a side's lead.
func IsScoreLead(subject string) bool { return has(scoreLeads, subject) }

// pronounContractions are a pronoun and a verb other than "be" written as
// one word (IsPronounBe holds those with "be"); one opens a clause, so it
// ends a noun phrase before it: "the six major honours he's won".
var pronounContractions = map[string]bool{
	"it's": true, "who's": true, "we've": true, "they've": true, "i've": true, "you've": true,
	"he'd": true, "she'd": true, "they'd": true, "we'd": true, "i'd": true, "he'll": true,
	"she'll": true, "they'll": true, "we'll": true, "i'll": true,
}

// IsPronounContraction reports whether w is a pronoun joined to a verb
// ("he's", "they've").
func IsPronounContraction(w string) bool {
	return IsPronounBe(w) || has(pronounContractions, strings.ReplaceAll(w, "’", "'"))
}

package lexicon

import "strings"

// Qualifier values: how a figure is hedged. They are the JSON values of the
// public qualifier field.
const (
	Exact    = "exact"
	About    = "about"
	Almost   = "almost"
	MoreThan = "more_than"
	LessThan = "less_than"
	AtLeast  = "at_least"
	UpTo     = "up_to"
)

// Phrase is a sequence of lower-case words.
type Phrase []string

// qualifierPhrase is a hedge and the qualifier it gives.
type qualifierPhrase struct {
	words     Phrase
	qualifier string
}

// qualifierPhrases maps each hedge written before a figure to its
// qualifier. Verbs that carry a bound ("topped 30,000") are here too.
var qualifierPhrases = []qualifierPhrase{
	{Phrase{"about"}, About}, {Phrase{"around"}, About}, {Phrase{"roughly"}, About},
	{Phrase{"approximately"}, About}, {Phrase{"approx"}, About}, {Phrase{"circa"}, About},
	{Phrase{"some"}, About}, {Phrase{"an", "estimated"}, About}, {Phrase{"estimated"}, About},
	{Phrase{"an", "approximate"}, About},
	{Phrase{"give", "or", "take"}, About}, {Phrase{"more", "or", "less"}, About}, {Phrase{"in", "the", "region", "of"}, About},
	{Phrase{"something", "like"}, About}, {Phrase{"close", "on"}, Almost}, {Phrase{"nigh", "on"}, Almost},
	{Phrase{"the", "best", "part", "of"}, Almost},
	{Phrase{"slightly", "more", "than"}, MoreThan}, {Phrase{"a", "little", "over"}, MoreThan},
	{Phrase{"a", "little", "more", "than"}, MoreThan}, {Phrase{"slightly", "over"}, MoreThan},
	{Phrase{"slightly", "less", "than"}, LessThan}, {Phrase{"a", "little", "under"}, LessThan},
	{Phrase{"a", "little", "less", "than"}, LessThan}, {Phrase{"slightly", "under"}, LessThan},
	{Phrase{"slightly", "fewer", "than"}, LessThan}, {Phrase{"a", "shade", "under"}, LessThan},
	{Phrase{"in", "the", "order", "of"}, About}, {Phrase{"on", "the", "order", "of"}, About}, {Phrase{"of", "the", "order", "of"}, About},
	{Phrase{"a", "near"}, Almost}, {Phrase{"nearly"}, Almost}, {Phrase{"almost"}, Almost}, {Phrase{"close", "to"}, Almost}, {Phrase{"closer", "to"}, About},
	{Phrase{"just", "short", "of"}, Almost}, {Phrase{"getting", "on", "for"}, Almost},
	{Phrase{"approaching"}, Almost}, {Phrase{"not", "quite"}, Almost},
	{Phrase{"more", "than"}, MoreThan}, {Phrase{"over"}, MoreThan}, {Phrase{"above"}, MoreThan},
	{Phrase{"beyond"}, MoreThan},
	{Phrase{"in", "excess", "of"}, MoreThan}, {Phrase{"upwards", "of"}, MoreThan},
	{Phrase{"upward", "of"}, MoreThan}, {Phrase{"just", "over"}, MoreThan},
	{Phrase{"well", "over"}, MoreThan}, {Phrase{"well", "above"}, MoreThan},
	{Phrase{"greater", "than"}, MoreThan}, {Phrase{"higher", "than"}, MoreThan},
	{Phrase{"better", "than"}, MoreThan}, {Phrase{"bigger", "than"}, MoreThan},
	{Phrase{"larger", "than"}, MoreThan}, {Phrase{"smaller", "than"}, LessThan},
	{Phrase{"topped"}, MoreThan}, {Phrase{"tops"}, MoreThan}, {Phrase{"top"}, MoreThan},
	{Phrase{"exceeded"}, MoreThan}, {Phrase{"exceeds"}, MoreThan}, {Phrase{"exceeding"}, MoreThan},
	{Phrase{"exceed"}, MoreThan}, {Phrase{"surpass"}, MoreThan}, {Phrase{"passed"}, MoreThan},
	{Phrase{"priced", "from"}, AtLeast}, {Phrase{"prices", "from"}, AtLeast},
	{Phrase{"starting", "from"}, AtLeast}, {Phrase{"starting", "at"}, AtLeast},
	{Phrase{"start", "at"}, AtLeast}, {Phrase{"starts", "at"}, AtLeast}, {Phrase{"from", "just"}, AtLeast},
	{Phrase{"surpassed"}, MoreThan}, {Phrase{"north", "of"}, MoreThan},
	{Phrase{"topping"}, MoreThan}, {Phrase{"surpassing"}, MoreThan}, {Phrase{"past"}, MoreThan},
	{Phrase{"cross"}, MoreThan}, {Phrase{"crossed"}, MoreThan}, {Phrase{"crosses"}, MoreThan},
	{Phrase{"crossing"}, MoreThan}, {Phrase{"broke"}, MoreThan}, {Phrase{"breaking"}, MoreThan},
	{Phrase{"broke", "through"}, MoreThan}, {Phrase{"break", "through"}, MoreThan},
	{Phrase{"breaks", "through"}, MoreThan}, {Phrase{"breaking", "through"}, MoreThan},
	{Phrase{"less", "than"}, LessThan}, {Phrase{"fewer", "than"}, LessThan},
	{Phrase{"under"}, LessThan}, {Phrase{"below"}, LessThan}, {Phrase{"just", "under"}, LessThan},
	{Phrase{"just", "below"}, LessThan}, {Phrase{"well", "under"}, LessThan},
	{Phrase{"well", "below"}, LessThan}, {Phrase{"lower", "than"}, LessThan},
	{Phrase{"short", "of"}, LessThan},
	{Phrase{"at", "least"}, AtLeast}, {Phrase{"no", "less", "than"}, AtLeast},
	{Phrase{"no", "fewer", "than"}, AtLeast}, {Phrase{"a", "minimum", "of"}, AtLeast},
	{Phrase{"not", "less", "than"}, AtLeast}, {Phrase{"at", "a", "minimum"}, AtLeast},
	{Phrase{"up", "to"}, UpTo}, {Phrase{"as", "much", "as"}, UpTo}, {Phrase{"as", "many", "as"}, UpTo},
	{Phrase{"as", "little", "as"}, AtLeast}, {Phrase{"as", "low", "as"}, AtLeast},
	{Phrase{"as", "few", "as"}, AtLeast},
	{Phrase{"a", "maximum", "of"}, UpTo}, {Phrase{"at", "most"}, UpTo},
	{Phrase{"no", "more", "than"}, UpTo}, {Phrase{"not", "more", "than"}, UpTo},
	{Phrase{"as", "high", "as"}, UpTo},
}

// QualifierBefore finds the longest qualifier phrase that ends with the
// words given, last word last. words holds the lower-case words before a
// figure, nearest last. It returns the qualifier and how many words the
// phrase took, or ("", 0). Of phrases of one length, the first in
// qualifierPhrases wins.
func QualifierBefore(words []string) (qualifier string, n int) {
	if len(words) == 0 {
		return "", 0
	}
	for _, q := range qualifiersByLast[words[len(words)-1]] {
		if len(q.words) <= n || len(q.words) > len(words) {
			continue
		}
		tail := words[len(words)-len(q.words):]
		match := true
		for k, w := range q.words {
			if tail[k] != w {
				match = false
				break
			}
		}
		if match {
			qualifier, n = q.qualifier, len(q.words)
		}
	}
	// "at least an estimated two million", "more than some 200": a bound
	// before a rough figure bounds it; the outer hedge wins.
	if qualifier == About && n < len(words) {
		rest := words[:len(words)-n]
		if outer, m := QualifierBefore(rest); m > 0 && outer != About && stackingLast[rest[len(rest)-1]] {
			return outer, n + m
		}
	}
	return qualifier, n
}

// stackingLast are the last words of the bound phrases that may stand before
// a rough hedge ("more than", "at least", "up to", "as many as", "nearly"):
// not verbs such as "broke" or "topped", whose object the hedge may begin.
var stackingLast = map[string]bool{
	"than": true, "least": true, "to": true, "as": true, "of": true, "over": true,
	"under": true, "nearly": true, "almost": true, "above": true, "below": true,
}

// qualifiersByLast holds qualifierPhrases by their last word, each list in
// the table's order.
var qualifiersByLast = func() map[string][]qualifierPhrase {
	m := map[string][]qualifierPhrase{}
	for _, q := range qualifierPhrases {
		last := q.words[len(q.words)-1]
		m[last] = append(m[last], q)
	}
	return m
}()

// MaxQualifierWords is the length of the longest qualifier phrase, or of
// two stacked ("as many as an estimated").
const MaxQualifierWords = 6

// periods maps a period or unit noun after "a", "an", "per" or "each" to
// the name it is reported by ("a year", "per annum" → year).
var periods = map[string]string{
	"year": "year", "annum": "year", "month": "month", "week": "week", "day": "day",
	"hour": "hour", "minute": "minute", "night": "night", "fortnight": "fortnight",
	"quarter": "quarter", "decade": "decade",
	"head": "head", "person": "person", "capita": "person", "household": "household",
	"family": "family", "pupil": "pupil", "student": "student", "patient": "patient",
	"worker": "worker", "employee": "employee", "child": "child", "adult": "adult",
	"share": "share", "unit": "unit", "ticket": "ticket", "barrel": "barrel",
	"tonne": "tonne", "ton": "ton", "litre": "litre", "liter": "litre", "gallon": "gallon",
	"ounce": "ounce", "kilo": "kilogram", "kilogram": "kilogram", "kg": "kilogram",
	"pound": "pound", "mile": "mile", "game": "game", "match": "match",
	"episode": "episode", "copy": "copy", "item": "item", "seat": "seat", "visit": "visit",
	"call": "call", "minute's": "minute", "pop": "item", "go": "item", "time": "time",
	"dozen": "dozen", "piece": "piece", "pint": "pint", "bottle": "bottle",
	"car": "car", "home": "home", "house": "house", "room": "room", "mwh": "MWh", "kwh": "kWh",
	"gigajoule": "gigajoule", "track": "track", "song": "song", "download": "download",
	"film": "film", "movie": "film", "millilitre": "millilitre", "remittance": "remittance",
	"transaction": "transaction", "passenger": "passenger", "customer": "customer",
	"subscriber": "subscriber", "user": "user", "month's": "month", "year's": "year",
	"dollar": "dollar", "euro": "euro", "seeker": "asylum seeker", "canister": "canister",
	"vehicle": "vehicle", "flight": "flight", "hectare": "hectare", "acre": "acre",
	"plane": "plane", "aircraft": "aircraft", "jet": "plane", "session": "session",
	"subscription": "subscription", "licence": "licence", "license": "licence",
	"hour's": "hour", "day's": "day", "week's": "week", "night's": "night",
	"megabyte": "megabyte", "gigabyte": "gigabyte", "shopper": "shopper", "leg": "leg",
}

// timePeriods are the periods that are spans of time: "for a year" is how
// long, where "for a ticket" is a unit's price.
var timePeriods = map[string]bool{
	"year": true, "month": true, "week": true, "day": true, "hour": true, "minute": true,
	"night": true, "fortnight": true, "quarter": true, "decade": true, "time": true,
}

// IsTimePeriod reports whether a period name, as PeriodNoun returns it, is
// a span of time ("year", "hour").
func IsTimePeriod(p string) bool { return timePeriods[p] }

// periodAdverbs are one-word periods placed after an amount: "£5m annually".
var periodAdverbs = map[string]string{
	"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week",
	"daily": "day", "hourly": "hour", "apiece": "item", "each": "item",
}

// PeriodNoun returns the reported name of a period or unit noun read after
// "a", "an", "per" or "each".
func PeriodNoun(w string) (string, bool) {
	p, ok := find(periods, w)
	return p, ok
}

// PeriodAdverb returns the period a one-word adverb names ("annually").
func PeriodAdverb(w string) (string, bool) {
	p, ok := find(periodAdverbs, w)
	return p, ok
}

// qualifiersAfter are hedges written after a figure: "£3m or more",
// "£3m-plus", "100 or so", "40-odd".
var qualifiersAfter = []struct {
	words     Phrase
	qualifier string
}{
	{Phrase{"or", "more"}, AtLeast}, {Phrase{"or", "above"}, AtLeast}, {Phrase{"and", "more"}, AtLeast},
	{Phrase{"or", "over"}, AtLeast}, {Phrase{"and", "above"}, AtLeast},
	{Phrase{"and", "over"}, AtLeast}, {Phrase{"and", "upwards"}, AtLeast},
	{Phrase{"or", "less"}, UpTo}, {Phrase{"or", "under"}, UpTo}, {Phrase{"or", "below"}, UpTo},
	{Phrase{"plus"}, MoreThan}, {Phrase{"or", "so"}, About}, {Phrase{"odd"}, About},
}

// QualifierAfter finds a hedge at the start of words, the lower-case words
// after a figure: "or more", "plus". It returns the qualifier and how many
// words it took, or ("", 0).
func QualifierAfter(words []string) (qualifier string, n int) {
	for _, q := range qualifiersAfter {
		if len(q.words) > len(words) || len(q.words) <= n {
			continue
		}
		match := true
		for k, w := range q.words {
			if words[k] != w {
				match = false
				break
			}
		}
		if match {
			qualifier, n = q.qualifier, len(q.words)
		}
	}
	return qualifier, n
}

// periodAdjectives are adjectives placed before an amount's noun that make
// it a rate: "annual investment of 400m pesos", "monthly wages of £300".
var periodAdjectives = map[string]string{
	"annual": "year", "yearly": "year", "monthly": "month", "weekly": "week",
	"daily": "day", "hourly": "hour", "nightly": "night",
}

// hedgeAdjectives are adjectives before an amount's noun that hedge it:
// "a maximum fine of £1,000", "an estimated fortune of $15bn".
var hedgeAdjectives = map[string]string{
	"maximum": UpTo, "max": UpTo, "minimum": AtLeast, "estimated": About,
	"approximate": About, "rough": About,
}

// HedgeAdjective returns the qualifier an adjective such as "maximum"
// gives the amount its noun is "of".
func HedgeAdjective(w string) (string, bool) {
	q, ok := find(hedgeAdjectives, w)
	return q, ok
}

// Negated turns a bound around when the text denies it: "no fare higher
// than $499" is at most $499.
func Negated(q string) string {
	switch q {
	case MoreThan:
		return UpTo
	case LessThan:
		return AtLeast
	case AtLeast:
		return LessThan
	case UpTo:
		return MoreThan
	}
	return q
}

// IsNegation reports whether w denies what follows ("no", "not", "never").
func IsNegation(w string) bool {
	switch strings.ToLower(w) {
	case "no", "not", "never", "nothing", "none", "n't", "without":
		return true
	}
	return false
}

// PeriodAdjective returns the period an adjective names ("annual" → year).
func PeriodAdjective(w string) (string, bool) {
	p, ok := find(periodAdjectives, w)
	return p, ok
}

// IsPeriodIntroducer reports whether w introduces a period after an amount:
// "a", "an", "per", "each", "every".
func IsPeriodIntroducer(w string) bool {
	switch strings.ToLower(w) {
	case "a", "an", "per", "each", "every", "for":
		return true
	}
	return false
}

// timeRelations are words that, after "a year" or "a month", place an
// amount in time instead of making it a rate: "a year earlier".
var timeRelations = map[string]bool{
	"earlier": true, "ago": true, "before": true, "later": true, "previously": true,
	"after": true, "back": true, "since": true,
}

// IsTimeRelation reports whether w, after "a year", dates a figure rather
// than making it a rate ("a year earlier", "a year ago").
func IsTimeRelation(w string) bool { return has(timeRelations, w) }

// weightUnits are units of weight written after a number.
var weightUnits = map[string]bool{
	"kg": true, "kgs": true, "g": true, "lb": true, "lbs": true, "oz": true,
	"kilograms": true, "kilos": true, "grams": true, "tonnes": true, "tons": true, "stone": true,
}

// IsWeightUnit reports whether w is a unit of weight ("kg", "lb").
func IsWeightUnit(w string) bool { return has(weightUnits, w) }

// resultNouns name a company result or a sum for a period, which a period
// adjective does not make a rate: "annual profit of $17.5bn", "the annual
// total"; "on a monthly basis" compares periods.
var resultNouns = map[string]bool{
	"profit": true, "profits": true, "loss": true, "losses": true, "results": true,
	"sales": true, "revenue": true, "revenues": true, "turnover": true, "earnings": true,
	"income": true, "report": true, "budget": true, "bonus": true, "dividend": true,
	"meeting": true, "total": true, "basis": true,
}

// IsResultNoun reports whether w names a result or a total for a period
// ("profit", "turnover", "total").
func IsResultNoun(w string) bool { return has(resultNouns, w) }

// comparisonWords, between two amounts of one currency, compare the second
// with the first, so it shares the first's period: "£5.05 an hour, up from
// £4.85", "33 cents a share, but analysts had expected 34 cents".
var comparisonWords = map[string]bool{
	"from": true, "compared": true, "against": true, "than": true, "versus": true,
	"expected": true, "forecast": true, "predicted": true, "expecting": true,
}

// IsComparisonWord reports whether w, between two amounts, compares the
// second with the first ("from", "against", "expected").
func IsComparisonWord(w string) bool { return has(comparisonWords, w) }

// spendVerbs are participles between an amount and a period adverb that
// leave the amount a rate: "the £80m spent annually".
var spendVerbs = map[string]bool{
	"spent": true, "paid": true, "earned": true, "invested": true, "raised": true,
	"generated": true, "saved": true, "lost": true, "collected": true, "charged": true,
}

// IsSpendVerb reports whether w is a participle such as "spent" that may
// stand between an amount and its period adverb.
func IsSpendVerb(w string) bool { return has(spendVerbs, w) }

// objectVerbs are the verbs of the qualifier table that also take a count
// as a plain object: "broke 1,000" bounds a figure, "broke three laws" and
// "crossed two borders" count.
var objectVerbs = map[string]bool{
	"broke": true, "breaking": true, "cross": true, "crossed": true, "crosses": true,
	"crossing": true, "passed": true, "past": true,
}

// IsObjectVerb reports whether the hedge verb w may take a counted object
// instead ("broke three laws").
func IsObjectVerb(w string) bool { return objectVerbs[strings.ToLower(w)] }

// Package lexicon holds the word tables the recognisers read: currencies,
// number words and scales, qualifiers, periods, cue verbs and titles. Each
// table lives here once; code elsewhere looks words up, it never lists them.
//
// Lookups take a word as written and fold ASCII case themselves.
package lexicon

import "strings"

// Currency says what a currency mention means.
type Currency struct {
	// Code is the ISO 4217 code ("GBP"); empty where the unit has none
	// ("francs" with no country).
	Code string
	// Minor is true for a minor unit worth one hundredth of the main one
	// (pence, cents).
	Minor bool
	// Ambiguous marks names that are common English words too ("won",
	// "rand"): they are read only after a scaled or large amount.
	Ambiguous bool
}

// symbols maps a currency symbol to its code. "$" alone is read as US
// dollars, as news agencies write it.
var symbols = map[string]string{
	"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₩": "KRW",
	"₽": "RUB", "₺": "TRY", "₪": "ILS", "₦": "NGN", "₱": "PHP", "₫": "VND",
	"฿": "THB", "₴": "UAH", "₡": "CRC", "₾": "GEL", "₭": "LAK", "₮": "MNT",
	"₲": "PYG", "₵": "GHS", "₸": "KZT", "₼": "AZN", "元": "CNY", "₿": "",
	"￡": "GBP", "＄": "USD", "￥": "JPY", "ரூ": "LKR",
}

// symbolPrefixes maps the letters written before "$" (or "¥") to the code
// they make: "US$", "A$", "C$", "HK$", "NZ$".
var symbolPrefixes = map[string]string{
	"us": "USD", "u.s.": "USD", "usd": "USD", "a": "AUD", "au": "AUD", "aus": "AUD",
	"aud": "AUD", "c": "CAD", "ca": "CAD", "can": "CAD", "cad": "CAD", "nz": "NZD",
	"nzd": "NZD", "hk": "HKD", "hkd": "HKD", "s": "SGD", "sg": "SGD", "sgd": "SGD",
	"mex": "MXN", "mx": "MXN", "mxn": "MXN", "r": "BRL", "nt": "TWD", "z": "ZWL",
	"rmb": "CNY",
}

// currencyWords maps a currency's name, singular and plural, to its code.
var currencyWords = map[string]Currency{
	"pound": {Code: "GBP"}, "pounds": {Code: "GBP"}, "sterling": {Code: "GBP"},
	"quid":  {Code: "GBP"},
	"pence": {Code: "GBP", Minor: true}, "penny": {Code: "GBP", Minor: true},
	"pennies": {Code: "GBP", Minor: true},
	"dollar":  {Code: "USD"}, "dollars": {Code: "USD"}, "bucks": {Code: "USD"},
	"cent": {Code: "USD", Minor: true}, "cents": {Code: "USD", Minor: true},
	"euro": {Code: "EUR"}, "euros": {Code: "EUR"},
	"yen": {Code: "JPY"}, "yuan": {Code: "CNY"}, "renminbi": {Code: "CNY"},
	"rmb": {Code: "CNY"}, "kuai": {Code: "CNY"},
	"rupee": {Code: "INR"}, "rupees": {Code: "INR"},
	"franc": {}, "francs": {},
	"peseta": {Code: "ESP"}, "pesetas": {Code: "ESP"},
	"guilder": {Code: "NLG"}, "guilders": {Code: "NLG"},
	"markka": {Code: "FIM"}, "markkaa": {Code: "FIM"},
	"deutschmark": {Code: "DEM"}, "deutschmarks": {Code: "DEM"},
	"lira": {Code: "TRY"}, "lire": {Code: "ITL"},
	"rouble": {Code: "RUB"}, "roubles": {Code: "RUB"}, "ruble": {Code: "RUB"},
	"rubles": {Code: "RUB"},
	"krona":  {Code: "SEK"}, "kronor": {Code: "SEK"}, "kronur": {Code: "ISK"},
	"rand": {Code: "ZAR", Ambiguous: true}, "baht": {Code: "THB"}, "ringgit": {Code: "MYR"},
	"rupiah": {Code: "IDR"}, "shekel": {Code: "ILS"}, "shekels": {Code: "ILS"},
	"dirham": {Code: "AED"}, "dirhams": {Code: "AED"}, "riyal": {Code: "SAR"},
	"riyals": {Code: "SAR"}, "rial": {Code: "IRR"}, "rials": {Code: "IRR"}, "zloty": {Code: "PLN"}, "zlotys": {Code: "PLN"},
	"forint": {Code: "HUF"}, "forints": {Code: "HUF"}, "naira": {Code: "NGN"},
	"peso": {Code: "MXN"}, "pesos": {Code: "MXN"}, "won": {Code: "KRW", Ambiguous: true},
	"hryvnia": {Code: "UAH"}, "hryvnias": {Code: "UAH"},
	"reais": {Code: "BRL"}, "kroner": {}, "krone": {}, "dinar": {}, "dinars": {},
	"bitcoin": {}, "bitcoins": {}, "btc": {},
	// Symbols that are letters, so the lexer reads them as words.
	"元": {Code: "CNY"}, "ரூ": {Code: "LKR"},
}

// qualifiedCurrencies maps a country or nationality word placed before a
// currency name to the code the pair makes: "australian dollars" → AUD.
var qualifiedCurrencies = map[string]map[string]string{
	"cent": {
		"us": "USD", "american": "USD", "australian": "AUD", "canadian": "CAD",
		"euro": "EUR", "new zealand": "NZD", "hong kong": "HKD", "singapore": "SGD",
	},
	"dollar": {
		"us": "USD", "u.s.": "USD", "american": "USD", "australian": "AUD",
		"canadian": "CAD", "hong kong": "HKD", "new zealand": "NZD",
		"singapore": "SGD", "taiwan": "TWD", "zimbabwean": "ZWL",
		"zimbabwe": "ZWL", "jamaican": "JMD", "barbados": "BBD",
	},
	"franc":   {"swiss": "CHF", "french": "FRF", "belgian": "BEF", "cfa": "XOF"},
	"pound":   {"egyptian": "EGP", "irish": "IEP", "lebanese": "LBP", "syrian": "SYP"},
	"rupee":   {"indian": "INR", "pakistani": "PKR", "sri lankan": "LKR", "nepalese": "NPR"},
	"yuan":    {"chinese": "CNY"},
	"yen":     {"japanese": "JPY"},
	"lira":    {"turkish": "TRY", "italian": "ITL"},
	"krone":   {"danish": "DKK", "norwegian": "NOK"},
	"krona":   {"swedish": "SEK", "icelandic": "ISK"},
	"peso":    {"mexican": "MXN", "argentine": "ARS", "argentinian": "ARS", "philippine": "PHP", "chilean": "CLP", "colombian": "COP"},
	"rand":    {"south african": "ZAR"},
	"real":    {"brazilian": "BRL"},
	"dinar":   {"iraqi": "IQD", "kuwaiti": "KWD", "jordanian": "JOD", "serbian": "RSD"},
	"markka":  {"finnish": "FIM"},
	"mark":    {"german": "DEM"},
	"guilder": {"dutch": "NLG"},
	"euro":    {"eu": "EUR"},
}

// pluralBase maps a plural or inflected currency name to the singular that
// qualifiedCurrencies is keyed by.
var pluralBase = map[string]string{
	"dollars": "dollar", "francs": "franc", "pounds": "pound", "rupees": "rupee",
	"kroner": "krone", "kronor": "krona", "pesos": "peso", "rupee": "rupee", "peso": "peso", "franc": "franc", "reais": "real",
	"dinars": "dinar", "markkaa": "markka", "marks": "mark", "guilders": "guilder",
	"euros": "euro", "krone": "krone", "real": "real", "dinar": "dinar", "cents": "cent",
	"mark": "mark", "lire": "lira", "rials": "rial", "riyals": "riyal",
}

// glued maps a unit written straight after digits to its currency: "15p",
// "50c". Only these short forms are read when glued.
var glued = map[string]Currency{
	"p": {Code: "GBP", Minor: true}, "c": {Code: "USD", Minor: true},
}

// codeWords are the ISO codes read as currencies when written as words.
// Only codes in common use are read, so words that happen to be codes
// ("ALL", "CUP", "TOP") are not.
var codeWords = map[string]bool{
	"USD": true, "EUR": true, "GBP": true, "JPY": true, "CNY": true, "CHF": true,
	"CAD": true, "AUD": true, "NZD": true, "HKD": true, "INR": true, "RUB": true,
	"BRL": true, "ZAR": true, "SEK": true, "NOK": true, "DKK": true, "MXN": true,
	"SGD": true, "KRW": true, "TRY": true, "PLN": true, "ILS": true, "AED": true,
	"SAR": true, "THB": true, "IDR": true, "MYR": true, "PHP": true, "TWD": true,
	"NGN": true, "EGP": true, "PKR": true, "UAH": true, "CZK": true, "HUF": true,
	"ARS": true, "CLP": true, "COP": true, "KES": true, "RMB": true, "LKR": true,
}

// lowerCodeWords are the codes also read in lower case ("20 usd"): only
// those that are never English words.
var lowerCodeWords = map[string]bool{
	"usd": true, "eur": true, "gbp": true, "jpy": true, "cny": true, "rmb": true,
	"chf": true, "aud": true, "nzd": true, "hkd": true, "inr": true, "cad": true,
}

// Symbol returns the code a currency symbol stands for.
func Symbol(s string) (code string, ok bool) {
	code, ok = symbols[s]
	return code, ok
}

// SymbolPrefix returns the code that letters written before "$" make
// ("US", "HK", "NZ").
func SymbolPrefix(letters string) (code string, ok bool) {
	code, ok = find(symbolPrefixes, letters)
	return code, ok
}

// CurrencyWord looks up a currency name ("pounds", "euro", "pence").
func CurrencyWord(w string) (Currency, bool) {
	c, ok := find(currencyWords, w)
	return c, ok
}

// QualifiedCurrency returns the code for a nationality or country placed
// before a currency name: QualifiedCurrency("Australian", "dollars") is AUD.
// The qualifier may be two words ("hong kong", "new zealand").
func QualifiedCurrency(qualifier, name string) (string, bool) {
	n := strings.ToLower(name)
	if b, ok := pluralBase[n]; ok {
		n = b
	}
	m, ok := qualifiedCurrencies[n]
	if !ok {
		return "", false
	}
	code, ok := find(m, qualifier)
	return code, ok
}

// IsQualifiableCurrency reports whether name is a currency name that a
// nationality may qualify, even when it is not a currency on its own
// ("krone", "real", "dinar").
func IsQualifiableCurrency(name string) bool {
	n := strings.ToLower(name)
	if b, ok := pluralBase[n]; ok {
		n = b
	}
	_, ok := qualifiedCurrencies[n]
	return ok
}

// GluedUnit looks up a currency unit written straight after digits, such
// as "p" in "15p".
func GluedUnit(w string) (Currency, bool) {
	c, ok := find(glued, w)
	return c, ok
}

// CodeWord returns the ISO code that a word stands for when it is written
// as a code ("USD", "GBP"; "usd" in lower case). "RMB" reads as CNY.
func CodeWord(w string) (string, bool) {
	// Every code is three letters, in capitals in codeWords and in lower
	// case in lowerCodeWords: most words are turned away here.
	if len(w) != 3 || !codeShapes.may(w) {
		return "", false
	}
	if c := w[0]; 'A' <= c && c <= 'Z' && codeWords[w] || 'a' <= c && c <= 'z' && lowerCodeWords[w] {
		c := strings.ToUpper(w)
		if c == "RMB" {
			c = "CNY"
		}
		return c, true
	}
	return "", false
}

// codeShapes passes over most three-letter words without hashing them:
// the shapes of codeWords and lowerCodeWords, in either case.
var codeShapes = func() *shapes {
	m := map[string]bool{}
	for _, t := range []map[string]bool{codeWords, lowerCodeWords} {
		for w := range t {
			m[w] = true
		}
	}
	return shapesOf(m)
}()

// AllCodes lists every ISO code the tables can produce, for checking them
// against the ISO 4217 table.
func AllCodes() []string {
	seen := map[string]bool{}
	add := func(c string) {
		if c != "" && c != "RMB" {
			seen[c] = true
		}
	}
	for _, c := range symbols {
		add(c)
	}
	for _, c := range symbolPrefixes {
		add(c)
	}
	for _, c := range currencyWords {
		add(c.Code)
	}
	for _, m := range qualifiedCurrencies {
		for _, c := range m {
			add(c)
		}
	}
	for _, cs := range countryCurrencies {
		for _, c := range cs {
			add(c.code)
		}
	}
	for c := range codeWords {
		add(c)
	}
	for _, r := range redenominations {
		add(r.old)
	}
	out := make([]string, 0, len(seen))
	for c := range seen {
		out = append(out, c)
	}
	return out
}

// countryCurrencies lists, for a currency name several countries use, the
// words that name each country and the code it makes. A text that names
// one of them decides which is meant ("rupees" in an article about Sri
// Lanka are LKR). Names not here keep the code of currencyWords.
var countryCurrencies = map[string][]struct {
	words []string
	code  string
}{
	"rupee": {
		{[]string{"India", "Indian", "Delhi", "Mumbai"}, "INR"},
		{[]string{"Sri Lanka", "Sri Lankan", "Colombo"}, "LKR"},
		{[]string{"Pakistan", "Pakistani", "Karachi", "Islamabad"}, "PKR"},
		{[]string{"Nepal", "Nepalese"}, "NPR"},
		{[]string{"Mauritius", "Mauritian"}, "MUR"},
	},
	"peso": {
		{[]string{"Mexico", "Mexican"}, "MXN"},
		{[]string{"Argentina", "Argentine", "Argentinian", "Buenos Aires"}, "ARS"},
		{[]string{"Colombia", "Colombian", "Bogota"}, "COP"},
		{[]string{"Chile", "Chilean", "Santiago"}, "CLP"},
		{[]string{"Philippines", "Philippine", "Filipino", "Manila"}, "PHP"},
		{[]string{"Uruguay", "Uruguayan"}, "UYU"},
		{[]string{"Cuba", "Cuban"}, "CUP"},
	},
	"krone": {
		{[]string{"Denmark", "Danish", "Copenhagen"}, "DKK"},
		{[]string{"Norway", "Norwegian", "Oslo"}, "NOK"},
	},
	"dinar": {
		{[]string{"Iraq", "Iraqi", "Baghdad"}, "IQD"},
		{[]string{"Kuwait", "Kuwaiti"}, "KWD"},
		{[]string{"Jordan", "Jordanian"}, "JOD"},
		{[]string{"Serbia", "Serbian", "Belgrade"}, "RSD"},
		{[]string{"Algeria", "Algerian"}, "DZD"},
		{[]string{"Bahrain", "Bahraini"}, "BHD"},
		{[]string{"Tunisia", "Tunisian"}, "TND"},
		{[]string{"Libya", "Libyan"}, "LYD"},
	},
	"rial": {
		{[]string{"Iran", "Iranian", "Tehran"}, "IRR"},
		{[]string{"Oman", "Omani", "Muscat"}, "OMR"},
		{[]string{"Yemen", "Yemeni", "Sanaa"}, "YER"},
	},
	"riyal": {
		{[]string{"Saudi", "Riyadh", "Jeddah"}, "SAR"},
		{[]string{"Qatar", "Qatari", "Doha"}, "QAR"},
	},
	"franc": {
		{[]string{"Switzerland", "Swiss", "Zurich", "Geneva"}, "CHF"},
		{[]string{"France", "French", "Paris"}, "FRF"},
		{[]string{"Belgium", "Belgian", "Brussels"}, "BEF"},
	},
}

// CountryCurrency is one country a shared currency name may belong to.
type CountryCurrency struct {
	// Words name the country ("Sri Lanka", "Sri Lankan").
	Words []string
	Code  string
}

// SharedCurrency returns the countries that share a currency name
// ("rupees", "pesos", "kroner", "francs"), or nil.
func SharedCurrency(name string) []CountryCurrency {
	n := strings.ToLower(name)
	if b, ok := pluralBase[n]; ok {
		n = b
	}
	var out []CountryCurrency
	for _, c := range countryCurrencies[n] {
		out = append(out, CountryCurrency{Words: c.words, Code: c.code})
	}
	return out
}

// redenominations are currencies replaced by a new unit of the same name.
// A text that names the new unit ("the new lira", Turkey's lira of 2005,
// worth a million old ones) tells its amounts apart: one called new ("the
// new one-lira coin") is in the new unit, the others ("five million
// lira") in the old one.
var redenominations = map[string]struct {
	cues []string
	old  string
}{
	"lira": {[]string{"new lira", "new Turkish lira"}, "TRL"},
}

// Redenomination returns, for a currency name replaced by a new unit of the
// same name ("lira"), the phrases that name the new unit and the old unit's
// code.
func Redenomination(name string) (cues []string, old string, ok bool) {
	r, ok := redenominations[strings.ToLower(name)]
	return r.cues, r.old, ok
}

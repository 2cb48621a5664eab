package lexicon

// abbreviations are words written with a period that does not end a
// sentence: titles, months, and common shortenings.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true,
	"sen": true, "rep": true, "gov": true, "gen": true, "col": true, "lt": true,
	"sgt": true, "capt": true, "cpl": true, "maj": true, "adm": true, "rev": true,
	"fr": true, "jr": true, "sr": true, "hon": true, "messrs": true, "mme": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"no": true, "nos": true, "vs": true, "v": true, "etc": true, "approx": true,
	"co": true, "corp": true, "inc": true, "ltd": true, "bros": true, "dept": true,
	"est": true, "fig": true, "vol": true, "pp": true, "op": true, "cf": true,
	"ie": true, "eg": true, "al": true, "mt": true, "ft": true, "ave": true,
}

// IsAbbreviation reports whether a word written before a period is an
// abbreviation whose period does not end the sentence.
func IsAbbreviation(w string) bool { return abbreviationsSet.has(w) }

var abbreviationsSet = newFoldSet(abbreviations)

// minorTitleWords are the short words a title-case headline leaves in lower
// case ("Plans to Treat People Smuggling Like Terrorism").
var minorTitleWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true,
	"nor": true, "of": true, "to": true, "in": true, "on": true, "at": true,
	"by": true, "for": true, "from": true, "with": true, "as": true, "vs": true,
	"into": true, "over": true, "up": true, "off": true, "out": true, "per": true,
	"is": true, "be": true, "are": true,
}

// IsMinorTitleWord reports whether w is a short word that title case leaves
// in lower case.
func IsMinorTitleWord(w string) bool { return minorTitleWords[w] }

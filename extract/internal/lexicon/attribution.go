package lexicon

import "strings"

// CueFlags say how a verb of saying attributes speech.
type CueFlags uint8

// Cue flags.
const (
	// CueClause: the verb takes a reported clause with or without "that"
	// ("said the plan would fail"). Without it, an indirect quote needs
	// "that" ("announced that ...").
	CueClause CueFlags = 1 << iota
	// CueObject: the verb takes the hearer as object before the clause
	// ("told reporters that ...", "warned MPs ...").
	CueObject
	// CueMarkedOnly: the verb attributes quoted words but never reported
	// speech without marks ("calls it "...", "asked").
	CueMarkedOnly
)

// Cue is a verb of saying found in the text.
type Cue struct {
	// Lemma is the verb's base form: "say" for "said".
	Lemma string
	Flags CueFlags
	// Participle reports an -ing form ("adding that ...").
	Participle bool
}

// cueVerbs lists every verb of saying with its forms: base, third person,
// past (and past participle where it differs), -ing. It is the one table of
// cue verbs; "according to" and phrasal cues ("point out") are handled by
// CueParticle.
var cueVerbs = []struct {
	forms []string
	flags CueFlags
}{
	{[]string{"say", "says", "said", "saying"}, CueClause},
	{[]string{"tell", "tells", "told", "telling"}, CueClause | CueObject},
	{[]string{"add", "adds", "added", "adding"}, 0},
	{[]string{"stress", "stresses", "stressed", "stressing"}, CueClause},
	{[]string{"warn", "warns", "warned", "warning"}, CueClause | CueObject},
	{[]string{"insist", "insists", "insisted", "insisting"}, CueClause},
	{[]string{"claim", "claims", "claimed", "claiming"}, CueClause},
	{[]string{"argue", "argues", "argued", "arguing"}, CueClause},
	{[]string{"explain", "explains", "explained", "explaining"}, CueClause},
	{[]string{"reiterate", "reiterates", "reiterated", "reiterating"}, CueClause},
	{[]string{"announce", "announces", "announced", "announcing"}, 0},
	{[]string{"write", "writes", "wrote", "written", "writing"}, CueClause},
	{[]string{"tweet", "tweets", "tweeted", "tweeting"}, CueClause},
	{[]string{"admit", "admits", "admitted", "admitting"}, CueClause},
	{[]string{"accuse", "accuses", "accused", "accusing"}, CueMarkedOnly | CueObject},
	{[]string{"urge", "urges", "urged", "urging"}, CueMarkedOnly | CueObject},
	{[]string{"predict", "predicts", "predicted", "predicting"}, CueClause},
	{[]string{"suggest", "suggests", "suggested", "suggesting"}, CueClause},
	{[]string{"note", "notes", "noted", "noting"}, 0},
	{[]string{"point", "points", "pointed", "pointing"}, 0},
	{[]string{"state", "states", "stated", "stating"}, 0},
	{[]string{"declare", "declares", "declared", "declaring"}, 0},
	{[]string{"confirm", "confirms", "confirmed", "confirming"}, 0},
	{[]string{"deny", "denies", "denied", "denying"}, 0},
	{[]string{"reveal", "reveals", "revealed", "revealing"}, 0},
	{[]string{"acknowledge", "acknowledges", "acknowledged", "acknowledging"}, 0},
	{[]string{"concede", "concedes", "conceded", "conceding"}, 0},
	{[]string{"complain", "complains", "complained", "complaining"}, 0},
	{[]string{"assert", "asserts", "asserted", "asserting"}, CueClause},
	{[]string{"maintain", "maintains", "maintained", "maintaining"}, 0},
	{[]string{"promise", "promises", "promised", "promising"}, 0},
	{[]string{"pledge", "pledges", "pledged", "pledging"}, 0},
	{[]string{"report", "reports", "reported", "reporting"}, 0},
	{[]string{"remark", "remarks", "remarked", "remarking"}, 0},
	{[]string{"comment", "comments", "commented", "commenting"}, 0},
	{[]string{"assure", "assures", "assured", "assuring"}, CueObject},
	{[]string{"inform", "informs", "informed", "informing"}, CueObject},
	{[]string{"remind", "reminds", "reminded", "reminding"}, CueObject},
	{[]string{"ask", "asks", "asked", "asking"}, CueMarkedOnly},
	{[]string{"reply", "replies", "replied", "replying"}, CueMarkedOnly},
	{[]string{"respond", "responds", "responded", "responding"}, CueMarkedOnly},
	{[]string{"answer", "answers", "answered", "answering"}, CueMarkedOnly},
	{[]string{"call", "calls", "called", "calling"}, CueMarkedOnly},
	{[]string{"describe", "describes", "described", "describing"}, CueMarkedOnly},
	{[]string{"joke", "jokes", "joked", "joking"}, CueMarkedOnly},
	{[]string{"quip", "quips", "quipped", "quipping"}, CueMarkedOnly},
	{[]string{"exclaim", "exclaims", "exclaimed", "exclaiming"}, CueMarkedOnly},
	{[]string{"recall", "recalls", "recalled", "recalling"}, CueMarkedOnly},
	{[]string{"continue", "continues", "continued", "continuing"}, CueMarkedOnly},
}

var cueIndex = func() map[string]Cue {
	m := map[string]Cue{}
	for _, v := range cueVerbs {
		for _, f := range v.forms {
			m[f] = Cue{Lemma: v.forms[0], Flags: v.flags, Participle: strings.HasSuffix(f, "ing")}
		}
	}
	return m
}()

// cueShapes holds, for each first and last letter of a cue verb form, a
// bit for each length up to 31: a cheap filter that turns away most words
// before the map lookup.
var cueShapes = func() (t [26][26]uint32) {
	for w := range cueIndex {
		t[w[0]-'a'][w[len(w)-1]-'a'] |= 1 << min(len(w), 31)
	}
	return t
}()

func cueShaped(w string) bool {
	n := len(w)
	if n < 3 || n > 31 {
		return false
	}
	f, l := w[0]|0x20, w[n-1]|0x20
	if f < 'a' || f > 'z' || l < 'a' || l > 'z' {
		return false
	}
	return cueShapes[f-'a'][l-'a']&(1<<n) != 0
}

// CueVerb reports whether w, in any case, is a form of a verb of saying.
func CueVerb(w string) (Cue, bool) {
	if !cueShaped(w) {
		return Cue{}, false
	}
	return cueTable.find(w)
}

var cueTable = newFoldTable(cueIndex)

// cueParticles are the particles that make a phrasal cue with the verb
// before them: "pointed out", "went on".
var cueParticles = map[string]string{
	"point": "out", "points": "out", "pointed": "out", "pointing": "out",
}

// CueParticle returns the particle that makes w a phrasal verb of saying
// ("out" for "pointed"), or "".
func CueParticle(w string) string {
	p, _ := cueParticleTable.find(w)
	return p
}

var cueParticleTable = newFoldTable(cueParticles)

// Honorifics are the courtesy titles written before a name; a canonical
// speaker name leaves them out.
var honorifics = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "mx": true, "dr": true,
	"sir": true, "dame": true, "lord": true, "lady": true, "baroness": true,
	"baron": true, "prof": true, "professor": true, "rev": true, "reverend": true,
	"messrs": true, "mme": true, "herr": true, "monsieur": true,
}

// IsHonorific reports whether w is a courtesy title such as Mr or Sir.
func IsHonorific(w string) bool { return has(honorifics, strings.TrimSuffix(w, ".")) }

// titleWords are job titles that can stand before a name ("Prime Minister
// Keir Starmer", "Chancellor Gordon Brown") or alone as a role ("the
// chancellor").
var titleWords = map[string]bool{
	"minister": true, "president": true, "chancellor": true, "secretary": true,
	"senator": true, "governor": true, "mayor": true, "chairman": true,
	"chairwoman": true, "judge": true, "general": true, "king": true, "queen": true,
	"prince": true, "princess": true, "pope": true, "ambassador": true,
	"commissioner": true, "inspector": true, "detective": true, "sergeant": true,
	"constable": true, "superintendent": true, "archbishop": true, "bishop": true,
	"leader": true, "premier": true, "chief": true, "captain": true, "coach": true,
	"manager": true, "boss": true, "director": true, "executive": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "speaker": true,
	"congressman": true, "congresswoman": true, "representative": true,
	"mp": true, "mep": true, "councillor": true, "officer": true, "economist": true,
	"analyst": true, "editor": true, "founder": true, "chair": true, "head": true,
	"whip": true, "counsel": true, "attorney": true, "lawyer": true, "colonel": true,
	"lieutenant": true, "major": true, "admiral": true, "commander": true,
	"singer": true, "actor": true, "actress": true, "presenter": true, "comedian": true,
	"author": true, "writer": true, "chef": true, "artist": true, "designer": true,
	"rapper": true, "guitarist": true, "drummer": true, "producer": true,
	"composer": true, "novelist": true, "broadcaster": true, "journalist": true,
	"reporter": true, "correspondent": true,
	"referee": true, "umpire": true, "striker": true, "midfielder": true,
	"defender": true, "goalkeeper": true, "winger": true, "skipper": true,
}

// titleModifiers qualify a title word before it: "prime minister", "home
// secretary", "chief executive", "shadow chancellor".
var titleModifiers = map[string]bool{
	"prime": true, "home": true, "foreign": true, "deputy": true, "vice": true,
	"shadow": true, "chief": true, "health": true, "defence": true, "defense": true,
	"culture": true, "trade": true, "education": true, "justice": true,
	"environment": true, "finance": true, "interior": true, "opposition": true,
	"party": true, "campaign": true, "oil": true, "energy": true, "transport": true,
	"economics": true, "economic": true, "first": true, "junior": true,
	"senior": true, "former": true, "acting": true, "managing": true, "general": true,
	"attorney": true, "lord": true, "state": true, "treasury": true, "business": true,
	"technology": true, "science": true, "police": true, "team": true, "club": true,
	"executive": true, "commercial": true, "financial": true, "technical": true,
	"operating": true, "research": true, "policy": true, "news": true, "political": true,
	"security": true, "industry": true, "media": true, "market": true, "marketing": true,
	"sales": true, "sports": true, "sport": true, "football": true, "music": true,
	"official": true, "assistant": true, "principal": true, "lead": true,
}

// IsTitleWord reports whether w is a job title that can stand before a
// name or alone as a role ("minister", "chancellor", "spokesman").
func IsTitleWord(w string) bool { return titleWordsSet.has(w) }

var titleWordsSet = newFoldSet(titleWords)

// IsTitleModifier reports whether w qualifies a title word before it
// ("prime" in "prime minister").
func IsTitleModifier(w string) bool { return titleModifiersSet.has(w) }

var titleModifiersSet = newFoldSet(titleModifiers)

// roleNouns are the head nouns of descriptive speakers with no name ("the
// prime minister's official spokesman", "security experts", "one
// insider"), singular and plural.
var roleNouns = map[string]bool{
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "spokesmen": true,
	"spokeswomen": true, "spokespeople": true, "official": true, "officials": true,
	"minister": true, "ministers": true, "source": true, "sources": true,
	"insider": true, "insiders": true, "analyst": true, "analysts": true,
	"expert": true, "experts": true, "economist": true, "economists": true,
	"member": true, "members": true, "police": true, "officer": true, "officers": true,
	"executive": true, "executives": true, "director": true, "directors": true,
	"chairman": true, "chairwoman": true, "president": true, "secretary": true,
	"chancellor": true, "leader": true, "leaders": true, "campaigner": true,
	"campaigners": true, "critic": true, "critics": true, "researcher": true,
	"researchers": true, "scientist": true, "scientists": true, "resident": true,
	"residents": true, "witness": true, "witnesses": true, "doctor": true,
	"doctors": true, "lawyer": true, "lawyers": true, "judge": true, "manager": true,
	"boss": true, "coach": true, "player": true, "players": true, "fan": true,
	"fans": true, "observer": true, "observers": true, "commentator": true,
	"commentators": true, "aide": true, "aides": true, "adviser": true,
	"advisers": true, "advisor": true, "advisors": true, "people": true,
	"government": true, "council": true, "department": true, "ministry": true,
	"agency": true, "company": true, "firm": true, "group": true, "party": true,
	"union": true, "bank": true, "board": true, "court": true, "committee": true,
	"prosecutor": true, "prosecutors": true, "investigator": true,
	"investigators": true, "organisers": true, "organizers": true, "mps": true,
	"mp": true, "peers": true, "governors": true, "chief": true, "head": true,
	"founder": true, "owner": true, "owners": true, "investors": true,
	"traders": true, "dealers": true, "workers": true, "staff": true,
	"consumers": true, "voters": true, "users": true, "customers": true,
	"parents": true, "teachers": true, "students": true, "families": true,
	"authorities": true, "regulator": true, "regulators": true, "organisation": true,
	"organization": true, "charity": true, "association": true, "federation": true,
	"team": true, "club": true, "teammate": true,
	"colleague": true, "colleagues": true, "friend": true, "friends": true,
	"partner": true, "partners": true, "editor": true, "author": true,
	"writer": true, "singer": true, "star": true, "actor": true, "actress": true,
	"producer": true, "chef": true, "veteran": true,
	"speaker": true, "victim": true,
	"victims": true, "survivors": true, "councillor": true, "councillors": true,
	"trader": true, "dealer": true, "worker": true, "consumer": true, "voter": true,
	"user": true, "customer": true, "parent": true, "teacher": true, "student": true,
	"investor": true, "broker": true, "brokers": true, "mayor": true,
	"governor": true, "senator": true, "activist": true,
	"activists": true, "academic": true, "academics": true,
	"professor": true, "mother": true, "father": true, "wife": true, "husband": true,
	"son": true, "daughter": true, "brother": true, "sister": true, "man": true,
	"woman": true, "men": true, "women": true, "boy": true, "girl": true,
	"referee": true, "striker": true, "captain": true, "skipper": true,
}

// IsRoleNoun reports whether w can head a descriptive speaker: a person,
// group or body that speaks ("spokesman", "experts", "government").
func IsRoleNoun(w string) bool {
	lw := Fold(w)
	return roleNouns[lw] || titleWords[lw]
}

// documentNouns name texts, not speakers: "a survey found that ..." is a
// finding, not reported speech.
var documentNouns = map[string]bool{
	"survey": true, "surveys": true, "poll": true, "polls": true, "study": true,
	"studies": true, "report": true, "reports": true, "research": true,
	"figures": true, "data": true, "statistics": true, "analysis": true,
	"index": true, "paper": true, "document": true, "documents": true,
	"letter": true, "statement": true, "website": true, "law": true, "rules": true,
	"sign": true, "article": true, "book": true, "review": true, "forecast": true,
}

// dataNouns are the document nouns that cite figures: "figures from the
// Home Office", "ONS data show".
var dataNouns = map[string]bool{
	"figures": true, "data": true, "statistics": true, "research": true, "survey": true,
	"study": true, "report": true, "analysis": true, "estimates": true, "poll": true,
	"forecast": true,
}

// IsDataNoun reports whether w cites figures ("figures", "data", "survey").
func IsDataNoun(w string) bool { return dataNounsSet.has(w) }

var dataNounsSet = newFoldSet(dataNouns)

// showVerbs are the verbs a data citation reports with: "figures show".
var showVerbs = map[string]bool{
	"show": true, "shows": true, "showed": true, "shown": true, "suggest": true,
	"suggests": true, "suggested": true, "reveal": true, "reveals": true,
	"revealed": true, "indicate": true, "indicates": true, "indicated": true,
	"found": true, "find": true, "finds": true,
}

// IsShowVerb reports whether w reports what data say ("show", "revealed").
func IsShowVerb(w string) bool { return showVerbsSet.has(w) }

var showVerbsSet = newFoldSet(showVerbs)

// publishVerbs stand between a data noun and its source: "data published
// by the ONS".
var publishVerbs = map[string]bool{
	"published": true, "released": true, "compiled": true, "issued": true, "produced": true,
}

// IsPublishVerb reports whether w, after a data noun, introduces its
// source ("published", "released").
func IsPublishVerb(w string) bool { return publishVerbsSet.has(w) }

var publishVerbsSet = newFoldSet(publishVerbs)

// IsDocumentNoun reports whether w names a text rather than a speaker
// ("survey", "report", "figures").
func IsDocumentNoun(w string) bool { return documentNounsSet.has(w) }

var documentNounsSet = newFoldSet(documentNouns)

// pronouns maps subject pronouns to what they refer to: "person" (he,
// she), "group" (they, we), "thing" (it), "self" (I).
var pronouns = map[string]string{
	"he": "person", "she": "person", "they": "group", "we": "group",
	"it": "thing", "i": "self", "you": "self",
}

// PronounKind returns what a subject pronoun refers to ("person", "group",
// "thing", "self"), or "" if w is not one.
func PronounKind(w string) string {
	k, _ := pronounTable.find(w)
	return k
}

var pronounTable = newFoldTable(pronouns)

// determiners open a noun phrase: "the", "a", "one", "several", "his".
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "one": true, "several": true, "some": true,
	"many": true, "most": true, "all": true, "both": true, "two": true, "three": true,
	"four": true, "five": true, "his": true, "her": true, "its": true, "their": true,
	"our": true, "this": true, "these": true, "those": true, "another": true,
	"each": true, "every": true, "other": true, "few": true,
	"numerous": true, "various": true, "certain": true,
}

// IsDeterminer reports whether w opens a noun phrase.
func IsDeterminer(w string) bool { return determinersSet.has(w) }

var determinersSet = newFoldSet(determiners)

// functionWords end a speaker noun phrase when scanning: prepositions,
// conjunctions, relative words, subordinators and the like.
var functionWords = map[string]bool{
	"in": true, "on": true, "at": true, "to": true, "for": true, "from": true,
	"with": true, "by": true, "as": true, "about": true, "into": true, "after": true,
	"before": true, "during": true, "since": true, "while": true, "when": true,
	"if": true, "because": true, "although": true, "though": true, "but": true,
	"and": true, "or": true, "so": true, "than": true, "that": true, "which": true,
	"who": true, "whom": true, "whose": true, "where": true, "what": true, "how": true,
	"why": true, "not": true, "nor": true, "yet": true, "also": true, "then": true,
	"there": true, "here": true, "over": true, "under": true, "against": true,
	"between": true, "through": true, "without": true, "within": true, "via": true,
	"of": true, "like": true, "until": true, "unless": true, "whether": true,
	"once": true, "per": true, "up": true, "out": true, "off": true, "down": true,
	"only": true, "even": true, "just": true, "still": true, "now": true,
	"however": true, "meanwhile": true, "instead": true, "too": true, "very": true,
	"later": true, "earlier": true, "yesterday": true, "today": true, "tonight": true,
	"previously": true, "already": true, "recently": true, "again": true,
	"last": true, "next": true, "this": true, "it": true, "he": true, "she": true,
	"they": true, "we": true, "i": true, "you": true, "him": true, "them": true,
	"us": true, "me": true, "was": true, "were": true, "is": true, "are": true,
	"be": true, "been": true, "being": true, "has": true, "have": true, "had": true,
	"will": true, "would": true, "can": true, "could": true, "should": true,
	"shall": true, "may": true, "might": true, "must": true, "do": true, "does": true,
	"did": true, "having": true, "said": true, "says": true, "no": true,
}

// IsFunctionWord reports whether w is a preposition, conjunction, pronoun,
// auxiliary or other word that is never part of a speaker's name or
// description.
func IsFunctionWord(w string) bool { return functionWordsSet.has(w) }

var functionWordsSet = newFoldSet(functionWords)

// speechSkips are the words that may stand between a speaker and the cue
// verb: auxiliaries and adverbs ("has already said", "also reiterated").
var speechSkips = map[string]bool{
	"also": true, "later": true, "earlier": true, "previously": true, "then": true,
	"has": true, "have": true, "had": true, "was": true, "were": true, "is": true,
	"are": true, "will": true, "would": true, "could": true, "may": true,
	"might": true, "did": true, "does": true, "do": true, "already": true,
	"recently": true, "now": true, "once": true, "again": true, "repeatedly": true,
	"yesterday": true, "today": true, "always": true, "often": true,
	"frequently": true, "reportedly": true, "publicly": true, "privately": true,
	"separately": true, "subsequently": true, "too": true, "herself": true,
	"himself": true, "themselves": true, "itself": true, "still": true,
	"even": true, "just": true, "being": true, "been": true,
}

// IsSpeechSkip reports whether w may stand between a speaker and its cue
// verb ("also", "has", "previously").
func IsSpeechSkip(w string) bool { return has(speechSkips, w) }

// finiteHints are words that show a clause has a verb: auxiliaries,
// modals, and common irregular past forms. Regular past forms (-ed) are
// recognised by their ending.
var finiteHints = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true,
	"will": true, "would": true, "can": true, "could": true, "should": true,
	"shall": true, "may": true, "might": true, "must": true, "has": true,
	"have": true, "had": true, "do": true, "does": true, "did": true, "saw": true,
	"made": true, "got": true, "took": true, "gave": true, "went": true, "came": true,
	"felt": true, "thought": true, "knew": true, "found": true, "left": true,
	"kept": true, "told": true, "said": true, "won": true, "lost": true, "paid": true,
	"sold": true, "bought": true, "held": true, "meant": true, "put": true,
	"set": true, "cut": true, "rose": true, "fell": true, "grew": true, "began": true,
	"needs": true, "need": true, "wants": true, "want": true, "means": true,
	"isn't": true, "wasn't": true, "won't": true, "can't": true, "don't": true,
	"doesn't": true, "didn't": true, "aren't": true, "weren't": true,
	"wouldn't": true, "couldn't": true, "shouldn't": true, "hasn't": true,
	"haven't": true, "hadn't": true, "it's": true, "there's": true, "that's": true,
	"we're": true, "they're": true, "he's": true, "she's": true, "i'm": true,
	"feels": true, "looks": true, "seems": true, "remains": true, "makes": true,
	"gets": true, "goes": true, "comes": true, "takes": true, "gives": true,
	"knows": true, "thinks": true, "believes": true, "expects": true,
	"plans": true, "hopes": true, "works": true, "helps": true, "shows": true,
}

var finiteHintsSet = newFoldSet(finiteHints)

// HasFiniteHint reports whether w marks a finite verb: an auxiliary, a
// modal, a common irregular form, or a word ending in "ed".
func HasFiniteHint(w string) bool {
	if finiteHintsSet.has(w) || strings.Contains(w, "’") && finiteHints[Fold(strings.ReplaceAll(w, "’", "'"))] {
		return true
	}
	n := len(w)
	return n > 4 && (w[n-2] == 'e' || w[n-2] == 'E') && (w[n-1] == 'd' || w[n-1] == 'D')
}

// orgWords mark a name as an organisation rather than a person: "Refugee
// Council", "Conservative Party", "RSA Security".
var orgWords = map[string]bool{
	"council": true, "party": true, "department": true, "ministry": true, "alliance": true,
	"office": true, "agency": true, "commission": true, "committee": true,
	"group": true, "association": true, "union": true, "bank": true,
	"company": true, "corporation": true, "corp": true, "inc": true, "ltd": true,
	"plc": true, "security": true, "services": true, "service": true,
	"institute": true, "university": true, "government": true, "board": true,
	"authority": true, "federation": true, "foundation": true, "trust": true,
	"society": true, "organisation": true, "organization": true, "league": true,
	"club": true, "police": true, "command": true, "court": true, "parliament": true,
	"assembly": true, "network": true, "fund": true, "bureau": true, "centre": true,
	"center": true, "international": true, "systems": true, "technologies": true,
	"industries": true, "holdings": true, "airways": true, "airlines": true,
	"motors": true, "records": true, "studios": true, "news": true, "times": true,
	"post": true, "telegraph": true, "guardian": true, "reuters": true,
	"opec": true, "nato": true, "bbc": true, "fifa": true, "uefa": true,
	"fa": true, "labour": true, "tories": true, "conservatives": true,
	"democrats": true, "republicans": true, "congress": true, "senate": true,
	"cabinet": true, "treasury": true, "executive": true, "administration": true,
	"watchdog": true, "regulator": true, "exchange": true, "market": true,
	"microsoft": true, "google": true, "apple": true, "sony": true, "nintendo": true,
}

// IsOrgWord reports whether w marks a name as an organisation.
func IsOrgWord(w string) bool { return orgWordsSet.has(w) }

var orgWordsSet = newFoldSet(orgWords)

// elisions are words written with a leading apostrophe, so that the mark
// before them is not an opening quote: 'em, 'til, 'n'.
var elisions = map[string]bool{
	"em": true, "til": true, "tis": true, "twas": true, "cause": true, "n": true,
	"bout": true, "round": true, "s": true, "twere": true, "ere": true,
}

// IsElision reports whether w is written after a leading apostrophe that
// is not a quote mark ("em" in "'em").
func IsElision(w string) bool { return has(elisions, w) }

// sentenceOpeners are capitalised words that start sentences and are never
// names: "The", "But", "Last".
var sentenceOpeners = map[string]bool{
	"the": true, "a": true, "an": true, "but": true, "and": true, "or": true,
	"so": true, "if": true, "when": true, "while": true, "as": true, "in": true,
	"on": true, "at": true, "for": true, "from": true, "with": true, "by": true,
	"after": true, "before": true, "since": true, "although": true, "though": true,
	"this": true, "that": true, "these": true, "those": true, "there": true,
	"it": true, "he": true, "she": true, "they": true, "we": true, "i": true,
	"you": true, "his": true, "her": true, "its": true, "their": true, "our": true,
	"my": true, "your": true, "last": true, "next": true, "other": true,
	"some": true, "many": true, "most": true, "all": true, "both": true,
	"one": true, "two": true, "three": true, "several": true, "such": true,
	"however": true, "meanwhile": true, "yet": true, "still": true, "now": true,
	"then": true, "also": true, "even": true, "only": true, "just": true,
	"what": true, "why": true, "how": true, "who": true, "where": true,
	"which": true, "no": true, "not": true, "more": true, "less": true,
	"later": true, "earlier": true, "asked": true, "speaking": true, "under": true,
	"despite": true, "during": true, "until": true, "because": true,
	"monday": true, "tuesday": true, "wednesday": true,
	"thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true, "updated": true,
	"do": true, "does": true, "did": true, "is": true, "are": true, "was": true,
	"were": true, "let": true, "any": true, "each": true, "every": true,
	"another": true, "to": true, "of": true, "about": true, "over": true,
	"without": true, "among": true, "like": true, "unlike": true, "whether": true,
	"here": true, "thanks": true, "instead": true, "indeed": true, "perhaps": true,
}

// IsSentenceOpener reports whether a capitalised w is a common word that
// opens sentences rather than a name ("The", "But", "Last", "Monday").
func IsSentenceOpener(w string) bool { return sentenceOpenersSet.has(w) }

var sentenceOpenersSet = newFoldSet(sentenceOpeners)

// speakerAliases map the informal names of bodies to the names a canonical
// speaker uses: "the Tories" is the Conservative Party.
var speakerAliases = map[string]string{
	"tories": "the Conservative Party", "tory party": "the Conservative Party",
	"conservatives": "the Conservative Party", "lib dems": "the Liberal Democrats",
	"labour party": "the Labour Party", "labour": "the Labour Party",
	"the tories": "the Conservative Party", "the conservatives": "the Conservative Party",
	"the lib dems": "the Liberal Democrats",
}

// SpeakerAlias returns the canonical name for an informal name of a body
// ("the Tories" → "the Conservative Party"), or "".
func SpeakerAlias(name string) string { return speakerAliases[Fold(name)] }

// Fold returns w in lower case. It does not allocate when w has no
// upper-case letter, which is most words, so table lookups stay cheap.
func Fold(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; 'A' <= c && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(w)
		}
	}
	return w
}

// foldInto writes the ASCII word w in lower case into buf and returns it;
// ok is false when w is too long or not ASCII.
func foldInto(buf []byte, w string) ([]byte, bool) {
	if len(w) > len(buf) {
		return nil, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return nil, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(w)], true
}

// has looks w up in a table of lower-case words without allocating for
// short ASCII words.
func has(m map[string]bool, w string) bool {
	var buf [24]byte
	if b, ok := foldInto(buf[:], w); ok {
		return m[string(b)]
	}
	return m[strings.ToLower(w)]
}

// find looks w up in a table keyed by lower-case words without allocating
// for short ASCII words.
func find[V any](m map[string]V, w string) (V, bool) {
	var buf [24]byte
	if b, ok := foldInto(buf[:], w); ok {
		v, ok := m[string(b)]
		return v, ok
	}
	v, ok := m[strings.ToLower(w)]
	return v, ok
}

// NameClass bits say what a capitalised word may be in a name: see
// NameClassOf.
const (
	NameHonorific uint8 = 1 << iota
	NameTitle
	NameTitleModifier
	NameOrg
	NameOpener
)

// nameClasses merges the honorific, title, title-modifier, organisation and
// sentence-opener tables into one lookup, so that reading a name costs one
// map access a word.
// nameClassTable looks words up in nameClasses, passing over most words
// not in it without hashing them.
var nameClassTable = newFoldTable(nameClasses)

var nameClasses = func() map[string]uint8 {
	m := map[string]uint8{}
	for _, t := range []struct {
		words map[string]bool
		bit   uint8
	}{
		{honorifics, NameHonorific}, {titleWords, NameTitle}, {titleModifiers, NameTitleModifier},
		{orgWords, NameOrg}, {sentenceOpeners, NameOpener},
	} {
		for w, ok := range t.words {
			if ok {
				m[w] |= t.bit
			}
		}
	}
	return m
}()

// NameClassOf returns the NameClass bits of w, in any case.
func NameClassOf(w string) uint8 {
	c, _ := nameClassTable.find(w)
	return c
}

// shapes is a cheap test that passes over most words not in a table
// without hashing them: bit n of shapes[f][l] is set when the table holds a
// word of n bytes (63: of 63 or more) whose first and last bytes are in
// slots f and l (see shapeSlots). Slots 27 to 31 are never used; they make
// the rows a power of two, so indexes need no bounds checks.
type shapes [32][32]uint64

// shapeSlots holds the slot of each byte in shapes: a letter's, in either
// case, is its place in the alphabet; every other byte is in slot 26.
// Folding a word's case never moves its ASCII bytes between slots.
var shapeSlots = func() (t [256]uint8) {
	for c := range t {
		t[c] = 26
		if l := byte(c) | 0x20; 'a' <= l && l <= 'z' {
			t[c] = l - 'a'
		}
	}
	return t
}()

// shapesOf returns the shapes of the words in a table.
func shapesOf[V any](m map[string]V) *shapes {
	var s shapes
	for w := range m {
		if w != "" {
			s[shapeSlots[w[0]]][shapeSlots[w[len(w)-1]]] |= 1 << min(len(w), 63)
		}
	}
	return &s
}

// may reports whether w can be in the table: false means it is not.
func (s *shapes) may(w string) bool {
	n := len(w)
	return n != 0 && s[shapeSlots[w[0]]&31][shapeSlots[w[n-1]]&31]>>min(n, 63)&1 != 0
}

// mayFold is may for a table of lower-case words looked up in any case.
// Folding can change a word's bytes only where it is not ASCII; such a
// word always may be in the table.
func (s *shapes) mayFold(w string) bool {
	if s.may(w) {
		return true
	}
	var bits byte
	for i := 0; i < len(w); i++ {
		bits |= w[i]
	}
	return bits >= 0x80
}

// foldSet is a table of lower-case words looked up in any case, as has
// looks them up, without hashing ASCII words (see foldTable).
type foldSet struct{ t *foldTable[bool] }

func newFoldSet(m map[string]bool) foldSet { return foldSet{newFoldTable(m)} }

func (f foldSet) has(w string) bool {
	v, ok := f.t.find(w)
	return ok && v
}

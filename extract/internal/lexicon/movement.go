package lexicon

// movementWords are words that, before "X to Y", make the pair a change
// and a level rather than a range: "rose 5p to 90p", "adding $1.89 to
// $48.62", "from £5 to £7".
var movementWords = map[string]bool{
	"from": true, "by": true, "up": true, "down": true, "off": true,
	"rose": true, "rise": true, "rises": true, "rising": true, "risen": true,
	"fell": true, "fall": true, "falls": true, "falling": true, "fallen": true,
	"grew": true, "grow": true, "grows": true, "growing": true, "grown": true,
	"increased": true, "increase": true, "increases": true, "increasing": true,
	"decreased": true, "decrease": true, "decreases": true, "decreasing": true,
	"climbed": true, "climb": true, "climbs": true, "climbing": true,
	"jumped": true, "jump": true, "jumps": true, "jumping": true,
	"dropped": true, "drop": true, "drops": true, "dropping": true,
	"slipped": true, "slip": true, "slips": true, "slipping": true,
	"gained": true, "gain": true, "gains": true, "gaining": true,
	"lost": true, "lose": true, "loses": true, "losing": true,
	"added": true, "add": true, "adds": true, "adding": true,
	"cut": true, "cuts": true, "cutting": true, "raised": true, "raise": true, "raising": true,
	"lifted": true, "lift": true, "lifting": true, "lowered": true, "lower": true,
	"reduced": true, "reduce": true, "reducing": true, "boosted": true, "boost": true,
	"declined": true, "decline": true, "declining": true, "soared": true, "surged": true,
	"slumped": true, "plunged": true, "tumbled": true, "edged": true, "sank": true,
	"slid": true, "dived": true, "shed": true, "advanced": true, "eased": true,
	"rallied": true, "recovered": true, "doubled": true, "halved": true, "trebled": true,
	"tripled": true, "widened": true, "narrowed": true, "shrank": true, "shrunk": true,
}

// IsMovementWord reports whether w, before "X to Y", makes the pair a
// change and the level it reached.
func IsMovementWord(w string) bool { return has(movementWords, w) }

// pushVerbs are verbs that move a thing "up to" or "down to" a level:
// "pushed the dollar up to $1.3270" is no "up to" hedge.
var pushVerbs = map[string]bool{
	"pushed": true, "push": true, "pushing": true, "pushes": true, "sent": true,
	"send": true, "sending": true, "drove": true, "driven": true, "drive": true,
	"driving": true, "went": true, "go": true, "going": true, "gone": true,
	"moved": true, "move": true, "moving": true, "took": true, "take": true,
	"taking": true, "forced": true, "marked": true, "bid": true, "bidding": true,
	"revised": true, "revising": true, "shot": true,
}

// IsPushVerb reports whether w moves something to a level when "up to"
// follows it ("pushed", "went", "took").
func IsPushVerb(w string) bool {
	return has(pushVerbs, w) || has(movementWords, w)
}

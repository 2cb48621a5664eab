package lexicon

// movementWords are the words, besides the change cues (ChangeCue), that
// before "X to Y" make the pair a change and a level rather than a range:
// "from £5 to £7", "adding $1.89 to $48.62".
var movementWords = map[string]bool{
	"from": true, "by": true, "off": true, "decreasing": true, "gaining": true,
	"add": true, "adds": true, "adding": true, "raising": true,
	"lifted": true, "lift": true, "lifting": true, "lower": true, "reducing": true,
	"edged": true, "rallied": true, "recovered": true,
}

// IsMovementWord reports whether w, before "X to Y", makes the pair a
// change and the level it reached.
func IsMovementWord(w string) bool {
	if _, ok := ChangeCue(w); ok {
		return true
	}
	return has(movementWords, w)
}

// pushVerbs are verbs that move a thing "up to" or "down to" a level:
// "pushed the dollar up to $1.3270" is no "up to" hedge.
var pushVerbs = map[string]bool{
	"pushed": true, "push": true, "pushing": true, "pushes": true, "sent": true,
	"send": true, "sending": true, "drove": true, "driven": true, "drive": true,
	"driving": true, "went": true, "go": true, "going": true, "gone": true,
	"moved": true, "move": true, "moving": true, "took": true, "take": true,
	"taking": true, "takes": true, "forced": true, "marked": true,
	"brings": true, "bring": true, "brought": true, "bringing": true,
	"crept": true, "edged": true,
	"revised": true, "revising": true, "shot": true,
	// "added up to 22,201bn yen" is a sum, not a cap.
	"added": true, "adds": true, "add": true, "adding": true,
}

// IsPushVerb reports whether w moves something to a level when "up to"
// follows it ("pushed", "went", "took"), or sums ("added up to").
func IsPushVerb(w string) bool {
	return has(pushVerbs, w)
}

// closingVerbs report the level a price stood at: "closing at $53.03".
var closingVerbs = map[string]bool{
	"closing": true, "closed": true, "close": true, "closes": true, "ended": true,
	"ending": true, "ends": true, "settled": true, "settling": true, "settles": true,
	"finished": true, "finishing": true, "opened": true, "opening": true,
}

// IsClosingVerb reports whether w, before "at", reports the level a price
// stood at ("closed", "settled").
func IsClosingVerb(w string) bool { return has(closingVerbs, w) }

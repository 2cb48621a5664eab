package attrib

import (
	"sort"
	"strings"
	"sync"

	"github.com/newsclaims/claims/extract/internal/layout"
	"github.com/newsclaims/claims/extract/internal/lexer"
	"github.com/newsclaims/claims/extract/internal/lexicon"
)

// nameRun is a run of capitalised words outside quotes: a name, with the
// titles before it split off.
type nameRun struct {
	tok   int // first token of the name proper
	words []string
	role  string // the title or role before it, lower case: "prime minister"
	// person and org classify the name; neither when unsure.
	person, org bool
	hon         bool // written with an honorific or title
	para        int
	// subject: the name opens its sentence ("Sir Elton played ..."),
	// where a later "he" most likely points.
	subject bool
	joined  string // the words joined by spaces, once asked for
}

func (r *nameRun) name() string {
	if r.joined == "" {
		r.joined = strings.Join(r.words, " ")
	}
	return r.joined
}

type nameIndex struct {
	runs    []nameRun
	byLast  map[string]int
	byFirst map[string]int
	roles   map[string]string // role → canonical name
}

// nameIndexes holds name indexes between texts, so that a text's tables
// reuse an earlier text's memory: nothing Attribute returns refers to them.
var nameIndexes = sync.Pool{New: func() any {
	return &nameIndex{runs: make([]nameRun, 0, 32), byLast: make(map[string]int, 32), byFirst: make(map[string]int, 32), roles: map[string]string{}}
}}

// maxPooledRuns bounds the indexes kept: one grown on a huge text is left
// to the garbage collector.
const maxPooledRuns = 1024

// release empties idx, dropping its references into the text, and gives
// it back to nameIndexes.
func (idx *nameIndex) release() {
	if cap(idx.runs) > maxPooledRuns {
		return
	}
	clear(idx.runs)
	idx.runs = idx.runs[:0]
	clear(idx.byLast)
	clear(idx.byFirst)
	clear(idx.roles)
	nameIndexes.Put(idx)
}

// cleanWord drops a possessive ending: "Starmer’s" → "Starmer".
func cleanWord(w string) string {
	// Each ending is a byte or ends in one of these: "s", "'", and the last
	// byte of "’".
	if n := len(w); n == 0 || w[n-1] != 's' && w[n-1] != '\'' && w[n-1] != "’"[2] {
		return w
	}
	for _, s := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(w, s) && len(w) > len(s)+1 {
			return w[:len(w)-len(s)]
		}
	}
	return w
}

var nameParticles = map[string]bool{"bin": true, "de": true, "van": true, "von": true, "da": true, "al": true, "du": true, "der": true, "del": true, "la": true, "le": true, "di": true}

func isAcronym(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// buildNames finds the names of the text: every run of capitalised words
// outside quotes and headlines.
func buildNames(text string, toks []lexer.Token, lay layout.Layout, regionOf []int32) *nameIndex {
	idx := nameIndexes.Get().(*nameIndex)
	capWord := func(k int) bool {
		return toks[k].Kind == lexer.Word && regionOf[k] < 0 && isUpper(toks[k].Text)
	}
	for _, s := range lay.Sentences {
		if s.Kind == layout.Headline {
			continue
		}
		for k := s.TokStart; k < s.TokEnd; k++ {
			if !capWord(k) {
				continue
			}
			if k == s.TokStart && lexicon.NameClassOf(toks[k].Text)&lexicon.NameOpener != 0 {
				continue
			}
			j := k + 1
			for j < s.TokEnd && j-k < 8 && !isPossessive(toks[j-1].Text) {
				if capWord(j) {
					j++
					continue
				}
				if j+1 < s.TokEnd && toks[j].Text == "-" && !toks[j].Space && !toks[j+1].Space && capWord(j+1) {
					j += 2
					continue
				}
				if j+1 < s.TokEnd && toks[j].Kind == lexer.Word && nameParticles[toks[j].Text] && capWord(j+1) {
					j += 2
					continue
				}
				break
			}
			idx.addRun(toks, k, j, s.TokStart, s.Paragraph)
			k = j - 1
		}
	}
	for i, r := range idx.runs {
		last := r.words[len(r.words)-1]
		if b, ok := idx.byLast[last]; !ok || len(idx.runs[b].words) < len(r.words) {
			idx.byLast[last] = i
		}
		first := r.words[0]
		if b, ok := idx.byFirst[first]; !ok || len(idx.runs[b].words) < len(r.words) {
			idx.byFirst[first] = i
		}
	}
	for _, r := range idx.runs {
		if r.role != "" && len(r.words) >= 2 {
			if _, ok := idx.roles[r.role]; !ok {
				idx.roles[r.role] = idx.canonical(r.words)
			}
		}
	}
	return idx
}

// addRun records toks[from:to] as a name, its leading titles split off as
// its role.
func (idx *nameIndex) addRun(toks []lexer.Token, from, to, sentStart, para int) {
	if to-from == 1 {
		// Most runs are one word ("Chelsea", "Monday"): kept only as a
		// body ("Nintendo", "RSA") or after a role ("striker Rooney").
		w := cleanWord(toks[from].Text)
		org := lexicon.NameClassOf(w)&lexicon.NameOrg != 0 || isAcronym(w)
		role := from > sentStart && toks[from-1].Kind == lexer.Word && !isUpper(toks[from-1].Text) && lexicon.IsTitleWord(toks[from-1].Text)
		if !org && !role {
			return
		}
	}
	words, role, hon := splitTitles(toks, from, to)
	if len(words) == 0 {
		return
	}
	// A lower-case role before the name: "campaign boss Alan Milburn".
	if role == "" {
		var rw []string
		for i := from - 1; i >= sentStart && from-i <= 3; i-- {
			w := toks[i].Text
			if toks[i].Kind != lexer.Word || isUpper(w) || !(lexicon.IsTitleWord(w) || lexicon.IsTitleModifier(w)) {
				break
			}
			rw = append([]string{lexicon.Fold(w)}, rw...)
		}
		if len(rw) > 0 && lexicon.IsTitleWord(rw[len(rw)-1]) {
			role = strings.Join(rw, " ")
		}
	}
	r := nameRun{tok: from + (to - from - len(words)), words: words, role: role, hon: hon || role != "", para: para}
	r.subject = from == sentStart || from == sentStart+1 && lexicon.IsDeterminer(toks[sentStart].Text)
	for _, w := range words {
		if lexicon.NameClassOf(w)&lexicon.NameOrg != 0 || isAcronym(w) {
			r.org = true
		}
	}
	if !r.org && (hon || role != "" || len(words) >= 2 && len(words) <= 4) {
		r.person = true
	}
	if len(words) == 1 && !r.org && !r.hon {
		return // "China", "Chinese": nothing to resolve to
	}
	idx.runs = append(idx.runs, r)
}

// splitTitles splits leading honorifics and titles from a capitalised run:
// "Prime Minister Sir Keir Starmer" → [Keir Starmer], "prime minister".
func splitTitles(toks []lexer.Token, from, to int) (words []string, role string, hon bool) {
	var rw []string
	var cls [8]uint8
	n := min(to-from, len(cls))
	for k := 0; k < n; k++ {
		cls[k] = lexicon.NameClassOf(cleanWord(toks[from+k].Text))
	}
	class := func(k int) uint8 {
		if k-from < n {
			return cls[k-from]
		}
		return lexicon.NameClassOf(cleanWord(toks[k].Text))
	}
	i := from
	// "Monday Mr Sullivan", "Tanzania Mr Brown": a name starts after an
	// honorific inside the run.
	for k := to - 2; k > from; k-- {
		if class(k)&lexicon.NameHonorific == 0 {
			continue
		}
		titles := true
		for j := from; j < k; j++ {
			if class(j)&(lexicon.NameTitle|lexicon.NameTitleModifier|lexicon.NameHonorific) == 0 {
				titles = false
			}
		}
		if !titles {
			i = k // the titles loop below reads from the honorific on
		}
		break
	}
	// "Frank Field MP": a title after the name is not part of it.
	for to-i > 2 && class(to-1)&lexicon.NameTitle != 0 && isAcronym(toks[to-1].Text) {
		to--
	}
	for i < to {
		c := class(i)
		switch {
		case c&lexicon.NameHonorific != 0:
			hon = true
			i++
			continue
		case c&lexicon.NameTitle != 0 && i+1 < to:
			rw = append(rw, lexicon.Fold(cleanWord(toks[i].Text)))
			i++
			continue
		case c&lexicon.NameTitleModifier != 0 && i+1 < to && titleAhead(toks, i+1, to):
			rw = append(rw, lexicon.Fold(cleanWord(toks[i].Text)))
			i++
			continue
		}
		break
	}
	// "Conservative Chairman Howard Flight", "Bank of England Governor
	// Mervyn King": a title inside the run with a name of two or more
	// words after it.
	for k := to - 3; k >= i; k-- {
		if class(k)&lexicon.NameTitle != 0 && isUpper(toks[k+1].Text) && class(k+1)&lexicon.NameTitle == 0 {
			for ; i <= k; i++ {
				rw = append(rw, lexicon.Fold(cleanWord(toks[i].Text)))
			}
			break
		}
	}
	if i < to {
		words = make([]string, 0, to-i)
	}
	for ; i < to; i++ {
		if toks[i].Text == "-" && len(words) > 0 && i+1 < to {
			words[len(words)-1] += "-" + cleanWord(toks[i+1].Text)
			i++
			continue
		}
		words = append(words, cleanWord(toks[i].Text))
	}
	if len(rw) == 1 {
		return words, rw[0], hon
	}
	return words, strings.Join(rw, " "), hon
}

// titleAhead reports whether title modifiers from k lead to a title word
// before the run ends.
func titleAhead(toks []lexer.Token, k, to int) bool {
	for ; k < to-1; k++ {
		c := lexicon.NameClassOf(toks[k].Text)
		if c&(lexicon.NameTitle|lexicon.NameHonorific) != 0 {
			return true
		}
		if c&lexicon.NameTitleModifier == 0 {
			return false
		}
	}
	return false
}

// canonical returns the fullest name in the text that the name words
// refer to: "Starmer" → "Keir Starmer".
func (idx *nameIndex) canonical(words []string) string {
	if len(words) == 0 {
		return ""
	}
	last := words[len(words)-1]
	if b, ok := idx.byLast[last]; ok && len(idx.runs[b].words) >= len(words) && len(idx.runs[b].words) > 1 && containsAll(idx.runs[b].words, words) {
		return idx.runs[b].name()
	}
	if len(words) == 1 {
		// "Sir Elton" → "Elton John".
		if b, ok := idx.byFirst[last]; ok && idx.runs[b].person && len(idx.runs[b].words) > 1 {
			return idx.runs[b].name()
		}
		// "RSA" → "RSA Security", but not "BBC" → "BBC One": the longer
		// name only adds organisation words.
		if b, ok := idx.byFirst[last]; ok && idx.runs[b].org && len(idx.runs[b].words) > 1 {
			all := true
			for _, w := range idx.runs[b].words[1:] {
				if lexicon.NameClassOf(w)&lexicon.NameOrg == 0 {
					all = false
				}
			}
			if all {
				return idx.runs[b].name()
			}
		}
	}
	return strings.Join(words, " ")
}

func containsAll(have, want []string) bool {
	for _, w := range want {
		found := false
		for _, h := range have {
			if strings.EqualFold(h, w) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// entity is a referent a pronoun may point back to.
type entity struct {
	tok    int
	key    string
	person bool
	org    bool
	plural bool
	// para is the paragraph; subject as in nameRun.
	para    int
	subject bool
	// desc: a description, not a name ("a Conservative Party
	// spokesperson").
	desc bool
}

// resolve turns items into public quotes and speakers.
func (a *analyzer) resolve() ([]Quote, []Speaker) {
	if len(a.items) == 0 {
		return nil, nil
	}
	a.names = buildNames(a.text, a.toks, a.lay, a.regionOf)
	// Entities from names, in order.
	rs := &refs{sure: map[string]bool{}, descs: map[string]string{}}
	rs.names = make([]entity, 0, len(a.names.runs))
	ii := 0 // items, to skip names inside reported clauses
	for _, r := range a.names.runs {
		k := a.names.canonical(r.words)
		if r.hon {
			rs.sure[k] = true
		}
		// A name inside a reported clause ("... test his skills against
		// Mourinho") is not what a later "he" refers to.
		off := a.toks[r.tok].Start
		for ii < len(a.items) && a.items[ii].end <= off {
			ii++
		}
		if ii < len(a.items) && a.items[ii].kind == Indirect && a.items[ii].start <= off {
			continue
		}
		rs.names = append(rs.names, entity{tok: r.tok, key: k, person: r.person, org: r.org, para: r.para, subject: r.subject})
	}
	keys := make([]string, len(a.items))
	// Names and descriptions first, so that every person named as a
	// speaker anywhere is known when pronouns are resolved.
	isPronoun := func(n np) bool {
		return n.to-n.from == 1 && lexicon.PronounKind(a.toks[n.from].Text) != ""
	}
	for i := range a.items {
		it := &a.items[i]
		if it.mention.ok() && !isPronoun(it.mention) {
			e := a.mentionKey(it.mention, it.para, rs)
			keys[i] = e.key
			if e.key != "" {
				// At its head, after any name inside it ("President
				// Castro's chief aide").
				e.tok = it.mention.to - 1
				e.para, e.subject = it.para, true
				rs.speakers = append(rs.speakers, e)
				if e.person {
					rs.sure[e.key] = true
				}
				if e.desc {
					rs.descs[lastWord(e.key)] = e.key
				}
			}
		}
	}
	sort.SliceStable(rs.speakers, func(i, j int) bool { return rs.speakers[i].tok < rs.speakers[j].tok })
	for i := range a.items {
		if it := &a.items[i]; it.mention.ok() && isPronoun(it.mention) {
			keys[i] = a.mentionKey(it.mention, it.para, rs).key
		}
	}
	// Continuations: of the region before, or of the last speaker within
	// two paragraphs.
	lastKeyed := -1
	for i := range a.items {
		it := &a.items[i]
		switch it.from {
		case -2:
			if r := it.region - 1; r >= 0 && a.byRegion[r] >= 0 {
				keys[i] = keys[a.byRegion[r]]
			}
		case -3:
			if lastKeyed >= 0 && a.items[lastKeyed].para >= it.para-2 {
				keys[i] = keys[lastKeyed]
			}
		}
		if keys[i] != "" {
			lastKeyed = i
		}
	}
	// An unclosed region with no speaker takes that of the region it runs
	// into.
	for i := len(a.items) - 1; i >= 0; i-- {
		it := &a.items[i]
		if it.region < 0 || keys[i] == "" || !a.regions[it.region].Continues {
			continue
		}
		if r := it.region - 1; r >= 0 && a.byRegion[r] >= 0 {
			p := a.byRegion[r]
			if keys[p] == "" {
				keys[p] = keys[i]
				if a.items[p].kind == Scare {
					a.items[p].kind = Direct
				}
			}
		}
	}
	// Public values, ordered and disjoint.
	var out []Quote
	var speakers []Speaker
	spIdx := map[string]int{}
	lastEnd := -1
	for i, it := range a.items {
		if it.start < lastEnd || it.end <= it.start {
			continue
		}
		lastEnd = it.end
		q := Quote{Start: it.start, End: it.end, Kind: it.kind, Speaker: -1}
		if it.kind == Scare {
			keys[i] = ""
		}
		if k := keys[i]; k != "" {
			si, ok := spIdx[k]
			if !ok {
				si = len(speakers)
				spIdx[k] = si
				speakers = append(speakers, Speaker{Name: k})
			}
			q.Speaker = si
			sp := &speakers[si]
			sp.Quotes = append(sp.Quotes, len(out))
			if it.mention.ok() {
				m := [2]int{a.toks[it.mention.from].Start, a.toks[it.mention.to-1].End}
				q.MentionStart, q.MentionEnd = m[0], m[1]
				sp.Mentions = append(sp.Mentions, m)
			}
		}
		if it.cueEnd > it.cueTok {
			q.CueStart, q.CueEnd = a.toks[it.cueTok].Start, a.toks[it.cueEnd-1].End
		}
		out = append(out, q)
	}
	for i := range speakers {
		speakers[i].Mentions = sortMentions(speakers[i].Mentions)
	}
	return out, speakers
}

// sortMentions orders a speaker's mentions and drops repeats.
func sortMentions(ms [][2]int) [][2]int {
	sort.Slice(ms, func(i, j int) bool { return ms[i][0] < ms[j][0] || ms[i][0] == ms[j][0] && ms[i][1] < ms[j][1] })
	out := ms[:0]
	for i, m := range ms {
		if i == 0 || m != ms[i-1] {
			out = append(out, m)
		}
	}
	return out
}

// refs are what mentions resolve against: the names of the text, the
// speakers resolved so far, the keys known to be people, and the last
// descriptive speaker for each head noun.
type refs struct {
	names    []entity // ordered by token
	speakers []entity // in the order resolved
	sure     map[string]bool
	descs    map[string]string
}

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		s = s[i+1:]
	}
	return lexicon.Fold(s)
}

// mentionKey resolves one speaker mention to its canonical speaker.
func (a *analyzer) mentionKey(n np, para int, rs *refs) entity {
	toks := a.toks
	first := toks[n.from].Text
	if n.to-n.from == 1 {
		if pk := lexicon.PronounKind(first); pk != "" {
			return a.pronoun(n.from, para, pk, rs)
		}
	}
	if alias := lexicon.SpeakerAlias(a.text[toks[n.from].Start:toks[n.to-1].End]); alias != "" {
		return entity{key: alias, org: true, plural: true}
	}
	from := n.from
	det := ""
	if lexicon.IsDeterminer(first) {
		det = lexicon.Fold(first)
		from++
	}
	// "Grant Wilson of Mellon Bank": a person's name before "of", "at" or
	// "from" is the speaker, not the body after it.
	for k := from + 2; k < n.to-1; k++ {
		switch lexicon.Fold(toks[k].Text) {
		case "of", "at", "from":
		default:
			continue
		}
		if !isUpper(toks[k-1].Text) || !isUpper(toks[k-2].Text) {
			break
		}
		org := false
		for j := from; j < k; j++ {
			if lexicon.NameClassOf(toks[j].Text)&lexicon.NameOrg != 0 {
				org = true
			}
		}
		if !org {
			n.to = k
		}
		break
	}
	// A name at the end of the phrase: "Libya's oil minister Fathi Bin
	// Shatwan", "security firm RSA", "Mr Rampersad".
	capFrom := n.to
	for capFrom > from {
		t := toks[capFrom-1]
		if t.Text == "-" && !t.Space && capFrom-2 >= from && isUpper(toks[capFrom-2].Text) && capFrom < n.to {
			capFrom -= 2
			continue
		}
		if !isUpper(t.Text) || t.Kind != lexer.Word || capFrom-1 < n.to-1 && isPossessive(t.Text) {
			break
		}
		capFrom--
	}
	share := false
	for k := n.from; k < n.to; k++ {
		if toks[k].Kind == lexer.Number {
			share = true
		}
	}
	if capFrom < n.to && !isPossessive(toks[n.to-1].Text) && !share {
		words, role, hon := splitTitles(toks, capFrom, n.to)
		if len(words) > 0 {
			org := false
			for _, w := range words {
				if lexicon.IsOrgWord(w) || isAcronym(w) {
					org = true
				}
			}
			key := a.names.canonical(words)
			return entity{key: key, person: !org && (hon || role != "" || strings.Contains(key, " ")), org: org}
		}
		if role != "" && from == capFrom {
			if name, ok := a.names.roles[role]; ok {
				return entity{key: name, person: true}
			}
		}
	}
	// A description: "the prime minister", "a Conservative Party
	// spokesperson", "security experts".
	var lw []string
	for k := from; k < n.to; k++ {
		if toks[k].Kind == lexer.Word {
			lw = append(lw, lexicon.Fold(toks[k].Text))
		}
	}
	head := lexicon.Fold(cleanWord(toks[n.to-1].Text))
	plural := strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss")
	e := entity{org: lexicon.IsOrgWord(head), plural: plural, desc: true}
	e.person = !e.org && !plural
	if det == "the" || det == "" {
		if name, ok := a.names.roles[strings.Join(lw, " ")]; ok {
			return entity{key: name, person: true}
		}
	}
	if det == "the" {
		if k, ok := rs.descs[head]; ok {
			e.key = k
			return e
		}
		// "the alliance" after "The Making Decisions Alliance", "the
		// council" after "the Refugee Council".
		if len(lw) == 1 && head != "" {
			if b, ok := a.names.byLast[strings.ToUpper(head[:1])+head[1:]]; ok && len(a.names.runs[b].words) > 1 {
				return entity{key: a.names.runs[b].name(), org: true}
			}
		}
	}
	text := a.text[toks[n.from].Start:toks[n.to-1].End]
	if det != "" {
		text = det + text[len(first):]
	}
	e.key = text
	return e
}

// pronoun resolves a pronoun at token k, in paragraph para, to the
// nearest fitting entity before it. For he and she: a known person that
// opens a sentence of this paragraph or the one before ("Sir Elton played
// ..., which included former president X ... He told the crowd"), else the
// nearest known person, else the nearest pair of capitalised words that may
// be a person.
func (a *analyzer) pronoun(k, para int, kind string, rs *refs) entity {
	fits := func(e entity, pass int) bool {
		switch kind {
		case "person":
			switch pass {
			case 0:
				return e.person && rs.sure[e.key] && e.subject && e.para >= para-1
			case 1:
				return e.person && rs.sure[e.key]
			}
			return e.person
		case "thing":
			return e.org
		case "group":
			return e.plural || e.org
		}
		return false
	}
	find := func(pass int) entity {
		var best entity
		best.tok = -1
		i := sort.Search(len(rs.names), func(i int) bool { return rs.names[i].tok >= k })
		for j := i - 1; j >= 0 && i-j < 400; j-- {
			if fits(rs.names[j], pass) {
				best = rs.names[j]
				break
			}
		}
		i = sort.Search(len(rs.speakers), func(i int) bool { return rs.speakers[i].tok >= k })
		for j := i - 1; j >= 0 && i-j < 100; j-- {
			if e := rs.speakers[j]; fits(e, pass) {
				if e.tok > best.tok {
					best = e
				}
				break
			}
		}
		return best
	}
	passes := 1
	if kind == "person" {
		passes = 3
	}
	for pass := 0; pass < passes; pass++ {
		if e := find(pass); e.key != "" {
			return e
		}
	}
	return entity{}
}

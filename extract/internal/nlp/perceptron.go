package nlp

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/tag/aptagmodel"

	"github.com/newsclaims/claims/extract/internal/lexer"
	"github.com/newsclaims/claims/extract/internal/lexicon"
)

// perceptron is prose v3's part-of-speech tagger (tag.Tagger, with no
// lexicon) re-implemented over the same embedded model, so that it gives the
// same tag for every token, bit for bit, at a fraction of the cost: prose
// finds each of the 14 features a token is scored on by binary search over
// 75,000 sorted strings; this looks a word up once in tables by feature
// template, finds the tag features by tag number, and adds the weights in
// prose's order. TestPerceptronMatchesProse holds the two together.
type perceptron struct {
	classes []string
	// The model's features, by template. A feature is the template's name
	// and a value ("i word" and "rose"); these tables hold, for each value
	// the model knows, its feature's weights; a value the model does not
	// know has none. Reading a token's features this way costs a few
	// look-ups in small tables instead of 14 in one of 75,000 strings.
	bias feat
	// biasScores are the scores every token starts from: the bias
	// feature's weights, added to zero as predict would add them.
	biasScores []float32
	words      map[string]wordFeats   // by normalised word
	suffixes   map[string]suffixFeats // by the last three bytes of a word
	prefixes   map[string]feat        // "i pref1": by a word's first byte
	// prefixByte is prefixes by the byte, and prefixEmpty that of "".
	prefixByte  [256]feat
	prefixEmpty feat
	tags        map[string]tagFeats // by the tag of a word before
	tagPairs    map[[2]string]feat  // "i tag+i-2 tag": by the tags of the two words before
	// The tag tables again, by tag number: every tag the features name,
	// and the start tags, has one (tagIDs); classTag gives each class's.
	// A tag with no number is in no feature.
	tagIDs    map[string]int32
	classTag  []int32
	tagsByID  []tagFeats
	pairsByID []feat // by the number of the tag before times len(tagsByID), plus that of the one before it
	// The weights of every feature, each feature's together: feature f
	// adds weights[i] to the score of class classOf[i] for i in f.lo:f.hi.
	weights []float32
	classOf []uint8
	// tagMap holds the words the model always tags one way.
	tagMap map[string]uint8
	// words, suffixes and tagMap as the tagger reads them: freeze makes
	// these from the maps, which only loading uses. They are numbered
	// strings and rows of numbers, which the garbage collector, unlike a
	// map of strings and slices, need not scan on every cycle.
	wordIDs     *strTable
	wordRows    []wordRow
	afterTags   []afterTag // wordRow.afterLo:afterHi are a word's
	suffixIDs   *strTable
	suffixRows  []suffixFeats
	tagMapIDs   *strTable
	tagMapClass []uint8
	// pads are the padding words around a run, by padStart and so on.
	pads [len(padWords)]ctxWord
	pool sync.Pool
}

// wordFeats are the features of one normalised word, as the word tagged
// ("i word"), as the one before or after it, and after a given tag.
type wordFeats struct {
	at, prev, prev2, next, next2 feat
	afterTag                     []tagFeat // "i-1 tag+i word"
}

// wordRow is wordFeats as the tagger reads it: the word's "i-1 tag+i word"
// features are afterTags[afterLo:afterHi], in the same order.
type wordRow struct {
	at, prev, prev2, next, next2 feat
	afterLo, afterHi             uint32
}

// afterTag is a tagFeat by the tag's number alone.
type afterTag struct {
	id   int32
	feat feat
}

// tagFeat is a feature that pairs a tag with a word.
type tagFeat struct {
	tag  string
	id   int32 // the tag's number
	feat feat
}

// feat is a feature, as its weights: weights[lo:hi] and classOf[lo:hi].
type feat struct{ lo, hi uint32 }

// suffixFeats are the features of a word's last three bytes: the word
// tagged ("i suffix"), the one before and the one after.
type suffixFeats struct{ at, prev, next feat }

// tagFeats are the features of the tags of the two words before.
type tagFeats struct{ prev, prev2 feat }

// scratch is one call's working space: a score for each class, indexed
// by the class's byte.
type scratch struct {
	scores [256]float32
}

var fastTagger = sync.OnceValues(func() (*perceptron, error) { return loadPerceptron(aptagmodel.English) })

// modelMagic and modelVersion open prose's flat model format (prose's
// internal/flat package).
const (
	modelMagic   = "PROSETAG"
	modelVersion = 1
)

// loadPerceptron decodes a model in prose's flat format: magic, version,
// classes, features (a blob of sorted strings with offsets), their
// class/weight pairs in compressed-sparse-row form, and the unambiguous
// words. Feature strings are sliced from data, not copied.
func loadPerceptron(data []byte) (*perceptron, error) {
	r := &modelReader{b: data}
	if string(r.bytes(len(modelMagic))) != modelMagic {
		return nil, errors.New("nlp: not a prose flat tagger model")
	}
	if v := r.u32(); v != modelVersion {
		return nil, fmt.Errorf("nlp: unsupported tagger model version %d", v)
	}
	p := &perceptron{}
	nClasses := int(r.u32())
	if r.err != nil || nClasses > 256 {
		return nil, errors.New("nlp: bad tagger model classes")
	}
	p.classes = make([]string, nClasses)
	for i := range p.classes {
		p.classes[i] = r.str16()
	}
	nFeatures := int(r.u32())
	nPairs := int(r.u32())
	blob := r.bytes(int(r.u32()))
	featOff := r.u32s(nFeatures + 1)
	pairOff := r.u32s(nFeatures + 1)
	classIDs := r.bytes(nPairs)
	weights := r.f32s(nPairs)
	nTagMap := int(r.u32())
	if r.err != nil {
		return nil, r.err
	}
	p.tagMap = make(map[string]uint8, nTagMap)
	for range nTagMap {
		w := r.str16()
		id := r.u8()
		if r.err != nil {
			return nil, r.err
		}
		if int(id) >= nClasses {
			return nil, errors.New("nlp: bad tagger model word class")
		}
		p.tagMap[w] = id
	}
	if int(featOff[nFeatures]) != len(blob) || int(pairOff[nFeatures]) != nPairs {
		return nil, errors.New("nlp: bad tagger model offsets")
	}
	for _, id := range classIDs {
		if int(id) >= nClasses {
			return nil, errors.New("nlp: bad tagger model class")
		}
	}
	p.weights, p.classOf = weights, classIDs
	// One copy of the blob; the values are slices of it.
	keys := string(blob)
	p.words = make(map[string]wordFeats, nFeatures/2)
	p.suffixes = make(map[string]suffixFeats, 4096)
	p.prefixes = map[string]feat{}
	p.tags = map[string]tagFeats{}
	p.tagPairs = map[[2]string]feat{}
	for i := range nFeatures {
		lo, hi := featOff[i], featOff[i+1]
		if lo > hi || int(hi) > len(keys) || pairOff[i] > pairOff[i+1] || int(pairOff[i+1]) > nPairs {
			return nil, errors.New("nlp: bad tagger model offsets")
		}
		p.index(keys[lo:hi], feat{pairOff[i], pairOff[i+1]})
	}
	for _, c := range p.classes {
		// Tag pairs are split at a space.
		if strings.Contains(c, " ") {
			return nil, errors.New("nlp: bad tagger model class name")
		}
	}
	p.numberTags()
	for k, f := range p.prefixes {
		if len(k) == 1 {
			p.prefixByte[k[0]] = f
		}
	}
	p.prefixEmpty = p.prefixes[""]
	p.biasScores = make([]float32, nClasses)
	for i := p.bias.lo; i < p.bias.hi; i++ {
		p.biasScores[p.classOf[i]] += p.weights[i]
	}
	p.freeze()
	for i, w := range padWords {
		p.pads[i] = read(p, w, w)
	}
	p.pool.New = func() any {
		return new(scratch)
	}
	return p, nil
}

// index files feature f, named key, under its
// template. A template's name is never the start of another's, so each key
// has one place; a feature of no template the tagger reads is dropped.
func (p *perceptron) index(key string, f feat) {
	if key == "bias" {
		p.bias = f
		return
	}
	word := func(name string, set func(*wordFeats)) bool {
		v, ok := strings.CutPrefix(key, name)
		if ok {
			w := p.words[v]
			set(&w)
			p.words[v] = w
		}
		return ok
	}
	suffix := func(name string, set func(*suffixFeats)) bool {
		v, ok := strings.CutPrefix(key, name)
		if ok {
			x := p.suffixes[v]
			set(&x)
			p.suffixes[v] = x
		}
		return ok
	}
	tag := func(name string, set func(*tagFeats)) bool {
		v, ok := strings.CutPrefix(key, name)
		if ok {
			x := p.tags[v]
			set(&x)
			p.tags[v] = x
		}
		return ok
	}
	switch {
	case word("i word ", func(w *wordFeats) { w.at = f }),
		word("i-1 word ", func(w *wordFeats) { w.prev = f }),
		word("i-2 word ", func(w *wordFeats) { w.prev2 = f }),
		word("i+1 word ", func(w *wordFeats) { w.next = f }),
		word("i+2 word ", func(w *wordFeats) { w.next2 = f }),
		suffix("i suffix ", func(x *suffixFeats) { x.at = f }),
		suffix("i-1 suffix ", func(x *suffixFeats) { x.prev = f }),
		suffix("i+1 suffix ", func(x *suffixFeats) { x.next = f }),
		tag("i-1 tag ", func(x *tagFeats) { x.prev = f }),
		tag("i-2 tag ", func(x *tagFeats) { x.prev2 = f }):
	default:
		// The paired features: a tag, a space, then a tag or a word. A tag
		// never holds a space, so the first space splits them.
		if v, ok := strings.CutPrefix(key, "i pref1 "); ok {
			p.prefixes[v] = f
		} else if v, ok := strings.CutPrefix(key, "i tag+i-2 tag "); ok {
			if a, b, ok := strings.Cut(v, " "); ok {
				p.tagPairs[[2]string{a, b}] = f
			}
		} else if v, ok := strings.CutPrefix(key, "i-1 tag+i word "); ok {
			if t, w, ok := strings.Cut(v, " "); ok {
				x := p.words[w]
				x.afterTag = append(x.afterTag, tagFeat{tag: t, feat: f})
				p.words[w] = x
			}
		}
	}
}

// numberTags fills the tables by tag number from those by tag.
func (p *perceptron) numberTags() {
	p.tagIDs = map[string]int32{}
	number := func(t string) int32 {
		id, ok := p.tagIDs[t]
		if !ok {
			id = int32(len(p.tagIDs))
			p.tagIDs[t] = id
		}
		return id
	}
	for _, c := range p.classes {
		p.classTag = append(p.classTag, number(c))
	}
	number("-START-")
	number("-START2-")
	for t := range p.tags {
		number(t)
	}
	for pair := range p.tagPairs {
		number(pair[0])
		number(pair[1])
	}
	for w, x := range p.words {
		for i := range x.afterTag {
			x.afterTag[i].id = number(x.afterTag[i].tag)
		}
		p.words[w] = x
	}
	n := len(p.tagIDs)
	p.tagsByID = make([]tagFeats, n)
	for t, x := range p.tags {
		p.tagsByID[p.tagIDs[t]] = x
	}
	p.pairsByID = make([]feat, n*n)
	for pair, f := range p.tagPairs {
		p.pairsByID[int(p.tagIDs[pair[0]])*n+int(p.tagIDs[pair[1]])] = f
	}
}

// freeze makes the tagger's tables from the maps loading filled, and drops
// the maps.
func (p *perceptron) freeze() {
	var words []wordFeats
	p.wordIDs, words = tableOf(p.words)
	p.wordRows = make([]wordRow, len(words))
	for i, x := range words {
		r := wordRow{at: x.at, prev: x.prev, prev2: x.prev2, next: x.next, next2: x.next2}
		r.afterLo = uint32(len(p.afterTags))
		for _, tf := range x.afterTag {
			p.afterTags = append(p.afterTags, afterTag{tf.id, tf.feat})
		}
		r.afterHi = uint32(len(p.afterTags))
		p.wordRows[i] = r
	}
	p.suffixIDs, p.suffixRows = tableOf(p.suffixes)
	p.tagMapIDs, p.tagMapClass = tableOf(p.tagMap)
	p.words, p.suffixes, p.tagMap, p.prefixes, p.tags, p.tagPairs = nil, nil, nil, nil, nil, nil
}

// word returns the features of a normalised word, none for one the model
// does not know.
func (p *perceptron) word(w string) wordRow {
	if i := p.wordIDs.find(w); i >= 0 {
		return p.wordRows[i]
	}
	return wordRow{}
}

// suffix returns the features of a word's last three bytes.
func (p *perceptron) suffix(x string) suffixFeats {
	if i := p.suffixIDs.find(x); i >= 0 {
		return p.suffixRows[i]
	}
	return suffixFeats{}
}

// tagID returns the number of tag t, or -1 when no feature names it.
func (p *perceptron) tagID(t string) int32 {
	if id, ok := p.tagIDs[t]; ok {
		return id
	}
	return -1
}

// tag writes the tag of each token of toks, one sentence or run of one,
// into tags, as prose's Tagger.TagTokens would.
func (p *perceptron) tag(toks []lexer.Token, tags []string) {
	var s Sentence
	s.reset(p, toks)
	copy(tags, s.tagRun(0, len(toks)))
}

// ctxWord is a word as the model reads it around the word tagged: the
// features of its normalised form and of that form's last three bytes,
// and the "i suffix" feature it has as the word tagged, which prose reads
// from the word as written where its last bytes differ from the form's.
type ctxWord struct {
	words  wordRow
	sufs   suffixFeats
	ownSuf feat
}

// lookup returns word as the model reads it. A short ASCII word is folded
// to lower case on the stack, not in a new string.
func (p *perceptron) lookup(word string) ctxWord {
	if form, ok := specialForm(word); ok {
		return read(p, word, form)
	}
	if !needsFold(word) {
		return read(p, word, word)
	}
	var buf [32]byte
	if b, ok := lowerASCII(buf[:0], word); ok {
		return read(p, word, b)
	}
	return read(p, word, lexicon.Fold(word))
}

// needsFold reports whether lower case differs from w: w holds a capital
// or a byte that is not ASCII.
func needsFold(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// read returns the word as written and its normalised form norm as the
// model reads them.
func read[S string | []byte](p *perceptron, word string, norm S) ctxWord {
	suf := norm
	if len(suf) > 3 {
		suf = suf[len(suf)-3:]
	}
	c := ctxWord{words: p.word(string(norm)), sufs: p.suffix(string(suf))}
	c.ownSuf = c.sufs.at
	if raw := suffix3(word); raw != string(suf) {
		c.ownSuf = p.suffix(raw).at
	}
	return c
}

// lowerASCII appends w in lower case to dst, which has room for 32 bytes;
// ok is false when w is longer or not ASCII.
func lowerASCII(dst []byte, w string) ([]byte, bool) {
	if len(w) > cap(dst)-len(dst) {
		return nil, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return nil, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst, true
}

// The padding around a run: two words before it, two after.
const (
	padStart = iota
	padStart2
	padEnd
	padEnd2
)

var padWords = [...]string{padStart: "-START-", padStart2: "-START2-", padEnd: "-END-", padEnd2: "-END2-"}

// Sentence tags runs of one sentence's tokens, each as a sentence of its
// own: the tags Tag gives the run. It looks each token up in the model
// once, and keeps each token's tag with all the tag was computed from (the
// tags of the two tokens before it and how near it stands to the run's
// ends), so that overlapping runs share the work. A Sentence is for one
// goroutine; its zero value is ready for Reset.
type Sentence struct {
	p      *perceptron
	err    error
	toks   []lexer.Token
	fresh  bool // the caches still hold an earlier sentence
	looked []bool
	words  []ctxWord
	memo   map[memoKey]memoTag
	out    []string
}

// memoKey is what a token's tag depends on: the token, the numbers of the
// two tags before it, and its distance (up to 2) from each end of its run.
type memoKey struct {
	tok    int32
	p1, p2 int32
	edges  uint8
}

type memoTag struct {
	tag string
	id  int32
}

// Reset makes s tag runs of toks, a new sentence. The model is loaded on
// the first Tag.
func (s *Sentence) Reset(toks []lexer.Token) {
	s.toks, s.fresh = toks, true
}

// Release drops the tokens of s's sentence, so that s can wait in a pool
// for its next Reset without keeping a text alive. Its buffers, which hold
// nothing of the text, stay for reuse.
func (s *Sentence) Release() {
	s.toks, s.fresh = nil, true
}

// Footprint returns the number of tokens s has room for: a pool can turn
// away a Sentence grown on a huge sentence.
func (s *Sentence) Footprint() int { return cap(s.words) }

func (s *Sentence) reset(p *perceptron, toks []lexer.Token) {
	s.p, s.toks, s.fresh = p, toks, true
}

// Tag returns the tags of toks[lo:hi] of the sentence given to Reset, the
// run tagged as a sentence of its own. The slice is s's, good until the
// next call. A tagger model that fails to load gives nil and its error.
func (s *Sentence) Tag(lo, hi int) ([]string, error) {
	if s.p == nil && s.err == nil {
		s.p, s.err = fastTagger()
	}
	if s.err != nil {
		return nil, s.err
	}
	return s.tagRun(lo, hi), nil
}

func (s *Sentence) tagRun(lo, hi int) []string {
	p := s.p
	if s.fresh {
		s.fresh = false
		n := len(s.toks)
		if cap(s.looked) < n {
			s.looked = make([]bool, n)
			s.words = make([]ctxWord, n)
		}
		s.looked, s.words = s.looked[:n], s.words[:n]
		clear(s.looked)
		if s.memo == nil {
			s.memo = map[memoKey]memoTag{}
		} else {
			clear(s.memo)
		}
	}
	s.out = s.out[:0]
	if hi <= lo {
		return s.out
	}
	sc := p.pool.Get().(*scratch)
	defer p.pool.Put(sc)
	n := hi - lo
	// at returns the word at offset d of run index i: a token of the run
	// or the padding around it.
	at := func(i, d int) *ctxWord {
		switch c := i + d; {
		case c < 0: // -2, -1: "-START-", "-START2-"
			return &p.pads[padStart+c+2]
		case c >= n:
			return &p.pads[padEnd+c-n]
		}
		j := lo + i + d
		if !s.looked[j] {
			s.looked[j] = true
			s.words[j] = p.lookup(s.toks[j].Text)
		}
		return &s.words[j]
	}
	p1, p2 := p.tagIDs["-START-"], p.tagIDs["-START2-"]
	for i := range n {
		key := memoKey{tok: int32(lo + i), p1: p1, p2: p2, edges: uint8(min(i, 2)*3 + min(n-1-i, 2))}
		m, ok := s.memo[key]
		if !ok {
			var ctx [5]*ctxWord
			for d := -2; d <= 2; d++ {
				ctx[d+2] = at(i, d)
			}
			m.tag, m.id = p.tagOne(sc, &ctx, s.toks[lo+i].Text, p1, p2)
			s.memo[key] = m
		}
		s.out = append(s.out, m.tag)
		p2, p1 = p1, m.id
	}
	return s.out
}

// tagOne is prose's tagOne: tokens the model was never trained on first,
// then the unambiguous words, then the model. ctx holds the words from two
// before to two after; p1 and p2 are the numbers of the tags before. It
// returns the tag and its number.
func (p *perceptron) tagOne(s *scratch, ctx *[5]*ctxWord, word string, p1, p2 int32) (string, int32) {
	special := specialTag(word)
	if special != "" {
		return special, p.tagID(special)
	}
	if i := p.tagMapIDs.find(word); i >= 0 {
		c := p.tagMapClass[i]
		return p.classes[c], p.classTag[c]
	}
	c := p.predict(s, ctx, word, p1, p2)
	if c < 0 { // no score above -Inf: prose's empty tag
		return "", p.tagID("")
	}
	return p.classes[c], p.classTag[c]
}

// predict scores the token ctx[2] on prose's features, in prose's order, so
// that the float32 sums and the best class are the same, and returns the
// class (-1 when no score beats -Inf).
func (p *perceptron) predict(s *scratch, ctx *[5]*ctxWord, word string, p1, p2 int32) int {
	scores := s.scores[:len(p.classes)]
	copy(scores, p.biasScores)
	prev2, prev, cur, next, next2 := ctx[0], ctx[1], ctx[2], ctx[3], ctx[4]
	var afterTag, pair feat
	var t1, t2 tagFeats
	pref := p.prefixEmpty
	if word != "" {
		pref = p.prefixByte[word[0]]
	}
	for _, tf := range p.afterTags[cur.words.afterLo:cur.words.afterHi] {
		if tf.id == p1 {
			afterTag = tf.feat
			break
		}
	}
	if p1 >= 0 {
		t1 = p.tagsByID[p1]
	}
	if p2 >= 0 {
		t2 = p.tagsByID[p2]
	}
	if p1 >= 0 && p2 >= 0 {
		pair = p.pairsByID[int(p1)*len(p.tagsByID)+int(p2)]
	}
	for _, f := range [...]feat{
		// p.bias is in biasScores.
		cur.ownSuf,        // i suffix
		pref,              // i pref1
		t1.prev,           // i-1 tag
		t2.prev2,          // i-2 tag
		pair,              // i tag+i-2 tag
		cur.words.at,      // i word
		afterTag,          // i-1 tag+i word
		prev.words.prev,   // i-1 word
		prev.sufs.prev,    // i-1 suffix
		prev2.words.prev2, // i-2 word
		next.words.next,   // i+1 word
		next.sufs.next,    // i+1 suffix
		next2.words.next2, // i+2 word
	} {
		p.add(&s.scores, f)
	}
	best, bestID := float32(math.Inf(-1)), -1
	for id, v := range scores {
		if v > best {
			best, bestID = v, id
		}
	}
	return bestID
}

// add adds feature f's weights to the scores, in the model's order, four at
// a time.
func (p *perceptron) add(scores *[256]float32, f feat) {
	ws := p.weights[f.lo:f.hi]
	cs := p.classOf[f.lo:f.hi]
	cs = cs[:len(ws)]
	i := 0
	for ; i+4 <= len(ws); i += 4 {
		w, c := ws[i:i+4:i+4], cs[i:i+4:i+4]
		scores[c[0]] += w[0]
		scores[c[1]] += w[1]
		scores[c[2]] += w[2]
		scores[c[3]] += w[3]
	}
	for ; i < len(ws); i++ {
		scores[cs[i]] += ws[i]
	}
}

// suffix3 returns the last three bytes of w, or w if shorter.
func suffix3(w string) string {
	if len(w) <= 3 {
		return w
	}
	return w[len(w)-3:]
}

// The model was trained on Penn Treebank tokens, some of which it never
// scores: traces and elided subjects ("0", "*", "*T*-1"), bracket words
// ("-LRB-"), hyphens, @-handles and emoticons. Of those, the project's
// lexer (which splits punctuation into single characters and keeps words
// to letters and digits) can only ever hand over the ones below; the test
// against prose's own tagger holds the two to the same tags.
//
// specialTag returns the tag such a token always gets, or "".
func specialTag(word string) string {
	switch word {
	case "-":
		return "-"
	case "0", "*":
		return "-NONE-"
	case "xD", "xDD", "XDD":
		return "SYM" // emoticons that are single words
	}
	if len(word) > 0 && word[0] == '@' {
		return "NN"
	}
	return ""
}

// The model's word features are keyed by a normalised form of the word: a
// word with an inner hyphen is "!HYPHEN", four characters that make a
// whole number (an optional sign and digits) are "!YEAR", anything else
// starting with a digit is "!DIGITS", and other words are lower case.
//
// specialForm returns the form of a word of the first three kinds (and ""
// for ""); ok is false for a word whose form is itself in lower case.
func specialForm(word string) (form string, ok bool) {
	switch {
	case word == "":
		return "", true
	case word[0] != '-' && strings.Contains(word, "-"):
		return "!HYPHEN", true
	case len(word) == 4 && signedDigits(word):
		return "!YEAR", true
	case '0' <= word[0] && word[0] <= '9':
		return "!DIGITS", true
	}
	return "", false
}

// signedDigits reports whether s is digits with at most a leading sign.
func signedDigits(s string) bool {
	digits := strings.TrimLeft(s[:1], "+-") + s[1:]
	if digits == "" {
		return false
	}
	for _, c := range []byte(digits) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// modelReader reads prose's flat model format, little-endian; the first
// error sticks.
type modelReader struct {
	b   []byte
	pos int
	err error
}

func (r *modelReader) bytes(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || r.pos+n > len(r.b) {
		r.err = errors.New("nlp: truncated tagger model")
		return nil
	}
	out := r.b[r.pos : r.pos+n]
	r.pos += n
	return out
}

func (r *modelReader) u32() uint32 {
	if b := r.bytes(4); b != nil {
		return binary.LittleEndian.Uint32(b)
	}
	return 0
}

func (r *modelReader) u8() uint8 {
	if b := r.bytes(1); b != nil {
		return b[0]
	}
	return 0
}

func (r *modelReader) str16() string {
	b := r.bytes(2)
	if b == nil {
		return ""
	}
	return string(r.bytes(int(binary.LittleEndian.Uint16(b))))
}

func (r *modelReader) u32s(n int) []uint32 {
	b := r.bytes(n * 4)
	out := make([]uint32, n)
	if b == nil {
		return out
	}
	for i := range out {
		out[i] = binary.LittleEndian.Uint32(b[i*4:])
	}
	return out
}

func (r *modelReader) f32s(n int) []float32 {
	b := r.bytes(n * 4)
	out := make([]float32, n)
	if b == nil {
		return out
	}
	for i := range out {
		out[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[i*4:]))
	}
	return out
}

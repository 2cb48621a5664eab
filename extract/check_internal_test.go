package extract

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
)

// checkResult checks the invariants every Result must keep, whatever the
// input, and returns the violations found (nil when there are none):
//
//   - every value with a Span and a Text locates its text:
//     text[Start:End] == Text;
//   - every sub-span (a FooStart/FooEnd pair of fields next to a Foo or
//     FooMention string) locates its text where the string is non-empty;
//   - the values of each top-level slice are ordered by Start and disjoint;
//   - indexes into other slices (Sentence, Paragraph, Claim.Money, ...) are
//     in range.
//
// It walks the Result by reflection, so new kinds of value and new fields
// added to the types are checked without touching it, as long as they follow
// the naming the types use.
func checkResult(text string, res *Result) []string {
	if res == nil {
		return []string{"nil Result"}
	}
	c := &checker{text: text}
	rv := reflect.ValueOf(res).Elem()
	rt := rv.Type()
	for i := 0; i < rt.NumField(); i++ {
		f := rt.Field(i)
		v := rv.Field(i)
		if v.Kind() != reflect.Slice {
			continue
		}
		if v.IsNil() {
			c.errorf("%s is nil, want an empty slice", f.Name)
		}
		c.walk(f.Name, v)
		c.ordered(f.Name, v)
	}
	c.indexes(res)
	return c.errs
}

type checker struct {
	text string
	errs []string
}

func (c *checker) errorf(format string, args ...any) {
	if len(c.errs) < 20 {
		c.errs = append(c.errs, fmt.Sprintf(format, args...))
	}
}

var spanType = reflect.TypeOf(Span{})

// walk checks every struct reachable from v.
func (c *checker) walk(path string, v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			c.walk(path, v.Elem())
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			c.walk(fmt.Sprintf("%s[%d]", path, i), v.Index(i))
		}
	case reflect.Struct:
		if v.Type().PkgPath() != reflect.TypeOf(Result{}).PkgPath() {
			return // decimal.Decimal and other foreign types
		}
		c.spans(path, v)
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				c.walk(path+"."+v.Type().Field(i).Name, v.Field(i))
			}
		}
	}
}

// spans checks the struct's own Span and its FooStart/FooEnd sub-spans.
func (c *checker) spans(path string, v reflect.Value) {
	t := v.Type()
	if sf, ok := t.FieldByName("Span"); ok && sf.Anonymous && sf.Type == spanType {
		s := v.FieldByName("Span").Interface().(Span)
		if !c.inText(s.Start, s.End) {
			c.errorf("%s: span [%d,%d) outside text of %d bytes", path, s.Start, s.End, len(c.text))
		} else if tf := v.FieldByName("Text"); tf.IsValid() && tf.Kind() == reflect.String {
			if got := c.text[s.Start:s.End]; got != tf.String() {
				c.errorf("%s: text[%d:%d] = %q, Text = %q", path, s.Start, s.End, clipq(got), clipq(tf.String()))
			}
		}
	}
	for i := 0; i < t.NumField(); i++ {
		name := t.Field(i).Name
		base, ok := strings.CutSuffix(name, "Start")
		if !ok || base == "" || t.Field(i).Type.Kind() != reflect.Int {
			continue
		}
		endF := v.FieldByName(base + "End")
		if !endF.IsValid() || endF.Kind() != reflect.Int {
			continue
		}
		var str reflect.Value
		for _, cand := range []string{base + "Mention", base} {
			if f := v.FieldByName(cand); f.IsValid() && f.Kind() == reflect.String {
				str = f
				break
			}
		}
		if !str.IsValid() {
			continue
		}
		a, b := int(v.Field(i).Int()), int(endF.Int())
		if str.String() == "" {
			continue
		}
		if !c.inText(a, b) {
			c.errorf("%s.%s: span [%d,%d) outside text of %d bytes", path, base, a, b, len(c.text))
		} else if got := c.text[a:b]; got != str.String() {
			c.errorf("%s.%s: text[%d:%d] = %q, field = %q", path, base, a, b, clipq(got), clipq(str.String()))
		}
	}
}

func (c *checker) inText(a, b int) bool { return 0 <= a && a <= b && b <= len(c.text) }

// ordered checks that the spans of a top-level slice's values are ordered by
// Start and disjoint.
func (c *checker) ordered(name string, v reflect.Value) {
	et := v.Type().Elem()
	if et.Kind() != reflect.Struct {
		return
	}
	if sf, ok := et.FieldByName("Span"); !ok || !sf.Anonymous || sf.Type != spanType {
		return
	}
	prevEnd := -1
	for i := 0; i < v.Len(); i++ {
		s := v.Index(i).FieldByName("Span").Interface().(Span)
		if s.Start < prevEnd {
			c.errorf("%s[%d]: starts at %d, before the previous one ends at %d", name, i, s.Start, prevEnd)
		}
		if s.End < s.Start {
			c.errorf("%s[%d]: ends at %d before it starts at %d", name, i, s.End, s.Start)
		}
		if s.End > prevEnd {
			prevEnd = s.End
		}
	}
}

// indexes checks the indexes one value holds into other slices.
func (c *checker) indexes(res *Result) {
	ns := len(res.Sentences)
	inRange := func(path string, i, n int) {
		if i < 0 || i >= n {
			c.errorf("%s = %d, out of range [0,%d)", path, i, n)
		}
	}
	next := 0
	for i, p := range res.Paragraphs {
		if p.FirstSentence != next || p.EndSentence < p.FirstSentence || p.EndSentence > ns {
			c.errorf("Paragraphs[%d]: sentences [%d,%d), want to start at %d of %d", i, p.FirstSentence, p.EndSentence, next, ns)
			continue
		}
		for si := p.FirstSentence; si < p.EndSentence; si++ {
			s := res.Sentences[si]
			if s.Paragraph != i {
				c.errorf("Sentences[%d].Paragraph = %d, want %d", si, s.Paragraph, i)
			}
			if s.Start < p.Start || s.End > p.End {
				c.errorf("Sentences[%d] [%d,%d) outside its paragraph [%d,%d)", si, s.Start, s.End, p.Start, p.End)
			}
		}
		next = p.EndSentence
	}
	if next != ns {
		c.errorf("paragraphs hold %d sentences of %d", next, ns)
	}
	for i, m := range res.Money {
		inRange(fmt.Sprintf("Money[%d].Sentence", i), m.Sentence, ns)
	}
	for i, s := range res.Statistics {
		inRange(fmt.Sprintf("Statistics[%d].Sentence", i), s.Sentence, ns)
		if s.Change != nil && s.Change.From != -1 {
			inRange(fmt.Sprintf("Statistics[%d].Change.From", i), s.Change.From, len(res.Statistics))
		}
	}
	for i, q := range res.Quotes {
		inRange(fmt.Sprintf("Quotes[%d].Sentence", i), q.Sentence, ns)
	}
	for i, sp := range res.Speakers {
		for _, qi := range sp.Quotes {
			inRange(fmt.Sprintf("Speakers[%d].Quotes", i), qi, len(res.Quotes))
		}
	}
	for i, cl := range res.Claims {
		for _, mi := range cl.Money {
			inRange(fmt.Sprintf("Claims[%d].Money", i), mi, len(res.Money))
		}
		for _, si := range cl.Statistics {
			inRange(fmt.Sprintf("Claims[%d].Statistics", i), si, len(res.Statistics))
		}
	}
}

// sameResult reports how two results of the same text differ, or "" when
// they are the same. It compares their JSON, which holds every exported
// field with every digit of every amount.
func sameResult(a, b *Result) string {
	ja, err := json.Marshal(a)
	if err != nil {
		return "marshal: " + err.Error()
	}
	jb, err := json.Marshal(b)
	if err != nil {
		return "marshal: " + err.Error()
	}
	if string(ja) == string(jb) {
		return ""
	}
	i := 0
	for i < len(ja) && i < len(jb) && ja[i] == jb[i] {
		i++
	}
	lo := max(0, i-80)
	return fmt.Sprintf("results differ at byte %d:\n first: …%s\nsecond: …%s", i, clipq(string(ja[lo:min(len(ja), i+80)])), clipq(string(jb[lo:min(len(jb), i+80)])))
}

func clipq(s string) string {
	if len(s) > 200 {
		return s[:200] + "…"
	}
	return s
}

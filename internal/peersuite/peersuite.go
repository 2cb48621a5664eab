// Package peersuite reads the peer test suites kept in the module's
// testdata/recognizers-en (other libraries' own tests converted to JSONL)
// and the out-of-scope lists beside them, for the tests that score the
// extractor on them.
package peersuite

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// Item is one expected value of a case.
type Item struct {
	Text     string       `json:"text"`
	Start    int          `json:"start"`
	End      int          `json:"end"`
	Value    *json.Number `json:"value"`
	Currency *string      `json:"currency"`
}

// Case is one case of a suite: an input and the values expected in it, with
// UTF-8 byte offsets into the input.
type Case struct {
	ID       string `json:"id"`
	Input    string `json:"input"`
	Expected []Item `json:"expected"`
}

// ModuleRoot returns the directory that holds go.mod, walking up from the
// working directory (a test's package directory).
func ModuleRoot() (string, error) {
	dir, err := filepath.Abs(".")
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("peersuite: no go.mod above the working directory")
		}
		dir = parent
	}
}

// Dir returns the folder of the suites: testdata/recognizers-en.
func Dir() (string, error) {
	root, err := ModuleRoot()
	if err != nil {
		return "", err
	}
	return filepath.Join(root, "testdata", "recognizers-en"), nil
}

// Read returns the cases of the suite NAME.jsonl and the ids its
// NAME-out-of-scope.md rules out, each with its reason.
func Read(name string) ([]Case, map[string]string, error) {
	dir, err := Dir()
	if err != nil {
		return nil, nil, err
	}
	f, err := os.Open(filepath.Join(dir, name+".jsonl"))
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	var cases []Case
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for line := 1; sc.Scan(); line++ {
		var c Case
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			return nil, nil, fmt.Errorf("%s.jsonl line %d: %w", name, line, err)
		}
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		return nil, nil, err
	}
	b, err := os.ReadFile(filepath.Join(dir, name+"-out-of-scope.md"))
	if err != nil {
		return nil, nil, err
	}
	out := OutOfScope(string(b))
	if len(out)*5 > len(cases) {
		return nil, nil, fmt.Errorf("%s: %d of %d cases ruled out of scope, more than a fifth", name, len(out), len(cases))
	}
	return cases, out, nil
}

var (
	// listItem is "- `id` — reason".
	listItem = regexp.MustCompile("(?m)^- `(recognizers-[a-z-]+-\\d+)`\\s*[—-]*\\s*(.*)$")
	// tableRow is "| id | input | reason |"; a reason that starts with
	// "kept" marks a note, not an exclusion.
	tableRow = regexp.MustCompile(`(?m)^\| (recognizers-[a-z-]+-\d+) \|[^|]*\| ([^|]*)\|`)
)

// OutOfScope reads the ids an out-of-scope file rules out, with their
// reasons. It accepts list items ("- `id` — reason") and table rows ("| id
// | input | reason |").
func OutOfScope(doc string) map[string]string {
	ids := map[string]string{}
	for _, m := range listItem.FindAllStringSubmatch(doc, -1) {
		ids[m[1]] = strings.TrimSpace(m[2])
	}
	for _, m := range tableRow.FindAllStringSubmatch(doc, -1) {
		if reason := strings.TrimSpace(m[2]); !strings.HasPrefix(reason, "kept") {
			ids[m[1]] = reason
		}
	}
	return ids
}

// Package testcorpus reads the shared BBC corpus (../shared/corpus from the
// module root) for tests and benchmarks, which skip where it is absent: the
// BBC owns the text, so it is never copied into the project.
package testcorpus

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/newsclaims/claims/internal/peersuite"
)

// Article is one article of the corpus.
type Article struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

// Path returns where the corpus file is expected: beside the module root,
// in shared/corpus.
func Path() (string, error) {
	root, err := peersuite.ModuleRoot()
	if err != nil {
		return "", err
	}
	return filepath.Join(filepath.Dir(root), "shared", "corpus", "bbc-news-2005.jsonl"), nil
}

// Read returns the first n articles of the corpus (all of them when n < 0).
// It returns an error wrapping os.ErrNotExist where the corpus is absent.
func Read(n int) ([]Article, error) {
	path, err := Path()
	if err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Article
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for line := 1; sc.Scan() && n != 0; line++ {
		var a Article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return nil, fmt.Errorf("%s line %d: %w", path, line, err)
		}
		out = append(out, a)
		n--
	}
	return out, sc.Err()
}

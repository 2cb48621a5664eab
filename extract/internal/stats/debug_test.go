package stats

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/newsclaims/claims/extract/internal/lexer"
)

func TestDebugTags(t *testing.T) {
	for _, sent := range strings.Split(os.Getenv("DEBUG_SENT"), "||") {
		if sent == "" {
			continue
		}
		toks := lexer.Tokenize(sent)
		tags := tagger(toks)(0, len(toks))
		var b strings.Builder
		for i, tk := range toks {
			fmt.Fprintf(&b, "%d:%s/%s ", i, tk.Text, tags[i])
		}
		t.Log(b.String())
	}
}

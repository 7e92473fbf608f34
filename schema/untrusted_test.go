package schema

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestNoticeJSONSaysTextIsUntrusted checks that the schema warns programs,
// where they look first and where each text is defined, that notice.json
// carries the declaration's raw text, which noticegen sanitises only in the
// pages it renders: a consumer that renders it must not be surprised.
func TestNoticeJSONSaysTextIsUntrusted(t *testing.T) {
	var s struct {
		Description string `json:"description"`
		Defs        map[string]struct {
			Description string `json:"description"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(NoticeJSON(), &s); err != nil {
		t.Fatal(err)
	}
	for where, d := range map[string]string{"the schema": s.Description, "$defs/text": s.Defs["text"].Description} {
		for _, want := range []string{"UNTRUSTED", "<script>", "javascript:"} {
			if !strings.Contains(d, want) {
				t.Errorf("%s's description does not mention %q", where, want)
			}
		}
	}
	if !strings.Contains(s.Defs["nonBlank"].Description, "untrusted") {
		t.Error("$defs/nonBlank, the names and addresses, does not say it is untrusted")
	}
}

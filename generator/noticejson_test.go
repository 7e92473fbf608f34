package generator

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestNoticeJSONEmptyChannels: change_notice = { channels = [] } is written
// as an empty list, as the schema says, not as null.
func TestNoticeJSONEmptyChannels(t *testing.T) {
	src := strings.Replace(string(Starter()), `change_notice = { channels = ["email"], days = 30 }`, `change_notice = { channels = [] }`, 1)
	d, err := Parse("notice.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	site, err := Build(d, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Notice struct {
			ChangeNotice json.RawMessage `json:"change_notice"`
		} `json:"notice"`
	}
	if err := json.Unmarshal(site.Files["notice.json"], &got); err != nil {
		t.Fatal(err)
	}
	if s := strings.Join(strings.Fields(string(got.Notice.ChangeNotice)), ""); s != `{"channels":[],"days":0}` {
		t.Errorf("change_notice is %s, want {\"channels\": [], \"days\": 0}", s)
	}
}

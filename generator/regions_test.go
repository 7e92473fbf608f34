package generator

import (
	"fmt"
	"testing"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// TestRegionNamesAreCLDRs holds regions_gen.go to the names display gives,
// for every region language.ParseRegion reads, in every built-in locale: it
// fails when an update of golang.org/x/text changes a name, until go
// generate ./generator writes the table again.
func TestRegionNamesAreCLDRs(t *testing.T) {
	var inputs []string
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			inputs = append(inputs, string([]rune{a, b}))
		}
	}
	for n := range 1000 {
		inputs = append(inputs, fmt.Sprintf("%03d", n))
	}
	inputs = append(inputs, "FRA", "fr", "IDN", "usa")
	named := 0
	for _, l := range Locales {
		names := display.Regions(language.Make(string(l)))
		for _, s := range inputs {
			r, err := language.ParseRegion(s)
			if err != nil {
				continue
			}
			want := names.Name(r)
			if got := regionName(l, r); got != want {
				t.Errorf("%s %s (%s): %q, CLDR says %q; run go generate ./generator", l, s, r, got, want)
			}
			if want != "" {
				named++
			}
		}
	}
	if named < 4*250 {
		t.Errorf("%d regions named in the four locales, want at least 1,000", named)
	}
	b := &builder{l: "fr"}
	if got := b.country("MX"); got != "Mexique" {
		t.Errorf(`country("MX") in French = %q, want "Mexique"`, got)
	}
}

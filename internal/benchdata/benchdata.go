// Package benchdata makes the declarations noticegen's benchmarks measure,
// for the library's benchmarks and the command's whole-process ones alike.
package benchdata

import (
	"fmt"
	"strings"
)

// Large writes a declaration with n data items and n/2 purposes
// in four locales, each purpose using four data items, with 20 recipients.
func Large(n int) []byte {
	var b strings.Builder
	text := func(s string) string {
		return fmt.Sprintf(`{ en = "%s", fr = "%s (fr)", es = "%s (es)", id = "%s (id)" }`, s, s, s, s)
	}
	fmt.Fprintf(&b, "[notice]\ntitle = %s\nversion = \"1\"\neffective = 2026-12-01\nlocales = [\"en\", \"fr\", \"es\", \"id\"]\njurisdictions = [\"gdpr\", \"ccpa\", \"uu-pdp\"]\n\n", text("Large notice"))
	b.WriteString("[controller]\nname = \"Large Corp\"\nemail = \"privacy@large.example\"\ncountry = \"DE\"\n\n")
	cats := []string{"contact", "usage", "device", "purchases", "identity", "precise-location"}
	for i := range n {
		fmt.Fprintf(&b, "[data.d%d]\ncategory = %q\nlabel = %s\n\n", i, cats[i%len(cats)], text(fmt.Sprintf("Data item number %d", i)))
	}
	for i := range n / 2 {
		fmt.Fprintf(&b, "[purpose.p%d]\nkind = \"service\"\nlabel = %s\ndescription = %s\n", i, text(fmt.Sprintf("Purpose %d", i)),
			text("We use these data to provide the part of the service that needs them, and for nothing else."))
		fmt.Fprintf(&b, "data = [\"d%d\", \"d%d\", \"d%d\", \"d%d\"]\nbasis = \"contract\"\nchoice = \"none\"\nretention = \"%d months\"\n\n", (2*i)%n, (2*i+1)%n, (2*i+2)%n, (2*i+3)%n, 1+i%36)
	}
	for i := range 20 {
		fmt.Fprintf(&b, "[recipient.r%d]\nname = \"Recipient %d\"\nrole = \"processor\"\npurposes = [\"p%d\"]\ncountry = \"US\"\nsafeguard = \"scc\"\n\n", i, i, i)
	}
	b.WriteString("[rights]\nemail = \"privacy@large.example\"\n")
	return []byte(b.String())
}

// LargePair returns Large(n) and a copy that differs in a few places spread
// through the document: a retention period, a purpose's label and a
// recipient's country.
func LargePair(n int) (old, new []byte) {
	src := string(Large(n))
	edited := strings.Replace(src, `retention = "2 months"`, `retention = "3 months"`, 1)
	edited = strings.Replace(edited, `label = { en = "Purpose 150"`, `label = { en = "Purpose one hundred and fifty"`, 1)
	edited = strings.Replace(edited, "name = \"Recipient 19\"\nrole = \"processor\"\npurposes = [\"p19\"]\ncountry = \"US\"", "name = \"Recipient 19\"\nrole = \"processor\"\npurposes = [\"p19\"]\ncountry = \"IN\"", 1)
	return []byte(src), []byte(edited)
}

package generator_test

import (
	"fmt"
	"strings"

	"github.com/noticegen/noticegen/generator"
)

const declaration = `
[notice]
title = "Example privacy notice"
version = "1.0.0"
effective = 2026-12-01
locales = ["en"]
jurisdictions = ["gdpr"]

[controller]
name = "Example SAS"
email = "privacy@example.com"

[data.email]
category = "contact"
label = "Email address"

[purpose.orders]
kind = "service"
label = "Deliver your orders"
data = ["email"]
basis = "contract"
choice = "none"
retention = { period = "3 years", after = "contract-ended" }

[rights]
email = "privacy@example.com"
`

// Parse validates a declaration and resolves the ids its tables use.
func ExampleParse() {
	d, err := generator.Parse("notice.toml", []byte(declaration))
	if err != nil {
		fmt.Println(err)
		return
	}
	p := d.PurposeByID("orders")
	days, _ := p.Retention.Days()
	fmt.Println(p.Label.In(generator.English), "uses", p.Data[0].ID, "and keeps it", days, "days")
	// Output: Deliver your orders uses email and keeps it 1095 days
}

// Parse reports every problem in a declaration at once, each located.
func ExampleParse_errors() {
	bad := strings.Replace(declaration, `basis = "contract"`, `basis = "contrat"`, 1)
	bad = strings.Replace(bad, `category = "contact"`, `category = "contakt"`, 1)
	_, err := generator.Parse("notice.toml", []byte(bad))
	fmt.Println(err)
	// Output:
	// notice.toml:14:12: data.email.category: "contakt" is not allowed (did you mean "contact"?); want one of identity, contact, account, government-id, financial, purchases, precise-location, approximate-location, device, usage, content, communications, health, biometric, genetic, demographics, beliefs, ethnicity, sex-life, union-membership, criminal, employment, education, inferences or other
	// notice.toml:21:9: purpose.orders.basis: "contrat" is not allowed (did you mean "contract"?); want one of consent, contract, legal-obligation, vital-interests, public-task or legitimate-interests
}

// Build renders every document in memory; WriteDir would put them on disk.
func ExampleBuild() {
	d, err := generator.Parse("notice.toml", []byte(declaration))
	if err != nil {
		fmt.Println(err)
		return
	}
	site, err := generator.Build(d, generator.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range site.Paths() {
		fmt.Println(p)
	}
	summary := site.Documents[generator.English]["summary"]
	fmt.Println(strings.SplitN(string(summary.Markdown), "\n", 2)[0])
	// Output:
	// en/glance.html
	// en/glance.md
	// en/moments.html
	// en/moments.json
	// en/policy.html
	// en/policy.md
	// en/summary.html
	// en/summary.md
	// index.html
	// notice.json
	// # Example privacy notice: summary {#top}
}

// Options fit a build to a static site: here, Markdown only, each file
// opening with front matter for Hugo or Jekyll in place of its title line.
func ExampleBuild_frontMatter() {
	d, err := generator.Parse("notice.toml", []byte(declaration))
	if err != nil {
		fmt.Println(err)
		return
	}
	site, err := generator.Build(d, generator.Options{
		Formats:     []generator.Format{generator.FormatMarkdown},
		FrontMatter: generator.FrontMatterYAML,
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(site.Paths())
	md := string(site.Files["en/summary.md"])
	fmt.Print(md[:strings.Index(md, "  reading_time:")])
	// Output:
	// [en/glance.md en/policy.md en/summary.md]
	// ---
	// title: "Example privacy notice: summary"
	// date: 2026-12-01
	// translationKey: "privacy-summary"
	// params:
	//   lang: "en"
	//   version: "1.0.0"
}

// InlineMarkdown keeps emphasis and safe links, and turns everything else
// into literal text.
func ExampleInlineMarkdown() {
	fmt.Println(generator.InlineMarkdown(`Turn off *Offers* in [settings](https://example.com/s) <script>x</script> [x](javascript:alert(1))`))
	// Output: Turn off *Offers* in [settings](https://example.com/s) \<script\>x\</script\> x
}

// BuildHistory publishes every version of a notice: the one in force on
// the day given, an archive of all of them, a versions page and a feed per
// locale, and versions.json. Here version 2.0.0 keeps orders longer and
// takes effect after the day the site is built, so it is announced.
func ExampleBuildHistory() {
	v1, err := generator.Parse("notice.toml", []byte(declaration))
	if err != nil {
		fmt.Println(err)
		return
	}
	next := strings.NewReplacer(`version = "1.0.0"`, `version = "2.0.0"`, "effective = 2026-12-01", "effective = 2027-03-01",
		`period = "3 years"`, `period = "5 years"`).Replace(declaration)
	v2, err := generator.Parse("notice.toml", []byte(next))
	if err != nil {
		fmt.Println(err)
		return
	}
	h, err := generator.NewHistory([]generator.Release{{Declaration: v1}, {Declaration: v2}}, generator.Date{Year: 2027, Month: 1, Day: 15})
	if err != nil {
		fmt.Println(err)
		return
	}
	site, err := generator.BuildHistory(h, generator.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, v := range h.Versions {
		fmt.Println(v.Version, v.Status, v.From)
	}
	fmt.Println(h.InForce(generator.Date{Year: 2027, Month: 6, Day: 1}).Version, "applies on 2027-06-01")
	for _, p := range site.Paths() {
		if strings.Contains(p, "changes") || strings.Contains(p, "versions") {
			fmt.Println(p)
		}
	}
	// Output:
	// 1.0.0 current 2026-12-01
	// 2.0.0 upcoming 2027-03-01
	// 2.0.0 applies on 2027-06-01
	// en/changes.atom
	// en/versions.html
	// en/versions.md
	// v/2.0.0/en/changes.html
	// versions.json
}

// MomentsOf gives the just-in-time notices of one locale: the prompt for
// each choice and the hint beside each form field, as a site or an app
// shows them at the moment it asks.
func ExampleMomentsOf() {
	d, err := generator.Parse("notice.toml", []byte(declaration))
	if err != nil {
		fmt.Println(err)
		return
	}
	m, err := generator.MomentsOf(d, generator.English)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range m.Fields {
		fmt.Printf("%s: %s %s\n", f.Label, f.Why, f.Need)
	}
	// Output: Email address: Why we ask: Deliver your orders. Optional.
}

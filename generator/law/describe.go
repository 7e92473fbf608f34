package law

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"text/tabwriter"
)

// WriteList writes one line a law: its id, abbreviation and name.
func WriteList(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, l := range All() {
		fmt.Fprintf(tw, "%s\t%s\t%s\n", l.ID, l.Short, l.Name)
	}
	return tw.Flush()
}

// Describe writes, in English, what noticegen encodes of a law: what a
// notice under it must say, its rights with their deadlines, its sensitive
// data, ages, transfers, breaches, complaints and change rules, each with
// its article, so that a legal team can check the tool against the law.
func Describe(w io.Writer, l *Law) error {
	d := &describer{}
	d.line("%s: %s", l.ID, l.Name)
	d.line("Citation: %s", l.Citation)
	d.line("Applies: %s", l.Applies)

	d.head("A notice under it contains")
	for _, e := range l.Elements {
		d.item("%s (%s)", e.What, e.Cite())
	}
	if l.Bases != nil {
		d.head("Legal bases")
		for _, b := range basisOrder {
			if r, ok := l.Bases[b]; ok {
				d.item("%s: %s", b, r.Cite())
			}
		}
	}
	d.head("Rights")
	for _, r := range l.Rights {
		d.item("%s", describeRight(r))
	}
	d.head("General right to object")
	if o := l.Object; o != nil {
		d.item("on grounds relating to the person's situation, for processing on %s (%s)", strings.Join(o.Bases, " or "), o.Cite())
		if o.MarketingKey != "" {
			d.item("without grounds, for direct marketing (%s)", o.MarketingRef.Cite())
		}
	} else {
		d.item("none: people withdraw consent or use the rights above")
	}
	if l.Automated != nil || len(l.AutomatedBases) > 0 {
		d.head("Decisions based solely on automated processing")
		if len(l.AutomatedBases) > 0 {
			d.item("only on %s (%s)", strings.Join(l.AutomatedBases, ", "), l.AutomatedRef.Cite())
		}
		if a := l.Automated; a != nil {
			d.item("people have %s (%s)", a.What, a.Cite())
		}
	}
	d.head("Sensitive data")
	if s := l.Sensitive; s != nil {
		d.item("%s (%s)", s.Term, s.Cite())
		byRule := map[string][]string{}
		for _, c := range slices.Sorted(maps.Keys(s.Categories)) {
			r := s.Categories[c]
			byRule[r.Cite()] = append(byRule[r.Cite()], c)
		}
		for _, ref := range slices.Sorted(maps.Keys(byRule)) {
			d.item("categories %s (%s)", strings.Join(byRule[ref], ", "), ref)
		}
		d.item("any item declared sensitive = true (%s)", s.Default.Cite())
		for _, c := range s.Conditions {
			d.item("condition %s: %s (%s)", c.ID, c.Name, c.Cite())
		}
	} else {
		d.item("the law has no class of sensitive data")
	}
	d.head("Children")
	if c := l.Children; c != nil {
		d.item("%s", describeChildren(c))
	} else {
		d.item("no age of consent of its own")
	}
	d.head("Transfers abroad")
	if t := l.Transfers; t != nil {
		d.item("outside %s, a transfer rests on one of these (%s):", t.Territory, t.Cite())
		for _, id := range slices.Sorted(maps.Keys(t.Safeguards)) {
			sg := t.Safeguards[id]
			what := "allows the transfer without protecting the data"
			if sg.Protective {
				what = "protects the data"
			}
			d.sub("%s: %s (%s)", id, what, sg.Cite())
		}
	} else {
		d.item("no rule on transfers abroad")
	}
	d.head("Breach notice to people")
	if b := l.Breach; b != nil {
		d.item("%s: %s (%s)", b.Threshold, b.When(), b.Cite())
	} else {
		d.item("not in this law")
	}
	d.head("Complaints")
	if c := l.Complaint; c != nil {
		who := "the authority the declaration names in [authority]"
		if c.Authority != "" {
			who = c.Authority
		}
		elsewhere := "no other authority"
		if c.Elsewhere {
			elsewhere = "people may also complain to another authority, where they live or work or where it happened"
		}
		d.item("%s; %s (%s)", who, elsewhere, c.Cite())
	} else {
		d.item("no complaint duty in the notice")
	}
	d.head("Answering requests")
	if r := l.Requests; r.Deadline != "" {
		d.item("%s (%s)", r.Deadline, r.Cite())
	}
	if a := l.AdsOnOptOut; a.Article != "" {
		d.head("Targeted advertising and sale")
		d.item("may go on until people opt out, for people %d or older (%s)", l.AdsOptInUnder, a.Cite())
	}
	d.head("Changing the notice")
	d.item("%s (%s)", l.Changes.Rule, l.Changes.Cite())
	if len(l.Statements) > 0 {
		d.head("Sentences printed word for word")
		for _, s := range l.Statements {
			d.item("%s (%s)", s.What, s.Cite())
		}
	}
	if len(l.Layers) > 0 {
		d.head("National rules, chosen by controller.country")
		for _, y := range l.Layers {
			var parts []string
			if y.Name != "" {
				parts = append(parts, y.Name)
			}
			if c := y.Children; c != nil {
				parts = append(parts, describeChildren(c))
			}
			if c := y.Complaint; c != nil {
				parts = append(parts, "authority: "+c.Authority)
			}
			for _, r := range y.Rights {
				parts = append(parts, "right: "+describeRight(r))
			}
			for _, e := range y.Elements {
				parts = append(parts, fmt.Sprintf("%s (%s)", e.What, e.Cite()))
			}
			parts = append(parts, y.Notes...)
			d.item("%s: %s", y.Country, strings.Join(parts, "; "))
		}
	}
	_, err := io.WriteString(w, d.b.String())
	return err
}

// basisOrder is notice-format.md's order of legal bases (GDPR Art. 6(1)).
var basisOrder = []string{"consent", "contract", "legal-obligation", "vital-interests", "public-task", "legitimate-interests"}

func describeRight(r Right) string {
	s := r.Name
	if r.Conditions != "" {
		s += ": " + r.Conditions
	}
	if r.Deadline != "" {
		s += "; answered within " + r.Deadline
	}
	return s + " (" + r.Cite() + ")"
}

func describeChildren(c *Children) string {
	who := c.Parent + " gives or authorises consent"
	if c.Joint {
		who = "the child and " + c.Parent + " consent jointly"
	}
	scope := ""
	if c.OnlyConsent {
		scope = ", for processing on consent"
	}
	return fmt.Sprintf("below %d, %s%s (%s)", c.Age, who, scope, c.Cite())
}

type describer struct{ b strings.Builder }

func (d *describer) line(format string, args ...any) { fmt.Fprintf(&d.b, format+"\n", args...) }
func (d *describer) head(s string)                   { fmt.Fprintf(&d.b, "\n%s:\n", s) }
func (d *describer) item(format string, args ...any) { fmt.Fprintf(&d.b, "  - "+format+"\n", args...) }
func (d *describer) sub(format string, args ...any)  { fmt.Fprintf(&d.b, "      "+format+"\n", args...) }

// Markdown writes the table of laws that README.md's "Laws" section holds:
// a row a law, with what differs most between them.
func Markdown(w io.Writer) error {
	var b strings.Builder
	b.WriteString("| id | law | sensitive data | general right to object | breach notice to people | children | complaints | requests |\n")
	b.WriteString("| --- | --- | --- | --- | --- | --- | --- | --- |\n")
	for _, l := range All() {
		sensitive := "none"
		if l.Sensitive != nil {
			sensitive = l.Sensitive.Term
		}
		object := "no"
		if l.Object != nil {
			object = "yes (" + l.Object.Article + ")"
		}
		breach := "not in this law"
		if br := l.Breach; br != nil {
			breach = br.Threshold + ", " + br.When() + " (" + br.Article + ")"
		}
		children := "—"
		if c := l.Children; c != nil {
			children = fmt.Sprintf("%d (%s)", c.Age, c.Article)
			if len(l.Layers) > 0 {
				children += "; Member States' own ages"
			}
		}
		complaints := "—"
		if c := l.Complaint; c != nil {
			complaints = "the declared authority"
			if c.Authority != "" {
				complaints = c.Authority
			}
			if c.Elsewhere {
				complaints += ", or where people live or work"
			}
			complaints += " (" + c.Article + ")"
		}
		fmt.Fprintf(&b, "| `%s` | %s, %s | %s | %s | %s | %s | %s | %s (%s) |\n",
			l.ID, l.Name, l.Citation, sensitive, object, breach, children, complaints, l.Requests.Deadline, l.Requests.Article)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

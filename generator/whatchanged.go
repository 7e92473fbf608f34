package generator

import (
	"slices"
	"strings"
)

// whatChanged turns the change list against the previous version into
// plain sentences, one a change that matters to readers: notable and above,
// except the version and date themselves. Changes of the same kind that say
// the same thing (several contact details) make one sentence.
func (b *builder) whatChanged(changes *Changes) []string {
	prev := changes.old
	var out []string
	add := func(key string, args ...any) {
		s := b.msg("changes."+key, args...)
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	// An id names an item of the new version, or of the previous one when
	// the change removed it.
	purposeLabel := func(id string) string {
		p := b.d.PurposeByID(id)
		if p == nil {
			p = prev.PurposeByID(id)
		}
		return b.plain(p.Label)
	}
	dataLabel := func(id string) string {
		x := b.d.DataByID(id)
		if x == nil {
			x = prev.DataByID(id)
		}
		return b.labelPlain(x)
	}
	recipientName := func(id string) string {
		r := b.d.RecipientByID(id)
		if r == nil {
			r = prev.RecipientByID(id)
		}
		return esc(r.Name)
	}
	// The changes that matter most come first.
	list := slices.Clone(changes.List)
	slices.SortStableFunc(list, func(a, b Change) int { return int(b.Level) - int(a.Level) })
	for _, c := range list {
		if c.Level < Notable || c.Rule == "MC-18" {
			continue
		}
		parts := strings.Split(c.Key, ".")
		table, field := parts[0], ""
		if len(parts) > 2 {
			field = parts[2]
		}
		switch table {
		case "purpose":
			p := purposeLabel(parts[1])
			switch {
			case field == "" && c.Kind == "added":
				add("purpose_added", "purpose", p)
			case field == "" && c.Kind == "removed":
				add("purpose_removed", "purpose", p)
			case field == "data" && c.Kind == "added":
				add("purpose_data_added", "purpose", p, "data", dataLabel(c.New))
			case field == "data":
				add("purpose_data_removed", "purpose", p, "data", dataLabel(c.Old))
			case field == "basis":
				add("basis", "purpose", p, "basis", b.msg("basis."+c.New))
			case field == "choice":
				add("choice_"+strings.ReplaceAll(c.New, "-", "_"), "purpose", p)
			case field == "retention":
				add("retention", "purpose", p, "retention", b.retention(b.d.PurposeByID(parts[1]).Retention))
			case field == "automated" && c.Kind == "added":
				add("automated", "purpose", p)
			default:
				add("purpose_changed", "purpose", p)
			}
		case "data":
			d := dataLabel(parts[1])
			switch {
			case field == "" && c.Kind == "added":
				add("data_added", "data", d)
			case field == "" && c.Kind == "removed":
				add("data_removed", "data", d)
			default:
				add("data_changed", "data", d)
			}
		case "recipient":
			r := recipientName(parts[1])
			switch {
			case field == "" && c.Kind == "added":
				add("recipient_added", "name", r)
			case field == "" && c.Kind == "removed":
				add("recipient_removed", "name", r)
			case (field == "sold" || field == "shared") && c.New == "true":
				add("recipient_sold", "name", r)
			default:
				add("recipient_changed", "name", r)
			}
		case "controller":
			if field == "" && (parts[1] == "name" || parts[1] == "country") {
				add("controller", "name", esc(b.d.Controller.Name))
			} else {
				add("contacts")
			}
		case "dpo", "representative", "authority":
			add("contacts")
		case "rights", "signals":
			add("rights")
		case "security":
			add("security")
		case "audience":
			if b.d.Audience.MinAge > 0 {
				add("min_age", "count", b.d.Audience.MinAge)
			} else {
				add("audience")
			}
		default:
			add("other")
		}
	}
	return out
}

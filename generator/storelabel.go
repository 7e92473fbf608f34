package generator

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/noticegen/noticegen/generator/store"
)

// StoreLabels are the app stores' privacy labels of a declaration: Google
// Play's Data safety form and Apple's App Privacy details, derived from the
// same data, purposes and recipients as the policy, so that neither can
// say less than the policy does. Items keeps, for each data item, what the
// labels say of it beside what the policy says they must, for noticegen
// check to compare.
type StoreLabels struct {
	Items []*StoreItem
	Play  *store.PlayLabel
	Apple *store.AppleLabel
}

// StoreItem is one data item on the store labels: the fields without Must
// or Because are what the labels say; the others are what the policy
// implies, whatever the item's store table says.
type StoreItem struct {
	Data *Data
	// Play and Apple are the item's data types on each store; empty when
	// its category is too coarse for one and its store table names none.
	Play, Apple string

	// Collected is what the labels say: the item leaves the device.
	// Receivers are the recipients that receive it, so that it must.
	Collected bool
	Receivers []*Recipient
	// Shared is Play's "shared": a third party receives the item, one that
	// is neither a service provider (processor) nor an authority, or a
	// purpose sells it. SharedWith are those third parties.
	Shared     bool
	SharedWith []*Recipient
	// Ephemeral is what Play's form says; KeptBy are the purposes that keep
	// the item beyond the request, so that it cannot be.
	Ephemeral bool
	KeptBy    []*Purpose
	// Optional is Play's "users can choose whether this data is collected".
	Optional bool
	// Linked is Apple's "linked to you"; Identifies says the item's
	// category is the person's identity, so that it must be.
	Linked     bool
	Identifies bool
	// Tracking is Apple's "used to track you"; TracksBecause are the
	// advertising and sale purposes whose data a third party receives, or
	// that sell it, so that it must be.
	Tracking      bool
	TracksBecause []*Purpose

	PlayCollection, PlaySharing []string // Play purpose ids, in the form's order
	ApplePurposes               []string // App Store Connect purpose ids, sorted
}

// thirdParty reports whether a recipient is a third party in both stores'
// sense: not a service provider acting on the developer's instructions
// (processor, unless it buys or shares the data under the CCPA) and not an
// authority (Play's exemption for legal purposes).
func thirdParty(r *Recipient) bool {
	switch r.Role {
	case "controller":
		return true
	case "authority":
		return false
	}
	return r.Sold || r.Shared
}

// StoreLabelsOf derives the store labels of a declaration. Only data that
// a purpose uses is on them.
func StoreLabelsOf(d *Declaration) *StoreLabels {
	sl := &StoreLabels{}
	for _, x := range d.Data {
		purposes := d.PurposesOf(x)
		if len(purposes) == 0 {
			continue
		}
		sl.Items = append(sl.Items, storeItem(d, x, purposes))
	}
	sl.Play = playLabel(d, sl.Items)
	sl.Apple = appleLabel(d, sl.Items)
	return sl
}

func storeItem(d *Declaration, x *Data, purposes []*Purpose) *StoreItem {
	it := &StoreItem{Data: x, Collected: true, Linked: true, Ephemeral: x.Store.Ephemeral}
	it.Play = cmp.Or(x.Store.Play, store.PlayCategories[string(x.Category)].Default)
	it.Apple = cmp.Or(x.Store.Apple, store.AppleCategoriesFor[string(x.Category)].Default)
	if x.Store.Collected != nil {
		it.Collected = *x.Store.Collected
	}
	if x.Store.Linked != nil {
		it.Linked = *x.Store.Linked
	}
	it.Identifies = slices.Contains(store.Identifying, string(x.Category))
	it.Receivers = d.RecipientsOf(x)

	// thirdPartyFor returns the third parties that receive the item for
	// the purpose.
	thirdPartyFor := func(p *Purpose) []*Recipient {
		var rs []*Recipient
		for _, r := range it.Receivers {
			if thirdParty(r) && slices.Contains(r.Purposes, p) {
				rs = append(rs, r)
			}
		}
		return rs
	}
	var playCollection, playSharing, apple []string
	optional := !x.Required && x.Source == "you"
	allChoose := true
	for _, p := range purposes {
		kind := string(p.Kind)
		playCollection = append(playCollection, store.PlayPurposeFor[kind])
		third := thirdPartyFor(p)
		applePurpose := store.ApplePurposeFor[kind]
		if tp, ok := store.AppleThirdPartyPurposeFor[kind]; ok && len(third) > 0 {
			applePurpose = tp
		}
		apple = append(apple, applePurpose)
		if len(third) > 0 || kind == "sale" {
			it.Shared = true
			playSharing = append(playSharing, store.PlayPurposeFor[kind])
		}
		for _, r := range third {
			if !slices.Contains(it.SharedWith, r) {
				it.SharedWith = append(it.SharedWith, r)
			}
		}
		if slices.Contains(store.TracksFor, kind) && (len(third) > 0 || kind == "sale") {
			it.TracksBecause = append(it.TracksBecause, p)
		}
		if keeps(p) {
			it.KeptBy = append(it.KeptBy, p)
		}
		if p.Choice == NoChoice {
			allChoose = false
		}
	}
	// A third party that receives the item for none of the purposes it
	// serves still receives it (recipient.data names it).
	for _, r := range it.Receivers {
		if thirdParty(r) && !slices.Contains(it.SharedWith, r) {
			it.Shared = true
			it.SharedWith = append(it.SharedWith, r)
			for _, p := range r.Purposes {
				playSharing = append(playSharing, store.PlayPurposeFor[string(p.Kind)])
			}
		}
	}
	it.Optional = optional || allChoose
	it.Tracking = len(it.TracksBecause) > 0
	if x.Store.Tracking != nil {
		it.Tracking = *x.Store.Tracking
	}
	it.PlayCollection = inPlayOrder(playCollection)
	it.PlaySharing = inPlayOrder(playSharing)
	it.ApplePurposes = slices.Compact(slices.Sorted(slices.Values(apple)))
	return it
}

// keeps reports whether a purpose keeps its data beyond the request that
// brought it: it builds a profile (store.NeverEphemeral), or its retention
// is longer than a day, runs after an event, lasts until one, or is left
// to criteria. "1 day" is the shortest retention a declaration can write.
func keeps(p *Purpose) bool {
	if slices.Contains(store.NeverEphemeral, string(p.Kind)) {
		return true
	}
	days, fixed := p.Retention.Days()
	return !fixed || days > 1 || p.Retention.After != ""
}

// inPlayOrder returns the purpose ids once each, in the order of Play's form.
func inPlayOrder(ids []string) []string {
	var out []string
	for _, p := range store.PlayPurposes {
		if slices.Contains(ids, p.ID) {
			out = append(out, p.ID)
		}
	}
	return out
}

// HasAccounts reports whether people have an account with the app: a
// purpose of kind account, or data of category account.
func (d *Declaration) HasAccounts() bool {
	for _, p := range d.Purposes {
		if p.Kind == "account" {
			return true
		}
	}
	return slices.ContainsFunc(d.Data, func(x *Data) bool { return x.Category == "account" })
}

func playLabel(d *Declaration, items []*StoreItem) *store.PlayLabel {
	l := &store.PlayLabel{EncryptedInTransit: slices.Contains(d.Security.Measures, "encryption-in-transit")}
	var s AppStore
	if d.Store != nil {
		s = *d.Store
	}
	for _, m := range s.AccountCreation {
		if m == "none" {
			l.AccountMethods = append(l.AccountMethods, store.PlayAccountCreateNone)
		}
		for _, am := range store.PlayAccountMethods {
			if am.Method == m {
				l.AccountMethods = append(l.AccountMethods, am.ID)
			}
		}
	}
	if len(s.AccountCreation) == 0 && !d.HasAccounts() {
		l.AccountMethods = []string{store.PlayAccountCreateNone}
	}
	l.AccountSpecify = s.AccountCreationOther
	l.DeletionURL = cmp.Or(s.DeletionURL, d.Rights.URL)
	if !slices.Equal(l.AccountMethods, []string{store.PlayAccountCreateNone}) {
		l.AccountDeletionURL = cmp.Or(s.AccountDeletionURL, l.DeletionURL)
	}
	byType := map[string]*store.PlayTypeAnswer{}
	for _, it := range items {
		if !it.Collected || it.Play == "" {
			continue
		}
		l.Collects = true
		a := byType[it.Play]
		if a == nil {
			a = &store.PlayTypeAnswer{Type: it.Play, Ephemeral: true, Optional: true}
			byType[it.Play] = a
		}
		// Several items of one type: the type says the most any of them does.
		a.Collected = true
		a.Shared = a.Shared || it.Shared
		a.Ephemeral = a.Ephemeral && it.Ephemeral
		a.Optional = a.Optional && it.Optional
		a.Collection = inPlayOrder(append(a.Collection, it.PlayCollection...))
		a.Sharing = inPlayOrder(append(a.Sharing, it.PlaySharing...))
	}
	for _, t := range store.PlayTypes {
		if a := byType[t.ID]; a != nil {
			l.Types = append(l.Types, *a)
		}
	}
	return l
}

func appleLabel(d *Declaration, items []*StoreItem) *store.AppleLabel {
	l := &store.AppleLabel{}
	if d.Store != nil {
		l.TrackingDomains = d.Store.TrackingDomains
	}
	byCategory := map[string]*store.AppleTypeAnswer{}
	for _, it := range items {
		if !it.Collected || it.Apple == "" {
			continue
		}
		a := byCategory[it.Apple]
		if a == nil {
			a = &store.AppleTypeAnswer{Category: it.Apple}
			byCategory[it.Apple] = a
		}
		a.Purposes = slices.Compact(slices.Sorted(slices.Values(append(a.Purposes, it.ApplePurposes...))))
		a.Linked = a.Linked || it.Linked
		a.Tracking = a.Tracking || it.Tracking
	}
	for _, c := range store.AppleCategories {
		if a := byCategory[c.ID]; a != nil {
			l.Types = append(l.Types, *a)
		}
	}
	return l
}

// untyped returns an error for each item whose category is too coarse for
// one of the store's data types and whose store table names none.
func (sl *StoreLabels) untyped(d *Declaration, storeName, key string, typeOf func(*StoreItem) string, choices map[string]store.TypeChoice) ErrorList {
	var errs ErrorList
	for _, it := range sl.Items {
		if typeOf(it) != "" || !it.Collected {
			continue
		}
		pos := d.Position("data", it.Data.ID, "category")
		msg := fmt.Sprintf("%q covers several of %s's data types; say which this is with store = { %s = \"…\" }", it.Data.Category, storeName, key)
		if allowed := choices[string(it.Data.Category)].Allowed; allowed != nil {
			msg += ": " + list(allowed, "or")
		}
		errs = append(errs, &Error{File: d.File, Line: pos.Line, Col: pos.Col, Key: "data." + it.Data.ID + ".category", Msg: msg})
	}
	return errs
}

// Untyped returns an error for each item on the labels whose category is too
// coarse for one store data type and whose store table names none, for
// Play when play is set and for Apple when apple is set.
func (sl *StoreLabels) Untyped(d *Declaration, play, apple bool) ErrorList {
	var errs ErrorList
	if play {
		errs = append(errs, sl.untyped(d, "Google Play", "play", func(it *StoreItem) string { return it.Play }, store.PlayCategories)...)
	}
	if apple {
		errs = append(errs, sl.untyped(d, "Apple", "apple", func(it *StoreItem) string { return it.Apple }, store.AppleCategoriesFor)...)
	}
	errs.sort()
	return errs
}

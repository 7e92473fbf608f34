package generator

import (
	"slices"
	"strings"

	"github.com/noticegen/noticegen/locales"
)

// Permission is a phone permission whose system prompt shows the app's own
// words: iOS shows a usage description from Info.plist, and an Android app
// shows its rationale before it asks.
type Permission string

// The permissions noticegen writes strings for.
const (
	PermissionTracking   Permission = "tracking"   // App Tracking Transparency
	PermissionLocation   Permission = "location"   // while the app is in use
	PermissionCamera     Permission = "camera"     //
	PermissionMicrophone Permission = "microphone" //
	PermissionContacts   Permission = "contacts"   //
	PermissionPhotos     Permission = "photos"     // the photo library
)

// Permissions lists them in the order the files write them; a data item's
// permission key takes one of them.
var Permissions = []Permission{PermissionTracking, PermissionLocation, PermissionCamera, PermissionMicrophone, PermissionContacts, PermissionPhotos}

// permissionKeys are each permission's key in iOS's Info.plist and its
// name in an Android app's strings.xml. Tracking has no Android
// permission to explain: Android asks no one before an app reads the
// advertising ID.
var permissionKeys = map[Permission]struct{ iOS, Android string }{
	PermissionTracking:   {"NSUserTrackingUsageDescription", ""},
	PermissionLocation:   {"NSLocationWhenInUseUsageDescription", "permission_rationale_location"},
	PermissionCamera:     {"NSCameraUsageDescription", "permission_rationale_camera"},
	PermissionMicrophone: {"NSMicrophoneUsageDescription", "permission_rationale_microphone"},
	PermissionContacts:   {"NSContactsUsageDescription", "permission_rationale_contacts"},
	PermissionPhotos:     {"NSPhotoLibraryUsageDescription", "permission_rationale_photos"},
}

// IOSKey returns the Info.plist key of the permission's usage description.
func (p Permission) IOSKey() string { return permissionKeys[p].iOS }

// AndroidName returns the name of the permission's rationale in
// strings.xml, or "" when Android has no prompt for it.
func (p Permission) AndroidName() string { return permissionKeys[p].Android }

// PermissionNeed is a permission the declaration needs: the data items
// that need it and the purposes that use them.
type PermissionNeed struct {
	Permission Permission
	Data       []*Data
	Purposes   []*Purpose
}

// PermissionsNeeded returns the permissions the declaration needs, in the
// order of [Permissions]. It derives what it can: an item of a location
// category that comes from the device needs location; an item the store
// labels find used to track the person (advertising or sale with a third
// party, or store.tracking = true) needs tracking, for the purposes that
// track. A data item's permission key says the rest (camera, microphone,
// contacts, photos), or names one where the derivation cannot tell.
func (d *Declaration) PermissionsNeeded() []*PermissionNeed {
	needs := map[Permission]*PermissionNeed{}
	add := func(p Permission, x *Data, purposes []*Purpose) {
		n := needs[p]
		if n == nil {
			n = &PermissionNeed{Permission: p}
			needs[p] = n
		}
		if !slices.Contains(n.Data, x) {
			n.Data = append(n.Data, x)
		}
		for _, pp := range purposes {
			if !slices.Contains(n.Purposes, pp) {
				n.Purposes = append(n.Purposes, pp)
			}
		}
	}
	tracked := map[*Data]*StoreItem{}
	for _, it := range StoreLabelsOf(d).Items {
		if it.Tracking {
			tracked[it.Data] = it
		}
	}
	for _, x := range d.Data {
		purposes := d.PurposesOf(x)
		if len(purposes) == 0 {
			continue
		}
		if x.Permission != "" {
			add(x.Permission, x, purposes)
		}
		if (x.Category == "precise-location" || x.Category == "approximate-location") && x.Source == "device" {
			add(PermissionLocation, x, purposes)
		}
		if it := tracked[x]; it != nil && x.Permission == "" {
			// The purposes that track, or, where store.tracking = true
			// says so alone, every purpose of the item.
			because := it.TracksBecause
			if len(because) == 0 {
				because = purposes
			}
			add(PermissionTracking, x, because)
		}
	}
	var out []*PermissionNeed
	for _, p := range Permissions {
		if n := needs[p]; n != nil {
			// Purposes in declaration order, whichever item brought them.
			slices.SortStableFunc(n.Purposes, func(a, b *Purpose) int {
				return slices.Index(d.Purposes, a) - slices.Index(d.Purposes, b)
			})
			out = append(out, n)
		}
	}
	return out
}

// PermissionString is one permission's words in one locale.
type PermissionString struct {
	Permission Permission
	Text       string // plain text: what is used, for what, what the person gets
}

// PermissionStrings returns the words of each permission the declaration
// needs, in the locale: one sentence saying what is used and for which
// purposes, and one saying what the person gets, where the purposes
// declare a benefit. Apple rejects vague purpose strings; these are made
// of the declaration's own labels and benefits.
func PermissionStrings(d *Declaration, l Locale) ([]PermissionString, error) {
	cat, err := locales.Load(string(l))
	if err != nil {
		return nil, err
	}
	b := &builder{d: d, l: l, cat: cat}
	if b.laws, err = d.Laws(); err != nil {
		return nil, err
	}
	var out []PermissionString
	for _, n := range d.PermissionsNeeded() {
		var labels, benefits []string
		for _, p := range n.Purposes {
			labels = append(labels, b.plain(p.Label))
			if !p.Benefit.IsZero() {
				benefits = append(benefits, b.inserted(p.Benefit))
			}
		}
		text := b.msg("phone."+string(n.Permission), "purposes", b.cat.List(labels))
		if len(benefits) > 0 {
			text += " " + b.msg("moments.benefit", "benefit", strings.Join(benefits, " "))
		}
		out = append(out, PermissionString{Permission: n.Permission, Text: PlainText(text)})
	}
	return out, b.err
}

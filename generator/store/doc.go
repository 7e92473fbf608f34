// Package store holds the privacy forms of the app stores as data, one
// file a store: Google Play's Data safety form (play.go) and Apple's App
// Privacy details with the collected-data part of a privacy manifest
// (apple.go).
//
// Each file holds the store's own ids, copied from its published format
// and never derived from labels (Play's ids are irregular: PSL_USER_ACCOUNT
// is "User IDs", PSL_OTHER is "Other financial info"), the crosswalk from
// a declaration's data categories and purpose kinds to the store's types
// and purposes, and the writer of the file the store imports. The
// crosswalk is keyed by the declaration's plain strings, so this package
// imports nothing of package generator: generator derives each label from
// a Declaration and asks this package for ids and bytes, as it asks
// package law for what differs by law.
//
// Sources: reference/store-labels.md of the project's shared references,
// which cites, for each id, the store page or the genuine export it was
// read from.
package store

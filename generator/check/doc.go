// Package check finds what is missing, risky or hard to read in a privacy
// notice before it is published: the elements GDPR, the CCPA and
// Indonesia's UU PDP require, data practices people care about (no data
// without a purpose, advertising only on opt-in, a way to say no), and the
// readability of every rendered document in every locale.
//
// Each rule is a small type in a file of its own that implements [Rule];
// adding a rule is adding a file. A declaration can switch rules off and
// set thresholds in its [check] table.
//
// Findings are indicators for the people who own a notice, not proof of
// compliance: a notice with no finding can still be wrong, and a
// readability score is no substitute for testing a text with its readers.
package check

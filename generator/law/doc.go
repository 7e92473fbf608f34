// Package law holds the privacy laws noticegen writes notices for, as data:
// one file a law (gdpr.go, ukgdpr.go, ccpa.go, uupdp.go), and the GDPR's
// national rules by Member State (gdpr_layers.go).
//
// A law says everything a notice says differently because of it: what a
// notice must contain, its legal bases, rights (with conditions and
// deadlines), whether there is a general right to object, what data it
// treats as sensitive and on what condition it may be processed, the age
// of consent, transfers abroad and the safeguards it accepts, breach
// notice to people, complaints, how fast requests are answered and what
// changing the notice calls for. Each item cites its article and the ids
// of the legal reference it was checked against.
//
// Sentences stay in the catalogs of package locales, under each law's
// keys ([law.gdpr], [law.uu-pdp], …): a law names the key, the catalog
// holds the words. The templates and the view code of package generator
// ask the laws and name none, and the rules of package check read the
// elements a law requires. Adding a law is adding its file here, its
// sentences in the four catalogs, and its tests.
package law

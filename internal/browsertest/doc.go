// Package browsertest checks noticegen's generated pages as people get them:
// every HTML page of every example, in every locale, and the diff redline
// page, loaded in headless Chromium through the DevTools protocol
// (chromedp).
//
// Its tests, all in _test.go files, check that each page
//   - has no WCAG 2.1 AA violation that axe-core finds, in light and dark
//     colour schemes, at phone (390 px) and desktop (1280 px) widths;
//   - runs no script and sends no request beyond loading itself, and that
//     its Content-Security-Policy blocks nothing it ships (so the stylesheet
//     hash is right);
//   - has one h1 and no skipped heading level, no sideways scrolling on a
//     phone, a readable measure on a desktop, and a print layout in black on
//     white without navigation;
//   - is valid HTML for the Nu HTML Checker (vnu).
//
// They save a screenshot of each page at both widths into a temporary
// directory, or into the one NOTICEGEN_SCREENSHOTS names, with the dark
// scheme and print too. Each check also runs on a page made to fail it.
//
// They need Chromium, a Java runtime, and the npm packages pinned in the
// repository's package-lock.json (npm ci --ignore-scripts at the root). A
// test whose tool is missing is skipped and says what to install, unless
// NOTICEGEN_REQUIRE_BROWSER is set, as .ci/run sets it: then it fails. With
// go test -short they are skipped.
package browsertest

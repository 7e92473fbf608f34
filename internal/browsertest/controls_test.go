package browsertest

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// controlPages are pages each made to break what one check of TestPages
// looks for, so that TestChecksCatchProblems shows each check can fail.
// OTHER stands for another origin, STYLEHASH for the CSP hash of the style
// element.
var controlPages = map[string]string{
	// A clean page: every check passes. It is the baseline the others
	// differ from by one fault.
	"clean.html": `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'STYLEHASH'; img-src data:">
<link rel="icon" href="data:,">
<title>Clean</title>
<style>` + controlStyle + `</style>
</head>
<body>
<main>
<h1>Clean</h1>
<p>` + strings.Repeat("A sentence of plain prose, long enough to wrap. ", 6) + `</p>
</main>
</body>
</html>
`,
	// A script runs: no CSP forbids it.
	"script.html": `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>Script</title><style>` + controlStyle + `</style></head>
<body>
<main><h1>Script</h1>
<script>document.body.dataset.ran = "yes";</script>
</main>
</body>
</html>
`,
	// An image from another origin: a request leaves the page.
	"request.html": `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>Request</title><style>` + controlStyle + `</style></head>
<body>
<main><h1>Request</h1><p><img src="OTHER/pixel.png" alt="A pixel"></p></main>
</body>
</html>
`,
	// The CSP names a hash that is not the stylesheet's, so the
	// stylesheet is blocked.
	"csp.html": `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='; img-src data:">
<link rel="icon" href="data:,">
<title>CSP</title>
<style>` + controlStyle + `</style>
</head>
<body><main><h1>CSP</h1></main></body>
</html>
`,
	// Styled for light only: the dark scheme shows the same page.
	"light.html": `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Light</title>
<style>body { margin: 0 auto; max-width: 30em; color: #000; background: #fff; }</style>
</head>
<body><main><h1>Light</h1></main></body>
</html>
`,
	// No lang, an image without a text alternative, and grey on black only
	// in the dark scheme.
	"axe.html": `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Axe</title>
<style>` + controlStyle + `
@media (prefers-color-scheme: dark) { .dim { color: #444; } }
</style>
</head>
<body>
<main><h1>Axe</h1>
<p class="dim">Readable in light, not in dark.</p>
<p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></p>
</main>
</body>
</html>
`,
	// Skipped heading levels, a measure far too long, a wide table on a
	// phone, and nothing for print.
	"layout.html": `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Layout</title>
<style>
body { margin: 0; color: #000; background: #fff; }
@media (prefers-color-scheme: dark) { body { color: #fff; background: #000; } a { color: #9cf; } }
td { white-space: nowrap; }
</style>
</head>
<body>
<nav><a href="#x">Elsewhere</a></nav>
<main>
<h2>No h1</h2>
<h4>Skipped h3</h4>
<p>` + strings.Repeat("A sentence of plain prose, long enough to wrap. ", 40) + `</p>
<p><a href="https://example.com/terms">Terms</a></p>
<table><tr><td>` + strings.Repeat("wide ", 100) + `</td></tr></table>
</main>
</body>
</html>
`,
	// Two groups of actions: one where refusing is smaller and paler
	// than accepting, and one where both are too pale to read.
	"weight.html": `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Weight</title>
<style>` + controlStyle + buttonStyle + `</style>
</head>
<body>
<main>
<h1>Weight</h1>
<section id="unequal" aria-label="Unequal"><div class="actions" role="group" aria-label="Unequal"><button type="button" class="big">Accept all</button> <button type="button" class="small">No</button></div></section>
<section id="pale" aria-label="Pale"><div class="actions" role="group" aria-label="Pale"><button type="button" class="pale">Yes</button> <button type="button" class="pale">No</button></div></section>
</main>
</body>
</html>
`,
}

// controlStyle gives a page light and dark schemes, a readable measure and a
// print layout.
const controlStyle = `body { margin: 0 auto; max-width: 30em; color: #000; background: #fff; font: 17px/1.5 sans-serif; }
@media (prefers-color-scheme: dark) { body { color: #fff; background: #000; } a { color: #9cf; } }
@media print { body { color: #000; background: #fff; } }`

// buttonStyle makes weight.html's buttons unequal: one bigger and bolder,
// two too pale.
const buttonStyle = `
button { font: inherit; width: 8em; height: 2.5em; color: #000; background: #fff; border: 2px solid #000; }
button.big { width: 12em; color: #fff; background: #000; font-weight: 700; }
button.pale { color: #999; background: #fff; border-color: #999; }`

// TestChecksCatchProblems runs the checks of TestPages on pages made to fail
// them, and wants each to report exactly its fault: a check that cannot fail
// would let a broken page through.
func TestChecksCatchProblems(t *testing.T) {
	t.Parallel()
	skipShort(t)
	root := repoRoot(t)
	paths := need(t, chromium(), npmFile(root, "axe-core", "axe.min.js"))
	axeSrc, err := os.ReadFile(paths[1])
	if err != nil {
		t.Fatal(err)
	}
	other := serve(t, t.TempDir())
	dir := t.TempDir()
	sum := sha256.Sum256([]byte(controlStyle))
	hash := "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
	for name, src := range controlPages {
		src = strings.NewReplacer("OTHER", other.URL, "STYLEHASH", hash).Replace(src)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	srv := serve(t, dir)
	ctx := startBrowser(t, paths[0])

	// Each page is screenshot at phone width only, where the layout page
	// is too wide.
	shots := t.TempDir()
	run := func(t *testing.T, name string) *report {
		t.Helper()
		var r *report
		err := withTimeout(ctx, time.Minute, func(ctx context.Context) error {
			var err error
			r, err = inspect(ctx, srv.URL+"/"+name, string(axeSrc), func(v view) string {
				if v != phoneLight {
					return ""
				}
				return filepath.Join(shots, strings.TrimSuffix(name, ".html")+".png")
			})
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	axeIDs := func(r *report, v view) []string {
		var ids []string
		for _, x := range r.Axe[v.Name] {
			ids = append(ids, x.ID)
		}
		slices.Sort(ids)
		return ids
	}
	// clean reports nothing; each other page is compared with it.
	wantClean := func(t *testing.T, r *report, except ...string) {
		t.Helper()
		if !slices.Contains(except, "shipped") && len(r.Shipped) > 0 {
			t.Errorf("as shipped: %q, want nothing", r.Shipped)
		}
		for _, v := range r.Views {
			if !slices.Contains(except, "axe") && len(r.Axe[v]) > 0 {
				t.Errorf("axe-core at %s: %v, want nothing", v, r.Axe[v])
			}
			if !slices.Contains(except, "layout") && len(r.Problems[v]) > 0 {
				t.Errorf("at %s: %q, want nothing", v, r.Problems[v])
			}
		}
	}

	t.Run("clean", func(t *testing.T) {
		r := run(t, "clean.html")
		wantClean(t, r)
		if want := []string{"phone-light", "desktop-light", "phone-dark", "desktop-dark", "print"}; !slices.Equal(r.Views, want) {
			t.Errorf("views %q, want %q", r.Views, want)
		}
	})
	t.Run("script", func(t *testing.T) {
		r := run(t, "script.html")
		wantClean(t, r, "shipped")
		want := []string{"script ran: " + srv.URL + "/script.html:8:9 (34 characters)"}
		if !slices.Equal(r.Shipped, want) {
			t.Errorf("as shipped: %q, want %q", r.Shipped, want)
		}
	})
	t.Run("request", func(t *testing.T) {
		other.takeRequests()
		r := run(t, "request.html")
		wantClean(t, r, "shipped")
		want := []string{"request left the page: " + other.URL + "/pixel.png (parser)"}
		if !slices.Equal(r.Shipped, want) {
			t.Errorf("as shipped: %q, want %q", r.Shipped, want)
		}
		if got := other.takeRequests(); !slices.Equal(got, []string{"/pixel.png"}) {
			t.Errorf("the other origin got %q, want /pixel.png", got)
		}
	})
	t.Run("csp", func(t *testing.T) {
		r := run(t, "csp.html")
		wantClean(t, r, "shipped", "layout")
		want := []string{"blocked by the Content-Security-Policy: style-src-elem at " + srv.URL + "/csp.html:9:8"}
		if !slices.Equal(r.Shipped, want) {
			t.Errorf("as shipped: %q, want %q", r.Shipped, want)
		}
	})
	t.Run("axe", func(t *testing.T) {
		r := run(t, "axe.html")
		wantClean(t, r, "axe")
		light := []string{"html-has-lang", "image-alt"}
		dark := []string{"color-contrast", "html-has-lang", "image-alt"}
		for _, c := range []struct {
			v    view
			want []string
		}{{phoneLight, light}, {desktopLight, light}, {phoneDark, dark}, {desktopDark, dark}} {
			if got := axeIDs(r, c.v); !slices.Equal(got, c.want) {
				t.Errorf("axe-core at %s: %q, want %q", c.v.Name, got, c.want)
			}
		}
	})
	t.Run("light", func(t *testing.T) {
		r := run(t, "light.html")
		want := []string{"the background is rgb(255, 255, 255) in both light and dark schemes"}
		if !slices.Equal(r.Problems["desktop-dark"], want) {
			t.Errorf("at desktop-dark: %q, want %q", r.Problems["desktop-dark"], want)
		}
		r.Problems["desktop-dark"] = nil
		wantClean(t, r)
	})
	t.Run("weight", func(t *testing.T) {
		r := run(t, "weight.html")
		wantClean(t, r, "axe", "layout")
		// The sizes are 12em and 8em wide, 2.5em high at 17 px.
		want := []string{
			"unequal: Accept all is 204×43 and No 136×43",
			"unequal: Accept all is styled rgb(255, 255, 255) rgb(0, 0, 0) rgb(0, 0, 0) 2px 17px 700 and No rgb(0, 0, 0) rgb(255, 255, 255) rgb(0, 0, 0) 2px 17px 400",
			"pale: Yes has a contrast of 2.85:1, want 4.5:1",
			"pale: No has a contrast of 2.85:1, want 4.5:1",
		}
		for _, v := range []view{phoneLight, desktopLight, phoneDark, desktopDark} {
			if got := r.Problems[v.Name]; !slices.Equal(got, want) {
				t.Errorf("at %s:\n%s\nwant\n%s", v.Name, strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		}
		// The pale buttons fail axe-core's contrast rule too.
		if got := axeIDs(r, desktopLight); !slices.Equal(got, []string{"color-contrast"}) {
			t.Errorf("axe-core at desktop-light: %q, want color-contrast", got)
		}
	})
	t.Run("layout", func(t *testing.T) {
		r := run(t, "layout.html")
		wantClean(t, r, "layout")
		wide := []string{
			`wider than the screen: table: "wide wide wide wide wide wide wide wide "`,
			`wider than the screen: tbody: "wide wide wide wide wide wide wide wide "`,
			`wider than the screen: tr: "wide wide wide wide wide wide wide wide "`,
			`wider than the screen: td: "wide wide wide wide wide wide wide wide "`,
		}
		want := map[string][]string{
			"phone-light": append([]string{"the screenshot is N×N pixels, want 390 wide and at least 422 high"}, wide...),
			"phone-dark":  wide,
			"desktop-light": {
				"headings [2 4] do not start with an h1",
				"headings [2 4] have 0 h1, want 1",
				"headings [2 4]: an h4 follows an h2",
				// The count depends on the font; the page is 1280 px
				// wide, so it is well over 75.
				"paragraphs hold N characters a line, want 60 to 75",
			},
			"print": {
				"text prints rgb(255, 255, 255) on rgb(0, 0, 0), want rgb(0, 0, 0) on rgb(255, 255, 255)",
				"nav prints",
				"the link to https://example.com/terms prints without its address",
				"1 table rows or list items may break across pages, such as a tr",
			},
		}
		// Counts that depend on the font are checked for their size, then
		// compared as N.
		count := regexp.MustCompile(`hold (\d+) characters`)
		size := regexp.MustCompile(`is (\d+)×(\d+) pixels`)
		for _, v := range r.Views {
			got := slices.Clone(r.Problems[v])
			for i, p := range got {
				if m := count.FindStringSubmatch(p); m != nil {
					if n, _ := strconv.Atoi(m[1]); n <= 150 {
						t.Errorf("at %s: %s, want over 150 at 1280 px", v, p)
					}
					got[i] = count.ReplaceAllString(p, "hold N characters")
				}
				if m := size.FindStringSubmatch(p); m != nil {
					if w, _ := strconv.Atoi(m[1]); w <= 390 {
						t.Errorf("at %s: %s, want wider than 390", v, p)
					}
					got[i] = size.ReplaceAllString(p, "is N×N pixels")
				}
			}
			if !slices.Equal(got, want[v]) {
				t.Errorf("at %s:\n got %q\nwant %q", v, got, want[v])
			}
		}
	})
}

package browsertest

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// TestPages loads every generated page in Chromium and checks it as shipped
// (no script runs, no request leaves the page, the CSP blocks nothing), then
// with axe-core at phone and desktop widths in light and dark schemes, its
// headings, its width on a phone, its measure on a desktop and its print
// layout. It saves a screenshot of each page as shipped at phone and
// desktop widths, and when NOTICEGEN_SCREENSHOTS names where, in the dark
// scheme and in print too.
func TestPages(t *testing.T) {
	t.Parallel()
	skipShort(t)
	root := repoRoot(t)
	paths := need(t, chromium(), npmFile(root, "axe-core", "axe.min.js"))
	axeSrc, err := os.ReadFile(paths[1])
	if err != nil {
		t.Fatal(err)
	}
	pages := examplePages(t, root)
	shots := screenshotDir(t)
	// Dark and print screenshots cost time, so they are taken only for
	// someone who asked to see them.
	allShots := os.Getenv("NOTICEGEN_SCREENSHOTS") != ""
	srv := serve(t, filepath.Join(root, "examples"))
	ctx := startBrowser(t, paths[0])
	start, checked := time.Now(), 0
	for _, p := range pages {
		t.Run(p.Name(), func(t *testing.T) {
			checked++
			checkPage(t, ctx, srv, p, string(axeSrc), shots, allShots)
		})
	}
	t.Logf("%d pages checked in %s; screenshots in %s", checked, time.Since(start).Round(time.Millisecond), shots)
}

// checkPage inspects one page and reports each problem as an error of t:
// what it did as shipped, axe-core's violations and the layout problems of
// every view, and any request the server got beyond the page.
func checkPage(t *testing.T, ctx context.Context, srv *server, p pagePath, axeSrc, shots string, allShots bool) {
	srv.takeRequests()
	var r *report
	err := withTimeout(ctx, 2*time.Minute, func(ctx context.Context) error {
		var err error
		r, err = inspect(ctx, srv.URL+"/"+string(p), axeSrc, func(v view) string {
			if (v.Scheme == "dark" || v.Print) && !allShots {
				return ""
			}
			return shotPath(shots, p, v)
		})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range r.Shipped {
		t.Error(f)
	}
	for _, v := range r.Views {
		for _, x := range r.Axe[v] {
			t.Errorf("axe-core at %s: %s", v, x)
		}
		for _, x := range r.Problems[v] {
			t.Errorf("at %s: %s", v, x)
		}
	}
	if got, want := srv.takeRequests(), []string{"/" + string(p)}; !slices.Equal(got, want) {
		t.Errorf("the server got requests for %q, want only %q", got, want)
	}
}

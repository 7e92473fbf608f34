package browsertest

import (
	"bytes"
	"context"
	"fmt"
	"image/png"
	"io/fs"
	"math"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/audits"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/debugger"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// startBrowser starts headless Chromium at path for the test and returns
// the context of one tab in it. The browser stops when the test ends.
func startBrowser(t *testing.T, path string) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("lang", "en-GB"),
	)
	if os.Geteuid() == 0 {
		// Chromium refuses to start its sandbox as root, as in CI containers.
		opts = append(opts, chromedp.NoSandbox)
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancelAlloc)
	ctx, cancelTab := chromedp.NewContext(actx)
	t.Cleanup(cancelTab)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting %s: %v", path, err)
	}
	return ctx
}

// server serves a directory on a loopback address, and records the path of
// every request it gets.
type server struct {
	*httptest.Server
	mu    sync.Mutex
	paths []string
}

// serve serves the files under dir for the test. Unlike http.FileServer, it
// serves index.html as it is asked for, with no redirect to its directory,
// so that loading a page makes one request.
func serve(t *testing.T, dir string) *server {
	t.Helper()
	s := &server{}
	root := os.DirFS(dir)
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.paths = append(s.paths, r.URL.Path)
		s.mu.Unlock()
		name := strings.TrimPrefix(r.URL.Path, "/")
		b, err := fs.ReadFile(root, name)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(b))
	}))
	t.Cleanup(s.Close)
	return s
}

// takeRequests returns the paths requested since the last call.
func (s *server) takeRequests() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	p := s.paths
	s.paths = nil
	return p
}

// recorder collects, while a page is open, what the page does beyond
// showing itself: requests other than for the page, scripts, blocked
// content and errors.
type recorder struct {
	url string

	mu        sync.Mutex
	arrived   bool // the main frame has navigated to url
	debugging bool // scripts parsed now are the page's own
	requests  []string
	scripts   []string
	blocked   []string
	errors    []string
}

func (r *recorder) event(ev any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	switch ev := ev.(type) {
	case *page.EventFrameNavigated:
		if ev.Frame.ParentID == "" {
			r.arrived = ev.Frame.URL == r.url
		}
	case *network.EventRequestWillBeSent:
		if ev.Request.URL != r.url {
			r.requests = append(r.requests, fmt.Sprintf("%s (%s)", ev.Request.URL, ev.Initiator.Type))
		}
	case *debugger.EventScriptParsed:
		if r.arrived && r.debugging {
			r.scripts = append(r.scripts, fmt.Sprintf("%s:%d:%d (%d characters)", ev.URL, ev.StartLine+1, ev.StartColumn+1, ev.Length))
		}
	case *audits.EventIssueAdded:
		if d := ev.Issue.Details.ContentSecurityPolicyIssueDetails; d != nil {
			where := ""
			if l := d.SourceCodeLocation; l != nil {
				where = fmt.Sprintf(" at %s:%d:%d", l.URL, l.LineNumber+1, l.ColumnNumber+1)
			}
			what := d.ViolatedDirective
			if d.BlockedURL != "" {
				what += " blocking " + d.BlockedURL
			}
			r.blocked = append(r.blocked, what+where)
		}
	case *runtime.EventExceptionThrown:
		r.errors = append(r.errors, "exception: "+ev.ExceptionDetails.Text)
	}
}

// findings returns what the recorder saw, as one line each.
func (r *recorder) findings() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []string
	for _, s := range r.requests {
		out = append(out, "request left the page: "+s)
	}
	for _, s := range r.scripts {
		out = append(out, "script ran: "+s)
	}
	for _, s := range r.blocked {
		out = append(out, "blocked by the Content-Security-Policy: "+s)
	}
	out = append(out, r.errors...)
	return out
}

// open loads url in the tab as it is shipped: nothing injected, with the
// debugger on so that any script the page runs is seen, and every request
// and CSP report recorded until stop is called.
func open(ctx context.Context, url string) (r *recorder, stop func(), err error) {
	r = &recorder{url: url}
	lctx, cancel := context.WithCancel(ctx)
	if err := chromedp.Listen(lctx, r.event); err != nil {
		cancel()
		return nil, nil, err
	}
	defer func() {
		if err != nil {
			cancel()
		}
	}()
	r.mu.Lock()
	r.debugging = true
	r.mu.Unlock()
	if _, err := chromedp.Call(ctx, debugger.Enable, debugger.EnableParams{}); err != nil {
		return nil, nil, err
	}
	if _, err := chromedp.Call(ctx, audits.Enable, cdp.Empty{}); err != nil {
		return nil, nil, err
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		return nil, nil, fmt.Errorf("loading %s: %w", url, err)
	}
	// From here on, the test runs its own scripts in the page.
	if _, err := chromedp.Call(ctx, debugger.Disable, cdp.Empty{}); err != nil {
		return nil, nil, err
	}
	r.mu.Lock()
	r.debugging = false
	r.mu.Unlock()
	return r, cancel, nil
}

// A view is how the page is looked at: a width, a colour scheme, and screen
// or print.
type view struct {
	Name          string // as in screenshot file names: "phone-dark"
	Width, Height int64
	Mobile        bool
	Scheme        string // prefers-color-scheme: "light" or "dark"
	Print         bool
}

var (
	phoneLight   = view{Name: "phone-light", Width: 390, Height: 844, Mobile: true, Scheme: "light"}
	phoneDark    = view{Name: "phone-dark", Width: 390, Height: 844, Mobile: true, Scheme: "dark"}
	desktopLight = view{Name: "desktop-light", Width: 1280, Height: 800, Scheme: "light"}
	desktopDark  = view{Name: "desktop-dark", Width: 1280, Height: 800, Scheme: "dark"}
	// printDark prints from a browser set to dark: the paper is still white.
	printDark = view{Name: "print", Width: 794, Height: 1123, Scheme: "dark", Print: true}
)

// show sets the tab to the view.
func show(ctx context.Context, v view) error {
	opts := []chromedp.EmulateViewportOption{chromedp.EmulatePortrait}
	if v.Mobile {
		opts = append(opts, chromedp.EmulateMobile, chromedp.EmulateTouch)
	}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(v.Width, v.Height, opts...)); err != nil {
		return err
	}
	media := ""
	if v.Print {
		media = "print"
	}
	_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Media:    media,
		Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: v.Scheme}},
	})
	return err
}

// screenshot saves a PNG of the whole page, as it shows at the current view,
// to path, and returns its size in pixels.
func screenshot(ctx context.Context, path string) (width, height int, err error) {
	m, err := chromedp.Call(ctx, page.GetLayoutMetrics, cdp.Empty{})
	if err != nil {
		return 0, 0, err
	}
	size := m.CSSContentSize
	res, err := chromedp.Call(ctx, page.CaptureScreenshot, page.CaptureScreenshotParams{
		Format:                page.CaptureScreenshotFormatPng,
		CaptureBeyondViewport: new(true),
		OptimizeForSpeed:      new(true),
		Clip:                  &page.Viewport{Width: math.Ceil(size.Width), Height: math.Ceil(size.Height), Scale: 1},
	})
	if err != nil {
		return 0, 0, err
	}
	img, err := png.DecodeConfig(bytes.NewReader(res.Data))
	if err != nil {
		return 0, 0, fmt.Errorf("screenshot is not a PNG: %w", err)
	}
	if err := os.WriteFile(path, res.Data, 0o644); err != nil {
		return 0, 0, err
	}
	return img.Width, img.Height, nil
}

// axeViolation is one rule that axe-core found broken, with the elements
// that break it.
type axeViolation struct {
	ID     string `json:"id"`
	Impact string `json:"impact"`
	Help   string `json:"help"`
	Nodes  []struct {
		Target  string `json:"target"`
		HTML    string `json:"html"`
		Summary string `json:"summary"`
	} `json:"nodes"`
}

func (v axeViolation) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s): %s", v.ID, v.Impact, v.Help)
	for _, n := range v.Nodes {
		fmt.Fprintf(&b, "\n\t\t%s: %s\n\t\t\t%s", n.Target, n.HTML, strings.ReplaceAll(n.Summary, "\n", "\n\t\t\t"))
	}
	return b.String()
}

// wcagTags are the axe-core rule tags of WCAG 2.1 level AA.
var wcagTags = []string{"wcag2a", "wcag2aa", "wcag21a", "wcag21aa"}

// injectAxe evaluates axe-core in the page through the DevTools protocol,
// which the page's Content-Security-Policy does not govern.
func injectAxe(ctx context.Context, src string) error {
	if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](src)); err != nil {
		return err
	}
	v, err := chromedp.Run(ctx, chromedp.Evaluate[string](`axe.version`))
	if err != nil {
		return fmt.Errorf("axe-core did not load: %w", err)
	}
	if v == "" {
		return fmt.Errorf("axe-core did not load: no axe.version")
	}
	return nil
}

// runAxe runs axe-core's WCAG 2.1 AA rules on the page as it shows now.
func runAxe(ctx context.Context) ([]axeViolation, error) {
	tags := `["` + strings.Join(wcagTags, `", "`) + `"]`
	return chromedp.Run(ctx, chromedp.Evaluate[[]axeViolation](`axe.run(document, {
		runOnly: {type: "tag", values: `+tags+`},
		resultTypes: ["violations"],
	}).then(r => r.violations.map(v => ({
		id: v.id, impact: v.impact || "", help: v.help,
		nodes: v.nodes.map(n => ({target: n.target.join(" "), html: n.html, summary: n.failureSummary || ""})),
	})))`, chromedp.EvalAwaitPromise))
}

// withTimeout runs f with a context that ends after d, so that a hung
// browser fails the test instead of stalling it.
func withTimeout(ctx context.Context, d time.Duration, f func(ctx context.Context) error) error {
	tctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	return f(tctx)
}

// shotPath returns the path of the screenshot of a page at a view.
func shotPath(dir string, p pagePath, v view) string {
	return filepath.Join(dir, p.Name()+"-"+v.Name+".png")
}

// report is what inspect found wrong with a page.
type report struct {
	// Shipped lists what the page did as shipped beyond showing itself:
	// requests that left it, scripts that ran, content its CSP blocked,
	// exceptions.
	Shipped []string
	// Views names the views looked at, in order; Axe and Problems hold, by
	// view, axe-core's violations and the layout problems found there.
	Views    []string
	Axe      map[string][]axeViolation
	Problems map[string][]string
}

func (r *report) add(v view, problems []string) {
	if !slices.Contains(r.Views, v.Name) {
		r.Views = append(r.Views, v.Name)
	}
	r.Problems[v.Name] = append(r.Problems[v.Name], problems...)
}

// inspect loads the page at url as shipped and screenshots it, then injects
// axe-core and checks the page at phone and desktop widths in light and dark
// schemes, and in print. shotTo returns where to save the screenshot at a
// view, or "" for none.
func inspect(ctx context.Context, url, axeSrc string, shotTo func(view) string) (*report, error) {
	r := &report{Axe: map[string][]axeViolation{}, Problems: map[string][]string{}}
	if err := show(ctx, desktopLight); err != nil {
		return nil, err
	}
	rec, stop, err := open(ctx, url)
	if err != nil {
		return nil, err
	}
	defer stop()
	shoot := func(v view) error {
		path := shotTo(v)
		if path == "" {
			return nil
		}
		w, h, err := screenshot(ctx, path)
		if err != nil {
			return fmt.Errorf("screenshot at %s: %w", v.Name, err)
		}
		if int64(w) != v.Width || int64(h) < v.Height/2 {
			r.add(v, []string{fmt.Sprintf("the screenshot is %d×%d pixels, want %d wide and at least %d high", w, h, v.Width, v.Height/2)})
		}
		return nil
	}

	// The page as shipped, before anything is injected.
	for _, v := range []view{desktopLight, phoneLight} {
		if err := show(ctx, v); err != nil {
			return nil, err
		}
		if err := shoot(v); err != nil {
			return nil, err
		}
	}

	if err := injectAxe(ctx, axeSrc); err != nil {
		return nil, err
	}
	backgrounds := map[string]string{}
	for _, v := range []view{phoneLight, desktopLight, phoneDark, desktopDark} {
		if err := show(ctx, v); err != nil {
			return nil, err
		}
		if v.Scheme == "dark" {
			if err := shoot(v); err != nil {
				return nil, err
			}
		}
		vs, err := runAxe(ctx)
		if err != nil {
			return nil, fmt.Errorf("axe-core at %s: %w", v.Name, err)
		}
		r.Axe[v.Name] = vs
		r.add(v, nil)
		if backgrounds[v.Scheme], err = backgroundColor(ctx); err != nil {
			return nil, err
		}
		weight, err := equalWeight(ctx)
		if err != nil {
			return nil, err
		}
		r.add(v, weight)
		if v.Mobile {
			wide, err := sidewaysScroll(ctx)
			if err != nil {
				return nil, err
			}
			r.add(v, wide)
		}
	}
	// The dark runs checked a dark page, not the light one again.
	if backgrounds["light"] == backgrounds["dark"] {
		r.add(desktopDark, []string{fmt.Sprintf("the background is %s in both light and dark schemes", backgrounds["dark"])})
	}

	if err := show(ctx, desktopLight); err != nil {
		return nil, err
	}
	for _, check := range []func(context.Context) ([]string, error){headingOrder, measure} {
		problems, err := check(ctx)
		if err != nil {
			return nil, err
		}
		r.add(desktopLight, problems)
	}
	if err := show(ctx, printDark); err != nil {
		return nil, err
	}
	if err := shoot(printDark); err != nil {
		return nil, err
	}
	problems, err := printLayout(ctx)
	if err != nil {
		return nil, err
	}
	r.add(printDark, problems)

	stop()
	r.Shipped = rec.findings()
	return r, nil
}

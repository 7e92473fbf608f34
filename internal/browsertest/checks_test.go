package browsertest

import (
	"context"
	"fmt"

	"github.com/chromedp/chromedp"
)

// Each check looks at the page in the tab as it shows now, and returns what
// is wrong with it, one problem a line; an error means it could not look.

// sidewaysScroll lists the elements that reach past the right edge of the
// screen, which make a reader scroll sideways.
func sidewaysScroll(ctx context.Context) ([]string, error) {
	wide, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll("body *")]
		.filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
		.map(e => e.tagName.toLowerCase() + (e.className ? "." + e.className : "") + ": " + JSON.stringify((e.textContent || "").trim().slice(0, 40)))`))
	if err != nil {
		return nil, err
	}
	var out []string
	for _, w := range wide {
		out = append(out, "wider than the screen: "+w)
	}
	return out, nil
}

// headingOrder wants one h1, first, and no heading more than one level below
// the heading before it.
func headingOrder(ctx context.Context) ([]string, error) {
	levels, err := chromedp.Run(ctx, chromedp.Evaluate[[]int](`[...document.querySelectorAll("h1, h2, h3, h4, h5, h6")].map(h => +h.tagName[1])`))
	if err != nil {
		return nil, err
	}
	var out []string
	ones := 0
	for _, l := range levels {
		if l == 1 {
			ones++
		}
	}
	if len(levels) == 0 || levels[0] != 1 {
		out = append(out, fmt.Sprintf("headings %v do not start with an h1", levels))
	}
	if ones != 1 {
		out = append(out, fmt.Sprintf("headings %v have %d h1, want 1", levels, ones))
	}
	for i := 1; i < len(levels); i++ {
		if levels[i] > levels[i-1]+1 {
			out = append(out, fmt.Sprintf("headings %v: an h%d follows an h%d", levels, levels[i], levels[i-1]))
		}
	}
	return out, nil
}

// Measure bounds, in characters a line, for paragraphs on a desktop: the
// 45–75 of typographic practice (Bringhurst, The Elements of Typographic
// Style, 2.1.2), and at least 60 on a wide screen, so that a notice does
// not run long and narrow.
const minMeasure, maxMeasure = 60, 75

// measure wants paragraphs of prose to hold between minMeasure and
// maxMeasure characters a line. A line holds the paragraph's width divided
// by the mean width of its characters, set on one line in the paragraph's
// own font. Paragraphs shorter than two such lines are left out.
func measure(ctx context.Context) ([]string, error) {
	measures, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](`[...document.querySelectorAll("main p")].flatMap(p => {
		const text = p.textContent.replace(/\s+/g, " ").trim();
		if (text.length < 2 * 75) return [];
		const s = document.createElement("span");
		s.style.whiteSpace = "pre";
		s.textContent = text;
		p.append(s);
		const perChar = s.getBoundingClientRect().width / text.length;
		s.remove();
		return [p.clientWidth / perChar];
	})`))
	if err != nil {
		return nil, err
	}
	var out []string
	for _, m := range measures {
		if m < minMeasure || m > maxMeasure {
			out = append(out, fmt.Sprintf("paragraphs hold %.0f characters a line, want %d to %d", m, minMeasure, maxMeasure))
			break
		}
	}
	return out, nil
}

// printLayout wants, in print, black text on white, no navigation or skip
// link, the address after each link out of the notice (web, mail,
// telephone) whose text is not that address, and table rows and list items
// kept whole on a page.
func printLayout(ctx context.Context) ([]string, error) {
	type printed struct {
		Color, Background string
		Shown             []string // navigation and skip links that print
		Bare              []string // web links printed without their address
		Broken            []string // rows and list items that may break across pages
	}
	got, err := chromedp.Run(ctx, chromedp.Evaluate[printed](`(() => {
		const css = e => getComputedStyle(e);
		const tag = e => e.tagName.toLowerCase() + (e.className ? "." + e.className : "");
		return {
			Color: css(document.body).color,
			Background: css(document.body).backgroundColor,
			Shown: [...document.querySelectorAll("nav, .skip")].filter(e => e.getClientRects().length > 0).map(tag),
			Bare: [...document.querySelectorAll("main a[href]")].filter(a => {
				const href = a.getAttribute("href");
				const m = href.match(/^(https?:\/\/|mailto:|tel:)(.+?)\/?$/i);
				if (!m) return false; // a link within the notice
				const plain = s => (/^tel:/i.test(href) ? s.replace(/[\s.()-]/g, "") : s).toLowerCase();
				if (plain(a.textContent.trim()) === plain(m[2])) return false; // the text is the address
				return !getComputedStyle(a, "::after").content.includes(href);
			}).map(a => a.getAttribute("href")),
			Broken: [...document.querySelectorAll("tr, main li")].filter(e => css(e).breakInside !== "avoid").map(tag),
		};
	})()`))
	if err != nil {
		return nil, err
	}
	var out []string
	if got.Color != "rgb(0, 0, 0)" || got.Background != "rgb(255, 255, 255)" {
		out = append(out, fmt.Sprintf("text prints %s on %s, want rgb(0, 0, 0) on rgb(255, 255, 255)", got.Color, got.Background))
	}
	for _, s := range got.Shown {
		out = append(out, s+" prints")
	}
	for _, s := range got.Bare {
		out = append(out, "the link to "+s+" prints without its address")
	}
	if len(got.Broken) > 0 {
		out = append(out, fmt.Sprintf("%d table rows or list items may break across pages, such as a %s", len(got.Broken), got.Broken[0]))
	}
	return out, nil
}

// backgroundColor returns the computed background colour of the body.
func backgroundColor(ctx context.Context) (string, error) {
	return chromedp.Run(ctx, chromedp.Evaluate[string](`getComputedStyle(document.body).backgroundColor`))
}

// equalWeight wants the buttons of each group of actions (a moment's
// "Allow" and "Don't allow") to carry the same weight, as measured on the
// screen: the same width and height, the same colours, border and font,
// and text that contrasts with its background by at least 4.5:1 (WCAG 2.2,
// 1.4.3), the same for both. Refusing must be as easy to see and to press
// as accepting (EDPB Guidelines 03/2022; CCPA Regulations §7004(a)(2)).
func equalWeight(ctx context.Context) ([]string, error) {
	return chromedp.Run(ctx, chromedp.Evaluate[[]string](`(() => {
		const rgb = s => (s.match(/[\d.]+/g) || []).slice(0, 3).map(Number);
		const lum = c => {
			const [r, g, b] = c.map(v => { v /= 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
			return 0.2126 * r + 0.7152 * g + 0.0722 * b;
		};
		// The background a button shows: its own, or the first opaque one
		// behind it.
		const background = e => {
			for (; e; e = e.parentElement) {
				const c = getComputedStyle(e).backgroundColor;
				if (!/rgba\(.*,\s*0\)$/.test(c) && c !== "transparent") return c;
			}
			return "rgb(255, 255, 255)";
		};
		const out = [];
		for (const group of document.querySelectorAll(".actions")) {
			const buttons = [...group.querySelectorAll("button")];
			const name = (group.closest("[id]") || group).id;
			if (buttons.length !== 2) {
				out.push(name + ": " + buttons.length + " buttons, want 2");
				continue;
			}
			const looks = buttons.map(b => {
				const s = getComputedStyle(b), r = b.getBoundingClientRect();
				const fg = rgb(s.color), bg = rgb(background(b));
				const [hi, lo] = [lum(fg), lum(bg)].sort((x, y) => y - x);
				return {
					label: b.textContent.trim(),
					size: Math.round(r.width) + "×" + Math.round(r.height),
					style: [s.color, background(b), s.borderTopColor, s.borderTopWidth, s.fontSize, s.fontWeight].join(" "),
					contrast: (hi + 0.05) / (lo + 0.05),
				};
			});
			const [a, b] = looks;
			if (a.size !== b.size) out.push(name + ": " + a.label + " is " + a.size + " and " + b.label + " " + b.size);
			if (a.style !== b.style) out.push(name + ": " + a.label + " is styled " + a.style + " and " + b.label + " " + b.style);
			for (const x of looks) {
				if (x.contrast < 4.5) out.push(name + ": " + x.label + " has a contrast of " + x.contrast.toFixed(2) + ":1, want 4.5:1");
			}
			if (Math.abs(a.contrast - b.contrast) > 0.01) out.push(name + ": " + a.label + " has a contrast of " + a.contrast.toFixed(2) + ":1 and " + b.label + " " + b.contrast.toFixed(2) + ":1");
		}
		return out;
	})()`))
}

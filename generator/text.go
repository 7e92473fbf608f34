package generator

// Text is a piece of declaration prose in every locale of the notice.
// It may use inline Markdown: emphasis, code and links. Raw HTML is never
// rendered; see [InlineMarkdown].
type Text map[Locale]string

// In returns the text in the locale, or "" when there is none.
func (t Text) In(l Locale) string { return t[l] }

// IsZero reports whether the text is absent.
func (t Text) IsZero() bool { return len(t) == 0 }

package locales

// PluralForm returns the CLDR plural category of a whole number n in the
// locale: "one", "many" or "other". The rules are CLDR's for integers
// (go-i18n's rule_gen.go has the same):
//
//   - en: one when n is 1.
//   - fr: one when n is 0 or 1; many for non-zero multiples of a million.
//   - es: one when n is 1; many for non-zero multiples of a million.
//   - id: a single form, other.
//
// An unknown locale gets the English rule.
func PluralForm(locale string, n int) string {
	if n < 0 {
		n = -n
	}
	switch locale {
	case "id":
		return "other"
	case "fr":
		if n == 0 || n == 1 {
			return "one"
		}
		if n%1_000_000 == 0 {
			return "many"
		}
		return "other"
	case "es":
		if n == 1 {
			return "one"
		}
		if n != 0 && n%1_000_000 == 0 {
			return "many"
		}
		return "other"
	}
	if n == 1 {
		return "one"
	}
	return "other"
}

package generator

import "strings"

// syllablesES counts the syllables of a Spanish word by its vowel nuclei.
// Spanish spelling is regular: a, e, o are strong vowels and i, u (ü) weak;
// two strong vowels are two syllables (le-er, a-é-re-o), a weak vowel beside
// another vowel forms a diphthong or triphthong with it (cien, buey), unless
// the weak vowel carries an accent (pa-ís, dí-a). The u of que, qui, gue
// and gui is silent, and a final y after a vowel closes a diphthong (hoy,
// muy). This is the rule set of Cuayáhuitl (2004), on which syllabifiers
// such as silabeador (99.8% on the EDFU corpus) build.
func syllablesES(w string) int {
	rs := []rune(w)
	n := 0
	var prev rune // the previous vowel, 0 after a consonant
	for i, r := range rs {
		if r == 'u' && i > 0 && (rs[i-1] == 'q' || rs[i-1] == 'g') && i+1 < len(rs) && (rs[i+1] == 'e' || rs[i+1] == 'i' || rs[i+1] == 'é' || rs[i+1] == 'í') {
			continue // silent u: que, guiar
		}
		if r == 'y' {
			if i == len(rs)-1 && prev != 0 {
				continue // hoy, muy: part of the diphthong
			}
			if len(rs) == 1 {
				return 1 // the conjunction y
			}
			prev = 0 // a consonant elsewhere: ya, mayo
			continue
		}
		if !isVowelES(r) {
			prev = 0
			continue
		}
		if prev == 0 || hiatusES(prev, r) {
			n++
		}
		prev = r
	}
	if n == 0 {
		return 1
	}
	return n
}

func isVowelES(r rune) bool { return strings.ContainsRune("aeiouáéíóúü", r) }

// hiatusES reports whether two adjacent vowels belong to different
// syllables: both strong, or either an accented weak vowel.
func hiatusES(a, b rune) bool {
	strong := func(r rune) bool { return strings.ContainsRune("aeoáéó", r) }
	accentedWeak := func(r rune) bool { return r == 'í' || r == 'ú' }
	return strong(a) && strong(b) || accentedWeak(a) || accentedWeak(b)
}

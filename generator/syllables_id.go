package generator

import "strings"

// syllablesID counts the syllables of an Indonesian word. The spelling is
// transparent: every vowel letter (a, i, u, e, o) is a syllable nucleus, so
// da-un, ma-in and du-a have two. The diphthongs ai, au, oi and ei are one
// nucleus at the end of a word (pan-tai, pu-lau, se-poi), where they
// usually are one sound.
func syllablesID(w string) int {
	rs := []rune(w)
	n := 0
	for _, r := range rs {
		if strings.ContainsRune("aiueoéè", r) {
			n++
		}
	}
	if len(rs) >= 3 {
		switch string(rs[len(rs)-2:]) {
		case "ai", "au", "oi", "ei":
			// Final diphthong, unless the word is only that pair after a
			// consonant-free start (a-i is two).
			n--
		}
	}
	if n == 0 {
		return 1
	}
	return n
}

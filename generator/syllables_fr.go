package generator

import "strings"

const frVowels = "aeiouyàâäéèêëîïôöùûüÿœæ"

func isVowelFR(r rune) bool { return strings.ContainsRune(frVowels, r) }

// syllablesFR counts the written syllables of a French word: groups of
// vowels (oi, eau, ou, ai are one), with é before another vowel starting a
// new syllable (cré-er, ré-el), the u of qu and gu before a vowel read as
// part of the consonant, and the mute endings dropped: a final -e or -es
// after a consonant (don-née, per-son-nelle) and the -ent of third-person
// plural verbs (ils traitent). Whether -ent is a verb ending cannot be told
// from spelling (client, souvent, moment are not), so nouns, adjectives
// and adverbs in -ent that are common in notices are listed in frEnt.
// Kandel and Moles do not say whether they counted the mute e; noticegen
// never counts a final one, so scores stay comparable between versions.
func syllablesFR(w string) int {
	if n, ok := frSyllables[w]; ok {
		return n
	}
	rs := []rune(w)
	// Drop an elided article or pronoun: l'adresse, d'un, qu'il.
	for i, r := range rs {
		if r == '\'' || r == '’' {
			rs = rs[i+1:]
			break
		}
	}
	n := len(rs)
	if n == 0 {
		return 0
	}
	end := n
	word := string(rs)
	switch {
	case strings.HasSuffix(word, "ent") && n > 4 && !isVowelFR(rs[n-4]) && verbEnt(word):
		end = n - 3 // ils traitent: one syllable, trait
	case strings.HasSuffix(word, "es") && n > 3 && !isVowelFR(rs[n-3]):
		end = n - 2
	case strings.HasSuffix(word, "e") && n > 2 && (!isVowelFR(rs[n-2]) || strings.HasSuffix(word, "que") || strings.HasSuffix(word, "gue")):
		end = n - 1
	}
	count := 0
	prev := false
	for i := 0; i < end; i++ {
		r := rs[i]
		v := isVowelFR(r)
		if r == 'u' && i > 0 && (rs[i-1] == 'q' || rs[i-1] == 'g') && i+1 < n && isVowelFR(rs[i+1]) {
			v = false // qu, gu: the u is not a vowel
		}
		// é before another vowel starts a new syllable (cré-er, ré-el),
		// except before the mute ending of donnée, données.
		hiatus := i > 0 && rs[i-1] == 'é' && v && !mute(rs[i:])
		if v && (!prev || hiatus) {
			count++
		}
		prev = v
	}
	if count == 0 {
		return 1 // a word of mute letters, such as a lone "e"
	}
	return count
}

// mute reports whether the rest of a word is a mute ending: e, es, ent.
func mute(rest []rune) bool {
	s := string(rest)
	return s == "e" || s == "es" || s == "ent"
}

// verbEnt reports whether a word in -ent is (most likely) a verb in the
// third person plural, whose -ent is silent.
func verbEnt(w string) bool {
	if frEnt[w] {
		return false
	}
	// Adverbs and nouns in -ment are far more common than verbs
	// (traitement, notamment); the verbs are listed.
	if strings.HasSuffix(w, "ment") {
		return frMentVerbs[w]
	}
	return true
}

// frSyllables holds words whose vowel groups are read as more syllables
// than the rules count: cli-ent.
var frSyllables = map[string]int{
	"client": 2, "clients": 2, "cliente": 2, "clientes": 2, "clientèle": 3,
	"science": 2, "sciences": 2, "scientifique": 4, "quotient": 2,
}

// frEnt lists common words in -ent whose -ent is pronounced.
var frEnt = map[string]bool{
	"client": true, "clients": true, "agent": true, "parent": true, "souvent": true, "accident": true,
	"argent": true, "urgent": true, "récent": true, "présent": true, "différent": true,
	"fréquent": true, "équivalent": true, "incident": true, "content": true, "patient": true,
	"prudent": true, "évident": true, "absent": true, "talent": true, "précédent": true,
	"excellent": true, "intelligent": true, "compétent": true, "permanent": true,
	"pertinent": true, "adolescent": true, "consentement": true, "président": true,
	"indépendant": true, "suffisant": true, "transparent": true, "cohérent": true,
	"dent": true, "lent": true, "cent": true, "vent": true, "gent": true, "sent": true,
	"ment": true, "vient": true, "tient": true, "convient": true, "contient": true,
	"obtient": true, "maintient": true, "détient": true, "appartient": true, "souvient": true,
	"ardent": true, "éminent": true, "imminent": true, "inhérent": true, "apparent": true,
	"conséquent": true, "subséquent": true, "afférent": true,
}

// frMentVerbs lists verbs whose third person plural ends in -ment.
var frMentVerbs = map[string]bool{
	"aiment": true, "suppriment": true, "expriment": true, "impriment": true, "estiment": true,
	"confirment": true, "informent": true, "forment": true, "ferment": true,
	"transforment": true, "dorment": true, "animent": true, "résument": true,
}

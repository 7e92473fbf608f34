package generator

import (
	"slices"
	"strings"
	"testing"
)

func TestReadingTime(t *testing.T) {
	tests := []struct {
		name                     string
		text                     string
		rate                     float64
		words, letters, secs, mn int
	}{
		{"empty", "", 1095, 0, 0, 0, 0},
		{"one word", "Bonjour", 1105, 1, 7, 1, 1},
		{"french spacing", "Nous collectons : e-mail « adresse »", 1105, 4, 26, 2, 1},
		{"apostrophes", "l'adresse de l’utilisateur", 1105, 3, 22, 2, 1},
		{"digits count", "3 × 24 jam", 1095, 3, 6, 1, 1},
		{"exactly a minute", strings.Repeat("a", 1095), 1095, 1, 1095, 60, 1},
		{"one letter more", strings.Repeat("a", 1096), 1095, 1, 1096, 61, 2},
		// "é" as e + combining accent counts once after NFC normalisation.
		{"decomposed accent", "donne\u0301es", 1105, 1, 7, 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := ReadingTime(tt.text, tt.rate)
			if r.Words != tt.words || r.Letters != tt.letters || r.Seconds != tt.secs || r.Minutes != tt.mn {
				t.Errorf("ReadingTime = %d words, %d letters, %d s, %d min; want %d, %d, %d, %d",
					r.Words, r.Letters, r.Seconds, r.Minutes, tt.words, tt.letters, tt.secs, tt.mn)
			}
		})
	}
}

func TestSentences(t *testing.T) {
	got := Sentences("We keep it. Why? Tax law!\nHeading line\nVersion 1.0.0, effective 1 Dec.")
	want := []string{"We keep it.", "Why?", "Tax law!", "Heading line", "Version 1.0.0, effective 1 Dec."}
	if !slices.Equal(got, want) {
		t.Errorf("Sentences = %q, want %q", got, want)
	}
	got = Sentences("Right to object (Art. 21): object at any time. Mailstream Inc. receives it, e.g. to send mail. Then more.")
	want = []string{"Right to object (Art. 21): object at any time.", "Mailstream Inc. receives it, e.g. to send mail.", "Then more."}
	if !slices.Equal(got, want) {
		t.Errorf("Sentences = %q, want %q", got, want)
	}
}

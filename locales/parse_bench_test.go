package locales

import "testing"

// BenchmarkParse parses the four built-in catalogs, as a process that
// builds every locale does once.
func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range []string{"en", "fr", "es", "id"} {
			if _, err := Parse(files, l+".toml"); err != nil {
				b.Fatal(err)
			}
		}
	}
}

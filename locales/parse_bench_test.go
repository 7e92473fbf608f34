package locales

import (
	"io/fs"
	"testing"
)

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

// BenchmarkLoadCompiled reads the four compiled catalogs, as Load does
// where they are current: checking each against its TOML, then reading it.
func BenchmarkLoadCompiled(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range []string{"en", "fr", "es", "id"} {
			src, err := fs.ReadFile(files, l+".toml")
			if err != nil {
				b.Fatal(err)
			}
			if _, ok := loadCompiled(compiledFiles, l, src); !ok {
				b.Fatal("not current: run go generate ./locales")
			}
		}
	}
}

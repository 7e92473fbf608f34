package generator

import _ "embed"

//go:embed starter.toml
var starter []byte

// Starter returns a commented notice.toml that builds cleanly: the file
// noticegen init writes.
func Starter() []byte { return append([]byte(nil), starter...) }

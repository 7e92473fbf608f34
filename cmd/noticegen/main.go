// Command noticegen turns a notice.toml declaration into a layered privacy
// notice: a plain-language summary and the full policy, in every locale of
// the notice, as Markdown, HTML and JSON.
//
// Usage:
//
//	noticegen build [FILE] [--out DIR] [--locale en,fr] [--templates DIR]
//	noticegen init [DIR]
//	noticegen version
//
// Exit status: 0 on success, 2 for a declaration with errors or a usage
// error, 1 when the output cannot be written.
package main

import (
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

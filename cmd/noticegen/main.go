// Command noticegen turns a notice.toml declaration into a layered privacy
// notice: a plain-language summary and the full policy, in every locale of
// the notice, as Markdown, HTML and JSON.
//
// Usage:
//
//	noticegen build [FILE] [--out DIR] [--locale en,fr] [--templates DIR]
//	                [--format md,html,json] [--front-matter yaml|toml]
//	                [--fragment] [--base-url URL]
//	noticegen diff OLD NEW
//	noticegen init [DIR]
//	noticegen version
//	noticegen docs man DIR
//	noticegen completion bash|zsh|fish|powershell
//
// Exit status: 0 on success, 2 for a declaration with errors or a usage
// error, 1 when the output cannot be written, 130 or 143 when SIGINT or
// SIGTERM interrupted a build.
package main

import (
	"os"
)

func main() {
	collectLate()
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

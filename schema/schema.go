// Package schema holds the JSON Schemas of noticegen's file formats,
// embedded so that programs and tests can use them without the source tree.
//
// notice.json.v1.schema.json describes the notice.json that noticegen build
// writes (JSON Schema 2020-12). Its $id carries the schema_version it
// describes, 1. Each file is also published at its $id, from the main branch.
package schema

import _ "embed"

// NoticeJSONID is the $id of the notice.json schema: where it is published.
const NoticeJSONID = "https://raw.githubusercontent.com/noticegen/noticegen/main/schema/notice.json.v1.schema.json"

// NoticeJSONVersion is the schema_version that the notice.json schema
// describes; generator.NoticeJSONVersion must be the same.
const NoticeJSONVersion = 1

//go:embed notice.json.v1.schema.json
var noticeJSON []byte

// NoticeJSON returns the JSON Schema of notice.json, schema_version 1.
func NoticeJSON() []byte { return append([]byte(nil), noticeJSON...) }

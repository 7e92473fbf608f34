// Package schema holds the JSON Schemas of noticegen's two file formats,
// embedded so that programs and tests can use them without the source tree:
//
//   - notice.json.v1.schema.json describes the notice.json that noticegen
//     build writes (JSON Schema 2020-12). Its $id carries the schema_version
//     it describes, 1.
//   - diff.json.v2.schema.json describes what noticegen diff --format json
//     writes (JSON Schema 2020-12), schema_version 2.
//   - moments.json.v1.schema.json describes the <locale>/moments.json that
//     noticegen build writes: the just-in-time notices, schema_version 1.
//   - versions.json.v1.schema.json describes the versions.json that
//     noticegen build --history writes: which version was in force when.
//   - notice.toml.schema.json describes the notice.toml declaration for
//     editors (JSON Schema draft-04, the draft that taplo, the engine of
//     VS Code's Even Better TOML, supports). Declarations point at it with a
//     "#:schema" comment on their first line.
//
// The files are also published at their $id addresses, from the main branch.
package schema

import _ "embed"

// The $id of each schema: where it is published.
const (
	NoticeJSONID = "https://raw.githubusercontent.com/noticegen/noticegen/main/schema/notice.json.v1.schema.json"
	NoticeTOMLID = "https://raw.githubusercontent.com/noticegen/noticegen/main/schema/notice.toml.schema.json"
	DiffJSONID   = "https://raw.githubusercontent.com/noticegen/noticegen/main/schema/diff.json.v2.schema.json"
	VersionsID   = "https://raw.githubusercontent.com/noticegen/noticegen/main/schema/versions.json.v1.schema.json"
	MomentsID    = "https://raw.githubusercontent.com/noticegen/noticegen/main/schema/moments.json.v1.schema.json"
)

// DiffJSONVersion is the schema_version that the diff schema describes;
// generator.DiffJSONVersion must be the same.
const DiffJSONVersion = 2

// VersionsVersion is the schema_version that the versions.json schema
// describes; generator.VersionsJSONVersion must be the same.
const VersionsVersion = 1

// MomentsVersion is the schema_version that the moments.json schema
// describes; generator.MomentsJSONVersion must be the same.
const MomentsVersion = 1

// NoticeJSONVersion is the schema_version that the notice.json schema
// describes; generator.NoticeJSONVersion must be the same.
const NoticeJSONVersion = 1

var (
	//go:embed notice.json.v1.schema.json
	noticeJSON []byte
	//go:embed notice.toml.schema.json
	noticeTOML []byte
	//go:embed diff.json.v2.schema.json
	diffJSON []byte
	//go:embed versions.json.v1.schema.json
	versions []byte
	//go:embed moments.json.v1.schema.json
	moments []byte
)

// DiffJSON returns the JSON Schema of diff --format json, schema_version 2.
func DiffJSON() []byte { return append([]byte(nil), diffJSON...) }

// NoticeJSON returns the JSON Schema of notice.json, schema_version 1.
func NoticeJSON() []byte { return append([]byte(nil), noticeJSON...) }

// NoticeTOML returns the JSON Schema of notice.toml, for editors.
func NoticeTOML() []byte { return append([]byte(nil), noticeTOML...) }

// Versions returns the JSON Schema of versions.json, schema_version 1.
func Versions() []byte { return append([]byte(nil), versions...) }

// Moments returns the JSON Schema of moments.json, schema_version 1.
func Moments() []byte { return append([]byte(nil), moments...) }

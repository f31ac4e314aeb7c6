// Package schema holds the JSON Schemas (draft 2020-12) of the content files,
// one per file kind: site, sources, regions, agencies, strategies,
// allocations, indicators, meeting, and page (the front matter of pages/*.md).
//
// They exist for editors: VS Code with the YAML extension uses them, through
// .vscode/settings.json or a file's `# yaml-language-server: $schema=` line,
// to complete keys, show bilingual hovers and underline mistakes as staff
// type. They check one file's shape only; rules across files (references,
// reconciliation of totals) and what JSON Schema cannot see in a number's
// spelling (2.2e12, 010) are left to the loader, which stays the authority.
package schema

import "embed"

// FS holds the schema files, named <kind>.json, so the binary can ship them
// (for example next to a skeleton written by `tkpkd new`).
//
//go:embed *.json
var FS embed.FS

package templates

import (
	"embed"
	"io/fs"
)

//go:embed briefs/*.md
var briefs embed.FS

// Briefs returns the default PDF brief templates (the briefs/ folder): one
// Markdown file with front matter per kind of brief. A file of the same
// name in the user's templates/briefs/ folder overrides a default.
func Briefs() fs.FS {
	sub, err := fs.Sub(briefs, "briefs")
	if err != nil {
		panic(err) // the embedded folder always exists
	}
	return sub
}

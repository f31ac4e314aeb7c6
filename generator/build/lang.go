package build

import "github.com/tkpkd/tkpkd/generator/load"

// DefaultLanguage is the site's first language ("id" or "en") as
// site.yaml in dir names it, "id" when it cannot tell. It is here so the
// command chooses the language of its messages without reading content
// itself.
func DefaultLanguage(dir string) string {
	return load.DefaultLanguage(dir)
}

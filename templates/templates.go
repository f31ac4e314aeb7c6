// Package templates holds the default templates and UI strings embedded in
// the tkpkd binary. A file of the same name in a user's --templates folder
// overrides the default, so customisations survive upgrades.
//
// Each subtree is embedded by its own file: site.go (site/, the HTML
// templates and assets), briefs.go (briefs/, the PDF brief templates) and
// i18n.go (i18n/, the UI strings in each language).
package templates

import "embed"

// Defaults holds the three default subtrees in one file system, the shape
// a user's --templates folder has (site/, briefs/, i18n/), so a build can
// lay the user's files over it.
//
//go:embed site briefs i18n
var Defaults embed.FS

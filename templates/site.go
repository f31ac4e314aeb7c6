package templates

import "embed"

// Site holds the default HTML templates and assets of the static site:
// layout.html and partials.html shared by every page, one <kind>.html per
// page kind, and style.css.
//
//go:embed site
var Site embed.FS

package templates

import "embed"

// I18n holds the default UI strings: i18n/<lang>.yaml (the site's, under
// "site.") and any <group>.<lang>.yaml files of other renderers.
//
//go:embed i18n
var I18n embed.FS

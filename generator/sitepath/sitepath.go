// Package sitepath names where the pages of the site go: the top folder of
// each kind of page and the path segment an id becomes. Package validate
// refuses content whose ids or page names would collide there, and
// render/html writes there, so the rule and the paths cannot drift apart.
package sitepath

import (
	"fmt"
	"slices"
	"strings"
)

// The top folders of the site, one per page kind, plus the assets and the
// open data. A free page may not take one of these names.
const (
	Years      = "anggaran"
	Agencies   = "opd"
	Strategies = "strategi"
	Meetings   = "rapat"
	Regions    = "wilayah"
	Indicators = "indikator"
	Sources    = "sumber"
	Assets     = "aset"
	Data       = "data"
)

// Folders lists the top folders.
var Folders = []string{Years, Agencies, Strategies, Meetings, Regions, Indicators, Sources, Assets, Data}

// Reserved reports whether a free page named name would take a path the
// site itself writes: a top folder, or a file at the root.
func Reserved(name string) bool {
	return slices.Contains(Folders, name) || name == "index.html" || name == "404.html" || name == "sitemap.xml"
}

// Segment turns an id into a path segment or fragment: lower case, with '.'
// '_' and ' ' read as '-'. Anything outside [a-z0-9-] is refused rather than
// escaped, so an id can never make a path leave the output folder.
func Segment(id string) (string, error) {
	var b strings.Builder
	for _, r := range strings.ToLower(id) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '-':
			b.WriteRune(r)
		case r == '.', r == '_', r == ' ':
			b.WriteByte('-')
		default:
			return "", fmt.Errorf("id %q cannot be used in a path: only letters a-z, digits, '-', '_' and '.' are allowed", id)
		}
	}
	if b.Len() == 0 {
		return "", fmt.Errorf("empty id cannot be used in a path")
	}
	return b.String(), nil
}

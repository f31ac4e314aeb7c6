package html

import (
	"fmt"
	"strconv"
	"strings"
)

// segment turns an id into a path segment or fragment: lower case, with '.'
// '_' and ' ' read as '-'. Anything outside [a-z0-9-] is refused rather than
// escaped, so an id can never make a path leave the output folder.
func segment(id string) (string, error) {
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

// The top folders of the site, one per page kind. A free page may not take
// one of these names.
const (
	dirYears      = "anggaran"
	dirAgencies   = "opd"
	dirStrategies = "strategi"
	dirMeetings   = "rapat"
	dirRegions    = "wilayah"
	dirIndicators = "indikator"
	dirSources    = "sumber"
	dirAssets     = "aset"
	dirData       = "data"
)

var reserved = []string{dirYears, dirAgencies, dirStrategies, dirMeetings, dirRegions,
	dirIndicators, dirSources, dirAssets, dirData}

// paths maps every id to its page path (relative to a language root, without
// the language folder). It is built once per Render so that a bad id stops
// the build before any page is produced.
type paths struct {
	seg map[string]string // "kind:id" -> segment, e.g. "region:36.01" -> "36-01"
}

func (p *paths) add(kind, id string) error {
	s, err := segment(id)
	if err != nil {
		return fmt.Errorf("%s: %w", kind, err)
	}
	p.seg[kind+":"+id] = s
	return nil
}

// get returns the segment of a known id. Unknown ids (a dangling reference
// that validate should have caught) still get a safe segment or "-".
func (p *paths) get(kind, id string) string {
	if s, ok := p.seg[kind+":"+id]; ok {
		return s
	}
	if s, err := segment(id); err == nil {
		return s
	}
	return "-"
}

func (p *paths) year(y int) string { return dirYears + "/" + strconv.Itoa(y) + "/index.html" }
func (p *paths) agency(id string) string {
	return dirAgencies + "/" + p.get("agency", id) + "/index.html"
}
func (p *paths) framework(id string) string {
	return dirStrategies + "/" + p.get("framework", id) + "/index.html"
}
func (p *paths) meeting(id string) string {
	return dirMeetings + "/" + p.get("meeting", id) + "/index.html"
}
func (p *paths) region(code string) string {
	return dirRegions + "/" + p.get("region", code) + "/index.html"
}
func (p *paths) page(name string) string { return p.get("page", name) + "/index.html" }

// relative returns the link from the page at path from to the file at path
// to, both relative to the same root: "../../rapat/x/index.html".
func relative(from, to string) string {
	depth := strings.Count(from, "/")
	return strings.Repeat("../", depth) + to
}

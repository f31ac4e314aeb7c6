package html

import (
	"strconv"
	"strings"

	"github.com/tkpkd/tkpkd/generator/sitepath"
)

// segment turns an id into a path segment or fragment (see sitepath.Segment).
func segment(id string) (string, error) { return sitepath.Segment(id) }

// The top folders of the site, one per page kind; package sitepath owns
// them so that validate refuses a free page that would take one.
const (
	dirYears      = sitepath.Years
	dirAgencies   = sitepath.Agencies
	dirStrategies = sitepath.Strategies
	dirMeetings   = sitepath.Meetings
	dirRegions    = sitepath.Regions
	dirIndicators = sitepath.Indicators
	dirSources    = sitepath.Sources
	dirAssets     = sitepath.Assets
	dirData       = sitepath.Data
)

// paths maps every id to its page path (relative to a language root, without
// the language folder). It is built once per Render so that a bad id stops
// the build before any page is produced.
type paths struct {
	seg map[string]string // "kind:id" -> segment, e.g. "region:36.01" -> "36-01"
}

// add computes the segment of an id. Validate has refused ids that make
// no segment, so one that still fails is left to get's fallback.
func (p *paths) add(kind, id string) {
	if s, err := segment(id); err == nil {
		p.seg[kind+":"+id] = s
	}
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

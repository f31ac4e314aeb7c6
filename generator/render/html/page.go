package html

import (
	"strconv"

	"github.com/tkpkd/tkpkd/generator/model"
)

// Page is what every template receives. Kind-specific content is in Body;
// the link methods return paths relative to this page.
type Page struct {
	Kind      string
	Path      string // relative to the language root: "anggaran/2024/index.html"
	Title     string
	Lead      string // one line under the h1; may be empty
	L         *Locale
	Site      *model.Site
	Crumbs    []Link   // from the home page down to the parent of this page
	Alts      []Alt    // this page in each language
	Nav       []Link   // the main menu; Current marks this page's section
	Canonical string   // absolute URL when a base URL is known
	Data      []string // open data files behind this page, under data/
	Body      any

	langDir string // "" for the default language, "en/" for English
	b       *builder
}

// Link is a labelled relative link.
type Link struct {
	Label   string
	Href    string
	Current bool
}

// Alt is the page in one language, for the language switch.
type Alt struct {
	Lang    string // "id", "en"
	Label   string // the language's own name: "Bahasa Indonesia", "English"
	Href    string
	Current bool
}

// OutPath is where the page is written, relative to the site folder.
func (p *Page) OutPath() string { return p.langDir + p.Path }

// Rel links to another page of the same language: to is relative to the
// language root.
func (p *Page) Rel(to string) string { return relative(p.Path, to) }

// Asset links to a file under aset/, shared by every language.
func (p *Page) Asset(name string) string { return relative(p.OutPath(), dirAssets+"/"+name) }

// DataHref links to an open data file under data/, shared by every language.
func (p *Page) DataHref(name string) string { return relative(p.OutPath(), dirData+"/"+name) }

// Home links to the home page of this language.
func (p *Page) Home() string { return p.Rel("index.html") }

// LinkYear links to a budget year's page.
func (p *Page) LinkYear(y int) string { return p.Rel(p.b.paths.year(y)) }

// LinkAgency links to an agency's page.
func (p *Page) LinkAgency(id string) string { return p.Rel(p.b.paths.agency(id)) }

// LinkFramework links to a strategy framework's page.
func (p *Page) LinkFramework(id string) string { return p.Rel(p.b.paths.framework(id)) }

// LinkItem links to a strategy item's section on its framework's page.
func (p *Page) LinkItem(ref string) string {
	f, _, ok := model.SplitRef(ref)
	if !ok {
		return ""
	}
	return p.LinkFramework(f) + "#" + p.b.itemAnchor(ref)
}

// LinkMeeting links to a meeting's page.
func (p *Page) LinkMeeting(id string) string { return p.Rel(p.b.paths.meeting(id)) }

// LinkDecision links to a decision on its meeting's page.
func (p *Page) LinkDecision(d *model.Decision) string {
	return p.LinkMeeting(d.Meeting) + "#" + decisionAnchor(d)
}

// LinkRegion links to a region's page.
func (p *Page) LinkRegion(code string) string { return p.Rel(p.b.paths.region(code)) }

// LinkSource links to a source's entry on the sources page.
func (p *Page) LinkSource(id string) string {
	return p.Rel(dirSources+"/index.html") + "#" + sourceAnchor(p.b.paths.get("source", id))
}

// LinkOwner links to the page of a decision owner: an agency or a region.
func (p *Page) LinkOwner(owner string) string {
	if p.Site.Agency(owner) != nil {
		return p.LinkAgency(owner)
	}
	if p.Site.Region(owner) != nil {
		return p.LinkRegion(owner)
	}
	return ""
}

// ItemAnchor is the fragment id of a strategy item's section.
func (p *Page) ItemAnchor(ref string) string { return p.b.itemAnchor(ref) }

// SourceAnchor is the fragment id of a source's entry.
func (p *Page) SourceAnchor(id string) string { return sourceAnchor(p.b.paths.get("source", id)) }

// DecisionAnchor is the fragment id of a decision on its meeting's page.
func (p *Page) DecisionAnchor(d *model.Decision) string { return decisionAnchor(d) }

func sourceAnchor(seg string) string { return "s-" + seg }

func decisionAnchor(d *model.Decision) string {
	s, err := segment(d.Number())
	if err != nil {
		return "k-" + strconv.Itoa(d.Pos.Line)
	}
	return "k-" + s
}

func (b *builder) itemAnchor(ref string) string {
	_, item, _ := model.SplitRef(ref)
	s, err := segment(item)
	if err != nil {
		return "i"
	}
	return "i-" + s
}

// Ctx pairs the page with a value, for partial templates that need both:
// {{template "decisions" ($.With .Decisions)}}.
type Ctx struct {
	P *Page
	V any
}

// With pairs the page with v for a partial template.
func (p *Page) With(v any) Ctx { return Ctx{P: p, V: v} }

// ItemLink is a strategy item's name linked to its section.
func (p *Page) ItemLink(ref string) Link { return p.itemLink(ref) }

// Owns reports whether d is listed on this page as its home: the meeting
// page of the meeting that made it, which carries its fragment id.
func (p *Page) Owns(d *model.Decision) bool {
	b, ok := p.Body.(*MeetingBody)
	return ok && b.M.ID == d.Meeting
}

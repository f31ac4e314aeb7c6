package model

// Site is the whole checked content of one content folder.
// Every slice is sorted by validate in a stable order documented on its field.
type Site struct {
	Config       Config
	Sources      []*Source      // by ID
	Regions      []*Region      // by Code (the province "36" first, then "36.01", ...)
	Agencies     []*Agency      // by ID
	Frameworks   []*Framework   // in file order: the order staff chose to present them
	Mappings     []*Mapping     // by From, then To
	Years        []*BudgetYear  // by Year
	Indicators   []*Indicator   // in file order
	Observations []*Observation // by Indicator, Region, Period, Method
	Targets      []*Target      // by Indicator, Region, Year
	Meetings     []*Meeting     // by Date, then ID
	Pages        []*Page        // by Weight, then Name, then Lang

	index index // lookups built by validate through Index
}

// Config is site.yaml: who publishes, about which region, for which date.
type Config struct {
	Title     string
	Publisher string   // e.g. "TKPKD Provinsi Banten"
	Region    string   // the region code the site is about; "" for a national site
	BaseURL   string   // only for sitemap.xml and canonical links
	Languages []string // e.g. ["id", "en"]; the first is the default
	AsOf      Date     // the report date: every "overdue" and every PDF date comes from it
	Contact   Contact
	RawHTML   bool // raw HTML in Markdown is passed through only when true
	Pos       Pos
}

// DefaultLanguage is the language served at the root of the site.
func (c Config) DefaultLanguage() string {
	if len(c.Languages) == 0 {
		return "id"
	}
	return c.Languages[0]
}

// Contact is the secretariat's address for readers.
type Contact struct {
	Name    string
	Email   string
	Phone   string
	Address string
}

// SourceType classifies a citation.
type SourceType string

// The source types of SPEC §2.
const (
	News       SourceType = "news"
	Regulation SourceType = "regulation"
	Statistics SourceType = "statistics"
	System     SourceType = "system"
	Document   SourceType = "document"
	MeetingSrc SourceType = "meeting"
)

// SourceTypes lists the valid source types.
var SourceTypes = []SourceType{News, Regulation, Statistics, System, Document, MeetingSrc}

// Source is one entry of the citation registry, sources.yaml.
type Source struct {
	ID        string
	Type      SourceType
	Publisher string
	Title     string
	URL       string // http or https only; "" if none
	Published Date
	Accessed  Date
	Note      string
	Pos       Pos
}

// RegionKind is the level of government of a region.
type RegionKind string

// The region kinds of SPEC §2.
const (
	Provinsi  RegionKind = "provinsi"
	Kabupaten RegionKind = "kabupaten"
	Kota      RegionKind = "kota"
)

// RegionKinds lists the valid region kinds.
var RegionKinds = []RegionKind{Provinsi, Kabupaten, Kota}

// Region is a province, regency (kabupaten) or city (kota), by Kemendagri code.
type Region struct {
	Code    string // "36", "36.01"
	Name    string
	Kind    RegionKind
	Parent  string // the province's code; "" for a province
	BPSCode string // BPS codes can differ from Kemendagri's
	Provenance
	Pos Pos
}

// AgencyKind is the kind of a government unit.
type AgencyKind string

// The agency kinds of SPEC §2. A UPTD (technical unit) belongs to an OPD.
const (
	OPD         AgencyKind = "opd"
	UPTD        AgencyKind = "uptd"
	Badan       AgencyKind = "badan"
	RSUD        AgencyKind = "rsud"
	Sekretariat AgencyKind = "sekretariat"
)

// AgencyKinds lists the valid agency kinds.
var AgencyKinds = []AgencyKind{OPD, UPTD, Badan, RSUD, Sekretariat}

// Agency is a regional government unit (perangkat daerah) that spends budget
// or owns decisions.
type Agency struct {
	ID     string
	Region string // region code
	Kind   AgencyKind
	Name   string
	Short  string   // short name for charts, e.g. "Dinsos"; Name when not given
	Parent string   // for a UPTD: the OPD it belongs to
	Urusan []string // government affairs codes such as "1.06"
	Provenance
	Pos Pos
}

// Label returns the short name when there is one, else the full name.
func (a *Agency) Label() string {
	if a.Short != "" {
		return a.Short
	}
	return a.Name
}

// Page is a free page written in Markdown under pages/.
type Page struct {
	Name   string // file name without language and extension: "tentang"
	Lang   string // the page's language; the default language for pages/x.md
	Title  string
	Weight int
	Body   string // Markdown, without front matter
	Pos    Pos    // the first line of the body
}

package html

import (
	"github.com/tkpkd/tkpkd/generator/model"
	"github.com/tkpkd/tkpkd/generator/view"
)

// HomeBody is the dashboard.
type HomeBody struct {
	Year    *model.BudgetYear // the latest budget year, or nil
	Key     []KeyFig
	Charts  []Chart
	Overdue []DecisionView // the oldest overdue decisions, at most view.FirstOverdue
	Late    int            // every overdue decision
	More    int            // overdue decisions not listed here
	Open    int            // decisions not yet closed
	Latest  *model.Meeting
	Made    int // decisions the latest meeting made
}

// KeyFig is one headline number with what it is and where it comes from.
type KeyFig struct {
	Label string
	Fig   Fig
	Href  string // the page with the detail
	Sub   string // one line of context: "9 OPD, 9 UPTD" or "Maret 2024"
}

func (b *builder) homePages(lang string) ([]*Page, error) {
	p := b.newPage(lang, "home", "index.html", b.s.Config.Title)
	p.Lead = p.L.Tf("home.lead", b.s.Config.Publisher, p.L.Date(b.s.Config.AsOf))
	p.Data = []string{"ringkasan.csv", "keputusan.csv"}
	overdue := b.s.Overdue()
	body := &HomeBody{Late: len(overdue)}
	// A national site has thousands; the page lists the oldest and the
	// open data (keputusan.csv) has them all.
	overdue, body.More = view.First(overdue)
	body.Overdue = p.decisionViews(overdue)
	for _, m := range b.s.Meetings {
		for _, d := range m.Decisions {
			if !d.Current.Closed() {
				body.Open++
			}
		}
	}
	if n := len(b.s.Meetings); n > 0 {
		body.Latest = b.s.Meetings[n-1]
		body.Made = len(body.Latest.Decisions)
	}
	if n := len(b.s.Years); n > 0 {
		y := b.s.Years[n-1]
		body.Year = y
		body.Key = append(body.Key, p.yearKeys(y)...)
		if st, ok := view.MainStage(y); ok {
			c, err := p.amountChart("c-opd", p.L.Tf("year.by_agency", y.Year, p.L.Stage(st)),
				p.L.Tf("year.by_agency_desc", y.Year, p.L.Stage(st)), p.L.Term("col.agency"), st, p.agencyAmounts(y.ByAgency(st)))
			if err != nil {
				return nil, err
			}
			body.Charts = append(body.Charts, c)
		}
	}
	body.Key = append(body.Key, p.indicatorKeys()...)
	if c, ok, err := p.homeIndicatorChart(); err != nil {
		return nil, err
	} else if ok {
		body.Charts = append(body.Charts, c)
	}
	p.Body = body
	return []*Page{p}, nil
}

// yearKeys are the stated totals of a year for the site's own region
// (view.OwnSummaries), or the sum of its lines at the main stage when
// nobody stated one.
func (p *Page) yearKeys(y *model.BudgetYear) []KeyFig {
	var out []KeyFig
	for _, s := range view.OwnSummaries(p.Site, y) {
		k := KeyFig{Label: p.L.Tf("home.stated", y.Year), Fig: p.Amount(s.Amount, s.Stage, s.Provenance),
			Href: p.LinkYear(y.Year), Sub: p.L.terms().Scope(p.Site, s)}
		if s.AgenciesCount != nil {
			k.Sub += " · " + p.L.Tf("year.stated_count", s.AgenciesCount.OPD, s.AgenciesCount.UPTD)
		}
		out = append(out, k)
	}
	if len(out) == 0 {
		if st, ok := view.MainStage(y); ok {
			out = append(out, KeyFig{Label: p.L.Tf("home.lines_total", y.Year),
				Fig:  p.Amount(y.Total(st), st, view.Derived(y.LinesAt(st))),
				Href: p.LinkYear(y.Year), Sub: p.L.Tf("home.lines_count", len(y.LinesAt(st)))})
		}
	}
	return out
}

// indicatorKeys give the latest value of each indicator for the site's region.
func (p *Page) indicatorKeys() []KeyFig {
	var out []KeyFig
	for _, d := range p.Site.Indicators {
		obs := p.Site.ObservationsOf(d.ID, p.Site.Config.Region)
		if len(obs) == 0 {
			continue
		}
		o := obs[len(obs)-1]
		// The value carries its unit (view.Terms.Value); the card says when.
		out = append(out, KeyFig{Label: d.Name, Fig: p.Obs(o), Sub: p.L.Period(o.Period),
			Href: p.Rel(dirIndicators+"/index.html") + "#" + p.b.indicatorAnchor(d.ID)})
	}
	return out
}

// homeIndicatorChart draws the first indicator observed in the site's region.
func (p *Page) homeIndicatorChart() (Chart, bool, error) {
	for _, d := range p.Site.Indicators {
		if len(p.Site.ObservationsOf(d.ID, p.Site.Config.Region)) == 0 {
			continue
		}
		c, err := p.indicatorChart("c-ind", d, []string{p.Site.Config.Region})
		return c, err == nil, err
	}
	return Chart{}, false, nil
}

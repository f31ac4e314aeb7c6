package html

import (
	"html/template"

	"github.com/tkpkd/tkpkd/generator/model"
)

// Fig is one figure as the reader sees it: the number, the stage of an
// amount, a link to its source and a badge when it is only an example.
type Fig struct {
	Text   string // "Rp1,7 triliun"
	Full   string // "Rp1.700.000.000.000", shown on hover; "" when Text is exact
	Stage  string // "APBD"; "" for values that are not budget amounts
	Source Link   // Href is "" when the record has no source
	Badge  string // "Ilustrasi" / "Illustrative" for illustrative figures
	Note   string // "dilaporkan" / "reported", "diolah" / "derived"; "" when verified
}

// Src returns the link to a record's source, labelled with its publisher.
func (p *Page) Src(prov model.Provenance) Link {
	if prov.Source == "" {
		return Link{}
	}
	label := prov.Source
	if s := p.Site.Source(prov.Source); s != nil && s.Publisher != "" {
		label = s.Publisher
	}
	return Link{Label: label, Href: p.LinkSource(prov.Source)}
}

func (p *Page) fig(text, full string, prov model.Provenance) Fig {
	f := Fig{Text: text, Full: full, Source: p.Src(prov)}
	if m := p.L.terms().Mark(prov); m.Warning {
		f.Badge = p.L.Term("illustrative")
	} else {
		f.Note = m.Label
	}
	return f
}

// Amount is a budget figure with its stage and source, in the short form.
func (p *Page) Amount(m model.Money, stage model.Stage, prov model.Provenance) Fig {
	f := p.fig(p.L.MoneyShort(m), p.L.Money(m), prov)
	f.Stage = p.L.Stage(stage)
	return f
}

// AmountFull is a budget figure in full rupiah, for tables of lines.
func (p *Page) AmountFull(m model.Money, stage model.Stage, prov model.Provenance) Fig {
	f := p.fig(p.L.Money(m), "", prov)
	f.Stage = p.L.Stage(stage)
	return f
}

// Obs is an observed indicator value with its source.
func (p *Page) Obs(o *model.Observation) Fig {
	return p.fig(p.L.Value(p.Site.Indicator(o.Indicator), o.Value), "", o.Provenance)
}

// TargetFig is an indicator target with its source.
func (p *Page) TargetFig(t *model.Target) Fig {
	return p.fig(p.L.Value(p.Site.Indicator(t.Indicator), t.Value), "", t.Provenance)
}

// Table is a data table: the one under every chart and most lists of figures.
type Table struct {
	Caption string
	Head    []Col
	Rows    [][]Cell
	Foot    [][]Cell // totals, in <tfoot>
}

// Col is a column header; numeric columns are right-aligned.
type Col struct {
	Label string
	Num   bool
}

// Cell is one table cell. With Fig set the cell shows the figure with its
// provenance; with Href set the text is a link.
type Cell struct {
	Text  string
	Href  string
	Num   bool
	Fig   *Fig
	Class string
}

// Chart is an inline SVG chart followed by the same data as a table.
type Chart struct {
	ID    string
	Title string
	SVG   template.HTML
	Table Table
}

// Decisions groups the decision views of one list.
type DecisionView struct {
	D         *model.Decision
	Meeting   *model.Meeting
	Owner     Link
	CoOwners  []Link
	Status    string // the shown status, localised
	StatusKey string // the shown status, for the CSS class
	Overdue   bool
	FollowUps []FollowUpView
}

// FollowUpView is a later meeting's report on a decision.
type FollowUpView struct {
	F       *model.FollowUp
	Meeting Link
	Status  string
}

func (p *Page) decisionView(d *model.Decision) DecisionView {
	v := DecisionView{D: d, Meeting: p.Site.Meeting(d.Meeting), Status: p.L.Status(d.Shown()),
		StatusKey: string(d.Shown()), Overdue: d.Overdue}
	v.Owner = Link{Label: p.Site.OwnerName(d.Owner), Href: p.LinkOwner(d.Owner)}
	for _, c := range d.CoOwners {
		v.CoOwners = append(v.CoOwners, Link{Label: p.Site.OwnerName(c), Href: p.LinkOwner(c)})
	}
	for _, f := range d.FollowUps {
		fv := FollowUpView{F: f, Status: p.L.Status(f.Status)}
		if m := p.Site.Meeting(f.Meeting); m != nil {
			fv.Meeting = Link{Label: m.Title, Href: p.LinkMeeting(m.ID)}
		}
		v.FollowUps = append(v.FollowUps, fv)
	}
	return v
}

func (p *Page) decisionViews(ds []*model.Decision) []DecisionView {
	out := make([]DecisionView, 0, len(ds))
	for _, d := range ds {
		out = append(out, p.decisionView(d))
	}
	return out
}

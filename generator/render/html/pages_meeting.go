package html

import (
	"html/template"

	"github.com/tkpkd/tkpkd/generator/chart"
	"github.com/tkpkd/tkpkd/generator/model"
)

// MeetingBody is a meeting's page.
type MeetingBody struct {
	M         *model.Meeting
	Date      string
	Place     string
	Regions   []Link
	Agencies  []Link
	Agenda    []AgendaView
	Minutes   template.HTML
	Decisions []DecisionView
	Status    *Chart   // the decisions by status; nil when there are none
	Changes   *Changes // nil for the first meeting
	Prev      *Link
	Next      *Link
	Sources   []Link
}

// AgendaView is one agenda item with its presenter.
type AgendaView struct {
	No        int
	Title     string
	Presenter Link
}

// Changes is what happened between the previous meeting and this one.
type Changes struct {
	Since   Link
	New     int            // decisions made at this meeting
	Reports []ReportView   // follow-ups this meeting recorded on earlier decisions
	NowLate []DecisionView // decisions that fell due in between and are not closed
}

// ReportView is a status change recorded at a meeting.
type ReportView struct {
	Decision DecisionView
	Was, Now string
	Note     string
}

func (b *builder) meetingPages(lang string) ([]*Page, error) {
	list := b.newPage(lang, "meetings", dirMeetings+"/index.html", "")
	list.Title = list.L.T("meetings.title")
	list.Data = []string{"keputusan.csv", "keputusan.json"}
	t := Table{Caption: list.Title, Head: []Col{{Label: list.L.Term("col.date")}, {Label: list.L.Term("col.meeting")},
		{Label: list.L.Term("col.decisions"), Num: true}, {Label: list.L.Term("col.overdue"), Num: true}}}
	out := []*Page{list}
	for i, m := range b.s.Meetings {
		p := b.newPage(lang, "meeting", b.paths.meeting(m.ID), m.Title, Link{Label: list.Title, Href: list.Path})
		p.Data = list.Data
		body, err := p.meetingBody(i)
		if err != nil {
			return nil, err
		}
		p.Body = body
		out = append(out, p)
		late := 0
		for _, d := range m.Decisions {
			if d.Overdue {
				late++
			}
		}
		t.Rows = append(t.Rows, []Cell{{Text: list.L.DateShort(m.Date)}, {Text: m.Title, Href: list.LinkMeeting(m.ID)},
			{Text: list.L.Int(len(m.Decisions)), Num: true}, {Text: list.L.Int(late), Num: true}})
	}
	list.Body = t
	return out, nil
}

func (p *Page) meetingBody(i int) (*MeetingBody, error) {
	m := p.Site.Meetings[i]
	body := &MeetingBody{M: m, Date: p.L.Date(m.Date), Decisions: p.decisionViews(m.Decisions)}
	body.Place = m.Place.Venue
	if m.Place.City != "" {
		if body.Place != "" {
			body.Place += ", "
		}
		body.Place += m.Place.City
	}
	for _, r := range m.Participants.Regions {
		body.Regions = append(body.Regions, Link{Label: p.Site.OwnerName(r), Href: p.LinkRegion(r)})
	}
	for _, a := range m.Participants.Agencies {
		body.Agencies = append(body.Agencies, Link{Label: p.Site.OwnerName(a), Href: p.LinkAgency(a)})
	}
	for _, a := range m.Agenda {
		av := AgendaView{No: a.No, Title: a.Title}
		if a.Presenter != "" {
			av.Presenter = Link{Label: p.Site.OwnerName(a.Presenter), Href: p.LinkOwner(a.Presenter)}
		}
		body.Agenda = append(body.Agenda, av)
	}
	ids := []string{m.Source}
	ids = append(ids, m.Sources...)
	for _, id := range ids {
		if id != "" {
			body.Sources = append(body.Sources, p.Src(model.Provenance{Source: id}))
		}
	}
	var err error
	if body.Minutes, err = p.b.markdown(3).render(m.Minutes, m.MinutesPos); err != nil {
		return nil, err
	}
	if len(m.Decisions) > 0 {
		c, err := p.statusChart(m)
		if err != nil {
			return nil, err
		}
		body.Status = &c
	}
	// The previous and next meetings are those of the same regions: on a
	// national site the meeting held just before is usually another
	// province's.
	if prev := p.b.x.Near(p.Site, i, -1); prev != nil {
		body.Prev = &Link{Label: prev.Title, Href: p.LinkMeeting(prev.ID)}
		body.Changes = p.changes(prev, m)
	}
	if next := p.b.x.Near(p.Site, i, +1); next != nil {
		body.Next = &Link{Label: next.Title, Href: p.LinkMeeting(next.ID)}
	}
	return body, nil
}

// changes presents what moved between two meetings (view.Index.Between).
func (p *Page) changes(prev, m *model.Meeting) *Changes {
	c := &Changes{Since: Link{Label: prev.Title, Href: p.LinkMeeting(prev.ID)}, New: len(m.Decisions)}
	moved := p.b.x.Between(p.Site, prev, m)
	for _, r := range moved.Reports {
		c.Reports = append(c.Reports, ReportView{Decision: p.decisionView(r.Decision), Was: p.L.Status(r.Was),
			Now: p.L.Status(r.Now), Note: r.Note})
	}
	c.NowLate = p.decisionViews(moved.NowLate)
	return c
}

// statusOrder is the order statuses are counted in: open work first.
var statusOrder = []model.Status{model.Terlambat, model.Baru, model.Berjalan, model.Selesai, model.Dibatalkan}

// statusChart counts a meeting's decisions by the status a reader sees today.
func (p *Page) statusChart(m *model.Meeting) (Chart, error) {
	title := p.L.Tf("meeting.status_chart", p.L.Date(p.Site.Config.AsOf))
	c := Chart{ID: "c-status", Title: title}
	c.Table = Table{Caption: title, Head: []Col{{Label: p.L.Term("col.status")}, {Label: p.L.Term("col.decisions"), Num: true}}}
	bc := chart.Bar{ID: c.ID, Title: title, Width: chartWidth, Height: 60 + 30*len(statusOrder), Desc: p.L.T("meeting.status_chart_desc"),
		Format: func(v float64) string { return p.L.Int(int(v)) }}
	for _, st := range statusOrder {
		n := 0
		for _, d := range m.Decisions {
			if d.Shown() == st {
				n++
			}
		}
		if n == 0 {
			continue
		}
		bc.Bars = append(bc.Bars, chart.Value{Label: p.L.Status(st), Value: float64(n)})
		c.Table.Rows = append(c.Table.Rows, []Cell{{Text: p.L.Status(st)}, {Text: p.L.Int(n), Num: true}})
	}
	c.Table.Foot = [][]Cell{{{Text: p.L.Term("col.total")}, {Text: p.L.Int(len(m.Decisions)), Num: true}}}
	var err error
	c.SVG, err = svg(bc.SVG())
	return c, err
}

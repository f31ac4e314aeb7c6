package load

import (
	"regexp"

	"github.com/tkpkd/tkpkd/generator/diag"
	"github.com/tkpkd/tkpkd/generator/model"
)

var decisionSuffix = regexp.MustCompile(`^K[0-9]{2,3}$`)

// readMeeting reads meetings/<id>.yaml; fileID is the <id> of its name.
func (s *Set) readMeeting(r *obj, fileID string) {
	m := &model.Meeting{
		ID:    s.def(r, KindMeeting, "id", ""),
		Title: r.text("title", true),
		Kind:  r.text("kind", false),
		Date:  r.date("date", true),
		Pos:   r.pos(),
	}
	if m.ID != "" && m.ID != fileID {
		r.d.errorf(r.value("id", false), "id", diag.T("tidak sesuai dengan nama berkas (tertulis %q, seharusnya %q: berkas ini meetings/%s.yaml); ganti salah satunya", "does not match the file name (got %q, want %q: the file is meetings/%s.yaml; rename one of them)", m.ID, fileID, fileID))
	}
	// The file name wins: the decision ids and the minutes are named after
	// it, and judging them by a mistyped id would report each of them too.
	m.ID = fileID
	if p := r.sub("place"); p != nil {
		m.Place = model.Place{City: p.text("city", false), Venue: p.text("venue", false)}
		p.done()
	}
	if c := r.sub("chair"); c != nil {
		m.Chair = &model.Person{Name: c.text("name", true), Role: c.text("role", false)}
		c.done()
	}
	if p := r.sub("participants"); p != nil {
		m.Participants = model.Participants{Regions: s.refs(p, KindRegion, "regions"), Agencies: s.refs(p, KindAgency, "agencies")}
		p.done()
	}
	m.Objectives = r.texts("objectives")
	for i, a := range r.objects("agenda", false) {
		item := model.AgendaItem{No: a.integer("no", false), Title: a.text("title", true), Presenter: s.ref(a, KindAgency, "presenter", "", false)}
		if item.No == 0 {
			item.No = i + 1
		}
		m.Agenda = append(m.Agenda, item)
		a.done()
	}
	for _, o := range r.objects("decisions", false) {
		m.Decisions = append(m.Decisions, s.readDecision(o, m))
	}
	for _, o := range r.objects("follow_ups", false) {
		f := &model.FollowUp{
			Decision: s.ref(o, KindDecision, "decision", "", true),
			Meeting:  m.ID,
			Status:   model.Status(s.status(o)),
			Note:     o.text("note", false),
			AsOf:     o.date("as_of", true),
			Pos:      o.pos(),
		}
		if !o.has("status") {
			o.value("status", true)
		}
		f.Provenance = s.provenance(o)
		s.place(f, o)
		m.FollowUps = append(m.FollowUps, f)
		o.done()
	}
	m.Sources = s.refs(r, KindSource, "sources")
	m.Provenance = s.provenance(r)
	s.place(m, r, "place", "chair", "objectives", "agenda")
	s.Site.Meetings = append(s.Site.Meetings, m)
	r.done()
}

func (s *Set) readDecision(o *obj, m *model.Meeting) *model.Decision {
	d := &model.Decision{
		Meeting:  m.ID,
		Text:     o.text("text", true),
		Owner:    s.ref(o, KindOwner, "owner", "", true),
		CoOwners: s.refs(o, KindOwner, "co_owners"),
		Due:      o.date("due", false),
		Status:   model.Status(s.status(o)),
		Strategy: s.ref(o, KindItem, "strategy", "", false),
		Pos:      o.pos(),
	}
	if d.Status == "" {
		d.Status = model.Baru
	}
	d.ID = o.code("id", true)
	if d.ID != "" {
		want := m.ID + "/K01"
		prefix, suffix := splitDecision(d.ID)
		if prefix != m.ID || !decisionSuffix.MatchString(suffix) {
			o.d.errorf(o.value("id", false), o.field("id"), diag.T("tidak berbentuk <id-rapat>/K<nn> (tertulis %q), mis. %q", "is not of the form <meeting-id>/K<nn> (got %q, want e.g. %q)", d.ID, want))
		}
		s.Defs = append(s.Defs, Def{Kind: KindDecision, Value: d.ID, Field: o.field("id"), Pos: o.valuePos("id")})
	}
	d.Provenance = s.provenance(o)
	s.place(d, o)
	o.done()
	return d
}

func splitDecision(id string) (meeting, suffix string) {
	for i := len(id) - 1; i >= 0; i-- {
		if id[i] == '/' {
			return id[:i], id[i+1:]
		}
	}
	return "", id
}

// status reads a written status; terlambat is computed, never written.
func (s *Set) status(o *obj) string {
	if v := o.scalar("status", false); v != nil && v.Value == string(model.Terlambat) {
		o.d.errorf(v, o.field("status"), diag.T("tidak boleh ditulis %q: terlambat dihitung dari due dan as_of situs (tulis salah satu: baru, berjalan, selesai, dibatalkan)", "cannot be written as %q: overdue is computed from the due date and the site's as_of (want one of baru, berjalan, selesai, dibatalkan)", v.Value))
		return ""
	}
	return o.enum("status", false, stringsOf(model.WrittenStatuses))
}

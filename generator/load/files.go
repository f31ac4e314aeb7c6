package load

import (
	"net/url"
	"strings"

	"github.com/tkpkd/tkpkd/generator/diag"
	"github.com/tkpkd/tkpkd/generator/model"
)

func stringsOf[T ~string](vals []T) []string {
	out := make([]string, len(vals))
	for i, v := range vals {
		out[i] = string(v)
	}
	return out
}

func (s *Set) readSiteConfig(r *obj) {
	c := &s.Site.Config
	c.Pos = r.pos()
	c.Title = r.text("title", true)
	c.Publisher = r.text("publisher", true)
	c.Region = s.ref(r, KindRegion, "region", "", false)
	c.BaseURL = r.text("base_url", false)
	if c.BaseURL != "" {
		checkURL(r, "base_url", c.BaseURL)
	}
	c.Languages = r.codes("languages")
	c.AsOf = r.date("as_of", true)
	if ct := r.sub("contact"); ct != nil {
		c.Contact = model.Contact{
			Name:    ct.text("name", false),
			Email:   ct.text("email", false),
			Phone:   ct.text("phone", false),
			Address: ct.text("address", false),
		}
		ct.done()
	}
	c.RawHTML = r.boolean("raw_html")
	s.HasConfig = true
	s.place(c, r, "contact")
	r.done()
}

// checkURL accepts only absolute http and https links: a javascript: or
// file: link in a source would be a trap for readers.
func checkURL(o *obj, key, raw string) {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || strings.ContainsAny(raw, " \"<>") {
		o.d.errorf(o.value(key, false), o.field(key), diag.T("bukan alamat web (tertulis %q); tulis alamat yang diawali https:// atau http://", "is not a web address (got %q, want one starting with https:// or http://)", raw))
	}
}

func (s *Set) readSources(r *obj) {
	for _, o := range r.objects("sources", true) {
		src := &model.Source{
			ID:        s.def(o, KindSource, "id", ""),
			Type:      model.SourceType(o.enum("type", true, stringsOf(model.SourceTypes))),
			Publisher: o.text("publisher", false),
			Title:     o.text("title", true),
			URL:       o.text("url", false),
			Published: o.date("published", false),
			Accessed:  o.date("accessed", false),
			Note:      o.text("note", false),
			Pos:       o.pos(),
		}
		if src.URL != "" {
			checkURL(o, "url", src.URL)
		}
		s.place(src, o)
		s.Site.Sources = append(s.Site.Sources, src)
		o.done()
	}
	r.done()
}

func (s *Set) readRegions(r *obj) {
	for _, o := range r.objects("regions", true) {
		reg := &model.Region{
			Code:    o.code("code", true),
			Name:    o.text("name", true),
			Kind:    model.RegionKind(o.enum("kind", true, stringsOf(model.RegionKinds))),
			Parent:  s.ref(o, KindRegion, "parent", "", false),
			BPSCode: o.code("bps_code", false),
			Pos:     o.pos(),
		}
		if reg.Code != "" {
			if !regionCode.MatchString(reg.Code) {
				o.d.errorf(o.value("code", false), o.field("code"), diag.T("bukan kode wilayah (tertulis %q); tulis dua angka per tingkat, mis. \"36\" atau \"36.01\"", "is not a region code (got %q, want two digits per level, e.g. \"36\" or \"36.01\")", reg.Code))
			}
			s.Defs = append(s.Defs, Def{Kind: KindRegion, Value: reg.Code, Field: o.field("code"), Pos: o.valuePos("code"), Name: reg.Name})
		}
		reg.Provenance = s.provenance(o)
		s.place(reg, o)
		s.Site.Regions = append(s.Site.Regions, reg)
		o.done()
	}
	r.done()
}

func (s *Set) readAgencies(r *obj) {
	for _, o := range r.objects("agencies", true) {
		a := &model.Agency{
			ID:     s.def(o, KindAgency, "id", ""),
			Region: s.ref(o, KindRegion, "region", "", true),
			Kind:   model.AgencyKind(o.enum("kind", true, stringsOf(model.AgencyKinds))),
			Name:   o.text("name", true),
			Short:  o.text("short", false),
			Parent: s.ref(o, KindAgency, "parent", "", false),
			Urusan: o.codes("urusan"),
			Pos:    o.pos(),
		}
		if a.Kind == model.UPTD && a.Parent == "" && o.has("kind") {
			o.d.errorf(o.node, o.field("parent"), diag.T("wajib diisi untuk UPTD: tulis id OPD induknya", "is required for a UPTD: name the OPD it belongs to"))
		}
		a.Provenance = s.provenance(o)
		s.place(a, o)
		s.Site.Agencies = append(s.Site.Agencies, a)
		o.done()
	}
	r.done()
}

func (s *Set) readStrategies(r *obj) {
	for _, o := range r.objects("frameworks", true) {
		f := &model.Framework{ID: s.def(o, KindFramework, "id", ""), Name: o.text("name", true), Pos: o.pos()}
		f.Provenance = s.provenance(o)
		if v := o.sub("valid"); v != nil {
			f.Valid = &model.Validity{From: v.date("from", false), To: v.date("to", false)}
			if !f.Valid.From.IsZero() && !f.Valid.To.IsZero() && f.Valid.To.Before(f.Valid.From) {
				v.d.errorf(v.value("to", false), v.field("to"), diag.T("lebih awal daripada from (tertulis %s); tulis tanggal pada atau setelah %s", "is before from (got %s, want a date on or after %s)", f.Valid.To, f.Valid.From))
			}
			v.done()
		}
		if t := o.sub("target"); t != nil {
			f.Target = &model.FrameworkTarget{Indicator: s.ref(t, KindIndicator, "indicator", "", true), Value: t.number("value", true), Year: t.year("year", true)}
			t.done()
		}
		for _, p := range o.objects("parts", false) {
			f.Parts = append(f.Parts, model.Part{ID: s.def(p, KindPart, "id", f.ID), Name: p.text("name", true)})
			p.done()
		}
		for _, io := range o.objects("items", true) {
			it := &model.Item{Framework: f.ID, Name: io.text("name", true), Description: io.text("description", false), Pos: io.pos()}
			if at := io.valuePos("description"); it.Description != "" && !checkMarkdown(at.File, at.Line, io.field("description"), it.Description, io.d.problems) {
				it.Description = ""
			}
			it.ID = io.id("id", true)
			if it.ID != "" && f.ID != "" {
				s.Defs = append(s.Defs, Def{Kind: KindItem, Value: it.Ref(), Field: io.field("id"), Pos: io.valuePos("id"), Name: it.Name})
			}
			it.Part = s.ref(io, KindPart, "part", f.ID, false)
			it.Provenance = s.provenance(io)
			s.place(it, io)
			f.Items = append(f.Items, it)
			io.done()
		}
		s.place(f, o, "parts")
		s.Site.Frameworks = append(s.Site.Frameworks, f)
		o.done()
	}
	for _, o := range r.objects("mappings", false) {
		m := &model.Mapping{From: s.ref(o, KindItem, "from", "", true), To: s.ref(o, KindItem, "to", "", true), Pos: o.pos()}
		m.Provenance = s.provenance(o)
		s.place(m, o)
		s.Site.Mappings = append(s.Site.Mappings, m)
		o.done()
	}
	r.done()
}

func (s *Set) readIndicators(r *obj) {
	for _, o := range r.objects("definitions", true) {
		d := &model.Indicator{
			ID:       s.def(o, KindIndicator, "id", ""),
			Name:     o.text("name", true),
			Unit:     o.text("unit", true),
			Producer: o.text("producer", false),
			Decimals: 2,
			Pos:      o.pos(),
		}
		if o.has("decimals") {
			d.Decimals = o.integer("decimals", false)
			if d.Decimals > 6 {
				o.d.errorf(o.value("decimals", false), o.field("decimals"), diag.T("terlalu banyak angka di belakang koma (tertulis %d; boleh 0 sampai 6)", "is too many digits after the decimal comma (got %d, want 0 to 6)", d.Decimals))
			}
		} else {
			o.value("decimals", false)
		}
		d.Provenance = s.provenance(o)
		for _, m := range o.objects("methods", false) {
			meth := model.Method{ID: s.def(m, KindMethod, "id", d.ID), From: m.year("from", false), To: m.year("to", false), Note: m.text("note", false)}
			if meth.From != 0 && meth.To != 0 && meth.To < meth.From {
				m.d.errorf(m.value("to", false), m.field("to"), diag.T("lebih awal daripada from (tertulis %d); tulis %d atau sesudahnya", "is before from (got %d, want %d or later)", meth.To, meth.From))
			}
			d.Methods = append(d.Methods, meth)
			m.done()
		}
		s.place(d, o, "methods")
		s.Site.Indicators = append(s.Site.Indicators, d)
		o.done()
	}
	for _, o := range r.objects("observations", false) {
		ob := &model.Observation{
			Indicator: s.ref(o, KindIndicator, "indicator", "", true),
			Region:    s.ref(o, KindRegion, "region", "", true),
			Value:     o.number("value", true),
			Pos:       o.pos(),
		}
		ob.Period, _ = o.period("period", true)
		ob.Method = s.ref(o, KindMethod, "method", ob.Indicator, false)
		ob.Provenance = s.provenance(o)
		requireSource(o, ob.Provenance)
		s.place(ob, o)
		s.Site.Observations = append(s.Site.Observations, ob)
		o.done()
	}
	for _, o := range r.objects("targets", false) {
		t := &model.Target{
			Indicator: s.ref(o, KindIndicator, "indicator", "", true),
			Region:    s.ref(o, KindRegion, "region", "", true),
			Year:      o.year("year", true),
			Value:     o.number("value", true),
			Pos:       o.pos(),
		}
		t.Provenance = s.provenance(o)
		requireSource(o, t.Provenance)
		s.place(t, o)
		s.Site.Targets = append(s.Site.Targets, t)
		o.done()
	}
	r.done()
}

// requireSource reports a figure without a source: every figure a report
// shows must say where it came from.
func requireSource(o *obj, p model.Provenance) {
	if p.Source == "" && !o.has("source") {
		o.d.errorf(o.node, o.field("source"), diag.T("wajib diisi untuk sebuah angka: tulis id sumbernya di sources.yaml", "is required for a figure: name the source in sources.yaml it comes from"))
	}
}
